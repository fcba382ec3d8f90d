#include "data/VectorDataset.h"

#include <QScopeGuard>

#include "auth/PostgisCredentials.h"
#include "data/OgrUtils.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

namespace rc {

using namespace Qt::StringLiterals;

// A database source's password must not reach the message bar or a log.
DataError::DataError(const QString &path, const QString &problem)
    : Error(Code::Data, PostgisCredentials::withoutPassword(path) + u": "_s + problem),
      m_path(PostgisCredentials::withoutPassword(path)), m_problem(problem)
{}

struct VectorDataset::Private
{
  GDALDatasetUniquePtr dataset;

  [[nodiscard]] OGRLayer &layer(const QString &path, int index) const
  {
    OGRLayer *layer = index >= 0 && index < dataset->GetLayerCount() ? dataset->GetLayer(index) : nullptr;
    if (!layer) {
      throw DataError(path, QCoreApplication::translate("rc::VectorDataset", "has no layer %1").arg(index));
    }
    return *layer;
  }
};

namespace {

/// GDAL also opens non-file sources ("PG:dbname=...", "/vsizip/a.zip/b.shp", "https://..."),
/// which must not be mistaken for missing files.
bool isConnectionString(const QString &path)
{
  if (path.startsWith(u"/vsi"_s))
    return true;
  const qsizetype colon = path.indexOf(u':');
  // One letter before the colon is a Windows drive, not a GDAL prefix.
  if (colon < 2)
    return false;
  for (qsizetype i = 0; i < colon; ++i) {
    const QChar c = path.at(i);
    if (!(c.isLetterOrNumber() || c == u'_') || c.unicode() > 127)
      return false;
  }
  return true;
}

QString withGdalMessage(const QString &problem, const QString &gdalMessage)
{
  return gdalMessage.isEmpty() ? problem : problem + u" ("_s + gdalMessage + u')';
}

/// The shapefile's sibling with `suffix`, matched case-insensitively (data copied from Windows
/// often has "ROADS.DBF" next to "roads.shp"); empty when there is none.
QString shapefileSibling(const QFileInfo &shp, QStringView suffix)
{
  const QString wanted = shp.completeBaseName() + u'.' + suffix;
  QDirIterator it(shp.absolutePath(), QDir::Files | QDir::Hidden);
  while (it.hasNext()) {
    it.next();
    if (it.fileName().compare(wanted, Qt::CaseInsensitive) == 0)
      return it.filePath();
  }
  return {};
}

/// Chinese government shapefiles are usually GBK without saying so: no .cpg, and a DBF language
/// driver id of 0 ("not set"). GDAL would then pass the bytes through undecoded.
bool isUndeclaredShapefileEncoding(const QFileInfo &shp)
{
  if (!shapefileSibling(shp, u"cpg").isEmpty())
    return false;
  QFile dbf(shapefileSibling(shp, u"dbf"));
  if (dbf.fileName().isEmpty() || !dbf.open(QIODevice::ReadOnly))
    return false;
  constexpr qint64 kLanguageDriverOffset = 29;
  const QByteArray header = dbf.read(kLanguageDriverOffset + 1);
  return header.size() > kLanguageDriverOffset && header.at(kLanguageDriverOffset) == 0;
}

constexpr const char *kLongitudeColumns = "lon*,lng*,x,*_lon,*_lng,*_longitude,*经度*,东经*";
constexpr const char *kLatitudeColumns = "lat*,y,*_lat,*_latitude,*纬度*,北纬*";

/// Whether a column name matches a list of OGR's X/Y_POSSIBLE_NAMES, as the CSV driver matches
/// it: without case, a leading or trailing '*' standing for any text.
bool matchesColumnNames(const QString &column, const char *namesUtf8)
{
  const QString names = QString::fromUtf8(namesUtf8);
  for (QStringView name : QStringView(names).split(u',')) {
    const bool anyBefore = name.startsWith(u'*');
    const bool anyAfter = name.size() > 1 && name.endsWith(u'*');
    name = name.sliced(anyBefore ? 1 : 0, name.size() - (anyBefore ? 1 : 0) - (anyAfter ? 1 : 0));
    const bool matches = anyBefore && anyAfter ? column.contains(name, Qt::CaseInsensitive)
                         : anyBefore           ? column.endsWith(name, Qt::CaseInsensitive)
                         : anyAfter            ? column.startsWith(name, Qt::CaseInsensitive)
                                               : column.compare(name, Qt::CaseInsensitive) == 0;
    if (matches)
      return true;
  }
  return false;
}

/// Whether more than one column of a CSV's header (read by OGR itself, quoting and separators
/// included) matches the longitude names, or the latitude names.
bool hasRivalCoordinateColumns(const QString &path)
{
  const GdalErrorCapture quiet; // the open that follows reports what is wrong with the file
  const char *const csvOnly[] = {"CSV", nullptr};
  const GDALDatasetUniquePtr table(
      GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, csvOnly));
  if (!table || table->GetLayerCount() == 0)
    return false;
  const OGRFeatureDefn &header = *table->GetLayer(0)->GetLayerDefn();
  int longitudes = 0;
  int latitudes = 0;
  for (int field = 0; field < header.GetFieldCount(); ++field) {
    const QString column = QString::fromUtf8(header.GetFieldDefn(field)->GetNameRef());
    longitudes += matchesColumnNames(column, kLongitudeColumns) ? 1 : 0;
    latitudes += matchesColumnNames(column, kLatitudeColumns) ? 1 : 0;
  }
  return longitudes > 1 || latitudes > 1;
}

CPLStringList openOptionsFor(const QString &path, const OpenOptions &options)
{
  CPLStringList list;
  const QFileInfo info(path);
  const QString suffix = info.suffix().toLower();
  if (suffix == u"csv" || suffix == u"tsv") {
    // OGR matches these case-insensitively; "*经度*" also catches "东经度" and "经度(°)".
    list.SetNameValue("X_POSSIBLE_NAMES", kLongitudeColumns);
    list.SetNameValue("Y_POSSIBLE_NAMES", kLatitudeColumns);
    // GDAL 3.6's CSV driver reads past its column list (a crash) when it drops two columns that
    // both match (lon and lng, x and x); then it keeps them, as attributes too.
    list.SetNameValue("KEEP_GEOM_COLUMNS", hasRivalCoordinateColumns(path) ? "YES" : "NO");
    list.SetNameValue("AUTODETECT_TYPE", "YES");
  } else if (suffix == u"shp" || suffix == u"dbf") {
    if (!options.encoding.isEmpty())
      list.SetNameValue("ENCODING", options.encoding.toUtf8().constData());
    else if (isUndeclaredShapefileEncoding(info))
      list.SetNameValue("ENCODING", "CP936");
  }
  return list;
}

Crs crsOf(const OGRSpatialReference *srs)
{
  if (!srs)
    return {};
  // GeoPackage has no "no CRS": it stores srs_id 0 or -1, which GDAL hands back under these names.
  const char *name = srs->GetName();
  if (name && (EQUAL(name, "Undefined geographic SRS") || EQUAL(name, "Undefined Cartesian SRS")))
    return {};
  try {
    // ESRI .prj files (shapefiles, CSVs) carry no authority code; let GDAL recognise the common ones
    // so that they compare equal to the same CRS declared by code.
    OGRSpatialReference identified(*srs);
    if (!identified.GetAuthorityName(nullptr))
      identified.AutoIdentifyEPSG();
    const char *authority = identified.GetAuthorityName(nullptr);
    const char *code = identified.GetAuthorityCode(nullptr);
    if (authority && code && EQUAL(authority, "EPSG")) {
      bool ok = false;
      const int epsg = QByteArray(code).toInt(&ok);
      if (ok)
        return Crs::fromEpsg(epsg);
    }
    char *wkt = nullptr;
    const char *const wktOptions[] = {"FORMAT=WKT2_2019", nullptr};
    const OGRErr err = srs->exportToWkt(&wkt, wktOptions);
    const std::unique_ptr<char, decltype(&CPLFree)> owner(wkt, &CPLFree);
    if (err != OGRERR_NONE || !wkt)
      return {};
    return Crs::fromWkt(QString::fromUtf8(wkt));
  } catch (const CrsError &) {
    // A definition PROJ rejects is reported like a missing one: the caller asks the user.
    return {};
  }
}

enum class ReadAs : quint8 { Integer, Integer64, Real, String, DateTime, Other };

ReadAs readAs(OGRFieldType type)
{
  switch (type) {
  case OFTInteger:
    return ReadAs::Integer;
  case OFTInteger64:
    return ReadAs::Integer64;
  case OFTReal:
    return ReadAs::Real;
  case OFTString:
    return ReadAs::String;
  case OFTDate:
  case OFTTime:
  case OFTDateTime:
    return ReadAs::DateTime;
  default:
    return ReadAs::Other;
  }
}

FieldType fieldType(OGRFieldType type)
{
  switch (type) {
  case OFTInteger:
  case OFTInteger64:
    return FieldType::Integer;
  case OFTReal:
    return FieldType::Real;
  default:
    return FieldType::String;
  }
}

QVariant sampleValue(const OGRFeature &feature, int field, OGRFieldType type)
{
  if (!feature.IsFieldSetAndNotNull(field))
    return {};
  switch (readAs(type)) {
  case ReadAs::Integer:
  case ReadAs::Integer64:
    return QVariant::fromValue(qint64(feature.GetFieldAsInteger64(field)));
  case ReadAs::Real:
    return feature.GetFieldAsDouble(field);
  case ReadAs::DateTime: {
    char text[40];
    const std::size_t size = formatIsoDateTime(*feature.GetRawFieldRef(field), type, text);
    return QString::fromUtf8(text, qsizetype(size));
  }
  case ReadAs::String:
  case ReadAs::Other:
    break;
  }
  return QString::fromUtf8(feature.GetFieldAsString(field));
}

} // namespace

