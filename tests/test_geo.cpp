#include "geo/CoordinateTransform.h"
#include "geo/Crs.h"

#include "PlainGeometry.h"

#include <QtTest/QtTest>

#include <proj.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using rc::BBox;
using rc::CoordinateTransform;
using rc::Crs;
using rc::CrsError;

namespace {

using rc::test::haversineMetres;

/// A published pair from tests/data/china_offset_reference.csv (see its header for the sources).
struct ReferencePair
{
  QString source, place, from, to;
  double fromLon = 0, fromLat = 0, toLon = 0, toLat = 0;
  double toleranceMetres = 0;
};

std::vector<ReferencePair> referencePairs()
{
  QFile file(QStringLiteral(RC_TEST_DATA_DIR) + u"/china_offset_reference.csv"_s);
  if (!file.open(QIODevice::ReadOnly))
    qFatal("cannot read %s", qPrintable(file.fileName()));
  std::vector<ReferencePair> pairs;
  const QList<QByteArray> lines = file.readAll().split('\n');
  for (const QByteArray &line : lines) {
    if (line.trimmed().isEmpty() || line.startsWith('#') || line.startsWith("source,"))
      continue;
    const QStringList f = QString::fromUtf8(line).split(u',');
    if (f.size() != 9)
      qFatal("bad line in %s: %s", qPrintable(file.fileName()), line.constData());
    pairs.push_back({f[0], f[1], f[2], f[3], f[4].toDouble(), f[5].toDouble(), f[6].toDouble(),
                     f[7].toDouble(), f[8].toDouble()});
  }
  return pairs;
}

Crs offsetCrs(const QString &name)
{
  if (name == u"GCJ02"_s)
    return Crs::gcj02();
  if (name == u"BD09"_s)
    return Crs::bd09();
  if (name != u"WGS84"_s)
    qFatal("unknown CRS %s in the reference pairs", qPrintable(name));
  return Crs::wgs84();
}

/// EPSG:4549 written out as a PROJ string, apart from the code under test's EPSG lookup: CGCS2000
/// (GRS 80) transverse Mercator, central meridian 120°E, scale 1, false easting 500 km.
constexpr char kZone40[] = "+proj=tmerc +lon_0=120 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80";

/// lon, lat projected by PROJ itself with kZone40: easting, northing.
std::pair<double, double> projectToZone40(double lon, double lat)
{
  const std::unique_ptr<PJ, decltype(&proj_destroy)> zone(proj_create(nullptr, kZone40), &proj_destroy);
  if (!zone)
    qFatal("PROJ cannot build %s", kZone40);
  const PJ_COORD xy = proj_trans(zone.get(), PJ_FWD, proj_coord(proj_torad(lon), proj_torad(lat), 0, 0));
  return {xy.xy.x, xy.xy.y};
}

/// Lon, lat pairs every 0.1° over the Fuzhou area, edges included.
std::vector<double> fuzhouGrid()
{
  std::vector<double> xy;
  for (int i = 0; i <= 25; ++i) {
    for (int j = 0; j <= 19; ++j)
      xy.insert(xy.end(), {118.3 + i * 0.1, 25.0 + j * 0.1});
  }
  return xy;
}

// The DOMAIN.md check point in CGCS2000.
constexpr double kFuzhouLon = 119.30;
constexpr double kFuzhouLat = 26.08;

// A WKT1 of EPSG:4549 without any authority code, as a .prj file may have it.
const char kWkt4549WithoutId[] = "PROJCS[\"CGCS2000 / 3-degree Gauss-Kruger CM 120E\","
                                 "GEOGCS[\"China Geodetic Coordinate System 2000\","
                                 "DATUM[\"China_2000\",SPHEROID[\"CGCS2000\",6378137,298.257222101]],"
                                 "PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]],"
                                 "PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",0],"
                                 "PARAMETER[\"central_meridian\",120],PARAMETER[\"scale_factor\",1],"
                                 "PARAMETER[\"false_easting\",500000],PARAMETER[\"false_northing\",0],"
                                 "UNIT[\"metre\",1],AXIS[\"Northing\",NORTH],AXIS[\"Easting\",EAST]]";

} // namespace

