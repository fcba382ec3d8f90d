#include "RenderChecker.h"
#include "StallMeter.h"

#include "LanguageManager.h"
#include "MainWindow.h"
#include "demo/DemoClock.h"
#include "demo/GpkgWriter.h"
#include "geo/CoordinateTransform.h"
#include "live/HistoryReplay.h"
#include "live/ReadingStore.h"
#include "live/StationChart.h"
#include "live/StationPanel.h"
#include "live/StationTools.h"
#include "live/TimeSlider.h"
#include "map/LayerStack.h"
#include "map/MapCanvas.h"
#include "map/VectorLayer.h"
#include "project/LayerOpener.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QDockWidget>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QValueAxis>
#include <QtTest>

using namespace Qt::StringLiterals;
using rc::demo::FieldType;
using rc::demo::TableGeometry;

namespace {

// The crafted history: 240 hourly readings from 2026-08-01 00:00 Beijing time.
constexpr qint64 kStart = rc::demo::clock::kHydroStart;
constexpr int kHours = 240;
const QString kRiver = u"60000001"_s;
const QString kReservoir = u"60000002"_s;
const QString kRain = u"60000003"_s;
const QString kTide = u"60000004"_s;
const QString kPoint = u"35010200000000000000000001"_s;

/// River level: a saw tooth 4.0 … 4.9 m, a crest of 6.5 m (over GRZ 6.0) at hour 200 and 5.5 m
/// (over WRZ 5.0) at hour 150.
double riverZ(int h)
{
  if (h == 200)
    return 6.5;
  if (h == 150)
    return 5.5;
  return 4.0 + (h % 10) * 0.1;
}

/// Reservoir level: 99 m, 101 m (over the flood limit of 100 m) from hour 100 to 109.
double reservoirZ(int h)
{
  return h >= 100 && h < 110 ? 101.0 : 99.0;
}

QDateTime hourTime(int h)
{
  return QDateTime::fromSecsSinceEpoch(kStart + qint64(h) * 3600, Qt::UTC);
}

void writeFixture(const QString &path)
{
  using rc::demo::GpkgWriter;
  GpkgWriter writer(path);
  auto &stations = writer.beginTable(
      u"hydro_stations"_s, u"测站"_s, TableGeometry::Point,
      {{u"stcd"_s, FieldType::Text}, {u"stnm"_s, FieldType::Text}, {u"sttp"_s, FieldType::Text}});
  const std::tuple<QString, QString, QString, double> list[] = {{kRiver, u"解放大桥"_s, u"ZZ"_s, 119.30},
                                                                {kReservoir, u"溪源水库"_s, u"RR"_s, 119.31},
                                                                {kRain, u"鼓东"_s, u"PP"_s, 119.32},
                                                                {kTide, u"梅花"_s, u"TT"_s, 119.33}};
  for (const auto &[stcd, name, type, x] : list) {
    stations.setText(0, stcd);
    stations.setText(1, name);
    stations.setText(2, type);
    stations.setPoint(x, 26.05);
    stations.write();
  }
  writer.endTable();
  auto &warnings = writer.beginTable(
      u"st_rvfcch_b"_s, u"防洪指标"_s, TableGeometry::None,
      {{u"stcd"_s, FieldType::Text}, {u"wrz"_s, FieldType::Real}, {u"grz"_s, FieldType::Real}});
  warnings.setText(0, kRiver);
  warnings.setReal(1, 5.0);
  warnings.setReal(2, 6.0);
  warnings.write();
  writer.endTable();
  auto &limits = writer.beginTable(u"st_rsvrfsr_b"_s, u"汛限水位"_s, TableGeometry::None,
                                   {{u"stcd"_s, FieldType::Text},
                                    {u"bgmd"_s, FieldType::Text},
                                    {u"edmd"_s, FieldType::Text},
                                    {u"fsltdz"_s, FieldType::Real}});
  limits.setText(0, kReservoir);
  limits.setText(1, u"0601"_s);
  limits.setText(2, u"0930"_s);
  limits.setReal(3, 100.0);
  limits.write();
  writer.endTable();

  const auto series = [&](const QString &table, const QString &column, const QString &stcd, auto value) {
    auto &t = writer.beginTable(
        table, table, TableGeometry::None,
        {{u"stcd"_s, FieldType::Text}, {u"tm"_s, FieldType::DateTime}, {column, FieldType::Real}});
    for (int h = 0; h < kHours; ++h) {
      t.setText(0, stcd);
      t.setDateTime(1, kStart + qint64(h) * 3600);
      t.setReal(2, value(h));
      t.write();
    }
    writer.endTable();
  };
  series(u"st_river_r"_s, u"z"_s, kRiver, riverZ);
  series(u"st_rsvr_r"_s, u"rz"_s, kReservoir, reservoirZ);
  series(u"st_pptn_r"_s, u"drp"_s, kRain, [](int h) { return double(h % 5); });
  series(u"st_tide_r"_s, u"tdz"_s, kTide, [](int h) { return 2.0 * std::sin(h * 0.5); });

  auto &points = writer.beginTable(u"monitoring_points"_s, u"监测点"_s, TableGeometry::Point,
                                   {{u"mn"_s, FieldType::Text},
                                    {u"name"_s, FieldType::Text},
                                    {u"enterprise"_s, FieldType::Text},
                                    {u"pollutants"_s, FieldType::Text},
                                    {u"limits"_s, FieldType::Text}});
  points.setText(0, kPoint);
  points.setText(1, u"福州某厂废水总排口"_s);
  points.setText(2, u"福州某厂"_s);
  points.setText(3, u"w01018;w01001"_s);
  points.setText(4, u"w01018=100;w01001=6-9"_s);
  points.setPoint(119.34, 26.05);
  points.write();
  writer.endTable();
  writer.close();
}

template<typename Series> std::pair<double, double> yRange(const Series *series)
{
  double low = std::numeric_limits<double>::infinity(), high = -low;
  for (const QPointF &p : series->points()) {
    low = std::min(low, p.y());
    high = std::max(high, p.y());
  }
  return {low, high};
}

} // namespace

