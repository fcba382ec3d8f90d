// Nothing the operators wrote is ever lost or deleted by the program: the demo city's folder,
// atomic replacement, the address index's validation, and a kill -9 harness that interrupts
// demo generation, index builds, case edits, acknowledgements and project saves at random points
// and then checks that the program starts and every acknowledged action is there.
//
// The harness runs this binary again as a worker ("test_durability --worker <job> <folder>") and
// kills it with SIGKILL. A worker prints "ACK <n>" only after the action returned, so every ACK
// the parent read is an action the program had told its operator was done.
// RC_KILL_TRIALS sets the trials per job (ctest: 2 demo generations and 4 of each other job,
// to stay near a minute on two cores).

#include "address/AddressIndex.h"
#include "base/AtomicFile.h"
#include "base/OperatorStore.h"
#include "base/Sqlite.h"
#include "demo/DemoCityGenerator.h"
#include "demo/DemoCityInstaller.h"
#include "demo/DemoCityLoader.h"
#include "demo/DemoManifest.h"
#include "live/AlarmEngine.h"
#include "live/AlarmStore.h"
#include "live/LiveController.h"
#include "live/StationCatalog.h"
#include "ops/OpsDatabase.h"
#include "ops/SqliteCaseLedger.h"
#include "project/Project.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kTemplateAddresses = 3000;
const QString kStation = u"63201000"_s;

rc::DemoCityOptions smallCity(const QString &outDir, quint64 seed)
{
  rc::DemoCityOptions options;
  options.outDir = outDir;
  options.seed = seed;
  options.basemapDir = QStringLiteral(RC_SOURCE_DIR) + u"/resources/basemap"_s;
  options.addressCount = kTemplateAddresses;
  options.eventCount = 300;
  options.cellSiteCount = 100;
  return options;
}

/// What the first start does: generate the city into `folder` through the installer.
void installCity(const QString &folder, quint64 seed, rc::DemoCityInstaller::Foreign foreign)
{
  rc::DemoCityInstaller installer(folder, foreign);
  rc::DemoCityOptions options = smallCity({}, seed);
  options.outDir = installer.begin();
  rc::DemoCityGenerator::generate(options, {});
  installer.finish();
}

std::shared_ptr<const rc::StationCatalog> riverCatalog()
{
  auto catalog = std::make_shared<rc::StationCatalog>();
  rc::HydroStation river;
  river.stcd = kStation;
  river.sttp = u"ZQ"_s;
  river.wrz = 7.0;
  river.grz = 8.5;
  catalog->addStation(river);
  return catalog;
}

rc::HydroReading riverAt(double z, const QDateTime &tm)
{
  rc::HydroReading r;
  r.table = rc::HydroTable::River;
  r.stcd = kStation;
  r.tm = tm;
  r.z = z;
  return r;
}

void reportDone(qint64 n)
{
  std::printf("ACK %lld\n", n);
  std::fflush(stdout);
}

QString cityOf(const QString &folder)
{
  return rc::DemoCityGenerator::geoPackagePath(folder);
}

/// One case intake and one edit, each committed with its audit record.
void caseWorker(const QString &folder)
{
  const rc::OpsDatabase database(rc::OpsDatabase::pathBeside(cityOf(folder)));
  rc::SqliteCaseLedger ledger(database);
  for (;;) {
    rc::EventCase eventCase;
    eventCase.eventClass = u"市容环境"_s;
    eventCase.description = u"new"_s;
    rc::AuditRecord intake;
    intake.actor = u"op"_s;
    intake.action = rc::AuditAction::Intake;
    intake.subject = u"case"_s;
    ledger.commit(eventCase, intake, false);
    eventCase.description = u"edited %1"_s.arg(eventCase.id);
    rc::AuditRecord edit = intake;
    edit.id = 0;
    edit.action = rc::AuditAction::Edit;
    ledger.commit(eventCase, edit, false);
    reportDone(eventCase.id);
  }
}

