#include "RenderChecker.h"
#include "TestData.h"

#include "map/LayerStack.h"
#include "map/VectorLayer.h"
#include "render/LayerRenderer.h"
#include "render/RenderCache.h"
#include "render/RenderJob.h"

#include "render/LabelEngine.h"
#include "render/VectorLayerRenderer.h"
#include "style/Classification.h"

#include <QPainter>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using rc::test::RenderChecker;

Q_DECLARE_METATYPE(rc::VectorStyle)

namespace {

/// A layer whose renderer throws or counts its calls: for the job's error and cache paths.
class ProbeLayer final : public rc::MapLayer
{
public:
  ProbeLayer(bool throws, std::shared_ptr<std::atomic_int> calls)
      : MapLayer(u"probe"_s), m_throws(throws), m_calls(std::move(calls))
  {}

  State state() const override { return State::Ready; }
  QString errorMessage() const override { return {}; }
  rc::Crs crs() const override { return rc::Crs::wgs84(); }
  rc::BBox extent() const override { return {119, 26, 120, 27}; }
  std::unique_ptr<rc::LayerRenderer> createRenderer() const override
  {
    return std::make_unique<Renderer>(id(), revision(), m_throws, m_calls);
  }

private:
  class Renderer final : public rc::LayerRenderer
  {
  public:
    Renderer(QString id, quint64 revision, bool throws, std::shared_ptr<std::atomic_int> calls)
        : LayerRenderer(std::move(id), revision, 1), m_throws(throws), m_calls(std::move(calls))
    {}
    void render(QImage &image, const rc::MapSettings &, const std::atomic_bool &) override
    {
      ++*m_calls;
      if (m_throws)
        throw std::runtime_error("probe failure");
      image.fill(QColor(255, 0, 0, 255));
    }

  private:
    bool m_throws;
    std::shared_ptr<std::atomic_int> m_calls;
  };

  bool m_throws;
  std::shared_ptr<std::atomic_int> m_calls;
};

/// A layer over a FeatureStore built in memory, for scenes too big to write to a file first.
class StoreLayer final : public rc::MapLayer
{
public:
  explicit StoreLayer(std::shared_ptr<const rc::FeatureStore> store, rc::VectorStyle style = {})
      : MapLayer(u"store"_s), m_store(std::move(store)), m_style(std::move(style))
  {}

  State state() const override { return State::Ready; }
  QString errorMessage() const override { return {}; }
  rc::Crs crs() const override { return rc::Crs::wgs84(); }
  rc::BBox extent() const override { return m_store->extent(); }
  std::unique_ptr<rc::LayerRenderer> createRenderer() const override
  {
    return std::make_unique<rc::VectorLayerRenderer>(id(), revision(), 1, m_store,
                                                     std::make_shared<rc::ReprojectionCache>(m_store, crs()),
                                                     crs(), m_style);
  }

private:
  std::shared_ptr<const rc::FeatureStore> m_store;
  rc::VectorStyle m_style;
};

/// 240 cell sites on a 20 × 12 lattice over central Fuzhou, with an operator, a load and sectors.
std::shared_ptr<const rc::FeatureStore> siteLattice()
{
  rc::FeatureStoreBuilder builder({{u"operator"_s, rc::FieldType::String, {}},
                                   {u"load"_s, rc::FieldType::Real, {}},
                                   {u"azimuth"_s, rc::FieldType::Real, {}},
                                   {u"beamwidth"_s, rc::FieldType::Real, {}},
                                   {u"range_m"_s, rc::FieldType::Real, {}}});
  const char *operators[] = {"移动", "电信", "联通", "广电"};
  for (int i = 0; i < 240; ++i) {
    builder.beginFeature(i, rc::GeometryKind::Point);
    const double xy[2] = {119.21 + 0.009 * (i % 20), 26.01 + 0.009 * (i / 20)};
    builder.addRing(xy, true);
    builder.setText(0, operators[i % 4]);
    builder.setReal(1, (i * 37) % 100);
    builder.setReal(2, (i * 120) % 360);
    builder.setReal(3, 65);
    builder.setReal(4, 300 + (i % 3) * 150);
  }
  return builder.finish();
}

} // namespace

