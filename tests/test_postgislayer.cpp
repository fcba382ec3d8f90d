// View-driven PostGIS layers (issue 8) against a real PostgreSQL + PostGIS: a layer reads exactly
// the features in its enlarged view box (the GeoPackage read brute force agrees), reads nothing for
// a view inside that box or outside the style's scale range, drops a superseded read, turns Failed
// with a message when the server stops or the table cannot be drawn and recovers by itself when the
// server returns; server-side filters return the GeoPackage's answer, an injection attempt in the
// value matches nothing and changes nothing, and an unknown column is refused by name. A read is
// shown in batches (the view first, one even slice of it), a capped view holds whole slices (an
// even sample, not a strip), table names with spaces or in Chinese open, and the layer menu's
// Server Filter… entry sets and clears the filter through its dialog.

#include "PostgisServer.h"
#include "base/MessageBar.h"
#include "map/LayerPanel.h"
#include "map/MapCanvas.h"
#include "postgis/PostgisLayerTools.h"
#include "postgis/ServerFilterDialog.h"
#include "project/LayerOpener.h"

#include "auth/PostgisCredentials.h"
#include "data/FeatureStore.h"
#include "data/VectorDataset.h"
#include "demo/DemoCityGenerator.h"
#include "map/LayerStack.h"
#include "map/VectorLayer.h"
#include "map/ViewFetcher.h"
#include "postgis/PostgisImporter.h"
#include "postgis/PostgisSession.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cmath>
#include <set>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kTestAddresses = 5000;

std::set<qint64> fidsOf(const rc::FeatureStore &store, const std::vector<std::uint32_t> *subset = nullptr)
{
  std::set<qint64> fids;
  if (subset) {
    for (const std::uint32_t feature : *subset)
      fids.insert(store.fid(feature));
  } else {
    for (std::size_t feature = 0; feature < store.featureCount(); ++feature)
      fids.insert(store.fid(feature));
  }
  return fids;
}

/// The slice of 16 a FID falls in, as ViewFetchWorker asks the server for it.
int sliceOf(qint64 fid)
{
  return int((std::abs((fid % 1048576) * 2654435761LL) % 4294967296LL) / 268435456LL);
}

rc::ViewFetcher::Options fastOptions()
{
  rc::ViewFetcher::Options options;
  options.debounceMs = 0;
  options.firstRetryMs = 300;
  options.maxRetryMs = 1200;
  return options;
}

} // namespace

class TestPostgisLayer : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase();
  void openerMakesDatabaseLayersViewDriven();
  void readsExactlyTheEnlargedView();
  void viewInsideFetchedBoxReadsNothing();
  void hiddenAtThisScaleReadsNothing();
  void supersededReadIsDropped();
  void viewIsShownFirstThinThenWhole();
  void bigViewIsCappedAndSaysSo();
  void unusableTablesFailWithMessage();
  void serverFilterMatchesGeoPackage();
  void serverFilterInjectionChangesNothing();
  void unknownFilterColumnIsRefused();
  void stoppedServerFailsThenRecovers();
  void tableNamesWithSpacesAndChineseOpen();
  void serverFilterDialogFromTheLayerMenu();

private:
  struct Layer
  {
    std::unique_ptr<rc::VectorLayer> layer;
    rc::ViewFetcher *fetcher = nullptr;
  };
  [[nodiscard]] Layer makeLayer(const QString &table, rc::ViewFetcher::Options options = fastOptions());
  /// The GeoPackage's addresses meeting `box`, read brute force (every feature tested).
  [[nodiscard]] std::set<qint64>
  fileFidsIn(const rc::BBox &box,
             const std::function<bool(const rc::FeatureStore &, std::size_t)> &keep = {});
  [[nodiscard]] QString tableChecksum();
  /// A window of a quarter of the city's width in its middle.
  [[nodiscard]] rc::BBox middleView(double dx = 0, double dy = 0) const;

  QTemporaryDir m_dir;
  rc::test::PostgisServer m_server;
  QString m_gpkg;
  std::shared_ptr<const rc::FeatureStore> m_all;
  rc::BBox m_extent;
};