VectorDataset::VectorDataset(std::unique_ptr<Private> dd, QString path)
    : d(std::move(dd)), m_path(std::move(path))
{}

VectorDataset::~VectorDataset() = default;

std::unique_ptr<VectorDataset> VectorDataset::open(const QString &path, const OpenOptions &options)
{
  ensureGdalRegistered();
  if (!QFileInfo::exists(path) && !isConnectionString(path))
    throw DataError(path, QCoreApplication::translate("rc::VectorDataset", "file does not exist"));
  if (QFileInfo(path).isFile() && !QFileInfo(path).isReadable())
    throw DataError(path, QCoreApplication::translate("rc::VectorDataset", "file is not readable"));

  CPLStringList openOptions = openOptionsFor(path, options);
  // The password of a PostGIS source comes from the keyring (or libpq's files), not the project;
  // GDAL's own keys go as open options, which unlike the string may hold spaces.
  QString connection = path;
  if (PostgisCredentials::isPostgisSource(path)) {
    connection = u"PG:"_s + PostgisCredentials::libpqConninfo(path);
    for (const QString &option : PostgisCredentials::gdalOpenOptions(path))
      openOptions.AddString(option.toUtf8().constData());
  }
  GdalErrorCapture errors;
  auto d = std::make_unique<Private>();
  d->dataset.reset(GDALDataset::Open(connection.toUtf8().constData(),
                                     GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR, nullptr,
                                     openOptions.List()));
  if (!d->dataset) {
    // A driver that claims the file but cannot open it means damage, not a foreign format.
    if (GDALDriverH claimant =
            GDALIdentifyDriverEx(path.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr)) {
      throw DataError(path, withGdalMessage(QCoreApplication::translate("rc::VectorDataset",
                                                                        "damaged or unreadable %1 file")
                                                .arg(QString::fromUtf8(GDALGetDriverLongName(claimant))),
                                            errors.firstFailure()));
    }
    throw DataError(path, withGdalMessage(QCoreApplication::translate("rc::VectorDataset",
                                                                      "not a recognised vector format"),
                                          errors.firstFailure()));
  }
  if (d->dataset->GetLayerCount() == 0)
    throw DataError(path, QCoreApplication::translate("rc::VectorDataset", "contains no vector layer"));

  // Without coordinate columns a CSV is a plain table, which the map cannot show.
  const GDALDriver *driver = d->dataset->GetDriver();
  if (driver && EQUAL(driver->GetDescription(), "CSV") &&
      d->dataset->GetLayer(0)->GetLayerDefn()->GetGeomFieldCount() == 0) {
    throw DataError(path, QCoreApplication::translate(
                              "rc::VectorDataset",
                              "could not find coordinate columns (expected lon/lat, x/y or 经度/纬度)"));
  }
  return std::unique_ptr<VectorDataset>(new VectorDataset(std::move(d), path));
}