/// Crs parsing and CoordinateTransform, including the GCJ-02/BD-09 offsets, against DOMAIN.md.
class TestGeo : public QObject
{
  Q_OBJECT

private slots:
  void checkPoint_data();
  void checkPoint();
  void fromUserInput_data();
  void fromUserInput();
  void invalidDefinition_data();
  void invalidDefinition();
  void properties_data();
  void properties();
  void wktIdentification_data();
  void wktIdentification();
  void userInputRoundTrip_data();
  void userInputRoundTrip();
  void identity();
  void invalidTransform();
  void offsetMatchesPublishedPairs_data();
  void offsetMatchesPublishedPairs();
  void offsetRoundTrip_data();
  void offsetRoundTrip();
  void noOffsetOutsideChina_data();
  void noOffsetOutsideChina();
  void projectedToGcj02_data();
  void projectedToGcj02();
  void outOfDomain();
  void threadSafety();
};

void TestGeo::checkPoint_data()
{
  QTest::addColumn<int>("epsg");
  QTest::addColumn<double>("easting");
  QTest::addColumn<double>("northing");
  QTest::newRow("EPSG:4549") << 4549 << 429964.06 << 2885885.75;
  QTest::newRow("EPSG:4528 (zone prefix)") << 4528 << 40429964.06 << 2885885.75;
}

void TestGeo::checkPoint()
{
  QFETCH(int, epsg);
  QFETCH(double, easting);
  QFETCH(double, northing);
  const CoordinateTransform transform(Crs::cgcs2000(), Crs::fromEpsg(epsg));
  QVERIFY(!transform.isIdentity());
  double x = kFuzhouLon;
  double y = kFuzhouLat;
  transform.transform(x, y);
  QVERIFY2(std::abs(x - easting) < 0.01, qPrintable(QString::number(x, 'f', 4)));
  QVERIFY2(std::abs(y - northing) < 0.01, qPrintable(QString::number(y, 'f', 4)));

  transform.transform(x, y, CoordinateTransform::Direction::Inverse);
  QVERIFY(std::abs(x - kFuzhouLon) < 1e-8);
  QVERIFY(std::abs(y - kFuzhouLat) < 1e-8);
}

void TestGeo::fromUserInput_data()
{
  QTest::addColumn<QString>("definition");
  QTest::addColumn<QString>("authId");
  QTest::addColumn<bool>("geographic");
  QTest::addColumn<Crs::Kind>("kind");
  QTest::newRow("EPSG:4490") << u"EPSG:4490"_s << u"EPSG:4490"_s << true << Crs::Kind::Proj;
  QTest::newRow("epsg:4549") << u"epsg:4549"_s << u"EPSG:4549"_s << false << Crs::Kind::Proj;
  QTest::newRow("bare code") << u"4326"_s << u"EPSG:4326"_s << true << Crs::Kind::Proj;
  QTest::newRow("padded") << u"  EPSG:4528 "_s << u"EPSG:4528"_s << false << Crs::Kind::Proj;
  QTest::newRow("GCJ02") << u"GCJ02"_s << u"RC:GCJ02"_s << true << Crs::Kind::Gcj02;
  QTest::newRow("GCJ-02") << u"GCJ-02"_s << u"RC:GCJ02"_s << true << Crs::Kind::Gcj02;
  QTest::newRow("RC:GCJ02") << u"RC:GCJ02"_s << u"RC:GCJ02"_s << true << Crs::Kind::Gcj02;
  QTest::newRow("gcj02") << u"gcj02"_s << u"RC:GCJ02"_s << true << Crs::Kind::Gcj02;
  QTest::newRow("BD09") << u"BD09"_s << u"RC:BD09"_s << true << Crs::Kind::Bd09;
  QTest::newRow("BD-09") << u"BD-09"_s << u"RC:BD09"_s << true << Crs::Kind::Bd09;
  QTest::newRow("RC:BD09") << u"RC:BD09"_s << u"RC:BD09"_s << true << Crs::Kind::Bd09;
  QTest::newRow("WKT") << QString::fromLatin1(kWkt4549WithoutId) << u"EPSG:4549"_s << false
                       << Crs::Kind::Proj;
  QTest::newRow("PROJ geographic") << u"+proj=longlat +ellps=krass +no_defs"_s << QString() << true
                                   << Crs::Kind::Proj;
  QTest::newRow("PROJ projected") << u"+proj=tmerc +lon_0=120 +x_0=500000 +ellps=GRS80 +units=m"_s
                                  << QString() << false << Crs::Kind::Proj;
}

void TestGeo::fromUserInput()
{
  QFETCH(QString, definition);
  QFETCH(QString, authId);
  QFETCH(bool, geographic);
  QFETCH(Crs::Kind, kind);
  const Crs crs = Crs::fromUserInput(definition);
  QVERIFY(crs.isValid());
  QCOMPARE(crs.kind(), kind);
  QCOMPARE(crs.authId(), authId);
  QCOMPARE(crs.isGeographic(), geographic);
  QVERIFY(!crs.name().isEmpty());
  QVERIFY(!crs.projDefinition().isEmpty());
  // Parsed once, then cached: the same value comes back.
  QCOMPARE(Crs::fromUserInput(definition), crs);
}

