// The alarm engine: every rule, the raised → acknowledged → cleared lifecycle, escalation, silent
// sensors, restart from the database, and an acknowledgement that survives SIGKILL of the process
// that made it (a helper mode of this executable, run as a child with QProcess).

#include "base/Sqlite.h"
#include "live/AlarmEngine.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace rc;
using namespace std::chrono_literals;

namespace {

const QString kRiver = u"63201000"_s;
const QString kReservoir = u"63299001"_s;
const QString kRain = u"63288001"_s;
const QString kPoint = u"350102320000000000010001"_s;

std::shared_ptr<const StationCatalog> fixtureCatalog()
{
  auto catalog = std::make_shared<StationCatalog>();
  HydroStation river;
  river.stcd = kRiver;
  river.sttp = u"ZQ"_s;
  river.wrz = 7.0;
  river.grz = 8.5;
  catalog->addStation(river);
  HydroStation reservoir;
  reservoir.stcd = kReservoir;
  reservoir.sttp = u"RR"_s;
  reservoir.floodLimits = {{415, 731, 300.0}, {801, 1015, 302.0}};
  catalog->addStation(reservoir);
  HydroStation rain;
  rain.stcd = kRain;
  rain.sttp = u"PP"_s;
  catalog->addStation(rain);
  MonitoringPoint point;
  point.mn = kPoint;
  point.st = 32;
  point.limits.insert(u"w01018"_s, {std::nullopt, 100.0});
  point.limits.insert(u"w01001"_s, {6.0, 9.0});
  catalog->addMonitoringPoint(point);
  return catalog;
}

AlarmPolicy fixturePolicy()
{
  AlarmPolicy policy;
  policy.silentAfter = 0s;
  return policy;
}

/// 2024-07-29 10:00 Beijing time, in the flood season.
QDateTime t0()
{
  return QDateTime(QDate(2024, 7, 29), QTime(10, 0), QTimeZone(8 * 3600));
}

HydroReading river(double z, const QDateTime &tm)
{
  HydroReading r;
  r.table = HydroTable::River;
  r.stcd = kRiver;
  r.tm = tm;
  r.z = z;
  return r;
}

HydroReading reservoir(double rz, const QDateTime &tm)
{
  HydroReading r;
  r.table = HydroTable::Reservoir;
  r.stcd = kReservoir;
  r.tm = tm;
  r.rz = rz;
  return r;
}

HydroReading rain(double drp, const QDateTime &tm)
{
  HydroReading r;
  r.table = HydroTable::Rainfall;
  r.stcd = kRain;
  r.tm = tm;
  r.drp = drp;
  r.intv = 0.0833;
  return r;
}

PollutantReading pollutant(const QString &code, double value, Hj212DataFlag flag, const QDateTime &tm)
{
  PollutantReading r;
  r.mn = kPoint;
  r.code = code;
  r.tm = tm;
  r.rtd = value;
  r.flag = flag;
  return r;
}

struct Engine
{
  explicit Engine(const QString &path, const AlarmPolicy &policy = fixturePolicy())
      : engine(std::make_unique<AlarmStore>(path), fixtureCatalog(), policy)
  {
    engine.restore();
  }
  AlarmEngine engine;
};

/// The helper mode: acknowledges an alarm in DB, reports it, then waits to be killed.
int acknowledgeAndWait(const QString &path, qint64 id)
{
  Engine e(path);
  if (!e.engine.acknowledge(id, u"值班员 张三"_s, u"已通知闽侯县防汛办"_s, QDateTime::currentDateTimeUtc()))
    return 3;
  std::fputs("acknowledged\n", stdout);
  std::fflush(stdout);
  for (;;)
    QThread::sleep(60);
}

} // namespace

