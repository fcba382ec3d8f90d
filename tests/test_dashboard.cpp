// The operations dashboard and big-screen mode: the dashboard's counts against a brute-force count
// of a generated city's events, chart clicks selecting exactly those events, "selection only",
// the event loop kept free while it counts, and the big screen at 3840×2160 (layout, type size,
// and the window as it was after leaving). Screenshots go to tests/output/.

#include "LanguageManager.h"
#include "MainWindow.h"
#include "StallMeter.h"
#include "dashboard/BigScreenMode.h"
#include "dashboard/DarkMapTheme.h"
#include "dashboard/DashboardPanel.h"
#include "dashboard/DashboardStatistics.h"
#include "dashboard/DashboardTools.h"
#include "dashboard/KpiPanel.h"
#include "data/FeatureStore.h"
#include "data/IsoDateTime.h"
#include "demo/DemoCityGenerator.h"
#include "inspect/FeatureHitTest.h"
#include "map/LayerStack.h"
#include "map/MapCanvas.h"
#include "map/VectorLayer.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPieSeries>
#include <QPieSlice>
#include <QScreen>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolBar>

#include <cmath>
#include <map>
#include <numeric>
#include <set>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {

/// What the dashboard should show, counted the slow, obvious way with QDateTime.
struct BruteForce
{
  struct Group
  {
    qint64 total = 0, open = 0, overdue = 0, closed = 0, handled = 0;
    double seconds = 0;
  };
  qint64 total = 0, open = 0, closed = 0, overdue = 0;
  std::map<QString, Group> districts, classes;
  std::map<QDate, qint64> perDay;
  QDateTime end;
};

BruteForce bruteForce(const rc::FeatureStore &store, const std::vector<std::uint32_t> &only,
                      const QDateTime &asOf)
{
  BruteForce b;
  const rc::TimeLimits limits;
  const auto field = [&](const char *name) { return store.fieldIndex(QString::fromLatin1(name)); };
  const int cls = field("class"), district = field("district"), reported = field("reported_at"),
            closedAt = field("closed_at"), status = field("status");
  std::vector<std::uint32_t> features = only;
  if (features.empty())
    for (std::uint32_t f = 0; f < store.featureCount(); ++f)
      features.push_back(f);
  for (std::uint32_t f = 0; f < store.featureCount(); ++f)
    for (int column : {reported, closedAt})
      if (!store.isNull(f, column))
        b.end = std::max(b.end, QDateTime::fromString(store.text(f, column), Qt::ISODate));
  const QDateTime now = asOf.isValid() ? asOf : b.end;
  for (std::uint32_t f : features) {
    const QDateTime at = QDateTime::fromString(store.text(f, reported), Qt::ISODate);
    const QDateTime closed =
        store.isNull(f, closedAt) ? QDateTime() : QDateTime::fromString(store.text(f, closedAt), Qt::ISODate);
    const QString st = store.text(f, status);
    const bool isClosed = closed.isValid() || st == u"核查结案"_s || st == u"综合评价"_s;
    const QDateTime deadline = at.addSecs(qint64(limits.hours(store.text(f, cls)) * 3600));
    const bool overdue = !isClosed && now > deadline;
    ++b.total;
    (isClosed ? b.closed : b.open) += 1;
    b.overdue += overdue;
    for (BruteForce::Group *g : {&b.districts[store.text(f, district)], &b.classes[store.text(f, cls)]}) {
      ++g->total;
      (isClosed ? g->closed : g->open) += 1;
      g->overdue += overdue;
      if (closed.isValid() && closed >= at) {
        ++g->handled;
        g->seconds += double(at.secsTo(closed));
      }
    }
    ++b.perDay[at.toOffsetFromUtc(8 * 3600).date()];
  }
  return b;
}

