#include "address/AddressReader.h"

#include "data/OgrUtils.h"
#include "data/VectorDataset.h"
#include "geo/CoordinateTransform.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <array>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

enum Column {
  kAddrCode,
  kDistrict,
  kTown,
  kCommunity,
  kRoad,
  kHouseNo,
  kCompound,
  kBuilding,
  kUnit,
  kRoom,
  kFullAddress,
  kGridCode,
  kColumnCount
};

/// Accepted headings per column, lower case: the demo city's names first, then the usual
/// alternatives and Chinese headings of supplier spreadsheets.
const std::array<QStringList, kColumnCount> &columnNames()
{
  static const std::array<QStringList, kColumnCount> names{
      QStringList{u"addr_code"_s, u"address_code"_s, u"code"_s, u"dzbm"_s, u"地址编码"_s, u"地址代码"_s},
      QStringList{u"district"_s, u"county"_s, u"qx"_s, u"区县"_s, u"区"_s, u"县区"_s},
      QStringList{u"town"_s, u"street"_s, u"jd"_s, u"街道"_s, u"乡镇街道"_s, u"乡镇"_s},
      QStringList{u"community"_s, u"village"_s, u"sq"_s, u"社区"_s, u"社区村"_s, u"村居"_s},
      QStringList{u"road"_s, u"road_name"_s, u"jlx"_s, u"街路巷"_s, u"道路"_s},
      QStringList{u"house_no"_s, u"house_number"_s, u"mph"_s, u"门牌号"_s, u"门牌"_s},
      QStringList{u"compound"_s, u"estate"_s, u"xq"_s, u"小区"_s, u"小区名称"_s},
      QStringList{u"building"_s, u"ld"_s, u"楼栋"_s, u"楼栋号"_s},
      QStringList{u"unit"_s, u"dy"_s, u"单元"_s, u"单元号"_s},
      QStringList{u"room"_s, u"hs"_s, u"户室"_s, u"户室号"_s, u"房号"_s},
      QStringList{u"full_address"_s, u"address"_s, u"bzdz"_s, u"标准地址"_s, u"地址"_s, u"详细地址"_s},
      QStringList{u"grid_code"_s, u"grid"_s, u"wgbm"_s, u"网格编码"_s, u"网格"_s}};
  return names;
}

QString sourceProblem(const QString &path, const QString &problem)
{
  return path + u": "_s + problem;
}

/// The headings a source's `.fields.json` names per column; empty where it names none.
std::array<QString, kColumnCount> readFieldMap(const QString &path)
{
  std::array<QString, kColumnCount> mapped;
  QFile file(path);
  if (!file.exists())
    return mapped;
  const auto fail = [&path](const QString &problem) {
    return AddressIndexError(AddressIndexError::Reason::Source, sourceProblem(path, problem));
  };
  if (!file.open(QIODevice::ReadOnly))
    throw fail(file.errorString());
  QJsonParseError error;
  const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
  if (error.error != QJsonParseError::NoError || !document.isObject())
    throw fail(QCoreApplication::translate("rc::AddressReader", "not a JSON object of field names (%1)")
                   .arg(error.errorString()));
  const QJsonObject object = document.object();
  for (auto it = object.begin(); it != object.end(); ++it) {
    int column = -1;
    for (int c = 0; c < kColumnCount && column < 0; ++c)
      if (columnNames()[std::size_t(c)].front() == it.key())
        column = c;
    if (column < 0)
      throw fail(QCoreApplication::translate("rc::AddressReader",
                                             "“%1” is not an address column (expected one of %2)")
                     .arg(it.key(), [] {
                       QStringList keys;
                       for (const QStringList &names : columnNames())
                         keys << names.front();
                       return keys.join(u", "_s);
                     }()));
    if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
      throw fail(QCoreApplication::translate("rc::AddressReader", "“%1” must name a field").arg(it.key()));
    mapped[std::size_t(column)] = it.value().toString().trimmed();
  }
  return mapped;
}