void TestPostgisLayer::initTestCase()
{
  QVERIFY(m_dir.isValid());
  QVERIFY2(m_server.start(), qPrintable(m_server.error()));
  rc::DemoCityOptions options;
  options.outDir = m_dir.filePath(u"city"_s);
  options.basemapDir = QStringLiteral(RC_SOURCE_DIR) + u"/resources/basemap"_s;
  options.addressCount = kTestAddresses;
  options.eventCount = 50;
  options.cellSiteCount = 50;
  try {
    rc::DemoCityGenerator::generate(options, {});
    m_gpkg = rc::DemoCityGenerator::geoPackagePath(options.outDir);
    rc::PostgisImporter::run({m_gpkg, m_server.source(m_server.kOperator), {u"addresses"_s}, {}});
  } catch (const std::exception &e) {
    QFAIL(e.what());
  }
  const auto dataset = rc::VectorDataset::open(m_gpkg);
  m_all = dataset->load(dataset->layerIndex(u"addresses"_s));
  m_extent = m_all->extent();
  QCOMPARE(qint64(m_all->featureCount()), kTestAddresses);
  QVERIFY2(m_server.sql(u"CREATE TABLE no_geometry (fid serial PRIMARY KEY, name text);"
                        "INSERT INTO no_geometry (name) VALUES ('a'), ('b');"
                        "CREATE TABLE unknown_srid (fid serial PRIMARY KEY, geom geometry(Point, 0));"
                        "INSERT INTO unknown_srid (geom) VALUES (ST_MakePoint(119.3, 26.08));"
                        "GRANT SELECT ON no_geometry, unknown_srid TO rc_operator, rc_viewer;"
                        "CREATE TABLE \"my table\" AS SELECT fid, road, geom FROM addresses WHERE fid <= 100;"
                        "CREATE TABLE \"福州 地址\" AS SELECT fid, road, geom FROM addresses WHERE fid <= 40;"
                        "ALTER TABLE \"my table\" ADD PRIMARY KEY (fid);"
                        "ALTER TABLE \"福州 地址\" ADD PRIMARY KEY (fid);"
                        "GRANT SELECT ON \"my table\", \"福州 地址\" TO rc_operator, rc_viewer;"_s),
           qPrintable(m_server.error()));
}

TestPostgisLayer::Layer TestPostgisLayer::makeLayer(const QString &table, rc::ViewFetcher::Options options)
{
  Layer result;
  result.layer =
      std::make_unique<rc::VectorLayer>(rc::VectorSource(m_server.source(m_server.kViewer), table));
  result.fetcher = new rc::ViewFetcher(result.layer.get(), options);
  return result;
}

std::set<qint64>
TestPostgisLayer::fileFidsIn(const rc::BBox &box,
                             const std::function<bool(const rc::FeatureStore &, std::size_t)> &keep)
{
  std::set<qint64> fids;
  for (std::size_t feature = 0; feature < m_all->featureCount(); ++feature) {
    if (m_all->featureBounds(feature).intersects(box) && (!keep || keep(*m_all, feature)))
      fids.insert(m_all->fid(feature));
  }
  return fids;
}

QString TestPostgisLayer::tableChecksum()
{
  QString output;
  if (!m_server.sql(
          u"SELECT count(*) || ':' || md5(string_agg(fid || addr_code || road || ST_AsText(geom), ',' "
          "ORDER BY fid)) FROM addresses"_s,
          &output))
    return m_server.error();
  return output.trimmed();
}

rc::BBox TestPostgisLayer::middleView(double dx, double dy) const
{
  const double w = m_extent.width() / 4, h = w * 1080 / 1920;
  const double x = m_extent.centerX() - w / 2 + dx * w, y = m_extent.centerY() - h / 2 + dy * h;
  return {x, y, x + w, y + h};
}

