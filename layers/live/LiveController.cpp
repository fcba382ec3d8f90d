#include "live/LiveController.h"

#include "auth/Keyring.h"
#include "base/OperatorStore.h"
#include "data/VectorDataset.h"
#include "live/LiveService.h"
#include "live/SharedAlarmAcknowledgements.h"
#include "live/SharedAlarmBoard.h"
#include "live/SharedAlarmPublisher.h"
#include "postgis/PostgisConnections.h"

#include <QDir>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

/// Same state and counts: nothing new for the status bar.
bool sameCounts(const FeedStatus &a, const FeedStatus &b)
{
  return a.state == b.state && a.messages == b.messages && a.accepted == b.accepted &&
         a.rejected == b.rejected && a.reconnects == b.reconnects && a.lastError == b.lastError;
}

} // namespace

QString LiveFeedsConfig::brokerKeyringKey(const QString &user, const QString &host, quint16 port)
{
  return u"%1@%2:%3"_s.arg(user, host).arg(port);
}

LiveFeedsConfig LiveFeedsConfig::load(const QSettings &settings)
{
  LiveFeedsConfig c;
  c.enabled = settings.value(u"live/enabled"_s, c.enabled).toBool();
  c.brokerHost = settings.value(u"live/brokerHost"_s, c.brokerHost).toString();
  c.brokerPort = quint16(settings.value(u"live/brokerPort"_s, c.brokerPort).toUInt());
  c.brokerUser = settings.value(u"live/brokerUser"_s).toString();
  c.brokerTls = settings.value(u"live/brokerTls"_s, c.brokerTls).toBool();
  c.brokerCaFile = settings.value(u"live/brokerCaFile"_s).toString();
  c.brokerCertFile = settings.value(u"live/brokerCertFile"_s).toString();
  c.brokerKeyFile = settings.value(u"live/brokerKeyFile"_s).toString();
  c.hydroTopics = settings.value(u"live/hydroTopics"_s, c.hydroTopics).toStringList();
  c.hj212Topics = settings.value(u"live/hj212Topics"_s, c.hj212Topics).toStringList();
  c.hj212Server = settings.value(u"live/hj212Server"_s, c.hj212Server).toBool();
  c.hj212Port = quint16(settings.value(u"live/hj212Port"_s, c.hj212Port).toUInt());
  return c;
}

void LiveFeedsConfig::save(QSettings &settings) const
{
  settings.setValue(u"live/enabled"_s, enabled);
  settings.setValue(u"live/brokerHost"_s, brokerHost);
  settings.setValue(u"live/brokerPort"_s, brokerPort);
  settings.setValue(u"live/brokerUser"_s, brokerUser);
  settings.setValue(u"live/brokerTls"_s, brokerTls);
  settings.setValue(u"live/brokerCaFile"_s, brokerCaFile);
  settings.setValue(u"live/brokerCertFile"_s, brokerCertFile);
  settings.setValue(u"live/brokerKeyFile"_s, brokerKeyFile);
  settings.setValue(u"live/hydroTopics"_s, hydroTopics);
  settings.setValue(u"live/hj212Topics"_s, hj212Topics);
  settings.setValue(u"live/hj212Server"_s, hj212Server);
  settings.setValue(u"live/hj212Port"_s, hj212Port);
}

/// Lives on the controller's thread: builds the LiveService there, gathers the readings it accepts
/// into deliveries, and reaches the controller and its model only through queued calls.
class LiveController::Host : public QObject
{
public:
  Host(LiveController *controller, LiveModel *model)
      : m_controller(controller), m_model(model), m_delivery(this)
  {
    connect(&m_delivery, &QTimer::timeout, this, &Host::deliver);
  }
  ~Host() override { shutdown(); }

