// Live-side benchmark. Prints:
//  1. ingest: readings per second through the pipeline (alarms judged on every reading, SQLite
//     WAL store written in batched transactions), 200,000 mixed hydrological and pollutant readings;
//  2. HJ 212 intake: frames per second parsed, CRC-checked, validated and decoded;
//  3. end to end through a real local mosquitto: sustained readings per second from publish to the
//     store, and publish→alarm latency p50/p99/max for alarm-changing readings sent meanwhile.
// Usage: bench_live [SECONDS] (default 10; the length of part 3). Needs `mosquitto` installed.

#include "live/Hj212Builder.h"
#include "live/Hj212Intake.h"
#include "live/LiveService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <random>

using namespace Qt::StringLiterals;
using namespace rc;
using namespace std::chrono_literals;

namespace {

constexpr int kStations = 200;
constexpr int kPoints = 100;
constexpr double kWarningLevel = 7.0;

QString stcd(int i)
{
  return u"632%1"_s.arg(i, 5, 10, QChar(u'0'));
}

QString mn(int i)
{
  return u"3501023200000000000%1"_s.arg(i, 5, 10, QChar(u'0'));
}

std::shared_ptr<const StationCatalog> catalog()
{
  auto c = std::make_shared<StationCatalog>();
  for (int i = 0; i < kStations; ++i) {
    HydroStation s;
    s.stcd = stcd(i);
    s.sttp = u"ZQ"_s;
    s.wrz = kWarningLevel;
    s.grz = kWarningLevel + 1.5;
    c->addStation(s);
  }
  for (int i = 0; i < kPoints; ++i) {
    MonitoringPoint p;
    p.mn = mn(i);
    p.st = 32;
    p.limits.insert(u"w01018"_s, {std::nullopt, 100.0});
    p.limits.insert(u"w21003"_s, {std::nullopt, 15.0});
    c->addMonitoringPoint(p);
  }
  return c;
}

AlarmPolicy policy()
{
  AlarmPolicy p;
  p.silentAfter = 0s;
  return p;
}

double percentile(std::vector<double> values, double p)
{
  if (values.empty())
    return 0;
  std::sort(values.begin(), values.end());
  return values[std::min(values.size() - 1, std::size_t(p * double(values.size() - 1) + 0.5))];
}

void benchIngest(const QString &dir)
{
  constexpr int kReadings = 200000;
  constexpr int kBatch = 100; // as feeds hand them over
  ReadingWriter writer(dir + u"/ingest-readings.sqlite"_s);
  AlarmEngine alarms(std::make_unique<AlarmStore>(dir + u"/ingest-alarms.sqlite"_s), catalog(), policy());
  ReadingPipeline pipeline(writer, alarms);
  qint64 alarmSignals = 0;
  QObject::connect(&alarms, &AlarmEngine::alarmRaised, [&] { ++alarmSignals; });
  QObject::connect(&alarms, &AlarmEngine::alarmChanged, [&] { ++alarmSignals; });

  std::mt19937 random(1);
  std::uniform_real_distribution<double> level(5.0, 6.9);
  const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-30);
  std::vector<ReadingBatch> batches;
  for (int b = 0; b < kReadings / kBatch; ++b) {
    ReadingBatch batch;
    for (int i = 0; i < kBatch; ++i) {
      const int n = b * kBatch + i;
      const QDateTime tm = start.addSecs(n / (kStations + kPoints) * 60);
      if (n % 10 < 7) {
        HydroReading r;
        r.stcd = stcd(n % kStations);
        r.tm = tm;
        // One station in fifty rises past WRZ now and then, so alarms do change.
        r.z = (n % 50 == 0 && (n / 5000) % 2 == 1) ? kWarningLevel + 0.5 : level(random);
        r.q = 1200;
        batch.hydro.push_back(r);
      } else {
        batch.pollutants.push_back({mn(n % kPoints),
                                    n % 2 ? u"w01018"_s : u"w21003"_s,
                                    2011,
                                    tm,
                                    10.0 + n % 5,
                                    {},
                                    {},
                                    {},
                                    {},
                                    Hj212DataFlag::Normal});
      }
    }
    batches.push_back(std::move(batch));
  }

