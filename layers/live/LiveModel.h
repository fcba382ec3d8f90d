#pragma once

#include "live/Alarm.h"
#include "live/AlarmSite.h"
#include "live/FeedStatus.h"
#include "live/Readings.h"
#include "live/StationCatalog.h"
#include "live/StationHistory.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QQueue>
#include <QSet>

#include <memory>
#include <optional>

namespace rc {

/// What a monitoring point's latest readings and alarms say (the map shows 在线, 超标 or 离线).
enum class PointStatus { Online, OverLimit, Offline };

/// What the live side shows, in one place: each station's latest level judged against its
/// thresholds, each monitoring point's status, the alarms (open and recently cleared), the feeds'
/// statuses, the readings rate, and where each alarm's source is on the map. The LiveController
/// feeds it (readings in a few deliveries a second, alarms one by one as they happen); the map
/// layers' updater and the panels observe it through its signals, and read it. Owned by the
/// LiveController; GUI thread object.
class LiveModel : public QObject
{
  Q_OBJECT

public:
  explicit LiveModel(QObject *parent = nullptr);

  /// A service runs for `catalog`: station levels and point statuses start afresh, and `alarms`
  /// (its open alarms and those cleared lately, newest first) replace those shown.
  void start(std::shared_ptr<const StationCatalog> catalog, const QList<rc::Alarm> &alarms);
  /// No service runs (it stopped, or a start failed): the feeds are off and no readings come.
  /// Levels, statuses and alarms keep their last values.
  void stop();
  /// Readings the feeds accepted since the last delivery, oldest first.
  void addReadings(const rc::ReadingBatch &batch);
  void addAlarm(const rc::Alarm &alarm);
  /// An alarm acknowledged, escalated, back to normal, active again or cleared.
  void updateAlarm(const rc::Alarm &alarm);
  /// The alarms to show instead of all shown so far (the shared ones while no service runs here).
  void replaceAlarms(const QList<rc::Alarm> &alarms);
  void setFeedStatus(const rc::FeedStatus &status);
  /// Where the alarms' sources are, by STCD or MN (from the map's loaded layers).
  void setSites(const QHash<QString, rc::AlarmSite> &sites);

  [[nodiscard]] bool isRunning() const { return m_running; }
  [[nodiscard]] std::shared_ptr<const StationCatalog> catalog() const { return m_catalog; }
  /// A station's newest level; nullopt before its first level reading since start().
  [[nodiscard]] std::optional<StationState> station(const QString &stcd) const;
  /// nullopt while nothing was heard from the point since start().
  [[nodiscard]] std::optional<PointStatus> pointStatus(const QString &mn) const;
  /// In the order they came: those of start() or replaceAlarms(), then new ones.
  [[nodiscard]] const QList<Alarm> &alarms() const { return m_alarms; }
  /// The running feeds' statuses by name; empty while no service runs.
  [[nodiscard]] const QMap<QString, FeedStatus> &feedStatuses() const { return m_feeds; }
  [[nodiscard]] AlarmSite site(const QString &source) const { return m_sites.value(source); }
  /// Readings delivered over the last few seconds, per second.
  [[nodiscard]] double readingsPerSecond() const;

signals:
  /// After start(): the catalog and the alarms are new; alarmsReplaced() follows.
  void started();
  /// After stop(): the feed statuses are gone.
  void stopped();
  /// After addReadings(), with the readings given; stationsChanged() and pointsChanged() follow.
  void readingsAdded(const rc::ReadingBatch &batch);
  void stationsChanged(const QSet<QString> &stcds);
  void pointsChanged(const QSet<QString> &mns);
  void alarmsReplaced(const QList<rc::Alarm> &alarms);
  void alarmRaised(const rc::Alarm &alarm);
  void alarmChanged(const rc::Alarm &alarm);
  void feedStatusChanged(const rc::FeedStatus &status);
  void sitesChanged();

private:
  /// What a monitoring point's last readings and alarms say.
  struct PointState
  {
    QSet<QString> overLimit; ///< pollutant codes whose latest value is over its limit
    bool silent = false;
    bool heard = false;
  };

  void keepAlarm(const Alarm &alarm);
  void setAlarms(const QList<Alarm> &alarms, QSet<QString> &changedPoints);
  /// A silent logger's point is offline while its SensorSilent alarm's condition holds.
  void noteSilence(const Alarm &alarm, QSet<QString> &changedPoints);

  bool m_running = false;
  std::shared_ptr<const StationCatalog> m_catalog;
  QHash<QString, StationState> m_stations; ///< by STCD
  QHash<QString, PointState> m_points;     ///< by MN
  QList<Alarm> m_alarms;
  QHash<qint64, qsizetype> m_alarmRows; ///< by alarm id
  QMap<QString, FeedStatus> m_feeds;
  QHash<QString, AlarmSite> m_sites;
  /// When readings were delivered and how many: the window of readingsPerSecond().
  QQueue<QPair<QDateTime, qint64>> m_deliveries;
};

} // namespace rc