void TestPostgisLayer::openerMakesDatabaseLayersViewDriven()
{
  rc::LayerStack stack;
  rc::LayerOpener opener(&stack);
  QSignalSpy loaded(&opener, &rc::LayerOpener::layerLoaded);
  opener.open({m_server.source(m_server.kViewer) + u" tables=addresses"_s});
  QVERIFY(loaded.wait(20000));
  QCOMPARE(stack.count(), 1);
  auto *layer = qobject_cast<rc::VectorLayer *>(stack.layers().value(0));
  QVERIFY(layer);
  QVERIFY(rc::ViewFetcher::of(layer));
  // Opened, not read: no view yet, so no features, but the table's extent for the first zoom.
  QCOMPARE(layer->state(), rc::MapLayer::State::Ready);
  QCOMPARE(layer->features()->featureCount(), std::size_t(0));
  QVERIFY(layer->extent().contains(m_extent.scaled(0.999)));
  QCOMPARE(rc::ViewFetcher::of(layer)->fetchCount(), 1);
}

void TestPostgisLayer::readsExactlyTheEnlargedView()
{
  Layer t = makeLayer(u"addresses"_s);
  QSignalSpy finished(t.fetcher, &rc::ViewFetcher::fetchFinished);
  const rc::BBox view = middleView();
  t.fetcher->setView(view, rc::Crs::cgcs2000(), 5000);
  QVERIFY(finished.wait(20000));
  QCOMPARE(t.layer->state(), rc::MapLayer::State::Ready);
  QCOMPARE(t.fetcher->fetchedBox(), view.scaled(1.5));
  const std::set<qint64> expected = fileFidsIn(view.scaled(1.5));
  QVERIFY(expected.size() > 100);
  QVERIFY(expected.size() < std::size_t(kTestAddresses));
  QCOMPARE(fidsOf(*t.layer->features()), expected);
  // The extent is the table's, so "zoom to layer" shows all of it, not the window.
  QVERIFY(t.layer->extent().contains(m_extent.scaled(0.999)));
  QVERIFY(!t.fetcher->isPartial());
  QVERIFY(t.layer->warningMessage().isEmpty());
}

void TestPostgisLayer::viewInsideFetchedBoxReadsNothing()
{
  Layer t = makeLayer(u"addresses"_s);
  QSignalSpy finished(t.fetcher, &rc::ViewFetcher::fetchFinished);
  t.fetcher->setView(middleView(), rc::Crs::cgcs2000(), 5000);
  QVERIFY(finished.wait(20000));
  QCOMPARE(t.fetcher->fetchCount(), 1);
  // Select two features: a refresh carries the selection over by FID.
  const auto before = t.layer->features();
  t.layer->setSelection({0, 1});
  const std::set<qint64> selectedFids{before->fid(0), before->fid(1)};

  // A fifth of a screen to the right (the margin is a quarter), and a zoom in: both inside the box read.
  t.fetcher->setView(middleView(0.2, 0), rc::Crs::cgcs2000(), 5000);
  QTest::qWait(300);
  t.fetcher->setView(middleView().scaled(0.5), rc::Crs::cgcs2000(), 2500);
  QTest::qWait(300);
  QCOMPARE(t.fetcher->fetchCount(), 1);
  QCOMPARE(finished.count(), 1);

  // Two screens away: a new read, with the old features drawn until it arrives.
  t.fetcher->setView(middleView(0.9, 0.4), rc::Crs::cgcs2000(), 5000);
  QTRY_COMPARE(t.fetcher->fetchCount(), 2);
  QVERIFY(finished.wait(20000));
  QCOMPARE(fidsOf(*t.layer->features()), fileFidsIn(middleView(0.9, 0.4).scaled(1.5)));
  std::set<qint64> stillSelected;
  for (const std::uint32_t feature : t.layer->selection())
    stillSelected.insert(t.layer->features()->fid(feature));
  std::set<qint64> expectedSelected;
  for (const qint64 fid : selectedFids) {
    if (fidsOf(*t.layer->features()).contains(fid))
      expectedSelected.insert(fid);
  }
  QCOMPARE(stillSelected, expectedSelected);
}