class TestAlarms : public QObject
{
  Q_OBJECT

private:
  QTemporaryDir m_dir;
  int m_serial = 0;
  QString freshDatabase() { return m_dir.filePath(u"live%1.sqlite"_s.arg(++m_serial)); }

private slots:
  void riverLevelRaisesWarningThenGuaranteedAlarms()
  {
    Engine e(freshDatabase());
    QSignalSpy raised(&e.engine, &AlarmEngine::alarmRaised);
    e.engine.evaluate(river(6.5, t0()), t0());
    QCOMPARE(raised.count(), 0);
    e.engine.evaluate(river(7.2, t0().addSecs(300)), t0().addSecs(300));
    QCOMPARE(raised.count(), 1);
    const Alarm wrz = raised.takeFirst().first().value<Alarm>();
    QCOMPARE(wrz.rule, AlarmRule::AboveWarningLevel);
    QCOMPARE(wrz.severity, AlarmSeverity::Warning);
    QCOMPARE(wrz.threshold, 7.0);
    QVERIFY(wrz.id > 0);
    e.engine.evaluate(river(8.7, t0().addSecs(600)), t0().addSecs(600));
    QCOMPARE(raised.count(), 1);
    const Alarm grz = raised.takeFirst().first().value<Alarm>();
    QCOMPARE(grz.rule, AlarmRule::AboveGuaranteedLevel);
    QCOMPARE(grz.severity, AlarmSeverity::Critical);
    QCOMPARE(e.engine.openAlarm(AlarmRule::AboveWarningLevel, kRiver)->peak, 8.7);
    // Staying above raises nothing new.
    e.engine.evaluate(river(8.9, t0().addSecs(900)), t0().addSecs(900));
    QCOMPARE(raised.count(), 0);
    QCOMPARE(e.engine.openAlarms().size(), 2);
  }

  void unacknowledgedAlarmStaysRaisedAfterTheLevelFalls()
  {
    Engine e(freshDatabase());
    QSignalSpy changed(&e.engine, &AlarmEngine::alarmChanged);
    e.engine.evaluate(river(7.5, t0()), t0());
    e.engine.evaluate(river(6.0, t0().addSecs(600)), t0().addSecs(600));
    const Alarm *alarm = e.engine.openAlarm(AlarmRule::AboveWarningLevel, kRiver);
    QVERIFY(alarm);
    QCOMPARE(alarm->state, AlarmState::Raised);
    QVERIFY(!alarm->conditionActive);
    QCOMPARE(alarm->normalSince, t0().addSecs(600));
    QCOMPARE(changed.count(), 1);
    // Acknowledging an alarm whose condition has ended clears it.
    const qint64 id = alarm->id;
    QVERIFY(e.engine.acknowledge(id, u"operator"_s, u"seen"_s, t0().addSecs(700)));
    QVERIFY(!e.engine.openAlarm(AlarmRule::AboveWarningLevel, kRiver));
    const Alarm stored = *e.engine.store().alarm(id);
    QCOMPARE(stored.state, AlarmState::Cleared);
    QCOMPARE(stored.acknowledgedBy, u"operator"_s);
    QCOMPARE(stored.clearedAt, t0().addSecs(700));
    QList<AlarmEvent> events;
    for (const AlarmLogEntry &entry : e.engine.store().log(id))
      events.append(entry.event);
    QCOMPARE(events, (QList<AlarmEvent>{AlarmEvent::Raised, AlarmEvent::ReturnedToNormal,
                                        AlarmEvent::Acknowledged, AlarmEvent::Cleared}));
  }

  void acknowledgedAlarmClearsWhenTheLevelFalls()
  {
    Engine e(freshDatabase());
    e.engine.evaluate(river(7.5, t0()), t0());
    const qint64 id = e.engine.openAlarm(AlarmRule::AboveWarningLevel, kRiver)->id;
    QVERIFY(e.engine.acknowledge(id, u"operator"_s, {}, t0().addSecs(60)));
    QVERIFY(!e.engine.acknowledge(id, u"operator"_s, {}, t0().addSecs(61))); // once only
    QVERIFY(!e.engine.acknowledge(id + 100, u"operator"_s, {}, t0().addSecs(61)));
    QCOMPARE(e.engine.openAlarm(AlarmRule::AboveWarningLevel, kRiver)->state, AlarmState::Acknowledged);
    e.engine.evaluate(river(6.9, t0().addSecs(600)), t0().addSecs(600));
    QVERIFY(!e.engine.openAlarm(AlarmRule::AboveWarningLevel, kRiver));
    QCOMPARE(e.engine.store().alarm(id)->state, AlarmState::Cleared);
    // A new rise is a new alarm.
    e.engine.evaluate(river(7.1, t0().addSecs(900)), t0().addSecs(900));
    QVERIFY(e.engine.openAlarm(AlarmRule::AboveWarningLevel, kRiver)->id != id);
  }

