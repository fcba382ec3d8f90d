// The event map's grids: the choropleth follows the time slider's window and class (per-grid counts
// against a brute-force count, a grid's colour changing with the window, the year back when the
// slider is off), and the grid cases panel lists exactly a clicked grid's open cases, desk and
// event record alike, with its staff masked.

#include "LanguageManager.h"
#include "MainWindow.h"
#include "data/FeatureStore.h"
#include "demo/DemoCityGenerator.h"
#include "demo/DemoProject.h"
#include "layout/MapLayout.h"
#include "map/LayerStack.h"
#include "map/LegendPanel.h"
#include "map/MapCanvas.h"
#include "map/VectorLayer.h"
#include "ops/AuditTrail.h"
#include "ops/CaseDesk.h"
#include "ops/CaseDeskModel.h"
#include "ops/CaseIntakeForm.h"
#include "ops/EventTimeline.h"
#include "ops/EventTimelineModel.h"
#include "ops/EventTools.h"
#include "ops/GridCases.h"
#include "ops/GridCasesPanel.h"
#include "ops/GridCasesTool.h"
#include "ops/GridEventIndex.h"
#include "ops/GridWindowChoropleth.h"
#include "ops/GridWindowUpdater.h"
#include "ops/OpsDatabase.h"
#include "privacy/PersonalDataMask.h"
#include "privacy/RoleFile.h"
#include "privacy/UnmaskController.h"
#include "privacy/UnmaskDialog.h"
#include "render/LayerRenderer.h"
#include "render/MapSettings.h"
#include "render/SymbolPreview.h"
#include "support/TestData.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <set>

using namespace Qt::StringLiterals;

namespace {

const rc::Operator kAlice{u"alice"_s, u"Alice"_s, rc::OperatorRole::Operator};
const rc::Operator kGuest{u"guest"_s, u"Guest"_s, rc::OperatorRole::Visitor};
const QTimeZone kBeijing(8 * 3600);

/// The grids layer drawn alone around a point (EPSG:4490) at a choropleth scale.
QImage renderAround(const rc::VectorLayer &layer, QPointF centre, double halfWidthDegrees)
{
  rc::MapSettings settings;
  settings.setDestinationCrs(rc::Crs::cgcs2000());
  settings.setExtent({centre.x() - halfWidthDegrees, centre.y() - halfWidthDegrees,
                      centre.x() + halfWidthDegrees, centre.y() + halfWidthDegrees});
  settings.setOutputSize({301, 301});
  QImage image(settings.outputSize(), QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::transparent);
  const std::atomic_bool cancelled = false;
  if (auto renderer = layer.createRenderer())
    renderer->render(image, settings, cancelled);
  return image;
}

bool near(QColor a, QColor b, int tolerance = 6)
{
  return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
         std::abs(a.blue() - b.blue()) <= tolerance && std::abs(a.alpha() - b.alpha()) <= tolerance;
}

} // namespace

class TestGridCases : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase();
  void indexGroupsEventsByGrid();
  void rateLabels();
  void windowCountsMatchBruteForce();
  void gridColourFollowsWindow();
  void sliderOffRestoresYear();
  void clickListsOpenCasesOfGrid();
  void unmaskStaffIsAuditedThenShown();
  void screenshotWindowChoropleth();
  void mainWindowWiresGridMap();

private:
  [[nodiscard]] rc::VectorLayer *layer(const QString &table) const;
  /// Starts the timeline on the events layer with the updater on the grids.
  void startTimeline(rc::EventTimelineModel &timeline, rc::GridWindowUpdater &updater);
  void showWindow(rc::EventTimelineModel &timeline, rc::GridWindowUpdater &updater,
                  rc::EventTimelineModel::Window window, const QDateTime &start, const QString &eventClass);
  /// Events per grid code of [from, to) and the class, by reading every event's own fields.
  [[nodiscard]] QHash<QString, int> bruteForceCounts(const QDateTime &from, const QDateTime &to,
                                                     const QString &eventClass) const;

  QTemporaryDir m_dir;
  QString m_gpkg;
  rc::LayerStack m_stack;
  rc::VectorStyle m_yearStyle;
};

void TestGridCases::initTestCase()
{
  QVERIFY(m_dir.isValid());
  // The main window's settings go to a test organisation, not the user's.
  QCoreApplication::setOrganizationName(u"RongchengTest"_s);
  rc::DemoCityOptions options;
  options.outDir = m_dir.filePath(u"city"_s);
  options.basemapDir = QStringLiteral(RC_SOURCE_DIR) + u"/resources/basemap"_s;
  options.addressCount = 3000;
  options.eventCount = 30000;
  options.cellSiteCount = 200;
  try {
    rc::DemoCityGenerator::generate(options, {});
  } catch (const rc::DemoDataError &e) {
    QFAIL(e.what());
  }
  m_gpkg = rc::DemoCityGenerator::geoPackagePath(options.outDir);
  const rc::Project project = rc::demo::DemoProject::build(m_gpkg);
  QList<rc::VectorLayer *> layers;
  for (const QString &table : {u"grids"_s, u"events"_s}) {
    auto *layer = new rc::VectorLayer(rc::VectorSource(m_gpkg, table), table);
    for (const rc::ProjectLayer &projectLayer : project.layers)
      if (projectLayer.layerName == table)
        layer->setStyle(projectLayer.style);
    m_stack.addLayer(std::unique_ptr<rc::MapLayer>(layer));
    layers << layer;
  }
  rc::VectorLayer::loadNow(layers);
  for (const rc::VectorLayer *layer : std::as_const(layers))
    QVERIFY2(layer->state() == rc::MapLayer::State::Ready, qPrintable(layer->errorMessage()));
  m_yearStyle = layer(u"grids"_s)->style();
  QVERIFY(rc::GridWindowChoropleth::hasYearClasses(m_yearStyle));
}