class TestRender : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase();
  void fixture_data();
  void fixture();
  void markerShapes_data();
  void markerShapes();
  void layerOrderAndOpacity();
  void failingLayerIsReported();
  void cacheSkipsUnchangedLayers();
  void cancelStopsRendering();
  void pointSpriteMatchesPainter();
  void chineseLabels();
  void rendererKinds_data();
  void rendererKinds();
  void scaleDependentVisibility();
  void labelsAvoidCollisions();
  void labelPriorityWins();

private:
  rc::VectorLayer *addFixture(rc::LayerStack &stack, const QString &name = {});
  QImage render(rc::LayerStack &stack, const rc::Crs &crs, const rc::BBox &extent, QSize size = {400, 300});

  QTemporaryDir m_dir;
  QString m_fixture;
};

void TestRender::initTestCase()
{
  QVERIFY(m_dir.isValid());
  m_fixture = rc::test::writeFile(m_dir.path(), u"fixture.geojson"_s, rc::test::fuzhouFixtureGeoJson());
}

rc::VectorLayer *TestRender::addFixture(rc::LayerStack &stack, const QString &name)
{
  auto layer = std::make_unique<rc::VectorLayer>(rc::VectorSource{m_fixture, {}, {}}, name);
  auto *raw = layer.get();
  stack.addLayer(std::move(layer));
  rc::VectorLayer::loadNow({raw});
  return raw;
}

QImage TestRender::render(rc::LayerStack &stack, const rc::Crs &crs, const rc::BBox &extent, QSize size)
{
  rc::MapSettings settings;
  settings.setDestinationCrs(crs);
  settings.setExtent(extent);
  settings.setOutputSize(size);
  rc::RenderJob job(settings, rc::snapshotsOf(stack.visibleLayers()));
  job.start();
  job.waitForFinished();
  if (!job.errors().isEmpty())
    qWarning() << job.errors();
  return job.renderedImage();
}

void TestRender::fixture_data()
{
  QTest::addColumn<QString>("crs");
  QTest::addColumn<rc::BBox>("extent");
  QTest::newRow("fixture_4326") << u"EPSG:4326"_s << rc::BBox(119.21, 26.03, 119.38, 26.13);
  // The same ground in Gauss-Krüger zone 40 metres: on-the-fly reprojection.
  QTest::newRow("fixture_4549") << u"EPSG:4549"_s << rc::BBox(421000, 2881000, 438000, 2892000);
  QTest::newRow("fixture_gcj02") << u"GCJ02"_s << rc::BBox(119.21, 26.03, 119.38, 26.13);
}

void TestRender::fixture()
{
  QFETCH(QString, crs);
  QFETCH(rc::BBox, extent);
  rc::LayerStack stack;
  rc::VectorLayer *layer = addFixture(stack);
  QCOMPARE(layer->state(), rc::MapLayer::State::Ready);
  const QImage image = render(stack, rc::Crs::fromUserInput(crs), extent);
  RenderChecker checker(u"render"_s, QString::fromLatin1(QTest::currentDataTag()));
  checker.setAllowedMismatch(20);
  QVERIFY2(checker.compare(image), qPrintable(checker.report()));
}

void TestRender::markerShapes_data()
{
  QTest::addColumn<int>("shape");
  QTest::newRow("marker_circle") << int(rc::MarkerShape::Circle);
  QTest::newRow("marker_square") << int(rc::MarkerShape::Square);
  QTest::newRow("marker_triangle") << int(rc::MarkerShape::Triangle);
  QTest::newRow("marker_diamond") << int(rc::MarkerShape::Diamond);
}

void TestRender::markerShapes()
{
  QFETCH(int, shape);
  rc::LayerStack stack;
  rc::VectorLayer *layer = addFixture(stack);
  rc::VectorStyle style = layer->style();
  style.marker = {rc::MarkerShape(shape), 16, QColor(0xF0, 0xA2, 0x02), QColor(0x5B, 0x2C, 0x6F), 2};
  style.fill.fill = Qt::transparent;
  layer->setStyle(style);
  const QImage image = render(stack, rc::Crs::wgs84(), {119.28, 26.04, 119.33, 26.12}, {200, 300});
  RenderChecker checker(u"render"_s, QString::fromLatin1(QTest::currentDataTag()));
  checker.setAllowedMismatch(10);
  QVERIFY2(checker.compare(image), qPrintable(checker.report()));
}

