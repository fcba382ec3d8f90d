#include "cli/CommandLine.h"

#include "auth/Keyring.h"
#include "data/VectorDataset.h"
#include "demo/DemoCityGenerator.h"
#include "demo/DemoCityLoader.h"
#include "live/Hj212Builder.h"
#include "live/LiveController.h"
#include "live/MqttClient.h"
#include "live/ReadingSimulator.h"
#include "live/ReadingStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

/// The translation context of the command's messages.
struct SimulateCommand
{
  Q_DECLARE_TR_FUNCTIONS(rc::SimulateCommand)
};

int fail(const QString &message, int status)
{
  std::fprintf(stderr, "rongcheng simulate: %s\n", message.toUtf8().constData());
  return status;
}

std::optional<std::pair<QString, quint16>> hostAndPort(const QString &text)
{
  const qsizetype colon = text.lastIndexOf(u':');
  bool ok = false;
  const uint port = colon > 0 ? text.mid(colon + 1).toUInt(&ok) : 0;
  if (!ok || port == 0 || port > 65535)
    return std::nullopt;
  return std::pair{text.left(colon), quint16(port)};
}

QJsonObject sl323Json(const HydroReading &r)
{
  QJsonObject o{{u"table"_s, sl323TableName(r.table)}, {u"STCD"_s, r.stcd}, {u"TM"_s, sl323TimeText(r.tm)}};
  const auto put = [&o](const QString &key, const std::optional<double> &value) {
    if (value)
      o.insert(key, std::round(*value * 1000) / 1000);
  };
  put(u"Z"_s, r.z);
  put(u"Q"_s, r.q);
  put(u"RZ"_s, r.rz);
  put(u"INQ"_s, r.inq);
  put(u"OTQ"_s, r.otq);
  put(u"DRP"_s, r.drp);
  put(u"INTV"_s, r.intv);
  put(u"TDZ"_s, r.tdz);
  put(u"AIRP"_s, r.airp);
  if (!r.wptn.isEmpty())
    o.insert(u"WPTN"_s, r.wptn);
  return o;
}

/// The broker user, TLS files and password: never the password on the command line (ps and shell
/// history show it), but from RONGCHENG_MQTT_PASSWORD or the keyring entry the feeds dialog writes.
MqttSecurity brokerSecurity(const QString &user, bool tls, const QString &caFile, const QString &certFile,
                            const QString &keyFile, const QString &host, quint16 port)
{
  MqttSecurity security{user, {}, tls, caFile, certFile, keyFile};
  if (user.isEmpty())
    return security;
  if (qEnvironmentVariableIsSet("RONGCHENG_MQTT_PASSWORD"))
    security.password = qEnvironmentVariable("RONGCHENG_MQTT_PASSWORD");
  else
    security.password = Keyring::read(QString::fromLatin1(LiveFeedsConfig::kBrokerKeyringService),
                                      LiveFeedsConfig::brokerKeyringKey(user, host, port))
                            .value_or(QString());
  return security;
}

/// Keeps one TCP connection to the HJ 212 server, reconnecting when it drops, as loggers do.
/// Replies (9014) are read and dropped.
class Hj212Link : public QObject
{
public:
  Hj212Link(QString host, quint16 port, std::function<void()> onConnected)
      : m_host(std::move(host)), m_port(port)
  {
    connect(&m_socket, &QTcpSocket::connected, this, std::move(onConnected));
    connect(&m_socket, &QTcpSocket::readyRead, this, [this] { m_socket.readAll(); });
    connect(&m_socket, &QTcpSocket::disconnected, this,
            [this] { QTimer::singleShot(2000, this, &Hj212Link::open); });
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] {
      if (m_socket.state() == QAbstractSocket::UnconnectedState)
        QTimer::singleShot(2000, this, &Hj212Link::open);
    });
    open();
  }
  [[nodiscard]] bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
  bool send(const QByteArray &frame) { return isConnected() && m_socket.write(frame) == frame.size(); }
  /// Sends what is still buffered before the process ends.
  void finish()
  {
    while (m_socket.bytesToWrite() > 0 && m_socket.waitForBytesWritten(2000)) {
    }
    m_socket.disconnectFromHost();
    if (m_socket.state() != QAbstractSocket::UnconnectedState)
      m_socket.waitForDisconnected(2000);
  }

private:
  void open()
  {
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
      m_socket.connectToHost(m_host, m_port);
  }
  QTcpSocket m_socket;
  QString m_host;
  quint16 m_port;
};

} // namespace

