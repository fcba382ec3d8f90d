#include "live/AlarmStore.h"

#include <QVariant>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

constexpr const char16_t *kSchema[] = {
    u"CREATE TABLE IF NOT EXISTS ALARM (ID INTEGER PRIMARY KEY AUTOINCREMENT, RULE TEXT NOT NULL, SOURCE "
    u"TEXT NOT NULL,"
    " PARAMETER TEXT NOT NULL, SEVERITY INTEGER NOT NULL, STATE TEXT NOT NULL, CONDITION_ACTIVE INTEGER NOT "
    "NULL,"
    " VALUE REAL, THRESHOLD REAL, PEAK REAL, RAISED_AT INTEGER, ACK_AT INTEGER, ACK_BY TEXT, ACK_NOTE TEXT,"
    " CLEARED_AT INTEGER, ESCALATION INTEGER NOT NULL, ESCALATED_AT INTEGER, NORMAL_SINCE INTEGER)",
    u"CREATE INDEX IF NOT EXISTS ALARM_STATE ON ALARM (STATE)",
    u"CREATE TABLE IF NOT EXISTS ALARM_LOG (ALARM_ID INTEGER NOT NULL REFERENCES ALARM (ID), AT INTEGER NOT "
    u"NULL,"
    " EVENT TEXT NOT NULL, BY TEXT, NOTE TEXT, VALUE REAL)",
    u"CREATE INDEX IF NOT EXISTS ALARM_LOG_ALARM ON ALARM_LOG (ALARM_ID)",
};

const QString kColumns =
    u"RULE, SOURCE, PARAMETER, SEVERITY, STATE, CONDITION_ACTIVE, VALUE, THRESHOLD, PEAK, RAISED_AT,"
    " ACK_AT, ACK_BY, ACK_NOTE, CLEARED_AT, ESCALATION, ESCALATED_AT, NORMAL_SINCE"_s;