void TestRender::layerOrderAndOpacity()
{
  rc::LayerStack stack;
  rc::VectorLayer *bottom = addFixture(stack, u"bottom"_s);
  rc::VectorLayer *top = addFixture(stack, u"top"_s);
  rc::VectorStyle red, blue;
  red.fill = {QColor(255, 0, 0), Qt::transparent, 0};
  blue.fill = {QColor(0, 0, 255), Qt::transparent, 0};
  bottom->setStyle(red);
  top->setStyle(blue);
  const rc::BBox extent(119.24, 26.04, 119.36, 26.13);
  // A pixel inside the district polygon but outside its hole.
  const QPoint probe(20, 75);

  QImage image = render(stack, rc::Crs::wgs84(), extent, {200, 150});
  QCOMPARE(image.pixelColor(probe).rgb(), QColor(0, 0, 255).rgb());

  stack.moveLayer(1, 0);
  image = render(stack, rc::Crs::wgs84(), extent, {200, 150});
  QCOMPARE(image.pixelColor(probe).rgb(), QColor(255, 0, 0).rgb());

  bottom->setOpacity(0.5); // now on top, half transparent over blue
  image = render(stack, rc::Crs::wgs84(), extent, {200, 150});
  const QColor mixed = image.pixelColor(probe);
  QVERIFY2(std::abs(mixed.red() - 128) <= 2 && std::abs(mixed.blue() - 127) <= 2 && mixed.green() == 0,
           qPrintable(mixed.name()));

  bottom->setVisible(false);
  image = render(stack, rc::Crs::wgs84(), extent, {200, 150});
  QCOMPARE(image.pixelColor(probe).rgb(), QColor(0, 0, 255).rgb());
}

void TestRender::failingLayerIsReported()
{
  rc::LayerStack stack;
  addFixture(stack, u"fixture"_s);
  auto calls = std::make_shared<std::atomic_int>(0);
  stack.addLayer(std::make_unique<ProbeLayer>(true, calls));
  rc::MapSettings settings;
  settings.setDestinationCrs(rc::Crs::wgs84());
  settings.setExtent({119.21, 26.03, 119.38, 26.13});
  settings.setOutputSize({200, 150});
  rc::RenderJob job(settings, rc::snapshotsOf(stack.visibleLayers()));
  job.start();
  job.waitForFinished();
  QCOMPARE(job.errors(), QStringList{u"probe: probe failure"_s});
  // The other layer still drew: the frame is not just background.
  const QImage image = job.renderedImage();
  QVERIFY(image != QImage(image.size(), image.format()).copy());
  int drawn = 0;
  for (int y = 0; y < image.height(); ++y)
    for (int x = 0; x < image.width(); ++x)
      drawn += image.pixel(x, y) != settings.backgroundColor().rgb();
  QVERIFY(drawn > 1000);
}

void TestRender::cacheSkipsUnchangedLayers()
{
  rc::LayerStack stack;
  auto calls = std::make_shared<std::atomic_int>(0);
  auto *probe = stack.addLayer(std::make_unique<ProbeLayer>(false, calls));
  rc::RenderCache cache;
  rc::MapSettings settings;
  settings.setDestinationCrs(rc::Crs::wgs84());
  settings.setExtent({119, 26, 120, 27});
  settings.setOutputSize({64, 64});
  const auto renderOnce = [&] {
    rc::RenderJob job(settings, rc::snapshotsOf(stack.visibleLayers()), &cache);
    job.start();
    job.waitForFinished();
    return job.renderedImage();
  };
  const QImage first = renderOnce();
  QCOMPARE(calls->load(), 1);
  QCOMPARE(renderOnce(), first);
  QCOMPARE(calls->load(), 1); // served from the cache
  probe->setOpacity(0.5);     // composited, not redrawn
  renderOnce();
  QCOMPARE(calls->load(), 1);
  settings.setExtent({119, 26, 121, 27}); // a new frame geometry empties the cache
  renderOnce();
  QCOMPARE(calls->load(), 2);
}

