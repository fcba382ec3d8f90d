// The live feeds end to end over real sockets: a real mosquitto broker started on a free loopback
// port, the HJ 212 TCP server with a real client connection, and `rongcheng simulate` run as a
// process against both. Readings arrive, alarms raise and clear, bad input is counted by reason
// while the feed keeps running, and a broker restart in the middle of a stream is survived.

#include "TestData.h"

#include "live/Hj212Builder.h"
#include "live/LiveModel.h"
#include "live/LiveService.h"
#include "live/MqttClient.h"
#include "live/ReadingStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace Qt::StringLiterals;
using namespace rc;
using namespace std::chrono_literals;

namespace {

const QString kRiver = u"63201000"_s;
const QString kPoint = u"350102320000000000010001"_s;
const QString kGuardedPoint = u"350102320000000000020001"_s; ///< has a password

std::shared_ptr<const StationCatalog> fixtureCatalog()
{
  auto catalog = std::make_shared<StationCatalog>();
  HydroStation river;
  river.stcd = kRiver;
  river.sttp = u"ZQ"_s;
  river.wrz = 7.0;
  river.grz = 8.5;
  catalog->addStation(river);
  MonitoringPoint point;
  point.mn = kPoint;
  point.st = 32;
  point.limits.insert(u"w01018"_s, {std::nullopt, 100.0});
  catalog->addMonitoringPoint(point);
  MonitoringPoint guarded = point;
  guarded.mn = kGuardedPoint;
  guarded.password = u"654321"_s;
  catalog->addMonitoringPoint(guarded);
  return catalog;
}

quint16 freePort()
{
  QTcpServer probe;
  if (!probe.listen(QHostAddress::LocalHost, 0))
    return 0;
  return probe.serverPort();
}

/// A real mosquitto on 127.0.0.1, killed (SIGKILL) when the test wants the broker gone.
class Broker
{
public:
  explicit Broker(const QString &dir) : m_dir(dir) {}
  ~Broker() { kill(); }

  [[nodiscard]] static QString executable()
  {
    const QString found =
        QStandardPaths::findExecutable(u"mosquitto"_s, {u"/usr/sbin"_s, u"/usr/local/sbin"_s});
    return found.isEmpty() ? QStandardPaths::findExecutable(u"mosquitto"_s) : found;
  }

  bool start(quint16 port = 0)
  {
    m_port = port ? port : freePort();
    return run(u"listener %1 127.0.0.1\nallow_anonymous true\npersistence false\n"_s.arg(m_port));
  }

  /// A broker that wants user and password, on two TLS listeners: port() with the server
  /// certificate only, certificatePort() also requiring a client certificate from the same CA.
  bool startSecured(const QString &passwordFile, const QString &caFile, const QString &certFile,
                    const QString &keyFile)
  {
    m_port = freePort();
    m_certificatePort = freePort();
    const QString tls = u"cafile %1\ncertfile %2\nkeyfile %3\n"_s.arg(caFile, certFile, keyFile);
    // Run as root, mosquitto would become the "mosquitto" user, who cannot read the test's key files.
    return run(u"user root\nper_listener_settings false\nallow_anonymous false\npassword_file "
               u"%1\npersistence false\n"
               u"listener %2 127.0.0.1\n%3"
               u"listener %4 127.0.0.1\n%3require_certificate true\n"_s.arg(passwordFile)
                   .arg(m_port)
                   .arg(tls)
                   .arg(m_certificatePort));
  }

  bool run(const QString &configuration)
  {
    const QString config = m_dir + u"/mosquitto.conf"_s;
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
      return false;
    file.write(configuration.toUtf8());
    file.close();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(executable(), {u"-c"_s, config});
    if (!m_process.waitForStarted(5000))
      return false;
    for (int attempt = 0; attempt < 100; ++attempt) {
      QTcpSocket socket;
      socket.connectToHost(QHostAddress::LocalHost, m_port);
      if (socket.waitForConnected(100))
        return true;
      QTest::qWait(50);
    }
    return false;
  }

  void kill()
  {
    if (m_process.state() != QProcess::NotRunning) {
      m_process.kill();
      m_process.waitForFinished(5000);
    }
  }

