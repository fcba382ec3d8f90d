// The event map and the case desk: a layer's feature subset hides the other features (points and
// heatmap), the time slider's window equals a brute-force filter over reported_at, playing never
// keeps the GUI thread busy, and the desk's intake, grid, legal buttons and undo follow the
// workflow on a generated demo city.

#include "data/FeatureStore.h"
#include "data/IsoDateTime.h"
#include "demo/DemoCityGenerator.h"
#include "map/LayerStack.h"
#include "map/MapCanvas.h"
#include "map/VectorLayer.h"
#include "ops/CaseDesk.h"
#include "ops/CaseDeskModel.h"
#include "ops/CaseIntakeForm.h"
#include "ops/EventTimeline.h"
#include "ops/EventTimelineIndex.h"
#include "ops/EventTimelineModel.h"
#include "ops/GridLocator.h"
#include "render/LayerRenderer.h"
#include "render/MapSettings.h"
#include "support/StallMeter.h"
#include "support/TestData.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QVBoxLayout>

#include <numeric>

using namespace Qt::StringLiterals;

namespace {

const rc::Operator kAlice{u"alice"_s, u"Alice"_s, rc::OperatorRole::Operator};

/// Pixels of an image that are not fully transparent.
int paintedPixels(const QImage &image)
{
  int count = 0;
  for (int y = 0; y < image.height(); ++y)
    for (int x = 0; x < image.width(); ++x)
      count += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
  return count;
}

/// The layer drawn alone over `extent` (EPSG:4490), or over its own extent.
QImage render(const rc::VectorLayer &layer, rc::BBox extent = {})
{
  rc::MapSettings settings;
  settings.setDestinationCrs(rc::Crs::cgcs2000());
  settings.setExtent(extent.isEmpty() ? layer.extent() : extent);
  settings.setOutputSize({120, 120});
  QImage image(settings.outputSize(), QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::transparent);
  const std::atomic_bool cancelled = false;
  auto renderer = layer.createRenderer();
  if (renderer)
    renderer->render(image, settings, cancelled);
  return image;
}

std::shared_ptr<const std::vector<std::uint32_t>> subset(std::vector<std::uint32_t> features)
{
  return std::make_shared<const std::vector<std::uint32_t>>(std::move(features));
}

} // namespace

class TestEventsUi : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase();
  void subsetHidesOtherFeatures();
  void subsetFiltersHeatmap();
  void timeParserAgreesWithQt();
  void timelineWindowMatchesBruteForce();
  void playingDoesNotStall();
  void intakeWithoutLocationIsDraft();
  void intakeAtPointTakesLocatorsGrid();
  void buttonsFollowLegalTransitions();
  void undoRestoresPreviousStep();
  void screenshotEventMap();

private:
  [[nodiscard]] rc::VectorLayer *layer(const QString &table) const;
  /// A point inside a grid with staff: the centre of the grid's first vertex ring's bounds is
  /// not always inside, so the located point of a vertex-weighted centre is checked.
  [[nodiscard]] QPointF staffedPoint() const;
  void openDesk(rc::CaseDesk &desk);
  void waitDesk(rc::CaseDesk &desk);

  QTemporaryDir m_dir;
  QString m_gpkg;
  rc::LayerStack m_stack;
  QDateTime m_now;
};

void TestEventsUi::initTestCase()
{
  QVERIFY(m_dir.isValid());
  rc::DemoCityOptions options;
  options.outDir = m_dir.filePath(u"city"_s);
  options.basemapDir = QStringLiteral(RC_SOURCE_DIR) + u"/resources/basemap"_s;
  options.addressCount = 4000;
  options.eventCount = 6000;
  options.cellSiteCount = 300;
  try {
    rc::DemoCityGenerator::generate(options, {});
  } catch (const rc::DemoDataError &e) {
    QFAIL(e.what());
  }
  m_gpkg = rc::DemoCityGenerator::geoPackagePath(options.outDir);
  QList<rc::VectorLayer *> layers;
  for (const QString &table : {u"districts"_s, u"grids"_s, u"events"_s}) {
    auto *layer = new rc::VectorLayer(rc::VectorSource(m_gpkg, table), table);
    m_stack.addLayer(std::unique_ptr<rc::MapLayer>(layer));
    layers << layer;
  }
  rc::VectorLayer::loadNow(layers);
  for (const rc::VectorLayer *layer : std::as_const(layers))
    QVERIFY2(layer->state() == rc::MapLayer::State::Ready, qPrintable(layer->errorMessage()));
  m_now = QDateTime(QDate(2026, 11, 30), QTime(10, 0), QTimeZone(8 * 3600));
}

