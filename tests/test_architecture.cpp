// The shape of the tree, checked over the sources and the built test binaries: the core's rooms
// include each other in one direction only, the core never includes QtWidgets, every widgets/ and
// app/ room has its core room of the same name, and the core tests link no QtWidgets.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

/// The core's rooms from the bottom up: a file may include its own room and the rooms before it.
/// demo is the rc_demo library on top of the core. Adding a room means placing it here, which is
/// the point: the order is a decision, not an accident.
const QStringList kCoreOrder = {
    u"base"_s,    u"geo"_s,    u"auth"_s, u"data"_s,      u"postgis"_s, u"privacy"_s,
    u"style"_s,   u"render"_s, u"map"_s,  u"layout"_s,    u"project"_s, u"inspect"_s,
    u"address"_s, u"live"_s,   u"ops"_s,  u"dashboard"_s, u"demo"_s,
};

/// Rooms of widgets/ and app/ that have no core counterpart: the command line.
const QStringList kFrontEndOnlyRooms = {u"cli"_s};

QString sourceDir()
{
  return QStringLiteral(RC_SOURCE_DIR);
}

struct Include
{
  QString file; ///< relative to the source tree
  int line = 0;
  QString target; ///< as written between the quotes or angle brackets
  bool quoted = true;
};

QList<Include> includesUnder(const QString &folder)
{
  static const QRegularExpression includeLine(uR"(^\s*#\s*include\s*([<"])([^>"]+)[>"])"_s);
  QList<Include> result;
  const QDir root(sourceDir());
  QDirIterator it(root.filePath(folder), {u"*.h"_s, u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
  while (it.hasNext()) {
    const QString path = it.next();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
      qFatal("cannot read %s", qPrintable(path));
    int number = 0;
    while (!file.atEnd()) {
      ++number;
      const QString text = QString::fromUtf8(file.readLine());
      const auto match = includeLine.match(text);
      if (match.hasMatch())
        result.append({root.relativeFilePath(path), number, match.captured(2), match.captured(1) == u"\""});
    }
  }
  return result;
}

/// The room of a file under `library`/: its first folder there.
QString roomOf(const QString &file)
{
  const QStringList parts = file.split(u'/');
  return parts.size() > 2 ? parts.at(1) : QString();
}

QStringList roomsIn(const QString &library)
{
  return QDir(QDir(sourceDir()).filePath(library)).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
}

/// Header names Qt installs for QtWidgets and QtCharts ("QWidget", "qwidget.h", ...).
QSet<QString> widgetHeaderNames()
{
  QSet<QString> names;
  const QDir headers(QLibraryInfo::path(QLibraryInfo::HeadersPath));
  for (const QString &module : {u"QtWidgets"_s, u"QtCharts"_s, u"QtSvgWidgets"_s, u"QtOpenGLWidgets"_s}) {
    const QDir dir(headers.filePath(module));
    const QStringList entries = dir.entryList(QDir::Files);
    if (module == u"QtWidgets" && entries.isEmpty())
      qFatal("no QtWidgets headers under %s", qPrintable(dir.path()));
    for (const QString &entry : entries)
      names.insert(entry);
  }
  return names;
}

/// The problems, each on a line of the log (QTest cuts long messages), and their count.
QString listed(const QStringList &problems)
{
  for (const QString &problem : problems)
    qWarning("%s", qPrintable(problem));
  return u" %1, listed above"_s.arg(problems.size());
}

} // namespace

class TestArchitecture : public QObject
{
  Q_OBJECT

private slots:
  void everyCoreFolderIsARoomInTheOrder()
  {
    QStringList strays;
    for (const QString &room : roomsIn(u"layers"_s))
      if (!kCoreOrder.contains(room))
        strays << u"layers/"_s + room;
    QVERIFY2(strays.isEmpty(), qPrintable(u"folders missing from the core's order:"_s + listed(strays)));
    QDirIterator loose(QDir(sourceDir()).filePath(u"layers"_s), {u"*.h"_s, u"*.cpp"_s}, QDir::Files);
    QVERIFY2(!loose.hasNext(), "a source file lies in layers/ outside every room");
  }

  void coreIncludesPointDownTheOrder()
  {
    QStringList backEdges;
    int checked = 0;
    for (const Include &include : includesUnder(u"layers"_s)) {
      if (!include.quoted)
        continue;
      const QString from = roomOf(include.file);
      const QString to = include.target.section(u'/', 0, 0);
      if (!kCoreOrder.contains(to))
        continue;
      ++checked;
      if (kCoreOrder.indexOf(to) > kCoreOrder.indexOf(from))
        backEdges << u"%1:%2: %3 -> %4 (\"%5\")"_s.arg(include.file)
                         .arg(include.line)
                         .arg(from, to, include.target);
    }
    QVERIFY2(checked > 500, qPrintable(u"only %1 room includes found: is the tree there?"_s.arg(checked)));
    QVERIFY2(backEdges.isEmpty(), qPrintable(u"includes against the core's order ("_s +
                                             kCoreOrder.join(u" → "_s) + u"):"_s + listed(backEdges)));
  }

