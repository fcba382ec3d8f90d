// Reading vector sources through GDAL: every input is written at test time, then read back through
// rc::VectorDataset and compared with the values that went in.

#include "base/Sqlite.h"
#include "data/VectorDataset.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <sqlite3.h>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

const QString kGulou = u"鼓楼区"_s;

/// One feature to write: WKT geometry (empty for none) and its attributes.
struct Row
{
  const char *wkt;
  qint64 code;
  double area;
  QString name;
};

const QList<Row> kPoints = {
    {"POINT (119.296875 26.078125)", 350102, 35.5, kGulou},
    {"POINT (119.3125 26.0625)", 350103, 34.25, u"台江区"_s},
    {"POINT (119.5 26.5)", 350104, 0.125, u"Cangshan"_s},
};

struct LayerSpec
{
  const char *driver;
  QString file;
  QStringList layerOptions;
  int epsg = 4326;
  OGRwkbGeometryType type = wkbPoint;
};

/// Writes `rows` as layer "places" with code/area/name fields; returns what went wrong, if anything.
QString writeLayer(const LayerSpec &spec, const QList<Row> &rows)
{
  GDALAllRegister();
  GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(spec.driver);
  if (!driver)
    return u"no driver "_s + QString::fromUtf8(spec.driver);
  CPLStringList layerOptions;
  for (const QString &o : spec.layerOptions)
    layerOptions.AddString(o.toUtf8().constData());
  GDALDatasetUniquePtr ds(driver->Create(spec.file.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
  if (!ds)
    return u"cannot create "_s + spec.file;
  OGRSpatialReference srs;
  if (spec.epsg) {
    srs.importFromEPSG(spec.epsg);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  }
  OGRLayer *layer = ds->CreateLayer("places", spec.epsg ? &srs : nullptr, spec.type, layerOptions.List());
  if (!layer)
    return u"cannot create layer"_s;
  OGRFieldDefn code("code", OFTInteger64), area("area", OFTReal), name("name", OFTString);
  if (layer->CreateField(&code) != OGRERR_NONE || layer->CreateField(&area) != OGRERR_NONE ||
      layer->CreateField(&name) != OGRERR_NONE)
    return u"cannot create fields"_s;
  // Drivers without transactions refuse this harmlessly; GeoPackage writes much faster with it.
  const bool transaction = ds->StartTransaction() == OGRERR_NONE;
  for (const Row &row : rows) {
    OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(layer->GetLayerDefn()));
    feature->SetField("code", GIntBig(row.code));
    feature->SetField("area", row.area);
    feature->SetField("name", row.name.toUtf8().constData());
    if (*row.wkt) {
      OGRGeometry *geometry = nullptr;
      if (OGRGeometryFactory::createFromWkt(row.wkt, nullptr, &geometry) != OGRERR_NONE)
        return u"bad WKT "_s + QString::fromUtf8(row.wkt);
      feature->SetGeometryDirectly(geometry);
    }
    if (layer->CreateFeature(feature.get()) != OGRERR_NONE)
      return u"cannot write feature "_s + row.name;
  }
  if (transaction && ds->CommitTransaction() != OGRERR_NONE)
    return u"cannot commit"_s;
  return {};
}

void writeText(const QString &file, const QByteArray &content)
{
  QFile out(file);
  QVERIFY(out.open(QIODevice::WriteOnly));
  QCOMPARE(out.write(content), content.size());
}

/// The store's feature with `name`, or -1: drivers (FlatGeobuf's index) may reorder features.
int featureNamed(const rc::FeatureStore &store, const QString &name)
{
  const int field = store.fieldIndex(u"name"_s);
  for (std::size_t i = 0; i < store.featureCount(); ++i) {
    if (store.text(i, field) == name)
      return int(i);
  }
  return -1;
}

/// Runs `body` and checks it throws DataError naming the file and the problem.
template<typename Body> void expectDataError(const QString &file, const QString &problem, Body body)
{
  try {
    body();
    QFAIL(qPrintable(u"no DataError for "_s + file));
  } catch (const rc::DataError &e) {
    QVERIFY2(e.message().contains(QFileInfo(file).fileName()), qPrintable(e.message()));
    QVERIFY2(e.message().contains(problem), qPrintable(e.message()));
    QCOMPARE(e.path(), file);
  }
}

} // namespace

