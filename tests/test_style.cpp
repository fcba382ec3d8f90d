#include "project/Project.h"
#include "style/Classification.h"
#include "style/ColorRamp.h"
#include "style/StyleJson.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <limits>
#include <numeric>
#include <random>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(rc::ClassificationMethod)

class TestStyle : public QObject
{
  Q_OBJECT

private slots:
  void classBreaks_data();
  void classBreaks();
  void naturalBreaksOnLargeInput();
  void naturalBreaksMatchExhaustiveSearch_data();
  void naturalBreaksMatchExhaustiveSearch();
  void graduatedClassesFollowTheRamp();
  void styleRoundTrip_data();
  void styleRoundTrip();
  void damagedStyleKeepsDefaults();
  void projectRoundTrip();
  void projectFromNewerVersionIsRefused();
  void projectDamaged();
};

void TestStyle::classBreaks_data()
{
  QTest::addColumn<QList<double>>("values");
  QTest::addColumn<int>("classes");
  QTest::addColumn<rc::ClassificationMethod>("method");
  QTest::addColumn<QList<double>>("expected");
  const QList<double> ramp{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
  QTest::newRow("equal interval") << ramp << 5 << rc::ClassificationMethod::EqualInterval
                                  << QList<double>{0, 2, 4, 6, 8, 10};
  QTest::newRow("quantile") << QList<double>{1, 2, 3, 4, 5, 6, 7, 8} << 4
                            << rc::ClassificationMethod::Quantile << QList<double>{1, 3, 5, 7, 8};
  // Three obvious groups: natural breaks must find them, where equal intervals would not.
  QTest::newRow("natural breaks") << QList<double>{1, 2, 3, 10, 11, 12, 20, 21, 22} << 3
                                  << rc::ClassificationMethod::NaturalBreaks << QList<double>{1, 6.5, 16, 22};
  QTest::newRow("NaN ignored") << QList<double>{std::nan(""), 0, 10} << 2
                               << rc::ClassificationMethod::EqualInterval << QList<double>{0, 5, 10};
  QTest::newRow("one level") << QList<double>{4, 4, 4} << 3 << rc::ClassificationMethod::Quantile
                             << QList<double>{4, 4};
  QTest::newRow("empty") << QList<double>{} << 3 << rc::ClassificationMethod::NaturalBreaks
                         << QList<double>{};
}

void TestStyle::classBreaks()
{
  QFETCH(QList<double>, values);
  QFETCH(int, classes);
  QFETCH(rc::ClassificationMethod, method);
  QFETCH(QList<double>, expected);
  const std::vector<double> breaks = rc::classBreaks({values.begin(), values.end()}, classes, method);
  QCOMPARE(QList<double>(breaks.begin(), breaks.end()), expected);
}

void TestStyle::naturalBreaksOnLargeInput()
{
  // Two clusters of a million values: the break falls between them, from a sample (Jenks over all
  // of them would run for hours and the suite's timeout would fail the test).
  std::vector<double> values;
  std::mt19937 random(3);
  std::normal_distribution<double> low(10, 1), high(100, 1);
  for (int i = 0; i < 1000000; ++i)
    values.push_back(i % 2 ? low(random) : high(random));
  const std::vector<double> breaks = rc::classBreaks(values, 2, rc::ClassificationMethod::NaturalBreaks);
  QCOMPARE(breaks.size(), std::size_t(3));
  // The middle break splits the clusters exactly: every low value below it, every high one not.
  const auto below = std::count_if(values.begin(), values.end(), [&](double v) { return v < breaks[1]; });
  QCOMPARE(below, 500000);
}

namespace {

/// Sum of squared deviations from their mean of sorted[from, to), in two passes and in long
/// double: a reference independent of the incremental formula under test.
long double squaredDeviations(const std::vector<double> &sorted, std::size_t from, std::size_t to)
{
  long double mean = 0;
  for (std::size_t i = from; i < to; ++i)
    mean += sorted[i];
  mean /= (to - from);
  long double sum = 0;
  for (std::size_t i = from; i < to; ++i)
    sum += (sorted[i] - mean) * (sorted[i] - mean);
  return sum;
}

/// The breaks of the best split of distinct sorted values into `classes`, found by trying every
/// choice of class starts; a break lies halfway between two neighbouring classes.
std::vector<double> exhaustiveBreaks(const std::vector<double> &sorted, int classes)
{
  const std::size_t n = sorted.size();
  std::vector<std::size_t> starts(std::size_t(classes - 1)), best;
  long double bestCost = std::numeric_limits<long double>::infinity();
  // starts[j] is where class j + 1 begins: 1 <= starts[0] < starts[1] < ... < n.
  const std::function<void(std::size_t, std::size_t)> choose = [&](std::size_t j, std::size_t from) {
    if (j == starts.size()) {
      long double cost = 0;
      std::size_t begin = 0;
      for (const std::size_t start : starts) {
        cost += squaredDeviations(sorted, begin, start);
        begin = start;
      }
      cost += squaredDeviations(sorted, begin, n);
      if (cost < bestCost) {
        bestCost = cost;
        best = starts;
      }
      return;
    }
    for (std::size_t start = from; start + (starts.size() - j) <= n; ++start) {
      starts[j] = start;
      choose(j + 1, start + 1);
    }
  };
  choose(0, 1);
  std::vector<double> breaks{sorted.front()};
  for (const std::size_t start : best)
    breaks.push_back(std::midpoint(sorted[start - 1], sorted[start]));
  breaks.push_back(sorted.back());
  return breaks;
}

} // namespace

void TestStyle::naturalBreaksMatchExhaustiveSearch_data()
{
  QTest::addColumn<QList<double>>("values");
  QTest::addColumn<int>("classes");
  // "Sum of squares minus square of sum" cancels below zero here and used to read before the array.
  QTest::newRow("cancelling variance") << QList<double>{300000006, 300000018, 300000020} << 3;
  QTest::newRow("12-digit codes") << QList<double>{350102001001, 350102001002, 350102001004, 350102001009,
                                                   350102001010, 350102001017, 350102001018, 350102001019,
                                                   350102001031, 350102001032}
                                  << 4;
  // Events stamped in epoch milliseconds, a few milliseconds apart.
  QList<double> stamps;
  std::mt19937 random(7);
  std::uniform_int_distribution<int> jitter(0, 40);
  for (int burst = 0; burst < 3; ++burst)
    for (int i = 0; i < 4; ++i)
      stamps << 1717171717000.0 + burst * 100 + jitter(random);
  QTest::newRow("epoch milliseconds") << stamps << 3;
  QTest::newRow("epoch milliseconds, 5 classes") << stamps << 5;
  QTest::newRow("near the limits of a double")
      << QList<double>{-1.7e308, -1.6e308, -1e300, 0, 1e300, 1.5e308, 1.7e308} << 3;
}

void TestStyle::naturalBreaksMatchExhaustiveSearch()
{
  QFETCH(QList<double>, values);
  QFETCH(int, classes);
  std::vector<double> sorted(values.begin(), values.end());
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  const std::vector<double> expected = exhaustiveBreaks(sorted, classes);
  const std::vector<double> breaks =
      rc::classBreaks({values.begin(), values.end()}, classes, rc::ClassificationMethod::NaturalBreaks);
  // Exactly, not fuzzily: a millisecond off at 1.7e12 is within QCOMPARE's relative tolerance.
  const auto text = [](const std::vector<double> &list) {
    QStringList texts;
    for (const double v : list)
      texts << QString::number(v, 'g', 17);
    return texts;
  };
  QCOMPARE(text(breaks), text(expected));
}

void TestStyle::graduatedClassesFollowTheRamp()
{
  const QList<rc::StyleClass> classes = rc::graduatedClasses({0, 10, 20, 30}, u"Blues"_s, rc::SymbolSet());
  QCOMPARE(classes.size(), 3);
  QCOMPARE(classes[0].lower, 0.0);
  QCOMPARE(classes[2].upper, 30.0);
  QCOMPARE(classes[0].symbols.fill.fill, rc::ColorRamp(u"Blues"_s).color(0));
  QCOMPARE(classes[2].symbols.fill.fill, rc::ColorRamp(u"Blues"_s).color(1));
  // Darker as values grow.
  QVERIFY(classes[2].symbols.fill.fill.lightness() < classes[0].symbols.fill.fill.lightness());
}

Q_DECLARE_METATYPE(rc::VectorStyle)

void TestStyle::styleRoundTrip_data()
{
  QTest::addColumn<rc::VectorStyle>("style");
  rc::VectorStyle single = rc::VectorStyle::defaultFor(3);
  single.marker.svgPath = u"/usr/share/icons/station.svg"_s;
  single.labels.enabled = true;
  single.labels.field = u"名称"_s;
  single.labels.priority = 7;
  single.minScale = 50000;
  single.maxScale = 500;
  QTest::newRow("single") << single;

  rc::VectorStyle categorized;
  categorized.kind = rc::RendererKind::Categorized;
  categorized.field = u"operator"_s;
  rc::StyleClass mobile;
  mobile.value = mobile.label = u"移动"_s;
  mobile.symbols.marker.fill = QColor(11, 123, 193);
  mobile.visible = false;
  categorized.classes = {mobile};
  QTest::newRow("categorized") << categorized;

  rc::VectorStyle graduated;
  graduated.kind = rc::RendererKind::Graduated;
  graduated.field = u"z"_s;
  graduated.method = rc::ClassificationMethod::NaturalBreaks;
  graduated.classes = rc::graduatedClasses({1, 2.5, 7}, u"Viridis"_s, rc::SymbolSet());
  QTest::newRow("graduated") << graduated;

  rc::VectorStyle rules;
  rules.kind = rc::RendererKind::RuleBased;
  rc::StyleClass over, rest;
  over.filter = u"\"z\" > \"wrz\""_s;
  over.label = u"超警戒"_s;
  over.minScale = 250000;
  over.maxScale = 1000;
  rest.isElse = true;
  rules.classes = {over, rest};
  QTest::newRow("rules") << rules;

  rc::VectorStyle heatmap;
  heatmap.kind = rc::RendererKind::Heatmap;
  heatmap.radius = 25;
  heatmap.weightField = u"weight"_s;
  heatmap.rampName = u"Heat"_s;
  QTest::newRow("heatmap") << heatmap;

  rc::VectorStyle sectors;
  sectors.kind = rc::RendererKind::Sectors;
  sectors.azimuthField = u"az"_s;
  sectors.beamwidthField = u"bw"_s;
  sectors.rangeField = u"r"_s;
  sectors.classes = {over};
  QTest::newRow("sectors") << sectors;
}

void TestStyle::styleRoundTrip()
{
  QFETCH(rc::VectorStyle, style);
  QStringList problems;
  const QJsonObject json = rc::styleToJson(style);
  // Through text, as the project file stores it.
  const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
  const rc::VectorStyle back = rc::styleFromJson(reread, rc::VectorStyle(), &problems);
  QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
  QCOMPARE(rc::styleToJson(back), json);
  QVERIFY(back == style);
}

void TestStyle::damagedStyleKeepsDefaults()
{
  const QJsonObject json = QJsonDocument::fromJson(R"({
    "marker": {"shape": "hexagram", "size": -4, "fill": "not-a-colour"},
    "fill": {"strokeWidth": "wide"},
    "renderer": "voronoi",
    "labels": {"enabled": true, "field": "name", "size": 9000}
  })")
                               .object();
  const rc::VectorStyle defaults = rc::VectorStyle::defaultFor(1);
  QStringList problems;
  const rc::VectorStyle style = rc::styleFromJson(json, defaults, &problems);
  QCOMPARE(style.marker, defaults.marker);
  QCOMPARE(style.fill, defaults.fill);
  QCOMPARE(style.kind, rc::RendererKind::Single);
  QCOMPARE(style.labels.size, defaults.labels.size);
  QVERIFY(style.labels.enabled); // the valid parts still apply
  QCOMPARE(style.labels.field, u"name"_s);
  const QString all = problems.join(u'\n');
  for (const QString &key : {u"marker.shape"_s, u"marker.size"_s, u"marker.fill"_s, u"fill.strokeWidth"_s,
                             u"renderer"_s, u"labels.size"_s})
    QVERIFY2(all.contains(key), qPrintable(key + u" missing from: "_s + all));
}

