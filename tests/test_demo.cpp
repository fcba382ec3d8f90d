// The demo city generator: one city is generated at a small test scale (the exact-count layers keep
// their counts), read back through GDAL and held to the plausibility rules of the issue; a second
// run with the same seed must give the same features and a third with another seed different ones.

#include "data/VectorDataset.h"
#include "demo/DemoCityGenerator.h"
#include "project/Project.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <gdal_priv.h>
#include <ogr_api.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <atomic>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kTestAddresses = 20000;
constexpr qint64 kTestEvents = 20000;
constexpr qint64 kTestCellSites = 1500;
/// Metres per degree along a meridian: an upper bound for converting small degree distances here.
constexpr double kMetresPerDegree = 111320;

rc::DemoCityOptions testOptions(const QString &outDir, quint64 seed)
{
  rc::DemoCityOptions options;
  options.outDir = outDir;
  options.seed = seed;
  options.basemapDir = QStringLiteral(RC_SOURCE_DIR) + u"/resources/basemap"_s;
  options.addressCount = kTestAddresses;
  options.eventCount = kTestEvents;
  options.cellSiteCount = kTestCellSites;
  return options;
}

/// One feature read back: its attributes by name and its geometry.
struct Row
{
  QHash<QString, QString> values;
  std::unique_ptr<OGRGeometry> geometry;
  [[nodiscard]] QString operator[](const QString &field) const { return values.value(field); }
  [[nodiscard]] double x() const { return geometry->toPoint()->getX(); }
  [[nodiscard]] double y() const { return geometry->toPoint()->getY(); }
};

std::vector<Row> readTable(GDALDataset &dataset, const char *table)
{
  std::vector<Row> rows;
  OGRLayer *layer = dataset.GetLayerByName(table);
  if (!layer)
    return rows;
  for (const auto &feature : *layer) {
    Row row;
    for (int i = 0; i < feature->GetFieldCount(); ++i)
      if (feature->IsFieldSetAndNotNull(i))
        row.values.insert(QString::fromUtf8(feature->GetFieldDefnRef(i)->GetNameRef()),
                          QString::fromUtf8(feature->GetFieldAsString(i)));
    if (feature->GetGeometryRef())
      row.geometry.reset(feature->GetGeometryRef()->clone());
    rows.push_back(std::move(row));
  }
  return rows;
}

/// Polygons prepared for point-in-polygon tests, optionally keyed by a code.
class Polygons
{
public:
  void add(const OGRGeometry &geometry, const QString &key = {}, double grow = 0)
  {
    Entry e;
    e.geometry.reset(grow > 0 ? geometry.Buffer(grow) : geometry.clone());
    e.geometry->getEnvelope(&e.envelope);
    e.prepared.reset(OGRCreatePreparedGeometry(OGRGeometry::ToHandle(e.geometry.get())));
    if (!key.isEmpty())
      m_byKey.insert(key, m_entries.size());
    m_entries.push_back(std::move(e));
  }
  [[nodiscard]] bool anyContains(double x, double y) const
  {
    for (const Entry &e : m_entries)
      if (e.contains(x, y))
        return true;
    return false;
  }
  [[nodiscard]] bool keyContains(const QString &key, double x, double y) const
  {
    const auto it = m_byKey.constFind(key);
    return it != m_byKey.constEnd() && m_entries[*it].contains(x, y);
  }
  [[nodiscard]] bool keyContains(const QString &key, const OGRGeometry &geometry) const
  {
    const auto it = m_byKey.constFind(key);
    return it != m_byKey.constEnd() &&
           OGRPreparedGeometryContains(m_entries[*it].prepared.get(),
                                       OGRGeometry::ToHandle(const_cast<OGRGeometry *>(&geometry)));
  }

private:
  struct Entry
  {
    std::unique_ptr<OGRGeometry> geometry;
    OGREnvelope envelope;
    OGRPreparedGeometryUniquePtr prepared;
    [[nodiscard]] bool contains(double x, double y) const
    {
      if (x < envelope.MinX || x > envelope.MaxX || y < envelope.MinY || y > envelope.MaxY)
        return false;
      OGRPoint point(x, y);
      return OGRPreparedGeometryContains(prepared.get(), OGRGeometry::ToHandle(&point));
    }
  };
  std::vector<Entry> m_entries;
  QHash<QString, std::size_t> m_byKey;
};