void compare(const rc::EventStatistics &s, const BruteForce &b)
{
  QCOMPARE(s.total, b.total);
  QCOMPARE(s.open, b.open);
  QCOMPARE(s.closed, b.closed);
  QCOMPARE(s.overdue, b.overdue);
  for (const auto &[groups, expected] :
       {std::pair{&s.districts, &b.districts}, std::pair{&s.classes, &b.classes}}) {
    QCOMPARE(std::size_t(groups->size()), expected->size());
    for (const rc::EventGroup &g : *groups) {
      const BruteForce::Group &e = expected->at(g.name);
      QCOMPARE(g.total, e.total);
      QCOMPARE(g.open, e.open);
      QCOMPARE(g.closed, e.closed);
      QCOMPARE(g.overdue, e.overdue);
      QCOMPARE(g.handled, e.handled);
      QCOMPARE(qint64(g.features.size()), e.total);
      if (e.handled)
        QVERIFY(std::abs(g.meanHandlingHours() - e.seconds / double(e.handled) / 3600) < 1e-9);
    }
  }
  QCOMPARE(s.trend.size(), 30);
  for (int i = 0; i < 30; ++i) {
    const QDate day = s.trendEnd.addDays(i - 29);
    QCOMPARE(s.trend[i], b.perDay.count(day) ? b.perDay.at(day) : 0);
  }
}

/// Cell sites per operator, band and district, counted one by one: every site, or only `only`.
std::map<std::tuple<QString, QString, QString>, qint64>
bruteForceSites(const rc::FeatureStore &sites, const std::vector<std::uint32_t> &only)
{
  const int op = sites.fieldIndex(u"operator"_s), band = sites.fieldIndex(u"band"_s),
            district = sites.fieldIndex(u"district"_s);
  std::map<std::tuple<QString, QString, QString>, qint64> counts;
  const auto count = [&](std::uint32_t f) {
    ++counts[{sites.text(f, op), sites.text(f, band), sites.text(f, district)}];
  };
  if (only.empty())
    for (std::uint32_t f = 0; f < sites.featureCount(); ++f)
      count(f);
  for (std::uint32_t f : only)
    count(f);
  return counts;
}

void compareSites(const rc::CellSiteTable &table,
                  const std::map<std::tuple<QString, QString, QString>, qint64> &expected)
{
  qint64 nonZero = 0;
  for (int o = 0; o < table.operators.size(); ++o)
    for (int b = 0; b < table.bands.size(); ++b)
      for (int d = 0; d < table.districts.size(); ++d) {
        const qint64 n = table.bandCounts[std::size_t(o)][std::size_t(b)][std::size_t(d)];
        const auto it = expected.find({table.operators[o], table.bands[b], table.districts[d]});
        QCOMPARE(n, it == expected.end() ? 0 : it->second);
        nonZero += n > 0;
      }
  QCOMPARE(nonZero, qint64(expected.size()));
  for (int o = 0; o < table.operators.size(); ++o)
    for (int d = 0; d < table.districts.size(); ++d) {
      qint64 sum = 0;
      for (int b = 0; b < table.bands.size(); ++b)
        sum += table.bandCounts[std::size_t(o)][std::size_t(b)][std::size_t(d)];
      QCOMPARE(table.counts[std::size_t(o)][std::size_t(d)], sum);
    }
}

/// Mean luminance (0–255) of an image.
double meanLuminance(const QImage &image)
{
  double sum = 0;
  for (int y = 0; y < image.height(); y += 4)
    for (int x = 0; x < image.width(); x += 4)
      sum += qGray(image.pixel(x, y));
  return sum / (double((image.height() + 3) / 4) * double((image.width() + 3) / 4));
}

/// Canvas pixels over open sea: no feature of any visible layer within 16 pixels, away from the
/// corners where the scale bar and attribution sit. At most `count`, scanning a coarse grid.
QList<QPoint> seaPixels(const rc::MapCanvas &canvas, const rc::LayerStack &stack, int count)
{
  const double reach = 16 * canvas.mapSettings().mapUnitsPerPixel();
  QList<QPoint> pixels;
  for (int y = canvas.height() / 8; y < canvas.height() * 7 / 8 && pixels.size() < count; y += 37)
    for (int x = canvas.width() / 8; x < canvas.width() * 7 / 8 && pixels.size() < count; x += 41) {
      const QPointF map = canvas.toMap(QPointF(x, y));
      bool open = true;
      for (rc::VectorLayer *layer : rc::searchableLayers(stack)) {
        const rc::HitList near = rc::hitFeatures(
            *layer->features(),
            rc::HitShape::box({map.x() - reach, map.y() - reach, map.x() + reach, map.y() + reach}), 1);
        open = open && near.total == 0;
      }
      if (open)
        pixels << QPoint(x, y);
    }
  return pixels;
}

