// The demo city's own styles, rendered: a small demo city is generated once, opened through its
// project file, and each domain view (house numbers, 5G sectors and coverage, ecology, hydrology
// with warning states, grids near and far, the event heatmap) is compared with a control PNG. The
// style rules the views depend on are also checked on the data itself (grid event counts, level
// states against WRZ/GRZ).

#include "demo/DemoCityGenerator.h"
#include "map/LayerStack.h"
#include "map/VectorLayer.h"
#include "project/Project.h"
#include "render/FeatureClassifier.h"
#include "render/RenderJob.h"

#include "RenderChecker.h"
#include "TestData.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;
using rc::test::RenderChecker;

namespace {

/// Metres per degree of latitude; longitude degrees are shorter by cos(26°).
constexpr double kMetresPerDegree = 111320;
constexpr double kCosLatitude = 0.8988;
const QSize kViewSize(800, 560);

/// A view `widthMetres` wide centred on a point: at 800 px that is a scale of about width / 0.21 m.
rc::BBox viewAround(double lon, double lat, double widthMetres)
{
  const double halfWidth = widthMetres / (kMetresPerDegree * kCosLatitude) / 2;
  const double halfHeight = halfWidth * kViewSize.height() / kViewSize.width() * kCosLatitude;
  return {lon - halfWidth, lat - halfHeight, lon + halfWidth, lat + halfHeight};
}

} // namespace

class TestDomainStyles : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase();
  void gridsCarryTheirEventCounts();
  void stationStatesFollowWarningLevels();
  void views_data();
  void views();
  void hydrologyWarningStates();

private:
  rc::VectorLayer *layer(const QString &projectName) const;
  QImage render(const QStringList &layerNames, const rc::BBox &extent,
                const QList<rc::MapLayer *> &extra = {});
  /// The centre of the 200 m square holding the most points of a layer.
  QPointF densest(const QString &projectName) const;

  QTemporaryDir m_dir;
  rc::Project m_project;
  rc::LayerStack m_stack;
  QList<rc::VectorLayer *> m_layers;
};

void TestDomainStyles::initTestCase()
{
  QVERIFY(m_dir.isValid());
  rc::DemoCityOptions options;
  options.outDir = m_dir.path();
  options.basemapDir = QStringLiteral(RC_SOURCE_DIR) + u"/resources/basemap"_s;
  options.addressCount = 60000;
  options.eventCount = 40000;
  options.cellSiteCount = 3000;
  try {
    rc::DemoCityGenerator::generate(options, {});
    m_project = rc::ProjectFile::read(rc::DemoCityGenerator::projectPath(m_dir.path()));
  } catch (const std::exception &e) {
    QFAIL(e.what());
  }
  for (const rc::ProjectLayer &entry : std::as_const(m_project.layers)) {
    auto layer =
        std::make_unique<rc::VectorLayer>(rc::VectorSource(entry.source, entry.layerName), entry.name);
    layer->setStyle(entry.style);
    m_layers << layer.get();
    m_stack.addLayer(std::move(layer));
  }
  rc::VectorLayer::loadNow(m_layers);
  for (rc::VectorLayer *layer : std::as_const(m_layers))
    QVERIFY2(layer->state() == rc::MapLayer::State::Ready, qPrintable(layer->errorMessage()));
}

rc::VectorLayer *TestDomainStyles::layer(const QString &projectName) const
{
  for (rc::VectorLayer *layer : m_layers)
    if (layer->name() == projectName)
      return layer;
  qFatal("no layer %s in the demo project", qPrintable(projectName));
}

QPointF TestDomainStyles::densest(const QString &projectName) const
{
  const rc::FeatureStore &store = *layer(projectName)->features();
  constexpr double kBin = 200 / kMetresPerDegree;
  std::map<std::pair<int, int>, int> counts;
  for (std::size_t f = 0; f < store.featureCount(); ++f) {
    const double *xy = store.firstVertex(f);
    ++counts[{int(std::floor(xy[0] / kBin)), int(std::floor(xy[1] / kBin))}];
  }
  const auto best = std::max_element(counts.begin(), counts.end(),
                                     [](const auto &a, const auto &b) { return a.second < b.second; });
  return {(best->first.first + 0.5) * kBin, (best->first.second + 0.5) * kBin};
}

