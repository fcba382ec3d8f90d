// The `rongcheng` command line, run as a real process: exit codes, what it prints, and the images
// it writes. Inputs are written at test time into a temporary folder.

#include "TestData.h"
#include "base/Sqlite.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <random>

using namespace Qt::StringLiterals;

namespace {

const QString kGulou = u"鼓楼区"_s;
/// 鼓楼区 in GBK (CP936), as a GBK shapefile's DBF stores it.
const QByteArray kGulouGbk = QByteArrayLiteral("\xB9\xC4\xC2\xA5\xC7\xF8");

struct Run
{
  QString error; ///< why the process could not be run to its end; empty when it was
  int exitCode = -1;
  QByteArray out;
  QByteArray err;

  [[nodiscard]] QString stdoutText() const { return QString::fromUtf8(out); }
  [[nodiscard]] QString stderrText() const { return QString::fromUtf8(err); }
  [[nodiscard]] QString describe() const
  {
    return u"exit %1\n--- stdout:\n%2\n--- stderr:\n%3"_s.arg(exitCode).arg(stdoutText(), stderrText());
  }
};

/// Pixels of `image` that differ from `background`.
qsizetype pixelsDiffering(const QImage &image, QRgb background)
{
  const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
  qsizetype count = 0;
  for (int y = 0; y < argb.height(); ++y) {
    const auto *line = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
    for (int x = 0; x < argb.width(); ++x)
      count += line[x] != background ? 1 : 0;
  }
  return count;
}

/// Writes a one-field layer per entry of `layers` (name → WKT of its features) into a new file.
QString writeOgr(const char *driverName, const QString &file,
                 const QList<std::pair<QByteArray, QList<QByteArray>>> &layers, int epsg,
                 const QStringList &layerOptions = {}, const QString &name = {})
{
  GDALAllRegister();
  GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName);
  if (!driver)
    return u"no GDAL driver "_s + QString::fromUtf8(driverName);
  GDALDatasetUniquePtr ds(driver->Create(file.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
  if (!ds)
    return u"cannot create "_s + file;
  OGRSpatialReference srs;
  srs.importFromEPSG(epsg);
  srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  CPLStringList options;
  for (const QString &option : layerOptions)
    options.AddString(option.toUtf8().constData());
  for (const auto &[layerName, wkts] : layers) {
    OGRLayer *layer = ds->CreateLayer(layerName.constData(), &srs, wkbUnknown, options.List());
    if (!layer)
      return u"cannot create layer "_s + QString::fromUtf8(layerName);
    OGRFieldDefn field("name", OFTString);
    if (layer->CreateField(&field) != OGRERR_NONE)
      return u"cannot create field"_s;
    for (const QByteArray &wkt : wkts) {
      OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(layer->GetLayerDefn()));
      feature->SetField("name", (name.isEmpty() ? QString::fromUtf8(layerName) : name).toUtf8().constData());
      OGRGeometry *geometry = nullptr;
      if (OGRGeometryFactory::createFromWkt(wkt.constData(), nullptr, &geometry) != OGRERR_NONE)
        return u"bad WKT "_s + QString::fromUtf8(wkt);
      feature->SetGeometryDirectly(geometry);
      if (layer->CreateFeature(feature.get()) != OGRERR_NONE)
        return u"cannot write a feature"_s;
    }
  }
  return {};
}

} // namespace

class TestCli : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase();

  void version();
  void unknownWordIsNotACommand_data();
  void unknownWordIsNotACommand();
  void infoFixture();
  void infoGbkShapefile();
  void infoErrors_data();
  void infoErrors();
  void infoMissingFileInChinese();
  void hostileFeatureCount();

  void renderFixture();
  void renderFarFromData();
  void renderReprojected_data();
  void renderReprojected();
  void renderErrors_data();
  void renderErrors();
  void renderGoodAndMissingLayer();
  void renderNamedLayer();