void TestRender::cancelStopsRendering()
{
  // A million points: long enough that a cancel lands mid-render.
  rc::FeatureStoreBuilder builder({});
  std::mt19937 random(7);
  std::uniform_real_distribution<double> lon(118.5, 120.5), lat(25.2, 26.8);
  for (int i = 0; i < 1000000; ++i) {
    builder.beginFeature(i, rc::GeometryKind::Point);
    const double xy[2] = {lon(random), lat(random)};
    builder.addRing(xy, true);
  }
  const auto store = builder.finish();
  QCOMPARE(store->featureCount(), std::size_t(1000000));

  StoreLayer layer(store);
  rc::MapSettings settings;
  settings.setDestinationCrs(rc::Crs::wgs84());
  settings.setExtent(store->extent());
  settings.setOutputSize({1920, 1080});
  rc::RenderJob job(settings, rc::snapshotsOf({&layer}));
  job.start();
  job.cancel();
  QVERIFY(job.isCancelled());
  job.waitForFinished();
  QVERIFY(!job.isActive());
  // A renderer that finds the flag raised draws nothing. How soon a cancel takes effect mid-frame is
  // a figure bench_render prints (cancel_ms), not a bound for the wall clock of a shared machine.
  QImage image(settings.outputSize(), QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::transparent);
  const QImage blank = image.copy();
  const std::atomic_bool cancelled = true;
  layer.createRenderer()->render(image, settings, cancelled);
  QVERIFY(image == blank);
}

void TestRender::pointSpriteMatchesPainter()
{
  // Stamped sprites must look like markers QPainter draws: compare one marker both ways.
  rc::LayerStack stack;
  rc::VectorLayer *layer = addFixture(stack);
  rc::VectorStyle style = layer->style();
  style.marker = {rc::MarkerShape::Circle, 12, QColor(0x2B, 0x83, 0xBA), QColor(0x17, 0x4A, 0x6B), 1.5};
  style.fill.fill = Qt::transparent;
  style.fill.stroke = Qt::transparent;
  style.line.color = Qt::transparent;
  layer->setStyle(style);
  // One pixel per 0.0001°, with 东街口 (119.2985, 26.0866) at the centre of pixel (40, 40).
  const QImage image = render(stack, rc::Crs::wgs84(), {119.29445, 26.08265, 119.30245, 26.09065}, {80, 80});
  QImage expected(80, 80, QImage::Format_ARGB32_Premultiplied);
  expected.fill(rc::MapSettings().backgroundColor());
  QPainter painter(&expected);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setBrush(style.marker.fill);
  painter.setPen(QPen(style.marker.stroke, 1.5));
  painter.drawEllipse(QPointF(40.5, 40.5), 6, 6);
  painter.end();
  int worst = 0;
  for (int y = 0; y < 80; ++y)
    for (int x = 0; x < 80; ++x) {
      const QColor a = image.pixelColor(x, y), b = expected.pixelColor(x, y);
      worst = std::max({worst, std::abs(a.red() - b.red()), std::abs(a.green() - b.green()),
                        std::abs(a.blue() - b.blue())});
    }
  QVERIFY2(worst <= 3, qPrintable(u"largest channel difference %1"_s.arg(worst)));
}

void TestRender::chineseLabels()
{
  rc::LayerStack stack;
  rc::VectorLayer *layer = addFixture(stack);
  rc::VectorStyle style = layer->style();
  style.labels.enabled = true;
  style.labels.field = u"name"_s;
  style.labels.size = 11;
  layer->setStyle(style);
  const QImage image = render(stack, rc::Crs::wgs84(), {119.21, 26.03, 119.38, 26.13}, {480, 300});
  RenderChecker checker(u"render"_s, u"labels_cjk"_s);
  // Glyph edges may differ by a shade between FreeType builds; shapes may not.
  checker.setColorTolerance(24);
  checker.setAllowedMismatch(150);
  QVERIFY2(checker.compare(image), qPrintable(checker.report()));
}