class TestStationPanel : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase();
  void loadsSevenDaysOfLevelWithThresholds();
  void windowLengthsChangePointCounts();
  void rainfallIsHourlyBars();
  void reservoirShowsFloodLimit();
  void storeReadingsMergeWithHistory();
  void liveReadingIsAppended();
  void pollutantAgainstItsLimits();
  void replayGivesStatesAtTime();
  void playingDoesNotStallTheUi();
  void rendersLikeTheControl();
  void doubleClickOnStationOpensChart();

private:
  std::unique_ptr<rc::StationPanel> loadedPanel(const rc::StationRef &station,
                                                std::chrono::hours length = std::chrono::hours(24 * 7));
  std::unique_ptr<rc::VectorLayer> stationsLayer();

  QTemporaryDir m_dir;
  QString m_gpkg;
  QString m_store;
  std::unique_ptr<rc::LanguageManager> m_languages;
};

void TestStationPanel::initTestCase()
{
  // Fuzhou time on the axes whatever the machine's zone, so the control image is stable.
  qputenv("TZ", "Asia/Shanghai");
  tzset();
  QVERIFY(m_dir.isValid());
  QCoreApplication::setOrganizationName(u"RongchengTest"_s);
  m_languages = std::make_unique<rc::LanguageManager>();
  m_languages->applyPreference();
  m_gpkg = m_dir.filePath(u"city.gpkg"_s);
  writeFixture(m_gpkg);

  // The live store: pollutant values and three river readings after the GeoPackage's last hour.
  m_store = m_dir.filePath(u"readings.sqlite"_s);
  rc::ReadingStore store(m_store);
  std::vector<rc::PollutantReading> pollutants;
  for (int h = 0; h < kHours; ++h) {
    rc::PollutantReading cod;
    cod.mn = kPoint;
    cod.code = u"w01018"_s;
    cod.tm = hourTime(h);
    cod.rtd = h == 230 ? 130.0 : 40.0 + h % 20;
    pollutants.push_back(cod);
  }
  store.insert({}, pollutants);
}

std::unique_ptr<rc::StationPanel> TestStationPanel::loadedPanel(const rc::StationRef &station,
                                                                std::chrono::hours length)
{
  auto panel = std::make_unique<rc::StationPanel>();
  panel->resize(640, 420);
  panel->setSources({m_gpkg, {}, nullptr});
  panel->setWindowLength(length);
  QSignalSpy loaded(panel.get(), &rc::StationPanel::loaded);
  panel->showStation(station);
  if (!loaded.wait(10000))
    qWarning() << "no chart:" << panel->statusText();
  return panel;
}

