#include "RenderChecker.h"
#include "TestData.h"

#include "layout/ExportDialog.h"
#include "map/MapCanvas.h"
#include "map/MeasureTool.h"

#include "geo/CoordinateTransform.h"
#include "geo/GeodesicMeasure.h"
#include "layout/MapLayout.h"
#include "map/LayerStack.h"
#include "map/VectorLayer.h"
#include "project/Project.h"

#include <QLocale>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <geodesic.h>

using namespace Qt::StringLiterals;
using rc::test::RenderChecker;

namespace {

/// Four districts of central Fuzhou that share their (wavy) borders, with a population in 10,000s.
QByteArray districtsGeoJson()
{
  return R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"鼓楼区","population":68},"geometry":{"type":"Polygon","coordinates":[[
 [119.22,26.14],[119.305,26.14],[119.315,26.12],[119.308,26.10],[119.318,26.085],[119.312,26.071],
 [119.29,26.077],[119.27,26.064],[119.245,26.074],[119.22,26.066],[119.22,26.14]]]}},
{"type":"Feature","properties":{"name":"晋安区","population":79},"geometry":{"type":"Polygon","coordinates":[[
 [119.305,26.14],[119.40,26.14],[119.40,26.072],[119.38,26.066],[119.36,26.075],[119.335,26.064],
 [119.312,26.071],[119.318,26.085],[119.308,26.10],[119.315,26.12],[119.305,26.14]]]}},
{"type":"Feature","properties":{"name":"仓山区","population":85},"geometry":{"type":"Polygon","coordinates":[[
 [119.22,26.066],[119.245,26.074],[119.27,26.064],[119.29,26.077],[119.312,26.071],[119.306,26.055],
 [119.316,26.035],[119.309,26.00],[119.22,26.00],[119.22,26.066]]]}},
{"type":"Feature","properties":{"name":"台江区","population":44},"geometry":{"type":"Polygon","coordinates":[[
 [119.312,26.071],[119.335,26.064],[119.36,26.075],[119.38,26.066],[119.40,26.072],[119.40,26.00],
 [119.309,26.00],[119.316,26.035],[119.306,26.055],[119.312,26.071]]]}}
]})";
}

QByteArray riverGeoJson()
{
  return R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"闽江"},"geometry":{"type":"LineString","coordinates":[
 [119.22,26.045],[119.25,26.05],[119.28,26.058],[119.303,26.049],[119.335,26.045],[119.37,26.04],[119.40,26.035]]}}
]})";
}

QByteArray poisGeoJson()
{
  return R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"东街口","kind":"商业"},"geometry":{"type":"Point","coordinates":[119.2985,26.0866]}},
{"type":"Feature","properties":{"name":"福州站","kind":"交通"},"geometry":{"type":"Point","coordinates":[119.316,26.112]}},
{"type":"Feature","properties":{"name":"解放大桥","kind":"交通"},"geometry":{"type":"Point","coordinates":[119.303,26.049]}},
{"type":"Feature","properties":{"name":"三坊七巷","kind":"景点"},"geometry":{"type":"Point","coordinates":[119.291,26.083]}},
{"type":"Feature","properties":{"name":"西湖公园","kind":"景点"},"geometry":{"type":"Point","coordinates":[119.289,26.096]}},
{"type":"Feature","properties":{"name":"福州南站","kind":"交通"},"geometry":{"type":"Point","coordinates":[119.385,26.012]}},
{"type":"Feature","properties":{"name":"仓山万达","kind":"商业"},"geometry":{"type":"Point","coordinates":[119.27,26.035]}}
]})";
}

rc::StyleClass category(const QString &value, rc::MarkerShape shape, QColor fill)
{
  rc::StyleClass c;
  c.label = value;
  c.value = value;
  c.symbols.marker = {shape, 8, fill, QColor(Qt::white), 1.2};
  return c;
}

rc::StyleClass populationClass(const QString &label, double lower, double upper, QColor fill)
{
  rc::StyleClass c;
  c.label = label;
  c.lower = lower;
  c.upper = upper;
  c.symbols.fill = {fill, QColor(0x6B, 0x5B, 0x4E), 0.8};
  return c;
}

rc::VectorStyle districtStyle()
{
  rc::VectorStyle style;
  style.kind = rc::RendererKind::Graduated;
  style.field = u"population"_s;
  style.classes = {populationClass(u"40–60 万人"_s, 40, 60, QColor(0xFE, 0xF0, 0xD9)),
                   populationClass(u"60–80 万人"_s, 60, 80, QColor(0xFD, 0xCC, 0x8A)),
                   populationClass(u"80–100 万人"_s, 80, 100, QColor(0xFC, 0x8D, 0x59))};
  style.labels.enabled = true;
  style.labels.field = u"name"_s;
  style.labels.size = 11;
  style.labels.bold = true;
  style.labels.color = QColor(0x5A, 0x3E, 0x2B);
  return style;
}