void TestStyle::projectRoundTrip()
{
  QTemporaryDir dir;
  rc::Project project;
  project.title = u"福州"_s;
  project.crs = rc::Crs::fromEpsg(4549);
  project.startExtent = {420000, 2880000, 440000, 2890000};
  project.background = QColor(0xC9, 0xDF, 0xEF);
  project.darkBackground = QColor(0x08, 0x11, 0x1F);
  rc::ProjectLayer layer;
  layer.source = dir.filePath(u"fuzhou.gpkg"_s);
  QFile(layer.source).open(QIODevice::WriteOnly);
  layer.layerName = u"grids"_s;
  layer.name = u"网格"_s;
  layer.visible = false;
  layer.opacity = 0.5;
  layer.style.kind = rc::RendererKind::HexBins;
  // A basemap layer with a dark variant, and a data layer (above) without one.
  rc::ProjectLayer land = layer;
  land.layerName = u"land"_s;
  land.style = rc::VectorStyle::defaultFor(0);
  rc::VectorStyle dark = land.style;
  dark.fill = {QColor(0x16, 0x1F, 0x2E), QColor(0x2A, 0x44, 0x66), 0.6};
  dark.labels.color = QColor(0xE3, 0xEA, 0xF4);
  land.darkStyle = dark;
  project.layers << layer << land;
  const QString path = dir.filePath(u"fuzhou.rcproj"_s);
  rc::ProjectFile::write(project, path);
  QFile file(path);
  QVERIFY(file.open(QIODevice::ReadOnly));
  // Sources beside the project are stored relative to it, so the folder can move.
  QVERIFY(file.readAll().contains("\"source\": \"fuzhou.gpkg\""));
  QStringList warnings;
  const rc::Project back = rc::ProjectFile::read(path, &warnings);
  QVERIFY(warnings.isEmpty());
  QCOMPARE(back.title, project.title);
  QCOMPARE(back.crs.authId(), u"EPSG:4549"_s);
  QCOMPARE(back.startExtent, project.startExtent);
  QCOMPARE(back.background, project.background);
  QCOMPARE(back.darkBackground, project.darkBackground);
  QCOMPARE(back.layers.size(), 2);
  QVERIFY(!back.layers[0].darkStyle);
  QVERIFY(back.layers[1].darkStyle && *back.layers[1].darkStyle == dark);
  QVERIFY(back.layers[1].style == land.style);
  QCOMPARE(back.layers[0].source, layer.source);
  QCOMPARE(back.layers[0].name, layer.name);
  QCOMPARE(back.layers[0].visible, false);
  QCOMPARE(back.layers[0].opacity, 0.5);
  QVERIFY(back.layers[0].style == layer.style);
}