  QElapsedTimer timer;
  timer.start();
  const QDateTime receivedAt = QDateTime::currentDateTimeUtc();
  for (const ReadingBatch &batch : batches)
    pipeline.submit(batch, receivedAt);
  pipeline.sync();
  const double seconds = double(timer.nsecsElapsed()) / 1e9;
  std::printf(
      "ingest: %d readings in %.2f s = %.0f readings/s (alarms judged on each, %lld alarm changes "
      "written with synchronous=FULL; readings stored in batches on the writer thread, WAL), %lld stored\n",
      kReadings, seconds, kReadings / seconds, static_cast<long long>(alarmSignals),
      static_cast<long long>(pipeline.storedCount()));
}

void benchHj212Intake()
{
  constexpr int kFrames = 50000;
  FeedCounter counter(u"bench"_s);
  Hj212Intake intake(catalog(), counter);
  const QDateTime now = QDateTime::currentDateTimeUtc();
  std::vector<QByteArray> frames;
  for (int i = 0; i < kFrames; ++i) {
    Hj212Frame f;
    f.qn = hj212QnText(now.addSecs(-600 + i % 600));
    f.st = 32;
    f.cn = hj212::cn::kRealTimeData;
    f.pw = u"123456"_s;
    f.mn = mn(i % kPoints);
    f.flag = 5;
    f.setDataTime(now.addSecs(-600 + i % 600));
    for (const QString &code : {u"w00000"_s, u"w01001"_s, u"w01018"_s, u"w21003"_s, u"w21011"_s, u"w21001"_s})
      f.addRealTimeValue(code, 12.5 + i % 10);
    frames.push_back(Hj212Builder::build(f));
  }
  QElapsedTimer timer;
  timer.start();
  qint64 readings = 0;
  for (const QByteArray &frame : frames)
    readings += qint64(intake.accept(frame, now).readings.size());
  const double seconds = double(timer.nsecsElapsed()) / 1e9;
  std::printf(
      "hj212 intake: %d frames (%lld values) in %.2f s = %.0f frames/s, with a 9014 reply built for each\n",
      kFrames, static_cast<long long>(readings), seconds, kFrames / seconds);
}

QString mosquittoExecutable()
{
  const QString found =
      QStandardPaths::findExecutable(u"mosquitto"_s, {u"/usr/sbin"_s, u"/usr/local/sbin"_s});
  return found.isEmpty() ? QStandardPaths::findExecutable(u"mosquitto"_s) : found;
}

