#pragma once

#include "base/Sqlite.h"
#include "live/Alarm.h"

#include <QList>

namespace rc {

/// One row of an alarm's log.
struct AlarmLogEntry
{
  qint64 alarmId = 0;
  AlarmEvent event = AlarmEvent::Raised;
  QDateTime at;
  QString by, note;
  double value = 0;
};

/// The alarm database: the ALARM table (current state of every alarm) and ALARM_LOG (each
/// transition, for audit). Its own SQLite connection in WAL mode with synchronous=FULL, so a state
/// change is on disk when save() returns and a crash right after an acknowledgement loses nothing.
/// Owned by the alarm engine; used only on the thread that created it.
class AlarmStore
{
public:
  /// Opens or creates the database (it may share a file with the ReadingStore); throws sqlite::Error.
  explicit AlarmStore(const QString &path);

  /// Writes the alarm (inserting it when its id is 0, which is then set) and its log entry in one
  /// durable transaction; throws sqlite::Error, leaving both as they were.
  void save(Alarm &alarm, const AlarmLogEntry &entry);
  /// Several alarm changes in one durable transaction (an acknowledgement that also clears).
  void save(Alarm &alarm, const QList<AlarmLogEntry> &entries);

  [[nodiscard]] QList<Alarm> openAlarms() const;
  /// The open alarms and those cleared since `since`, newest first, at most `limit`: what an alarm
  /// panel shows on opening.
  [[nodiscard]] QList<Alarm> recentAlarms(const QDateTime &since, int limit) const;
  [[nodiscard]] std::optional<Alarm> alarm(qint64 id) const;
  [[nodiscard]] QList<AlarmLogEntry> log(qint64 alarmId) const;

private:
  sqlite::Database m_db;
  sqlite::Statement m_insert, m_update, m_log;
};

} // namespace rc