void TestPostgisLayer::hiddenAtThisScaleReadsNothing()
{
  Layer t = makeLayer(u"addresses"_s);
  rc::VectorStyle style = t.layer->style();
  style.minScale = 10000;
  t.layer->setStyle(style);
  t.fetcher->setView(middleView(), rc::Crs::cgcs2000(), 50000);
  QTest::qWait(300);
  QCOMPARE(t.fetcher->fetchCount(), 0);
  t.layer->setVisible(false);
  t.fetcher->setView(middleView(), rc::Crs::cgcs2000(), 5000);
  QTest::qWait(300);
  QCOMPARE(t.fetcher->fetchCount(), 0);
  // Shown again: the view is read without another pan.
  QSignalSpy finished(t.fetcher, &rc::ViewFetcher::fetchFinished);
  t.layer->setVisible(true);
  QVERIFY(finished.wait(20000));
  QCOMPARE(fidsOf(*t.layer->features()), fileFidsIn(middleView().scaled(1.5)));
}

void TestPostgisLayer::supersededReadIsDropped()
{
  Layer t = makeLayer(u"addresses"_s);
  QSignalSpy started(t.fetcher, &rc::ViewFetcher::fetchStarted);
  QSignalSpy finished(t.fetcher, &rc::ViewFetcher::fetchFinished);
  QSignalSpy loaded(t.layer.get(), &rc::VectorLayer::loaded);
  QSignalSpy batches(t.fetcher, &rc::ViewFetcher::batchShown);
  t.fetcher->setView(middleView(1.5, 1.5), rc::Crs::cgcs2000(), 5000);
  QVERIFY(started.wait(5000));
  QVERIFY(t.fetcher->isFetching());
  // The opposite corner: outside the box being read, so that read is no longer wanted.
  const rc::BBox corner = middleView(-1.5, -1.5);
  t.fetcher->setView(corner, rc::Crs::cgcs2000(), 5000);
  QVERIFY(finished.wait(20000));
  QTest::qWait(300);
  QCOMPARE(started.count(), 2);
  // Only the read still wanted reached the layer, whether or not the first one had finished.
  QCOMPARE(finished.count(), 1);
  QCOMPARE(loaded.count(), batches.count() + 1);
  QCOMPARE(fidsOf(*t.layer->features()), fileFidsIn(corner.scaled(1.5)));
}

void TestPostgisLayer::viewIsShownFirstThinThenWhole()
{
  rc::ViewFetcher::Options options = fastOptions();
  options.firstBatchFeatures = 1;
  Layer t = makeLayer(u"addresses"_s, options);
  const rc::BBox view = middleView();
  std::vector<std::set<qint64>> batches;
  connect(t.fetcher, &rc::ViewFetcher::batchShown, this,
          [&] { batches.push_back(fidsOf(*t.layer->features())); });
  QSignalSpy finished(t.fetcher, &rc::ViewFetcher::fetchFinished);
  t.fetcher->setView(view, rc::Crs::cgcs2000(), 5000);
  QVERIFY(finished.wait(20000));
  // The first batch is one slice of the view (an even sixteenth by a hash of the FID), none of
  // the margin; the read ends with the whole enlarged view.
  QVERIFY(!batches.empty());
  std::set<qint64> firstSlice;
  for (const qint64 fid : fileFidsIn(view)) {
    if (sliceOf(fid) == 0)
      firstSlice.insert(fid);
  }
  QVERIFY(firstSlice.size() > 5);
  QCOMPARE(batches.front(), firstSlice);
  QCOMPARE(fidsOf(*t.layer->features()), fileFidsIn(view.scaled(1.5)));
  QVERIFY(!t.fetcher->isPartial());
}