/// Square degrees of the polygonal parts of a geometry (an overlay of neighbours is a line: 0).
double area(const OGRGeometry &geometry)
{
  switch (wkbFlatten(geometry.getGeometryType())) {
  case wkbPolygon:
  case wkbMultiPolygon:
    return OGR_G_Area(OGRGeometry::ToHandle(const_cast<OGRGeometry *>(&geometry)));
  case wkbGeometryCollection: {
    double sum = 0;
    for (const OGRGeometry *part : *geometry.toGeometryCollection())
      sum += area(*part);
    return sum;
  }
  default:
    return 0;
  }
}

/// Metres from a point to the nearest of `geometries` (an upper bound, see kMetresPerDegree).
double metresTo(const std::vector<Row> &geometries, double x, double y)
{
  OGRPoint point(x, y);
  double nearest = std::numeric_limits<double>::max();
  for (const Row &r : geometries)
    nearest = std::min(nearest, r.geometry->Distance(&point));
  return nearest * kMetresPerDegree;
}

/// A UTC instant as OGR prints it ("2026/07/31 16:00:00+00").
QDateTime utc(const QString &text)
{
  QDateTime t = QDateTime::fromString(text, u"yyyy/MM/dd HH:mm:ss+00"_s);
  t.setTimeSpec(Qt::UTC);
  return t;
}

/// GB 32100-2015 check character, written independently of the generator's.
bool validCreditCode(const QString &code)
{
  static const QString alphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY"_s;
  static constexpr int weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  if (code.size() != 18)
    return false;
  int sum = 0;
  for (int i = 0; i < 17; ++i) {
    const qsizetype value = alphabet.indexOf(code.at(i));
    if (value < 0)
      return false;
    sum += int(value) * weights[i];
  }
  return code.at(17) == alphabet.at((31 - sum % 31) % 31);
}

/// SHA-256 of every table's attribute values and WKB, feature by feature in FID order: the
/// content, not the file (GeoPackage metadata may carry timestamps).
QMap<QString, QByteArray> digests(const QString &path)
{
  QMap<QString, QByteArray> result;
  GDALDatasetUniquePtr dataset(
      GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
  if (!dataset)
    return result;
  for (int l = 0; l < dataset->GetLayerCount(); ++l) {
    OGRLayer *layer = dataset->GetLayer(l);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const auto &feature : *layer) {
      for (int i = 0; i < feature->GetFieldCount(); ++i) {
        hash.addData(feature->IsFieldSetAndNotNull(i) ? QByteArray(feature->GetFieldAsString(i))
                                                      : QByteArray("\x01NULL"));
        hash.addData(QByteArray("\x1f"));
      }
      if (const OGRGeometry *g = feature->GetGeometryRef()) {
        QByteArray wkb(g->WkbSize(), Qt::Uninitialized);
        g->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()), wkbVariantIso);
        hash.addData(wkb);
      }
      hash.addData(QByteArray("\x1e"));
    }
    result.insert(QString::fromUtf8(layer->GetName()), hash.result());
  }
  return result;
}

} // namespace

class TestDemo : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase();
  void exactCounts();
  void crsAndProject();
  void divisionsNest();
  void gridsTileCommunities();
  void addressesInCommunitiesAndGrids();
  void eventsInGridsWithRhythm();
  void pointsOnLand();
  void waterStationsAndSea();
  void enterprisesAndMonitoring();
  void hydrologyTyphoon();
  void determinism();
  void cancellation();
  void missingBasemap();

private:
  QTemporaryDir m_dir;
  QString m_gpkg;
  GDALDatasetUniquePtr m_dataset;
  std::vector<Row> m_land;
};