rc::VectorLayer *TestGridCases::layer(const QString &table) const
{
  for (rc::MapLayer *layer : m_stack.layers())
    if (auto *vector = qobject_cast<rc::VectorLayer *>(layer); vector && vector->source().layerName == table)
      return vector;
  return nullptr;
}

QHash<QString, int> TestGridCases::bruteForceCounts(const QDateTime &from, const QDateTime &to,
                                                    const QString &eventClass) const
{
  const rc::FeatureStore &events = *layer(u"events"_s)->features();
  const int time = events.fieldIndex(u"reported_at"_s), cls = events.fieldIndex(u"class"_s),
            grid = events.fieldIndex(u"grid_code"_s);
  QHash<QString, int> counts;
  for (std::size_t f = 0; f < events.featureCount(); ++f) {
    const QDateTime at = QDateTime::fromString(events.text(f, time), Qt::ISODateWithMs);
    if (at >= from && at < to && (eventClass.isEmpty() || events.text(f, cls) == eventClass))
      ++counts[events.text(f, grid)];
  }
  return counts;
}

void TestGridCases::startTimeline(rc::EventTimelineModel &timeline, rc::GridWindowUpdater &updater)
{
  QSignalSpy ready(&updater, &rc::GridWindowUpdater::eventIndexReady);
  updater.setGridsLayer(layer(u"grids"_s));
  timeline.setLayer(layer(u"events"_s));
  QVERIFY(ready.wait(20000));
  QTRY_VERIFY_WITH_TIMEOUT(!timeline.isBusy() && !updater.isBusy(), 20000);
}

void TestGridCases::showWindow(rc::EventTimelineModel &timeline, rc::GridWindowUpdater &updater,
                               rc::EventTimelineModel::Window window, const QDateTime &start,
                               const QString &eventClass)
{
  timeline.setWindow(window);
  timeline.setEventClass(eventClass);
  timeline.setStart(start);
  QTRY_VERIFY_WITH_TIMEOUT(!timeline.isBusy() && !updater.isBusy(), 20000);
  QCOMPARE(timeline.shownClass(), eventClass);
  QCOMPARE(timeline.start(), start);
}

void TestGridCases::indexGroupsEventsByGrid()
{
  const rc::FeatureStore &events = *layer(u"events"_s)->features();
  const auto index = rc::GridEventIndex::build(events);
  QVERIFY(index);
  QCOMPARE(index->eventCount(), events.featureCount());
  const int grid = events.fieldIndex(u"grid_code"_s);
  QHash<QString, std::vector<std::uint32_t>> expected;
  for (std::size_t f = 0; f < events.featureCount(); ++f)
    expected[events.text(f, grid)].push_back(std::uint32_t(f));
  QCOMPARE(qsizetype(index->codes().size()), expected.size());
  for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
    const auto id = index->codeId(it.key());
    QVERIFY(id);
    const auto listed = index->eventsWithCode(*id);
    QCOMPARE(std::vector<std::uint32_t>(listed.begin(), listed.end()), it.value());
  }
  QVERIFY(!index->codeId(u"no such grid"_s));
  QVERIFY(!rc::GridEventIndex::build(*layer(u"grids"_s)->features(), u"nonexistent"_s));
}

void TestGridCases::rateLabels()
{
  QCOMPARE(rc::GridWindowChoropleth::formatRate(0.0031234), u"0.0031"_s);
  QCOMPARE(rc::GridWindowChoropleth::formatRate(1.24), u"1.2"_s);
  QCOMPARE(rc::GridWindowChoropleth::formatRate(12.4), u"12"_s);
  QCOMPARE(rc::GridWindowChoropleth::formatRate(2.0), u"2"_s);
  QCOMPARE(rc::GridWindowChoropleth::formatRate(345.6), u"346"_s);
  QCOMPARE(rc::GridWindowChoropleth::formatRate(0), u"0"_s);
  // Window breaks scale with the window's length.
  const std::vector<double> hourly{0.01, 0.02, 0.05};
  const std::vector<double> daily = rc::GridWindowChoropleth::windowBreaks(hourly, 24 * 3600 * 1000LL);
  QCOMPARE(daily.size(), hourly.size());
  for (std::size_t i = 0; i < daily.size(); ++i)
    QVERIFY(qFuzzyCompare(daily[i], hourly[i] * 24));
}