void TestPostgisLayer::bigViewIsCappedAndSaysSo()
{
  rc::ViewFetcher::Options options = fastOptions();
  options.featureLimit = 1000;
  Layer t = makeLayer(u"addresses"_s, options);
  QSignalSpy finished(t.fetcher, &rc::ViewFetcher::fetchFinished);
  t.fetcher->setView(m_extent, rc::Crs::cgcs2000(), 100000);
  QVERIFY(finished.wait(20000));
  QVERIFY(t.fetcher->isPartial());
  // Not the first 1,000 in index order (a strip of the map) but whole slices by a hash of the
  // FID, as many as fit: an even sample of the view.
  const std::set<qint64> held = fidsOf(*t.layer->features());
  QVERIFY2(held.size() > 500 && held.size() <= 1000, qPrintable(QString::number(held.size())));
  const std::set<qint64> all = fileFidsIn(m_extent);
  int slices = 0;
  for (int k = 1; k < 16 && slices == 0; ++k) {
    std::set<qint64> expected;
    for (const qint64 fid : all) {
      if (sliceOf(fid) < k)
        expected.insert(fid);
    }
    if (expected == held)
      slices = k;
  }
  QVERIFY2(slices > 0, "the features held are not whole slices");
  // Each quarter of the map keeps about the same share of its features.
  for (const rc::BBox &quarter :
       {rc::BBox(m_extent.xMin, m_extent.yMin, m_extent.centerX(), m_extent.centerY()),
        rc::BBox(m_extent.centerX(), m_extent.centerY(), m_extent.xMax, m_extent.yMax)}) {
    const double inQuarter = double(fileFidsIn(quarter).size());
    double heldInQuarter = 0;
    for (std::size_t feature = 0; feature < t.layer->features()->featureCount(); ++feature)
      heldInQuarter += t.layer->features()->featureBounds(feature).intersects(quarter) ? 1 : 0;
    QVERIFY2(std::abs(heldInQuarter / inQuarter - double(held.size()) / double(all.size())) < 0.05,
             qPrintable(u"%1 of %2"_s.arg(heldInQuarter).arg(inQuarter)));
  }
  QVERIFY2(t.layer->warningMessage().contains(u"even sample"_s) &&
               t.layer->warningMessage().contains(QLocale().toString(qulonglong(held.size()))),
           qPrintable(t.layer->warningMessage()));
  // Zooming in reads again, although the view lies inside the box: the partial set may miss it.
  const rc::BBox small = middleView().scaled(0.2);
  t.fetcher->setView(small, rc::Crs::cgcs2000(), 2000);
  QVERIFY(finished.wait(20000));
  QCOMPARE(fidsOf(*t.layer->features()), fileFidsIn(small.scaled(1.5)));
  QVERIFY(!t.fetcher->isPartial());
  QVERIFY(t.layer->warningMessage().isEmpty());
}

void TestPostgisLayer::unusableTablesFailWithMessage()
{
  const QList<std::pair<QString, QString>> cases{
      {m_server.source(m_server.kViewer) + u" password=not-the-password"_s, u"rc_viewer"_s},
      {u"PG:host=127.0.0.1 port=1 dbname=rongcheng user=rc_viewer connect_timeout=5"_s, u"127.0.0.1"_s}};
  for (const auto &[source, named] : cases) {
    rc::VectorLayer layer(rc::VectorSource(source, u"addresses"_s));
    auto *fetcher = new rc::ViewFetcher(&layer, fastOptions());
    QSignalSpy failed(&layer, &rc::VectorLayer::failed);
    fetcher->setView(middleView(), rc::Crs::cgcs2000(), 5000);
    QVERIFY(failed.wait(20000));
    QCOMPARE(layer.state(), rc::MapLayer::State::Failed);
    QVERIFY2(layer.errorMessage().contains(named), qPrintable(layer.errorMessage()));
    QVERIFY(!layer.errorMessage().contains(u"not-the-password"_s));
    QVERIFY(fetcher->retryDelayMs() > 0);
  }
  for (const auto &[table, named] : QList<std::pair<QString, QString>>{{u"no_geometry"_s, u"no_geometry"_s},
                                                                       {u"unknown_srid"_s, u"SRID"_s}}) {
    Layer t = makeLayer(table);
    QSignalSpy failed(t.layer.get(), &rc::VectorLayer::failed);
    t.fetcher->setView(middleView(), rc::Crs::cgcs2000(), 5000);
    QVERIFY(failed.wait(20000));
    QVERIFY2(t.layer->errorMessage().contains(named), qPrintable(t.layer->errorMessage()));
  }
}