  /// `sharedDatabase`: alarms and acknowledgements shared with other seats there ("PG:..."); empty: none.
  void startService(const LiveSettings &settings, const QString &cityGeoPackage,
                    std::chrono::milliseconds interval, const QString &sharedDatabase)
  {
    shutdown();
    m_board.reset();
    std::shared_ptr<const StationCatalog> catalog;
    QList<Alarm> alarms;
    try {
      catalog = StationCatalogLoader::fromGeoPackage(cityGeoPackage);
      if (catalog->stationCount() == 0 && catalog->monitoringPointCount() == 0)
        throw DataError(cityGeoPackage, LiveController::tr("no hydro_stations and no monitoring_points"));
      auto service = std::make_unique<LiveService>(withBrokerPassword(settings), catalog);
      service->start();
      alarms = service->alarms()->store().recentAlarms(QDateTime::currentDateTimeUtc().addDays(-1), 2000);
      m_service = std::move(service);
    } catch (const Error &e) {
      post([message = e.message()](LiveController *c) { c->onFailed(message); });
      return;
    }
    LiveService *service = m_service.get();
    if (!sharedDatabase.isEmpty()) {
      m_shared = std::make_unique<SharedAlarmAcknowledgements>(sharedDatabase, *service->alarms());
      m_publisher = std::make_unique<SharedAlarmPublisher>(sharedDatabase, *service->alarms());
    }
    // Readings go to the model in a few deliveries a second, however fast they arrive.
    connect(service, &LiveService::readingsAccepted, this, &Host::gather);
    // Alarms go to the model at once, one by one: they are few and must not wait.
    connect(service, &LiveService::alarmRaised, m_model, &LiveModel::addAlarm);
    connect(service, &LiveService::alarmChanged, m_model, &LiveModel::updateAlarm);
    connect(service, &LiveService::feedStatusChanged, this, [this](const FeedStatus &) { sendStatuses(); });
    const quint16 port = service->hj212Port();
    post([catalog, port, alarms](LiveController *c) { c->onStarted(catalog, port, alarms); });
    sendStatuses();
    m_delivery.start(interval);
  }

  /// The settings with the broker's password from the keyring, when a user name is set.
  static LiveSettings withBrokerPassword(LiveSettings settings)
  {
    if (settings.mqtt && !settings.mqtt->broker.security.username.isEmpty()) {
      MqttSettings &broker = settings.mqtt->broker;
      broker.security.password =
          Keyring::read(
              QString::fromLatin1(LiveFeedsConfig::kBrokerKeyringService),
              LiveFeedsConfig::brokerKeyringKey(broker.security.username, broker.host, quint16(broker.port)))
              .value_or(QString());
    }
    return settings;
  }

  void shutdown()
  {
    m_delivery.stop();
    m_publisher.reset(); // these two lend the service's engine
    m_shared.reset();
    if (!m_service)
      return;
    // Stopping syncs the pipeline, so every reading received is written before we say stopped.
    // Its last status signals are of a service going away: not for the status bar.
    const std::unique_ptr<LiveService> service = std::move(m_service);
    service->disconnect(this);
    service->disconnect(m_model);
    m_pending = {};
    m_sent.clear();
    m_storedSent = -1;
    post([](LiveController *c) { c->onStopped(); });
  }

  /// Shows the alarms other seats publish to `sharedDatabase` while no service runs here; empty: none.
  void watchShared(const QString &sharedDatabase)
  {
    if (m_service)
      return; // it publishes its own alarms there
    if (sharedDatabase.isEmpty()) {
      if (std::exchange(m_board, nullptr))
        post([](LiveController *c) { c->m_model.replaceAlarms({}); });
      return;
    }
    m_board = std::make_unique<SharedAlarmBoard>(sharedDatabase);
    connect(m_board.get(), &SharedAlarmBoard::alarmsReplaced, this, [this](const QList<Alarm> &alarms) {
      post([alarms](LiveController *c) { c->m_model.replaceAlarms(alarms); });
    });
    connect(m_board.get(), &SharedAlarmBoard::alarmRaised, m_model, &LiveModel::addAlarm);
    connect(m_board.get(), &SharedAlarmBoard::alarmChanged, m_model, &LiveModel::updateAlarm);
    connect(m_board.get(), &SharedAlarmBoard::failed, this, [this](const QString &message) {
      post([message](LiveController *c) { emit c->sharedAlarmsFailed(message); });
    });
  }