class TestData : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase() { QVERIFY(m_dir.isValid()); }

  void roundTripFormats_data();
  void roundTripFormats();
  void csvHeaders_data();
  void csvHeaders();
  void gbkShapefile();
  void polygonsAndMultipoints();
  void emptyAndNanGeometry();
  void summary();
  void sampleValues();
  void missingFile();
  void truncatedGeoPackage();
  void storedFeatureCountIsNotTrusted_data();
  void storedFeatureCountIsNotTrusted();
  void corruptFiles_data();
  void corruptFiles();
  void unknownFormat();
  void csvWithoutCoordinates();
  void csvRivalCoordinateColumns_data();
  void csvRivalCoordinateColumns();
  void sourceWithoutLayers();
  void layerWithoutCrs();
  void cancelled();
  void progressReachesCount();
  void spatialFilterKeepsSourceOrder();

private:
  QString path(const QString &name) const { return m_dir.filePath(name); }
  QTemporaryDir m_dir;
};

void TestData::roundTripFormats_data()
{
  QTest::addColumn<QString>("driver");
  QTest::addColumn<QString>("file");
  QTest::addColumn<QStringList>("layerOptions");
  QTest::addColumn<bool>("exactReal");

  QTest::newRow("GeoPackage") << u"GPKG"_s << u"鼓楼.gpkg"_s << QStringList() << true;
  QTest::newRow("Shapefile") << u"ESRI Shapefile"_s << u"p.shp"_s << QStringList{u"ENCODING=UTF-8"_s} << true;
  QTest::newRow("GeoJSON") << u"GeoJSON"_s << u"p.geojson"_s << QStringList() << true;
  QTest::newRow("FlatGeobuf") << u"FlatGeobuf"_s << u"p.fgb"_s << QStringList() << true;
  // KML keeps only what its writer formats; reals are still exact at these magnitudes.
  QTest::newRow("KML") << u"LIBKML"_s << u"p.kml"_s << QStringList() << true;
}

void TestData::roundTripFormats()
{
  QFETCH(QString, driver);
  QFETCH(QString, file);
  QFETCH(QStringList, layerOptions);
  QFETCH(bool, exactReal);
  const QString target = path(file);
  const QString written = writeLayer({driver.toUtf8().constData(), target, layerOptions}, kPoints);
  QVERIFY2(written.isEmpty(), qPrintable(written));

  const auto ds = rc::VectorDataset::open(target);
  QCOMPARE(ds->layerCount(), 1);
  const auto store = ds->load(0);
  QCOMPARE(store->featureCount(), std::size_t(kPoints.size()));
  QCOMPARE(store->dominantKind(), rc::GeometryKind::Point);
  const int code = store->fieldIndex(u"code"_s), area = store->fieldIndex(u"area"_s);
  QVERIFY(code >= 0);
  QVERIFY(area >= 0);
  for (const Row &row : kPoints) {
    const int i = featureNamed(*store, row.name);
    QVERIFY2(i >= 0, qPrintable(row.name));
    QCOMPARE(store->kind(i), rc::GeometryKind::Point);
    QCOMPARE(store->ringCount(i), std::size_t(1));
    OGRPoint expected;
    const char *wkt = row.wkt;
    QCOMPARE(expected.importFromWkt(&wkt), OGRERR_NONE);
    QCOMPARE(store->firstVertex(i)[0], expected.getX());
    QCOMPARE(store->firstVertex(i)[1], expected.getY());
    QCOMPARE(qint64(store->real(i, code)), row.code);
    if (exactReal)
      QCOMPARE(store->real(i, area), row.area);
  }
}

void TestData::csvHeaders_data()
{
  QTest::addColumn<QByteArray>("header");
  QTest::newRow("lon/lat") << "name,lon,lat,code"_ba;
  QTest::newRow("Longitude/Latitude") << "name,Longitude,Latitude,code"_ba;
  QTest::newRow("x/y") << "name,X,Y,code"_ba;
  QTest::newRow("经度/纬度") << u"name,经度,纬度,code"_s.toUtf8();
  QTest::newRow("东经/北纬") << u"name,东经,北纬,code"_s.toUtf8();
}