  [[nodiscard]] quint16 port() const { return m_port; }
  [[nodiscard]] quint16 certificatePort() const { return m_certificatePort; }
  [[nodiscard]] QString output() { return QString::fromUtf8(m_process.readAll()); }

private:
  QString m_dir;
  QProcess m_process;
  quint16 m_port = 0;
  quint16 m_certificatePort = 0;
};

/// Runs a tool to its end; its output when it fails.
QString runTool(const QString &program, const QStringList &arguments)
{
  QProcess process;
  process.setProcessChannelMode(QProcess::MergedChannels);
  process.start(program, arguments);
  if (!process.waitForFinished(30000) || process.exitCode() != 0)
    return program + u": "_s + QString::fromUtf8(process.readAll());
  return {};
}

/// A throwaway CA with a server certificate for 127.0.0.1 and a client certificate, made by
/// openssl in `dir`; empty when all went well, else what failed.
QString makeCertificates(const QString &dir)
{
  const auto at = [&dir](const char *name) -> QString { return dir + u'/' + QLatin1StringView(name); };
  QFile extensions(at("server.ext"));
  if (!extensions.open(QIODevice::WriteOnly))
    return u"cannot write server.ext"_s;
  // libmosquitto checks the name it connected to, 127.0.0.1, as an IP or (older) a DNS entry.
  extensions.write("subjectAltName=IP:127.0.0.1,DNS:127.0.0.1,DNS:localhost\n");
  extensions.close();
  const QString openssl = u"openssl"_s;
  for (const QStringList &arguments :
       {QStringList{u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                    at("ca.key"), u"-out"_s, at("ca.pem"), u"-days"_s, u"2"_s, u"-subj"_s,
                    u"/CN=rongcheng test CA"_s},
        QStringList{u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, at("server.key"),
                    u"-out"_s, at("server.csr"), u"-subj"_s, u"/CN=127.0.0.1"_s},
        QStringList{u"x509"_s, u"-req"_s, u"-in"_s, at("server.csr"), u"-CA"_s, at("ca.pem"), u"-CAkey"_s,
                    at("ca.key"), u"-CAcreateserial"_s, u"-out"_s, at("server.pem"), u"-days"_s, u"2"_s,
                    u"-extfile"_s, at("server.ext")},
        QStringList{u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, at("client.key"),
                    u"-out"_s, at("client.csr"), u"-subj"_s, u"/CN=seat"_s},
        QStringList{u"x509"_s, u"-req"_s, u"-in"_s, at("client.csr"), u"-CA"_s, at("ca.pem"), u"-CAkey"_s,
                    at("ca.key"), u"-CAcreateserial"_s, u"-out"_s, at("client.pem"), u"-days"_s, u"2"_s}})
    if (const QString failed = runTool(openssl, arguments); !failed.isEmpty())
      return failed;
  return {};
}

QByteArray riverJson(double z, const QDateTime &tm, const QString &stcd = kRiver)
{
  return QJsonDocument(
             QJsonObject{
                 {u"table"_s, u"ST_RIVER_R"_s}, {u"STCD"_s, stcd}, {u"TM"_s, sl323TimeText(tm)}, {u"Z"_s, z}})
      .toJson(QJsonDocument::Compact);
}

Hj212Frame upload(double cod, const QDateTime &tm, const QString &mn = kPoint,
                  const QString &pw = u"123456"_s)
{
  Hj212Frame frame;
  frame.qn = hj212QnText(tm);
  frame.st = 32;
  frame.cn = hj212::cn::kRealTimeData;
  frame.pw = pw;
  frame.mn = mn;
  frame.flag = 5;
  frame.setDataTime(tm);
  frame.addRealTimeValue(u"w01018"_s, cod);
  return frame;
}

/// Whole seconds, as SL 323 TM keeps them, so distinct readings get distinct keys.
QDateTime nowSeconds()
{
  const QDateTime now = QDateTime::currentDateTimeUtc();
  return now.addMSecs(-now.time().msec());
}

/// The status of the service's feed whose name starts with `name` ("mqtt", "hj212"); a stopped one
/// when no such feed runs.
FeedStatus feedStatus(const LiveService &live, QStringView name)
{
  for (const FeedStatus &status : live.feedStatuses())
    if (status.name.startsWith(name))
      return status;
  return {};
}

/// Collects every log message while it lives.
class LogCapture
{
public:
  LogCapture() : m_previous(qInstallMessageHandler(&LogCapture::handle)) { s_lines.clear(); }
  ~LogCapture() { qInstallMessageHandler(m_previous); }
  LogCapture(const LogCapture &) = delete;
  LogCapture &operator=(const LogCapture &) = delete;

  [[nodiscard]] QString text() const { return s_lines.join(u'\n'); }

private:
  static void handle(QtMsgType, const QMessageLogContext &, const QString &message) { s_lines << message; }

  static inline QStringList s_lines;
  QtMessageHandler m_previous;
};

} // namespace

class TestFeeds : public QObject
{
  Q_OBJECT

private:
  QTemporaryDir m_dir;
  int m_serial = 0;