QString VectorDataset::driverName() const
{
  const GDALDriver *driver = d->dataset->GetDriver();
  return driver ? QString::fromUtf8(driver->GetDescription()) : QString();
}

int VectorDataset::layerCount() const
{
  return d->dataset->GetLayerCount();
}

int VectorDataset::layerIndex(const QString &name) const
{
  const QByteArray utf8 = name.toUtf8();
  for (int i = 0; i < d->dataset->GetLayerCount(); ++i) {
    if (utf8 == d->dataset->GetLayer(i)->GetName())
      return i;
  }
  return -1;
}

LayerSummary VectorDataset::summary(int layerIndex) const
{
  OGRLayer &layer = d->layer(m_path, layerIndex);
  // Best effort: what GDAL cannot tell stays unknown, and its complaints stay off stderr.
  const GdalErrorCapture quiet;
  LayerSummary summary;
  summary.name = QString::fromUtf8(layer.GetName());
  summary.geometryType = QString::fromUtf8(OGRGeometryTypeToName(layer.GetGeomType()));
  summary.crs = crsOf(layer.GetSpatialRef());
  summary.featureCount = layer.GetFeatureCount(TRUE);
  OGREnvelope envelope;
  if (layer.GetExtent(&envelope, TRUE) == OGRERR_NONE)
    summary.extent = BBox(envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY);
  summary.fidColumn = QString::fromUtf8(layer.GetFIDColumn());
  summary.geometryColumn = QString::fromUtf8(layer.GetGeometryColumn());
  return summary;
}