  void acknowledge(qint64 id, const QString &by, const QString &note)
  {
    if (m_board) {
      if (const QString refusal = m_board->acknowledge(id, by, note, QDateTime::currentDateTimeUtc());
          !refusal.isEmpty())
        post([id, refusal](LiveController *c) { emit c->acknowledgeRefused(id, refusal); });
      return;
    }
    if (m_shared) {
      if (const QString refusal = m_shared->acknowledge(id, by, note, QDateTime::currentDateTimeUtc());
          !refusal.isEmpty())
        post([id, refusal](LiveController *c) { emit c->acknowledgeRefused(id, refusal); });
      return;
    }
    if (!m_service || !m_service->alarms()->acknowledge(id, by, note, QDateTime::currentDateTimeUtc()))
      post([id](LiveController *c) { emit c->acknowledgeFailed(id); });
  }

private:
  template<typename F> void post(F &&call)
  {
    LiveController *controller = m_controller;
    // Queued with the controller as context: dropped if it is gone by then.
    QMetaObject::invokeMethod(
        controller, [controller, call = std::forward<F>(call)] { call(controller); }, Qt::QueuedConnection);
  }

  void gather(const ReadingBatch &batch)
  {
    m_pending.hydro.insert(m_pending.hydro.end(), batch.hydro.begin(), batch.hydro.end());
    m_pending.pollutants.insert(m_pending.pollutants.end(), batch.pollutants.begin(), batch.pollutants.end());
  }

  void deliver()
  {
    if (!m_pending.empty())
      post([batch = std::exchange(m_pending, {})](LiveController *c) { c->m_model.addReadings(batch); });
    const qint64 stored = m_service->storedCount();
    if (stored != m_storedSent) {
      m_storedSent = stored;
      post([stored](LiveController *c) { emit c->readingsStored(stored); });
    }
    sendStatuses();
  }

  void sendStatuses()
  {
    if (!m_service)
      return;
    const QList<FeedStatus> statuses = m_service->feedStatuses();
    for (const FeedStatus &status : statuses) {
      const auto sent = m_sent.constFind(status.name);
      if (sent != m_sent.constEnd() && sameCounts(*sent, status))
        continue;
      m_sent.insert(status.name, status);
      post([status](LiveController *c) { c->m_model.setFeedStatus(status); });
    }
  }

  LiveController *m_controller;
  LiveModel *m_model; ///< the controller's, on the GUI thread: reached by queued calls only
  std::unique_ptr<LiveService> m_service;
  std::unique_ptr<SharedAlarmAcknowledgements> m_shared;
  std::unique_ptr<SharedAlarmPublisher> m_publisher;
  std::unique_ptr<SharedAlarmBoard> m_board; ///< only while no service runs here
  ReadingBatch m_pending;
  QTimer m_delivery;
  QHash<QString, FeedStatus> m_sent;
  qint64 m_storedSent = -1;
};

LiveController::LiveController(QObject *parent)
    : QObject(parent), m_sharedDatabase(PostgisConnections::sharedDatabase())
{
  m_thread.setObjectName(u"live"_s);
  m_thread.start();
  m_host = new Host(this, &m_model);
  m_host->moveToThread(&m_thread);
}

LiveController::~LiveController()
{
  // The host's last readings are written before the thread ends.
  Host *host = m_host;
  QMetaObject::invokeMethod(
      host, [host] { delete host; }, Qt::BlockingQueuedConnection);
  m_thread.quit();
  m_thread.wait();
}