QImage TestDomainStyles::render(const QStringList &layerNames, const rc::BBox &extent,
                                const QList<rc::MapLayer *> &extra)
{
  // The basemap under every view, so each reads as it does in the app.
  QList<rc::MapLayer *> layers{layer(u"陆地"_s), layer(u"闽江与水库"_s), layer(u"河流"_s)};
  for (const QString &name : layerNames)
    layers << layer(name);
  layers << extra;
  rc::MapSettings settings;
  settings.setDestinationCrs(m_project.crs);
  settings.setBackgroundColor(m_project.background);
  settings.setOutputSize(kViewSize);
  settings.setExtent(extent);
  rc::RenderJob job(settings, rc::snapshotsOf(layers));
  job.start();
  job.waitForFinished();
  for (const QString &error : job.errors())
    qWarning() << error;
  return job.renderedImage();
}

void TestDomainStyles::gridsCarryTheirEventCounts()
{
  const rc::FeatureStore &grids = *layer(u"网格"_s)->features();
  const int total = grids.fieldIndex(u"event_count"_s), open = grids.fieldIndex(u"open_events"_s);
  QVERIFY(total >= 0 && open >= 0);
  qint64 sum = 0, openSum = 0;
  for (std::size_t f = 0; f < grids.featureCount(); ++f) {
    QVERIFY(grids.real(f, open) <= grids.real(f, total));
    sum += qint64(grids.real(f, total));
    openSum += qint64(grids.real(f, open));
  }
  QCOMPARE(sum, 40000);
  QVERIFY(openSum > 0 && openSum < sum / 10);

  // The choropleth's rules take every grid from afar, exactly one class each; up close the outline.
  const rc::VectorStyle style = layer(u"网格"_s)->style();
  const rc::FeatureClassifier far(style, grids.fields(), 300000);
  const rc::FeatureClassifier close(style, grids.fields(), 10000);
  QVERIFY(far.problems().isEmpty());
  for (std::size_t f = 0; f < grids.featureCount(); f += 97) {
    QVERIFY(far.classOf(grids, std::uint32_t(f)) >= 1);
    QCOMPARE(close.classOf(grids, std::uint32_t(f)), 0);
  }
}

void TestDomainStyles::stationStatesFollowWarningLevels()
{
  const rc::FeatureStore &stations = *layer(u"水文站"_s)->features();
  const int sttp = stations.fieldIndex(u"sttp"_s), z = stations.fieldIndex(u"z"_s);
  const int wrz = stations.fieldIndex(u"wrz"_s), grz = stations.fieldIndex(u"grz"_s);
  const int state = stations.fieldIndex(u"level_state"_s);
  QVERIFY(sttp >= 0 && z >= 0 && wrz >= 0 && grz >= 0 && state >= 0);
  int judged = 0;
  for (std::size_t f = 0; f < stations.featureCount(); ++f) {
    const QString type = stations.text(f, sttp);
    if (type != u"ZQ"_s && type != u"ZZ"_s && type != u"RR"_s) {
      QVERIFY(stations.text(f, state).isEmpty());
      continue;
    }
    const double level = stations.real(f, z), warning = stations.real(f, wrz),
                 guaranteed = stations.real(f, grz);
    const QString expected = level > guaranteed ? u"guaranteed"_s
                             : level > warning  ? u"warning"_s
                                                : u"normal"_s;
    QCOMPARE(stations.text(f, state), expected);
    ++judged;
  }
  QVERIFY(judged >= 5);
}