void TestPostgisLayer::serverFilterMatchesGeoPackage()
{
  Layer t = makeLayer(u"addresses"_s);
  QSignalSpy finished(t.fetcher, &rc::ViewFetcher::fetchFinished);
  const rc::BBox view = middleView();
  t.fetcher->setView(view, rc::Crs::cgcs2000(), 5000);
  QVERIFY(finished.wait(20000));
  const auto store = t.layer->features();
  const int road = m_all->fieldIndex(u"road"_s);
  const QString someRoad = store->text(store->featureCount() / 2, store->fieldIndex(u"road"_s));
  QVERIFY(!someRoad.isEmpty());
  const qint64 medianFid = store->fid(store->featureCount() / 2);
  using Comparison = rc::AttributeFilter::Comparison;
  const QList<std::pair<rc::AttributeFilter, std::function<bool(const rc::FeatureStore &, std::size_t)>>>
      cases{{{u"road"_s, Comparison::Equal, someRoad},
             [&](const rc::FeatureStore &s, std::size_t f) { return s.text(f, road) == someRoad; }},
            {{u"road"_s, Comparison::NotEqual, someRoad},
             [&](const rc::FeatureStore &s, std::size_t f) {
               return !s.isNull(f, road) && s.text(f, road) != someRoad;
             }},
            {{u"road"_s, Comparison::Contains, someRoad.mid(1, 2)},
             [&](const rc::FeatureStore &s, std::size_t f) {
               return s.text(f, road).contains(someRoad.mid(1, 2));
             }},
            {{u"road"_s, Comparison::StartsWith, someRoad.left(2)},
             [&](const rc::FeatureStore &s, std::size_t f) {
               return s.text(f, road).startsWith(someRoad.left(2));
             }},
            {{u"fid"_s, Comparison::LessOrEqual, QString::number(medianFid)},
             [&](const rc::FeatureStore &s, std::size_t f) { return s.fid(f) <= medianFid; }},
            {{u"fid"_s, Comparison::Greater, QString::number(medianFid)},
             [&](const rc::FeatureStore &s, std::size_t f) { return s.fid(f) > medianFid; }}};
  for (const auto &[filter, keep] : cases) {
    t.fetcher->setServerFilter(filter);
    QVERIFY(finished.wait(20000));
    QVERIFY(t.layer->subset());
    const std::set<qint64> expected = fileFidsIn(view.scaled(1.5), keep);
    QVERIFY2(!expected.empty(), qPrintable(filter.description()));
    QCOMPARE(fidsOf(*t.layer->features(), t.layer->subset().get()), expected);
    QVERIFY2(t.layer->warningMessage().contains(filter.value), qPrintable(t.layer->warningMessage()));
  }
  t.fetcher->setServerFilter(std::nullopt);
  QVERIFY(finished.wait(20000));
  QVERIFY(!t.layer->subset());
  QCOMPARE(fidsOf(*t.layer->features()), fileFidsIn(view.scaled(1.5)));
}

void TestPostgisLayer::serverFilterInjectionChangesNothing()
{
  const QString before = tableChecksum();
  QVERIFY2(before.startsWith(QString::number(kTestAddresses) + u':'), qPrintable(before));
  Layer t = makeLayer(u"addresses"_s);
  // The operator role could drop the table, were the value ever pasted into SQL.
  t.layer = std::make_unique<rc::VectorLayer>(
      rc::VectorSource(m_server.source(m_server.kOperator), u"addresses"_s));
  t.fetcher = new rc::ViewFetcher(t.layer.get(), fastOptions());
  QSignalSpy finished(t.fetcher, &rc::ViewFetcher::fetchFinished);
  t.fetcher->setView(middleView(), rc::Crs::cgcs2000(), 5000);
  QVERIFY(finished.wait(20000));
  using Comparison = rc::AttributeFilter::Comparison;
  for (const QString &attack :
       {u"x' OR '1'='1"_s, u"1; DROP TABLE addresses; --"_s, u"x'); DELETE FROM addresses; --"_s}) {
    for (const Comparison comparison : {Comparison::Equal, Comparison::Contains, Comparison::StartsWith}) {
      t.fetcher->setServerFilter(rc::AttributeFilter{u"road"_s, comparison, attack});
      QVERIFY(finished.wait(20000));
      QVERIFY(t.layer->subset());
      QVERIFY(t.layer->subset()->empty());
    }
  }
  QCOMPARE(tableChecksum(), before);
}