std::unique_ptr<rc::VectorLayer> TestStationPanel::stationsLayer()
{
  auto layer = std::make_unique<rc::VectorLayer>(rc::VectorSource(m_gpkg, u"hydro_stations"_s));
  rc::VectorLayer::loadNow({layer.get()});
  return layer;
}

void TestStationPanel::loadsSevenDaysOfLevelWithThresholds()
{
  const auto panel = loadedPanel({rc::StationRef::Kind::Hydro, kRiver, {}});
  const rc::StationChart *chart = panel->chart();
  QVERIFY(chart->levelLine());
  // The window ends at the newest reading (hour 239) and BETWEEN includes both ends: hours 71…239.
  QCOMPARE(chart->levelLine()->count(), 169);
  const auto [low, high] = yRange(chart->levelLine());
  QCOMPARE(low, 4.0);
  QCOMPARE(high, 6.5);
  QCOMPARE(chart->levelLine()->at(0).x(), double(hourTime(71).toMSecsSinceEpoch()));
  QVERIFY(chart->warningLine() && chart->guaranteedLine());
  QCOMPARE(yRange(chart->warningLine()), std::make_pair(5.0, 5.0));
  QCOMPARE(yRange(chart->guaranteedLine()), std::make_pair(6.0, 6.0));
  QVERIFY(chart->warningLine()->name().contains(u"5.00"_s));
  QVERIFY(chart->guaranteedLine()->name().contains(u"6.00"_s));
  // Every threshold is inside the value axis, so the lines are on the chart.
  QVERIFY(chart->valueAxis()->min() <= 4.0 && chart->valueAxis()->max() >= 6.5);
  // The time axis spans the window exactly, with a labelled tick on each local midnight inside it.
  QCOMPARE(chart->timeAxis()->min(), double(hourTime(71).toMSecsSinceEpoch()));
  QCOMPARE(chart->timeAxis()->max(), double(hourTime(239).toMSecsSinceEpoch()));
  QCOMPARE(chart->timeAxis()->count(), 7);
  QCOMPARE(chart->timeAxis()->categoriesLabels().front(), u"8/4"_s);
  QCOMPARE(panel->series().station.name, u"解放大桥"_s);
}

void TestStationPanel::windowLengthsChangePointCounts()
{
  const auto panel = loadedPanel({rc::StationRef::Kind::Hydro, kRiver, {}}, std::chrono::hours(24));
  QCOMPARE(panel->chart()->levelLine()->count(), 25);
  QSignalSpy loaded(panel.get(), &rc::StationPanel::loaded);
  panel->setWindowLength(std::chrono::hours(24 * 30));
  QVERIFY(loaded.wait(10000));
  QCOMPARE(panel->chart()->levelLine()->count(), kHours);
  // A fixed end (the replay's time) instead of the newest reading.
  panel->setWindowEnd(hourTime(200));
  panel->setWindowLength(std::chrono::hours(24));
  QVERIFY(loaded.wait(10000));
  QTRY_VERIFY(!panel->isLoading());
  QCOMPARE(panel->chart()->levelLine()->count(), 25);
  QCOMPARE(panel->chart()->levelLine()->at(24).y(), 6.5);
}

void TestStationPanel::rainfallIsHourlyBars()
{
  const auto panel = loadedPanel({rc::StationRef::Kind::Hydro, kRain, {}});
  const rc::StationChart *chart = panel->chart();
  QVERIFY(chart->rainfallBars());
  QVERIFY(!chart->levelLine());
  QCOMPARE(chart->rainfallBarCount(), 169);
  QCOMPARE(yRange(chart->rainfallBars()->upperSeries()), std::make_pair(0.0, 4.0));
  // Hours 71…239 of 0,1,2,3,4 mm repeating: 33 full cycles of 10 mm and hours 236…239 (1+2+3+4).
  QVERIFY(chart->accumulatedRainfallLine());
  QCOMPARE(chart->accumulatedRainfallLine()->count(), 169);
  QCOMPARE(yRange(chart->accumulatedRainfallLine()).second, 340.0);
  QVERIFY(panel->statusText().contains(u"mm"_s));
}