int benchEndToEnd(const QString &dir, int seconds)
{
  QTcpServer probe;
  probe.listen(QHostAddress::LocalHost, 0);
  const quint16 port = probe.serverPort();
  probe.close();
  QFile config(dir + u"/mosquitto.conf"_s);
  if (!config.open(QIODevice::WriteOnly))
    return 1;
  config.write(
      u"listener %1 127.0.0.1\nallow_anonymous true\npersistence false\nmax_queued_messages 100000\n"_s
          .arg(port)
          .toUtf8());
  config.close();
  QProcess broker;
  broker.start(mosquittoExecutable(), {u"-c"_s, config.fileName()});
  if (!broker.waitForStarted(5000)) {
    std::fputs("bench_live: cannot start mosquitto\n", stderr);
    return 1;
  }
  QThread::msleep(500);

  LiveSettings settings;
  settings.readingsDatabase = dir + u"/e2e-readings.sqlite"_s;
  settings.alarmsDatabase = dir + u"/e2e-alarms.sqlite"_s;
  settings.policy = policy();
  MqttFeedSettings mqtt;
  mqtt.broker.port = port;
  settings.mqtt = mqtt;
  LiveService live(settings, catalog());
  live.start();
  MqttSettings publisherSettings;
  publisherSettings.port = port;
  MqttClient publisher(publisherSettings);
  publisher.start();
  QElapsedTimer wait;
  wait.start();
  const auto feed = [&live] { return live.feedStatuses().value(0); }; // the MQTT feed, the only one
  while ((!publisher.isConnected() || feed().state != FeedStatus::State::Connected) && wait.elapsed() < 10000)
    QCoreApplication::processEvents(QEventLoop::AllEvents, 50);

  // Publisher thread, every 10 ms: one message of kLoadBatch readings that stay below WRZ (the
  // load), and one probe reading that takes a probe station across WRZ, up or down, so that it
  // changes an alarm; the probe's value encodes its sequence number.
  constexpr int kLoadBatch = 120;
  constexpr int kProbeStations = 20;
  constexpr qint64 kPeriodNs = 10'000'000;
  QMutex mutex;
  QHash<qint64, qint64> sentAtNs;
  std::vector<double> latenciesMs;
  QElapsedTimer clock;
  clock.start();
  const auto onAlarm = [&](const Alarm &alarm) {
    const qint64 now = clock.nsecsElapsed();
    const qint64 sequence = std::llround(std::abs(alarm.value - kWarningLevel) * 1e6) % 1000000;
    const QMutexLocker lock(&mutex);
    if (const auto it = sentAtNs.constFind(sequence); it != sentAtNs.constEnd()) {
      latenciesMs.push_back(double(now - *it) / 1e6);
      sentAtNs.erase(it);
    }
  };
  QObject::connect(&live, &LiveService::alarmRaised, onAlarm);
  QObject::connect(&live, &LiveService::alarmChanged, onAlarm);

  const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-2);
  std::atomic_bool running{true};
  std::atomic<qint64> loadSent{0}, probeSent{0};
  std::unique_ptr<QThread> publishing(QThread::create([&] {
    for (qint64 tick = 0; running; ++tick) {
      while (clock.nsecsElapsed() < tick * kPeriodNs)
        QThread::usleep(100);
      const QString tm = sl323TimeText(base.addSecs(tick));
      QJsonArray load;
      for (int i = 0; i < kLoadBatch; ++i)
        load.append(QJsonObject{
            {u"table"_s, u"ST_RIVER_R"_s},
            {u"STCD"_s, stcd(kProbeStations + int((tick * kLoadBatch + i) % (kStations - kProbeStations)))},
            {u"TM"_s, tm},
            {u"Z"_s, 5.0 + i * 0.001}});
      if (publisher.publish(u"rongcheng/hydro/load"_s, QJsonDocument(load).toJson(QJsonDocument::Compact), 0))
        loadSent += kLoadBatch;
      // Probe station k alternates: above WRZ on even visits, below on odd ones.
      const qint64 sequence = tick + 1;
      const bool above = (tick / kProbeStations) % 2 == 0;
      const double z = kWarningLevel + (above ? 1.0 : -1.0) * (1.0 + double(sequence) * 1e-6);
      const QByteArray probe = QJsonDocument(QJsonObject{{u"table"_s, u"ST_RIVER_R"_s},
                                                         {u"STCD"_s, stcd(int(tick % kProbeStations))},
                                                         {u"TM"_s, tm},
                                                         {u"Z"_s, z}})
                                   .toJson(QJsonDocument::Compact);
      {
        const QMutexLocker lock(&mutex);
        sentAtNs.insert(sequence, clock.nsecsElapsed());
      }
      if (publisher.publish(u"rongcheng/hydro/probe"_s, probe, 0))
        ++probeSent;
    }
  }));
  const qint64 storedBefore = live.storedCount();
  QElapsedTimer run;
  run.start();
  publishing->start();
  while (run.elapsed() < seconds * 1000)
    QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
  running = false;
  publishing->wait();
  const double publishSeconds = double(run.elapsed()) / 1000.0;
  // Let what is in flight arrive, then count.
  QElapsedTimer drain;
  drain.start();
  while (drain.elapsed() < 2000)
    QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
  live.sync();
  const qint64 stored = live.storedCount() - storedBefore;
  const qint64 published = loadSent + probeSent;

  std::printf(
      "end to end (mosquitto on 127.0.0.1): %lld readings published in %.1f s (%.0f/s), %lld stored%s\n",
      static_cast<long long>(published), publishSeconds, double(published) / publishSeconds,
      static_cast<long long>(stored), stored == published ? " (all)" : "");
  std::printf("publish→alarm latency over %zu alarm-changing readings: p50 %.2f ms, p99 %.2f ms, max %.2f ms "
              "(%lld probes unanswered)\n",
              latenciesMs.size(), percentile(latenciesMs, 0.5), percentile(latenciesMs, 0.99),
              latenciesMs.empty() ? 0.0 : *std::max_element(latenciesMs.begin(), latenciesMs.end()),
              static_cast<long long>(sentAtNs.size()));
  std::printf("feed: %lld messages, %lld readings accepted, %lld rejected\n",
              static_cast<long long>(feed().messages), static_cast<long long>(feed().accepted),
              static_cast<long long>(feed().rejectedTotal()));
  live.stop();
  publisher.stop();
  broker.kill();
  broker.waitForFinished(5000);
  return 0;
}

} // namespace

int main(int argc, char **argv)
{
  QCoreApplication app(argc, argv);
  const int seconds = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 10;
  QTemporaryDir dir;
  benchIngest(dir.path());
  benchHj212Intake();
  return benchEndToEnd(dir.path(), seconds);
}