void LiveController::start(const LiveFeedsConfig &config, const QString &cityGeoPackage)
{
  m_config = config;
  m_city = cityGeoPackage;
  m_running = false;
  m_starting = true;
  m_catalog.reset();
  m_hj212Port = 0;
  m_readingsPath = readingsDatabaseFor(cityGeoPackage);
  m_alarmsPath = alarmsDatabaseFor(cityGeoPackage);

  LiveSettings settings;
  settings.readingsDatabase = m_readingsPath;
  settings.alarmsDatabase = m_alarmsPath;
  if (!config.hydroTopics.isEmpty() || !config.hj212Topics.isEmpty()) {
    MqttFeedSettings mqtt;
    mqtt.broker.host = config.brokerHost;
    mqtt.broker.port = config.brokerPort;
    // The password is read from the keyring on the live thread (startService), not here.
    mqtt.broker.security.username = config.brokerUser;
    mqtt.broker.security.tls = config.brokerTls;
    mqtt.broker.security.caFile = config.brokerCaFile;
    mqtt.broker.security.certFile = config.brokerCertFile;
    mqtt.broker.security.keyFile = config.brokerKeyFile;
    mqtt.broker.clientId =
        u"rongcheng-desktop-%1-%2"_s.arg(operatorName()).arg(QCoreApplication::applicationPid());
    mqtt.hydroTopics = config.hydroTopics;
    mqtt.hj212Topics = config.hj212Topics;
    settings.mqtt = mqtt;
  }
  if (config.hj212Server) {
    Hj212ServerSettings hj212;
    // Data loggers connect from the field, not from this machine.
    hj212.address = QHostAddress::Any;
    hj212.port = config.hj212Port;
    settings.hj212 = hj212;
  }
  Host *host = m_host;
  const auto interval = m_deliveryInterval;
  QMetaObject::invokeMethod(
      host,
      [host, settings, cityGeoPackage, interval, shared = m_sharedDatabase] {
        host->startService(settings, cityGeoPackage, interval, shared);
      },
      Qt::QueuedConnection);
}

void LiveController::stop()
{
  m_running = false;
  m_starting = false;
  Host *host = m_host;
  QMetaObject::invokeMethod(
      host,
      [host, shared = m_sharedDatabase] {
        host->shutdown();
        host->watchShared(shared);
      },
      Qt::QueuedConnection);
}

void LiveController::setSharedDatabase(const QString &source)
{
  if (source == m_sharedDatabase && (m_running || m_starting || m_watching))
    return;
  m_sharedDatabase = source;
  if (m_running || m_starting) {
    start(m_config, m_city);
    return;
  }
  m_watching = true;
  Host *host = m_host;
  QMetaObject::invokeMethod(
      host, [host, source] { host->watchShared(source); }, Qt::QueuedConnection);
}

void LiveController::setDeliveryInterval(std::chrono::milliseconds interval)
{
  m_deliveryInterval = interval;
}

void LiveController::acknowledge(qint64 alarmId, const QString &note)
{
  Host *host = m_host;
  QMetaObject::invokeMethod(
      host, [host, alarmId, by = operatorName(), note] { host->acknowledge(alarmId, by, note); },
      Qt::QueuedConnection);
}

QString LiveController::operatorName()
{
  for (const char *variable : {"USER", "USERNAME", "LOGNAME"})
    if (const QString name = qEnvironmentVariable(variable); !name.isEmpty())
      return name;
  return QDir::home().dirName();
}

QString LiveController::readingsDatabaseFor(const QString &cityGeoPackage)
{
  return OperatorStore::pathFor(cityGeoPackage, u".readings.sqlite"_s);
}

QString LiveController::alarmsDatabaseFor(const QString &cityGeoPackage)
{
  return OperatorStore::pathFor(cityGeoPackage, u".alarms.sqlite"_s);
}

void LiveController::onStarted(const std::shared_ptr<const StationCatalog> &catalog, quint16 hj212Port,
                               const QList<Alarm> &alarms)
{
  m_catalog = catalog;
  m_hj212Port = hj212Port;
  m_running = true;
  m_starting = false;
  m_model.start(catalog, alarms);
  emit started();
}

void LiveController::onStopped()
{
  m_model.stop();
  emit stopped();
}

void LiveController::onFailed(const QString &message)
{
  m_starting = false;
  m_model.stop();
  emit failed(message);
}

} // namespace rc