rc::VectorStyle riverStyle()
{
  rc::VectorStyle style;
  style.line = {QColor(0x4A, 0x90, 0xC8), 3.0, Qt::SolidLine};
  return style;
}

rc::VectorStyle poiStyle()
{
  rc::VectorStyle style;
  style.kind = rc::RendererKind::Categorized;
  style.field = u"kind"_s;
  style.classes = {category(u"交通"_s, rc::MarkerShape::Square, QColor(0x2B, 0x6C, 0xB0)),
                   category(u"商业"_s, rc::MarkerShape::Circle, QColor(0xE0, 0x7B, 0x1A)),
                   category(u"景点"_s, rc::MarkerShape::Triangle, QColor(0x2E, 0x8B, 0x3E))};
  style.labels.enabled = true;
  style.labels.field = u"name"_s;
  style.labels.size = 8;
  return style;
}

/// A command-line tool's standard output, or a null string when the tool is not installed.
QString runTool(const QString &tool, const QStringList &arguments)
{
  if (QStandardPaths::findExecutable(tool).isEmpty())
    return {};
  QProcess process;
  process.start(tool, arguments);
  if (!process.waitForFinished(60000) || process.exitCode() != 0)
    return u"<%1 failed: %2>"_s.arg(tool, QString::fromUtf8(process.readAllStandardError()));
  return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestLayout : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase();
  void cleanup();

  void distanceMatchesGeodInverse();
  void degreeAtEquator();
  void distanceIndependentOfCrs_data();
  void distanceIndependentOfCrs();
  void squareKilometreInGaussKruger();
  void polygonOrientationAndClosure();
  void formatDistance_data();
  void formatDistance();
  void formatArea_data();
  void formatArea();
  void formatAreaChinese();
  void measureToolDistance();
  void measureToolArea();

  void scaleBarFor_data();
  void scaleBarFor();
  void scaleBarAtKnownScale();
  void legendFollowsStyles();
  void sheetControlImage();
  void bareSheetIsTheMap();
  void pdfHasEmbeddedChineseText();
  void cliLayoutPdf();
  void cliLayoutPngAndPages();
  void exportDialogRunsInBackground();

private:
  void addLayers(rc::LayerStack &stack);
  [[nodiscard]] rc::MapLayout sheet(rc::LayerStack &stack,
                                    rc::MapLayout::Page page = rc::MapLayout::Page::A4Landscape);
  [[nodiscard]] QString writeProject();

  QTemporaryDir m_dir;
  rc::BBox m_extent4549;
};

void TestLayout::initTestCase()
{
  QVERIFY(m_dir.isValid());
  rc::test::writeFile(m_dir.path(), u"districts.geojson"_s, districtsGeoJson());
  rc::test::writeFile(m_dir.path(), u"river.geojson"_s, riverGeoJson());
  rc::test::writeFile(m_dir.path(), u"pois.geojson"_s, poisGeoJson());
  // Number formats in the expected strings are English ones.
  QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
  m_extent4549 = rc::CoordinateTransform(rc::Crs::wgs84(), rc::Crs::fromEpsg(4549))
                     .transformBounds({119.225, 26.012, 119.395, 26.128});
}