  LiveSettings settings(std::optional<quint16> brokerPort, bool hj212)
  {
    LiveSettings s;
    s.readingsDatabase = m_dir.filePath(u"readings%1.sqlite"_s.arg(++m_serial));
    s.alarmsDatabase = m_dir.filePath(u"alarms%1.sqlite"_s.arg(m_serial));
    s.policy.silentAfter = 0s;
    if (brokerPort) {
      MqttFeedSettings mqtt;
      mqtt.broker.port = *brokerPort;
      mqtt.broker.clientId = u"rongcheng-test-%1"_s.arg(m_serial);
      s.mqtt = mqtt;
    }
    if (hj212)
      s.hj212 = Hj212ServerSettings{};
    return s;
  }

  static MqttSettings publisherSettings(quint16 port)
  {
    MqttSettings s;
    s.port = port;
    return s;
  }

private slots:
  void initTestCase()
  {
    QVERIFY2(!Broker::executable().isEmpty(), "mosquitto is not installed; build.sh installs it");
  }

  void mqttReadingsRaiseAndClearAlarms()
  {
    Broker broker(m_dir.path());
    QVERIFY2(broker.start(), qPrintable(broker.output()));
    LiveService live(settings(broker.port(), false), fixtureCatalog());
    live.start();
    QTRY_COMPARE_WITH_TIMEOUT(feedStatus(live, u"mqtt").state, FeedStatus::State::Connected, 10000);
    MqttClient publisher(publisherSettings(broker.port()));
    QVERIFY(publisher.start());
    QTRY_VERIFY_WITH_TIMEOUT(publisher.isConnected(), 10000);

    QSignalSpy raised(&live, &LiveService::alarmRaised);
    QSignalSpy accepted(&live, &LiveService::readingsAccepted);
    const QDateTime t = nowSeconds();
    QVERIFY(publisher.publish(u"rongcheng/hydro/ST_RIVER_R/"_s + kRiver, riverJson(7.4, t.addSecs(-60))));
    QTRY_VERIFY_WITH_TIMEOUT(live.alarms()->openAlarm(AlarmRule::AboveWarningLevel, kRiver), 10000);
    QCOMPARE(raised.count(), 1);
    const qint64 id = live.alarms()->openAlarm(AlarmRule::AboveWarningLevel, kRiver)->id;
    QVERIFY(live.alarms()->acknowledge(id, u"operator"_s, u"watching"_s, QDateTime::currentDateTimeUtc()));

    QVERIFY(publisher.publish(u"rongcheng/hydro/ST_RIVER_R/"_s + kRiver, riverJson(6.8, t)));
    QTRY_VERIFY_WITH_TIMEOUT(!live.alarms()->openAlarm(AlarmRule::AboveWarningLevel, kRiver), 10000);
    QCOMPARE(live.alarms()->store().alarm(id)->state, AlarmState::Cleared);

    // HJ 212 frames over MQTT too.
    QVERIFY(publisher.publish(u"rongcheng/hj212/"_s + kPoint, Hj212Builder::build(upload(150, t))));
    QTRY_VERIFY_WITH_TIMEOUT(live.alarms()->openAlarm(AlarmRule::PollutantOverLimit, kPoint, u"w01018"_s),
                             10000);

    QTRY_COMPARE_WITH_TIMEOUT(live.storedCount(), 3, 10000);
    QCOMPARE(feedStatus(live, u"mqtt").accepted, 3);
    QCOMPARE(feedStatus(live, u"mqtt").rejectedTotal(), 0);
    // The three readings published come out once each, for the views.
    std::size_t handedOn = 0;
    for (const QList<QVariant> &signal : std::as_const(accepted))
      handedOn += signal.first().value<ReadingBatch>().size();
    QCOMPARE(handedOn, std::size_t(3));
  }

