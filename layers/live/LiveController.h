#pragma once

#include "live/Alarm.h"
#include "live/LiveModel.h"
#include "live/StationCatalog.h"

#include <QObject>
#include <QStringList>
#include <QThread>

#include <chrono>
#include <memory>

class QSettings;

namespace rc {

class LiveService;

/// What the "Live feeds" dialog edits. Kept in QSettings under "live/", except the broker's
/// password, which only the system keyring keeps (under brokerKeyringKey()).
struct LiveFeedsConfig
{
  bool enabled = false;
  QString brokerHost = QStringLiteral("127.0.0.1");
  quint16 brokerPort = 1883;
  QString brokerUser; ///< empty: anonymous
  bool brokerTls = false;
  QString brokerCaFile;   ///< empty with TLS: the system's CAs
  QString brokerCertFile; ///< client certificate, when the broker asks for one
  QString brokerKeyFile;
  QStringList hydroTopics{QStringLiteral("rongcheng/hydro/#")}; ///< SL 323 JSON
  QStringList hj212Topics{QStringLiteral("rongcheng/hj212/#")}; ///< raw HJ 212 frames
  bool hj212Server = true;
  quint16 hj212Port = 0; ///< the HJ 212 TCP server's port; 0 lets the system choose

  /// The keyring service and entry of the broker password: "user@host:port".
  static constexpr const char *kBrokerKeyringService = "Rongcheng MQTT";
  [[nodiscard]] static QString brokerKeyringKey(const QString &user, const QString &host, quint16 port);
  [[nodiscard]] static LiveFeedsConfig load(const QSettings &settings);
  void save(QSettings &settings) const;
  friend bool operator==(const LiveFeedsConfig &, const LiveFeedsConfig &) = default;
};

/// Owns the window's LiveService and the thread it runs on, so the GUI never waits for a feed, a
/// database or the alarm engine: start() returns at once and started() or failed() follows. What
/// the live side produces goes into the one LiveModel (model()), which the map layers and the
/// panels observe: readings gathered into a few deliveries a second however fast they arrive,
/// alarms one by one at once, feed statuses when they change. GUI thread object.
class LiveController : public QObject
{
  Q_OBJECT

public:
  explicit LiveController(QObject *parent = nullptr);
  /// Stops the feeds and waits for the last readings to be written.
  ~LiveController() override;

  /// Starts the feeds for the city in `cityGeoPackage` (its stations, monitoring points and
  /// thresholds), with the readings and alarm databases beside it, or in the application's data
  /// folder when that folder is read-only. A running service is stopped first.
  void start(const LiveFeedsConfig &config, const QString &cityGeoPackage);
  /// Stops the feeds; stopped() follows once the last readings are written.
  void stop();
  [[nodiscard]] bool isRunning() const { return m_running; }
  /// start() was called and neither started() nor failed() has followed yet.
  [[nodiscard]] bool isStarting() const { return m_starting; }
  /// The city GeoPackage of the last start().
  [[nodiscard]] QString cityGeoPackage() const { return m_city; }
  [[nodiscard]] const LiveFeedsConfig &config() const { return m_config; }

  /// The SQLite readings database (SL 323 tables, POLLUTANT_R) of the running service, for views
  /// that open their own read connection (WAL); empty until started().
  [[nodiscard]] QString readingsDatabasePath() const { return m_readingsPath; }
  [[nodiscard]] QString alarmsDatabasePath() const { return m_alarmsPath; }
  /// Stations and monitoring points of the running service; null until started().
  [[nodiscard]] std::shared_ptr<const StationCatalog> catalog() const { return m_catalog; }
  /// The HJ 212 server's actual port once started (0 when there is none).
  [[nodiscard]] quint16 hj212Port() const { return m_hj212Port; }
  /// What the live side shows; fed by this controller only.
  [[nodiscard]] LiveModel *model() { return &m_model; }

  /// The shared operations database ("PG:..."; empty: none), read from the settings at first. A
  /// running service restarts to publish its alarms there; without one the model shows the
  /// alarms the other seats publish (replaced, then raised and changed with the shared rows' ids),
  /// and acknowledge() acknowledges those for every seat.
  void setSharedDatabase(const QString &source);
  [[nodiscard]] QString sharedDatabase() const { return m_sharedDatabase; }

  /// How often gathered readings are handed to the GUI (default 500 ms).
  void setDeliveryInterval(std::chrono::milliseconds interval);

  /// Acknowledges an alarm on the live thread as the logged-in OS user; the model's alarmChanged()
  /// follows when it is on disk, acknowledgeFailed() when it was refused.
  void acknowledge(qint64 alarmId, const QString &note);
  /// Who acknowledges: the OS user name.
  [[nodiscard]] static QString operatorName();

  /// Where the databases go for a city GeoPackage: its operator folder (OperatorStore).
  [[nodiscard]] static QString readingsDatabaseFor(const QString &cityGeoPackage);
  [[nodiscard]] static QString alarmsDatabaseFor(const QString &cityGeoPackage);

signals:
  /// The service runs: catalog() and the database paths are set, and the model holds its open
  /// alarms and those cleared in the last 24 hours.
  void started();
  void stopped();
  void failed(const QString &message);
  /// Readings written to the readings database so far.
  void readingsStored(qint64 total);
  void acknowledgeFailed(qint64 alarmId);
  /// The shared alarms could not be read; they are read again once the database is back.
  void sharedAlarmsFailed(const QString &message);
  /// With a shared operations database: the acknowledgement was refused, `reason` says why
  /// (another seat acknowledged it first, a read-only role, the server unreachable).
  void acknowledgeRefused(qint64 alarmId, const QString &reason);

private:
  void onStarted(const std::shared_ptr<const StationCatalog> &catalog, quint16 hj212Port,
                 const QList<Alarm> &alarms);
  void onStopped();
  void onFailed(const QString &message);

  class Host; ///< lives on m_thread and owns the LiveService there
  LiveModel m_model;
  QThread m_thread;
  Host *m_host = nullptr;
  LiveFeedsConfig m_config;
  bool m_running = false;
  bool m_starting = false;
  QString m_city;
  QString m_sharedDatabase;
  bool m_watching = false; ///< setSharedDatabase() asked the host to show the shared alarms
  QString m_readingsPath, m_alarmsPath;
  std::shared_ptr<const StationCatalog> m_catalog;
  quint16 m_hj212Port = 0;
  std::chrono::milliseconds m_deliveryInterval{500};
};

} // namespace rc