void TestGridCases::windowCountsMatchBruteForce()
{
  rc::EventTimelineModel timeline;
  rc::GridWindowUpdater updater(&timeline);
  startTimeline(timeline, updater);
  rc::VectorLayer *grids = layer(u"grids"_s);
  const QString someClass = timeline.index()->classes().at(1);
  struct Case
  {
    rc::EventTimelineModel::Window window;
    QDateTime start;
    QString eventClass;
  };
  const QList<Case> cases{
      {rc::EventTimelineModel::Window::Month, QDateTime(QDate(2026, 7, 1), QTime(0, 0), kBeijing), {}},
      {rc::EventTimelineModel::Window::Week, QDateTime(QDate(2026, 3, 2), QTime(0, 0), kBeijing), someClass},
      {rc::EventTimelineModel::Window::Day, QDateTime(QDate(2026, 5, 12), QTime(0, 0), kBeijing), {}},
  };
  for (const Case &c : cases) {
    QSignalSpy shown(&updater, &rc::GridWindowUpdater::windowShown);
    showWindow(timeline, updater, c.window, c.start, c.eventClass);
    QVERIFY(shown.count() >= 1);
    const QHash<QString, int> expected = bruteForceCounts(timeline.start(), timeline.end(), c.eventClass);
    const rc::FeatureStore &store = *grids->features();
    const int count = store.fieldIndex(rc::GridWindowChoropleth::countField());
    const int code = store.fieldIndex(u"grid_code"_s);
    QVERIFY(count >= 0);
    qint64 total = 0, nonZero = 0;
    for (std::size_t g = 0; g < store.featureCount(); ++g) {
      const QString gridCode = store.text(g, code);
      if (store.real(g, count) != expected.value(gridCode))
        QFAIL(qPrintable(u"grid %1: %2 events, expected %3"_s.arg(gridCode)
                             .arg(store.real(g, count))
                             .arg(expected.value(gridCode))));
      total += expected.value(gridCode);
      nonZero += expected.value(gridCode) > 0;
    }
    qInfo("%s: %lld events in %lld grids", qPrintable(shown.last().at(0).toString()), total, nonZero);
    QVERIFY(total > 0);
    // The legend says what the grids show.
    const QString what = shown.last().at(0).toString();
    QVERIFY2(what.startsWith(timeline.start().toString(u"yyyy-MM-dd HH:mm"_s)), qPrintable(what));
    if (!c.eventClass.isEmpty())
      QVERIFY(what.endsWith(c.eventClass));
    // Said once, as the legend's title; the classes are bare ranges.
    const rc::VectorStyle &style = grids->style();
    QCOMPARE(style.legendTitle.first(),
             QCoreApplication::translate("rc::GridWindowChoropleth", "Events per km²"));
    QCOMPARE(style.legendTitle.mid(1).join(u" "_s), what);
    static const QRegularExpression range(u"^(< [0-9.]+|[0-9.]+–[0-9.]+|≥ [0-9.]+|> 0)$"_s);
    int ranges = 0;
    for (const rc::StyleClass &styleClass : style.classes) {
      if (!styleClass.filter.contains(rc::GridWindowChoropleth::countField()))
        continue;
      QVERIFY2(range.match(styleClass.label).hasMatch(), qPrintable(styleClass.label));
      ++ranges;
    }
    QCOMPARE(ranges, rc::GridWindowChoropleth::kClassCount);
    // A printed legend: the layer's name, the title lines indented without a swatch, the classes.
    const QList<rc::LegendItem> printed = rc::MapLayout::legendFor({grids}, 200000);
    QVERIFY(printed.size() > style.legendTitle.size() + 1);
    QVERIFY(printed[0].isHeading);
    QCOMPARE(printed[0].text, grids->name());
    for (qsizetype i = 0; i < style.legendTitle.size(); ++i) {
      const rc::LegendItem &line = printed[i + 1];
      QCOMPARE(line.text, style.legendTitle[i]);
      QVERIFY(line.isClass && !line.isHeading && line.swatch == rc::LegendItem::Swatch::None);
    }
    for (qsizetype i = style.legendTitle.size() + 1; i < printed.size(); ++i)
      QVERIFY2(!printed[i].text.contains(what), qPrintable(printed[i].text));
  }
  timeline.setActive(false);
  timeline.setLayer(nullptr);
}