void TestDomainStyles::views_data()
{
  QTest::addColumn<QStringList>("layers");
  QTest::addColumn<QString>("near"); ///< the view centres where this layer is densest
  QTest::addColumn<double>("width"); ///< metres across; 0: the whole city
  QTest::newRow("domain_house_numbers") << QStringList{u"道路"_s, u"标准地址"_s} << u"标准地址"_s << 500.0;
  QTest::newRow("domain_5g_sectors") << QStringList{u"道路"_s, u"5G扇区"_s, u"5G基站"_s} << u"5G基站"_s
                                     << 700.0;
  QTest::newRow("domain_5g_coverage") << QStringList{u"道路"_s, u"5G覆盖(按频段)"_s} << u"5G基站"_s << 700.0;
  QTest::newRow("domain_ecology") << QStringList{u"企业"_s, u"在线监测点"_s} << u"在线监测点"_s << 20000.0;
  QTest::newRow("domain_grids_close") << QStringList{u"网格"_s} << u"标准地址"_s << 2000.0;
  QTest::newRow("domain_grids_far") << QStringList{u"网格"_s, u"区县(示意)"_s} << QString() << 0.0;
  QTest::newRow("domain_events_heatmap") << QStringList{u"事件热力"_s, u"区县(示意)"_s} << QString() << 0.0;
  QTest::newRow("domain_hydrology") << QStringList{u"水文站"_s} << QString() << 0.0;
}

void TestDomainStyles::views()
{
  QFETCH(QStringList, layers);
  QFETCH(QString, near);
  QFETCH(double, width);
  rc::BBox extent = layer(u"区县(示意)"_s)->extent();
  if (width > 0) {
    const QPointF centre = densest(near);
    extent = viewAround(centre.x(), centre.y(), width);
  }
  const QImage image = render(layers, extent);
  RenderChecker checker(u"render"_s, QString::fromLatin1(QTest::currentDataTag()));
  // Labels' glyph edges may differ by a shade between FreeType builds; shapes may not.
  checker.setColorTolerance(24);
  checker.setAllowedMismatch(400);
  QVERIFY2(checker.compare(image), qPrintable(checker.report()));
}

void TestDomainStyles::hydrologyWarningStates()
{
  // The demo record ends after the typhoon, so its stations are back to normal; the states the
  // style must show are crafted here, with the project's own style.
  const QString path = rc::test::writeFile(m_dir.path(), u"states.geojson"_s, R"({
    "type": "FeatureCollection", "features": [
      {"type": "Feature", "geometry": {"type": "Point", "coordinates": [119.26, 26.06]},
       "properties": {"stnm": "正常站", "sttp": "ZQ", "level_state": "normal"}},
      {"type": "Feature", "geometry": {"type": "Point", "coordinates": [119.30, 26.06]},
       "properties": {"stnm": "超警戒站", "sttp": "ZZ", "level_state": "warning"}},
      {"type": "Feature", "geometry": {"type": "Point", "coordinates": [119.34, 26.06]},
       "properties": {"stnm": "超保证站", "sttp": "ZQ", "level_state": "guaranteed"}},
      {"type": "Feature", "geometry": {"type": "Point", "coordinates": [119.30, 26.09]},
       "properties": {"stnm": "水库超汛限", "sttp": "RR", "level_state": "warning"}},
      {"type": "Feature", "geometry": {"type": "Point", "coordinates": [119.30, 26.03]},
       "properties": {"stnm": "潮位站", "sttp": "TT"}}]})"_ba);
  rc::VectorLayer crafted(rc::VectorSource(path, {}), u"crafted"_s);
  crafted.setStyle(layer(u"水文站"_s)->style());
  rc::VectorLayer::loadNow({&crafted});
  QCOMPARE(crafted.state(), rc::MapLayer::State::Ready);
  const QImage image = render({}, viewAround(119.30, 26.06, 12000), {&crafted});
  RenderChecker checker(u"render"_s, u"domain_hydrology_states"_s);
  checker.setColorTolerance(24);
  checker.setAllowedMismatch(150);
  QVERIFY2(checker.compare(image), qPrintable(checker.report()));
  // The rings are drawn in the state's colour under the station: amber and red pixels are there.
  int amber = 0, red = 0;
  for (int y = 0; y < image.height(); ++y)
    for (int x = 0; x < image.width(); ++x) {
      const QColor c = image.pixelColor(x, y);
      amber += c.red() > 230 && c.green() > 120 && c.green() < 160 && c.blue() < 40;
      red += c.red() > 200 && c.green() < 30 && c.blue() < 30;
    }
  QVERIFY2(amber > 20 && red > 20, qPrintable(u"amber %1, red %2"_s.arg(amber).arg(red)));
}

QTEST_MAIN(TestDomainStyles)
#include "test_domainstyles.moc"