void TestGeo::invalidDefinition_data()
{
  QTest::addColumn<QString>("definition");
  QTest::newRow("unknown code") << u"EPSG:999999"_s;
  QTest::newRow("nonsense") << u"nonsense"_s;
  QTest::newRow("ellipsoid, not a CRS") << u"EPSG:7019"_s;
  QTest::newRow("empty") << QString();
}

void TestGeo::invalidDefinition()
{
  QFETCH(QString, definition);
  try {
    (void)Crs::fromUserInput(definition);
    QFAIL("no CrsError thrown");
  } catch (const CrsError &error) {
    QCOMPARE(error.reason(), CrsError::Reason::InvalidDefinition);
    QVERIFY2(QString::fromUtf8(error.what()).contains(u'"' + definition + u'"'), error.what());
  }
}

void TestGeo::properties_data()
{
  QTest::addColumn<Crs>("crs");
  QTest::addColumn<QString>("authId");
  QTest::addColumn<QString>("name");
  QTest::addColumn<bool>("geographic");
  QTest::newRow("4490") << Crs::cgcs2000() << u"EPSG:4490"_s << u"China Geodetic Coordinate System 2000"_s
                        << true;
  QTest::newRow("4549") << Crs::fromEpsg(4549) << u"EPSG:4549"_s
                        << u"CGCS2000 / 3-degree Gauss-Kruger CM 120E"_s << false;
  QTest::newRow("4326") << Crs::wgs84() << u"EPSG:4326"_s << u"WGS 84"_s << true;
  QTest::newRow("GCJ-02") << Crs::gcj02() << u"RC:GCJ02"_s << u"GCJ-02"_s << true;
  QTest::newRow("BD-09") << Crs::bd09() << u"RC:BD09"_s << u"BD-09"_s << true;
}

void TestGeo::properties()
{
  QFETCH(Crs, crs);
  QFETCH(QString, authId);
  QFETCH(QString, name);
  QFETCH(bool, geographic);
  QCOMPARE(crs.authId(), authId);
  QCOMPARE(crs.name(), name);
  QCOMPARE(crs.isGeographic(), geographic);
  QCOMPARE(crs.toUserInput(), authId);
  QVERIFY(!Crs().isValid());
}

void TestGeo::wktIdentification_data()
{
  QTest::addColumn<QString>("wkt");
  QTest::newRow("WKT2 with ID") << Crs::fromEpsg(4549).toWkt();
  QTest::newRow("WKT1 without ID") << QString::fromLatin1(kWkt4549WithoutId);
}

void TestGeo::wktIdentification()
{
  QFETCH(QString, wkt);
  QVERIFY(wkt.startsWith("PROJ"_L1));
  const Crs crs = Crs::fromWkt(wkt);
  QCOMPARE(crs.authId(), u"EPSG:4549"_s);
  QCOMPARE(crs, Crs::fromEpsg(4549));
}

void TestGeo::userInputRoundTrip_data()
{
  QTest::addColumn<Crs>("crs");
  QTest::newRow("4549") << Crs::fromEpsg(4549);
  QTest::newRow("GCJ-02") << Crs::gcj02();
  QTest::newRow("BD-09") << Crs::bd09();
  QTest::newRow("PROJ string") << Crs::fromUserInput(u"+proj=tmerc +lon_0=117 +x_0=500000 +ellps=GRS80"_s);
}

void TestGeo::userInputRoundTrip()
{
  QFETCH(Crs, crs);
  QCOMPARE(Crs::fromUserInput(crs.toUserInput()), crs);
  const QString wkt = crs.toWkt();
  QVERIFY(!wkt.isEmpty());
  QCOMPARE(Crs::fromWkt(wkt).kind(), crs.kind());
  QCOMPARE(Crs::fromWkt(wkt).isGeographic(), crs.isGeographic());
}

void TestGeo::identity()
{
  const Crs crs = Crs::fromEpsg(4549);
  const CoordinateTransform transform(crs, Crs::fromUserInput(u"epsg:4549"_s));
  QVERIFY(transform.isIdentity());
  QVERIFY(CoordinateTransform().isIdentity());
  QVERIFY(CoordinateTransform(Crs::gcj02(), Crs::fromUserInput(u"GCJ-02"_s)).isIdentity());
  QVERIFY(!CoordinateTransform(Crs::gcj02(), Crs::wgs84()).isIdentity());

  const double nan = std::numeric_limits<double>::quiet_NaN();
  std::vector<double> xy{429964.06, 2885885.75, 1e300, -5.0, nan, 7.0};
  const std::vector<double> before = xy;
  transform.transformInPlace(xy.data(), xy.size() / 2);
  QVERIFY(std::memcmp(xy.data(), before.data(), xy.size() * sizeof(double)) == 0);
  const BBox box(1, 2, 3, 4);
  QCOMPARE(transform.transformBounds(box), box);
}