void TestGridCases::gridColourFollowsWindow()
{
  rc::EventTimelineModel timeline;
  rc::GridWindowUpdater updater(&timeline);
  startTimeline(timeline, updater);
  rc::VectorLayer *grids = layer(u"grids"_s);
  const rc::FeatureStore &events = *layer(u"events"_s)->features();

  // July: the grid with the highest density in the month is in the top class.
  const QDateTime july(QDate(2026, 7, 1), QTime(0, 0), kBeijing);
  showWindow(timeline, updater, rc::EventTimelineModel::Window::Month, july, {});
  const rc::FeatureStore &store = *grids->features();
  const int count = store.fieldIndex(rc::GridWindowChoropleth::countField()),
            area = store.fieldIndex(u"area_km2"_s), code = store.fieldIndex(u"grid_code"_s);
  std::size_t densest = 0;
  for (std::size_t g = 0; g < store.featureCount(); ++g)
    if (store.real(g, count) / store.real(g, area) > store.real(densest, count) / store.real(densest, area))
      densest = g;
  const QString densestCode = store.text(densest, code);
  // A point surely inside it: one of its July events.
  QPointF inside;
  const int eventGrid = events.fieldIndex(u"grid_code"_s), eventTime = events.fieldIndex(u"reported_at"_s);
  QSet<int> busyHours; // hours of July 2nd with an event in the grid
  for (std::size_t f = 0; f < events.featureCount(); ++f) {
    if (events.text(f, eventGrid) != densestCode)
      continue;
    const QDateTime at =
        QDateTime::fromString(events.text(f, eventTime), Qt::ISODateWithMs).toTimeZone(kBeijing);
    if (at >= july && at < july.addMonths(1))
      inside = QPointF(events.firstVertex(f)[0], events.firstVertex(f)[1]);
    if (at.date() == QDate(2026, 7, 2))
      busyHours.insert(at.time().hour());
  }
  QVERIFY(!inside.isNull());
  QList<rc::StyleClass> windowClasses;
  for (const rc::StyleClass &c : grids->style().classes)
    if (c.filter.contains(rc::GridWindowChoropleth::countField()))
      windowClasses << c;
  QCOMPARE(windowClasses.size(), rc::GridWindowChoropleth::kClassCount);
  const QColor top = windowClasses.last().symbols.fill.fill;
  // 0.01° across 150 px: a scale far beyond 1:80,000, where the choropleth shows.
  // The event may lie near the grid's edge, where the outline blends in: one of the pixels
  // around it has the class's colour.
  const QImage julyImage = renderAround(*grids, inside, 0.05);
  bool topColour = false;
  for (int dy = -1; dy <= 1; ++dy)
    for (int dx = -1; dx <= 1; ++dx)
      topColour = topColour || near(julyImage.pixelColor(150 + dx, 150 + dy), top);
  QVERIFY2(topColour, qPrintable(u"%1 vs %2"_s.arg(julyImage.pixelColor(150, 150).name(QColor::HexArgb),
                                                   top.name(QColor::HexArgb))));

  // An hour of July 2nd without an event in the grid: not filled at all.
  int quiet = 0;
  while (busyHours.contains(quiet))
    ++quiet;
  showWindow(timeline, updater, rc::EventTimelineModel::Window::Hour,
             QDateTime(QDate(2026, 7, 2), QTime(quiet, 0), kBeijing), {});
  QCOMPARE(grids->features()->real(densest, count), 0.0);
  const QColor quietPixel = renderAround(*grids, inside, 0.05).pixelColor(150, 150);
  QVERIFY2(quietPixel.alpha() < 40, qPrintable(quietPixel.name(QColor::HexArgb)));
  timeline.setActive(false);
  timeline.setLayer(nullptr);
}

void TestGridCases::sliderOffRestoresYear()
{
  rc::VectorLayer *grids = layer(u"grids"_s);
  const std::shared_ptr<const rc::FeatureStore> yearStore = grids->features();
  rc::EventTimelineModel timeline;
  rc::GridWindowUpdater updater(&timeline);
  startTimeline(timeline, updater);
  showWindow(timeline, updater, rc::EventTimelineModel::Window::Week,
             QDateTime(QDate(2026, 8, 17), QTime(0, 0), kBeijing), {});
  QVERIFY(updater.isShowingWindow());
  QVERIFY(grids->style() != m_yearStyle);
  QVERIFY(grids->features()->fieldIndex(rc::GridWindowChoropleth::countField()) >= 0);
  QSignalSpy restored(&updater, &rc::GridWindowUpdater::yearRestored);
  timeline.setActive(false);
  QCOMPARE(restored.count(), 1);
  QVERIFY(!updater.isShowingWindow());
  QCOMPARE(grids->style(), m_yearStyle);
  QCOMPARE(grids->features(), yearStore);
  QCOMPARE(grids->features()->fieldIndex(rc::GridWindowChoropleth::countField()), -1);
  // On again: the window is back.
  timeline.setActive(true);
  QTRY_VERIFY_WITH_TIMEOUT(updater.isShowingWindow(), 20000);
  QTRY_VERIFY_WITH_TIMEOUT(!timeline.isBusy() && !updater.isBusy(), 20000);
  timeline.setActive(false);
  QCOMPARE(grids->style(), m_yearStyle);
  timeline.setLayer(nullptr);
}