/// An alarm raised, acknowledged by the operator, then cleared as the river falls.
void acknowledgementWorker(const QString &folder)
{
  rc::AlarmEngine engine(
      std::make_unique<rc::AlarmStore>(rc::LiveController::alarmsDatabaseFor(cityOf(folder))), riverCatalog(),
      {});
  engine.restore();
  QDateTime at = QDateTime::currentDateTimeUtc();
  for (;;) {
    at = at.addSecs(120);
    engine.evaluate(riverAt(7.4, at), at);
    const rc::Alarm *alarm = engine.openAlarm(rc::AlarmRule::AboveWarningLevel, kStation);
    if (!alarm)
      std::abort();
    const qint64 id = alarm->id;
    if (engine.acknowledge(id, u"op"_s, u"已通知"_s, at.addSecs(1)))
      reportDone(id);
    engine.evaluate(riverAt(6.0, at.addSecs(2)), at.addSecs(2));
  }
}

void projectWorker(const QString &folder)
{
  rc::Project project = rc::ProjectFile::read(rc::DemoCityGenerator::projectPath(folder));
  for (qint64 n = 1;; ++n) {
    project.title = u"save %1"_s.arg(n);
    rc::ProjectFile::write(project, rc::DemoCityGenerator::projectPath(folder));
    reportDone(n);
  }
}

int runWorker(const QString &job, const QString &folder)
{
  // The parent's kill clock starts here, so that the kill points fall in the work, not in the
  // start of the process.
  std::printf("READY\n");
  std::fflush(stdout);
  try {
    if (job == u"demo"_s) {
      installCity(folder, QRandomGenerator::global()->generate(), rc::DemoCityInstaller::Foreign::Refuse);
      reportDone(1);
    } else if (job == u"index"_s) {
      std::ignore = rc::AddressIndex::open(cityOf(folder));
      reportDone(1);
    } else if (job == u"cases"_s) {
      caseWorker(folder);
    } else if (job == u"acknowledgements"_s) {
      acknowledgementWorker(folder);
    } else if (job == u"project"_s) {
      projectWorker(folder);
    }
  } catch (const rc::Error &e) {
    std::fprintf(stderr, "worker %s: %s\n", qPrintable(job), e.what());
    return 1;
  }
  return 0;
}

/// Every file under `folder`, relative, with its content's hash: what must survive.
QMap<QString, QByteArray> snapshot(const QString &folder)
{
  QMap<QString, QByteArray> files;
  QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
  while (it.hasNext()) {
    const QString path = it.next();
    files.insert(QDir(folder).relativeFilePath(path), rc::DemoManifest::hashOf(path));
  }
  return files;
}

QStringList partsUnder(const QString &folder)
{
  QStringList parts;
  QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                  QDirIterator::Subdirectories);
  while (it.hasNext()) {
    const QString path = it.next();
    if (it.fileName().contains(u".part-"_s) || it.fileName().startsWith(u".generating-"_s))
      parts << QDir(folder).relativeFilePath(path);
  }
  return parts;
}

void copyFolder(const QString &from, const QString &to)
{
  QDir().mkpath(to);
  for (const QString &name : QDir(from).entryList(QDir::Files))
    QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name));
}

/// The id of a process that has ended.
qint64 deadPid()
{
  QProcess process;
  process.start(u"true"_s, {});
  process.waitForFinished();
  return process.processId() > 0 ? process.processId() : 999999;
}

/// Outcomes of one job's trials, for the table in the log.
struct Tally
{
  int trials = 0;
  int killedMidway = 0; ///< killed before the worker finished its work
  int finished = 0;     ///< the work was already done when the kill came
  qint64 acknowledged = 0;
  int recovered = 0; ///< the program started and found everything acknowledged
};

} // namespace

class TestDurability : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase();
  void atomicFileKeepsTheOldFileUntilTheNewOneIsWhole();
  void staleTemporariesOfDeadWritersAreRemoved();
  void demoFolderWithForeignFilesIsNeverEmptied();
  void regenerationKeepsOperatorData();
  void storesBesideAnOldDemoAreMovedNotDeleted();
  void tornIndexIsRebuilt();
  void craftedIndexIsRefusedAndRebuilt_data();
  void craftedIndexIsRefusedAndRebuilt();
  void killedAtRandomPointsNothingAcknowledgedIsLost_data();
  void killedAtRandomPointsNothingAcknowledgedIsLost();
  void cleanupTestCase();