void TestStationPanel::reservoirShowsFloodLimit()
{
  const auto panel = loadedPanel({rc::StationRef::Kind::Hydro, kReservoir, {}}, std::chrono::hours(24 * 30));
  const rc::StationChart *chart = panel->chart();
  QVERIFY(chart->levelLine() && chart->floodLimitLine());
  QCOMPARE(yRange(chart->levelLine()), std::make_pair(99.0, 101.0));
  QCOMPARE(yRange(chart->floodLimitLine()), std::make_pair(100.0, 100.0));
  QVERIFY(!chart->warningLine());
}

void TestStationPanel::storeReadingsMergeWithHistory()
{
  QTemporaryDir dir;
  const QString path = dir.filePath(u"store.sqlite"_s);
  {
    rc::ReadingStore store(path);
    std::vector<rc::HydroReading> readings;
    for (int h = kHours; h < kHours + 3; ++h) {
      rc::HydroReading r;
      r.stcd = kRiver;
      r.tm = hourTime(h);
      r.z = 5.25;
      readings.push_back(r);
    }
    store.insert(readings, {});
  }
  rc::StationPanel panel;
  panel.setSources({m_gpkg, path, nullptr});
  QSignalSpy loaded(&panel, &rc::StationPanel::loaded);
  panel.showStation({rc::StationRef::Kind::Hydro, kRiver, {}});
  QVERIFY(loaded.wait(10000));
  const QLineSeries *level = panel.chart()->levelLine();
  QCOMPARE(level->count(), 169);
  QCOMPARE(level->at(level->count() - 1).x(), double(hourTime(kHours + 2).toMSecsSinceEpoch()));
  QCOMPARE(level->at(level->count() - 1).y(), 5.25);
  QVERIFY(panel.statusText().contains(u"5.25"_s));
}

void TestStationPanel::liveReadingIsAppended()
{
  const auto panel = loadedPanel({rc::StationRef::Kind::Hydro, kRiver, {}});
  rc::ReadingBatch batch;
  rc::HydroReading other;
  other.stcd = kTide;
  other.table = rc::HydroTable::Tide;
  other.tm = hourTime(kHours);
  other.tdz = 9;
  rc::HydroReading old;
  old.stcd = kRiver;
  old.tm = hourTime(100);
  old.z = 99;
  rc::HydroReading fresh;
  fresh.stcd = kRiver;
  fresh.tm = hourTime(kHours);
  fresh.z = 7.2;
  batch.hydro = {other, old, fresh};
  panel->addReadings(batch);

  const QLineSeries *level = panel->chart()->levelLine();
  // The window moved on one hour: the oldest point fell out, the new one came in.
  QCOMPARE(level->count(), 169);
  QCOMPARE(level->at(level->count() - 1).y(), 7.2);
  QCOMPARE(level->at(0).x(), double(hourTime(72).toMSecsSinceEpoch()));
  QCOMPARE(yRange(level).second, 7.2);
  QCOMPARE(panel->chart()->warningLine()->at(1).x(), double(hourTime(kHours).toMSecsSinceEpoch()));
  QVERIFY(panel->chart()->valueAxis()->max() >= 7.2);
  QVERIFY(!panel->isLoading()); // appended, not queried again
  // The river station's first rainfall: the chart gains bars without reading the history again.
  rc::HydroReading rain;
  rain.stcd = kRiver;
  rain.table = rc::HydroTable::Rainfall;
  rain.tm = hourTime(kHours).addSecs(-600);
  rain.drp = 3.5;
  batch.hydro = {rain};
  panel->addReadings(batch);
  QVERIFY(panel->chart()->rainfallBars());
  QCOMPARE(panel->chart()->rainfallBarCount(), 1);
  QCOMPARE(panel->chart()->levelLine()->count(), 169);
  QCOMPARE(panel->statusText(),
           rc::StationPanel::tr("Latest %1 m at %2")
                   .arg(QLocale().toString(7.2, 'f', 2),
                        QLocale().toString(hourTime(kHours).toLocalTime(), QLocale::ShortFormat)) +
               u" — "_s + rc::StationPanel::tr("above the guaranteed level"));
}