/// How many of the pixels have this colour (each channel within 2).
int pixelsOfColour(const QImage &image, const QList<QPoint> &pixels, const QColor &colour)
{
  int n = 0;
  for (const QPoint &p : pixels) {
    const QColor c = image.pixelColor(p);
    n += std::abs(c.red() - colour.red()) <= 2 && std::abs(c.green() - colour.green()) <= 2 &&
         std::abs(c.blue() - colour.blue()) <= 2;
  }
  return n;
}

/// Waits until the canvas has drawn what it shows: idle, and no new render for half a second (a
/// resize or a zoom may start more than one, and the canvas shows the old frame scaled meanwhile).
void settle(rc::MapCanvas &canvas)
{
  QSignalSpy started(&canvas, &rc::MapCanvas::renderStarted);
  for (int round = 0; round < 40; ++round) {
    started.clear();
    QTRY_VERIFY_WITH_TIMEOUT(!canvas.isRendering(), 30000);
    QTest::qWait(500);
    if (started.isEmpty() && !canvas.isRendering())
      return;
  }
  QFAIL("the canvas kept rendering");
}

/// Which docks and toolbars are shown, and where.
QStringList layoutOf(const QMainWindow &window)
{
  QStringList layout;
  for (QDockWidget *dock : window.findChildren<QDockWidget *>())
    layout
        << u"%1 %2 %3"_s.arg(dock->objectName()).arg(dock->isVisible()).arg(int(window.dockWidgetArea(dock)));
  for (QToolBar *toolbar : window.findChildren<QToolBar *>())
    layout << u"%1 %2 %3"_s.arg(toolbar->objectName())
                  .arg(toolbar->isVisible())
                  .arg(int(window.toolBarArea(toolbar)));
  return layout;
}

QString outputPath(const QString &name)
{
  QDir().mkpath(QStringLiteral(RC_TEST_OUTPUT_DIR));
  return QStringLiteral(RC_TEST_OUTPUT_DIR) + u'/' + name;
}

} // namespace

class TestDashboard : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase();
  void parsesIsoTimes_data();
  void parsesIsoTimes();
  void countsMatchBruteForce();
  void selectionOnlyCountsSelection();
  void clickingBarsSelectsThoseEvents();
  void cellSitesByOperatorAndBand();
  void eventLoopStaysFree();
  void dashboardScreenshot();
  void bigScreenAt4k();
  void cleanupTestCase();

private:
  void loadCity(rc::LayerStack &stack) const;
  [[nodiscard]] static rc::VectorLayer *layer(const rc::LayerStack &stack, const QString &table);

  QTemporaryDir m_dir;
  QString m_gpkg;
  rc::LayerStack m_stack;
  std::unique_ptr<rc::MapCanvas> m_canvas;
};

void TestDashboard::initTestCase()
{
  QVERIFY(m_dir.isValid());
  QCoreApplication::setOrganizationName(u"RongchengTest"_s);
  rc::DemoCityOptions options;
  options.outDir = m_dir.filePath(u"city"_s);
  options.basemapDir = QStringLiteral(RC_SOURCE_DIR) + u"/resources/basemap"_s;
  options.addressCount = 1000;
  options.eventCount = 6000;
  options.cellSiteCount = 800;
  try {
    rc::DemoCityGenerator::generate(options, {});
  } catch (const rc::DemoDataError &e) {
    QFAIL(e.what());
  }
  m_gpkg = rc::DemoCityGenerator::geoPackagePath(options.outDir);
  loadCity(m_stack);
  m_canvas = std::make_unique<rc::MapCanvas>(&m_stack);
  m_canvas->resize(800, 600);
}

void TestDashboard::cleanupTestCase()
{
  m_canvas.reset();
}

void TestDashboard::loadCity(rc::LayerStack &stack) const
{
  QList<rc::VectorLayer *> layers;
  for (const QString &table : {u"districts"_s, u"grids"_s, u"cell_sites"_s, u"events"_s}) {
    auto *layer = new rc::VectorLayer(rc::VectorSource(m_gpkg, table), table);
    stack.addLayer(std::unique_ptr<rc::MapLayer>(layer));
    layers << layer;
  }
  rc::VectorLayer::loadNow(layers);
  for (const rc::VectorLayer *layer : std::as_const(layers))
    QVERIFY2(layer->state() == rc::MapLayer::State::Ready, qPrintable(layer->errorMessage()));
}