private:
  /// A fresh copy of the template city (its GeoPackage, project and manifest) in `folder`.
  QString freshCity(const QString &name);
  void seedOperatorData(const QString &folder);
  void verifyOperatorData(const QString &folder);
  Tally runTrials(const QString &job, int trials);
  void verifyAfterKill(const QString &job, const QString &folder, const QList<qint64> &acknowledged,
                       Tally &tally);

  QTemporaryDir m_dir;
  QString m_template;
  QMap<QString, Tally> m_tallies;
  double m_demoSeconds = 0;
  double m_indexSeconds = 0;
};

void TestDurability::initTestCase()
{
  QVERIFY(m_dir.isValid());
  m_template = m_dir.filePath(u"template"_s);
  QElapsedTimer timer;
  timer.start();
  installCity(m_template, rc::DemoCityOptions::kDefaultSeed, rc::DemoCityInstaller::Foreign::Refuse);
  m_demoSeconds = double(timer.elapsed()) / 1000;
  timer.restart();
  const QString indexed = freshCity(u"index-timing"_s);
  QCOMPARE(rc::AddressIndex::open(cityOf(indexed))->addressCount(), kTemplateAddresses);
  m_indexSeconds = double(timer.elapsed()) / 1000;
  qInfo("template city generated in %.1f s, its address index built in %.1f s", m_demoSeconds,
        m_indexSeconds);
}

QString TestDurability::freshCity(const QString &name)
{
  const QString folder = m_dir.filePath(name);
  copyFolder(m_template, folder);
  return folder;
}

void TestDurability::atomicFileKeepsTheOldFileUntilTheNewOneIsWhole()
{
  const QString path = m_dir.filePath(u"atomic.txt"_s);
  rc::AtomicFile::writeWhole(path, "old");
  {
    rc::AtomicFile file(path);
    file.write("new, but never committed");
    QVERIFY(QFileInfo::exists(rc::AtomicFile::temporaryPathFor(path)));
  }
  QFile read(path);
  QVERIFY(read.open(QIODevice::ReadOnly));
  QCOMPARE(read.readAll(), QByteArray("old"));
  QVERIFY(!QFileInfo::exists(rc::AtomicFile::temporaryPathFor(path)));
  rc::AtomicFile::writeWhole(path, "new");
  read.close();
  QVERIFY(read.open(QIODevice::ReadOnly));
  QCOMPARE(read.readAll(), QByteArray("new"));
}

void TestDurability::staleTemporariesOfDeadWritersAreRemoved()
{
  const QString path = m_dir.filePath(u"stale.addr.sqlite"_s);
  const QString dead = path + u".part-%1"_s.arg(deadPid());
  const QString deadJournal = dead + u"-journal"_s;
  const QString alive = rc::AtomicFile::temporaryPathFor(path);
  const QString other = m_dir.filePath(u"other.addr.sqlite.part-1"_s);
  for (const QString &file : {dead, deadJournal, alive, other}) {
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
  }
  QCOMPARE(rc::AtomicFile::removeStaleTemporaries(path), 2);
  QVERIFY(!QFileInfo::exists(dead));
  QVERIFY(!QFileInfo::exists(deadJournal));
  QVERIFY(QFileInfo::exists(alive)); // this process is alive: a writer at work
  QVERIFY(QFileInfo::exists(other)); // another file's
  QFile::remove(alive);
}

void TestDurability::demoFolderWithForeignFilesIsNeverEmptied()
{
  // RONGCHENG_DEMO_DIR at someone's folder without fuzhou.rcproj: the first start used to delete it.
  const QString folder = m_dir.filePath(u"someones-folder"_s);
  QDir().mkpath(folder + u"/photos"_s);
  rc::AtomicFile::writeWhole(folder + u"/notes.txt"_s, "mine");
  rc::AtomicFile::writeWhole(folder + u"/photos/a.jpg"_s, "jpeg");
  rc::AtomicFile::writeWhole(folder + u"/fuzhou.gpkg"_s, "not a city of ours");
  const QMap<QString, QByteArray> before = snapshot(folder);

  qputenv("RONGCHENG_DEMO_DIR", folder.toUtf8());
  rc::DemoCityLoader loader;
  QSignalSpy failed(&loader, &rc::DemoCityLoader::failed);
  QSignalSpy ready(&loader, &rc::DemoCityLoader::ready);
  QVERIFY(!rc::DemoCityLoader::isGenerated());
  loader.ensure();
  QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
  qunsetenv("RONGCHENG_DEMO_DIR");
  QCOMPARE(ready.size(), 0);
  QVERIFY(failed.first().first().toString().contains(folder));
  QCOMPARE(snapshot(folder), before);
  QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
           (QStringList{u"fuzhou.gpkg"_s, u"notes.txt"_s, u"photos"_s}));
}