void TestGridCases::clickListsOpenCasesOfGrid()
{
  rc::VectorLayer *grids = layer(u"grids"_s), *eventsLayer = layer(u"events"_s);
  const rc::FeatureStore &events = *eventsLayer->features();
  const rc::FeatureStore &gridStore = *grids->features();
  // A staffed grid with the most open events of the record.
  const int eventGrid = events.fieldIndex(u"grid_code"_s), closedAt = events.fieldIndex(u"closed_at"_s),
            status = events.fieldIndex(u"status"_s), eventId = events.fieldIndex(u"event_id"_s);
  QHash<QString, int> openPerGrid;
  QHash<QString, QPointF> openAt;
  for (std::size_t f = 0; f < events.featureCount(); ++f) {
    const QString s = events.text(f, status);
    if (events.isNull(f, closedAt) && s != u"核查结案"_s && s != u"综合评价"_s) {
      ++openPerGrid[events.text(f, eventGrid)];
      openAt[events.text(f, eventGrid)] = QPointF(events.firstVertex(f)[0], events.firstVertex(f)[1]);
    }
  }
  const int gridCodeField = gridStore.fieldIndex(u"grid_code"_s),
            staffName = gridStore.fieldIndex(u"staff_name"_s),
            staffPhone = gridStore.fieldIndex(u"staff_phone"_s);
  QString code;
  std::size_t gridFeature = 0;
  for (std::size_t g = 0; g < gridStore.featureCount(); ++g) {
    const QString c = gridStore.text(g, gridCodeField);
    if (!gridStore.text(g, staffPhone).isEmpty() && openPerGrid.value(c) > openPerGrid.value(code)) {
      code = c;
      gridFeature = g;
    }
  }
  QVERIFY(openPerGrid.value(code) >= 2);
  const QPointF where = openAt.value(code);

  // The desk: two cases in the grid (one later finished), one elsewhere.
  const QDateTime deskNow(QDate(2026, 11, 30), QTime(9, 0), kBeijing);
  rc::CaseDesk desk;
  desk.setOperator(kAlice);
  desk.open(m_gpkg, [deskNow] { return deskNow; });
  QTRY_VERIFY_WITH_TIMEOUT(!desk.isBusy(), 20000);
  const auto intake = [&desk](QPointF at, const QString &eventClass) {
    desk.intakeForm()->classBox()->setCurrentText(eventClass);
    desk.intakeForm()->descriptionEdit()->setText(u"测试"_s);
    desk.intakeForm()->setLocation(at.x(), at.y());
    QTRY_VERIFY_WITH_TIMEOUT(!desk.isBusy(), 20000);
    desk.submitIntake();
    QTRY_VERIFY_WITH_TIMEOUT(!desk.isBusy(), 20000);
  };
  intake(where, u"街面秩序"_s);
  const qint64 overdueCase = desk.selectedCase()->id;
  QCOMPARE(desk.selectedCase()->gridCode, code);
  intake(where, u"宣传广告"_s);
  const qint64 voidedCase = desk.selectedCase()->id;
  desk.reasonEdit()->setText(u"重复上报"_s);
  desk.applyAction(rc::CaseAction::Void);
  QTRY_VERIFY_WITH_TIMEOUT(!desk.isBusy(), 20000);
  intake(openAt.value(openPerGrid.constBegin().key() == code ? std::next(openPerGrid.constBegin()).key()
                                                             : openPerGrid.constBegin().key()),
         u"市容环境"_s);
  const qint64 elsewhere = desk.selectedCase()->id;
  QVERIFY(desk.selectedCase()->gridCode != code);

  // The panel, clicked through its map tool. "Now" is 5 hours on: the street-order case (4 h)
  // is overdue.
  const QDateTime panelNow = deskNow.addSecs(5 * 3600);
  QWidget window;
  auto *canvas = new rc::MapCanvas(&m_stack);
  auto *panel = new rc::GridCasesPanel;
  auto *layout = new QHBoxLayout(&window);
  layout->addWidget(canvas, 1);
  layout->addWidget(panel, 1);
  window.resize(1200, 600);
  canvas->setDestinationCrs(rc::Crs::cgcs2000());
  canvas->setExtent({where.x() - 0.01, where.y() - 0.01, where.x() + 0.01, where.y() + 0.01});
  window.show();
  QVERIFY(QTest::qWaitForWindowExposed(&window));
  panel->setGridsLayer(grids);
  panel->setEventsLayer(eventsLayer);
  panel->setClock([panelNow] { return panelNow; });
  panel->setDeskCases(desk.model()->cases());
  rc::GridCasesTool tool(canvas);
  connect(&tool, &rc::GridCasesTool::clickedAt, panel,
          [panel, canvas](QPointF point) { panel->showAt(point, canvas->destinationCrs()); });
  canvas->setMapTool(&tool);
  QSignalSpy shown(panel, &rc::GridCasesPanel::gridShown);
  QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->toPixel(where).toPoint());
  QVERIFY(shown.wait(20000));
  QCOMPARE(shown.first().at(0).value<std::uint32_t>(), std::uint32_t(gridFeature));
  const rc::GridCasesReport &report = panel->report();
  QCOMPARE(report.gridCode, code);

  // Exactly the grid's open cases: its open events of the record and its open desk cases.
  std::set<QString> expected;
  for (std::size_t f = 0; f < events.featureCount(); ++f) {
    const QString s = events.text(f, status);
    if (events.text(f, eventGrid) == code && events.isNull(f, closedAt) && s != u"核查结案"_s &&
        s != u"综合评价"_s)
      expected.insert(events.text(f, eventId));
  }
  expected.insert(u"desk:%1"_s.arg(overdueCase));
  std::set<QString> listed;
  for (const rc::GridOpenCase &c : report.cases)
    listed.insert(c.origin == rc::GridOpenCase::Origin::Desk ? u"desk:%1"_s.arg(c.caseId) : c.reference);
  QCOMPARE(listed, expected);
  QCOMPARE(panel->table()->rowCount(), int(expected.size()));
  for (const rc::GridOpenCase &c : report.cases)
    QVERIFY(c.caseId != voidedCase && c.caseId != elsewhere);

  // Staff masked: 138****5678 and 王*, never in clear.
  const QString phone = gridStore.clearText(gridFeature, staffPhone),
                name = gridStore.clearText(gridFeature, staffName);
  const QString staff = panel->staffText();
  QVERIFY2(staff.contains(rc::PersonalDataMask::maskPhone(phone)), qPrintable(staff));
  QVERIFY2(staff.contains(rc::PersonalDataMask::maskName(name)), qPrintable(staff));
  QVERIFY(QRegularExpression(u"\\d{3}\\*{4}\\d{4}"_s).match(staff).hasMatch());
  QVERIFY2(!staff.contains(phone) && !staff.contains(name), qPrintable(staff));

  // The overdue desk case is red; double-clicking it asks for the desk.
  int deskRow = -1;
  for (int row = 0; row < report.cases.size(); ++row)
    if (report.cases[row].origin == rc::GridOpenCase::Origin::Desk && report.cases[row].caseId == overdueCase)
      deskRow = row;
  QVERIFY(deskRow >= 0);
  QCOMPARE(report.cases[deskRow].overdueSeconds, qint64(3600));
  QCOMPARE(panel->table()->item(deskRow, rc::GridCasesPanel::Reference)->foreground().color(),
           QColor(0xC6, 0x28, 0x28));
  // Overdue first, longest overdue first.
  for (int row = 1; row < report.cases.size(); ++row)
    QVERIFY(report.cases[row - 1].overdueSeconds >= report.cases[row].overdueSeconds);
  QSignalSpy activated(panel, &rc::GridCasesPanel::deskCaseActivated);
  emit panel->table()->cellDoubleClicked(deskRow, rc::GridCasesPanel::Class);
  QCOMPARE(activated.count(), 1);
  QCOMPARE(activated.first().at(0).toLongLong(), overdueCase);
  // The events of the record: every overdue row is red, every other is not.
  for (int row = 0; row < panel->table()->rowCount(); ++row)
    QCOMPARE(panel->table()->item(row, rc::GridCasesPanel::Deadline)->foreground().color() ==
                 QColor(0xC6, 0x28, 0x28),
             report.cases[row].isOverdue());

  // A click outside every grid says so.
  QSignalSpy messages(panel, &rc::GridCasesPanel::message);
  panel->showAt(QPointF(100.0, 10.0), rc::Crs::cgcs2000());
  QVERIFY(messages.wait(10000));

  canvas->setMapTool(nullptr);
  QDir().mkpath(QStringLiteral(RC_TEST_OUTPUT_DIR));
  const QString path = QStringLiteral(RC_TEST_OUTPUT_DIR) + u"/gridcases_panel.png"_s;
  QVERIFY(window.grab().save(path));
  qInfo("screenshot: %s (%lld open cases in grid %s)", qPrintable(path), qint64(report.cases.size()),
        qPrintable(code));
}