CPLStringList openOptionsFor(const QString &path)
{
  CPLStringList list;
  const QFileInfo info(path);
  const QString suffix = info.suffix().toLower();
  if (suffix == u"csv" || suffix == u"tsv") {
    // As VectorDataset does, plus every column kept as text: codes must keep their digits
    // exactly (a 20-digit addr_code does not fit in a 64-bit integer).
    list.SetNameValue("X_POSSIBLE_NAMES", "lon*,lng*,x,*_lon,*_lng,*_longitude,*经度*,东经*");
    list.SetNameValue("Y_POSSIBLE_NAMES", "lat*,y,*_lat,*_latitude,*纬度*,北纬*");
    list.SetNameValue("KEEP_GEOM_COLUMNS", "NO");
    list.SetNameValue("AUTODETECT_TYPE", "NO");
  } else if (suffix == u"shp" &&
             !QFileInfo::exists(info.absolutePath() + u'/' + info.completeBaseName() + u".cpg"_s)) {
    // Chinese government shapefiles without a .cpg are GBK (see VectorDataset).
    list.SetNameValue("ENCODING", "CP936");
  }
  return list;
}

/// The CRS to assume for a layer that declares none, from the size of its coordinates.
Crs guessCrs(const BBox &extent)
{
  if (extent.isEmpty() || (extent.xMax <= 180 && extent.yMax <= 90))
    return Crs::cgcs2000();
  return Crs::fromEpsg(extent.xMin > 1e7 ? 4528 : 4549);
}

} // namespace

struct AddressReader::Private
{
  GDALDatasetUniquePtr dataset;
  OGRLayer *layer = nullptr;
  QString layerName;
  qint64 featureCount = -1;
  Crs sourceCrs;
  CoordinateTransform toLonLat;
  std::array<int, kColumnCount> fields{};
  QString path;
};

AddressReader::AddressReader(const QString &path, const QString &layer) : d(std::make_unique<Private>())
{
  d->path = path;
  int layerIndex = -1;
  LayerSummary summary;
  try {
    const auto dataset = VectorDataset::open(path);
    layerIndex = dataset->layerIndex(layer.isEmpty() ? u"addresses"_s : layer);
    if (layerIndex < 0 && layer.isEmpty()) {
      for (int i = 0; i < dataset->layerCount() && layerIndex < 0; ++i) {
        if (dataset->summary(i).geometryType.contains(u"Point"_s))
          layerIndex = i;
      }
    }
    if (layerIndex < 0) {
      throw AddressIndexError(
          AddressIndexError::Reason::Source,
          sourceProblem(
              path, layer.isEmpty()
                        ? QCoreApplication::translate("rc::AddressReader", "has no point layer of addresses")
                        : QCoreApplication::translate("rc::AddressReader", "has no layer “%1”").arg(layer)));
    }
    summary = dataset->summary(layerIndex);
  } catch (const DataError &e) {
    throw AddressIndexError(AddressIndexError::Reason::Source, e.message());
  }

  ensureGdalRegistered();
  const CPLStringList options = openOptionsFor(path);
  GdalErrorCapture errors;
  d->dataset.reset(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                     options.List()));
  d->layer = d->dataset ? d->dataset->GetLayer(layerIndex) : nullptr;
  if (!d->layer) {
    throw AddressIndexError(AddressIndexError::Reason::Source, sourceProblem(path, errors.firstFailure()));
  }
  d->layerName = summary.name;
  d->featureCount = summary.featureCount;
  d->sourceCrs = summary.crs.isValid() ? summary.crs : guessCrs(summary.extent);
  try {
    d->toLonLat = CoordinateTransform(d->sourceCrs, Crs::cgcs2000());
  } catch (const CrsError &e) {
    throw AddressIndexError(AddressIndexError::Reason::Source,
                            sourceProblem(path, QString::fromUtf8(e.what())));
  }

  const OGRFeatureDefn &defn = *d->layer->GetLayerDefn();
  const auto fieldNamed = [&defn](const QString &name) {
    for (int f = 0; f < defn.GetFieldCount(); ++f)
      if (QString::fromUtf8(defn.GetFieldDefn(f)->GetNameRef())
              .trimmed()
              .compare(name, Qt::CaseInsensitive) == 0)
        return f;
    return -1;
  };
  const std::array<QString, kColumnCount> mapped = readFieldMap(fieldMapPathFor(path));
  for (int c = 0; c < kColumnCount; ++c) {
    d->fields[std::size_t(c)] = -1;
    if (const QString &name = mapped[std::size_t(c)]; !name.isEmpty()) {
      d->fields[std::size_t(c)] = fieldNamed(name);
      if (d->fields[std::size_t(c)] < 0)
        throw AddressIndexError(
            AddressIndexError::Reason::Source,
            sourceProblem(
                fieldMapPathFor(path),
                QCoreApplication::translate("rc::AddressReader", "maps “%1” to “%2”, which layer “%3” lacks")
                    .arg(columnNames()[std::size_t(c)].front(), name, summary.name)));
      continue;
    }
    for (const QString &name : columnNames()[std::size_t(c)]) {
      for (int f = 0; f < defn.GetFieldCount() && d->fields[std::size_t(c)] < 0; ++f) {
        if (QString::fromUtf8(defn.GetFieldDefn(f)->GetNameRef()).trimmed().toLower() == name)
          d->fields[std::size_t(c)] = f;
      }
    }
  }
  const bool hasText = d->fields[kFullAddress] >= 0 || d->fields[kRoad] >= 0 || d->fields[kCompound] >= 0;
  if (d->fields[kAddrCode] < 0 || !hasText) {
    throw AddressIndexError(
        AddressIndexError::Reason::Source,
        sourceProblem(path, QCoreApplication::translate(
                                "rc::AddressReader", "layer “%1” lacks address columns (need addr_code and "
                                                     "full_address or road/compound)")
                                .arg(d->layerName)));
  }
  d->layer->ResetReading();
}