void TestPostgisLayer::unknownFilterColumnIsRefused()
{
  Layer t = makeLayer(u"addresses"_s);
  QSignalSpy finished(t.fetcher, &rc::ViewFetcher::fetchFinished);
  QSignalSpy rejected(t.fetcher, &rc::ViewFetcher::filterRejected);
  t.fetcher->setView(middleView(), rc::Crs::cgcs2000(), 5000);
  QVERIFY(finished.wait(20000));
  const QString column = u"road\" = road OR \"fid"_s;
  t.fetcher->setServerFilter(rc::AttributeFilter{column, rc::AttributeFilter::Comparison::Equal, u"1"_s});
  QVERIFY(rejected.wait(20000));
  QVERIFY2(rejected.first().first().toString().contains(column),
           qPrintable(rejected.first().first().toString()));
  // The layer stays usable and unfiltered.
  QCOMPARE(t.layer->state(), rc::MapLayer::State::Ready);
  QVERIFY(!t.fetcher->serverFilter());
  QVERIFY(!t.layer->subset());
  QCOMPARE(fidsOf(*t.layer->features()), fileFidsIn(middleView().scaled(1.5)));
}

void TestPostgisLayer::stoppedServerFailsThenRecovers()
{
  Layer t = makeLayer(u"addresses"_s);
  QSignalSpy finished(t.fetcher, &rc::ViewFetcher::fetchFinished);
  t.fetcher->setView(middleView(), rc::Crs::cgcs2000(), 5000);
  QVERIFY(finished.wait(20000));

  m_server.stop();
  // The dataset kept open holds a dead connection now: the next read finds out and says so.
  const rc::BBox elsewhere = middleView(-1.2, 1.2);
  t.fetcher->setView(elsewhere, rc::Crs::cgcs2000(), 5000);
  QTRY_COMPARE_WITH_TIMEOUT(t.layer->state(), rc::MapLayer::State::Failed, 20000);
  QVERIFY2(t.layer->errorMessage().contains(u"127.0.0.1"_s), qPrintable(t.layer->errorMessage()));
  // Retries back off while the server stays away.
  QTest::qWait(800);
  QCOMPARE(t.layer->state(), rc::MapLayer::State::Failed);
  QVERIFY(t.fetcher->retryDelayMs() > 0);

  QVERIFY2(m_server.restart(), qPrintable(m_server.error()));
  QTRY_COMPARE_WITH_TIMEOUT(t.layer->state(), rc::MapLayer::State::Ready, 10000);
  QVERIFY(t.layer->errorMessage().isEmpty());
  QCOMPARE(fidsOf(*t.layer->features()), fileFidsIn(elsewhere.scaled(1.5)));
}

void TestPostgisLayer::tableNamesWithSpacesAndChineseOpen()
{
  // GDAL's keys are split off by libpq's quoting rules, not at spaces, and reach GDAL whole.
  const QString written = u"PG:host=db dbname='city' tables='my table' password='a b\\'c'"_s;
  QCOMPARE(rc::PostgisCredentials::gdalOpenOptions(written), QStringList{u"TABLES=my table"_s});
  const QString shown = rc::PostgisCredentials::withoutPassword(written);
  QVERIFY2(shown.contains(u"tables='my table'"_s) && shown.contains(u"dbname='city'"_s) &&
               !shown.contains(u"a b"_s),
           qPrintable(shown));
  QCOMPARE(rc::PostgisCredentials::passwordOf(written), u"a b'c"_s);

  for (const auto &[table, count] : {std::pair{u"my table"_s, 100}, std::pair{u"福州 地址"_s, 40}}) {
    const QString source =
        m_server.source(m_server.kViewer) + u" tables="_s + rc::PostgisCredentials::quote(table);
    try {
      const auto dataset = rc::VectorDataset::open(source);
      QCOMPARE(dataset->layerCount(), 1);
      QCOMPARE(dataset->summary(0).name, table);
      QCOMPARE(dataset->load(0)->featureCount(), std::size_t(count));
      // libpq is not handed GDAL's key.
      QVERIFY(rc::PostgisSession::open(source)->isConnected());
    } catch (const std::exception &e) {
      QFAIL(e.what());
    }
    // And as a view-driven layer through the fetcher's worker.
    auto layer = std::make_unique<rc::VectorLayer>(rc::VectorSource(source, table));
    auto *fetcher = new rc::ViewFetcher(layer.get(), fastOptions());
    QSignalSpy finished(fetcher, &rc::ViewFetcher::fetchFinished);
    fetcher->setView(m_extent, rc::Crs::cgcs2000(), 100000);
    QVERIFY(finished.wait(20000));
    QCOMPARE(layer->state(), rc::MapLayer::State::Ready);
    QCOMPARE(layer->features()->featureCount(), std::size_t(count));
  }
}