  void coreNeverIncludesWidgets()
  {
    const QSet<QString> widgetHeaders = widgetHeaderNames();
    QStringList offenders;
    for (const Include &include : includesUnder(u"layers"_s)) {
      const QString module = include.target.section(u'/', 0, 0);
      const QString name = include.target.section(u'/', -1);
      const bool widgetModule = module == u"QtWidgets" || module == u"QtCharts" || module == u"QtSvgWidgets";
      const bool frontEnd = include.quoted && (module == u"widgets" || module == u"app");
      if (widgetModule || frontEnd || (!include.quoted && widgetHeaders.contains(name)))
        offenders << u"%1:%2: %3"_s.arg(include.file).arg(include.line).arg(include.target);
    }
    QVERIFY2(offenders.isEmpty(), qPrintable(u"the core includes widgets:"_s + listed(offenders)));
  }

  void widgetsNeverIncludeTheApp()
  {
    QSet<QString> appHeaders;
    QDirIterator it(QDir(sourceDir()).filePath(u"app"_s), {u"*.h"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
      appHeaders.insert(QDir(QDir(sourceDir()).filePath(u"app"_s)).relativeFilePath(it.next()));
    QVERIFY(appHeaders.contains(u"MainWindow.h"_s));
    QStringList offenders;
    for (const Include &include : includesUnder(u"widgets"_s))
      if (include.quoted &&
          (appHeaders.contains(include.target) || appHeaders.contains(include.target.section(u'/', -1))))
        offenders << u"%1:%2: %3"_s.arg(include.file).arg(include.line).arg(include.target);
    QVERIFY2(offenders.isEmpty(), qPrintable(u"widgets include the app:"_s + listed(offenders)));
  }

  void frontEndRoomsMatchCoreRooms()
  {
    QStringList unmatched;
    for (const QString &library : {u"widgets"_s, u"app"_s}) {
      for (const QString &room : roomsIn(library))
        if (!kCoreOrder.contains(room) && !kFrontEndOnlyRooms.contains(room))
          unmatched << library + u'/' + room;
      QDirIterator loose(QDir(sourceDir()).filePath(library), {u"*.h"_s, u"*.cpp"_s}, QDir::Files);
      while (loose.hasNext()) {
        const QString name = QFileInfo(loose.next()).fileName();
        // The window, its language switch and main() are the app itself, not a feature.
        static const QStringList appRoot = {u"main.cpp"_s,
                                            u"Application.cpp"_s,
                                            u"Application.h"_s,
                                            u"GuardedApplication.cpp"_s,
                                            u"GuardedApplication.h"_s,
                                            u"MainWindow.cpp"_s,
                                            u"MainWindow.h"_s,
                                            u"LanguageManager.cpp"_s,
                                            u"LanguageManager.h"_s};
        if (library == u"widgets" || !appRoot.contains(name))
          unmatched << library + u'/' + name + u" (outside every room)"_s;
      }
    }
    QVERIFY2(unmatched.isEmpty(),
             qPrintable(u"rooms without a core room of the same name:"_s + listed(unmatched)));
  }

  void coreTestsLinkNoWidgets()
  {
    const QStringList binaries = QStringLiteral(RC_CORE_TESTS).split(u'|', Qt::SkipEmptyParts);
    QVERIFY2(binaries.size() >= 15, qPrintable(u"only %1 core tests listed"_s.arg(binaries.size())));
    QStringList offenders;
    for (const QString &binary : binaries) {
      QProcess readelf;
      readelf.start(u"readelf"_s, {u"--dynamic"_s, binary});
      QVERIFY2(readelf.waitForFinished(30000) && readelf.exitCode() == 0,
               qPrintable(u"readelf failed on %1: %2"_s.arg(binary, readelf.errorString())));
      const QString dynamic = QString::fromUtf8(readelf.readAllStandardOutput());
      QVERIFY2(dynamic.contains(u"libQt6Core.so"_s), qPrintable(binary + u" shows no NEEDED libQt6Core"_s));
      if (dynamic.contains(u"libQt6Widgets"_s) || dynamic.contains(u"libQt6Charts"_s))
        offenders << QFileInfo(binary).fileName();
    }
    QVERIFY2(offenders.isEmpty(), qPrintable(u"core tests that link QtWidgets:"_s + listed(offenders)));
  }
};

QTEST_GUILESS_MAIN(TestArchitecture)
#include "test_architecture.moc"