void TestGeo::invalidTransform()
{
  try {
    const CoordinateTransform transform(Crs(), Crs::wgs84());
    QFAIL("no CrsError thrown");
  } catch (const CrsError &error) {
    QCOMPARE(error.reason(), CrsError::Reason::NoTransform);
  }
}

void TestGeo::offsetMatchesPublishedPairs_data()
{
  QTest::addColumn<QString>("from");
  QTest::addColumn<QString>("to");
  QTest::addColumn<QPointF>("published");
  QTest::addColumn<QPointF>("expected");
  QTest::addColumn<double>("toleranceMetres");
  for (const ReferencePair &pair : referencePairs())
    QTest::addRow("%s %s, %s to %s", qUtf8Printable(pair.source), qUtf8Printable(pair.place),
                  qUtf8Printable(pair.from), qUtf8Printable(pair.to))
        << pair.from << pair.to << QPointF(pair.fromLon, pair.fromLat) << QPointF(pair.toLon, pair.toLat)
        << pair.toleranceMetres;
}

void TestGeo::offsetMatchesPublishedPairs()
{
  QFETCH(QString, from);
  QFETCH(QString, to);
  QFETCH(QPointF, published);
  QFETCH(QPointF, expected);
  QFETCH(double, toleranceMetres);
  const CoordinateTransform transform(offsetCrs(from), offsetCrs(to));
  double x = published.x();
  double y = published.y();
  transform.transform(x, y);
  const double off = haversineMetres(x, y, expected.x(), expected.y());
  QVERIFY2(off <= toleranceMetres, qPrintable(u"%1, %2 is %3 m from the published %4, %5"_s.arg(x, 0, 'f', 9)
                                                  .arg(y, 0, 'f', 9)
                                                  .arg(off, 0, 'f', 4)
                                                  .arg(expected.x(), 0, 'f', 9)
                                                  .arg(expected.y(), 0, 'f', 9)));
  // And back: the inverse lands on the published source point as closely.
  x = expected.x();
  y = expected.y();
  transform.transform(x, y, CoordinateTransform::Direction::Inverse);
  const double back = haversineMetres(x, y, published.x(), published.y());
  QVERIFY2(back <= toleranceMetres,
           qPrintable(u"inverse %1 m from the published point"_s.arg(back, 0, 'f', 4)));
}

void TestGeo::offsetRoundTrip_data()
{
  QTest::addColumn<Crs>("offsetCrs");
  QTest::newRow("GCJ-02") << Crs::gcj02();
  QTest::newRow("BD-09") << Crs::bd09();
}

void TestGeo::offsetRoundTrip()
{
  QFETCH(Crs, offsetCrs);
  const CoordinateTransform transform(Crs::wgs84(), offsetCrs);
  const std::vector<double> original = fuzhouGrid();
  std::vector<double> xy = original;
  transform.transformInPlace(xy.data(), xy.size() / 2);
  transform.transformInPlace(xy.data(), xy.size() / 2, CoordinateTransform::Direction::Inverse);
  double worst = 0;
  for (std::size_t i = 0; i < xy.size(); i += 2)
    worst = std::max(worst, haversineMetres(original[i], original[i + 1], xy[i], xy[i + 1]));
  QVERIFY2(worst < 0.01, qPrintable(u"worst round trip %1 m"_s.arg(worst)));
}

void TestGeo::noOffsetOutsideChina_data()
{
  QTest::addColumn<Crs>("offsetCrs");
  QTest::newRow("GCJ-02") << Crs::gcj02();
  QTest::newRow("BD-09") << Crs::bd09();
}

void TestGeo::noOffsetOutsideChina()
{
  QFETCH(Crs, offsetCrs);
  const CoordinateTransform transform(Crs::wgs84(), offsetCrs);
  QVERIFY(!rc::chinaoffset::inChina(10, 50));
  for (const auto direction :
       {CoordinateTransform::Direction::Forward, CoordinateTransform::Direction::Inverse}) {
    double x = 10;
    double y = 50;
    transform.transform(x, y, direction);
    QCOMPARE(x, 10.0);
    QCOMPARE(y, 50.0);
  }
}