void TestLayout::cleanup()
{
  QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

// --- Measure ---------------------------------------------------------------------------------

void TestLayout::distanceMatchesGeodInverse()
{
  // 东街口 to 长乐国际机场, checked against PROJ's geodesic called here directly on WGS 84.
  const QPointF dongjiekou(119.2985, 26.0866), airport(119.663, 25.935);
  geod_geodesic g;
  geod_init(&g, 6378137, 1 / 298.257223563);
  double expected = 0;
  geod_inverse(&g, dongjiekou.y(), dongjiekou.x(), airport.y(), airport.x(), &expected, nullptr, nullptr);
  const rc::GeodesicMeasure measure;
  QCOMPARE_LE(std::abs(measure.distance(dongjiekou, airport) - expected), 1e-6);
  // A plausibility bound independent of PROJ: about 40 km as the crow flies.
  QVERIFY(expected > 39500 && expected < 40500);
  QCOMPARE_LE(std::abs(measure.length({dongjiekou, airport}) - expected), 1e-6);
}

void TestLayout::degreeAtEquator()
{
  // a·π/180 on the WGS 84 equator: 111,319.49 m.
  const rc::GeodesicMeasure measure;
  QCOMPARE_LE(std::abs(measure.distance({0, 0}, {1, 0}) - 111319.49), 0.01);
}

void TestLayout::distanceIndependentOfCrs_data()
{
  QTest::addColumn<QString>("crs");
  QTest::addColumn<double>("tolerance");
  QTest::newRow("CGCS2000 lon/lat") << u"EPSG:4490"_s << 1e-6;
  QTest::newRow("Gauss-Krüger zone 40") << u"EPSG:4549"_s << 1e-4;
  QTest::newRow("Web Mercator") << u"EPSG:3857"_s << 1e-4;
  // The GCJ-02 inverse is iterated to under a centimetre per point.
  QTest::newRow("GCJ-02") << u"GCJ02"_s << 0.02;
}

void TestLayout::distanceIndependentOfCrs()
{
  QFETCH(QString, crs);
  QFETCH(double, tolerance);
  const QList<QPointF> lonLat{{119.2985, 26.0866}, {119.316, 26.112}, {119.385, 26.012}, {119.663, 25.935}};
  const rc::Crs target = rc::Crs::fromUserInput(crs);
  const rc::CoordinateTransform transform(rc::Crs::wgs84(), target);
  QList<QPointF> points;
  for (const QPointF &p : lonLat) {
    double x = p.x(), y = p.y();
    transform.transform(x, y);
    points.append({x, y});
  }
  const double expected = rc::GeodesicMeasure().length(lonLat);
  QCOMPARE_LE(std::abs(rc::GeodesicMeasure(target).length(points) - expected), tolerance);
}

void TestLayout::squareKilometreInGaussKruger()
{
  // 1 km × 1 km of grid near 东街口: the Gauss-Krüger scale factor there is within 0.01 % of 1.
  const double x = 430000, y = 2886000;
  const QList<QPointF> square{{x, y}, {x + 1000, y}, {x + 1000, y + 1000}, {x, y + 1000}};
  const rc::PolygonMeasurement m = rc::GeodesicMeasure(rc::Crs::fromEpsg(4549)).polygon(square);
  QVERIFY2(std::abs(m.area - 1e6) < 5000, qPrintable(QString::number(m.area, 'f', 1)));
  QVERIFY2(std::abs(m.perimeter - 4000) < 20, qPrintable(QString::number(m.perimeter, 'f', 2)));
}

void TestLayout::polygonOrientationAndClosure()
{
  const rc::GeodesicMeasure measure;
  const QList<QPointF> ring{{119.28, 26.06}, {119.32, 26.06}, {119.32, 26.10}, {119.28, 26.10}};
  const rc::PolygonMeasurement anticlockwise = measure.polygon(ring);
  QList<QPointF> reversed(ring.crbegin(), ring.crend());
  QList<QPointF> closed = ring;
  closed.append(ring.first());
  QVERIFY(anticlockwise.area > 1e7);
  QCOMPARE_LE(std::abs(measure.polygon(reversed).area - anticlockwise.area), 1e-3);
  QCOMPARE_LE(std::abs(measure.polygon(closed).area - anticlockwise.area), 1e-3);
  QCOMPARE_LE(std::abs(measure.polygon(closed).perimeter - anticlockwise.perimeter), 1e-6);
  QCOMPARE(measure.polygon(ring.mid(0, 2)).area, 0.0);
}

void TestLayout::formatDistance_data()
{
  QTest::addColumn<double>("metres");
  QTest::addColumn<QString>("text");
  QTest::newRow("centimetres") << 3.456 << u"3.46 m"_s;
  QTest::newRow("tens of metres") << 56.78 << u"56.8 m"_s;
  QTest::newRow("hundreds of metres") << 850.4 << u"850 m"_s;
  QTest::newRow("kilometres") << 1234.6 << u"1.235 km"_s;
  QTest::newRow("tens of kilometres") << 40123.0 << u"40.12 km"_s;
  QTest::newRow("long") << 1234567.0 << u"1,234.6 km"_s;
  QTest::newRow("nonsense") << -5.0 << u"0.00 m"_s;
}

void TestLayout::formatDistance()
{
  QFETCH(double, metres);
  QFETCH(QString, text);
  QCOMPARE(rc::GeodesicMeasure::formatDistance(metres), text);
}

void TestLayout::formatArea_data()
{
  QTest::addColumn<double>("squareMetres");
  QTest::addColumn<QString>("text");
  QTest::newRow("one mu") << 10000.0 / 15 << u"667 m² (1.00 mu)"_s;
  QTest::newRow("one hectare") << 10000.0 << u"10,000 m² (15.0 mu)"_s;
  QTest::newRow("a square kilometre") << 1e6 << u"1.000 km² (1,500 mu)"_s;
  QTest::newRow("Gulou district") << 35.7e6 << u"35.700 km² (53,550 mu)"_s;
  QTest::newRow("small") << 12.34 << u"12.3 m² (0.02 mu)"_s;
}

void TestLayout::formatArea()
{
  QFETCH(double, squareMetres);
  QFETCH(QString, text);
  QCOMPARE(rc::GeodesicMeasure::formatArea(squareMetres), text);
  QCOMPARE(rc::GeodesicMeasure::squareMetresToMu(10000), 15.0);
}

void TestLayout::formatAreaChinese()
{
  QTranslator translator;
  QVERIFY2(translator.load(u":/rc/i18n/rongcheng_zh_CN"_s), "the zh_CN translation is not in the resources");
  QVERIFY2(!translator.translate("rc::GeodesicMeasure", "%1 mu").isEmpty(),
           "the zh_CN translation has no entry for the area units");
  QCoreApplication::installTranslator(&translator);
  QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
  const QString text = rc::GeodesicMeasure::formatArea(1e6);
  QCoreApplication::removeTranslator(&translator);
  QVERIFY2(text.contains(u"1,500"_s) && text.contains(u"亩"_s), qPrintable(text));
}

void TestLayout::measureToolDistance()
{
  rc::LayerStack stack;
  rc::MapCanvas canvas(&stack);
  canvas.resize(400, 300);
  canvas.setDestinationCrs(rc::Crs::fromEpsg(4549));
  canvas.setExtent(m_extent4549);
  rc::MeasureTool tool(&canvas);
  canvas.setMapTool(&tool);
  QSignalSpy measured(&tool, &rc::MeasureTool::measured);
  QSignalSpy changed(&tool, &rc::MeasureTool::resultChanged);

  const QList<QPoint> clicks{{40, 250}, {200, 60}, {360, 200}};
  for (const QPoint &click : clicks)
    QTest::mouseClick(&canvas, Qt::LeftButton, {}, click);
  QCOMPARE(tool.vertices().size(), 3);
  QVERIFY(!changed.isEmpty());
  QTest::keyClick(&canvas, Qt::Key_Backspace);
  QCOMPARE(tool.vertices().size(), 2);
  QTest::mouseClick(&canvas, Qt::LeftButton, {}, clicks[2]);
  QTest::keyClick(&canvas, Qt::Key_Return);
  QCOMPARE(measured.size(), 1);
  QVERIFY(tool.isFinished());

  QList<QPointF> mapPoints;
  for (const QPoint &click : clicks)
    mapPoints.append(canvas.toMap(click));
  const double expected = rc::GeodesicMeasure(rc::Crs::fromEpsg(4549)).length(mapPoints);
  QCOMPARE(measured.first().first().toString(),
           rc::MeasureTool::tr("Distance: %1").arg(rc::GeodesicMeasure::formatDistance(expected)));
  QCOMPARE(tool.resultText(), measured.first().first().toString());

  // The tool draws over the map; painting must work with vertices and labels in place.
  QImage overlay(canvas.size(), QImage::Format_ARGB32_Premultiplied);
  overlay.fill(Qt::transparent);
  QPainter painter(&overlay);
  tool.paint(painter);
  painter.end();
  qsizetype painted = 0;
  for (int y = 0; y < overlay.height(); ++y)
    for (int x = 0; x < overlay.width(); ++x)
      painted += qAlpha(overlay.pixel(x, y)) > 0;
  QVERIFY(painted > 500);

  QTest::keyClick(&canvas, Qt::Key_Escape);
  QVERIFY(tool.vertices().isEmpty());
  QVERIFY(tool.resultText().isEmpty());
}

void TestLayout::measureToolArea()
{
  rc::LayerStack stack;
  rc::MapCanvas canvas(&stack);
  canvas.resize(400, 300);
  canvas.setDestinationCrs(rc::Crs::fromEpsg(4549));
  canvas.setExtent(m_extent4549);
  rc::MeasureTool tool(&canvas, rc::MeasureTool::Mode::Area);
  canvas.setMapTool(&tool);
  QSignalSpy measured(&tool, &rc::MeasureTool::measured);
  const QList<QPoint> clicks{{100, 100}, {300, 100}, {300, 200}};
  for (const QPoint &click : clicks)
    QTest::mouseClick(&canvas, Qt::LeftButton, {}, click);
  // A double-click as Qt 6 delivers it to a widget: press, release, press, double-click, release.
  // The first press places the fourth vertex, the second must not place it again.
  QTest::mouseClick(&canvas, Qt::LeftButton, {}, QPoint(100, 200));
  QTest::mousePress(&canvas, Qt::LeftButton, {}, QPoint(100, 200));
  QTest::mouseDClick(&canvas, Qt::LeftButton, {}, QPoint(100, 200));
  QTest::mouseRelease(&canvas, Qt::LeftButton, {}, QPoint(100, 200));
  QCOMPARE(measured.size(), 1);
  QCOMPARE(tool.vertices().size(), 4);
  QList<QPointF> ring;
  for (const QPoint &click : clicks + QList<QPoint>{{100, 200}})
    ring.append(canvas.toMap(click));
  const rc::PolygonMeasurement m = rc::GeodesicMeasure(rc::Crs::fromEpsg(4549)).polygon(ring);
  QVERIFY(m.area > 0);
  const QString text = measured.first().first().toString();
  QVERIFY2(text.contains(rc::GeodesicMeasure::formatArea(m.area)), qPrintable(text));
  QVERIFY2(text.contains(rc::GeodesicMeasure::formatDistance(m.perimeter)), qPrintable(text));
  // A click after a finished measurement starts the next one.
  QTest::mouseClick(&canvas, Qt::LeftButton, {}, QPoint(50, 50));
  QCOMPARE(tool.vertices().size(), 1);
  QVERIFY(!tool.isFinished());
}

// --- Layout ----------------------------------------------------------------------------------

void TestLayout::addLayers(rc::LayerStack &stack)
{
  const auto add = [&](const QString &file, const QString &name, const rc::VectorStyle &style) {
    auto layer = std::make_unique<rc::VectorLayer>(rc::VectorSource{m_dir.filePath(file)}, name);
    layer->setStyle(style);
    rc::VectorLayer *raw = layer.get();
    stack.addLayer(std::move(layer));
    return raw;
  };
  QList<rc::VectorLayer *> layers{add(u"districts.geojson"_s, u"行政区人口"_s, districtStyle()),
                                  add(u"river.geojson"_s, u"闽江"_s, riverStyle()),
                                  add(u"pois.geojson"_s, u"地标"_s, poiStyle())};
  rc::VectorLayer::loadNow(layers);
  for (const rc::VectorLayer *layer : layers)
    QVERIFY2(layer->state() == rc::MapLayer::State::Ready, qPrintable(layer->errorMessage()));
}

rc::MapLayout TestLayout::sheet(rc::LayerStack &stack, rc::MapLayout::Page page)
{
  rc::MapSettings map;
  map.setDestinationCrs(rc::Crs::fromEpsg(4549));
  map.setExtent(m_extent4549);
  map.setBackgroundColor(QColor(0xC9, 0xDF, 0xEF));
  rc::MapLayout layout;
  layout.setMap(map);
  layout.setLayers(stack.visibleLayers());
  layout.setPage(page);
  layout.setTitle(u"福州市中心城区图"_s);
  layout.setAttribution(u"数据：榕城测试数据 · Test data, CC0"_s);
  layout.setLegendItems(rc::MapLayout::legendFor(layout.layers(), layout.frameSettings(96).scale()));
  return layout;
}

void TestLayout::scaleBarFor_data()
{
  QTest::addColumn<double>("scale");
  QTest::addColumn<double>("maxLengthMm");
  QTest::addColumn<double>("metres");
  QTest::addColumn<double>("lengthMm");
  QTest::addColumn<QStringList>("ticks");
  QTest::newRow("1:50,000") << 50000.0 << 45.0 << 2000.0 << 40.0
                            << QStringList{u"0"_s, u"0.5"_s, u"1"_s, u"1.5"_s, u"2 km"_s};
  QTest::newRow("1:25,000") << 25000.0 << 45.0 << 1000.0 << 40.0
                            << QStringList{u"0"_s, u"0.25"_s, u"0.5"_s, u"0.75"_s, u"1 km"_s};
  QTest::newRow("1:30,000") << 30000.0 << 45.0 << 1000.0 << 1000.0 / 30
                            << QStringList{u"0"_s, u"0.25"_s, u"0.5"_s, u"0.75"_s, u"1 km"_s};
  QTest::newRow("1:10,000") << 10000.0 << 45.0 << 200.0 << 20.0
                            << QStringList{u"0"_s, u"50"_s, u"100"_s, u"150"_s, u"200 m"_s};
  QTest::newRow("1:2,000") << 2000.0 << 30.0 << 50.0 << 25.0
                           << QStringList{u"0"_s, u"10"_s, u"20"_s, u"30"_s, u"40"_s, u"50 m"_s};
  QTest::newRow("exactly round") << 100000.0 << 50.0 << 5000.0 << 50.0
                                 << QStringList{u"0"_s, u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5 km"_s};
}

void TestLayout::scaleBarFor()
{
  QFETCH(double, scale);
  QFETCH(double, maxLengthMm);
  QFETCH(double, metres);
  QFETCH(double, lengthMm);
  QFETCH(QStringList, ticks);
  const rc::ScaleBar bar = rc::MapLayout::scaleBarFor(scale, maxLengthMm);
  QCOMPARE(bar.metres, metres);
  QCOMPARE_LE(std::abs(bar.lengthMm - lengthMm), 1e-9);
  QCOMPARE(bar.segments + 1, int(ticks.size()));
  for (int i = 0; i <= bar.segments; ++i)
    QCOMPARE(bar.tickLabel(i), ticks[i]);
}

void TestLayout::scaleBarAtKnownScale()
{
  // A frame whose extent is exactly 50 m of ground per millimetre of paper is at 1:50,000.
  rc::MapLayout layout;
  const QRectF frame = layout.mapFrameMm();
  rc::MapSettings map;
  map.setDestinationCrs(rc::Crs::fromEpsg(4549));
  map.setExtent({430000, 2880000, 430000 + frame.width() * 50, 2880000 + frame.height() * 50});
  layout.setMap(map);
  for (const double dpi : {96.0, 300.0}) {
    const double scale = layout.frameSettings(dpi).scale();
    QVERIFY2(std::abs(scale - 50000) < 50000 * 0.002, qPrintable(QString::number(scale)));
    const rc::ScaleBar bar = layout.scaleBar(dpi);
    QCOMPARE(bar.metres, 2000.0);
    // 2 km at 1:50,000 is 40 mm, give or take the frame's rounding to whole pixels.
    QVERIFY2(std::abs(bar.lengthMm - 40) < 0.1, qPrintable(QString::number(bar.lengthMm)));
  }
}

void TestLayout::legendFollowsStyles()
{
  rc::LayerStack stack;
  addLayers(stack);
  stack.layer(1)->setVisible(false); // the river: not in the frame, not in the legend
  rc::VectorLayer *pois = qobject_cast<rc::VectorLayer *>(stack.layer(2));
  rc::VectorStyle style = pois->style();
  style.classes[1].minScale = 10000; // 商业 only shows closer than 1:10,000
  pois->setStyle(style);

  const QList<rc::LegendItem> items = rc::MapLayout::legendFor(stack.visibleLayers(), 60000);
  QStringList texts;
  for (const rc::LegendItem &item : items)
    texts << item.text;
  // Top layer first, as in the layer panel; classes under their layer's heading.
  QCOMPARE(texts, (QStringList{u"地标"_s, u"交通"_s, u"景点"_s, u"行政区人口"_s, u"40–60 万人"_s,
                               u"60–80 万人"_s, u"80–100 万人"_s}));
  QVERIFY(items[0].isHeading);
  QCOMPARE(items[1].swatch, rc::LegendItem::Swatch::Marker);
  QVERIFY(items[1].isClass);
  QCOMPARE(items[1].symbols.marker.shape, rc::MarkerShape::Square);
  QCOMPARE(items[2].symbols.marker.fill, QColor(0x2E, 0x8B, 0x3E));
  QCOMPARE(items[4].swatch, rc::LegendItem::Swatch::Fill);
  QCOMPARE(items[6].symbols.fill.fill, QColor(0xFC, 0x8D, 0x59));

  stack.layer(1)->setVisible(true);
  const QList<rc::LegendItem> withRiver = rc::MapLayout::legendFor(stack.visibleLayers(), 60000);
  const auto river = std::find_if(withRiver.cbegin(), withRiver.cend(),
                                  [](const rc::LegendItem &item) { return item.text == u"闽江"_s; });
  QVERIFY(river != withRiver.cend());
  QCOMPARE(river->swatch, rc::LegendItem::Swatch::Line);
  QVERIFY(!river->isHeading && !river->isClass);
  QCOMPARE(river->symbols.line.color, QColor(0x4A, 0x90, 0xC8));
}

void TestLayout::sheetControlImage()
{
  rc::LayerStack stack;
  addLayers(stack);
  const rc::MapLayout layout = sheet(stack);
  const QString path = m_dir.filePath(u"sheet.png"_s);
  rc::LayoutExportJob job(layout, path, rc::LayoutExportJob::Format::Png, 96);
  QSignalSpy finished(&job, &rc::LayoutExportJob::finished);
  job.start();
  job.waitForFinished();
  QVERIFY2(job.succeeded(), qPrintable(job.errorMessage()));
  QVERIFY(job.renderErrors().isEmpty());
  QCOMPARE(finished.size(), 1);
  const QImage written(path);
  QCOMPARE(written.size(), QSize(1123, 794)); // A4 landscape at 96 dpi
  QCOMPARE(written, job.pageImage());
  RenderChecker checker(u"layout"_s, u"sheet_a4_96dpi"_s);
  checker.setAllowedMismatch(200); // antialiased text edges
  QVERIFY2(checker.compare(written), qPrintable(checker.report()));
}

void TestLayout::bareSheetIsTheMap()
{
  rc::LayerStack stack;
  addLayers(stack);
  rc::MapLayout layout = sheet(stack, rc::MapLayout::Page::FitMap);
  layout.setDecorations({false, false, false, false, false});
  // Without decorations the page is the frame: no margin, the map's own aspect.
  QCOMPARE(layout.mapFrameMm(), QRectF(QPointF(0, 0), layout.pageSizeMm()));
  const double aspect = m_extent4549.height() / m_extent4549.width();
  QCOMPARE_LE(std::abs(layout.pageSizeMm().height() / layout.pageSizeMm().width() - aspect), 1e-9);
}

void TestLayout::pdfHasEmbeddedChineseText()
{
  rc::LayerStack stack;
  addLayers(stack);
  const QString path = m_dir.filePath(u"sheet.pdf"_s);
  rc::LayoutExportJob job(sheet(stack), path, rc::LayoutExportJob::Format::Pdf, 150);
  job.start();
  job.waitForFinished();
  QVERIFY2(job.succeeded(), qPrintable(job.errorMessage()));
  QVERIFY(QFileInfo(path).size() > 10000);
  QVERIFY(job.pageImage().isNull());

  const QString fonts = runTool(u"pdffonts"_s, {path});
  QVERIFY2(!fonts.isNull(),
           "pdffonts is not on PATH (Debian package poppler-utils, which build.sh installs)");
  static const QRegularExpression embeddedCjk(
      uR"(NotoSansCJK\S*\s.*\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$)"_s,
      QRegularExpression::MultilineOption);
  const QRegularExpressionMatch font = embeddedCjk.match(fonts);
  QVERIFY2(font.hasMatch(), qPrintable(fonts));
  QCOMPARE(font.captured(1), u"yes"_s); // embedded
  QCOMPARE(font.captured(3), u"yes"_s); // with a Unicode map, so text can be searched and copied

  const QString text = runTool(u"pdftotext"_s, {path, u"-"_s});
  QVERIFY2(text.contains(u"福州市中心城区图"_s), qPrintable(text));
  QVERIFY2(text.contains(u"行政区人口"_s), qPrintable(text));                       // a legend heading
  QVERIFY2(text.contains(u"景点"_s), qPrintable(text));                             // a legend class
  QVERIFY2(text.contains(u"2 km"_s) || text.contains(u"1 km"_s), qPrintable(text)); // scale bar
  QVERIFY2(text.contains(u"EPSG:4549"_s), qPrintable(text));

  const QString info = runTool(u"pdfinfo"_s, {path});
  QVERIFY2(info.contains(u"842 x 595 pts (A4)"_s), qPrintable(info)); // A4 landscape, in points
  // The map is vector: its labels are text too, and the page holds no image at all.
  QVERIFY2(text.contains(u"福州站"_s) && text.contains(u"鼓楼区"_s), qPrintable(text));
  const QString images = runTool(u"pdfimages"_s, {u"-list"_s, path});
  QCOMPARE(images.trimmed().split(u'\n').size(), 2); // the two header lines, no image row
}

QString TestLayout::writeProject()
{
  rc::Project project;
  project.title = u"榕城测试图"_s;
  project.crs = rc::Crs::fromEpsg(4549);
  project.startExtent = m_extent4549;
  project.background = QColor(0xC9, 0xDF, 0xEF);
  const auto layer = [&](const QString &file, const QString &name, const rc::VectorStyle &style) {
    rc::ProjectLayer entry;
    entry.source = m_dir.filePath(file);
    entry.name = name;
    entry.style = style;
    return entry;
  };
  project.layers = {layer(u"districts.geojson"_s, u"行政区人口"_s, districtStyle()),
                    layer(u"river.geojson"_s, u"闽江"_s, riverStyle()),
                    layer(u"pois.geojson"_s, u"地标"_s, poiStyle())};
  const QString path = m_dir.filePath(u"test.rcproj"_s);
  rc::ProjectFile::write(project, path);
  return path;
}

void TestLayout::cliLayoutPdf()
{
  const QString project = writeProject();
  const QString out = m_dir.filePath(u"cli.pdf"_s);
  QProcess process;
  process.start(rc::test::rongchengExecutable(),
                {u"render"_s, u"--project"_s, project, u"--layout"_s, u"--dpi"_s, u"150"_s, u"--out"_s, out});
  QVERIFY(process.waitForFinished(120000));
  const QString errors = QString::fromUtf8(process.readAllStandardError());
  QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(errors));
  QVERIFY(QFileInfo(out).size() > 10000);
  const QString text = runTool(u"pdftotext"_s, {out, u"-"_s});
  QVERIFY2(!text.isNull(),
           "pdftotext is not on PATH (Debian package poppler-utils, which build.sh installs)");
  QVERIFY2(text.contains(u"榕城测试图"_s), qPrintable(text)); // the project's title
  QVERIFY2(text.contains(u"地标"_s), qPrintable(text));
  QVERIFY2(text.contains(u"GSHHG"_s), qPrintable(text)); // the attribution line

  // --title wins over the project's; without --layout a PDF is the bare map: its labels, no sheet.
  process.start(rc::test::rongchengExecutable(),
                {u"render"_s, u"--project"_s, project, u"--layout"_s, u"--title"_s, u"鼓楼区防汛图"_s,
                 u"--dpi"_s, u"100"_s, u"--out"_s, out});
  QVERIFY(process.waitForFinished(120000));
  QCOMPARE(process.exitCode(), 0);
  QVERIFY(runTool(u"pdftotext"_s, {out, u"-"_s}).contains(u"鼓楼区防汛图"_s));
  const QString bare = m_dir.filePath(u"bare.pdf"_s);
  process.start(rc::test::rongchengExecutable(), {u"render"_s, u"--project"_s, project, u"--size"_s,
                                                  u"800x400"_s, u"--dpi"_s, u"100"_s, u"--out"_s, bare});
  QVERIFY(process.waitForFinished(120000));
  QCOMPARE(process.exitCode(), 0);
  const QString bareText = runTool(u"pdftotext"_s, {bare, u"-"_s});
  QVERIFY2(bareText.contains(u"东街口"_s), qPrintable(bareText));
  QVERIFY2(!bareText.contains(u"榕城测试图"_s) && !bareText.contains(u"GSHHG"_s), qPrintable(bareText));
  QVERIFY2(runTool(u"pdfinfo"_s, {bare}).contains(u"842 x 421 pts"_s), "a 2:1 page 297 mm wide");
}

void TestLayout::cliLayoutPngAndPages()
{
  const QString project = writeProject();
  const auto render = [&](const QStringList &extra) {
    QProcess process;
    process.start(rc::test::rongchengExecutable(), QStringList{u"render"_s, u"--project"_s, project} + extra);
    process.waitForFinished(120000);
    return std::pair(process.exitCode(), QString::fromUtf8(process.readAllStandardError()));
  };
  const QString out = m_dir.filePath(u"cli.png"_s);
  auto [code, errors] = render({u"--layout"_s, u"--out"_s, out});
  QVERIFY2(code == 0, qPrintable(errors));
  QCOMPARE(QImage(out).size(), QSize(1123, 794)); // A4 landscape at the default 96 dpi

  std::tie(code, errors) =
      render({u"--layout"_s, u"--page"_s, u"a3"_s, u"--dpi"_s, u"50"_s, u"--out"_s, out});
  QVERIFY2(code == 0, qPrintable(errors));
  QCOMPARE(QImage(out).size(), QSize(827, 585)); // 420 × 297 mm at 50 dpi

  std::tie(code, errors) = render({u"--layout"_s, u"--page"_s, u"b5"_s, u"--out"_s, out});
  QCOMPARE(code, 2);
  QVERIFY2(errors.contains(u"--page"_s) && errors.contains(u"b5"_s), qPrintable(errors));
}

void TestLayout::exportDialogRunsInBackground()
{
  rc::LayerStack stack;
  addLayers(stack);
  rc::MapCanvas canvas(&stack);
  canvas.resize(600, 400);
  canvas.setDestinationCrs(rc::Crs::fromEpsg(4549));
  canvas.setExtent(m_extent4549);
  rc::ExportDialog dialog(&canvas);
  dialog.setTitle(u"福州市中心城区图"_s);
  dialog.setAttribution(u"Test data"_s);
  QSignalSpy exported(&dialog, &rc::ExportDialog::exported);

  // The format follows the file name, and the sheet covers at least what the view shows.
  const QString png = m_dir.filePath(u"dialog.png"_s);
  dialog.setOutputPath(png);
  const rc::MapLayout layout = dialog.layout();
  QCOMPARE(layout.title(), u"福州市中心城区图"_s);
  QVERIFY(layout.frameSettings(96).visibleExtent().contains(canvas.visibleExtent()));
  QVERIFY(!layout.legendItems().isEmpty());
  dialog.startExport();
  QVERIFY(dialog.isExporting()); // returned before the file was written: the work is off this thread
  QVERIFY(exported.wait(60000));
  QCOMPARE(exported.last().first().toString(), png);
  QCOMPARE(QImage(png).size(), layout.pageSizePixels(dialog.dpi()));
  QVERIFY(!dialog.isExporting());

  const QString pdf = m_dir.filePath(u"dialog.pdf"_s);
  dialog.setOutputPath(pdf);
  dialog.startExport();
  QVERIFY(exported.wait(60000));
  QVERIFY(QFileInfo(pdf).size() > 10000);
  QCOMPARE(exported.size(), 2);
}

QTEST_MAIN(TestLayout)
#include "test_layout.moc"