void TestGridCases::unmaskStaffIsAuditedThenShown()
{
  rc::VectorLayer *grids = layer(u"grids"_s);
  const rc::FeatureStore &events = *layer(u"events"_s)->features();
  const rc::FeatureStore &gridStore = *grids->features();
  // A staffed grid and a point inside it: one of its events.
  const int gridCode = gridStore.fieldIndex(u"grid_code"_s),
            staffName = gridStore.fieldIndex(u"staff_name"_s),
            staffPhone = gridStore.fieldIndex(u"staff_phone"_s),
            eventGrid = events.fieldIndex(u"grid_code"_s);
  QHash<QString, QPointF> eventIn;
  for (std::size_t f = 0; f < events.featureCount(); ++f)
    eventIn.insert(events.text(f, eventGrid), QPointF(events.firstVertex(f)[0], events.firstVertex(f)[1]));
  std::size_t grid = 0;
  while (grid < gridStore.featureCount() &&
         (gridStore.text(grid, staffPhone).isEmpty() || !eventIn.contains(gridStore.text(grid, gridCode))))
    ++grid;
  QVERIFY(grid < gridStore.featureCount());
  const QString name = gridStore.clearText(grid, staffName), phone = gridStore.clearText(grid, staffPhone);

  rc::GridCasesPanel panel;
  panel.setGridsLayer(grids);
  panel.show();
  QVERIFY(QTest::qWaitForWindowExposed(&panel));
  QVERIFY(!panel.unmaskButton()->isEnabled());
  QSignalSpy shown(&panel, &rc::GridCasesPanel::gridShown);
  panel.showAt(eventIn.value(gridStore.text(grid, gridCode)), rc::Crs::cgcs2000());
  QVERIFY(shown.wait(20000));
  QCOMPARE(shown.first().at(0).value<std::uint32_t>(), std::uint32_t(grid));
  QVERIFY(panel.unmaskButton()->isEnabled());
  QVERIFY(!panel.staffText().contains(phone));

  const rc::OpsDatabase database(rc::OpsDatabase::pathBeside(m_gpkg));
  const qint64 fid = gridStore.fid(grid);
  const qsizetype before = rc::AuditTrail(database).history(u"grids"_s, fid).size();
  rc::UnmaskController controller(&panel);
  controller.setAuthority(rc::test::roleFile(m_dir.path(), "alice operator\n"));
  controller.attach(&panel);

  // A visitor is refused at once: no dialog, no record, still masked.
  controller.setOperator(kGuest);
  QSignalSpy refused(&controller, &rc::UnmaskController::refused);
  panel.unmaskButton()->click();
  QCOMPARE(refused.count(), 1);
  QVERIFY(!panel.findChild<rc::UnmaskDialog *>());
  QVERIFY(!controller.isBusy());
  QCOMPARE(rc::AuditTrail(database).history(u"grids"_s, fid).size(), before);
  QVERIFY(!panel.staffText().contains(phone) && !panel.staffText().contains(name));

  // An operator gives a reason; the record is written before the staff show in clear.
  controller.setOperator(kAlice);
  QSignalSpy unmasked(&controller, &rc::UnmaskController::unmasked);
  panel.unmaskButton()->click();
  auto *dialog = panel.findChild<rc::UnmaskDialog *>();
  QVERIFY(dialog);
  dialog->reasonEdit()->setPlainText(u"联系网格员核实"_s);
  dialog->accept();
  QVERIFY(controller.isBusy());
  // Polled between events: a panel showing the values before the worker committed would be seen.
  bool recordedWhenClear = false;
  QVERIFY(QTest::qWaitFor(
      [&] {
        if (!panel.staffText().contains(phone))
          return false;
        recordedWhenClear = rc::AuditTrail(database).history(u"grids"_s, fid).size() > before;
        return true;
      },
      20000));
  QVERIFY(recordedWhenClear);
  QTRY_COMPARE(unmasked.count(), 1);
  QCOMPARE(refused.count(), 1);
  QVERIFY2(panel.staffText().contains(phone) && panel.staffText().contains(name),
           qPrintable(panel.staffText()));
  QVERIFY(!panel.unmaskButton()->isEnabled());
  const QList<rc::AuditRecord> trail = rc::AuditTrail(database).history(u"grids"_s, fid);
  QCOMPARE(trail.size(), before + 2);
  QCOMPARE(unmasked.first().at(0).toInt(), 2);
  QStringList fields;
  for (qsizetype i = before; i < trail.size(); ++i) {
    QCOMPARE(trail[i].action, rc::AuditAction::Unmask);
    QCOMPARE(trail[i].actor, kAlice.id);
    QCOMPARE(trail[i].note, u"联系网格员核实"_s);
    fields << trail[i].field;
  }
  fields.sort();
  QCOMPARE(fields, (QStringList{u"staff_name"_s, u"staff_phone"_s}));

  // Clicked again: a fresh lookup, masked again.
  panel.showAt(eventIn.value(gridStore.text(grid, gridCode)), rc::Crs::cgcs2000());
  QVERIFY(shown.wait(20000));
  QVERIFY(!panel.staffText().contains(phone));
  QVERIFY(panel.unmaskButton()->isEnabled());
}