rc::VectorLayer *TestEventsUi::layer(const QString &table) const
{
  for (rc::MapLayer *layer : m_stack.layers())
    if (auto *vector = qobject_cast<rc::VectorLayer *>(layer); vector && vector->source().layerName == table)
      return vector;
  return nullptr;
}

QPointF TestEventsUi::staffedPoint() const
{
  const rc::GridLocator locator(rc::GridLocator::loadGrids(m_gpkg));
  const rc::FeatureStore &grids = locator.grids();
  for (std::size_t g = 0; g < grids.featureCount(); ++g) {
    const rc::BBox box = grids.featureBounds(g);
    const double lon = box.centerX(), lat = box.centerY();
    if (const auto found = locator.locate(lon, lat); found && found->hasStaff())
      return {lon, lat};
  }
  return {};
}

void TestEventsUi::openDesk(rc::CaseDesk &desk)
{
  desk.setOperator(kAlice);
  desk.open(m_gpkg, [now = m_now] { return now; });
  waitDesk(desk);
}

void TestEventsUi::waitDesk(rc::CaseDesk &desk)
{
  QTRY_VERIFY_WITH_TIMEOUT(!desk.isBusy(), 20000);
}

void TestEventsUi::subsetHidesOtherFeatures()
{
  const QString path = rc::test::writeFile(m_dir.path(), u"four.geojson"_s,
                                           R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[119.05,26.05]}},
{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[119.15,26.15]}},
{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[119.25,26.25]}},
{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[119.35,26.35]}}]})");
  rc::VectorLayer layer{rc::VectorSource(path)};
  rc::VectorLayer::loadNow({&layer});
  QCOMPARE(layer.state(), rc::MapLayer::State::Ready);
  rc::VectorStyle style = layer.style();
  style.kind = rc::RendererKind::Single;
  style.marker = rc::MarkerSymbol(rc::MarkerShape::Square, 8, Qt::red, Qt::red, 0);
  layer.setStyle(style);

  const rc::BBox extent{119.0, 26.0, 119.4, 26.4};
  const int all = paintedPixels(render(layer, extent));
  QVERIFY(all > 0);
  QSignalSpy repaint(&layer, &rc::MapLayer::repaintNeeded);
  const quint64 before = layer.revision();
  layer.setSubset(subset({1}));
  QVERIFY(layer.revision() > before);
  QCOMPARE(repaint.count(), 1);
  const int one = paintedPixels(render(layer, extent));
  // The same square, one of four (give or take antialiased edges).
  QVERIFY2(std::abs(one * 4 - all) <= all / 10, qPrintable(u"%1 of %2"_s.arg(one).arg(all)));
  layer.setSubset(subset({1})); // an equal subset draws nothing new
  QCOMPARE(repaint.count(), 1);
  layer.setSubset(subset({}));
  QCOMPARE(paintedPixels(render(layer, extent)), 0);
  layer.setSubset(nullptr);
  QCOMPARE(paintedPixels(render(layer, extent)), all);
}

void TestEventsUi::subsetFiltersHeatmap()
{
  rc::VectorLayer *events = layer(u"events"_s);
  QVERIFY(events);
  rc::VectorStyle style = events->style();
  style.kind = rc::RendererKind::Heatmap;
  style.rampName = u"Heat"_s;
  style.radius = 10;
  events->setStyle(style);
  const QImage all = render(*events);
  QVERIFY(paintedPixels(all) > 0);
  std::vector<std::uint32_t> firstHundred(100);
  std::iota(firstHundred.begin(), firstHundred.end(), 0u);
  events->setSubset(subset(firstHundred));
  const QImage some = render(*events);
  QVERIFY(paintedPixels(some) > 0);
  QVERIFY(some != all);
  QVERIFY(paintedPixels(some) < paintedPixels(all));
  events->setSubset(subset({}));
  QCOMPARE(paintedPixels(render(*events)), 0);
  events->setSubset(nullptr);
  QCOMPARE(render(*events), all);
}