  void floodLimitAppliesInItsSeasonOnly()
  {
    Engine e(freshDatabase());
    e.engine.evaluate(reservoir(301.0, t0()), t0()); // July: limit 300
    const Alarm *alarm = e.engine.openAlarm(AlarmRule::AboveFloodLimit, kReservoir);
    QVERIFY(alarm);
    QCOMPARE(alarm->threshold, 300.0);
    QVERIFY(e.engine.acknowledge(alarm->id, u"op"_s, {}, t0()));
    const QDateTime august = t0().addDays(10); // limit 302
    e.engine.evaluate(reservoir(301.0, august), august);
    QVERIFY(!e.engine.openAlarm(AlarmRule::AboveFloodLimit, kReservoir));
    const QDateTime december =
        QDateTime(QDate(2024, 12, 1), QTime(8, 0), QTimeZone(8 * 3600)); // out of season
    e.engine.evaluate(reservoir(310.0, december), december);
    QVERIFY(!e.engine.openAlarm(AlarmRule::AboveFloodLimit, kReservoir));
  }

  void floodSeasonMayRunOverNewYear()
  {
    const FloodLimitSeason winter{1101, 215, 1.0};
    QVERIFY(winter.contains(QDate(2024, 12, 31)));
    QVERIFY(winter.contains(QDate(2025, 1, 1)));
    QVERIFY(winter.contains(QDate(2025, 2, 15)));
    QVERIFY(!winter.contains(QDate(2025, 2, 16)));
    QVERIFY(!winter.contains(QDate(2025, 10, 31)));
  }

  void rainfallTotalsOverEachWindow()
  {
    AlarmPolicy policy = fixturePolicy();
    policy.rainfall1hMm = 20;
    policy.rainfall3hMm = 40;
    policy.rainfall24hMm = 60;
    Engine e(freshDatabase(), policy);
    // 12 five-minute periods of 1.5 mm: 18 mm in the hour, nothing yet.
    for (int i = 1; i <= 12; ++i)
      e.engine.evaluate(rain(1.5, t0().addSecs(300 * i)), t0());
    QVERIFY(!e.engine.openAlarm(AlarmRule::Rainfall1h, kRain));
    // A burst of 5 mm: 23 mm within the last hour.
    e.engine.evaluate(rain(5, t0().addSecs(300 * 13)), t0());
    QVERIFY(e.engine.openAlarm(AlarmRule::Rainfall1h, kRain));
    QCOMPARE(e.engine.openAlarm(AlarmRule::Rainfall1h, kRain)->value, 1.5 * 11 + 5);
    QVERIFY(!e.engine.openAlarm(AlarmRule::Rainfall3h, kRain));
    // Two more hours of steady rain pass 40 mm in 3 h; the hour alone falls back below 20 mm.
    for (int i = 14; i <= 36; ++i)
      e.engine.evaluate(rain(1.2, t0().addSecs(300 * i)), t0());
    QVERIFY(e.engine.openAlarm(AlarmRule::Rainfall3h, kRain));
    QVERIFY(!e.engine.openAlarm(AlarmRule::Rainfall1h, kRain)->conditionActive);
    QVERIFY(!e.engine.openAlarm(AlarmRule::Rainfall24h, kRain));
    // A late period, out of order, still counts in the totals up to the newest period.
    e.engine.evaluate(rain(30, t0().addSecs(150)), t0());
    QVERIFY(e.engine.openAlarm(AlarmRule::Rainfall24h, kRain));
  }

  void rainfallAccumulatorForgetsOldPeriods()
  {
    RainfallAccumulator accumulator;
    accumulator.add(kRain, t0(), 50);
    auto totals = accumulator.add(kRain, t0().addSecs(3600), 1);
    QCOMPARE(totals.oneHour, 1.0);
    QCOMPARE(totals.threeHours, 51.0);
    totals = accumulator.add(kRain, t0().addSecs(3600), 2); // the same TM again replaces
    QCOMPARE(totals.day, 52.0);
    totals = accumulator.add(kRain, t0().addSecs(25 * 3600), 0);
    QCOMPARE(totals.day, 0.0);
  }