void TestDurability::seedOperatorData(const QString &folder)
{
  const rc::OpsDatabase database(rc::OpsDatabase::pathBeside(cityOf(folder)));
  rc::SqliteCaseLedger ledger(database);
  rc::EventCase eventCase;
  eventCase.description = u"井盖缺失"_s;
  rc::AuditRecord intake;
  intake.actor = u"op"_s;
  intake.action = rc::AuditAction::Intake;
  intake.subject = u"case"_s;
  ledger.commit(eventCase, intake, false);
  QCOMPARE(eventCase.id, qint64(1));
  rc::AlarmEngine engine(
      std::make_unique<rc::AlarmStore>(rc::LiveController::alarmsDatabaseFor(cityOf(folder))), riverCatalog(),
      {});
  engine.restore();
  const QDateTime at = QDateTime::currentDateTimeUtc();
  engine.evaluate(riverAt(7.4, at), at);
  QVERIFY(engine.acknowledge(engine.openAlarm(rc::AlarmRule::AboveWarningLevel, kStation)->id, u"op"_s,
                             u"已通知"_s, at.addSecs(1)));
}

void TestDurability::verifyOperatorData(const QString &folder)
{
  const rc::OpsDatabase database(rc::OpsDatabase::pathBeside(cityOf(folder)));
  const rc::SqliteCaseLedger ledger(database);
  QVERIFY(ledger.find(1).has_value());
  QCOMPARE(ledger.find(1)->description, u"井盖缺失"_s);
  QCOMPARE(ledger.history(u"case"_s, 1).size(), qsizetype(1));
  const rc::AlarmStore alarms(rc::LiveController::alarmsDatabaseFor(cityOf(folder)));
  QVERIFY(alarms.alarm(1).has_value());
  QCOMPARE(alarms.alarm(1)->acknowledgedBy, u"op"_s);
}

void TestDurability::regenerationKeepsOperatorData()
{
  const QString folder = freshCity(u"regenerated"_s);
  seedOperatorData(folder);
  // The operator saved the demo project with a layer of their own; then the GeoPackage went
  // missing, so the next start generates the city again, with another seed.
  rc::Project project = rc::ProjectFile::read(rc::DemoCityGenerator::projectPath(folder));
  project.title = u"我的项目"_s;
  rc::ProjectFile::write(project, rc::DemoCityGenerator::projectPath(folder));
  const QByteArray saved = rc::DemoManifest::hashOf(rc::DemoCityGenerator::projectPath(folder));
  QVERIFY(QFile::remove(cityOf(folder)));
  const QMap<QString, QByteArray> operatorFiles = snapshot(rc::OperatorStore::folderFor(cityOf(folder)));

  installCity(folder, 7, rc::DemoCityInstaller::Foreign::Refuse);

  QVERIFY(QFileInfo::exists(cityOf(folder)));
  QCOMPARE(rc::ProjectFile::read(rc::DemoCityGenerator::projectPath(folder)).title,
           rc::ProjectFile::read(rc::DemoCityGenerator::projectPath(m_template)).title);
  // Every operator file is still there, unchanged; the saved project was kept, not replaced.
  const QMap<QString, QByteArray> after = snapshot(rc::OperatorStore::folderFor(cityOf(folder)));
  for (auto it = operatorFiles.begin(); it != operatorFiles.end(); ++it) {
    if (!it.key().endsWith(u"-shm"_s) && !it.key().endsWith(u"-wal"_s))
      QCOMPARE(after.value(it.key()), it.value());
  }
  const QStringList preserved =
      QDir(rc::OperatorStore::folderFor(cityOf(folder)) + u"/preserved"_s).entryList(QDir::Files);
  QCOMPARE(preserved.size(), qsizetype(1));
  QVERIFY(preserved.first().startsWith(u"fuzhou.rcproj."_s));
  QCOMPARE(rc::DemoManifest::hashOf(rc::OperatorStore::folderFor(cityOf(folder)) + u"/preserved/"_s +
                                    preserved.first()),
           saved);
  verifyOperatorData(folder);
  QVERIFY(partsUnder(folder).isEmpty());

  // A generated file nobody changed is replaced without a copy kept.
  QVERIFY(QFile::remove(cityOf(folder)));
  installCity(folder, 8, rc::DemoCityInstaller::Foreign::Refuse);
  QCOMPARE(QDir(rc::OperatorStore::folderFor(cityOf(folder)) + u"/preserved"_s).entryList(QDir::Files).size(),
           qsizetype(1));
}

