// Builds the Debian package with cpack and checks what a user would install:
// dependencies, desktop integration files, and that the stripped binary still runs.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// cpack installs, strips, runs dpkg-shlibdeps and compresses: tens of seconds on a
// loaded 2-core machine, so leave ample room under ctest's 300 s limit.
constexpr int kCpackTimeoutMs = 240'000;
constexpr int kToolTimeoutMs = 60'000;

const QString kAppId = u"org.fuzhou.Rongcheng"_s;

struct RunResult
{
  bool started = false;
  bool finished = false;
  int exitCode = -1;
  QString out;
  QString err;

  bool ok() const { return started && finished && exitCode == 0; }
  QString describe(const QString &what) const
  {
    if (!started)
      return what % u" did not start: "_s % err;
    if (!finished)
      return what % u" timed out\nstdout:\n"_s % out % u"\nstderr:\n"_s % err;
    return what % u" exited with "_s % QString::number(exitCode) % u"\nstdout:\n"_s % out % u"\nstderr:\n"_s %
           err;
  }
};

RunResult runProcess(const QString &program, const QStringList &args, int timeoutMs,
                     const QString &workDir = {},
                     const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
  QProcess process;
  process.setProgram(program);
  process.setArguments(args);
  process.setProcessEnvironment(env);
  if (!workDir.isEmpty())
    process.setWorkingDirectory(workDir);
  process.start();

  RunResult result;
  result.started = process.waitForStarted(kToolTimeoutMs);
  if (!result.started) {
    result.err = process.errorString();
    return result;
  }
  result.finished = process.waitForFinished(timeoutMs);
  if (!result.finished) {
    process.kill();
    process.waitForFinished(kToolTimeoutMs);
  }
  if (process.exitStatus() == QProcess::NormalExit)
    result.exitCode = process.exitCode();
  result.out = QString::fromUtf8(process.readAllStandardOutput());
  result.err = QString::fromUtf8(process.readAllStandardError());
  return result;
}

// RC_EXECUTABLE sits somewhere below the build tree (app/ today); CPackConfig.cmake
// is written next to CMakeCache.txt at its top.
QString findBuildDir()
{
  QDir dir = QFileInfo(QString::fromUtf8(RC_EXECUTABLE)).absoluteDir();
  do {
    if (dir.exists(u"CMakeCache.txt"_s))
      return dir.absolutePath();
  } while (dir.cdUp());
  return {};
}

} // namespace

class TestPackage : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase();
  void packageIsNamedRongcheng();
  void dependsOnLibrariesAndData();
  void containsDesktopIntegration();
  void desktopFileValidates();
  void metainfoValidates();
  void installedBinaryRunsInfo();

private:
  QString installedPath(const QString &relative) const { return m_root % u'/' % relative; }

  QTemporaryDir m_tmp;
  QString m_deb;
  QString m_root;
};

void TestPackage::initTestCase()
{
  const QString cpack = QStandardPaths::findExecutable(u"cpack"_s);
  QVERIFY2(!cpack.isEmpty(), "cpack is not on PATH (it comes with CMake)");
  QVERIFY2(!QStandardPaths::findExecutable(u"dpkg-deb"_s).isEmpty(),
           "dpkg-deb is not on PATH: not a Debian system");
  QVERIFY2(m_tmp.isValid(), qPrintable(m_tmp.errorString()));

  const QString buildDir = findBuildDir();
  QVERIFY2(!buildDir.isEmpty(), "no CMakeCache.txt above " RC_EXECUTABLE);

  // A separate output directory keeps _CPack_Packages and the .deb out of the build tree.
  const QString outDir = m_tmp.filePath(u"cpack"_s);
  QVERIFY(QDir().mkpath(outDir));
  const RunResult packed = runProcess(
      cpack, {u"-G"_s, u"DEB"_s, u"--config"_s, buildDir % u"/CPackConfig.cmake"_s, u"-B"_s, outDir},
      kCpackTimeoutMs, buildDir);
  QVERIFY2(packed.ok(), qPrintable(packed.describe(u"cpack -G DEB"_s)));

  const QStringList debs = QDir(outDir).entryList({u"*.deb"_s}, QDir::Files);
  QVERIFY2(debs.size() == 1,
           qPrintable(u"expected one .deb in "_s % outDir % u", found: "_s % debs.join(u", "_s)));
  m_deb = QDir(outDir).filePath(debs.constFirst());

  m_root = m_tmp.filePath(u"root"_s);
  const RunResult extracted = runProcess(u"dpkg-deb"_s, {u"-x"_s, m_deb, m_root}, kToolTimeoutMs);
  QVERIFY2(extracted.ok(), qPrintable(extracted.describe(u"dpkg-deb -x"_s)));
}

void TestPackage::packageIsNamedRongcheng()
{
  // DEB-DEFAULT naming: <name>_<version>_<arch>.deb, which apt and reprepro expect.
  QVERIFY2(QFileInfo(m_deb).fileName().startsWith(u"rongcheng_"_s), qPrintable(m_deb));
  const RunResult fields = runProcess(u"dpkg-deb"_s, {u"-f"_s, m_deb, u"Package"_s}, kToolTimeoutMs);
  QVERIFY2(fields.ok(), qPrintable(fields.describe(u"dpkg-deb -f"_s)));
  QCOMPARE(fields.out.trimmed(), u"rongcheng"_s);
}