void TestEventsUi::timeParserAgreesWithQt()
{
  for (const QString &text :
       {u"2025-12-01T08:12:33.000Z"_s, u"2026-02-28T23:59:59Z"_s, u"2026-03-01T00:00:00+08:00"_s,
        u"2026-06-15T12:30:00.250-02:30"_s, u"2026-07-01"_s}) {
    const QDateTime qt = QDateTime::fromString(text, Qt::ISODateWithMs);
    QVERIFY2(qt.isValid(), qPrintable(text));
    const auto ours = rc::parseIsoDateTimeMs(text);
    QVERIFY2(ours, qPrintable(text));
    // A date alone is local midnight to Qt and UTC midnight to the index (GeoPackage dates are UTC).
    const qint64 expected = text.size() == 10
                                ? QDateTime(qt.date(), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch()
                                : qt.toMSecsSinceEpoch();
    QCOMPARE(*ours, expected);
  }
  for (const QString &bad :
       {u""_s, u"yesterday"_s, u"2026-13-01T00:00:00Z"_s, u"2026-02-30"_s, u"2026-01-01T25:00Z"_s})
    QVERIFY2(!rc::parseIsoDateTimeMs(bad), qPrintable(bad));
}

void TestEventsUi::timelineWindowMatchesBruteForce()
{
  rc::VectorLayer *events = layer(u"events"_s);
  rc::EventTimelineModel timeline;
  QSignalSpy ready(&timeline, &rc::EventTimelineModel::indexReady);
  timeline.setLayer(events);
  QVERIFY(ready.wait(10000));
  QVERIFY(timeline.index());
  QVERIFY(timeline.index()->classes().size() >= 5);

  const rc::FeatureStore &store = *events->features();
  const int timeField = store.fieldIndex(u"reported_at"_s), classField = store.fieldIndex(u"class"_s);
  const QString someClass = timeline.index()->classes().first();
  struct Case
  {
    rc::EventTimelineModel::Window window;
    QDateTime start;
    QString eventClass;
  };
  const QTimeZone beijing(8 * 3600);
  const QList<Case> cases{
      {rc::EventTimelineModel::Window::Day, QDateTime(QDate(2026, 3, 10), QTime(0, 0), beijing), {}},
      {rc::EventTimelineModel::Window::Hour, QDateTime(QDate(2026, 3, 10), QTime(9, 0), beijing), {}},
      {rc::EventTimelineModel::Window::Week, QDateTime(QDate(2025, 12, 1), QTime(0, 0), beijing), someClass},
      {rc::EventTimelineModel::Window::Month, QDateTime(QDate(2026, 7, 1), QTime(0, 0), beijing), someClass},
  };
  for (const Case &c : cases) {
    timeline.setWindow(c.window);
    timeline.setEventClass(c.eventClass);
    timeline.setStart(c.start);
    QTRY_VERIFY_WITH_TIMEOUT(!timeline.isBusy(), 10000);
    QCOMPARE(timeline.start(), c.start);
    const qint64 from = timeline.start().toMSecsSinceEpoch(), to = timeline.end().toMSecsSinceEpoch();
    std::vector<std::uint32_t> expected;
    for (std::size_t f = 0; f < store.featureCount(); ++f) {
      const qint64 at =
          QDateTime::fromString(store.text(f, timeField), Qt::ISODateWithMs).toMSecsSinceEpoch();
      if (at >= from && at < to && (c.eventClass.isEmpty() || store.text(f, classField) == c.eventClass))
        expected.push_back(std::uint32_t(f));
    }
    QVERIFY(events->subset());
    QCOMPARE(*events->subset(), expected);
    QCOMPARE(timeline.shownCount(), expected.size());
    if (c.window == rc::EventTimelineModel::Window::Week)
      QVERIFY(!expected.empty());
  }
  // Off, the layer shows the whole year again.
  timeline.setActive(false);
  QVERIFY(!events->subset());
  timeline.setLayer(nullptr);
}

void TestEventsUi::playingDoesNotStall()
{
  rc::VectorLayer *events = layer(u"events"_s);
  QWidget window;
  auto *canvas = new rc::MapCanvas(&m_stack);
  auto *timeline = new rc::EventTimelineModel(&window);
  auto *layout = new QVBoxLayout(&window);
  layout->addWidget(canvas, 1);
  layout->addWidget(new rc::EventTimeline(timeline));
  window.resize(900, 700);
  canvas->setDestinationCrs(rc::Crs::cgcs2000());
  canvas->setExtent(layer(u"districts"_s)->extent());
  window.show();
  QVERIFY(QTest::qWaitForWindowExposed(&window));
  QSignalSpy ready(timeline, &rc::EventTimelineModel::indexReady);
  timeline->setLayer(events);
  QVERIFY(ready.wait(10000));
  timeline->setWindow(rc::EventTimelineModel::Window::Day);
  timeline->setStepHours(1);
  QSignalSpy applied(timeline, &rc::EventTimelineModel::windowApplied);
  QSignalSpy rendered(canvas, &rc::MapCanvas::renderFinished);
  rc::test::StallMeter meter;
  timeline->play();
  QTest::qWait(3000);
  timeline->pause();
  const rc::test::Stalls stalls = meter.stalls();
  QTRY_VERIFY_WITH_TIMEOUT(!canvas->isRendering(), 20000);
  qInfo("playing 3 s: %lld windows applied, %lld frames rendered, event loop held %.0f ms at most (%.0f ms "
        "on the "
        "wall clock), GUI-thread work between ticks %.0f ms at most",
        qint64(applied.count()), qint64(rendered.count()), stalls.heldMs, stalls.wallMs, stalls.busyMs);
  QVERIFY(applied.count() >= 10);
  QVERIFY(rendered.count() >= 1);
  const QString stall = stalls.problem(50);
  QVERIFY2(stall.isEmpty(), qPrintable(stall));
  timeline->setLayer(nullptr);
}

void TestEventsUi::intakeWithoutLocationIsDraft()
{
  rc::CaseDesk desk;
  openDesk(desk);
  QSignalSpy messages(&desk, &rc::CaseDesk::message);
  rc::CaseIntakeForm *form = desk.intakeForm();
  form->classBox()->setCurrentText(u"市容环境"_s);
  form->descriptionEdit()->setText(u"路边垃圾堆放"_s);
  form->reporterPhoneEdit()->setText(u"13812345678"_s);
  desk.submitIntake();
  waitDesk(desk);
  QCOMPARE(messages.count(), 1);
  QVERIFY(messages.first().at(1).toBool());
  const std::optional<rc::EventCase> recorded = desk.selectedCase();
  QVERIFY(recorded);
  QCOMPARE(recorded->state, rc::CaseState::Draft);
  QVERIFY(!recorded->problems.isEmpty());
  QVERIFY2(messages.first().at(0).toString().contains(recorded->problems.first()),
           qPrintable(messages.first().at(0).toString()));
  // The list masks the reporter's phone.
  const int row = desk.model()->rowOf(recorded->id);
  const QString reporter = desk.model()->index(row, rc::CaseDeskModel::Reporter).data().toString();
  QVERIFY2(!reporter.contains(u"12345678"_s), qPrintable(reporter));
  QVERIFY(reporter.contains(u"****"_s));

  // Fixing the location revises the same draft and moves it on.
  const QPointF where = staffedPoint();
  form->setLocation(where.x(), where.y());
  waitDesk(desk);
  desk.submitIntake();
  waitDesk(desk);
  const std::optional<rc::EventCase> fixed = desk.selectedCase();
  QVERIFY(fixed);
  QCOMPARE(fixed->id, recorded->id);
  QCOMPARE(fixed->state, rc::CaseState::Collected);
}

void TestEventsUi::intakeAtPointTakesLocatorsGrid()
{
  rc::CaseDesk desk;
  openDesk(desk);
  const QPointF where = staffedPoint();
  QVERIFY(!where.isNull());
  const rc::GridLocator locator(rc::GridLocator::loadGrids(m_gpkg));
  const std::optional<rc::GridAssignment> expected = locator.locate(where.x(), where.y());
  QVERIFY(expected);

  rc::CaseIntakeForm *form = desk.intakeForm();
  form->classBox()->setCurrentText(u"街面秩序"_s);
  form->descriptionEdit()->setText(u"占道经营"_s);
  form->setLocation(where.x(), where.y());
  waitDesk(desk);
  // The grid is shown before saving.
  QVERIFY2(form->gridPreview().contains(expected->gridCode), qPrintable(form->gridPreview()));
  desk.submitIntake();
  waitDesk(desk);
  const std::optional<rc::EventCase> recorded = desk.selectedCase();
  QVERIFY(recorded);
  QCOMPARE(recorded->state, rc::CaseState::Collected);
  QCOMPARE(recorded->gridCode, expected->gridCode);
  QCOMPARE(recorded->communityCode, expected->communityCode);

  // A typed coordinate outside the city: the preview says so before anything is saved.
  form->coordinateEdit()->setText(u"116.40, 39.90"_s);
  emit form->coordinateEdit()->editingFinished();
  waitDesk(desk);
  QVERIFY(!form->gridPreview().isEmpty());
  QVERIFY(!form->gridPreview().contains(expected->gridCode));
}

void TestEventsUi::buttonsFollowLegalTransitions()
{
  rc::CaseDesk desk;
  openDesk(desk);
  const QPointF where = staffedPoint();
  desk.intakeForm()->classBox()->setCurrentText(u"市容环境"_s);
  desk.intakeForm()->setLocation(where.x(), where.y());
  desk.submitIntake();
  waitDesk(desk);
  const auto checkButtons = [&desk](rc::CaseState state) {
    const QList<rc::CaseAction> legal = rc::CaseStateMachine::actionsFrom(state);
    for (int a = 0; a < rc::kCaseActionCount; ++a) {
      const auto action = rc::CaseAction(a);
      if (desk.actionButton(action)->isEnabled() != legal.contains(action))
        return false;
    }
    return true;
  };
  const rc::CaseAction path[] = {rc::CaseAction::Register,      rc::CaseAction::Dispatch,
                                 rc::CaseAction::StartHandling, rc::CaseAction::Feedback,
                                 rc::CaseAction::Close,         rc::CaseAction::Evaluate};
  const rc::CaseState reached[] = {rc::CaseState::Registered, rc::CaseState::Dispatched,
                                   rc::CaseState::Handling,   rc::CaseState::FedBack,
                                   rc::CaseState::Closed,     rc::CaseState::Evaluated};
  QCOMPARE(desk.selectedCase()->state, rc::CaseState::Collected);
  QVERIFY(checkButtons(rc::CaseState::Collected));
  for (std::size_t i = 0; i < std::size(path); ++i) {
    desk.actionButton(path[i])->click();
    waitDesk(desk);
    QCOMPARE(desk.selectedCase()->state, reached[i]);
    QVERIFY2(checkButtons(reached[i]), qPrintable(rc::caseStateKey(reached[i])));
  }
  // Finished cases sort after the open ones.
  QCOMPARE(desk.model()->rowOf(desk.selectedCase()->id), int(desk.model()->cases().size()) - 1);

  // A step needing a reason is not sent without one.
  desk.intakeForm()->setLocation(where.x(), where.y());
  desk.submitIntake();
  waitDesk(desk);
  QSignalSpy messages(&desk, &rc::CaseDesk::message);
  QVERIFY(desk.actionButton(rc::CaseAction::Void)->isEnabled());
  desk.actionButton(rc::CaseAction::Void)->click();
  QCOMPARE(messages.count(), 1);
  QCOMPARE(desk.selectedCase()->state, rc::CaseState::Collected);
  desk.reasonEdit()->setText(u"重复上报"_s);
  desk.actionButton(rc::CaseAction::Void)->click();
  waitDesk(desk);
  QCOMPARE(desk.selectedCase()->state, rc::CaseState::Voided);
  QVERIFY(checkButtons(rc::CaseState::Voided));

  desk.resize(620, 760);
  QDir().mkpath(QStringLiteral(RC_TEST_OUTPUT_DIR));
  QVERIFY(desk.grab().save(QStringLiteral(RC_TEST_OUTPUT_DIR) + u"/eventsui_casedesk.png"_s));
}

void TestEventsUi::undoRestoresPreviousStep()
{
  rc::CaseDesk desk;
  openDesk(desk);
  const QPointF where = staffedPoint();
  desk.intakeForm()->classBox()->setCurrentText(u"宣传广告"_s);
  desk.intakeForm()->setLocation(where.x(), where.y());
  desk.submitIntake();
  waitDesk(desk);
  const qint64 id = desk.selectedCase()->id;
  desk.actionButton(rc::CaseAction::Register)->click();
  waitDesk(desk);
  QCOMPARE(desk.selectedCase()->state, rc::CaseState::Registered);
  desk.undoAction()->trigger();
  waitDesk(desk);
  QCOMPARE(desk.selectedCase()->id, id);
  QCOMPARE(desk.selectedCase()->state, rc::CaseState::Collected);
  QVERIFY(desk.actionButton(rc::CaseAction::Register)->isEnabled());
  // Undoing the intake itself withdraws the case from the list.
  desk.undo();
  waitDesk(desk);
  QCOMPARE(desk.model()->rowOf(id), -1);
}

void TestEventsUi::screenshotEventMap()
{
  rc::VectorLayer *events = layer(u"events"_s);
  rc::VectorStyle style = events->style();
  style.kind = rc::RendererKind::Heatmap;
  style.rampName = u"Heat"_s;
  style.radius = 18;
  events->setStyle(style);
  rc::VectorStyle grids = layer(u"grids"_s)->style();
  grids.kind = rc::RendererKind::Single;
  grids.fill = {QColor(0xF4, 0xF1, 0xE8), QColor(0xC5, 0xB8, 0xD8), 0.3};
  layer(u"grids"_s)->setStyle(grids);

  QWidget window;
  auto *canvas = new rc::MapCanvas(&m_stack);
  auto *timeline = new rc::EventTimelineModel(&window);
  auto *layout = new QVBoxLayout(&window);
  layout->addWidget(canvas, 1);
  layout->addWidget(new rc::EventTimeline(timeline));
  window.resize(1000, 760);
  canvas->setDestinationCrs(rc::Crs::cgcs2000());
  canvas->setExtent(layer(u"grids"_s)->extent());
  window.show();
  QVERIFY(QTest::qWaitForWindowExposed(&window));
  QSignalSpy ready(timeline, &rc::EventTimelineModel::indexReady);
  timeline->setLayer(events);
  QVERIFY(ready.wait(10000));
  timeline->setWindow(rc::EventTimelineModel::Window::Month);
  timeline->setStart(QDateTime(QDate(2026, 7, 1), QTime(0, 0), QTimeZone(8 * 3600)));
  QTRY_VERIFY_WITH_TIMEOUT(!timeline->isBusy(), 10000);
  QTRY_VERIFY_WITH_TIMEOUT(!canvas->isRendering(), 20000);
  QTest::qWait(200);
  QTRY_VERIFY_WITH_TIMEOUT(!canvas->isRendering(), 20000);
  QDir().mkpath(QStringLiteral(RC_TEST_OUTPUT_DIR));
  const QString path = QStringLiteral(RC_TEST_OUTPUT_DIR) + u"/eventsui_heatmap_timeline.png"_s;
  QVERIFY(window.grab().save(path));
  qInfo("screenshot: %s (%zu events in the window)", qPrintable(path), timeline->shownCount());
  QVERIFY(timeline->shownCount() > 0);
  timeline->setLayer(nullptr);
}

QTEST_MAIN(TestEventsUi)
#include "test_eventsui.moc"