void TestData::csvHeaders()
{
  QFETCH(QByteArray, header);
  const QString file =
      path(u"points_%1.csv"_s.arg(QString::fromUtf8(QTest::currentDataTag())).replace(u'/', u'_'));
  writeText(file, header + "\n" + kGulou.toUtf8() +
                      ",119.296875,26.078125,350102\n"
                      "Cangshan,119.5,26.5,350104\n");

  const auto ds = rc::VectorDataset::open(file);
  QVERIFY(!ds->summary(0).crs.isValid());
  const auto store = ds->load(0);
  QCOMPARE(store->featureCount(), std::size_t(2));
  // The coordinate columns are geometry now, not attributes.
  QCOMPARE(store->fields().size(), 2);
  QCOMPARE(store->fields().at(1).type, rc::FieldType::Integer);
  QCOMPARE(store->kind(0), rc::GeometryKind::Point);
  QCOMPARE(store->firstVertex(0)[0], 119.296875);
  QCOMPARE(store->firstVertex(0)[1], 26.078125);
  QCOMPARE(store->text(0, store->fieldIndex(u"name"_s)), kGulou);
  QCOMPARE(store->attribute(1, store->fieldIndex(u"code"_s)).toLongLong(), 350104LL);
}

void TestData::csvRivalCoordinateColumns_data()
{
  QTest::addColumn<QByteArray>("header");
  QTest::addColumn<QByteArray>("row");
  QTest::newRow("lon and lng") << "name,lon,lng,lat"_ba
                               << "Gulou,119.25,119.25,26.0625"_ba;
  QTest::newRow("x twice") << "name,x,X,y"_ba
                           << "Gulou,119.25,119.25,26.0625"_ba;
  QTest::newRow("经度 and 东经度") << u"name,经度,东经度,纬度"_s.toUtf8() << "Gulou,119.25,119.25,26.0625"_ba;
  QTest::newRow("lat twice") << "name,lon,lat,latitude_wgs84"_ba
                             << "Gulou,119.25,26.0625,26.0625"_ba;
}

// Found by fuzz_mutate vector: GDAL 3.6 crashed opening these (two columns matching its X names).
void TestData::csvRivalCoordinateColumns()
{
  QFETCH(QByteArray, header);
  QFETCH(QByteArray, row);
  const QString file = path(u"rival.csv"_s);
  writeText(file, header + "\n" + row + "\n");
  const auto ds = rc::VectorDataset::open(file);
  QCOMPARE(ds->summary(0).extent, rc::BBox(119.25, 26.0625, 119.25, 26.0625));
  const auto store = ds->load(0);
  QCOMPARE(store->featureCount(), std::size_t(1));
  QCOMPARE(store->kind(0), rc::GeometryKind::Point);
  QCOMPARE(store->text(0, store->fieldIndex(u"name"_s)), u"Gulou"_s);
}

void TestData::gbkShapefile()
{
  const QString shp = path(u"gbk.shp"_s);
  const QString written = writeLayer({"ESRI Shapefile", shp, {u"ENCODING=CP936"_s}}, kPoints);
  QVERIFY2(written.isEmpty(), qPrintable(written));
  QVERIFY(QFile::remove(path(u"gbk.cpg"_s)));
  QFile dbf(path(u"gbk.dbf"_s));
  QVERIFY(dbf.open(QIODevice::ReadOnly));
  QVERIFY(dbf.readAll().contains(QByteArray::fromHex("b9c4c2a5c7f8"))); // 鼓楼区 in GBK
  dbf.close();

  const auto guessed = rc::VectorDataset::open(shp)->load(0);
  QCOMPARE(guessed->text(0, guessed->fieldIndex(u"name"_s)), kGulou);
  QCOMPARE(guessed->text(1, guessed->fieldIndex(u"name"_s)), u"台江区"_s);

  for (const QString &encoding : {u"ISO-8859-1"_s, u"UTF-8"_s}) {
    const auto store = rc::VectorDataset::open(shp, {encoding})->load(0);
    const QString text = store->text(0, store->fieldIndex(u"name"_s));
    QVERIFY2(text != kGulou, qPrintable(encoding));
    QVERIFY(!text.isEmpty());
  }
  const auto latin = rc::VectorDataset::open(shp, {u"ISO-8859-1"_s})->load(0);
  QCOMPARE(latin->text(0, latin->fieldIndex(u"name"_s)),
           QString::fromLatin1(QByteArray::fromHex("b9c4c2a5c7f8")));
}