void TestStationPanel::pollutantAgainstItsLimits()
{
  auto panel = std::make_unique<rc::StationPanel>();
  panel->setSources({m_gpkg, m_store, nullptr});
  QSignalSpy loaded(panel.get(), &rc::StationPanel::loaded);
  panel->showStation({rc::StationRef::Kind::MonitoringPoint, kPoint, {}});
  QVERIFY(loaded.wait(10000));
  const rc::StationChart *chart = panel->chart();
  QVERIFY(chart->pollutantLine());
  QCOMPARE(chart->pollutantLine()->count(), 169);
  QCOMPARE(yRange(chart->pollutantLine()), std::make_pair(40.0, 130.0));
  QVERIFY(chart->upperLimitLine());
  QCOMPARE(yRange(chart->upperLimitLine()), std::make_pair(100.0, 100.0));
  QVERIFY(!chart->lowerLimitLine());

  // The enterprise's chart covers its monitoring points; pH is the second pollutant, a band.
  panel->showStation({rc::StationRef::Kind::Enterprise, u"福州某厂"_s, u"福州某厂"_s});
  QVERIFY(loaded.wait(10000));
  QCOMPARE(panel->series().pollutants.size(), 2);
  panel->chart()->setSeries(panel->series(), 1);
  QVERIFY(panel->chart()->upperLimitLine() && panel->chart()->lowerLimitLine());
  QCOMPARE(yRange(panel->chart()->lowerLimitLine()).first, 6.0);
  QCOMPARE(yRange(panel->chart()->upperLimitLine()).first, 9.0);

  // A live value over the limit.
  rc::PollutantReading reading;
  reading.mn = kPoint;
  reading.code = u"w01018"_s;
  reading.tm = hourTime(kHours);
  reading.rtd = 150;
  panel->chart()->setSeries(panel->series(), 0);
  rc::ReadingBatch batch;
  batch.pollutants = {reading};
  panel->addReadings(batch);
  QCOMPARE(panel->series().pollutants[0].values.back().y(), 150.0);
}

void TestStationPanel::replayGivesStatesAtTime()
{
  const auto layer = stationsLayer();
  QCOMPARE(layer->state(), rc::MapLayer::State::Ready);
  rc::HistoryReplay replay({m_gpkg, {}, nullptr});
  replay.setLayer(layer.get());
  QSignalSpy applied(&replay, &rc::HistoryReplay::applied);
  QSignalSpy range(&replay, &rc::HistoryReplay::rangeReady);
  replay.loadRange();
  QVERIFY(range.wait(10000));
  QCOMPARE(range.at(0).at(0).toDateTime(), hourTime(0));
  QCOMPARE(range.at(0).at(1).toDateTime(), hourTime(kHours - 1));

  const auto stateOf = [&](const QString &stcd) {
    const auto store = layer->features();
    const int key = store->fieldIndex(u"stcd"_s), state = store->fieldIndex(u"level_state"_s);
    for (std::uint32_t f = 0; f < store->featureCount(); ++f)
      if (store->text(f, key) == stcd)
        return std::make_pair(store->text(f, state), store->attribute(f, store->fieldIndex(u"z"_s)));
    return std::make_pair(QString(), QVariant());
  };
  const quint64 revision = layer->revision();
  const std::tuple<int, QString, QString, double> expected[] = {{200, kRiver, u"guaranteed"_s, 6.5},
                                                                {150, kRiver, u"warning"_s, 5.5},
                                                                {201, kRiver, u"normal"_s, 4.1},
                                                                {105, kReservoir, u"warning"_s, 101},
                                                                {120, kReservoir, u"normal"_s, 99}};
  for (const auto &[hour, stcd, state, z] : expected) {
    // Half an hour after the reading: the newest reading at or before T counts.
    replay.setTime(hourTime(hour).addSecs(1800));
    QVERIFY(applied.wait(10000));
    QCOMPARE(stateOf(stcd).first, state);
    QCOMPARE(stateOf(stcd).second.toDouble(), z);
  }
  QVERIFY(layer->revision() > revision);
  // The rainfall station has no level: no state.
  QVERIFY(stateOf(kRain).first.isEmpty());
  // Long after the last reading nothing is current.
  replay.setTime(hourTime(kHours + 48));
  QVERIFY(applied.wait(10000));
  QVERIFY(stateOf(kRiver).first.isEmpty());
}