QList<QVariantMap> VectorDataset::sample(int layerIndex, int n, QStringList *fieldNames) const
{
  OGRLayer &layer = d->layer(m_path, layerIndex);
  GdalErrorCapture errors;
  const OGRFeatureDefn &defn = *layer.GetLayerDefn();
  QStringList names;
  for (int i = 0; i < defn.GetFieldCount(); ++i)
    names.append(QString::fromUtf8(defn.GetFieldDefn(i)->GetNameRef()));
  if (fieldNames)
    *fieldNames = names;

  QList<QVariantMap> rows;
  layer.ResetReading();
  while (rows.size() < n) {
    OGRFeatureUniquePtr feature(layer.GetNextFeature());
    if (!feature)
      break;
    QVariantMap row;
    for (int i = 0; i < defn.GetFieldCount(); ++i)
      row.insert(names.at(i), sampleValue(*feature, i, defn.GetFieldDefn(i)->GetType()));
    rows.append(row);
  }
  if (errors.failureCount() > 0) {
    throw DataError(m_path, withGdalMessage(QCoreApplication::translate("rc::VectorDataset", "read error"),
                                            errors.firstFailure()));
  }
  return rows;
}

std::shared_ptr<const FeatureStore> VectorDataset::load(int layerIndex, const LoadProgress &progress,
                                                        const std::atomic_bool *cancel, const BBox &filter,
                                                        qint64 limit, const QString &where) const
{
  OGRLayer &layer = d->layer(m_path, layerIndex);
  GdalErrorCapture errors;
  // The driver answers the box from its own spatial index (GeoPackage R-tree, shapefile .qix).
  if (!filter.isEmpty())
    layer.SetSpatialFilterRect(filter.xMin, filter.yMin, filter.xMax, filter.yMax);
  const auto clearFilter = qScopeGuard([&layer, &where] {
    layer.SetSpatialFilter(nullptr);
    if (!where.isEmpty())
      layer.SetAttributeFilter(nullptr);
  });
  if (!where.isEmpty() && layer.SetAttributeFilter(where.toUtf8().constData()) != OGRERR_NONE) {
    throw DataError(m_path, withGdalMessage(QCoreApplication::translate("rc::VectorDataset", "read error"),
                                            errors.firstFailure()));
  }
  const OGRFeatureDefn &defn = *layer.GetLayerDefn();
  const int fieldCount = defn.GetFieldCount();
  Fields fields;
  std::vector<ReadAs> readers;
  std::vector<OGRFieldType> ogrTypes;
  for (int i = 0; i < fieldCount; ++i) {
    const OGRFieldDefn &field = *defn.GetFieldDefn(i);
    fields.append({QString::fromUtf8(field.GetNameRef()), fieldType(field.GetType()),
                   QString::fromUtf8(field.GetAlternativeNameRef())});
    readers.push_back(readAs(field.GetType()));
    ogrTypes.push_back(field.GetType());
  }

  // A cheap count only: forcing one would scan CSV and GeoJSON twice. A limited read skips it, as
  // PostgreSQL answers even the cheap count by counting every row in the box.
  const qint64 total = limit >= 0 ? -1 : layer.GetFeatureCount(FALSE);
  FeatureStoreBuilder builder(std::move(fields));
  // The count is what the file claims (a GeoPackage stores it in gpkg_ogr_contents), so it only
  // sizes a first allocation of plausible size; a larger layer grows the store as it is read.
  constexpr qint64 kMostReserved = qint64(1) << 18;
  if (total > 0)
    builder.reserve(std::size_t(std::min(total, kMostReserved)), std::size_t(std::min(total, kMostReserved)));
  GeometryAppender geometry(builder);
  constexpr qint64 kReportEvery = 4096;
  char dateText[40];
  qint64 done = 0;

  layer.ResetReading();
  while (limit < 0 || done < limit) {
    if (done % kReportEvery == 0) {
      if (cancel && cancel->load(std::memory_order_relaxed))
        throw DataError(m_path, QCoreApplication::translate("rc::VectorDataset", "cancelled"));
      if (progress && done > 0)
        progress(done, total);
    }
    const OGRFeatureUniquePtr feature(layer.GetNextFeature());
    if (!feature)
      break;
    geometry.append(feature->GetFID(), feature->GetGeometryRef());
    for (int i = 0; i < fieldCount; ++i) {
      if (!feature->IsFieldSetAndNotNull(i))
        continue;
      const OGRField &raw = *feature->GetRawFieldRef(i);
      switch (readers[std::size_t(i)]) {
      case ReadAs::Integer:
        builder.setInteger(i, raw.Integer);
        break;
      case ReadAs::Integer64:
        builder.setInteger(i, raw.Integer64);
        break;
      case ReadAs::Real:
        builder.setReal(i, raw.Real);
        break;
      case ReadAs::String:
        builder.setText(i, QByteArrayView(raw.String));
        break;
      case ReadAs::DateTime:
        builder.setText(i, QByteArrayView(dateText, qsizetype(formatIsoDateTime(raw, ogrTypes[std::size_t(i)],
                                                                                dateText))));
        break;
      case ReadAs::Other:
        builder.setText(i, QByteArrayView(feature->GetFieldAsString(i)));
        break;
      }
    }
    ++done;
  }

  // GDAL reports lost data (truncated pages, unreadable records) as failures but often carries on
  // or stops quietly; a partly read layer must not pass for a complete one.
  if (errors.failureCount() > 0) {
    throw DataError(m_path, withGdalMessage(QCoreApplication::translate("rc::VectorDataset", "read error"),
                                            errors.firstFailure()));
  }
  auto store = builder.finish();
  if (progress)
    progress(done, done);
  return store;
}

} // namespace rc
