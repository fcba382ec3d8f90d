#include "live/AlarmStore.h"

using namespace Qt::StringLiterals;

namespace rc {

namespace {

constexpr const char *kSchema[] = {
    "CREATE TABLE IF NOT EXISTS ALARM (ID INTEGER PRIMARY KEY AUTOINCREMENT, RULE TEXT NOT NULL, SOURCE "
    "TEXT NOT NULL,"
    " PARAMETER TEXT NOT NULL, SEVERITY INTEGER NOT NULL, STATE TEXT NOT NULL, CONDITION_ACTIVE INTEGER NOT "
    "NULL,"
    " VALUE REAL, THRESHOLD REAL, PEAK REAL, RAISED_AT INTEGER, ACK_AT INTEGER, ACK_BY TEXT, ACK_NOTE TEXT,"
    " CLEARED_AT INTEGER, ESCALATION INTEGER NOT NULL, ESCALATED_AT INTEGER, NORMAL_SINCE INTEGER)",
    "CREATE INDEX IF NOT EXISTS ALARM_STATE ON ALARM (STATE)",
    "CREATE TABLE IF NOT EXISTS ALARM_LOG (ALARM_ID INTEGER NOT NULL REFERENCES ALARM (ID), AT INTEGER NOT "
    "NULL,"
    " EVENT TEXT NOT NULL, BY TEXT, NOTE TEXT, VALUE REAL)",
    "CREATE INDEX IF NOT EXISTS ALARM_LOG_ALARM ON ALARM_LOG (ALARM_ID)",
};

const QString kColumns =
    u"RULE, SOURCE, PARAMETER, SEVERITY, STATE, CONDITION_ACTIVE, VALUE, THRESHOLD, PEAK, RAISED_AT,"
    " ACK_AT, ACK_BY, ACK_NOTE, CLEARED_AT, ESCALATION, ESCALATED_AT, NORMAL_SINCE"_s;

/// Times as UTC milliseconds: exact, and sortable in SQL.
void bindTime(sqlite::Statement &statement, int index, const QDateTime &time)
{
  if (time.isValid())
    statement.bind(index, time.toMSecsSinceEpoch());
  else
    statement.bindNull(index);
}

QDateTime timeFrom(const sqlite::Statement &statement, int column)
{
  return statement.isNull(column) ? QDateTime()
                                  : QDateTime::fromMSecsSinceEpoch(statement.integer(column), Qt::UTC);
}

void bindAlarm(sqlite::Statement &statement, const Alarm &a)
{
  // Hydrological alarms have no parameter: store '' rather than NULL, which the key column refuses.
  statement.bind(1, alarmRuleName(a.rule))
      .bind(2, a.source)
      .bind(3, a.parameter.isNull() ? u""_s : a.parameter)
      .bind(4, int(a.severity))
      .bind(5, alarmStateName(a.state))
      .bind(6, a.conditionActive ? 1 : 0)
      .bind(7, a.value)
      .bind(8, a.threshold)
      .bind(9, a.peak);
  bindTime(statement, 10, a.raisedAt);
  bindTime(statement, 11, a.acknowledgedAt);
  statement.bind(12, a.acknowledgedBy).bind(13, a.acknowledgementNote);
  bindTime(statement, 14, a.clearedAt);
  statement.bind(15, a.escalationLevel);
  bindTime(statement, 16, a.escalatedAt);
  bindTime(statement, 17, a.normalSince);
}

Alarm alarmFrom(const sqlite::Statement &s)
{
  Alarm a;
  a.id = s.integer(0);
  a.rule = alarmRule(s.text(1)).value_or(AlarmRule::AboveWarningLevel);
  a.source = s.text(2);
  a.parameter = s.text(3);
  a.severity = AlarmSeverity(s.integer(4));
  a.state = alarmState(s.text(5)).value_or(AlarmState::Raised);
  a.conditionActive = s.integer(6) != 0;
  a.value = s.real(7);
  a.threshold = s.real(8);
  a.peak = s.real(9);
  a.raisedAt = timeFrom(s, 10);
  a.acknowledgedAt = timeFrom(s, 11);
  a.acknowledgedBy = s.text(12);
  a.acknowledgementNote = s.text(13);
  a.clearedAt = timeFrom(s, 14);
  a.escalationLevel = int(s.integer(15));
  a.escalatedAt = timeFrom(s, 16);
  a.normalSince = timeFrom(s, 17);
  return a;
}

QList<Alarm> alarmsOf(sqlite::Statement &select)
{
  QList<Alarm> alarms;
  while (select.step())
    alarms.append(alarmFrom(select));
  return alarms;
}

sqlite::Database openWithSchema(const QString &path)
{
  sqlite::Database db = sqlite::Database::forWriting(path, sqlite::Durability::Full);
  for (const char *sql : kSchema)
    db.exec(sql);
  return db;
}

} // namespace

AlarmStore::AlarmStore(const QString &path)
    : m_db(openWithSchema(path)),
      m_insert(m_db, u"INSERT INTO ALARM ("_s + kColumns +
                         u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s),
      m_update(m_db, u"UPDATE ALARM SET ("_s + kColumns +
                         u") = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE ID = ?"_s),
      m_log(m_db, "INSERT INTO ALARM_LOG (ALARM_ID, AT, EVENT, BY, NOTE, VALUE) VALUES (?, ?, ?, ?, ?, ?)")
{}

void AlarmStore::save(Alarm &alarm, const AlarmLogEntry &entry)
{
  save(alarm, QList<AlarmLogEntry>{entry});
}

void AlarmStore::save(Alarm &alarm, const QList<AlarmLogEntry> &entries)
{
  sqlite::Transaction transaction(m_db);
  qint64 id = alarm.id;
  if (id == 0) {
    bindAlarm(m_insert, alarm);
    m_insert.run();
    id = m_db.lastInsertId();
  } else {
    bindAlarm(m_update, alarm);
    m_update.bind(18, id).run();
  }
  for (const AlarmLogEntry &entry : entries)
    m_log.bind(1, id)
        .bind(2, entry.at.toMSecsSinceEpoch())
        .bind(3, alarmEventName(entry.event))
        .bind(4, entry.by)
        .bind(5, entry.note)
        .bind(6, entry.value)
        .run();
  transaction.commit();
  alarm.id = id;
}

QList<Alarm> AlarmStore::openAlarms() const
{
  sqlite::Statement select(m_db, u"SELECT ID, "_s + kColumns +
                                     u" FROM ALARM WHERE STATE != 'cleared' ORDER BY ID"_s);
  return alarmsOf(select);
}

QList<Alarm> AlarmStore::recentAlarms(const QDateTime &since, int limit) const
{
  sqlite::Statement select(
      m_db, u"SELECT ID, "_s + kColumns +
                u" FROM ALARM WHERE STATE != 'cleared' OR CLEARED_AT >= ? ORDER BY ID DESC LIMIT ?"_s);
  select.bind(1, since.toMSecsSinceEpoch()).bind(2, limit);
  return alarmsOf(select);
}

std::optional<Alarm> AlarmStore::alarm(qint64 id) const
{
  sqlite::Statement select(m_db, u"SELECT ID, "_s + kColumns + u" FROM ALARM WHERE ID = ?"_s);
  select.bind(1, id);
  return select.step() ? std::optional<Alarm>(alarmFrom(select)) : std::nullopt;
}

QList<AlarmLogEntry> AlarmStore::log(qint64 alarmId) const
{
  sqlite::Statement select(
      m_db, "SELECT AT, EVENT, BY, NOTE, VALUE FROM ALARM_LOG WHERE ALARM_ID = ? ORDER BY rowid");
  select.bind(1, alarmId);
  QList<AlarmLogEntry> entries;
  const AlarmEvent events[] = {AlarmEvent::Raised,           AlarmEvent::Acknowledged, AlarmEvent::Escalated,
                               AlarmEvent::ReturnedToNormal, AlarmEvent::ActiveAgain,  AlarmEvent::Cleared};
  while (select.step()) {
    AlarmLogEntry entry{alarmId,        AlarmEvent::Raised, timeFrom(select, 0),
                        select.text(2), select.text(3),     select.real(4)};
    const QString event = select.text(1);
    for (const AlarmEvent e : events)
      if (alarmEventName(e) == event)
        entry.event = e;
    entries.append(entry);
  }
  return entries;
}

} // namespace rc