AddressReader::~AddressReader() = default;

QString AddressReader::fieldMapPathFor(const QString &sourcePath)
{
  const QFileInfo source(sourcePath);
  return source.absolutePath() + u'/' + source.completeBaseName() + u".fields.json"_s;
}

QString AddressReader::layerName() const
{
  return d->layerName;
}

qint64 AddressReader::featureCount() const
{
  return d->featureCount;
}

Crs AddressReader::sourceCrs() const
{
  return d->sourceCrs;
}

bool AddressReader::next(StandardAddress &out)
{
  GdalErrorCapture errors;
  const OGRFeatureUniquePtr feature(d->layer->GetNextFeature());
  if (!feature) {
    if (errors.failureCount() > 0)
      throw AddressIndexError(AddressIndexError::Reason::Source,
                              sourceProblem(d->path, errors.firstFailure()));
    return false;
  }
  const auto text = [&](Column column) -> QString {
    const int field = d->fields[std::size_t(column)];
    if (field < 0 || !feature->IsFieldSetAndNotNull(field))
      return {};
    return QString::fromUtf8(feature->GetFieldAsString(field)).trimmed();
  };
  out.fid = feature->GetFID();
  out.addrCode = text(kAddrCode);
  out.district = text(kDistrict);
  out.town = text(kTown);
  out.community = text(kCommunity);
  out.road = text(kRoad);
  out.houseNo = text(kHouseNo);
  out.compound = text(kCompound);
  out.building = text(kBuilding);
  out.unit = text(kUnit);
  out.room = text(kRoom);
  out.fullAddress = text(kFullAddress);
  out.gridCode = text(kGridCode);
  out.lon = out.lat = std::numeric_limits<double>::quiet_NaN();
  if (const OGRGeometry *geometry = feature->GetGeometryRef(); geometry && !geometry->IsEmpty()) {
    OGRPoint point;
    if (wkbFlatten(geometry->getGeometryType()) == wkbPoint)
      point = *geometry->toPoint();
    else if (geometry->Centroid(&point) != OGRERR_NONE)
      return true;
    double xy[2] = {point.getX(), point.getY()};
    d->toLonLat.transformInPlace(xy, 1);
    out.lon = xy[0];
    out.lat = xy[1];
  }
  return true;
}

} // namespace rc