void TestGridCases::screenshotWindowChoropleth()
{
  QWidget window;
  auto *canvas = new rc::MapCanvas(&m_stack);
  auto *legend = new rc::LegendPanel(&m_stack);
  auto *timeline = new rc::EventTimelineModel(&window);
  auto *top = new QHBoxLayout;
  top->addWidget(canvas, 1);
  top->addWidget(legend);
  legend->setMinimumWidth(330);
  auto *layout = new QVBoxLayout(&window);
  layout->addLayout(top, 1);
  layout->addWidget(new rc::EventTimeline(timeline));
  window.resize(1280, 800);
  canvas->setDestinationCrs(rc::Crs::cgcs2000());
  canvas->setExtent({119.15, 25.98, 119.45, 26.16});
  layer(u"events"_s)->setVisible(false);
  window.show();
  QVERIFY(QTest::qWaitForWindowExposed(&window));
  rc::GridWindowUpdater updater(timeline);
  startTimeline(*timeline, updater);
  showWindow(*timeline, updater, rc::EventTimelineModel::Window::Week,
             QDateTime(QDate(2026, 8, 17), QTime(0, 0), kBeijing), {});
  QVERIFY(canvas->scale() >= 80000);
  QTRY_VERIFY_WITH_TIMEOUT(!canvas->isRendering(), 20000);
  QTest::qWait(300);
  QTRY_VERIFY_WITH_TIMEOUT(!canvas->isRendering(), 20000);
  // The legend names the window once, under the layer, and every row fits the dock unclipped.
  QTRY_VERIFY_WITH_TIMEOUT(legend->topLevelItemCount() > 0, 5000);
  const QTreeWidgetItem *gridsItem = nullptr;
  for (int i = 0; i < legend->topLevelItemCount(); ++i)
    if (legend->topLevelItem(i)->text(0) == layer(u"grids"_s)->name())
      gridsItem = legend->topLevelItem(i);
  QVERIFY(gridsItem);
  const QStringList title = layer(u"grids"_s)->style().legendTitle;
  QCOMPARE(title.size(), 3); // what, from, "– to": a week spans two dates
  QVERIFY(gridsItem->childCount() > title.size());
  for (qsizetype i = 0; i < title.size(); ++i)
    QCOMPARE(gridsItem->child(int(i))->text(0), title[i]);
  for (int i = 0; i < gridsItem->childCount(); ++i) {
    const QTreeWidgetItem *row = gridsItem->child(i);
    const QRect rect = legend->visualItemRect(row);
    const int textWidth = QFontMetrics(row->font(0)).horizontalAdvance(row->text(0));
    const int iconWidth = row->icon(0).isNull() ? 0 : legend->iconSize().width() + 6;
    QVERIFY2(rect.left() + iconWidth + textWidth <= legend->viewport()->width(), qPrintable(row->text(0)));
  }
  QDir().mkpath(QStringLiteral(RC_TEST_OUTPUT_DIR));
  const QString path = QStringLiteral(RC_TEST_OUTPUT_DIR) + u"/gridcases_window_choropleth.png"_s;
  QVERIFY(window.grab().save(path));
  qInfo("screenshot: %s (scale 1:%.0f)", qPrintable(path), canvas->scale());
  // The printed sheet of the same map: its legend column carries the same title lines.
  rc::MapLayout sheet;
  sheet.setMap(canvas->mapSettings());
  sheet.setLayers(m_stack.visibleLayers());
  sheet.setTitle(u"网格事件密度"_s);
  sheet.setLegendItems(rc::MapLayout::legendFor(m_stack.visibleLayers(), sheet.frameSettings(96).scale()));
  QImage page(sheet.pageSizePixels(96), QImage::Format_ARGB32_Premultiplied);
  page.fill(Qt::white);
  {
    QPainter painter(&page);
    sheet.paint(painter, canvas->grab().toImage(), 96);
  }
  const QString sheetPath = QStringLiteral(RC_TEST_OUTPUT_DIR) + u"/gridcases_window_layout.png"_s;
  QVERIFY(page.save(sheetPath));
  qInfo("layout: %s", qPrintable(sheetPath));
  timeline->setActive(false);
  timeline->setLayer(nullptr);
  layer(u"events"_s)->setVisible(true);
}