void TestDemo::initTestCase()
{
  QVERIFY(m_dir.isValid());
  QStringList stages;
  double last = -1;
  bool monotonic = true;
  try {
    rc::DemoCityGenerator::generate(testOptions(m_dir.filePath(u"a"_s), rc::DemoCityOptions::kDefaultSeed),
                                    [&](double fraction, const QString &stage) {
                                      monotonic = monotonic && fraction >= last;
                                      last = fraction;
                                      if (stages.isEmpty() || stages.last() != stage)
                                        stages << stage;
                                    });
  } catch (const rc::DemoDataError &e) {
    QFAIL(e.what());
  }
  QVERIFY(monotonic);
  QCOMPARE(last, 1.0);
  QVERIFY2(stages.size() >= 8, qPrintable(stages.join(u", "_s)));
  m_gpkg = rc::DemoCityGenerator::geoPackagePath(m_dir.filePath(u"a"_s));
  QVERIFY(QFileInfo::exists(m_gpkg));
  QVERIFY(!QFileInfo::exists(m_dir.filePath(u"a/fuzhou.partial.gpkg"_s)));
  m_dataset.reset(GDALDataset::Open(m_gpkg.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
  QVERIFY(m_dataset);
  m_land = readTable(*m_dataset, "land");
  QCOMPARE(m_land.size(), std::size_t(850));
}

void TestDemo::exactCounts()
{
  const auto count = [&](const char *table) -> qint64 {
    OGRLayer *layer = m_dataset->GetLayerByName(table);
    return layer ? layer->GetFeatureCount() : -1;
  };
  QCOMPARE(count("districts"), 13);
  QCOMPARE(count("enterprises"), 7663);
  QCOMPARE(count("monitoring_points"), 773);
  QCOMPARE(count("broadcast_points"), 200);
  QCOMPARE(count("addresses"), kTestAddresses);
  QCOMPARE(count("events"), kTestEvents);
  QCOMPARE(count("cell_sites"), kTestCellSites);
  QCOMPARE(count("cell_sectors"), 3 * kTestCellSites);
  for (const char *table :
       {"land", "coastline", "rivers", "water", "towns", "communities", "grids", "roads", "hydro_stations",
        "st_rvfcch_b", "st_rsvrfsr_b", "st_river_r", "st_rsvr_r", "st_pptn_r", "st_tide_r"})
    QVERIFY2(count(table) > 0, table);

  const std::vector<Row> stations = readTable(*m_dataset, "hydro_stations");
  QMap<QString, int> kinds;
  for (const Row &s : stations)
    ++kinds[s[u"kind"_s]];
  QCOMPARE(kinds.value(u"潮位站"_s), 3);
  QCOMPARE(kinds.value(u"海洋浮标"_s), 7);
  QCOMPARE(kinds.value(u"生态浮标"_s), 2);
  QCOMPARE(kinds.value(u"水库站"_s), 1);

  int keys = 0;
  for (const Row &e : readTable(*m_dataset, "enterprises"))
    keys += e[u"key_discharger"_s].toInt();
  QCOMPARE(keys, 545);

  QMap<QString, int> broadcast;
  for (const Row &b : readTable(*m_dataset, "broadcast_points"))
    ++broadcast[b[u"kind"_s]];
  QCOMPARE(broadcast.keys(), (QStringList{u"沙滩"_s, u"渔排"_s, u"渔港"_s}));
}

void TestDemo::crsAndProject()
{
  const auto dataset = rc::VectorDataset::open(m_gpkg);
  for (int i = 0; i < dataset->layerCount(); ++i) {
    const rc::LayerSummary summary = dataset->summary(i);
    if (summary.geometryType != u"None"_s && summary.crs.isValid())
      QCOMPARE(summary.crs.authId(), u"EPSG:4490"_s);
  }

  const rc::Project project =
      rc::ProjectFile::read(rc::DemoCityGenerator::projectPath(m_dir.filePath(u"a"_s)));
  QCOMPARE(project.crs.authId(), u"EPSG:4490"_s);
  QCOMPARE(project.startExtent, rc::BBox(119.24, 26.03, 119.36, 26.11));
  QStringList order;
  for (const rc::ProjectLayer &layer : project.layers) {
    order << layer.layerName;
    QVERIFY2(!layer.name.isEmpty() && layer.name != layer.layerName, qPrintable(layer.layerName));
    QCOMPARE(QFileInfo(layer.source).canonicalFilePath(), QFileInfo(m_gpkg).canonicalFilePath());
    if (layer.layerName == u"events"_s)
      QVERIFY2(!layer.visible, "200,000 events are hidden until asked for");
  }
  const QStringList expected{u"land"_s,           u"water"_s,
                             u"rivers"_s,         u"coastline"_s,
                             u"districts"_s,      u"towns"_s,
                             u"communities"_s,    u"grids"_s,
                             u"roads"_s,          u"addresses"_s,
                             u"events"_s,         u"cell_sites"_s,
                             u"enterprises"_s,    u"monitoring_points"_s,
                             u"hydro_stations"_s, u"broadcast_points"_s};
  qsizetype previous = -1;
  for (const QString &name : expected) {
    const qsizetype at = order.indexOf(name);
    QVERIFY2(at > previous, qPrintable(name));
    previous = at;
  }
}

void TestDemo::divisionsNest()
{
  Polygons districts, towns;
  QSet<QString> districtCodes;
  for (const Row &d : readTable(*m_dataset, "districts")) {
    QCOMPARE(d[u"schematic"_s], u"示意"_s);
    QVERIFY(d[u"label"_s].contains(u"示意"_s));
    districts.add(*d.geometry, d[u"code"_s], 1e-6);
    districtCodes << d[u"code"_s];
  }
  QCOMPARE(districtCodes.size(), 13);
  QVERIFY(districtCodes.contains(u"350102"_s) && districtCodes.contains(u"350103"_s));

  const std::vector<Row> townRows = readTable(*m_dataset, "towns");
  for (const Row &t : townRows) {
    QCOMPARE(t[u"code"_s].size(), 9);
    QVERIFY(t[u"code"_s].startsWith(t[u"district_code"_s]));
    QVERIFY2(districts.keyContains(t[u"district_code"_s], *t.geometry), qPrintable(t[u"name"_s]));
    towns.add(*t.geometry, t[u"code"_s], 1e-6);
  }
  QSet<QString> codes;
  for (const Row &c : readTable(*m_dataset, "communities")) {
    QCOMPARE(c[u"code"_s].size(), 12);
    QVERIFY(c[u"code"_s].startsWith(c[u"town_code"_s]));
    QVERIFY2(towns.keyContains(c[u"town_code"_s], *c.geometry), qPrintable(c[u"code"_s]));
    codes << c[u"code"_s];
  }
  QVERIFY(codes.size() > 1000);
}

void TestDemo::gridsTileCommunities()
{
  std::map<QString, double> communityArea;
  for (const Row &c : readTable(*m_dataset, "communities"))
    communityArea[c[u"code"_s]] = area(*c.geometry);

  std::map<QString, std::vector<Row>> byCommunity;
  for (Row &g : readTable(*m_dataset, "grids")) {
    const QString code = g[u"grid_code"_s];
    QCOMPARE(code.size(), 15);
    QVERIFY(code.front().isDigit() && code.back().isDigit());
    QCOMPARE(code.left(12), g[u"community_code"_s]);
    byCommunity[g[u"community_code"_s]].push_back(std::move(g));
  }
  QCOMPARE(byCommunity.size(), communityArea.size());
  for (auto &[community, grids] : byCommunity) {
    double sum = 0;
    QStringList sequence;
    for (const Row &g : grids) {
      sum += area(*g.geometry);
      QVERIFY(!g[u"staff_name"_s].isEmpty());
      QCOMPARE(g[u"staff_phone"_s].size(), 11);
      sequence << g[u"grid_code"_s].right(3);
    }
    const double whole = communityArea.at(community);
    QVERIFY2(std::abs(sum - whole) <= 0.001 * whole, qPrintable(community));
    for (qsizetype i = 0; i < sequence.size(); ++i)
      QCOMPARE(sequence[i], QString::number(i + 1).rightJustified(3, u'0'));
    for (std::size_t i = 0; i < grids.size(); ++i) {
      OGREnvelope a;
      grids[i].geometry->getEnvelope(&a);
      for (std::size_t j = i + 1; j < grids.size(); ++j) {
        OGREnvelope b;
        grids[j].geometry->getEnvelope(&b);
        if (!a.Intersects(b))
          continue;
        const std::unique_ptr<OGRGeometry> overlap(grids[i].geometry->Intersection(grids[j].geometry.get()));
        QVERIFY2(!overlap || area(*overlap) <= 1e-6 * whole, qPrintable(grids[i][u"grid_code"_s]));
      }
    }
  }
}

void TestDemo::addressesInCommunitiesAndGrids()
{
  Polygons communities, grids;
  for (const Row &c : readTable(*m_dataset, "communities"))
    communities.add(*c.geometry, c[u"code"_s]);
  for (const Row &g : readTable(*m_dataset, "grids"))
    grids.add(*g.geometry, g[u"grid_code"_s], 1e-7);

  QSet<QString> codes, full;
  int villageHouses = 0, rooms = 0;
  for (const Row &a : readTable(*m_dataset, "addresses")) {
    const QString code = a[u"addr_code"_s];
    QCOMPARE(code.size(), 20);
    const QString community = code.left(12);
    QVERIFY2(communities.keyContains(community, a.x(), a.y()), qPrintable(code));
    QCOMPARE(a[u"grid_code"_s].left(12), community);
    QVERIFY2(grids.keyContains(a[u"grid_code"_s], a.x(), a.y()), qPrintable(code));
    QVERIFY(!a[u"road"_s].isEmpty() && !a[u"house_no"_s].isEmpty());
    const QString address = a[u"full_address"_s];
    QVERIFY(address.startsWith(u"福建省福州市"_s + a[u"district"_s] + a[u"town"_s] + a[u"community"_s] +
                               a[u"road"_s]));
    codes << code;
    full << address;
    if (a[u"room"_s].isEmpty())
      ++villageHouses;
    else
      ++rooms;
  }
  QCOMPARE(codes.size(), kTestAddresses);
  QCOMPARE(full.size(), kTestAddresses);
  QVERIFY(villageHouses > 0 && rooms > villageHouses); // dense in the city, sparse in the counties
}

void TestDemo::eventsInGridsWithRhythm()
{
  Polygons grids;
  for (const Row &g : readTable(*m_dataset, "grids"))
    grids.add(*g.geometry, g[u"grid_code"_s], 1e-7);
  const QSet<QString> classes{u"市容环境"_s, u"宣传广告"_s, u"施工管理"_s,
                              u"突发事件"_s, u"街面秩序"_s, u"扩展事件"_s};
  const QSet<QString> workflow{u"信息采集"_s, u"案卷建立"_s, u"任务派遣"_s, u"任务处理"_s,
                               u"处理反馈"_s, u"核查结案"_s, u"综合评价"_s};
  const QDateTime first(QDate(2025, 12, 1), QTime(0, 0), Qt::OffsetFromUTC, 8 * 3600);
  const QDateTime end(QDate(2026, 12, 1), QTime(0, 0), Qt::OffsetFromUTC, 8 * 3600);
  std::array<int, 24> byHour{};
  int staffWeekday = 0, staffWeekend = 0;
  QSet<QString> ids;
  QDateTime previous;
  for (const Row &e : readTable(*m_dataset, "events")) {
    QVERIFY(grids.keyContains(e[u"grid_code"_s], e.x(), e.y()));
    QVERIFY(classes.contains(e[u"class"_s]));
    QVERIFY(!e[u"subclass"_s].isEmpty());
    QVERIFY(workflow.contains(e[u"status"_s]));
    const QDateTime reported = utc(e[u"reported_at"_s]);
    QVERIFY2(reported.isValid() && reported >= first && reported < end, qPrintable(e[u"reported_at"_s]));
    QVERIFY(!previous.isValid() || reported >= previous);
    previous = reported;
    const bool closed = e[u"status"_s] == u"核查结案"_s || e[u"status"_s] == u"综合评价"_s;
    QCOMPARE(!e[u"closed_at"_s].isEmpty(), closed);
    const QDateTime local = reported.toOffsetFromUtc(8 * 3600);
    ++byHour[std::size_t(local.time().hour())];
    if (e[u"source"_s] == u"网格员"_s)
      ++(local.date().dayOfWeek() >= 6 ? staffWeekend : staffWeekday);
    ids << e[u"event_id"_s];
  }
  QCOMPARE(ids.size(), kTestEvents);
  QVERIFY2(byHour[10] > 3 * byHour[3], "more reports mid-morning than at night");
  QVERIFY2(staffWeekday / 5.0 > 1.5 * staffWeekend / 2.0, "grid staff report less at weekends");
}

void TestDemo::pointsOnLand()
{
  Polygons land;
  for (const Row &l : m_land)
    land.add(*l.geometry);
  for (const char *table : {"addresses", "cell_sites", "enterprises", "monitoring_points", "events"})
    for (const Row &p : readTable(*m_dataset, table))
      QVERIFY2(land.anyContains(p.x(), p.y()), table);
  for (const Row &b : readTable(*m_dataset, "broadcast_points"))
    QVERIFY2(land.anyContains(b.x(), b.y()) == (b[u"kind"_s] != u"渔排"_s), qPrintable(b[u"name"_s]));
  for (const Row &s : readTable(*m_dataset, "hydro_stations"))
    if (s[u"sttp"_s] == u"PP"_s || s[u"sttp"_s] == u"TT"_s)
      QVERIFY2(land.anyContains(s.x(), s.y()), qPrintable(s[u"stnm"_s]));
}

void TestDemo::waterStationsAndSea()
{
  std::vector<Row> water = readTable(*m_dataset, "water");
  for (Row &r : readTable(*m_dataset, "rivers"))
    water.push_back(std::move(r));
  const std::vector<Row> coast = readTable(*m_dataset, "coastline");
  Polygons land;
  for (const Row &l : m_land)
    land.add(*l.geometry);
  for (const Row &s : readTable(*m_dataset, "hydro_stations")) {
    const QString type = s[u"sttp"_s];
    QCOMPARE(s[u"stcd"_s].size(), 8);
    QVERIFY(s[u"addvcd"_s].startsWith(u"3501"_s));
    if (type == u"ZQ"_s || type == u"ZZ"_s || type == u"RR"_s)
      QVERIFY2(metresTo(water, s.x(), s.y()) <= 200, qPrintable(s[u"stnm"_s]));
    if (type == u"TT"_s)
      QVERIFY2(metresTo(coast, s.x(), s.y()) <= 200, qPrintable(s[u"stnm"_s]));
    if (type == u"FB"_s) {
      QVERIFY2(!land.anyContains(s.x(), s.y()), qPrintable(s[u"stnm"_s]));
      QVERIFY2(metresTo(coast, s.x(), s.y()) >= 500, qPrintable(s[u"stnm"_s]));
    }
  }
  for (const Row &b : readTable(*m_dataset, "broadcast_points"))
    if (b[u"kind"_s] == u"渔排"_s)
      QVERIFY2(metresTo(coast, b.x(), b.y()) <= 3000, qPrintable(b[u"name"_s]));
}

void TestDemo::enterprisesAndMonitoring()
{
  QSet<QString> credit, keyCredit;
  for (const Row &e : readTable(*m_dataset, "enterprises")) {
    const QString code = e[u"uscc"_s];
    QVERIFY2(validCreditCode(code), qPrintable(code));
    QVERIFY(code.mid(2, 6) == e[u"district_code"_s]);
    credit << code;
    if (e[u"key_discharger"_s] == u"1"_s)
      keyCredit << code;
  }
  QCOMPARE(credit.size(), 7663);
  const QSet<QString> stations{u"21"_s, u"22"_s, u"23"_s, u"31"_s, u"32"_s, u"51"_s};
  QSet<QString> mns, watched, passwords;
  for (const Row &m : readTable(*m_dataset, "monitoring_points")) {
    QCOMPARE(m[u"mn"_s].size(), 24);
    QVERIFY(stations.contains(m[u"st"_s]));
    QVERIFY(keyCredit.contains(m[u"uscc"_s]));
    QVERIFY(!m[u"pollutants"_s].isEmpty());
    mns << m[u"mn"_s];
    watched << m[u"uscc"_s];
  }
  QCOMPARE(mns.size(), 773);
  QCOMPARE(watched, keyCredit);
  // Each point has its own HJ 212 password, six digits, in a table apart from the map layer.
  QSet<QString> credited;
  for (const Row &c : readTable(*m_dataset, "hj212_credentials")) {
    const QString pw = c[u"pw"_s];
    QVERIFY2(pw.size() == 6 && std::all_of(pw.cbegin(), pw.cend(), [](QChar ch) { return ch.isDigit(); }),
             qPrintable(pw));
    passwords << pw;
    credited << c[u"mn"_s];
  }
  QCOMPARE(credited, mns);
  QVERIFY2(passwords.size() > 760, qPrintable(QString::number(passwords.size())));
}

void TestDemo::hydrologyTyphoon()
{
  std::map<QString, std::pair<double, double>> levels; // stcd → WRZ, GRZ
  for (const Row &w : readTable(*m_dataset, "st_rvfcch_b"))
    levels[w[u"stcd"_s]] = {w[u"wrz"_s].toDouble(), w[u"grz"_s].toDouble()};
  std::map<QString, double> highest;
  std::map<QString, int> hours;
  QString earliest, latest;
  for (const Row &r : readTable(*m_dataset, "st_river_r")) {
    const QString stcd = r[u"stcd"_s];
    highest[stcd] = std::max(highest.count(stcd) ? highest[stcd] : -1e9, r[u"z"_s].toDouble());
    ++hours[stcd];
    const QString tm = r[u"tm"_s];
    if (earliest.isEmpty() || tm < earliest)
      earliest = tm;
    latest = std::max(latest, tm);
  }
  // A fixed anchor, not the day the test runs: 2026-08-01 00:00 Beijing time, 720 hours.
  QCOMPARE(earliest, u"2026/07/31 16:00:00+00"_s);
  QCOMPARE(latest, u"2026/08/30 15:00:00+00"_s);
  int overWarning = 0, overGuaranteed = 0;
  for (const auto &[stcd, limits] : levels) {
    QCOMPARE(hours[stcd], 720);
    overWarning += highest[stcd] > limits.first;
    overGuaranteed += highest[stcd] > limits.second;
  }
  QVERIFY2(overWarning >= 2, "several river stations pass their warning level");
  QCOMPARE(overGuaranteed, 1);

  double floodLimit = 0;
  for (const Row &f : readTable(*m_dataset, "st_rsvrfsr_b"))
    if (f[u"bgmd"_s] <= u"0820"_s && f[u"edmd"_s] >= u"0820"_s)
      floodLimit = f[u"fsltdz"_s].toDouble();
  double reservoirPeak = 0;
  for (const Row &r : readTable(*m_dataset, "st_rsvr_r"))
    reservoirPeak = std::max(reservoirPeak, r[u"rz"_s].toDouble());
  QVERIFY(floodLimit > 0 && reservoirPeak > floodLimit);
  QCOMPARE(readTable(*m_dataset, "st_tide_r").size(), std::size_t(3 * 720));
}

void TestDemo::determinism()
{
  const QString again = m_dir.filePath(u"b"_s), other = m_dir.filePath(u"c"_s);
  rc::DemoCityGenerator::generate(testOptions(again, rc::DemoCityOptions::kDefaultSeed), {});
  rc::DemoCityGenerator::generate(testOptions(other, 7), {});
  const QMap<QString, QByteArray> a = digests(m_gpkg);
  const QMap<QString, QByteArray> b = digests(rc::DemoCityGenerator::geoPackagePath(again));
  const QMap<QString, QByteArray> c = digests(rc::DemoCityGenerator::geoPackagePath(other));
  QVERIFY(a.size() >= 20);
  QCOMPARE(b.keys(), a.keys());
  for (auto it = a.cbegin(); it != a.cend(); ++it)
    QVERIFY2(b.value(it.key()) == it.value(), qPrintable(it.key()));
  // Another seed moves everything generated; only the real basemap stays.
  for (const QString &table : {u"towns"_s, u"communities"_s, u"grids"_s, u"addresses"_s, u"events"_s,
                               u"cell_sites"_s, u"enterprises"_s, u"st_pptn_r"_s, u"broadcast_points"_s})
    QVERIFY2(c.value(table) != a.value(table), qPrintable(table));
  QCOMPARE(c.value(u"land"_s), a.value(u"land"_s));
}

void TestDemo::cancellation()
{
  const QString out = m_dir.filePath(u"cancelled"_s);
  std::atomic_bool cancel = false;
  try {
    rc::DemoCityGenerator::generate(
        testOptions(out, 1),
        [&](double fraction, const QString &) {
          if (fraction > 0.12)
            cancel = true;
        },
        &cancel);
    QFAIL("generation was not cancelled");
  } catch (const rc::DemoDataError &e) {
    QCOMPARE(e.reason(), rc::DemoDataError::Reason::Cancelled);
  }
  QVERIFY(QDir(out).entryList(QDir::Files).isEmpty());
}

void TestDemo::missingBasemap()
{
  rc::DemoCityOptions options = testOptions(m_dir.filePath(u"missing"_s), 1);
  options.basemapDir = m_dir.filePath(u"no-such-folder"_s);
  try {
    rc::DemoCityGenerator::generate(options, {});
    QFAIL("generation without a basemap succeeded");
  } catch (const rc::DemoDataError &e) {
    QCOMPARE(e.reason(), rc::DemoDataError::Reason::MissingInput);
    QVERIFY(e.message().contains(u"no-such-folder"_s));
  }
}

QTEST_GUILESS_MAIN(TestDemo)
#include "test_demo.moc"