void TestRender::labelsAvoidCollisions()
{
  const auto placeAll = [](const std::vector<QPointF> &anchors, QSize size, bool sameText = false) {
    rc::LabelEngine engine;
    rc::LabelSettings settings;
    settings.enabled = true;
    const int handle = engine.addLayer(0, settings, 96);
    std::vector<rc::LabelCandidate> candidates;
    for (std::size_t i = 0; i < anchors.size(); ++i)
      candidates.push_back({sameText ? u"鼓楼"_s : u"鼓楼%1"_s.arg(i),
                            rc::LabelCandidate::Placement::Point,
                            anchors[i],
                            3,
                            {}});
    engine.addCandidates(handle, std::move(candidates));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    return engine.place(image);
  };
  // Far apart, every label fits.
  std::vector<QPointF> spread;
  for (int i = 0; i < 16; ++i)
    spread.emplace_back(50 + 100 * (i % 4), 50 + 100 * (i / 4));
  QCOMPARE(placeAll(spread, {400, 400}), 16);
  // Stacked on one spot, only the few positions around it can hold a label each.
  const int stacked = placeAll(std::vector<QPointF>(400, QPointF(100, 100)), {200, 200});
  QVERIFY2(stacked >= 2 && stacked <= 8, qPrintable(QString::number(stacked)));
  // The same text repeated nearby (the rooms of one house) is labelled once.
  QCOMPARE(placeAll(std::vector<QPointF>(400, QPointF(100, 100)), {200, 200}, true), 1);
}

void TestRender::labelPriorityWins()
{
  // A frame with room for one label: the higher priority takes it, whatever the layer order.
  rc::LabelEngine engine;
  rc::LabelSettings low, high;
  low.enabled = high.enabled = true;
  low.color = QColor(0, 0, 255);
  high.color = QColor(255, 0, 0);
  low.haloWidth = high.haloWidth = 0;
  low.priority = 1;
  high.priority = 9;
  const int lowHandle = engine.addLayer(1, low, 96);
  const int highHandle = engine.addLayer(0, high, 96);
  engine.addCandidates(lowHandle, {{u"闽江"_s, rc::LabelCandidate::Placement::Area, QPointF(30, 12), 0, {}}});
  engine.addCandidates(highHandle,
                       {{u"闽江"_s, rc::LabelCandidate::Placement::Area, QPointF(30, 12), 0, {}}});
  QImage image(60, 24, QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::transparent);
  QCOMPARE(engine.place(image), 1);
  int red = 0, blue = 0;
  for (int y = 0; y < image.height(); ++y)
    for (int x = 0; x < image.width(); ++x) {
      const QColor c = image.pixelColor(x, y);
      red += c.alpha() > 128 && c.red() > 128;
      blue += c.alpha() > 128 && c.blue() > 128;
    }
  QVERIFY(red > 20);
  QCOMPARE(blue, 0);
}