/// Times as UTC milliseconds: exact, and sortable in SQL.
QVariant bindable(const QDateTime &time)
{
  return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime timeFrom(const QVariant &value)
{
  return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

void bindAlarm(QSqlQuery &query, const Alarm &a)
{
  // Hydrological alarms have no parameter: store '' rather than NULL, which the key column refuses.
  const QVariantList values{alarmRuleName(a.rule),
                            a.source,
                            a.parameter.isNull() ? u""_s : a.parameter,
                            int(a.severity),
                            alarmStateName(a.state),
                            a.conditionActive ? 1 : 0,
                            a.value,
                            a.threshold,
                            a.peak,
                            bindable(a.raisedAt),
                            bindable(a.acknowledgedAt),
                            a.acknowledgedBy,
                            a.acknowledgementNote,
                            bindable(a.clearedAt),
                            a.escalationLevel,
                            bindable(a.escalatedAt),
                            bindable(a.normalSince)};
  for (qsizetype i = 0; i < values.size(); ++i)
    query.bindValue(int(i), values[i]);
}

Alarm alarmFrom(const QSqlQuery &q)
{
  Alarm a;
  a.id = q.value(0).toLongLong();
  a.rule = alarmRule(q.value(1).toString()).value_or(AlarmRule::AboveWarningLevel);
  a.source = q.value(2).toString();
  a.parameter = q.value(3).toString();
  a.severity = AlarmSeverity(q.value(4).toInt());
  a.state = alarmState(q.value(5).toString()).value_or(AlarmState::Raised);
  a.conditionActive = q.value(6).toInt() != 0;
  a.value = q.value(7).toDouble();
  a.threshold = q.value(8).toDouble();
  a.peak = q.value(9).toDouble();
  a.raisedAt = timeFrom(q.value(10));
  a.acknowledgedAt = timeFrom(q.value(11));
  a.acknowledgedBy = q.value(12).toString();
  a.acknowledgementNote = q.value(13).toString();
  a.clearedAt = timeFrom(q.value(14));
  a.escalationLevel = q.value(15).toInt();
  a.escalatedAt = timeFrom(q.value(16));
  a.normalSince = timeFrom(q.value(17));
  return a;
}

} // namespace

AlarmStore::AlarmStore(const QString &path) : m_connection(path, SqliteConnection::Durability::Full)
{
  for (const char16_t *sql : kSchema)
    m_connection.exec(QString::fromUtf16(sql));
  m_insert = m_connection.prepare(u"INSERT INTO ALARM ("_s + kColumns +
                                  u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
  m_update = m_connection.prepare(u"UPDATE ALARM SET ("_s + kColumns +
                                  u") = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE ID = ?"_s);
  m_log = m_connection.prepare(
      u"INSERT INTO ALARM_LOG (ALARM_ID, AT, EVENT, BY, NOTE, VALUE) VALUES (?, ?, ?, ?, ?, ?)"_s);
}

void AlarmStore::save(Alarm &alarm, const AlarmLogEntry &entry)
{
  save(alarm, QList<AlarmLogEntry>{entry});
}

void AlarmStore::save(Alarm &alarm, const QList<AlarmLogEntry> &entries)
{
  SqliteTransaction transaction(m_connection);
  qint64 id = alarm.id;
  if (id == 0) {
    bindAlarm(m_insert, alarm);
    m_connection.exec(m_insert);
    id = m_insert.lastInsertId().toLongLong();
  } else {
    bindAlarm(m_update, alarm);
    m_update.bindValue(17, id);
    m_connection.exec(m_update);
  }
  for (const AlarmLogEntry &entry : entries) {
    m_log.bindValue(0, id);
    m_log.bindValue(1, entry.at.toMSecsSinceEpoch());
    m_log.bindValue(2, alarmEventName(entry.event));
    m_log.bindValue(3, entry.by);
    m_log.bindValue(4, entry.note);
    m_log.bindValue(5, entry.value);
    m_connection.exec(m_log);
  }
  transaction.commit();
  alarm.id = id;
}

QList<Alarm> AlarmStore::openAlarms() const
{
  QSqlQuery query = m_connection.prepare(u"SELECT ID, "_s + kColumns +
                                         u" FROM ALARM WHERE STATE != 'cleared' ORDER BY ID"_s);
  m_connection.exec(query);
  QList<Alarm> alarms;
  while (query.next())
    alarms.append(alarmFrom(query));
  return alarms;
}

QList<Alarm> AlarmStore::recentAlarms(const QDateTime &since, int limit) const
{
  QSqlQuery query = m_connection.prepare(
      u"SELECT ID, "_s + kColumns +
      u" FROM ALARM WHERE STATE != 'cleared' OR CLEARED_AT >= ? ORDER BY ID DESC LIMIT ?"_s);
  query.addBindValue(since.toMSecsSinceEpoch());
  query.addBindValue(limit);
  m_connection.exec(query);
  QList<Alarm> alarms;
  while (query.next())
    alarms.append(alarmFrom(query));
  return alarms;
}

std::optional<Alarm> AlarmStore::alarm(qint64 id) const
{
  QSqlQuery query = m_connection.prepare(u"SELECT ID, "_s + kColumns + u" FROM ALARM WHERE ID = ?"_s);
  query.addBindValue(id);
  m_connection.exec(query);
  return query.next() ? std::optional<Alarm>(alarmFrom(query)) : std::nullopt;
}

QList<AlarmLogEntry> AlarmStore::log(qint64 alarmId) const
{
  QSqlQuery query = m_connection.prepare(
      u"SELECT AT, EVENT, BY, NOTE, VALUE FROM ALARM_LOG WHERE ALARM_ID = ? ORDER BY rowid"_s);
  query.addBindValue(alarmId);
  m_connection.exec(query);
  QList<AlarmLogEntry> entries;
  const AlarmEvent events[] = {AlarmEvent::Raised,           AlarmEvent::Acknowledged, AlarmEvent::Escalated,
                               AlarmEvent::ReturnedToNormal, AlarmEvent::ActiveAgain,  AlarmEvent::Cleared};
  while (query.next()) {
    AlarmLogEntry entry{alarmId,
                        AlarmEvent::Raised,
                        timeFrom(query.value(0)),
                        query.value(2).toString(),
                        query.value(3).toString(),
                        query.value(4).toDouble()};
    for (const AlarmEvent event : events)
      if (alarmEventName(event) == query.value(1).toString())
        entry.event = event;
    entries.append(entry);
  }
  return entries;
}

} // namespace rc