void TestData::polygonsAndMultipoints()
{
  const QString file = path(u"mixed.gpkg"_s);
  const QString written = writeLayer(
      {"GPKG", file, {}, 4326, wkbUnknown},
      {{"MULTIPOLYGON (((0 0,10 0,10 10,0 10,0 0),(2 2,2 4,4 4,4 2,2 2)),"
        "((20 0,30 0,30 5,20 0)))",
        1, 1, u"mp"_s},
       {"MULTIPOINT ((1 2),(3 4),(5 6))", 2, 2, u"pts"_s},
       {"MULTILINESTRING ((0 0,1 1,2 0),(5 5,6 6))", 3, 3, u"lines"_s},
       {"CIRCULARSTRING (0 0,1 1,2 0)", 4, 4, u"arc"_s},
       {"GEOMETRYCOLLECTION (LINESTRING (0 0,1 1),POINT (7 7),LINESTRING (2 2,3 3))", 5, 5, u"gc"_s},
       {"POLYGON Z ((0 0 5,1 0 5,1 1 5,0 0 5))", 6, 6, u"z"_s}});
  QVERIFY2(written.isEmpty(), qPrintable(written));
  const auto store = rc::VectorDataset::open(file)->load(0);
  QCOMPARE(store->featureCount(), std::size_t(6));

  QCOMPARE(store->kind(0), rc::GeometryKind::Polygon);
  QCOMPARE(store->ringCount(0), std::size_t(3));
  QVERIFY(store->ring(0, 0).startsPart);
  QCOMPARE(store->ring(0, 0).vertexCount(), std::size_t(5));
  QVERIFY(!store->ring(0, 1).startsPart);
  QCOMPARE(store->ring(0, 1).xy[2], 2.0);
  QCOMPARE(store->ring(0, 1).xy[3], 4.0);
  QVERIFY(store->ring(0, 2).startsPart);
  QCOMPARE(store->ring(0, 2).xy[0], 20.0);

  QCOMPARE(store->kind(1), rc::GeometryKind::Point);
  QCOMPARE(store->ringCount(1), std::size_t(3));
  for (std::size_t r = 0; r < 3; ++r) {
    QCOMPARE(store->ring(1, r).vertexCount(), std::size_t(1));
    QCOMPARE(store->ring(1, r).xy[0], 1.0 + 2.0 * double(r));
    QCOMPARE(store->ring(1, r).xy[1], 2.0 + 2.0 * double(r));
  }

  QCOMPARE(store->kind(2), rc::GeometryKind::Line);
  QCOMPARE(store->ringCount(2), std::size_t(2));
  QCOMPARE(store->ring(2, 0).vertexCount(), std::size_t(3));
  QCOMPARE(store->ring(2, 1).xy[3], 6.0);

  QCOMPARE(store->kind(3), rc::GeometryKind::Line);
  QCOMPARE(store->ringCount(3), std::size_t(1));
  QVERIFY(store->ring(3, 0).vertexCount() > 3); // linearised arc

  // A collection takes its first member's kind; members of other kinds are left out.
  QCOMPARE(store->kind(4), rc::GeometryKind::Line);
  QCOMPARE(store->ringCount(4), std::size_t(2));
  QCOMPARE(store->ring(4, 1).xy[0], 2.0);

  QCOMPARE(store->kind(5), rc::GeometryKind::Polygon);
  QCOMPARE(store->ring(5, 0).vertexCount(), std::size_t(4));
  QCOMPARE(store->ring(5, 0).xy[2], 1.0);
}