  void mqttWithPasswordAndTls()
  {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString certificates = makeCertificates(dir.path());
    QVERIFY2(certificates.isEmpty(), qPrintable(certificates));
    const QString passwords = dir.filePath(u"passwd"_s);
    QVERIFY2(QFile(passwords).open(QIODevice::WriteOnly), "cannot create passwd");
    const QString added = runTool(u"mosquitto_passwd"_s, {u"-b"_s, passwords, u"seat"_s, u"s3cret pass"_s});
    QVERIFY2(added.isEmpty(), qPrintable(added));
    Broker broker(dir.path());
    QVERIFY2(broker.startSecured(passwords, dir.filePath(u"ca.pem"_s), dir.filePath(u"server.pem"_s),
                                 dir.filePath(u"server.key"_s)),
             qPrintable(broker.output()));

    MqttSecurity security{u"seat"_s, u"s3cret pass"_s, true, dir.filePath(u"ca.pem"_s), {}, {}};
    const auto feedSettings = [&](quint16 port, const MqttSecurity &s) {
      LiveSettings live = settings(port, false);
      live.mqtt->broker.security = s;
      return live;
    };

    // The right user, password and CA: readings arrive.
    {
      LiveService live(feedSettings(broker.port(), security), fixtureCatalog());
      live.start();
      QTRY_COMPARE_WITH_TIMEOUT(feedStatus(live, u"mqtt").state, FeedStatus::State::Connected, 10000);
      MqttSettings publisher = publisherSettings(broker.port());
      publisher.security = security;
      MqttClient client(publisher);
      QVERIFY(client.start());
      QTRY_VERIFY_WITH_TIMEOUT(client.isConnected(), 10000);
      QVERIFY(client.publish(u"rongcheng/hydro/ST_RIVER_R/"_s + kRiver, riverJson(6.0, nowSeconds())));
      QTRY_COMPARE_WITH_TIMEOUT(live.storedCount(), 1, 10000);
    }
    // A client certificate where the broker requires one.
    {
      MqttSecurity withCertificate = security;
      withCertificate.certFile = dir.filePath(u"client.pem"_s);
      withCertificate.keyFile = dir.filePath(u"client.key"_s);
      LiveService live(feedSettings(broker.certificatePort(), withCertificate), fixtureCatalog());
      live.start();
      QTRY_COMPARE_WITH_TIMEOUT(feedStatus(live, u"mqtt").state, FeedStatus::State::Connected, 10000);
    }
    // A wrong password, no password, no client certificate where one is required, or a CA that did
    // not sign the broker's certificate: never connected.
    MqttSecurity wrongPassword = security;
    wrongPassword.password = u"guess"_s;
    MqttSecurity anonymous = security;
    anonymous.username.clear();
    MqttSecurity strangeCa = security;
    strangeCa.caFile = dir.filePath(u"client.pem"_s);
    for (const auto &[port, refused] :
         {std::pair{broker.port(), wrongPassword}, std::pair{broker.port(), anonymous},
          std::pair{broker.certificatePort(), security}, std::pair{broker.port(), strangeCa}}) {
      LiveService live(feedSettings(port, refused), fixtureCatalog());
      live.start();
      QTest::qWait(1500);
      QVERIFY(feedStatus(live, u"mqtt").state != FeedStatus::State::Connected);
    }
  }

  void modelShowsTheNewestLevelsAndPointStatuses()
  {
    LiveModel model;
    model.start(fixtureCatalog(), {});
    QSignalSpy stations(&model, &LiveModel::stationsChanged);
    QSignalSpy points(&model, &LiveModel::pointsChanged);
    const QDateTime t = nowSeconds();
    HydroReading river;
    river.stcd = kRiver;
    river.tm = t;
    river.z = 7.4; // above WRZ 7.0, below GRZ 8.5
    HydroReading late = river;
    late.tm = t.addSecs(-60);
    late.z = 9.0; // older than the one shown: arrives late, changes nothing
    HydroReading stranger = river;
    stranger.stcd = u"99999999"_s;
    PollutantReading cod{kPoint, u"w01018"_s, 2011, t, 150.0, {}, {}, {}, {}, Hj212DataFlag::Normal};
    model.addReadings({{river, late, stranger}, {cod}}); // COD 150 against a limit of 100

    const std::optional<StationState> shown = model.station(kRiver);
    QVERIFY(shown);
    QCOMPARE(shown->z.value_or(0), 7.4);
    QCOMPARE(shown->tm, t);
    QCOMPARE(shown->wrz.value_or(0), 7.0);
    QCOMPARE(shown->grz.value_or(0), 8.5);
    QVERIFY(shown->state == LevelState::AboveWarning);
    QVERIFY(!model.station(u"99999999"_s));
    QCOMPARE(stations.size(), 1);
    QCOMPARE(stations.first().first().value<QSet<QString>>(), QSet<QString>{kRiver});
    QVERIFY(model.pointStatus(kPoint) == PointStatus::OverLimit);
    QVERIFY(!model.pointStatus(kGuardedPoint));
    QCOMPARE(points.size(), 1);

    // Back under the limit: online. A silent logger: offline while its alarm's condition holds.
    cod.rtd = 50;
    model.addReadings({{}, {cod}});
    QVERIFY(model.pointStatus(kPoint) == PointStatus::Online);
    Alarm silent;
    silent.id = 1;
    silent.rule = AlarmRule::SensorSilent;
    silent.source = kPoint;
    model.addAlarm(silent);
    QVERIFY(model.pointStatus(kPoint) == PointStatus::Offline);
    silent.state = AlarmState::Cleared;
    silent.conditionActive = false;
    model.updateAlarm(silent);
    QVERIFY(model.pointStatus(kPoint) == PointStatus::Online);
    QCOMPARE(model.alarms().size(), 1);
    QCOMPARE(model.alarms().first().state, AlarmState::Cleared);

    // Stopped: the feeds are gone, what was shown stays; a new start begins afresh.
    FeedStatus feed;
    feed.name = u"mqtt"_s;
    feed.state = FeedStatus::State::Connected;
    model.setFeedStatus(feed);
    QCOMPARE(model.feedStatuses().size(), 1);
    model.stop();
    QVERIFY(!model.isRunning());
    QVERIFY(model.feedStatuses().isEmpty());
    QVERIFY(model.station(kRiver));
    model.start(fixtureCatalog(), {});
    QVERIFY(!model.station(kRiver));
    QVERIFY(model.alarms().isEmpty());
  }