rc::VectorLayer *TestDashboard::layer(const rc::LayerStack &stack, const QString &table)
{
  for (rc::MapLayer *layer : stack.layers())
    if (auto *vector = qobject_cast<rc::VectorLayer *>(layer); vector && vector->source().layerName == table)
      return vector;
  return nullptr;
}

void TestDashboard::parsesIsoTimes_data()
{
  QTest::addColumn<QString>("text");
  QTest::addColumn<qint64>("expected");
  QTest::newRow("Z") << u"2026-11-30T15:22:17Z"_s
                     << QDateTime(QDate(2026, 11, 30), QTime(15, 22, 17), Qt::UTC).toSecsSinceEpoch();
  QTest::newRow("fraction") << u"2026-11-30T15:22:17.250Z"_s
                            << QDateTime(QDate(2026, 11, 30), QTime(15, 22, 17), Qt::UTC).toSecsSinceEpoch();
  QTest::newRow("offset") << u"2026-12-01T07:22:17+08:00"_s
                          << QDateTime(QDate(2026, 11, 30), QTime(23, 22, 17), Qt::UTC).toSecsSinceEpoch();
  QTest::newRow("date") << u"2024-02-29"_s
                        << QDateTime(QDate(2024, 2, 29), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
  QTest::newRow("garbage") << u"30/11/2026"_s << qint64(-1);
  QTest::newRow("bad month") << u"2026-13-01T00:00:00Z"_s << qint64(-1);
}

void TestDashboard::parsesIsoTimes()
{
  QFETCH(QString, text);
  QFETCH(qint64, expected);
  const auto parsed = rc::parseIsoDateTimeMs(text);
  QCOMPARE(parsed ? *parsed / 1000 : -1, expected);
}

void TestDashboard::countsMatchBruteForce()
{
  const auto events = layer(m_stack, u"events"_s)->features();
  rc::DashboardInput input;
  input.events = events;
  input.cellSites = layer(m_stack, u"cell_sites"_s)->features();
  const auto stats = rc::DashboardAggregator::aggregate(input);
  QVERIFY(stats);
  const BruteForce b = bruteForce(*events, {}, {});
  QCOMPARE(stats->asOf, b.end);
  QVERIFY(stats->overdue > 0);
  QVERIFY(stats->closed > stats->open);
  compare(*stats, b);

  // A reference time inside the record: more cases run late against it than are still open.
  input.asOf = b.end.addDays(-100);
  const auto earlier = rc::DashboardAggregator::aggregate(input);
  QVERIFY(earlier);
  compare(*earlier, bruteForce(*events, {}, input.asOf));

  qint64 sites = 0;
  for (const auto &row : stats->cellSites.counts)
    for (qint64 n : row)
      sites += n;
  QCOMPARE(sites, qint64(input.cellSites->featureCount()));
  QCOMPARE(stats->cellSites.operators.size(), 4);
  compareSites(stats->cellSites, bruteForceSites(*input.cellSites, {}));
  // The bands the generator gives, lowest frequency first.
  QCOMPARE(stats->cellSites.bands,
           QStringList({u"700 MHz"_s, u"2.1 GHz"_s, u"2.6 GHz"_s, u"3.5 GHz"_s, u"4.9 GHz"_s}));
  QCOMPARE(rc::DashboardAggregator::bandMegahertz(u"3.5 GHz"_s), 3500.0);
  QCOMPARE(rc::DashboardAggregator::bandMegahertz(u"700 MHz"_s), 700.0);
  QVERIFY(std::isnan(rc::DashboardAggregator::bandMegahertz(u"n78"_s)));

  std::atomic_bool cancel{true};
  QVERIFY(!rc::DashboardAggregator::aggregate(input, &cancel));
}

void TestDashboard::selectionOnlyCountsSelection()
{
  rc::VectorLayer *events = layer(m_stack, u"events"_s);
  rc::DashboardPanel panel(&m_stack, m_canvas.get());
  QTRY_COMPARE_WITH_TIMEOUT(panel.statistics().total, qint64(events->features()->featureCount()), 20000);
  std::vector<std::uint32_t> some;
  for (std::uint32_t f = 3; f < events->features()->featureCount(); f += 7)
    some.push_back(f);
  events->setSelection(some);
  panel.setSelectionOnly(true);
  QTRY_COMPARE_WITH_TIMEOUT(panel.statistics().total, qint64(some.size()), 20000);
  QVERIFY(panel.statistics().selectionOnly);
  compare(panel.statistics(), bruteForce(*events->features(), some, {}));
  events->clearSelection();
  QTRY_COMPARE_WITH_TIMEOUT(panel.statistics().total, qint64(0), 20000);
}

void TestDashboard::clickingBarsSelectsThoseEvents()
{
  rc::VectorLayer *events = layer(m_stack, u"events"_s);
  events->clearSelection();
  rc::DashboardPanel panel(&m_stack, m_canvas.get());
  QTRY_COMPARE_WITH_TIMEOUT(panel.statistics().total, qint64(events->features()->featureCount()), 20000);
  const rc::EventStatistics &s = panel.statistics();
  const rc::FeatureStore &store = *events->features();
  const int cls = store.fieldIndex(u"class"_s), district = store.fieldIndex(u"district"_s);
  const auto expected = [&](int field, const QString &value, bool open) {
    std::vector<std::uint32_t> result;
    for (std::uint32_t f = 0; f < store.featureCount(); ++f)
      if (store.text(f, field) == value && store.isNull(f, store.fieldIndex(u"closed_at"_s)) == open)
        result.push_back(f);
    return result;
  };

  // The open part of the biggest class.
  auto *classSeries = qobject_cast<QAbstractBarSeries *>(panel.chart(u"classChart"_s)->series().value(0));
  QVERIFY(classSeries);
  emit classSeries->barSets()[1]->clicked(0);
  QCOMPARE(events->selection(), expected(cls, s.classes[0].name, true));
  QVERIFY(!events->selection().empty());

  // The closed part of the least busy district, the last category.
  const rc::BBox before = m_canvas->extent();
  auto *districtSeries =
      qobject_cast<QAbstractBarSeries *>(panel.chart(u"districtChart"_s)->series().value(0));
  QVERIFY(districtSeries);
  emit districtSeries->barSets()[0]->clicked(int(s.districts.size()) - 1);
  QCOMPARE(events->selection(), expected(district, s.districts.last().name, false));
  QVERIFY(m_canvas->extent() != before);
  for (std::uint32_t f : events->selection())
    QVERIFY(m_canvas->visibleExtent().contains(store.featureBounds(f)));

  // The overdue slice: exactly the open events past their class's limit.
  auto *pie = qobject_cast<QPieSeries *>(panel.chart(u"statusChart"_s)->series().value(0));
  QVERIFY(pie);
  emit pie->slices()[1]->clicked();
  QCOMPARE(qint64(events->selection().size()), s.overdue);
  for (std::uint32_t f : events->selection())
    QVERIFY(s.featureFlags[f] & rc::EventStatistics::Overdue);

  events->clearSelection();
}

void TestDashboard::cellSitesByOperatorAndBand()
{
  rc::VectorLayer *sites = layer(m_stack, u"cell_sites"_s);
  sites->clearSelection();
  rc::DashboardPanel panel(&m_stack, m_canvas.get());
  QTRY_VERIFY_WITH_TIMEOUT(!panel.statistics().cellSites.districts.isEmpty(), 20000);
  const rc::CellSiteTable &table = panel.statistics().cellSites;
  const rc::FeatureStore &store = *sites->features();
  const int op = store.fieldIndex(u"operator"_s), band = store.fieldIndex(u"band"_s),
            district = store.fieldIndex(u"district"_s);

  // One bar part per operator and band that has sites, each clicking to exactly its sites.
  auto *series = qobject_cast<QAbstractBarSeries *>(panel.chart(u"cellSiteChart"_s)->series().value(0));
  QVERIFY(series);
  const auto expected = bruteForceSites(store, {});
  std::set<std::pair<QString, QString>> pairs;
  for (const auto &[key, n] : expected)
    pairs.insert({std::get<0>(key), std::get<1>(key)});
  QCOMPARE(std::size_t(series->count()), pairs.size());
  int checked = 0;
  for (QBarSet *set : series->barSets()) {
    const QString label = set->label();
    const qsizetype space = label.indexOf(u' ');
    const QString setOperator = label.left(space), setBand = label.mid(space + 1);
    QVERIFY2(pairs.count({setOperator, setBand}), qPrintable(label));
    for (int d = 0; d < table.districts.size(); d += 4) {
      emit set->clicked(d);
      std::vector<std::uint32_t> want;
      for (std::uint32_t f = 0; f < store.featureCount(); ++f)
        if (store.text(f, op) == setOperator && store.text(f, band) == setBand &&
            store.text(f, district) == table.districts[d])
          want.push_back(f);
      QCOMPARE(sites->selection(), want);
      const auto it = expected.find({setOperator, setBand, table.districts[d]});
      QCOMPARE(qint64(want.size()), it == expected.end() ? 0 : it->second);
      QCOMPARE(set->at(d), double(want.size()));
      ++checked;
    }
  }
  QVERIFY(checked > 20);

  // The map selection filters the chart: in "selection only", the selected sites alone are counted.
  std::vector<std::uint32_t> some;
  for (std::uint32_t f = 1; f < store.featureCount(); f += 5)
    some.push_back(f);
  sites->setSelection(some);
  panel.setSelectionOnly(true);
  QTRY_VERIFY_WITH_TIMEOUT(panel.statistics().selectionOnly, 20000);
  QTRY_COMPARE_WITH_TIMEOUT(std::accumulate(panel.statistics().cellSites.counts.begin(),
                                            panel.statistics().cellSites.counts.end(), qint64(0),
                                            [](qint64 sum, const std::vector<qint64> &row) {
                                              return sum + std::accumulate(row.begin(), row.end(), qint64(0));
                                            }),
                            qint64(some.size()), 20000);
  compareSites(panel.statistics().cellSites, bruteForceSites(store, some));
  // A bar of the filtered chart narrows the selection to its own sites.
  auto *filtered = qobject_cast<QAbstractBarSeries *>(panel.chart(u"cellSiteChart"_s)->series().value(0));
  QVERIFY(filtered && !filtered->barSets().isEmpty());
  QBarSet *first = filtered->barSets().first();
  const qsizetype space = first->label().indexOf(u' ');
  emit first->clicked(0);
  std::vector<std::uint32_t> narrowed;
  for (std::uint32_t f : some)
    if (store.text(f, op) == first->label().left(space) &&
        store.text(f, band) == first->label().mid(space + 1) &&
        store.text(f, district) == panel.statistics().cellSites.districts[0])
      narrowed.push_back(f);
  QCOMPARE(sites->selection(), narrowed);
  QCOMPARE(first->at(0), double(narrowed.size()));
  sites->clearSelection();
}

void TestDashboard::eventLoopStaysFree()
{
  // Many refreshes of the whole record in a row: the loop keeps turning while the worker counts
  // and the charts are rebuilt from the result (painting them is the views' business, not timed).
  rc::VectorLayer *events = layer(m_stack, u"events"_s);
  rc::DashboardPanel panel(&m_stack, m_canvas.get());
  QTRY_COMPARE_WITH_TIMEOUT(panel.statistics().total, qint64(events->features()->featureCount()), 20000);
  rc::test::StallMeter meter;
  for (int i = 0; i < 5; ++i) {
    QSignalSpy done(&panel, &rc::DashboardPanel::statisticsChanged);
    panel.refresh();
    QVERIFY(done.wait(20000));
  }
  const rc::test::Stalls stalls = meter.stalls();
  qInfo("longest event-loop gap while counting %lld events 5 times: %.0f ms held by the program, %.0f ms "
        "on the wall clock",
        qint64(events->features()->featureCount()), stalls.heldMs, stalls.wallMs);
  QVERIFY2(stalls.heldMs < 100, qPrintable(u"%1 ms"_s.arg(stalls.heldMs)));
}

void TestDashboard::dashboardScreenshot()
{
  rc::DashboardPanel panel(&m_stack, m_canvas.get());
  panel.resize(1100, 1500);
  panel.show();
  QTRY_VERIFY_WITH_TIMEOUT(panel.statistics().total > 0, 20000);
  QTest::qWait(300); // chart animations off by default; let layouts settle
  const QImage image = panel.grab().toImage();
  QVERIFY(image.save(outputPath(u"dashboard.png"_s)));
  QCOMPARE(panel.kpis()->valueLabel(u"open"_s)->text(), QLocale().toString(panel.statistics().open));
}

void TestDashboard::bigScreenAt4k()
{
  rc::LanguageManager languages;
  rc::MainWindow window(&languages);
  window.resize(1280, 800);
  window.show();
  QVERIFY(QTest::qWaitForWindowExposed(&window));
  // The demo city's own project: its basemap styles, with their dark variants.
  window.openProject(rc::DemoCityGenerator::projectPath(m_dir.filePath(u"city"_s)));
  const auto allReady = [&window] {
    for (rc::MapLayer *layer : window.layers()->layers())
      if (layer->state() == rc::MapLayer::State::Loading)
        return false;
    return window.layers()->count() > 10;
  };
  QTRY_VERIFY_WITH_TIMEOUT(allReady(), 60000);
  window.canvas()->zoomToFullExtent();
  rc::DashboardTools *tools = window.dashboardTools();
  rc::BigScreenMode *big = tools->bigScreen();
  QTRY_VERIFY_WITH_TIMEOUT(tools->panel()->statistics().total > 0, 20000);
  settle(*window.canvas());

  // The light map: the sea in the project's colour, mostly light.
  rc::VectorLayer *land = layer(*window.layers(), u"land"_s);
  rc::VectorLayer *sites = layer(*window.layers(), u"cell_sites"_s);
  QVERIFY(land && land->darkStyle() && sites && !sites->darkStyle());
  const rc::VectorStyle landStyle = land->style(), siteStyle = sites->style();
  const QColor lightSea = window.canvas()->backgroundColor();
  QCOMPARE(big->mapTheme()->darkBackground().isValid(), true);
  QList<QPoint> sea = seaPixels(*window.canvas(), *window.layers(), 12);
  QVERIFY2(sea.size() >= 4, "no open sea in view");
  QImage canvasImage = window.canvas()->grab().toImage();
  QVERIFY(pixelsOfColour(canvasImage, sea, lightSea) >= sea.size() * 4 / 5);
  const double lightLuminance = meanLuminance(canvasImage);
  QVERIFY2(lightLuminance > 150, qPrintable(QString::number(lightLuminance)));

  const QStringList layoutBefore = layoutOf(window);
  const QSize sizeBefore = window.size();
  const QScreen *screenBefore = window.screen();
  const double fontBefore = window.font().pointSizeF();
  const bool menuBefore = window.menuBar()->isVisible();
  QList<QDockWidget *> visibleBefore;
  for (QDockWidget *dock : window.findChildren<QDockWidget *>())
    if (dock->isVisible())
      visibleBefore << dock;
  const rc::BBox extentBefore = window.canvas()->extent();

  QScreen *wall = nullptr;
  for (QScreen *screen : QGuiApplication::screens())
    if (screen->name() == u"wall"_s)
      wall = screen;
  QVERIFY2(wall, "the offscreen platform did not take the two-monitor configuration");
  const QList<QAction *> monitors = big->screenMenu()->actions();
  QCOMPARE(monitors.size(), 2);
  monitors[1]->trigger();
  QCOMPARE(big->chosenScreen(), wall);
  big->toggleAction()->trigger();
  QVERIFY(big->isActive());
  QTRY_COMPARE(window.size(), QSize(3840, 2160));
  QCOMPARE(window.screen(), wall);
  QTest::qWait(200);
  qInfo() << "big screen: canvas" << window.canvas()->size() << "dashboard dock" << tools->dock()->size()
          << "font" << window.font().pointSizeF() << "pt";
  QVERIFY2(window.canvas()->width() > 2500, qPrintable(QString::number(window.canvas()->width())));
  QVERIFY(window.font().pointSizeF() > 2 * fontBefore);
  QVERIFY(!window.menuBar()->isVisible());
  QVERIFY(tools->dock()->isVisible());
  for (const QString &key : {u"open"_s, u"overdue"_s, u"alarms"_s, u"readings"_s}) {
    QLabel *value = big->kpis()->valueLabel(key);
    QVERIFY2(value && value->isVisible(), qPrintable(key));
    QVERIFY(value->font().pointSizeF() > 4 * fontBefore);
  }
  QCOMPARE(big->kpis()->valueLabel(u"open"_s)->text(), QLocale().toString(tools->panel()->statistics().open));

  // The dark map: the basemap in its dark styles on a night sea, the data layers as they were.
  QVERIFY(big->mapTheme()->isActive());
  QCOMPARE(land->style(), *land->darkStyle());
  QCOMPARE(sites->style(), siteStyle);
  QCOMPARE(window.canvas()->backgroundColor(), big->mapTheme()->darkBackground());
  // Type and symbols on the map twice their desktop size on 2160 lines.
  QCOMPARE(window.canvas()->symbolScale(), 2.0);
  QCOMPARE(window.canvas()->mapSettings().dpi(), 2.0 * window.canvas()->logicalDpiX());
  settle(*window.canvas());
  sea = seaPixels(*window.canvas(), *window.layers(), 12);
  QVERIFY2(sea.size() >= 4, "no open sea in view");
  canvasImage = window.canvas()->grab().toImage();
  QVERIFY(window.grab().toImage().save(outputPath(u"bigscreen_city_3840x2160.png"_s)));
  QVERIFY(pixelsOfColour(canvasImage, sea, big->mapTheme()->darkBackground()) >= sea.size() * 4 / 5);
  const double darkLuminance = meanLuminance(canvasImage);
  qInfo("mean luminance of the map: %.0f light, %.0f dark", lightLuminance, darkLuminance);
  QVERIFY2(darkLuminance < 60, qPrintable(QString::number(darkLuminance)));

  QVERIFY(big->tourViews().size() > 10); // the city and each district
  big->nextView();
  QCOMPARE(big->kpis()->valueLabel(u"view"_s)->text(), big->tourViews()[1].name);
  big->nextView();
  settle(*window.canvas());
  const QImage image = window.grab().toImage();
  QCOMPARE(image.size(), QSize(3840, 2160));
  QVERIFY(image.save(outputPath(u"bigscreen_3840x2160.png"_s)));

  QTest::keyClick(&window, Qt::Key_Escape);
  QVERIFY(!big->isActive());
  QVERIFY(!big->mapTheme()->isActive());
  QCOMPARE(land->style(), landStyle);
  QCOMPARE(sites->style(), siteStyle);
  QCOMPARE(window.canvas()->backgroundColor(), lightSea);
  QCOMPARE(window.canvas()->symbolScale(), 1.0);
  QVERIFY(!big->toggleAction()->isChecked());
  QCOMPARE(window.font().pointSizeF(), fontBefore);
  QCOMPARE(window.menuBar()->isVisible(), menuBefore);
  QVERIFY(window.styleSheet().isEmpty());
  QList<QDockWidget *> visibleAfter;
  for (QDockWidget *dock : window.findChildren<QDockWidget *>())
    if (dock->isVisible())
      visibleAfter << dock;
  QCOMPARE(visibleAfter, visibleBefore);
  QCOMPARE(window.canvas()->extent(), extentBefore);
  QTRY_COMPARE(window.size(), sizeBefore);
  QCOMPARE(window.screen(), screenBefore);
  // The layout as before, dock by dock and toolbar by toolbar (the saved state's bytes also hold
  // splitter sizes that may come back a pixel off).
  QCOMPARE(layoutOf(window), layoutBefore);
  // And the light map again, pixel for pixel where the sea is open.
  settle(*window.canvas());
  sea = seaPixels(*window.canvas(), *window.layers(), 12);
  canvasImage = window.canvas()->grab().toImage();
  QVERIFY(sea.size() >= 4 && pixelsOfColour(canvasImage, sea, lightSea) >= sea.size() * 4 / 5);
  QVERIFY(meanLuminance(canvasImage) > 150);
}

/// The offscreen platform with two monitors, a desktop one and a 3840×2160 wall, so the big screen
/// is entered full screen on a real 4K screen of its choosing.
int main(int argc, char **argv)
{
  const QString config = QDir::temp().filePath(u"rc_test_dashboard_screens.json"_s);
  QFile file(config);
  if (!file.open(QIODevice::WriteOnly) || file.write(R"({"screens": [
        {"name": "desk", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
        {"name": "wall", "x": 1920, "y": 0, "width": 3840, "height": 2160, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
      ]})") < 0)
    return 2;
  file.close();
  qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
  QApplication app(argc, argv);
  TestDashboard test;
  QTEST_SET_MAIN_SOURCE_PATH
  return QTest::qExec(&test, argc, argv);
}
#include "test_dashboard.moc"