void TestDurability::storesBesideAnOldDemoAreMovedNotDeleted()
{
  // An older version kept the stores beside the city, with a write-ahead log not yet checkpointed.
  const QString folder = freshCity(u"old-layout"_s);
  const QString old = QDir(folder).filePath(u"fuzhou.ops.sqlite"_s);
  {
    const rc::sqlite::Database db = rc::sqlite::Database::forWriting(old, rc::sqlite::Durability::Full);
    db.exec("PRAGMA wal_autocheckpoint=0; CREATE TABLE cases(id INTEGER PRIMARY KEY, state TEXT NOT NULL, "
            "data TEXT NOT NULL); INSERT INTO cases(state, data) VALUES('draft', '{}');");
    QVERIFY(QFileInfo::exists(old + u"-wal"_s));
    QVERIFY(QFile::copy(old, old + u".copy"_s));
    QVERIFY(QFile::copy(old + u"-wal"_s, old + u".copy-wal"_s));
  }
  QVERIFY(QFile::remove(old)); // closing checkpointed it: put back the state before the close
  QVERIFY(QFile::rename(old + u".copy"_s, old));
  QVERIFY(QFile::rename(old + u".copy-wal"_s, old + u"-wal"_s));

  const QString now = rc::OpsDatabase::pathBeside(cityOf(folder));
  QCOMPARE(now, QDir(folder).filePath(u"operator/fuzhou.ops.sqlite"_s));
  QVERIFY(!QFileInfo::exists(old));
  QVERIFY(!QFileInfo::exists(old + u"-wal"_s));
  const rc::sqlite::Database db(now, rc::sqlite::Database::Mode::ReadWrite);
  rc::sqlite::Statement count(db, "SELECT count(*) FROM cases");
  QVERIFY(count.step());
  QCOMPARE(count.integer(0), qint64(1));
}

void TestDurability::tornIndexIsRebuilt()
{
  const QString folder = freshCity(u"torn-index"_s);
  const auto built = rc::AddressIndex::open(cityOf(folder));
  const qint64 places = built->placeCount();
  const QString indexPath = rc::AddressIndex::indexPathFor(cityOf(folder));
  {
    // The meta row survived a crash, most of the pages did not.
    const rc::sqlite::Database db(indexPath, rc::sqlite::Database::Mode::ReadWrite);
    db.exec("DELETE FROM places WHERE id > 10; DELETE FROM addresses WHERE id > 100");
  }
  QVERIFY(rc::AddressIndex::isCurrent(indexPath, cityOf(folder)));
  QVERIFY_THROWS_EXCEPTION(rc::AddressIndexError, std::ignore = rc::AddressIndex::open(indexPath));
  const auto rebuilt = rc::AddressIndex::open(cityOf(folder));
  QCOMPARE(rebuilt->placeCount(), places);
  QCOMPARE(rebuilt->addressCount(), kTemplateAddresses);
}

void TestDurability::craftedIndexIsRefusedAndRebuilt_data()
{
  QTest::addColumn<QString>("sql");
  QTest::newRow("address of a place that is not there")
      << u"UPDATE addresses SET place = 2147483000 WHERE id = 0"_s;
  QTest::newRow("negative place of a site") << u"UPDATE sites SET place = -5 WHERE id = 0"_s;
  QTest::newRow("parent name out of range") << u"UPDATE names SET parent = 99999999 WHERE id = 3"_s;
  QTest::newRow("alias of no name") << u"INSERT INTO aliases(alias, name) VALUES('x', 123456789)"_s;
  QTest::newRow("place naming no community") << u"UPDATE places SET community = -7 WHERE id = 1"_s;
  QTest::newRow("name ids with a gap") << u"UPDATE names SET id = 99999 WHERE id = 2"_s;
  QTest::newRow("grid of no community") << u"UPDATE grids SET community = 4000000000"_s;
  QTest::newRow("level out of range") << u"UPDATE names SET level = 200 WHERE id = 0"_s;
}