void TestStyle::projectFromNewerVersionIsRefused()
{
  QTemporaryDir dir;
  const QString path = dir.filePath(u"future.rcproj"_s);
  QFile file(path);
  QVERIFY(file.open(QIODevice::WriteOnly));
  file.write(R"({"format": "rongcheng-project", "version": 99, "layers": []})");
  file.close();
  try {
    (void)rc::ProjectFile::read(path);
    QFAIL("a newer project was read");
  } catch (const rc::ProjectError &e) {
    QVERIFY2(QString::fromUtf8(e.what()).contains(u"99"_s), e.what());
  }
}

void TestStyle::projectDamaged()
{
  QTemporaryDir dir;
  const QString path = dir.filePath(u"broken.rcproj"_s);
  QFile file(path);
  QVERIFY(file.open(QIODevice::WriteOnly));
  file.write(R"({"format": "rongcheng-project", "version": 1, "layers": [)");
  file.close();
  QVERIFY_THROWS_EXCEPTION(rc::ProjectError, (void)rc::ProjectFile::read(path));
  QVERIFY_THROWS_EXCEPTION(rc::ProjectError, (void)rc::ProjectFile::read(dir.filePath(u"missing.rcproj"_s)));
}

QTEST_GUILESS_MAIN(TestStyle)
#include "test_style.moc"