void TestPackage::dependsOnLibrariesAndData()
{
  const RunResult fields =
      runProcess(u"dpkg-deb"_s, {u"-f"_s, m_deb, u"Package"_s, u"Depends"_s}, kToolTimeoutMs);
  QVERIFY2(fields.ok(), qPrintable(fields.describe(u"dpkg-deb -f"_s)));

  static const QRegularExpression dependsLine(u"^Depends:\\s*(.*)$"_s, QRegularExpression::MultilineOption);
  const QRegularExpressionMatch match = dependsLine.match(fields.out);
  QVERIFY2(match.hasMatch(), qPrintable(u"no Depends field:\n"_s % fields.out));
  const QString depends = match.captured(1);

  // Library packages come from dpkg-shlibdeps; their sonames (and Debian 13's t64
  // suffix) change between releases, so match the stem only.
  const QStringList expected = {
      u"\\blibqt6core6(t64)?\\b"_s, u"\\blibgdal\\d"_s,   u"\\blibproj\\d"_s,
      u"\\bfonts-noto-cjk\\b"_s,    u"\\bproj-data\\b"_s, u"\\bqt6-qpa-plugins\\b"_s,
  };
  for (const QString &pattern : expected) {
    QVERIFY2(QRegularExpression(pattern).match(depends).hasMatch(),
             qPrintable(u"Depends lacks /"_s % pattern % u"/: "_s % depends));
  }
}

void TestPackage::containsDesktopIntegration()
{
  const RunResult listing = runProcess(u"dpkg-deb"_s, {u"-c"_s, m_deb}, kToolTimeoutMs);
  QVERIFY2(listing.ok(), qPrintable(listing.describe(u"dpkg-deb -c"_s)));

  // Each line is tar -tv style; the path is the last field.
  QStringList paths;
  const QStringList lines = listing.out.split(u'\n', Qt::SkipEmptyParts);
  for (const QString &line : lines)
    paths << line.section(u' ', -1);

  const QStringList expected = {
      u"./usr/bin/rongcheng"_s,
      u"./usr/share/applications/"_s % kAppId % u".desktop"_s,
      u"./usr/share/icons/hicolor/scalable/apps/"_s % kAppId % u".svg"_s,
      u"./usr/share/metainfo/"_s % kAppId % u".metainfo.xml"_s,
      u"./usr/share/doc/rongcheng/NOTICE-data.txt"_s,
  };
  for (const QString &path : expected)
    QVERIFY2(paths.contains(path), qPrintable(path % u" missing from:\n"_s % listing.out));
}

void TestPackage::desktopFileValidates()
{
  const QString validator = QStandardPaths::findExecutable(u"desktop-file-validate"_s);
  QVERIFY2(!validator.isEmpty(),
           "desktop-file-validate is not installed (Debian package desktop-file-utils)");
  const QString desktopFile = installedPath(u"usr/share/applications/"_s % kAppId % u".desktop"_s);
  const RunResult result = runProcess(validator, {desktopFile}, kToolTimeoutMs);
  QVERIFY2(result.ok(), qPrintable(result.describe(u"desktop-file-validate"_s)));
}

void TestPackage::metainfoValidates()
{
  const QString validator = QStandardPaths::findExecutable(u"appstreamcli"_s);
  QVERIFY2(!validator.isEmpty(), "appstreamcli is not installed (Debian package appstream)");
  const QString metainfo = installedPath(u"usr/share/metainfo/"_s % kAppId % u".metainfo.xml"_s);
  // --no-net: CI has no network, and URL reachability is not ours to test.
  const RunResult result = runProcess(validator, {u"validate"_s, u"--no-net"_s, metainfo}, kToolTimeoutMs);
  QVERIFY2(result.ok(), qPrintable(result.describe(u"appstreamcli validate"_s)));
}

void TestPackage::installedBinaryRunsInfo()
{
  const QString geojson = m_tmp.filePath(u"districts.geojson"_s);
  {
    QFile file(geojson);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
    const QString text = uR"({"type": "FeatureCollection", "features": [
  {"type": "Feature", "properties": {"name": "鼓楼区"},
   "geometry": {"type": "Point", "coordinates": [119.296, 26.083]}},
  {"type": "Feature", "properties": {"name": "台江区"},
   "geometry": {"type": "Point", "coordinates": [119.314, 26.061]}}
]}
)"_s;
    file.write(text.toUtf8());
  }

  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);

  // The packaged binary, not the build one: this is what catches strip damage.
  const QString binary = installedPath(u"usr/bin/rongcheng"_s);
  QVERIFY2(QFileInfo(binary).isExecutable(), qPrintable(binary));
  const RunResult info = runProcess(binary, {u"info"_s, geojson}, kToolTimeoutMs, m_tmp.path(), env);
  QVERIFY2(info.ok(), qPrintable(info.describe(u"rongcheng info"_s)));

  // A bare "2" token: the count, not a digit inside a coordinate or an EPSG code.
  static const QRegularExpression count(u"(?<![\\w.])2(?![\\w.])"_s);
  QVERIFY2(count.match(info.out).hasMatch(), qPrintable(u"feature count 2 not in output:\n"_s % info.out));
}

QTEST_GUILESS_MAIN(TestPackage)
#include "test_package.moc"