void TestGeo::projectedToGcj02_data()
{
  // The published WGS-84 -> GCJ-02 pairs near zone 40's central meridian, projected by PROJ with
  // the test's own definition of the zone: the GCJ-02 side is the expectation.
  QTest::addColumn<double>("easting");
  QTest::addColumn<double>("northing");
  QTest::addColumn<QPointF>("expected");
  QTest::addColumn<double>("toleranceMetres");
  for (const ReferencePair &pair : referencePairs())
    if (pair.from == u"WGS84"_s && pair.to == u"GCJ02"_s && std::abs(pair.fromLon - 120) < 2) {
      const auto [easting, northing] = projectToZone40(pair.fromLon, pair.fromLat);
      QTest::addRow("%s %s", qUtf8Printable(pair.source), qUtf8Printable(pair.place))
          << easting << northing << QPointF(pair.toLon, pair.toLat) << pair.toleranceMetres;
    }
}

void TestGeo::projectedToGcj02()
{
  QFETCH(double, easting);
  QFETCH(double, northing);
  QFETCH(QPointF, expected);
  QFETCH(double, toleranceMetres);
  const Crs gauss = Crs::fromEpsg(4549);
  const CoordinateTransform transform(gauss, Crs::fromUserInput(u"RC:GCJ02"_s));
  double x = easting;
  double y = northing;
  transform.transform(x, y);
  // CGCS2000 and WGS 84 agree to centimetres; a centimetre more than the pair's own tolerance.
  const double off = haversineMetres(x, y, expected.x(), expected.y());
  QVERIFY2(off <= toleranceMetres + 0.01,
           qPrintable(u"%1 m from the published GCJ-02 point"_s.arg(off, 0, 'f', 4)));

  transform.transform(x, y, CoordinateTransform::Direction::Inverse);
  QVERIFY(std::abs(x - easting) < 0.01);
  QVERIFY(std::abs(y - northing) < 0.01);

  const BBox box(380000, 2760000, 560000, 2980000);
  const BBox bounds = transform.transformBounds(box);
  QVERIFY(bounds.isFinite());
  for (const auto &[cx, cy] : {std::pair(box.xMin, box.yMin), std::pair(box.xMax, box.yMin),
                               std::pair(box.xMax, box.yMax), std::pair(box.xMin, box.yMax)}) {
    double px = cx;
    double py = cy;
    transform.transform(px, py);
    QVERIFY(bounds.contains(px, py));
  }
  QVERIFY(bounds.contains(BBox(119.0, 25.0, 120.5, 26.8)));
}

void TestGeo::outOfDomain()
{
  const CoordinateTransform transform(Crs::cgcs2000(), Crs::fromEpsg(4549));
  std::vector<double> xy{119.3, 95.0, kFuzhouLon, kFuzhouLat};
  transform.transformInPlace(xy.data(), 2);
  QVERIFY(std::isnan(xy[0]) && std::isnan(xy[1]));
  QVERIFY(std::abs(xy[2] - 429964.06) < 0.01);

  double x = 119.3;
  double y = 95.0;
  QVERIFY_THROWS_EXCEPTION(CrsError, transform.transform(x, y));
  QVERIFY_THROWS_EXCEPTION(CrsError, (void)transform.transformBounds(BBox(119, 91, 120, 95)));
}

void TestGeo::threadSafety()
{
  const CoordinateTransform transform(Crs::fromEpsg(4549), Crs::bd09());
  constexpr std::size_t count = 100'000;
  std::vector<double> input;
  input.reserve(2 * count);
  for (std::size_t i = 0; i < count; ++i)
    input.insert(input.end(), {380000.0 + double(i % 400) * 450.0, 2760000.0 + double(i / 400) * 880.0});

  std::vector<double> expected = input;
  transform.transformInPlace(expected.data(), count);

  // Each worker gets its own copy, as a render or import job would; std::thread rather than
  // QtConcurrent keeps the test clean under ThreadSanitizer, which cannot see into Qt's pool.
  std::array<std::vector<double>, 2> results{input, input};
  std::vector<std::thread> workers;
  for (std::vector<double> &xy : results)
    workers.emplace_back([copy = transform, &xy] { copy.transformInPlace(xy.data(), xy.size() / 2); });
  for (std::thread &worker : workers)
    worker.join();
  for (const std::vector<double> &xy : results)
    QVERIFY(std::memcmp(xy.data(), expected.data(), xy.size() * sizeof(double)) == 0);
}

QTEST_GUILESS_MAIN(TestGeo)
#include "test_geo.moc"