void TestPostgisLayer::serverFilterDialogFromTheLayerMenu()
{
  using Comparison = rc::AttributeFilter::Comparison;
  {
    const rc::AttributeFilter current{u"road"_s, Comparison::Contains, u"鼓楼"_s};
    rc::ServerFilterDialog dialog({u"addr_code"_s, u"road"_s}, current);
    QCOMPARE(dialog.filter(), current);
    const QList<QComboBox *> boxes = dialog.findChildren<QComboBox *>();
    QCOMPARE(boxes.size(), 2);
    boxes[0]->setCurrentText(u"addr_code"_s);
    boxes[1]->setCurrentIndex(boxes[1]->findData(int(Comparison::StartsWith)));
    auto *value = dialog.findChild<QLineEdit *>();
    value->clear();
    QTest::keyClicks(value, u"FZ-01"_s);
    QCOMPARE(dialog.filter(), (rc::AttributeFilter{u"addr_code"_s, Comparison::StartsWith, u"FZ-01"_s}));
    // A table with no columns offers nothing to filter on.
    rc::ServerFilterDialog none({}, std::nullopt);
    QVERIFY(!none.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
  }

  rc::LayerStack stack;
  rc::MapCanvas canvas(&stack);
  canvas.resize(960, 540);
  canvas.setDestinationCrs(rc::Crs::cgcs2000());
  canvas.setExtent(middleView());
  rc::LayerPanel panel(&stack);
  rc::MessageBar messages;
  rc::PostgisLayerTools tools(nullptr, &canvas, &stack, &panel, &messages);
  Layer t = makeLayer(u"addresses"_s);
  rc::VectorLayer *layer = t.layer.get();
  QSignalSpy finished(t.fetcher, &rc::ViewFetcher::fetchFinished);
  stack.addLayer(std::move(t.layer));
  QVERIFY(finished.wait(20000));

  const auto menuActions = [&] {
    auto menu = std::make_unique<QMenu>();
    emit panel.contextMenuAboutToShow(menu.get(), layer);
    return menu;
  };
  auto menu = menuActions();
  QList<QAction *> actions = menu->actions();
  QVERIFY(actions.size() >= 2);
  QVERIFY(!actions.last()->isEnabled());

  // "Server Filter…" opens the dialog with the table's columns; accepting it filters the layer.
  QTimer fill;
  fill.setInterval(20);
  connect(&fill, &QTimer::timeout, this, [&] {
    auto *dialog = qobject_cast<rc::ServerFilterDialog *>(QApplication::activeModalWidget());
    if (!dialog)
      return;
    fill.stop();
    dialog->findChildren<QComboBox *>()[0]->setCurrentText(u"road"_s);
    dialog->findChild<QLineEdit *>()->setText(u"no such road"_s);
    dialog->accept();
  });
  fill.start();
  actions[actions.size() - 2]->trigger();
  QVERIFY(finished.wait(20000));
  QCOMPARE(t.fetcher->serverFilter(), (rc::AttributeFilter{u"road"_s, Comparison::Equal, u"no such road"_s}));
  QVERIFY(layer->subset());
  QVERIFY(layer->subset()->empty());

  menu = menuActions();
  QVERIFY(menu->actions().last()->isEnabled());
  menu->actions().last()->trigger();
  QVERIFY(finished.wait(20000));
  QVERIFY(!t.fetcher->serverFilter());
  QVERIFY(!layer->subset());
}

QTEST_MAIN(TestPostgisLayer)
#include "test_postgislayer.moc"