  void badInputIsCountedAndTheFeedKeepsRunning()
  {
    Broker broker(m_dir.path());
    QVERIFY(broker.start());
    LiveService live(settings(broker.port(), false), fixtureCatalog());
    live.start();
    QTRY_COMPARE_WITH_TIMEOUT(feedStatus(live, u"mqtt").state, FeedStatus::State::Connected, 10000);
    MqttClient publisher(publisherSettings(broker.port()));
    QVERIFY(publisher.start());
    QTRY_VERIFY_WITH_TIMEOUT(publisher.isConnected(), 10000);

    const QDateTime t = nowSeconds().addSecs(-120);
    const QString hydro = u"rongcheng/hydro/x"_s;
    const QString hj212 = u"rongcheng/hj212/x"_s;
    QByteArray badCrc = Hj212Builder::build(upload(50, t));
    badCrc.replace(badCrc.size() - 6, 4, "0000");
    QByteArray wrongLength = Hj212Builder::build(upload(50, t));
    wrongLength.replace(2, 4, "0050");
    QVERIFY(publisher.publish(hydro, "{\"table\": \"ST_RIVER_R\", "));
    QVERIFY(publisher.publish(hydro, riverJson(5, t, u"99999999"_s)));
    QVERIFY(publisher.publish(hydro, riverJson(5, QDateTime::currentDateTimeUtc().addSecs(3600))));
    QVERIFY(publisher.publish(
        hydro, R"({"table":"ST_RIVER_R","STCD":"63201000","TM":"2024-07-29 08:00:00","Z":"NaN"})"));
    QVERIFY(publisher.publish(hj212, badCrc));
    QVERIFY(publisher.publish(hj212, wrongLength));
    QVERIFY(publisher.publish(hj212, Hj212Builder::build(upload(50, t)).first(40)));
    QVERIFY(publisher.publish(hj212, "##2000" + QByteArray(2000, 'x')));
    QVERIFY(publisher.publish(hj212, Hj212Builder::build(upload(50, t, kGuardedPoint, u"111111"_s))));
    QVERIFY(publisher.publish(hj212, Hj212Builder::build(upload(50, t, u"UNKNOWN1"_s))));
    Hj212Frame nan = upload(50, t);
    nan.cp[1][0].value = u"NaN"_s;
    QVERIFY(publisher.publish(hj212, Hj212Builder::build(nan)));
    // And after all that, good readings still get through.
    QVERIFY(publisher.publish(hydro, riverJson(5.5, t)));
    QVERIFY(publisher.publish(hj212, Hj212Builder::build(upload(60, t, kGuardedPoint, u"654321"_s))));
    QTRY_COMPARE_WITH_TIMEOUT(feedStatus(live, u"mqtt").accepted, 2, 10000);

    const FeedStatus status = feedStatus(live, u"mqtt");
    const QMap<FeedRejection, qint64> expected{
        {FeedRejection::MalformedJson, 1}, {FeedRejection::UnknownStation, 1},
        {FeedRejection::FutureTime, 1},    {FeedRejection::NotANumber, 2},
        {FeedRejection::BadCrc, 1},        {FeedRejection::WrongLength, 1},
        {FeedRejection::Truncated, 1},     {FeedRejection::Oversized, 1},
        {FeedRejection::WrongPassword, 1}, {FeedRejection::UnknownMn, 1}};
    for (auto it = expected.begin(); it != expected.end(); ++it)
      QVERIFY2(status.rejected.value(it.key()) == it.value(), qPrintable(feedRejectionName(it.key())));
    QCOMPARE(status.state, FeedStatus::State::Connected);
    QTRY_COMPARE_WITH_TIMEOUT(live.storedCount(), 2, 10000);
  }

