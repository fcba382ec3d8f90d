#pragma once

#include "live/AlarmRules.h"
#include "live/AlarmStore.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace rc {

/// Raises, escalates and clears alarms from the readings, and records acknowledgements. Every
/// change is written to the AlarmStore (synchronous=FULL) before it is signalled or returned, so
/// a restart (restore()) or a crash loses no alarm and no acknowledgement. An alarm whose
/// condition ends while unacknowledged stays raised until acknowledged. Owns its store; lives on
/// the live thread and is touched only there (the GUI talks to it through queued calls).
class AlarmEngine : public QObject
{
  Q_OBJECT

public:
  AlarmEngine(std::unique_ptr<AlarmStore> store, std::shared_ptr<const StationCatalog> catalog,
              const AlarmPolicy &policy, QObject *parent = nullptr);
  ~AlarmEngine() override;

  /// Loads the open alarms of an earlier run; call once before the first reading.
  void restore();

  void evaluate(const HydroReading &reading, const QDateTime &receivedAt);
  void evaluate(const PollutantReading &reading, const QDateTime &receivedAt);
  /// Escalates alarms left unacknowledged too long and raises SensorSilent for quiet sources; the
  /// owner calls it on a timer. Sources are watched from their first tick.
  void tick(const QDateTime &now);

  /// Acknowledges a raised alarm; it is durable when this returns true. An alarm whose condition
  /// already ended is cleared at once. False for an unknown, already acknowledged or cleared
  /// alarm, or when the database refuses the write.
  bool acknowledge(qint64 id, const QString &by, const QString &note, const QDateTime &at);

  [[nodiscard]] QList<Alarm> openAlarms() const;
  /// The open alarm of a rule for a source (and pollutant), or nullptr.
  [[nodiscard]] const Alarm *openAlarm(AlarmRule rule, const QString &source,
                                       const QString &parameter = {}) const;
  [[nodiscard]] const AlarmStore &store() const { return *m_store; }

signals:
  void alarmRaised(const rc::Alarm &alarm);
  /// Acknowledged, escalated, returned to normal, active again or cleared.
  void alarmChanged(const rc::Alarm &alarm);

private:
  void apply(const AlarmCondition &condition, const QDateTime &at);
  /// Writes and signals; on a database error keeps the change to write again at the next tick.
  bool persist(Alarm &alarm, const QList<AlarmLogEntry> &entries, bool raised);
  void heard(const QString &source, const QDateTime &receivedAt);

  std::unique_ptr<AlarmStore> m_store;
  std::shared_ptr<const StationCatalog> m_catalog;
  AlarmPolicy m_policy;
  AlarmRules m_rules;
  QHash<QString, Alarm> m_open;                              ///< by Alarm::key()
  QHash<QString, QDateTime> m_lastHeard;                     ///< by STCD or MN
  QList<std::pair<QString, QList<AlarmLogEntry>>> m_unsaved; ///< keys of alarms whose write failed
  QList<AlarmCondition> m_scratch;
};

} // namespace rc