  void pollutantLimitsAndTheTFlag()
  {
    Engine e(freshDatabase());
    e.engine.evaluate(pollutant(u"w01018"_s, 80, Hj212DataFlag::Normal, t0()), t0());
    QVERIFY(e.engine.openAlarms().isEmpty());
    e.engine.evaluate(pollutant(u"w01018"_s, 120, Hj212DataFlag::Normal, t0()), t0());
    const Alarm *cod = e.engine.openAlarm(AlarmRule::PollutantOverLimit, kPoint, u"w01018"_s);
    QVERIFY(cod);
    QCOMPARE(cod->threshold, 100.0);
    // pH is a band: too low is over the limit too.
    e.engine.evaluate(pollutant(u"w01001"_s, 5.2, Hj212DataFlag::Normal, t0()), t0());
    const Alarm *ph = e.engine.openAlarm(AlarmRule::PollutantOverLimit, kPoint, u"w01001"_s);
    QVERIFY(ph);
    QCOMPARE(ph->threshold, 6.0);
    // The analyser's own T flag, even on a pollutant with no limit in the catalog.
    e.engine.evaluate(pollutant(u"w21003"_s, 3, Hj212DataFlag::OverLimit, t0()), t0());
    QVERIFY(e.engine.openAlarm(AlarmRule::PollutantFlaggedOverLimit, kPoint, u"w21003"_s));
    QVERIFY(!e.engine.openAlarm(AlarmRule::PollutantOverLimit, kPoint, u"w21003"_s));
  }

  void silentSensorsRaiseAndReturn()
  {
    AlarmPolicy policy = fixturePolicy();
    policy.silentAfter = 10min;
    Engine e(freshDatabase(), policy);
    e.engine.tick(t0()); // watching starts
    e.engine.evaluate(river(5, t0().addSecs(300)), t0().addSecs(300));
    e.engine.tick(t0().addSecs(11 * 60));
    // Every source but the river, heard at +5 min, is silent now.
    QVERIFY(!e.engine.openAlarm(AlarmRule::SensorSilent, kRiver));
    QVERIFY(e.engine.openAlarm(AlarmRule::SensorSilent, kPoint));
    QVERIFY(e.engine.openAlarm(AlarmRule::SensorSilent, kRain));
    e.engine.tick(t0().addSecs(16 * 60));
    QVERIFY(e.engine.openAlarm(AlarmRule::SensorSilent, kRiver));
    e.engine.evaluate(river(5, t0().addSecs(17 * 60)), t0().addSecs(17 * 60));
    QVERIFY(!e.engine.openAlarm(AlarmRule::SensorSilent, kRiver)->conditionActive);
  }

  void unacknowledgedAlarmsEscalate()
  {
    AlarmPolicy policy = fixturePolicy();
    policy.escalateWarningAfter = 15min;
    policy.escalateCriticalAfter = 5min;
    Engine e(freshDatabase(), policy);
    QSignalSpy changed(&e.engine, &AlarmEngine::alarmChanged);
    e.engine.evaluate(river(9, t0()), t0());
    e.engine.tick(t0().addSecs(4 * 60));
    QCOMPARE(e.engine.openAlarm(AlarmRule::AboveGuaranteedLevel, kRiver)->escalationLevel, 0);
    e.engine.tick(t0().addSecs(5 * 60));
    QCOMPARE(e.engine.openAlarm(AlarmRule::AboveGuaranteedLevel, kRiver)->escalationLevel, 1);
    QCOMPARE(e.engine.openAlarm(AlarmRule::AboveWarningLevel, kRiver)->escalationLevel, 0);
    e.engine.tick(t0().addSecs(10 * 60));
    QCOMPARE(e.engine.openAlarm(AlarmRule::AboveGuaranteedLevel, kRiver)->escalationLevel, 2);
    e.engine.tick(t0().addSecs(15 * 60));
    QCOMPARE(e.engine.openAlarm(AlarmRule::AboveWarningLevel, kRiver)->escalationLevel, 1);
    QCOMPARE(e.engine.openAlarm(AlarmRule::AboveGuaranteedLevel, kRiver)->escalationLevel, 3);
    const qint64 id = e.engine.openAlarm(AlarmRule::AboveGuaranteedLevel, kRiver)->id;
    QVERIFY(e.engine.acknowledge(id, u"op"_s, {}, t0().addSecs(16 * 60)));
    e.engine.tick(t0().addSecs(60 * 60));
    QCOMPARE(e.engine.openAlarm(AlarmRule::AboveGuaranteedLevel, kRiver)->escalationLevel,
             3); // acknowledged: no more
    QCOMPARE(e.engine.store().alarm(id)->escalationLevel, 3);
    QVERIFY(changed.count() >= 4);
  }