private:
  /// Runs the built `rongcheng` with `arguments` in the temporary folder, English messages.
  Run rongcheng(const QStringList &arguments, const QString &language = u"en"_s) const;
  QString path(const QString &name) const { return m_dir.filePath(name); }
  /// Replaces {dir}, {fixture}, {csv} in each argument.
  QStringList expand(const QStringList &arguments) const;

  QTemporaryDir m_dir;
  QString m_fixture;
  QString m_csv;
};

void TestCli::initTestCase()
{
  QVERIFY(m_dir.isValid());
  QVERIFY2(QFileInfo(rc::test::rongchengExecutable()).isExecutable(),
           qPrintable(rc::test::rongchengExecutable()));
  m_fixture = rc::test::writeFile(m_dir.path(), u"fuzhou.geojson"_s, rc::test::fuzhouFixtureGeoJson());
  m_csv =
      rc::test::writeFile(m_dir.path(), u"table.csv"_s, "name,population\nGulou,700000\nTaijiang,450000\n");
  QVERIFY(QDir(m_dir.path()).mkpath(u"config"_s));
  QVERIFY(QDir(m_dir.path()).mkpath(u"runtime"_s));
  QVERIFY(QFile::setPermissions(path(u"runtime"_s), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
}

Run TestCli::rongcheng(const QStringList &arguments, const QString &language) const
{
  Run run;
  QProcess process;
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
  env.insert(u"LANGUAGE"_s, language);
  env.insert(u"LANG"_s, u"C.UTF-8"_s);
  // The user's saved language preference and runtime folder must not leak in.
  env.insert(u"XDG_CONFIG_HOME"_s, path(u"config"_s));
  env.insert(u"XDG_RUNTIME_DIR"_s, path(u"runtime"_s));
  process.setProcessEnvironment(env);
  process.setWorkingDirectory(m_dir.path());
  process.start(rc::test::rongchengExecutable(), arguments);
  if (!process.waitForStarted(30000)) {
    run.error = u"cannot start "_s + rc::test::rongchengExecutable() + u": "_s + process.errorString();
    return run;
  }
  if (!process.waitForFinished(30000)) {
    process.kill();
    process.waitForFinished(5000);
    run.error = u"rongcheng %1 did not finish within 30 s"_s.arg(arguments.join(u' '));
  } else if (process.exitStatus() != QProcess::NormalExit) {
    run.error = u"rongcheng %1 crashed"_s.arg(arguments.join(u' '));
  }
  run.exitCode = process.exitCode();
  run.out = process.readAllStandardOutput();
  run.err = process.readAllStandardError();
  if (!run.error.isEmpty())
    run.error += u'\n' + run.describe();
  return run;
}

QStringList TestCli::expand(const QStringList &arguments) const
{
  QStringList expanded;
  for (QString argument : arguments)
    expanded << argument.replace(u"{dir}"_s, m_dir.path())
                    .replace(u"{fixture}"_s, m_fixture)
                    .replace(u"{csv}"_s, m_csv);
  return expanded;
}

void TestCli::version()
{
  for (const QString &flag : {u"--version"_s, u"-v"_s}) {
    const Run run = rongcheng({flag});
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    QCOMPARE(run.exitCode, 0);
    static const QRegularExpression pattern(uR"(^rongcheng \d+\.\d+\.\d+\s*$)"_s);
    QVERIFY2(pattern.match(run.stdoutText()).hasMatch(), qPrintable(run.describe()));
  }
}

void TestCli::unknownWordIsNotACommand_data()
{
  QTest::addColumn<QString>("language");
  QTest::addColumn<QString>("message");
  QTest::newRow("en") << u"en"_s << u"rongcheng: “frobnicate” is not a command"_s;
  QTest::newRow("zh_CN") << u"zh_CN"_s << u"rongcheng：“frobnicate”不是命令"_s;
}

void TestCli::unknownWordIsNotACommand()
{
  // A mistyped command must not open the map window (which would wait here until the timeout).
  QFETCH(QString, language);
  QFETCH(QString, message);
  const Run run = rongcheng({u"frobnicate"_s}, language);
  QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
  QCOMPARE(run.exitCode, 2);
  QVERIFY2(run.stderrText().contains(message), qPrintable(run.describe()));
  QVERIFY2(run.stdoutText().contains(u"rongcheng render"_s), qPrintable(run.describe()));
}

void TestCli::infoFixture()
{
  Run run = rongcheng({u"info"_s, m_fixture});
  QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
  QCOMPARE(run.exitCode, 0);
  const QString out = run.stdoutText();
  QVERIFY2(out.contains(u"Features: 5"_s), qPrintable(run.describe()));
  QVERIFY2(out.contains(u"Geometry:"_s), qPrintable(run.describe()));
  QVERIFY2(out.contains(u"EPSG:4326"_s), qPrintable(run.describe()));
  QVERIFY2(out.contains(u"Driver: GeoJSON"_s), qPrintable(run.describe()));
  QVERIFY2(!out.contains(kGulou), qPrintable(u"attributes printed without --sample\n"_s + run.describe()));

  run = rongcheng({u"info"_s, m_fixture, u"--sample"_s, u"2"_s});
  QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
  QCOMPARE(run.exitCode, 0);
  QVERIFY2(run.out.contains(kGulou.toUtf8()), qPrintable(run.describe()));
  QVERIFY2(run.stdoutText().contains(u"name="_s + kGulou), qPrintable(run.describe()));
  QVERIFY2(run.stdoutText().contains(u"闽江"_s), qPrintable(run.describe()));
  // Only the first two features.
  QVERIFY2(!run.stdoutText().contains(u"东街口"_s), qPrintable(run.describe()));
}

void TestCli::infoGbkShapefile()
{
  const QString shp = path(u"gbk/districts.shp"_s);
  QVERIFY(QDir(m_dir.path()).mkpath(u"gbk"_s));
  const QString error = writeOgr("ESRI Shapefile", shp, {{"districts", {"POINT (119.3 26.08)"}}}, 4490,
                                 {u"ENCODING=CP936"_s}, kGulou);
  QVERIFY2(error.isEmpty(), qPrintable(error));
  // The setup is what it claims: GBK bytes in the DBF, and a .cpg saying so, which we remove.
  QFile dbf(path(u"gbk/districts.dbf"_s));
  QVERIFY(dbf.open(QIODevice::ReadOnly));
  QVERIFY2(dbf.readAll().contains(kGulouGbk), "the DBF does not hold GBK text");
  QVERIFY(QFile::exists(path(u"gbk/districts.cpg"_s)));
  QVERIFY(QFile::remove(path(u"gbk/districts.cpg"_s)));

  Run run = rongcheng({u"info"_s, shp, u"--sample"_s, u"1"_s});
  QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
  QCOMPARE(run.exitCode, 0);
  QVERIFY2(run.out.contains(kGulou.toUtf8()), qPrintable(run.describe()));
  QVERIFY2(run.stdoutText().contains(u"name="_s + kGulou), qPrintable(run.describe()));
  QVERIFY2(run.stdoutText().contains(u"Features: 1"_s), qPrintable(run.describe()));

  // An explicit encoding gives the same.
  run = rongcheng({u"info"_s, shp, u"--sample"_s, u"1"_s, u"--encoding"_s, u"CP936"_s});
  QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
  QCOMPARE(run.exitCode, 0);
  QVERIFY2(run.stdoutText().contains(u"name="_s + kGulou), qPrintable(run.describe()));
}

void TestCli::infoErrors_data()
{
  QTest::addColumn<QString>("file"); // created by the test; empty: no argument at all
  QTest::addColumn<QByteArray>("contents");
  QTest::addColumn<bool>("create");
  QTest::addColumn<int>("exitCode");
  QTest::addColumn<QStringList>("messages"); // each must appear on stderr

  std::mt19937 rng(1234);
  QByteArray noise(8192, Qt::Uninitialized);
  for (char &c : noise)
    c = char(rng() & 0xFF);

  QTest::newRow("missing file") << u"nowhere.shp"_s << QByteArray() << false << 1
                                << QStringList{u"nowhere.shp"_s, u"does not exist"_s};
  QTest::newRow("random bytes as .gpkg")
      << u"noise.gpkg"_s << noise << true << 1 << QStringList{u"noise.gpkg"_s};
  QTest::newRow("damaged GeoPackage") << u"damaged.gpkg"_s << QByteArray("SQLite format 3\0", 16) + noise
                                      << true << 1 << QStringList{u"damaged.gpkg"_s, u"GeoPackage"_s};
  QTest::newRow("prose") << u"letter.txt"_s
                         << QByteArray(
                                "Dear colleague,\nthe survey of Gulou district is attached.\nRegards\n")
                         << true << 1 << QStringList{u"letter.txt"_s, u"not a recognised vector format"_s};
  QTest::newRow("no argument") << QString() << QByteArray() << false << 2 << QStringList{u"rongcheng info"_s};
}

void TestCli::infoErrors()
{
  QFETCH(QString, file);
  QFETCH(QByteArray, contents);
  QFETCH(bool, create);
  QFETCH(int, exitCode);
  QFETCH(QStringList, messages);

  QStringList arguments{u"info"_s};
  if (!file.isEmpty())
    arguments << path(file);
  if (create)
    rc::test::writeFile(m_dir.path(), file, contents);
  const Run run = rongcheng(arguments);
  QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
  QCOMPARE(run.exitCode, exitCode);
  for (const QString &message : messages)
    QVERIFY2(run.stderrText().contains(message),
             qPrintable(u"no “"_s + message + u"” in\n"_s + run.describe()));
  QVERIFY2(!run.stdoutText().contains(u"Features:"_s), qPrintable(run.describe()));
}

void TestCli::infoMissingFileInChinese()
{
  // Whatever the language, the message names the file, Chinese file names included, in UTF-8.
  const QString missing = path(u"缺失的图层.shp"_s);
  const Run run = rongcheng({u"info"_s, missing}, u"zh_CN"_s);
  QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
  QCOMPARE(run.exitCode, 1);
  QVERIFY2(run.err.contains(u"缺失的图层.shp"_s.toUtf8()), qPrintable(run.describe()));
}

void TestCli::hostileFeatureCount()
{
  // A GeoPackage whose gpkg_ogr_contents claims 2^62 features: reserving them once ended info,
  // render and the window (std::length_error, rethrown in a GUI slot).
  const QString file = path(u"claims.gpkg"_s);
  const QString error = writeOgr("GPKG", file, {{"districts", {"POINT (119.3 26.08)"}}}, 4490, {}, kGulou);
  QVERIFY2(error.isEmpty(), qPrintable(error));
  {
    const rc::sqlite::Database db(file, rc::sqlite::Database::Mode::ReadWrite);
    db.exec(u"UPDATE gpkg_ogr_contents SET feature_count = 4611686018427387904"_s);
  }

  Run run = rongcheng({u"info"_s, file, u"--sample"_s, u"1"_s});
  QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
  QCOMPARE(run.exitCode, 0);
  QVERIFY2(run.stdoutText().contains(u"name="_s + kGulou), qPrintable(run.describe()));

  run = rongcheng(
      {u"render"_s, u"--layer"_s, file, u"--out"_s, path(u"claims.png"_s), u"--size"_s, u"64x64"_s});
  QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
  QCOMPARE(run.exitCode, 0);

  // The window opens it and is still there a few seconds later.
  QProcess window;
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
  env.insert(u"XDG_CONFIG_HOME"_s, path(u"config"_s));
  env.insert(u"XDG_RUNTIME_DIR"_s, path(u"runtime"_s));
  window.setProcessEnvironment(env);
  window.start(rc::test::rongchengExecutable(), {file});
  QVERIFY(window.waitForStarted(30000));
  QVERIFY2(!window.waitForFinished(8000), window.readAllStandardError().constData());
  window.kill();
  QVERIFY(window.waitForFinished(5000));
}

void TestCli::renderFixture()
{
  const QString out = path(u"fixture.png"_s);
  const Run run = rongcheng(
      {u"render"_s, u"--layer"_s, m_fixture, u"--out"_s, out, u"--size"_s, u"320x200"_s, u"--timing"_s});
  QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
  QCOMPARE(run.exitCode, 0);
  static const QRegularExpression timing(uR"(load_ms=\d+ render_ms=\d+)"_s);
  QVERIFY2(timing.match(run.stderrText()).hasMatch(), qPrintable(run.describe()));
  QVERIFY2(!run.stderrText().contains(u"rongcheng render:"_s), qPrintable(run.describe()));

  QCOMPARE(QImageReader(out).format(), QByteArray("png"));
  const QImage image(out);
  QVERIFY(!image.isNull());
  QCOMPARE(image.size(), QSize(320, 200));
  // The polygon, the river and the points cover a good part of the picture.
  const QRgb corner = image.pixel(0, 0);
  const qsizetype drawn = pixelsDiffering(image, corner);
  QVERIFY2(drawn > 320 * 200 / 20, qPrintable(u"only %1 pixels differ from the background"_s.arg(drawn)));

  // Without --timing, no timing line.
  const Run quiet = rongcheng(
      {u"render"_s, u"--layer"_s, m_fixture, u"--out"_s, path(u"quiet.png"_s), u"--size"_s, u"64x48"_s});
  QVERIFY2(quiet.error.isEmpty(), qPrintable(quiet.error));
  QCOMPARE(quiet.exitCode, 0);
  QVERIFY2(!quiet.stderrText().contains(u"load_ms"_s), qPrintable(quiet.describe()));
  QCOMPARE(QImage(path(u"quiet.png"_s)).size(), QSize(64, 48));
}

void TestCli::renderFarFromData()
{
  const QString far = path(u"far.png"_s), near = path(u"near.png"_s);
  Run run = rongcheng({u"render"_s, u"--layer"_s, m_fixture, u"--out"_s, far, u"--size"_s, u"200x150"_s,
                       u"--extent"_s, u"0,0,1,1"_s});
  QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
  QCOMPARE(run.exitCode, 0);
  const QImage background(far);
  QCOMPARE(background.size(), QSize(200, 150));
  const QRgb colour = background.pixel(0, 0);
  QCOMPARE(pixelsDiffering(background, colour), qsizetype(0));

  // The same size and colours over the data: not blank against that background.
  run = rongcheng({u"render"_s, u"--layer"_s, m_fixture, u"--out"_s, near, u"--size"_s, u"200x150"_s,
                   u"--extent"_s, u"119.2,26.0,119.4,26.15"_s});
  QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
  QCOMPARE(run.exitCode, 0);
  const QImage image(near);
  QCOMPARE(image.size(), QSize(200, 150));
  const qsizetype drawn = pixelsDiffering(image, colour);
  QVERIFY2(drawn > 200 * 150 / 20, qPrintable(u"only %1 pixels drawn"_s.arg(drawn)));
  QVERIFY(drawn < 200 * 150);
}

void TestCli::renderReprojected_data()
{
  QTest::addColumn<QString>("crs");
  QTest::newRow("CGCS2000 3-degree GK zone 119E") << u"EPSG:4549"_s;
  QTest::newRow("GCJ-02") << u"GCJ02"_s;
  QTest::newRow("Web Mercator") << u"EPSG:3857"_s;
}

void TestCli::renderReprojected()
{
  QFETCH(QString, crs);
  const QString out = path(u"reprojected.png"_s);
  QFile::remove(out);
  const Run run = rongcheng(
      {u"render"_s, u"--layer"_s, m_fixture, u"--out"_s, out, u"--crs"_s, crs, u"--size"_s, u"240x180"_s});
  QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
  QCOMPARE(run.exitCode, 0);
  QVERIFY2(!run.stderrText().contains(u"rongcheng render:"_s), qPrintable(run.describe()));
  const QImage image(out);
  QCOMPARE(image.size(), QSize(240, 180));
  const qsizetype drawn = pixelsDiffering(image, image.pixel(0, 0));
  QVERIFY2(drawn > 240 * 180 / 20, qPrintable(u"only %1 pixels drawn in %2"_s.arg(drawn).arg(crs)));
}

void TestCli::renderErrors_data()
{
  QTest::addColumn<QStringList>("arguments"); // {dir}, {fixture}, {csv} are replaced
  QTest::addColumn<int>("exitCode");
  QTest::addColumn<QStringList>("messages"); // each must appear on stderr

  const QString out = u"{dir}/error.png"_s;
  const QString layer = u"--layer"_s, outOption = u"--out"_s;
  QTest::newRow("no --layer") << QStringList{outOption, out} << 2
                              << QStringList{u"no layer given"_s, u"--layer"_s};
  QTest::newRow("no --out") << QStringList{layer, u"{fixture}"_s} << 2
                            << QStringList{u"no output file"_s, u"--out"_s};
  QTest::newRow("size axb") << QStringList{layer, u"{fixture}"_s, outOption, out, u"--size"_s, u"axb"_s} << 2
                            << QStringList{u"invalid --size"_s, u"axb"_s};
  QTest::newRow("size 0x100") << QStringList{layer, u"{fixture}"_s, outOption, out, u"--size"_s, u"0x100"_s}
                              << 2 << QStringList{u"invalid --size"_s, u"0x100"_s};
  QTest::newRow("extent of three numbers")
      << QStringList{layer, u"{fixture}"_s, outOption, out, u"--extent"_s, u"1,2,3"_s} << 2
      << QStringList{u"invalid --extent"_s, u"1,2,3"_s};
  QTest::newRow("inverted extent") << QStringList{layer, u"{fixture}"_s, outOption,
                                                  out,   u"--extent"_s,  u"3,3,1,1"_s}
                                   << 2 << QStringList{u"invalid --extent"_s, u"3,3,1,1"_s};
  QTest::newRow("unknown CRS") << QStringList{layer, u"{fixture}"_s, outOption,
                                              out,   u"--crs"_s,     u"EPSG:999999"_s}
                               << 2 << QStringList{u"EPSG:999999"_s};
  QTest::newRow("unsupported suffix") << QStringList{layer, u"{fixture}"_s, outOption, u"{dir}/map.xyz"_s}
                                      << 2 << QStringList{u"map.xyz"_s, u"unsupported"_s};
  QTest::newRow("unknown option") << QStringList{layer, u"{fixture}"_s, outOption, out, u"--bogus"_s} << 2
                                  << QStringList{u"bogus"_s};
  QTest::newRow("stray argument") << QStringList{layer, u"{fixture}"_s, outOption, out, u"extra.shp"_s} << 2
                                  << QStringList{u"extra.shp"_s};
  QTest::newRow("missing layer file") << QStringList{layer, u"{dir}/absent_roads.shp"_s, outOption, out} << 1
                                      << QStringList{u"absent_roads.shp"_s, u"does not exist"_s};
  QTest::newRow("CSV without coordinates") << QStringList{layer, u"{csv}"_s, outOption, out} << 1
                                           << QStringList{u"table.csv"_s, u"coordinate columns"_s};
}

void TestCli::renderErrors()
{
  QFETCH(QStringList, arguments);
  QFETCH(int, exitCode);
  QFETCH(QStringList, messages);

  QFile::remove(path(u"error.png"_s));
  const Run run = rongcheng(QStringList{u"render"_s} + expand(arguments));
  QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
  QCOMPARE(run.exitCode, exitCode);
  QVERIFY2(run.stderrText().contains(u"rongcheng render:"_s), qPrintable(run.describe()));
  for (const QString &message : messages)
    QVERIFY2(run.stderrText().contains(message),
             qPrintable(u"no “"_s + message + u"” in\n"_s + run.describe()));
  QVERIFY2(!QFile::exists(path(u"error.png"_s)), "an image was written despite the error");
  QVERIFY(!QFile::exists(path(u"map.xyz"_s)));
}

void TestCli::renderGoodAndMissingLayer()
{
  const QString out = path(u"partial.png"_s);
  const QString missing = path(u"missing_rivers.gpkg"_s);
  const Run run = rongcheng({u"render"_s, u"--layer"_s, m_fixture, u"--layer"_s, missing, u"--out"_s, out,
                             u"--size"_s, u"160x120"_s});
  QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
  QVERIFY2(run.exitCode != 0, qPrintable(run.describe()));
  QVERIFY2(run.stderrText().contains(u"missing_rivers.gpkg"_s), qPrintable(run.describe()));
  QVERIFY2(!run.stderrText().contains(u"fuzhou.geojson"_s), qPrintable(run.describe()));
  // What could be read is still drawn.
  const QImage image(out);
  QCOMPARE(image.size(), QSize(160, 120));
  QVERIFY(pixelsDiffering(image, image.pixel(0, 0)) > 160 * 120 / 20);
}

void TestCli::renderNamedLayer()
{
  // Two layers far apart; only the one named "east" lies inside the extent drawn.
  const QString gpkg = path(u"two layers.gpkg"_s);
  const QString error = writeOgr("GPKG", gpkg,
                                 {{"west", {"POLYGON ((100 20,101 20,101 21,100 21,100 20))"}},
                                  {"east", {"POLYGON ((120 30,121 30,121 31,120 31,120 30))"}}},
                                 4326);
  QVERIFY2(error.isEmpty(), qPrintable(error));
  const QStringList common{u"--extent"_s, u"119.5,29.5,121.5,31.5"_s, u"--crs"_s, u"EPSG:4326"_s, u"--size"_s,
                           u"100x100"_s};
  auto drawnPixels = [&](const QString &layerArgument, const QString &file, Run &run) -> qsizetype {
    run = rongcheng(QStringList{u"render"_s, u"--layer"_s, layerArgument, u"--out"_s, path(file)} + common);
    const QImage image(path(file));
    return image.isNull() ? -1 : pixelsDiffering(image, image.pixel(0, 0));
  };

  Run run;
  const qsizetype east = drawnPixels(gpkg + u":east"_s, u"east.png"_s, run);
  QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
  QCOMPARE(run.exitCode, 0);
  QVERIFY2(east > 100 * 100 / 4, qPrintable(u"%1 pixels drawn\n"_s.arg(east) + run.describe()));

  const qsizetype west = drawnPixels(gpkg + u":west"_s, u"west.png"_s, run);
  QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
  QCOMPARE(run.exitCode, 0);
  QCOMPARE(west, qsizetype(0));

  // Without a name, the first layer.
  const qsizetype first = drawnPixels(gpkg, u"first.png"_s, run);
  QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
  QCOMPARE(run.exitCode, 0);
  QCOMPARE(first, qsizetype(0));

  QFile::remove(path(u"wrong.png"_s));
  const qsizetype wrong = drawnPixels(gpkg + u":south"_s, u"wrong.png"_s, run);
  QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
  QVERIFY2(run.exitCode != 0, qPrintable(run.describe()));
  QVERIFY2(run.stderrText().contains(u"south"_s), qPrintable(run.describe()));
  QVERIFY2(run.stderrText().contains(u"two layers.gpkg"_s), qPrintable(run.describe()));
  QCOMPARE(wrong, qsizetype(-1));
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