void TestStationPanel::playingDoesNotStallTheUi()
{
  const auto layer = stationsLayer();
  rc::HistoryReplay replay({m_gpkg, {}, nullptr});
  replay.setLayer(layer.get());
  rc::TimeSlider slider;
  slider.show();
  QObject::connect(&slider, &rc::TimeSlider::timeChanged, &replay, &rc::HistoryReplay::setTime);
  slider.setRange(hourTime(0), hourTime(kHours - 1));
  QSignalSpy applied(&replay, &rc::HistoryReplay::applied);
  slider.setSpeed(24);

  slider.setTime(hourTime(0));
  QTRY_VERIFY(!replay.isBusy());
  applied.clear();
  rc::test::StallMeter meter;
  slider.play();
  QVERIFY(slider.isPlaying());
  // A plain event loop, as the application runs: QTest::qWait() sleeps between its rounds.
  QEventLoop loop;
  QTimer::singleShot(2000, &loop, &QEventLoop::quit);
  loop.exec();
  slider.pause();
  const rc::test::Stalls stalls = meter.stalls();
  QTRY_VERIFY(!replay.isBusy());
  qInfo().noquote()
      << u"replay: %1 states applied in 2 s, slider at hour %2, event loop held %3 ms at most (%4 ms on "
         u"the wall clock), GUI-thread work between ticks %5 ms at most"_s.arg(applied.count())
             .arg(hourTime(0).secsTo(slider.time()) / 3600)
             .arg(stalls.heldMs, 0, 'f', 0)
             .arg(stalls.wallMs, 0, 'f', 0)
             .arg(stalls.busyMs, 0, 'f', 0);
  QVERIFY(applied.count() >= 8);
  // 24 h/s for 2 s: about 48 hours of history played.
  QVERIFY(slider.time() >= hourTime(36) && slider.time() <= hourTime(56));
  const QString stall = stalls.problem(50);
  QVERIFY2(stall.isEmpty(), qPrintable(stall));
}

void TestStationPanel::rendersLikeTheControl()
{
  const auto panel = loadedPanel({rc::StationRef::Kind::Hydro, kRiver, {}});
  panel->resize(640, 420);
  panel->show();
  QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
  QTest::qWait(50);
  const QImage image = panel->grab().toImage();
  image.save(QStringLiteral(RC_TEST_OUTPUT_DIR) + u"/station_panel.png"_s);
  rc::test::RenderChecker checker(u"stationpanel"_s, u"river_7d"_s);
  // Text antialiasing differs slightly between FreeType builds.
  checker.setColorTolerance(24);
  checker.setAllowedMismatch(600);
  QVERIFY2(checker.compare(image), qPrintable(checker.report()));
}

void TestStationPanel::doubleClickOnStationOpensChart()
{
  rc::MainWindow window(m_languages.get());
  window.resize(1000, 700);
  window.show();
  QVERIFY(QTest::qWaitForWindowExposed(&window));
  QSignalSpy loaded(window.opener(), &rc::LayerOpener::layerLoaded);
  window.openPaths({m_gpkg});
  rc::VectorLayer *stations = nullptr;
  QTRY_VERIFY_WITH_TIMEOUT((stations = [&]() -> rc::VectorLayer * {
                             for (rc::MapLayer *layer : window.layers()->layers())
                               if (auto *v = qobject_cast<rc::VectorLayer *>(layer);
                                   v && v->source().layerName == u"hydro_stations"_s &&
                                   v->state() == rc::MapLayer::State::Ready)
                                 return v;
                             return nullptr;
                           }()),
                           10000);
  window.canvas()->zoomToLayer(stations);
  double x = 119.30, y = 26.05;
  rc::CoordinateTransform(stations->crs(), window.canvas()->destinationCrs()).transform(x, y);
  const QPoint pixel = window.canvas()->toPixel(QPointF(x, y)).toPoint();

  rc::StationTools *tools = window.stationTools();
  QVERIFY(!tools->dock()->isVisible());
  QSignalSpy chart(tools->panel(), &rc::StationPanel::loaded);
  QTest::mouseDClick(window.canvas(), Qt::LeftButton, Qt::NoModifier, pixel);
  QVERIFY(tools->dock()->isVisible());
  QVERIFY(tools->panel()->station());
  QCOMPARE(tools->panel()->station()->code, kRiver);
  QVERIFY(chart.wait(10000));
  QCOMPARE(tools->panel()->chart()->levelLine()->count(), 169);
  // Far from any station nothing is picked.
  QVERIFY(!tools->stationAt(QPointF(2, 2)));
}

QTEST_MAIN(TestStationPanel)
#include "test_stationpanel.moc"
