#pragma once

#include "live/AlarmEngine.h"
#include "live/Hj212TcpServer.h"
#include "live/MqttFeed.h"
#include "live/ReadingPipeline.h"
#include "live/ReadingWriter.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace rc {

/// Everything the live side needs to run.
struct LiveSettings
{
  QString readingsDatabase; ///< SQLite file of the SL 323 and pollutant tables
  QString alarmsDatabase;   ///< SQLite file of the alarms: its own, so reading batches never hold up an alarm
  std::optional<MqttFeedSettings> mqtt;     ///< no MQTT feed when absent
  std::optional<Hj212ServerSettings> hj212; ///< no HJ 212 server when absent
  AlarmPolicy policy;
  std::chrono::milliseconds tickInterval{1000}; ///< escalation and silence checks
};

/// The live side assembled: stores, alarm engine, pipeline and feeds, wired together, so that a
/// reading goes feed → pipeline → engine and store once, and comes out of readingsAccepted(). Create
/// it, move it to a worker thread and call start() there (a queued call) so that no I/O runs on the
/// GUI thread; the GUI reaches the engine with queued calls and listens to the signals. Owns every
/// part; all live on its thread except the ReadingWriter's store, which has a thread of its own.
class LiveService : public QObject
{
  Q_OBJECT

public:
  LiveService(LiveSettings settings, std::shared_ptr<const StationCatalog> catalog,
              QObject *parent = nullptr);
  ~LiveService() override;

  /// Opens the databases, restores open alarms and starts the feeds. Throws Error(Storage).
  void start();
  void stop();
  /// Hands the gathered readings to the store and waits until they are written: for shutdown
  /// and tests.
  void sync();

  /// Acknowledgements go here; the shared-seat adapters lend it.
  [[nodiscard]] AlarmEngine *alarms() const { return m_alarms.get(); }
  /// The statuses of the feeds that run: the MQTT feed's first, then the HJ 212 server's.
  [[nodiscard]] QList<FeedStatus> feedStatuses() const;
  /// The HJ 212 server's port once started; 0 without one.
  [[nodiscard]] quint16 hj212Port() const;
  /// Readings written to the readings database so far.
  [[nodiscard]] qint64 storedCount() const;

signals:
  /// Readings a feed accepted, each once, after their alarms were judged: what the views show.
  void readingsAccepted(const rc::ReadingBatch &batch);
  void alarmRaised(const rc::Alarm &alarm);
  void alarmChanged(const rc::Alarm &alarm);
  void feedStatusChanged(const rc::FeedStatus &status);

private:
  LiveSettings m_settings;
  std::shared_ptr<const StationCatalog> m_catalog;
  std::unique_ptr<ReadingWriter> m_writer;
  std::unique_ptr<AlarmEngine> m_alarms;
  std::unique_ptr<ReadingPipeline> m_pipeline;
  MqttFeed *m_mqtt = nullptr;
  Hj212TcpServer *m_hj212 = nullptr;
  QTimer m_tick; ///< a child, so that it moves to the worker thread with the service
};

} // namespace rc