void TestData::emptyAndNanGeometry()
{
  const QString file = path(u"empty.gpkg"_s);
  const QString written =
      writeLayer({"GPKG", file, {}, 4326, wkbLineString}, {{"", 1, 1, u"null"_s},
                                                           {"LINESTRING EMPTY", 2, 2, u"empty"_s},
                                                           {"LINESTRING (0 0,1 1,2 2)", 3, 3, u"nan"_s}});
  QVERIFY2(written.isEmpty(), qPrintable(written));
  {
    // WKT cannot spell NaN; poke it into the stored line afterwards.
    GDALDatasetUniquePtr ds(GDALDataset::Open(file.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
    QVERIFY(ds);
    OGRLayer *layer = ds->GetLayer(0);
    OGRFeatureUniquePtr feature(layer->GetFeature(3));
    QVERIFY(feature);
    feature->GetGeometryRef()->toLineString()->setPoint(1, std::numeric_limits<double>::quiet_NaN(), 1.0);
    QCOMPARE(layer->SetFeature(feature.get()), OGRERR_NONE);
  }
  const auto store = rc::VectorDataset::open(file)->load(0);
  QCOMPARE(store->featureCount(), std::size_t(3));
  QCOMPARE(store->kind(0), rc::GeometryKind::Empty);
  QCOMPARE(store->ringCount(0), std::size_t(0));
  QCOMPARE(store->kind(1), rc::GeometryKind::Empty);
  QCOMPARE(store->kind(2), rc::GeometryKind::Line);
  QCOMPARE(store->ring(2, 0).vertexCount(), std::size_t(2));
  QCOMPARE(store->ring(2, 0).xy[2], 2.0);
  QCOMPARE(store->text(2, store->fieldIndex(u"name"_s)), u"nan"_s);
}

void TestData::summary()
{
  const QString file = path(u"cgcs.gpkg"_s);
  const QString written = writeLayer({"GPKG", file, {}, 4490}, kPoints);
  QVERIFY2(written.isEmpty(), qPrintable(written));
  const auto ds = rc::VectorDataset::open(file);
  QCOMPARE(ds->driverName(), u"GPKG"_s);
  QCOMPARE(ds->layerIndex(u"places"_s), 0);
  QCOMPARE(ds->layerIndex(u"nope"_s), -1);
  const rc::LayerSummary s = ds->summary(0);
  QCOMPARE(s.name, u"places"_s);
  QCOMPARE(s.geometryType, u"Point"_s);
  QVERIFY(s.crs.isValid());
  QCOMPARE(s.crs.authId(), u"EPSG:4490"_s);
  QCOMPARE(s.featureCount, qint64(3));
  QCOMPARE(s.extent, rc::BBox(119.296875, 26.0625, 119.5, 26.5));
}

void TestData::sampleValues()
{
  const QString file = path(u"sample.gpkg"_s);
  const QString written = writeLayer({"GPKG", file, {}}, kPoints);
  QVERIFY2(written.isEmpty(), qPrintable(written));
  {
    GDALDatasetUniquePtr ds(GDALDataset::Open(file.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
    OGRLayer *layer = ds->GetLayer(0);
    OGRFieldDefn when("when", OFTDateTime);
    QCOMPARE(layer->CreateField(&when), OGRERR_NONE);
    OGRFeatureUniquePtr feature(layer->GetFeature(1));
    feature->SetField("when", 2024, 5, 1, 8, 30, 15.0f, 100); // UTC
    QCOMPARE(layer->SetFeature(feature.get()), OGRERR_NONE);
  }
  const auto ds = rc::VectorDataset::open(file);
  QStringList names;
  const QList<QVariantMap> rows = ds->sample(0, 2, &names);
  QCOMPARE(names, (QStringList{u"code"_s, u"area"_s, u"name"_s, u"when"_s}));
  QCOMPARE(rows.size(), 2);
  QCOMPARE(rows[0].value(u"code"_s).typeId(), QMetaType::LongLong);
  QCOMPARE(rows[0].value(u"code"_s).toLongLong(), 350102LL);
  QCOMPARE(rows[0].value(u"area"_s).typeId(), QMetaType::Double);
  QCOMPARE(rows[0].value(u"area"_s).toDouble(), 35.5);
  QCOMPARE(rows[0].value(u"name"_s).toString(), kGulou);
  QCOMPARE(rows[0].value(u"when"_s).toString(), u"2024-05-01T08:30:15Z"_s);
  QVERIFY(rows[1].value(u"when"_s).isNull());

  const auto store = ds->load(0);
  QCOMPARE(store->fields().at(3).type, rc::FieldType::String);
  QCOMPARE(store->text(0, 3), u"2024-05-01T08:30:15Z"_s);
  QVERIFY(store->isNull(1, 3));
}

void TestData::missingFile()
{
  const QString file = path(u"nowhere.gpkg"_s);
  expectDataError(file, u"file does not exist"_s, [&] { (void)rc::VectorDataset::open(file); });
}

void TestData::truncatedGeoPackage()
{
  const QString file = path(u"truncated.gpkg"_s);
  QList<Row> rows;
  for (int i = 0; i < 5000; ++i)
    rows.append({"LINESTRING (119.1 26.1,119.2 26.2,119.3 26.3,119.4 26.4)", i, i * 0.5, kGulou});
  const QString written = writeLayer({"GPKG", file, {}, 4326, wkbLineString}, rows);
  QVERIFY2(written.isEmpty(), qPrintable(written));
  QFile f(file);
  QVERIFY(f.resize(f.size() / 2));
  // SQLite notices the lost pages while opening or while reading, depending on where they fall.
  try {
    const auto ds = rc::VectorDataset::open(file);
    (void)ds->load(0);
    QFAIL("a truncated GeoPackage loaded");
  } catch (const rc::DataError &e) {
    QVERIFY2(e.message().contains(u"truncated.gpkg"_s), qPrintable(e.message()));
    QVERIFY2(e.problem().contains(u"damaged or unreadable GeoPackage file"_s) ||
                 e.problem().contains(u"read error"_s),
             qPrintable(e.message()));
    QVERIFY2(e.problem().contains(u"malformed"_s), qPrintable(e.message()));
  }
}

void TestData::corruptFiles_data()
{
  QTest::addColumn<QString>("file");
  QTest::addColumn<QString>("problem");
  // Random bytes lack even the SQLite or shapefile magic, so no driver claims them.
  QTest::newRow("gpkg") << u"random.gpkg"_s << u"not a recognised vector format"_s;
  QTest::newRow("shp") << u"random.shp"_s << u"not a recognised vector format"_s;
}

void TestData::corruptFiles()
{
  QFETCH(QString, file);
  QFETCH(QString, problem);
  file = path(file);
  QByteArray bytes(64 * 1024, Qt::Uninitialized);
  QRandomGenerator rng(42);
  rng.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
  writeText(file, bytes);
  expectDataError(file, problem, [&] {
    const auto ds = rc::VectorDataset::open(file);
    (void)ds->load(0);
  });
}

void TestData::unknownFormat()
{
  const QString file = path(u"prose.txt"_s);
  writeText(file, "It was a bright cold day in April, and the clocks were striking thirteen.\n");
  expectDataError(file, u"not a recognised vector format"_s, [&] { (void)rc::VectorDataset::open(file); });
}

void TestData::csvWithoutCoordinates()
{
  const QString file = path(u"table.csv"_s);
  writeText(file, "name,population\nGulou,680000\n");
  expectDataError(file, u"could not find coordinate columns"_s, [&] { (void)rc::VectorDataset::open(file); });
}

void TestData::sourceWithoutLayers()
{
  const QString file = path(u"nolayers.kml"_s);
  {
    GDALAllRegister();
    GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName("LIBKML")->Create(
        file.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    QVERIFY(ds);
  }
  expectDataError(file, u"contains no vector layer"_s, [&] { (void)rc::VectorDataset::open(file); });
}

void TestData::layerWithoutCrs()
{
  const QString file = path(u"nocrs.gpkg"_s);
  const QString written = writeLayer({"GPKG", file, {}, 0}, kPoints);
  QVERIFY2(written.isEmpty(), qPrintable(written));
  const auto ds = rc::VectorDataset::open(file);
  QVERIFY(!ds->summary(0).crs.isValid());
  QCOMPARE(ds->load(0)->featureCount(), std::size_t(3));
}

void TestData::cancelled()
{
  const QString file = path(u"cancel.gpkg"_s);
  const QString written = writeLayer({"GPKG", file, {}}, kPoints);
  QVERIFY2(written.isEmpty(), qPrintable(written));
  const std::atomic_bool cancel = true;
  expectDataError(file, u"cancelled"_s, [&] { (void)rc::VectorDataset::open(file)->load(0, {}, &cancel); });
}

void TestData::storedFeatureCountIsNotTrusted_data()
{
  QTest::addColumn<qint64>("claimed");
  QTest::newRow("2^62") << qint64(4611686018427387904);
  QTest::newRow("largest") << std::numeric_limits<qint64>::max();
  QTest::newRow("fewer than there are") << qint64(1);
  QTest::newRow("negative") << qint64(-7);
}

void TestData::storedFeatureCountIsNotTrusted()
{
  // A GeoPackage states each layer's size in gpkg_ogr_contents, and anyone can write any number
  // there; reserving that many features once ended the program with std::length_error.
  QFETCH(qint64, claimed);
  const QString file = path(u"claims%1.gpkg"_s.arg(claimed));
  const QString written = writeLayer({"GPKG", file, {}}, kPoints);
  QVERIFY2(written.isEmpty(), qPrintable(written));
  {
    const rc::sqlite::Database db(file, rc::sqlite::Database::Mode::ReadWrite);
    db.exec(u"UPDATE gpkg_ogr_contents SET feature_count = %1"_s.arg(claimed));
    QCOMPARE(sqlite3_changes(db.handle()), 1);
  }

  const auto store = rc::VectorDataset::open(file)->load(0);
  QCOMPARE(store->featureCount(), std::size_t(kPoints.size()));
  for (const Row &row : kPoints)
    QVERIFY2(featureNamed(*store, row.name) >= 0, qPrintable(row.name));
}

void TestData::progressReachesCount()
{
  const QString file = path(u"progress.gpkg"_s);
  QList<Row> rows;
  for (int i = 0; i < 10000; ++i)
    rows.append({"POINT (119.25 26.5)", i, 0.5, kGulou});
  const QString written = writeLayer({"GPKG", file, {}}, rows);
  QVERIFY2(written.isEmpty(), qPrintable(written));
  QList<std::pair<qint64, qint64>> calls;
  const auto store = rc::VectorDataset::open(file)->load(0, [&](qint64 done, qint64 total) {
    calls.append({done, total});
  });
  QCOMPARE(store->featureCount(), std::size_t(10000));
  QVERIFY(calls.size() >= 3);
  QCOMPARE(calls.first().first, qint64(4096));
  QCOMPARE(calls.last(), (std::pair<qint64, qint64>(10000, 10000)));
}

void TestData::spatialFilterKeepsSourceOrder()
{
  // A lattice of points whose R-tree order differs from their FID order.
  const QString file = path(u"filter.gpkg"_s);
  QList<QByteArray> wkts;
  QList<Row> rows;
  for (int i = 0; i < 400; ++i) {
    wkts.append(QByteArray("POINT (") + QByteArray::number(119 + 0.01 * ((i * 37) % 20)) + ' ' +
                QByteArray::number(26 + 0.01 * ((i * 11) % 20)) + ')');
  }
  for (int i = 0; i < 400; ++i)
    rows.append({wkts[i].constData(), i, double(i), QString::number(i)});
  const QString written = writeLayer({"GPKG", file, {}}, rows);
  QVERIFY2(written.isEmpty(), qPrintable(written));

  const rc::BBox box(119.035, 26.035, 119.105, 26.125);
  const auto store = rc::VectorDataset::open(file)->load(0, {}, nullptr, box);
  QVERIFY(store->featureCount() > 10 && store->featureCount() < 400);
  std::size_t expected = 0;
  for (int i = 0; i < 400; ++i) {
    const double x = 119 + 0.01 * ((i * 37) % 20), y = 26 + 0.01 * ((i * 11) % 20);
    expected += box.contains(x, y);
  }
  QCOMPARE(store->featureCount(), expected);
  const int code = store->fieldIndex(u"code"_s), name = store->fieldIndex(u"name"_s);
  for (std::size_t f = 0; f < store->featureCount(); ++f) {
    if (f > 0)
      QVERIFY(store->fid(f - 1) < store->fid(f));
    // Attributes and geometry travel with their feature through the reordering.
    const qint64 i = store->attribute(f, code).toLongLong();
    QCOMPARE(store->text(f, name), QString::number(i));
    QCOMPARE(store->firstVertex(f)[0], 119 + 0.01 * ((i * 37) % 20));
    QVERIFY(box.contains(store->firstVertex(f)[0], store->firstVertex(f)[1]));
  }
}

QTEST_GUILESS_MAIN(TestData)
#include "test_data.moc"