void TestRender::rendererKinds_data()
{
  QTest::addColumn<rc::VectorStyle>("style");
  rc::VectorStyle base;
  base.marker = {rc::MarkerShape::Circle, 7, QColor(0x2B, 0x83, 0xBA), QColor(0x17, 0x4A, 0x6B), 0.8};

  rc::VectorStyle categorized = base;
  categorized.kind = rc::RendererKind::Categorized;
  categorized.field = u"operator"_s;
  const std::pair<const char16_t *, QRgb> colours[] = {
      {u"移动", 0x0B7BC1}, {u"电信", 0x2E9E44}, {u"联通", 0xE1261C}};
  for (const auto &[name, rgb] : colours) {
    rc::StyleClass c;
    c.value = c.label = QString::fromUtf16(name);
    c.symbols = base.symbols();
    c.symbols.marker.fill = QColor(rgb);
    categorized.classes << c;
  } // 广电 has no category: not drawn
  QTest::newRow("renderer_categorized") << categorized;

  rc::VectorStyle graduated = base;
  graduated.kind = rc::RendererKind::Graduated;
  graduated.field = u"load"_s;
  graduated.classes = rc::graduatedClasses({0, 25, 50, 75, 100}, u"YlOrRd"_s, base.symbols());
  QTest::newRow("renderer_graduated") << graduated;

  rc::VectorStyle rules = base;
  rules.kind = rc::RendererKind::RuleBased;
  rc::StyleClass busy, rest;
  busy.filter = u"\"load\" >= 80 AND \"operator\" IN ('移动', '电信')"_s;
  busy.symbols = base.symbols();
  busy.symbols.marker = {rc::MarkerShape::Triangle, 12, QColor(0xD8, 0x11, 0x59), QColor(Qt::white), 1};
  rest.isElse = true;
  rest.symbols = base.symbols();
  rest.symbols.marker.size = 4;
  rest.symbols.marker.fill = QColor(0x99, 0x99, 0x99);
  rules.classes = {busy, rest};
  QTest::newRow("renderer_rules") << rules;

  rc::VectorStyle heatmap = base;
  heatmap.kind = rc::RendererKind::Heatmap;
  heatmap.weightField = u"load"_s;
  heatmap.radius = 30;
  heatmap.rampName = u"Heat"_s;
  QTest::newRow("renderer_heatmap") << heatmap;

  rc::VectorStyle hexbins = base;
  hexbins.kind = rc::RendererKind::HexBins;
  hexbins.radius = 22;
  QTest::newRow("renderer_hexbins") << hexbins;

  rc::VectorStyle clusters = base;
  clusters.kind = rc::RendererKind::Clusters;
  clusters.radius = 12;
  QTest::newRow("renderer_clusters") << clusters;

  rc::VectorStyle sectors = base;
  sectors.kind = rc::RendererKind::Sectors;
  sectors.marker.size = 4;
  rc::StyleClass mobile, other;
  mobile.filter = u"operator = '移动'"_s;
  mobile.symbols.fill = {QColor(11, 123, 193, 120), QColor(11, 123, 193), 0.8};
  other.isElse = true;
  other.symbols.fill = {Qt::transparent, QColor(90, 90, 90), 0.8};
  sectors.classes = {mobile, other};
  QTest::newRow("renderer_sectors") << sectors;
}

void TestRender::rendererKinds()
{
  QFETCH(rc::VectorStyle, style);
  StoreLayer layer(siteLattice(), style);
  rc::MapSettings settings;
  settings.setDestinationCrs(rc::Crs::wgs84());
  settings.setExtent({119.20, 26.0, 119.40, 26.12});
  settings.setOutputSize({480, 300});
  rc::RenderJob job(settings, rc::snapshotsOf({&layer}));
  job.start();
  job.waitForFinished();
  QVERIFY2(job.errors().isEmpty(), qPrintable(job.errors().join(u'\n')));
  RenderChecker checker(u"render"_s, QString::fromLatin1(QTest::currentDataTag()));
  checker.setColorTolerance(12);
  checker.setAllowedMismatch(60);
  QVERIFY2(checker.compare(job.renderedImage()), qPrintable(checker.report()));
}

void TestRender::scaleDependentVisibility()
{
  rc::VectorStyle style;
  style.minScale = 100000; // hidden when zoomed out beyond 1:100,000
  StoreLayer layer(siteLattice(), style);
  rc::MapSettings settings;
  settings.setDestinationCrs(rc::Crs::wgs84());
  settings.setOutputSize({480, 300});
  const auto drawnPixels = [&](const rc::BBox &extent) {
    settings.setExtent(extent);
    rc::RenderJob job(settings, rc::snapshotsOf({&layer}));
    job.start();
    job.waitForFinished();
    const QImage image = job.renderedImage();
    int drawn = 0;
    for (int y = 0; y < image.height(); ++y)
      for (int x = 0; x < image.width(); ++x)
        drawn += image.pixel(x, y) != settings.backgroundColor().rgb();
    return drawn;
  };
  settings.setExtent({119.20, 26.0, 119.40, 26.12});
  QVERIFY(settings.scale() > 100000);
  QCOMPARE(drawnPixels({119.20, 26.0, 119.40, 26.12}), 0);
  settings.setExtent({119.25, 26.03, 119.27, 26.042});
  QVERIFY(settings.scale() < 100000);
  QVERIFY(drawnPixels({119.25, 26.03, 119.27, 26.042}) > 20); // two sites in view
}

QTEST_MAIN(TestRender)
#include "test_render.moc"