  void brokerRestartMidStreamIsSurvived()
  {
    Broker broker(m_dir.path());
    QVERIFY(broker.start());
    LiveSettings s = settings(broker.port(), false);
    LiveService live(s, fixtureCatalog());
    live.start();
    QTRY_COMPARE_WITH_TIMEOUT(feedStatus(live, u"mqtt").state, FeedStatus::State::Connected, 10000);
    MqttClient publisher(publisherSettings(broker.port()));
    QVERIFY(publisher.start());
    QTRY_VERIFY_WITH_TIMEOUT(publisher.isConnected(), 10000);

    // A reading every 100 ms, each a second apart in TM, from 20 minutes ago onwards.
    const QDateTime first = nowSeconds().addSecs(-1200);
    int sent = 0;
    QTimer stream;
    connect(&stream, &QTimer::timeout, this, [&] {
      if (publisher.isConnected() &&
          publisher.publish(u"rongcheng/hydro/r"_s, riverJson(5 + sent * 0.001, first.addSecs(sent)), 0))
        ++sent;
    });
    stream.start(100);
    QTRY_VERIFY_WITH_TIMEOUT(live.storedCount() >= 5, 10000);

    broker.kill();
    QTRY_COMPARE_WITH_TIMEOUT(feedStatus(live, u"mqtt").state, FeedStatus::State::Reconnecting, 10000);
    const int sentBeforeRestart = sent;
    QTest::qWait(1000);
    QVERIFY(broker.start(broker.port()));
    QTRY_COMPARE_WITH_TIMEOUT(feedStatus(live, u"mqtt").state, FeedStatus::State::Connected, 20000);
    QCOMPARE(feedStatus(live, u"mqtt").reconnects, 1);
    QTRY_VERIFY_WITH_TIMEOUT(sent >= sentBeforeRestart + 10, 20000);
    stream.stop();
    QTest::qWait(500);
    live.sync();

    // Readings sent after the restart are stored.
    ReadingStore check(s.readingsDatabase);
    const auto stored =
        check.hydroReadings(HydroTable::River, kRiver, first.addSecs(sentBeforeRestart), first.addSecs(sent));
    QVERIFY2(stored.size() >= 10, qPrintable(QString::number(stored.size())));
  }

  void hj212ServerRepliesAndRejectsOverTcp()
  {
    LiveService live(settings(std::nullopt, true), fixtureCatalog());
    live.start();
    QCOMPARE(feedStatus(live, u"hj212").state, FeedStatus::State::Listening);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, live.hj212Port());
    QVERIFY(socket.waitForConnected(5000));
    const auto replyTo = [&socket](const QByteArray &frame) -> Hj212Frame {
      socket.write(frame);
      QByteArray reply;
      // The server runs on this thread: wait with the event loop, not with waitForReadyRead().
      for (int i = 0; i < 500 && !reply.endsWith("\r\n"); ++i) {
        QTest::qWait(10);
        reply += socket.readAll();
      }
      const Hj212ParseResult parsed = Hj212Parser().parse(reply);
      return parsed.ok() ? parsed.frame : Hj212Frame{};
    };
    const QDateTime t = nowSeconds().addSecs(-60);

    const Hj212Frame frame = upload(150, t);
    Hj212Frame reply = replyTo(Hj212Builder::build(frame));
    QCOMPARE(reply.cn, 9014);
    QCOMPARE(reply.qn, frame.qn);
    QCOMPARE(reply.mn, kPoint);
    QTRY_VERIFY_WITH_TIMEOUT(live.alarms()->openAlarm(AlarmRule::PollutantOverLimit, kPoint, u"w01018"_s),
                             5000);

    QByteArray badCrc = Hj212Builder::build(upload(50, t.addSecs(1)));
    badCrc.replace(badCrc.size() - 6, 4, "0000");
    reply = replyTo(badCrc);
    QCOMPARE(reply.cn, 9011);
    QCOMPARE(reply.cpValue(u"QnRtn"), u"9"_s);
    // A wrong password and an unknown MN get the same answer (3), and the log keeps no password.
    const LogCapture log;
    reply = replyTo(Hj212Builder::build(upload(50, t.addSecs(2), kGuardedPoint, u"Sec4et"_s)));
    QCOMPARE(reply.cpValue(u"QnRtn"), u"3"_s);
    reply = replyTo(Hj212Builder::build(upload(50, t.addSecs(3), u"NOBODY01"_s, u"Sec5et"_s)));
    QCOMPARE(reply.cpValue(u"QnRtn"), u"3"_s);
    const QString logged = log.text();
    QVERIFY2(logged.contains(u"PW=***"_s), qPrintable(logged));
    QVERIFY2(!logged.contains(u"Sec4et"_s) && !logged.contains(u"Sec5et"_s), qPrintable(logged));