void TestGridCases::mainWindowWiresGridMap()
{
  rc::LanguageManager languages;
  rc::MainWindow window(&languages);
  window.resize(1200, 800);
  window.show();
  QVERIFY(QTest::qWaitForWindowExposed(&window));
  QList<rc::VectorLayer *> layers;
  for (const QString &table : {u"grids"_s, u"events"_s}) {
    auto *added = new rc::VectorLayer(rc::VectorSource(m_gpkg, table), table);
    added->setStyle(layer(table)->style());
    layers << added;
  }
  rc::VectorLayer::loadNow(layers);
  for (rc::VectorLayer *added : std::as_const(layers))
    window.layers()->addLayer(std::unique_ptr<rc::MapLayer>(added));
  rc::VectorLayer *grids = layers[0], *events = layers[1];
  rc::EventTools *tools = window.eventTools();

  // The slider shown: the grids follow its window; hidden: the year is back.
  QSignalSpy shown(tools->gridWindow(), &rc::GridWindowUpdater::windowShown);
  tools->timelineToolbar()->show();
  QVERIFY(tools->timelineModel()->isActive());
  QVERIFY(shown.wait(30000));
  QVERIFY(grids->style() != m_yearStyle);
  tools->timelineToolbar()->hide();
  QTRY_COMPARE(grids->style(), m_yearStyle);

  // The grid cases tool: a click shows the grid, selects it, and a double-click on an event of
  // the record selects the event.
  tools->gridCasesAction()->trigger();
  QCOMPARE(window.canvas()->mapTool(), static_cast<rc::MapTool *>(tools->gridCasesTool()));
  QVERIFY(tools->gridCasesDock()->isVisible());
  const rc::FeatureStore &store = *events->features();
  const int closed = store.fieldIndex(u"closed_at"_s);
  std::size_t open = 0;
  while (!store.isNull(open, closed))
    ++open;
  const QPointF where(store.firstVertex(open)[0], store.firstVertex(open)[1]);
  window.canvas()->setExtent({where.x() - 0.01, where.y() - 0.01, where.x() + 0.01, where.y() + 0.01});
  QSignalSpy gridShown(tools->gridCases(), &rc::GridCasesPanel::gridShown);
  QTest::mouseClick(window.canvas(), Qt::LeftButton, {}, window.canvas()->toPixel(where).toPoint());
  QVERIFY(gridShown.wait(20000));
  QCOMPARE(grids->selection(), std::vector<std::uint32_t>{gridShown.first().at(0).value<std::uint32_t>()});
  QCOMPARE(tools->gridCases()->report().gridCode, store.text(open, store.fieldIndex(u"grid_code"_s)));
  int row = 0;
  while (tools->gridCases()->report().cases[row].feature != open)
    ++row;
  emit tools->gridCases()->table()->cellDoubleClicked(row, 0);
  QCOMPARE(events->selection(), std::vector<std::uint32_t>{std::uint32_t(open)});
}

QTEST_MAIN(TestGridCases)
#include "test_gridcases.moc"