int runSimulateCommand(const QStringList &arguments)
{
  QCommandLineParser parser;
  const QCommandLineOption brokerOption(u"broker"_s, SimulateCommand::tr("The MQTT broker to publish to."),
                                        u"HOST:PORT"_s);
  const QCommandLineOption hj212Option(
      u"hj212"_s, SimulateCommand::tr("Send HJ 212 frames over TCP to this server instead of MQTT."),
      u"HOST:PORT"_s);
  const QCommandLineOption scenarioOption(u"scenario"_s, SimulateCommand::tr("normal or typhoon."),
                                          u"SCENARIO"_s);
  const QCommandLineOption speedOption(
      u"speed"_s, SimulateCommand::tr("Simulated seconds per real second (default 1)."), u"N"_s, u"1"_s);
  const QCommandLineOption dbOption(
      u"db"_s, SimulateCommand::tr("The city GeoPackage (default: the generated demo city)."), u"PATH"_s);
  const QCommandLineOption durationOption(
      u"duration"_s,
      SimulateCommand::tr("Real seconds to run (default 600); the scenario plays out whole in that time."),
      u"S"_s, u"600"_s);
  const QCommandLineOption intervalOption(
      u"interval"_s, SimulateCommand::tr("Real seconds between rounds of readings (default 5)."), u"S"_s,
      u"5"_s);
  const QCommandLineOption seedOption(u"seed"_s, SimulateCommand::tr("Random seed (default 1)."), u"N"_s,
                                      u"1"_s);
  const QCommandLineOption userOption(
      u"mqtt-user"_s,
      SimulateCommand::tr("The broker user; the password comes from RONGCHENG_MQTT_PASSWORD or the keyring."),
      u"USER"_s);
  const QCommandLineOption tlsOption(u"mqtt-tls"_s, SimulateCommand::tr("Connect to the broker over TLS."));
  const QCommandLineOption caOption(
      u"mqtt-cafile"_s, SimulateCommand::tr("The broker's CA certificate (PEM; default: the system's CAs)."),
      u"FILE"_s);
  const QCommandLineOption certOption(u"mqtt-cert"_s, SimulateCommand::tr("A client certificate (PEM)."),
                                      u"FILE"_s);
  const QCommandLineOption keyOption(u"mqtt-key"_s,
                                     SimulateCommand::tr("The client certificate's key (PEM)."), u"FILE"_s);
  parser.addOptions({brokerOption, hj212Option, scenarioOption, speedOption, dbOption, durationOption,
                     intervalOption, seedOption, userOption, tlsOption, caOption, certOption, keyOption});
  const QCommandLineOption helpOption = parser.addHelpOption();
  if (!parser.parse(QStringList{u"rongcheng simulate"_s} + arguments))
    return fail(parser.errorText(), 2);
  if (parser.isSet(helpOption)) {
    std::fputs(parser.helpText().toUtf8().constData(), stdout);
    return 0;
  }

  const auto broker = hostAndPort(parser.value(brokerOption));
  if (!broker)
    return fail(SimulateCommand::tr("give the broker as --broker HOST:PORT"), 2);
  std::optional<std::pair<QString, quint16>> hj212;
  if (parser.isSet(hj212Option) && !(hj212 = hostAndPort(parser.value(hj212Option))))
    return fail(SimulateCommand::tr("give the HJ 212 server as --hj212 HOST:PORT"), 2);
  const QString scenarioName = parser.value(scenarioOption);
  if (scenarioName != u"normal"_s && scenarioName != u"typhoon"_s)
    return fail(SimulateCommand::tr("give --scenario normal or --scenario typhoon"), 2);
  bool speedOk = false, durationOk = false, intervalOk = false, seedOk = false;
  const double speed = parser.value(speedOption).toDouble(&speedOk);
  const double duration = parser.value(durationOption).toDouble(&durationOk);
  const double interval = parser.value(intervalOption).toDouble(&intervalOk);
  const quint64 seed = parser.value(seedOption).toULongLong(&seedOk);
  if (!speedOk || speed < 1 || !durationOk || duration <= 0 || !intervalOk || interval < 0.05 || !seedOk)
    return fail(SimulateCommand::tr(
                    "--speed must be at least 1, --duration and --interval positive, --seed a number"),
                2);

  const QString db = parser.isSet(dbOption)
                         ? parser.value(dbOption)
                         : DemoCityGenerator::geoPackagePath(DemoCityLoader::demoDirectory());
  std::shared_ptr<const StationCatalog> catalog;
  try {
    catalog = StationCatalogLoader::fromGeoPackage(db);
  } catch (const DataError &e) {
    return fail(e.message(), 1);
  }
  if (catalog->stationCount() == 0 && catalog->monitoringPointCount() == 0)
    return fail(SimulateCommand::tr("%1 has no hydro_stations and no monitoring_points").arg(db), 1);

  MqttSettings mqtt;
  mqtt.host = broker->first;
  mqtt.port = broker->second;
  mqtt.clientId = u"rongcheng-simulate-%1"_s.arg(QCoreApplication::applicationPid());
  mqtt.security = brokerSecurity(parser.value(userOption), parser.isSet(tlsOption) || parser.isSet(caOption),
                                 parser.value(caOption), parser.value(certOption), parser.value(keyOption),
                                 mqtt.host, quint16(mqtt.port));
  MqttClient client(mqtt);
  if (!client.start())
    return fail(client.errorString(), 1);

  ReadingSimulator simulator(
      catalog, scenarioName == u"typhoon"_s ? SimulationScenario::Typhoon : SimulationScenario::Normal, seed);
  // The simulated clock runs `speed` times faster and reaches the wall clock as the run ends, so no
  // reading is from the future when it arrives.
  const QDateTime wallStart = QDateTime::currentDateTimeUtc();
  const QDateTime simulatedStart = wallStart.addMSecs(-qint64(duration * (speed - 1) * 1000));
  const auto simulatedInterval = std::chrono::seconds(qint64(std::max(1.0, interval * speed)));
  qint64 hydroSent = 0, framesSent = 0, framesDropped = 0;
  int exitCode = 0;

  QElapsedTimer elapsed;
  QTimer timer;
  std::unique_ptr<Hj212Link> link;
  const auto round = [&] {
    // The last round may fire a little late: hold it at the end so that it is not from the future.
    const double seconds = std::min(duration, double(elapsed.elapsed()) / 1000.0);
    const double progress = seconds / duration;
    const QDateTime at = simulatedStart.addMSecs(qint64(seconds * speed * 1000));
    const ReadingSimulator::Step step = simulator.step(at, progress, simulatedInterval);
    for (const HydroReading &r : step.hydro)
      if (client.publish(u"rongcheng/hydro/%1/%2"_s.arg(sl323TableName(r.table), r.stcd),
                         QJsonDocument(sl323Json(r)).toJson(QJsonDocument::Compact)))
        ++hydroSent;
    for (const Hj212Frame &frame : step.uploads) {
      for (const Hj212Frame &packet : Hj212Builder::split(frame)) {
        const QByteArray bytes = Hj212Builder::build(packet);
        const bool sent = link ? link->send(bytes) : client.publish(u"rongcheng/hj212/"_s + frame.mn, bytes);
        sent ? ++framesSent : ++framesDropped;
      }
    }
    if (seconds >= duration)
      QCoreApplication::quit();
  };
  QObject::connect(&timer, &QTimer::timeout, round);
  // Rounds start once the broker and, when asked for, the HJ 212 server are both reachable.
  const auto startRounds = [&] {
    if (timer.isActive() || !client.isConnected() || (link && !link->isConnected()))
      return;
    std::fprintf(stderr, "rongcheng simulate: %s\n",
                 SimulateCommand::tr("connected to %1:%2, %3 stations, %4 monitoring points, scenario %5")
                     .arg(mqtt.host)
                     .arg(mqtt.port)
                     .arg(catalog->stationCount())
                     .arg(catalog->monitoringPointCount())
                     .arg(scenarioName)
                     .toUtf8()
                     .constData());
    elapsed.start();
    timer.start(int(interval * 1000));
    round();
  };
  QObject::connect(&client, &MqttClient::connected, startRounds);
  if (hj212)
    link = std::make_unique<Hj212Link>(hj212->first, hj212->second, startRounds);
  QTimer::singleShot(std::chrono::seconds(30), [&] {
    if (!timer.isActive()) {
      exitCode = fail(SimulateCommand::tr("the broker %1:%2 or the HJ 212 server did not answer in 30 s")
                          .arg(mqtt.host)
                          .arg(mqtt.port),
                      1);
      QCoreApplication::quit();
    }
  });
  QCoreApplication::exec();

  if (link)
    link->finish();
  client.waitForPublished(std::chrono::seconds(10));
  client.stop();
  std::printf("%s\n",
              SimulateCommand::tr("published %1 hydrological readings and %2 HJ 212 frames (%3 not sent)")
                  .arg(hydroSent)
                  .arg(framesSent)
                  .arg(framesDropped)
                  .toUtf8()
                  .constData());
  return exitCode;
}

} // namespace rc