void TestDurability::craftedIndexIsRefusedAndRebuilt()
{
  QFETCH(QString, sql);
  const QString folder =
      freshCity(u"crafted-%1"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'));
  const qint64 places = rc::AddressIndex::open(cityOf(folder))->placeCount();
  const QString indexPath = rc::AddressIndex::indexPathFor(cityOf(folder));
  {
    const rc::sqlite::Database db(indexPath, rc::sqlite::Database::Mode::ReadWrite);
    db.exec(sql);
  }
  // Opened by itself the index is refused; opened through its source it is built again.
  QVERIFY_THROWS_EXCEPTION(rc::AddressIndexError, std::ignore = rc::AddressIndex::open(indexPath));
  const auto rebuilt = rc::AddressIndex::open(cityOf(folder));
  QCOMPARE(rebuilt->placeCount(), places);
  QVERIFY(!rebuilt->geocode(u"福州市鼓楼区"_s).empty());
}

void TestDurability::killedAtRandomPointsNothingAcknowledgedIsLost_data()
{
  QTest::addColumn<QString>("job");
  for (const char *job : {"demo", "index", "cases", "acknowledgements", "project"})
    QTest::newRow(job) << QString::fromLatin1(job);
}

void TestDurability::killedAtRandomPointsNothingAcknowledgedIsLost()
{
  QFETCH(QString, job);
  // A demo trial regenerates the city after most kills, ten times the cost of the others.
  const int usual = job == u"demo"_s ? 2 : 4;
  const int trials =
      qEnvironmentVariableIsSet("RC_KILL_TRIALS") ? qEnvironmentVariableIntValue("RC_KILL_TRIALS") : usual;
  const Tally tally = runTrials(job, trials);
  m_tallies.insert(job, tally);
  QCOMPARE(tally.recovered, tally.trials);
}

Tally TestDurability::runTrials(const QString &job, int trials)
{
  Tally tally;
  // Kill points spread over the whole run of a one-shot job (an index build in its own process
  // takes longer than the one timed here, which reused an open GDAL), over a busy stretch of a loop.
  const double window = job == u"demo"_s ? m_demoSeconds * 1.2 : job == u"index"_s ? m_indexSeconds * 3 : 0.8;
  for (int trial = 0; trial < trials; ++trial) {
    const QString folder = freshCity(u"%1-%2"_s.arg(job).arg(trial));
    seedOperatorData(folder);
    if (job == u"demo"_s)
      QFile::remove(cityOf(folder)); // what makes the first start generate again
    QProcess worker;
    worker.setProcessChannelMode(QProcess::SeparateChannels);
    worker.start(QCoreApplication::applicationFilePath(), {u"--worker"_s, job, folder});
    if (!worker.waitForStarted())
      qFatal("cannot start the worker");
    QByteArray output;
    while (!output.contains("READY\n") && worker.waitForReadyRead(60000))
      output += worker.readAllStandardOutput();
    const int delayMs = int(QRandomGenerator::global()->bounded(window) * 1000);
    const bool finishedFirst = worker.waitForFinished(delayMs);
    if (!finishedFirst) {
      worker.kill(); // SIGKILL: no handler, no flush, no destructor runs
      worker.waitForFinished();
    }
    QList<qint64> acknowledged;
    output += worker.readAllStandardOutput();
    for (const QByteArray &line : output.split('\n')) {
      if (line.startsWith("ACK "))
        acknowledged << line.mid(4).toLongLong();
    }
    ++tally.trials;
    if (finishedFirst && worker.exitCode() == 0 && !acknowledged.isEmpty())
      ++tally.finished;
    else
      ++tally.killedMidway;
    if (finishedFirst && worker.exitCode() != 0)
      qWarning("worker %s failed: %s", qPrintable(job), worker.readAllStandardError().constData());
    tally.acknowledged += acknowledged.size();
    verifyAfterKill(job, folder, acknowledged, tally);
    QDir(folder).removeRecursively();
  }
  return tally;
}

void TestDurability::verifyAfterKill(const QString &job, const QString &folder,
                                     const QList<qint64> &acknowledged, Tally &tally)
{
  // The program starts: the city is there or is made again, its project reads, and the stores open.
  bool ok = true;
  const auto check = [&ok, &job](bool condition, const char *what) {
    if (!condition) {
      qWarning("%s: after the kill, %s", qPrintable(job), what);
      ok = false;
    }
  };
  try {
    rc::DemoCityInstaller::removeStaleScratch(folder);
    const bool generated = QFileInfo::exists(cityOf(folder)) &&
                           QFileInfo::exists(rc::DemoCityGenerator::projectPath(folder)) &&
                           rc::DemoCityInstaller::isComplete(folder);
    if (job == u"demo"_s && !generated)
      installCity(folder, 11, rc::DemoCityInstaller::Foreign::Refuse);
    else
      check(generated, "the city is incomplete");
    std::ignore = rc::ProjectFile::read(rc::DemoCityGenerator::projectPath(folder));
    if (job == u"index"_s)
      check(rc::AddressIndex::open(cityOf(folder))->addressCount() == kTemplateAddresses,
            "the index is wrong");

    // The operator data seeded before the run is all there.
    const rc::OpsDatabase database(rc::OpsDatabase::pathBeside(cityOf(folder)));
    const rc::SqliteCaseLedger ledger(database);
    check(ledger.find(1).has_value() && ledger.history(u"case"_s, 1).size() == 1,
          "the seeded case is missing");
    const rc::AlarmStore alarms(rc::LiveController::alarmsDatabaseFor(cityOf(folder)));
    check(alarms.alarm(1).has_value() && alarms.alarm(1)->acknowledgedBy == u"op"_s,
          "the seeded acknowledgement is missing");

    // And every acknowledged action.
    for (const qint64 n : acknowledged) {
      if (job == u"cases"_s) {
        const std::optional<rc::EventCase> found = ledger.find(n);
        check(found && found->description == u"edited %1"_s.arg(n), "an acknowledged case edit is missing");
        check(ledger.history(u"case"_s, n).size() == 2, "an acknowledged audit record is missing");
      } else if (job == u"acknowledgements"_s) {
        const std::optional<rc::Alarm> alarm = alarms.alarm(n);
        check(alarm && alarm->acknowledgedBy == u"op"_s && alarm->acknowledgedAt.isValid(),
              "an acknowledged alarm lost its acknowledgement");
      }
    }
    if (job == u"project"_s) {
      const QString title = rc::ProjectFile::read(rc::DemoCityGenerator::projectPath(folder)).title;
      const qint64 last = acknowledged.isEmpty() ? 0 : acknowledged.last();
      check(acknowledged.isEmpty() ? !title.isEmpty() : title.mid(5).toLongLong() >= last,
            "the last acknowledged save is missing");
      // The next save clears what the killed one left.
      rc::Project project = rc::ProjectFile::read(rc::DemoCityGenerator::projectPath(folder));
      rc::ProjectFile::write(project, rc::DemoCityGenerator::projectPath(folder));
    }
    check(partsUnder(folder).isEmpty(), "a killed writer's temporary file is left behind");
    if (!partsUnder(folder).isEmpty())
      qWarning("%s", qPrintable(partsUnder(folder).join(u", "_s)));
  } catch (const rc::Error &e) {
    qWarning("%s: after the kill the program does not start: %s", qPrintable(job), e.what());
    ok = false;
  }
  if (ok)
    ++tally.recovered;
}

void TestDurability::cleanupTestCase()
{
  qInfo("kill -9 trials: job, trials, killed mid-run, finished before the kill, actions acknowledged, "
        "recovered with nothing missing");
  int trials = 0, recovered = 0;
  for (auto it = m_tallies.begin(); it != m_tallies.end(); ++it) {
    qInfo("  %-17s %4d %4d %4d %6lld %4d", qPrintable(it.key()), it->trials, it->killedMidway, it->finished,
          it->acknowledged, it->recovered);
    trials += it->trials;
    recovered += it->recovered;
  }
  qInfo("  %-17s %4d %24s %4d", "all", trials, "", recovered);
}

int main(int argc, char **argv)
{
  QGuiApplication app(argc, argv);
  if (argc == 4 && qstrcmp(argv[1], "--worker") == 0)
    return runWorker(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
  TestDurability test;
  return QTest::qExec(&test, argc, argv);
}

#include "test_durability.moc"