  void restartRestoresOpenAlarms()
  {
    const QString path = freshDatabase();
    qint64 acknowledgedId = 0;
    {
      Engine e(path);
      e.engine.evaluate(river(9, t0()), t0());
      e.engine.evaluate(pollutant(u"w01018"_s, 150, Hj212DataFlag::Normal, t0()), t0());
      acknowledgedId = e.engine.openAlarm(AlarmRule::AboveGuaranteedLevel, kRiver)->id;
      QVERIFY(e.engine.acknowledge(acknowledgedId, u"李四"_s, u"巡堤"_s, t0().addSecs(30)));
    }
    Engine e(path);
    QCOMPARE(e.engine.openAlarms().size(), 3);
    const Alarm *grz = e.engine.openAlarm(AlarmRule::AboveGuaranteedLevel, kRiver);
    QCOMPARE(grz->id, acknowledgedId);
    QCOMPARE(grz->state, AlarmState::Acknowledged);
    QCOMPARE(grz->acknowledgedBy, u"李四"_s);
    QCOMPARE(grz->acknowledgementNote, u"巡堤"_s);
    QCOMPARE(grz->acknowledgedAt, t0().addSecs(30));
    QCOMPARE(grz->raisedAt, t0());
    // The restored alarm goes on: falling water clears it, no duplicate is raised.
    QSignalSpy raised(&e.engine, &AlarmEngine::alarmRaised);
    e.engine.evaluate(river(8.0, t0().addSecs(600)), t0().addSecs(600));
    QCOMPARE(raised.count(), 0);
    QVERIFY(!e.engine.openAlarm(AlarmRule::AboveGuaranteedLevel, kRiver));
    QVERIFY(e.engine.openAlarm(AlarmRule::AboveWarningLevel, kRiver));
  }

  void acknowledgementSurvivesSigkill()
  {
    const QString path = freshDatabase();
    qint64 id = 0;
    {
      Engine e(path);
      e.engine.evaluate(river(9, t0()), t0());
      id = e.engine.openAlarm(AlarmRule::AboveGuaranteedLevel, kRiver)->id;
    }
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {u"--acknowledge-and-wait"_s, path, QString::number(id)});
    QVERIFY(child.waitForStarted());
    QVERIFY2(child.waitForReadyRead(30000), qPrintable(QString::fromUtf8(child.readAllStandardError())));
    QCOMPARE(child.readLine().trimmed(), QByteArray("acknowledged"));
    child.kill(); // SIGKILL: no destructor, no close, no checkpoint
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    Engine e(path);
    const Alarm *alarm = e.engine.openAlarm(AlarmRule::AboveGuaranteedLevel, kRiver);
    QVERIFY(alarm);
    QCOMPARE(alarm->id, id);
    QCOMPARE(alarm->state, AlarmState::Acknowledged);
    QCOMPARE(alarm->acknowledgedBy, u"值班员 张三"_s);
    QCOMPARE(alarm->acknowledgementNote, u"已通知闽侯县防汛办"_s);
    QVERIFY(alarm->acknowledgedAt.isValid());
    QCOMPARE(e.engine.store().log(id).last().event, AlarmEvent::Acknowledged);
    QCOMPARE(e.engine.openAlarms().size(), 2);
  }

  void storeRefusalKeepsTheAcknowledgementUndone()
  {
    const QString path = freshDatabase();
    Engine e(path);
    e.engine.evaluate(river(7.5, t0()), t0());
    const qint64 id = e.engine.openAlarm(AlarmRule::AboveWarningLevel, kRiver)->id;
    // A trigger, made over a second connection, makes the database refuse alarm updates: the
    // acknowledgement must fail cleanly.
    sqlite::Database(path, sqlite::Database::Mode::ReadWrite)
        .exec("CREATE TRIGGER refuse BEFORE UPDATE ON ALARM BEGIN SELECT RAISE(ABORT, 'refused'); END");
    QVERIFY(!e.engine.acknowledge(id, u"op"_s, {}, t0()));
    QCOMPARE(e.engine.openAlarm(AlarmRule::AboveWarningLevel, kRiver)->state, AlarmState::Raised);
    QCOMPARE(e.engine.store().alarm(id)->state, AlarmState::Raised);
    QCOMPARE(e.engine.store().log(id).size(), 1);
  }
};

int main(int argc, char **argv)
{
  QCoreApplication app(argc, argv);
  if (argc == 4 && QByteArrayView(argv[1]) == "--acknowledge-and-wait")
    return acknowledgeAndWait(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong());
  TestAlarms test;
  return QTest::qExec(&test, argc, argv);
}

#include "test_alarms.moc"