    // Garbage, a frame lying about its length and an oversized one: counted, no reply, still open.
    socket.write("hello\r\n");
    QByteArray lying = Hj212Builder::build(upload(50, t));
    lying.replace(2, 4, "0050");
    socket.write(lying);
    socket.write("##1500" + QByteArray(1500, 'x') + "\r\n");
    // A split upload, one packet per write.
    Hj212Frame big = upload(50, t.addSecs(4));
    for (int i = 0; i < 80; ++i)
      big.addRealTimeValue(u"w%1"_s.arg(30000 + i), i);
    const QList<Hj212Frame> packets = Hj212Builder::split(big);
    QVERIFY(packets.size() > 1);
    for (const Hj212Frame &packet : packets)
      QCOMPARE(replyTo(Hj212Builder::build(packet)).cn, 9014);
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);

    // Half a frame, then the logger hangs up.
    socket.write(Hj212Builder::build(upload(50, t)).first(50));
    socket.waitForBytesWritten(1000);
    socket.disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(feedStatus(live, u"hj212").rejected.value(FeedRejection::Truncated), 1, 5000);

    const FeedStatus status = feedStatus(live, u"hj212");
    QCOMPARE(status.rejected.value(FeedRejection::BadCrc), 1);
    QCOMPARE(status.rejected.value(FeedRejection::WrongPassword), 1);
    QCOMPARE(status.rejected.value(FeedRejection::UnknownMn), 1);
    QCOMPARE(status.rejected.value(FeedRejection::BadField), 1);
    QCOMPARE(status.rejected.value(FeedRejection::WrongLength), 1);
    QCOMPARE(status.rejected.value(FeedRejection::Oversized), 1);
    QCOMPARE(status.accepted, 1 + 81);
  }

  void runsOnAWorkerThread()
  {
    Broker broker(m_dir.path());
    QVERIFY(broker.start());
    QThread worker;
    worker.start();
    auto *live = new LiveService(settings(broker.port(), true), fixtureCatalog());
    live->moveToThread(&worker);
    QSignalSpy raised(live, &LiveService::alarmRaised);
    QSignalSpy statuses(live, &LiveService::feedStatusChanged);
    QMetaObject::invokeMethod(live, &LiveService::start, Qt::BlockingQueuedConnection);
    QTRY_VERIFY_WITH_TIMEOUT(!statuses.isEmpty() && statuses.last().first().value<FeedStatus>().state ==
                                                        FeedStatus::State::Connected,
                             10000);
    MqttClient publisher(publisherSettings(broker.port()));
    QVERIFY(publisher.start());
    QTRY_VERIFY_WITH_TIMEOUT(publisher.isConnected(), 10000);
    QVERIFY(publisher.publish(u"rongcheng/hydro/r"_s, riverJson(9.0, nowSeconds().addSecs(-60))));
    QTRY_COMPARE_WITH_TIMEOUT(raised.count(), 2, 10000); // WRZ and GRZ, delivered to this thread
    QCOMPARE(raised.first().first().value<Alarm>().rule, AlarmRule::AboveWarningLevel);

    // Acknowledge through a queued call, as the GUI will.
    bool acknowledged = false;
    const qint64 id = raised.last().first().value<Alarm>().id;
    QMetaObject::invokeMethod(
        live,
        [&] { acknowledged = live->alarms()->acknowledge(id, u"op"_s, {}, QDateTime::currentDateTimeUtc()); },
        Qt::BlockingQueuedConnection);
    QVERIFY(acknowledged);
    QMetaObject::invokeMethod(
        live, [live] { delete live; }, Qt::BlockingQueuedConnection);
    worker.quit();
    QVERIFY(worker.wait(10000));
  }

  void simulatorDrivesATyphoonThroughBothFeeds()
  {
    Broker broker(m_dir.path());
    QVERIFY(broker.start());
    const QString gpkg = m_dir.filePath(u"city.gpkg"_s);
    writeCityFixture(gpkg);
    const auto catalog = StationCatalogLoader::fromGeoPackage(gpkg);
    QCOMPARE(catalog->stationCount(), 7);
    QCOMPARE(catalog->password(u"350102320000000000000003"_s), u"pw0003"_s);

    LiveSettings s = settings(broker.port(), true);
    LiveService live(s, catalog);
    live.start();
    QTRY_COMPARE_WITH_TIMEOUT(feedStatus(live, u"mqtt").state, FeedStatus::State::Connected, 10000);
    QSignalSpy raised(&live, &LiveService::alarmRaised);

    QProcess simulate;
    simulate.start(test::rongchengExecutable(),
                   {u"simulate"_s, u"--broker"_s, u"127.0.0.1:%1"_s.arg(broker.port()), u"--hj212"_s,
                    u"127.0.0.1:%1"_s.arg(live.hj212Port()), u"--scenario"_s, u"typhoon"_s, u"--speed"_s,
                    u"3600"_s, u"--duration"_s, u"6"_s, u"--interval"_s, u"0.25"_s, u"--db"_s, gpkg});
    QVERIFY(simulate.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(simulate.state(), QProcess::NotRunning, 60000);
    QVERIFY2(simulate.exitCode() == 0, simulate.readAllStandardError().constData());
    QTest::qWait(1000);
    live.sync();

    QVERIFY(feedStatus(live, u"mqtt").accepted > 50);
    QVERIFY(feedStatus(live, u"hj212").accepted > 20);
    QCOMPARE(feedStatus(live, u"mqtt").rejectedTotal(), 0);
    QCOMPARE(feedStatus(live, u"hj212").rejectedTotal(), 0);
    QSet<AlarmRule> rules;
    for (const QList<QVariant> &signal : std::as_const(raised))
      rules.insert(signal.first().value<Alarm>().rule);
    QVERIFY(rules.contains(AlarmRule::AboveWarningLevel));
    QVERIFY(rules.contains(AlarmRule::AboveGuaranteedLevel));
    QVERIFY(rules.contains(AlarmRule::AboveFloodLimit));
    ReadingStore check(s.readingsDatabase);
    for (const HydroTable table :
         {HydroTable::River, HydroTable::Reservoir, HydroTable::Rainfall, HydroTable::Tide})
      QVERIFY2(check.rowCount(table) > 0, qPrintable(sl323TableName(table)));
    QVERIFY(check.pollutantRowCount() > 0);
  }

private:
  static void writeCityFixture(const QString &path)
  {
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    QVERIFY(ds);
    const auto table = [&](const char *name, const QList<const char *> &fields,
                           const QList<QStringList> &rows) {
      OGRLayer *layer = ds->CreateLayer(name, nullptr, wkbNone, nullptr);
      for (const char *field : fields) {
        OGRFieldDefn defn(field, OFTString);
        QCOMPARE(layer->CreateField(&defn), OGRERR_NONE);
      }
      for (const QStringList &row : rows) {
        OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        for (int i = 0; i < int(row.size()); ++i)
          feature->SetField(i, row[i].toUtf8().constData());
        QCOMPARE(layer->CreateFeature(feature.get()), OGRERR_NONE);
      }
    };
    table("hydro_stations", {"stcd", "stnm", "sttp", "rvnm"},
          {{u"63201000"_s, u"竹岐"_s, u"ZQ"_s, u"闽江"_s},
           {u"63201100"_s, u"侯官"_s, u"ZQ"_s, u"闽江"_s},
           {u"63201200"_s, u"解放大桥"_s, u"ZZ"_s, u"闽江"_s},
           {u"63299001"_s, u"溪源水库"_s, u"RR"_s, u"溪源溪"_s},
           {u"63288001"_s, u"鼓山雨量站"_s, u"PP"_s, QString()},
           {u"63277001"_s, u"琯头潮位站"_s, u"TT"_s, u"闽江口"_s},
           {u"63201300"_s, u"葛岭"_s, u"ZQ"_s, u"大樟溪"_s}});
    table("st_rvfcch_b", {"stcd", "wrz", "grz"},
          {{u"63201000"_s, u"7.5"_s, u"9.0"_s},
           {u"63201100"_s, u"6.8"_s, u"8.2"_s},
           {u"63201200"_s, u"7.0"_s, u"8.4"_s},
           {u"63201300"_s, u"12.0"_s, u"14.0"_s}});
    // Flood season windows covering the whole year, so the run's date always has a limit.
    table("st_rsvrfsr_b", {"stcd", "bgmd", "edmd", "fsltdz"},
          {{u"63299001"_s, u"101"_s, u"630"_s, u"300"_s}, {u"63299001"_s, u"701"_s, u"1231"_s, u"301"_s}});
    QList<QStringList> points;
    for (int i = 1; i <= 10; ++i)
      points.append({u"3501023200000000000%1"_s.arg(i, 5, 10, QChar(u'0')), u"32"_s,
                     u"w00000;w01001;w01018;w21003"_s, u"w01001=6-9;w01018=100;w21003=15"_s});
    table("monitoring_points", {"mn", "st", "pollutants", "limits"}, points);
    // Each point's password, apart from the layer: the simulator must send these to be accepted.
    QList<QStringList> credentials;
    for (int i = 1; i <= 10; ++i)
      credentials.append(
          {u"3501023200000000000%1"_s.arg(i, 5, 10, QChar(u'0')), u"pw%1"_s.arg(i, 4, 10, QChar(u'0'))});
    table("hj212_credentials", {"mn", "pw"}, credentials);
  }
};

QTEST_GUILESS_MAIN(TestFeeds)
#include "test_feeds.moc"
