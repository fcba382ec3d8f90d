#include "live/PostgisAlarms.h"

#include "base/Error.h"
#include "postgis/OpsSchema.h"
#include "postgis/SharedOpsConnection.h"

using namespace Qt::StringLiterals;

namespace rc {

namespace {

QByteArray timeOrNull(const QDateTime &time)
{
  return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs).toUtf8() : QByteArray();
}

QByteArray textOrNull(const QString &text)
{
  return text.isEmpty() ? QByteArray() : text.toUtf8();
}

QByteArray real(double value)
{
  return QByteArray::number(value, 'g', 17);
}

QDateTime timeAt(const PostgisRows &rows, int row, int column)
{
  return rows.isNull(row, column) ? QDateTime()
                                  : QDateTime::fromMSecsSinceEpoch(rows.integer(row, column), Qt::UTC);
}

QByteArray milliseconds(const char *column)
{
  return "(extract(epoch FROM " + QByteArray(column) + ") * 1000)::bigint";
}

/// $1 … $18 of an alarm, in the column order of kAlarmColumns after id and version.
QList<QByteArray> values(const Alarm &alarm)
{
  return {alarm.key().toUtf8(),
          alarmRuleName(alarm.rule).toUtf8(),
          alarm.source.toUtf8(),
          alarm.parameter.toUtf8(),
          QByteArray::number(int(alarm.severity)),
          alarmStateName(alarm.state).toUtf8(),
          alarm.conditionActive ? "true" : "false",
          real(alarm.value),
          real(alarm.threshold),
          real(alarm.peak),
          timeOrNull(alarm.raisedAt),
          timeOrNull(alarm.acknowledgedAt),
          textOrNull(alarm.acknowledgedBy),
          textOrNull(alarm.acknowledgementNote),
          timeOrNull(alarm.clearedAt),
          timeOrNull(alarm.escalatedAt),
          timeOrNull(alarm.normalSince),
          QByteArray::number(alarm.escalationLevel)};
}

} // namespace

PostgisAlarms::PostgisAlarms(const QString &source)
{
  // The live thread must not hang on an unreachable server.
  SharedOpsConnection connection(withConnectionOptions(source, {u"connect_timeout=5"_s}));
  m_session = std::move(connection.session);
  m_statements = std::move(connection.statements);
}

PostgisAlarms::~PostgisAlarms() = default;

void PostgisAlarms::fail(const PostgisError &error) const
{
  throwSharedOpsError(error,
                      tr("this database role may only look at alarms: acknowledging needs an operator role"),
                      tr("the shared alarm database failed, nothing was saved: %1"));
}

QList<Alarm> PostgisAlarms::select(const QByteArray &where, const QList<QByteArray> &parameters) const
{
  try {
    const QByteArray sql = "SELECT id, rule, source, parameter, severity, state, condition_active, value,"
                           " threshold, peak, " +
                           milliseconds("raised_at") + ", " + milliseconds("acknowledged_at") +
                           ", acknowledged_by, note, " + milliseconds("cleared_at") + ", " +
                           milliseconds("escalated_at") + ", " + milliseconds("normal_since") +
                           ", escalation_level FROM rc_ops.alarms WHERE " + where;
    const PostgisRows rows = m_statements->exec(sql.constData(), parameters);
    QList<Alarm> found;
    for (int row = 0; row < rows.count(); ++row) {
      const std::optional<AlarmRule> rule = alarmRule(rows.text(row, 1));
      const std::optional<AlarmState> state = alarmState(rows.text(row, 5));
      if (!rule || !state)
        continue; // written by a newer version that knows more rules
      Alarm alarm;
      alarm.id = rows.integer(row, 0);
      alarm.rule = *rule;
      alarm.source = rows.text(row, 2);
      alarm.parameter = rows.text(row, 3);
      alarm.severity = rows.integer(row, 4) == int(AlarmSeverity::Critical) ? AlarmSeverity::Critical
                                                                            : AlarmSeverity::Warning;
      alarm.state = *state;
      alarm.conditionActive = rows.text(row, 6) == u"t";
      alarm.value = rows.text(row, 7).toDouble();
      alarm.threshold = rows.text(row, 8).toDouble();
      alarm.peak = rows.text(row, 9).toDouble();
      alarm.raisedAt = timeAt(rows, row, 10);
      alarm.acknowledgedAt = timeAt(rows, row, 11);
      alarm.acknowledgedBy = rows.text(row, 12);
      alarm.acknowledgementNote = rows.text(row, 13);
      alarm.clearedAt = timeAt(rows, row, 14);
      alarm.escalatedAt = timeAt(rows, row, 15);
      alarm.normalSince = timeAt(rows, row, 16);
      alarm.escalationLevel = int(rows.integer(row, 17));
      found.push_back(alarm);
    }
    return found;
  } catch (const PostgisError &e) {
    fail(e);
  }
}

std::optional<Alarm> PostgisAlarms::byId(qint64 id) const
{
  const QList<Alarm> found = select("id = $1", {QByteArray::number(id)});
  return found.isEmpty() ? std::nullopt : std::optional(found.front());
}

QList<Alarm> PostgisAlarms::recent(const QDateTime &clearedSince, int limit) const
{
  return select("state <> 'cleared' OR cleared_at >= $1 ORDER BY raised_at DESC, id DESC LIMIT $2",
                {timeOrNull(clearedSince), QByteArray::number(limit)});
}

void PostgisAlarms::notify(qint64 id, qint64 version)
{
  m_statements->exec("SELECT pg_notify($1, $2)",
                     {QByteArray(OpsSchema::kChannel),
                      "alarm:" + QByteArray::number(id) + ':' + QByteArray::number(version)});
}

qint64 PostgisAlarms::publish(const Alarm &alarm)
{
  const QList<QByteArray> row = values(alarm);
  try {
    PostgisTransaction transaction(*m_statements);
    // Two seats publishing the same alarm at once: the second waits here, then finds the first's row.
    m_statements->exec("SELECT pg_advisory_xact_lock(hashtext('rc_ops.alarms:' || $1))", {row[0]});
    const PostgisRows same = m_statements->exec(
        "SELECT id, state FROM rc_ops.alarms WHERE alarm_key = $1 AND (state <> 'cleared' OR raised_at"
        " BETWEEN $2::timestamptz - make_interval(secs => $3::integer)"
        " AND $2::timestamptz + make_interval(secs => $3::integer))"
        " ORDER BY state <> 'cleared' DESC, id DESC LIMIT 1",
        {row[0], row[10], QByteArray::number(kSameRaiseSeconds)});
    qint64 id = 0, version = 0;
    if (same.count() == 0) {
      const PostgisRows inserted = m_statements->exec(
          "INSERT INTO rc_ops.alarms (version, alarm_key, rule, source, parameter, severity, state,"
          " condition_active, value, threshold, peak, raised_at, acknowledged_at, acknowledged_by, note,"
          " cleared_at, escalated_at, normal_since, escalation_level, updated_at) VALUES (1, $1, $2, $3,"
          " COALESCE($4, ''),"
          " $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, now()) RETURNING id, version",
          row);
      id = inserted.integer(0, 0);
      version = inserted.integer(0, 1);
    } else {
      id = same.integer(0, 0);
      if (same.text(0, 1) == alarmStateName(AlarmState::Cleared))
        return id; // cleared by a faster seat: this seat's change is old news
      QList<QByteArray> changed{QByteArray::number(id)};
      changed << row.mid(4, 6) << row.mid(11);
      // $1 id, $2 severity, $3 state, $4 condition, $5 value, $6 threshold, $7 peak, $8 acknowledged
      // at, $9 by, $10 note, $11 cleared, $12 escalated, $13 normal since, $14 level. A seat that has
      // not heard of the acknowledgement yet does not take it back.
      version = m_statements
                    ->exec("UPDATE rc_ops.alarms SET severity = $2, state = CASE WHEN state = 'acknowledged'"
                           " AND $3 = 'raised' THEN state ELSE $3 END, condition_active = $4, value = $5,"
                           " threshold = $6, peak = $7, acknowledged_at = COALESCE(acknowledged_at, $8),"
                           " acknowledged_by = COALESCE(acknowledged_by, $9), note = COALESCE(note, $10),"
                           " cleared_at = $11, escalated_at = $12, normal_since = $13,"
                           " escalation_level = GREATEST(escalation_level, $14), version = version + 1,"
                           " updated_at = now() WHERE id = $1 RETURNING version",
                           changed)
                    .integer(0, 0);
    }
    notify(id, version);
    transaction.commit();
    return id;
  } catch (const PostgisError &e) {
    fail(e);
  }
}

Alarm PostgisAlarms::acknowledge(qint64 id, const QString &by, const QString &note, const QDateTime &at)
{
  try {
    PostgisTransaction transaction(*m_statements);
    const PostgisRows changed = m_statements->exec(
        "UPDATE rc_ops.alarms SET state = CASE WHEN condition_active THEN 'acknowledged' ELSE 'cleared' END,"
        " acknowledged_at = $2, acknowledged_by = $3, note = $4,"
        " cleared_at = CASE WHEN condition_active THEN NULL ELSE $2::timestamptz END,"
        " version = version + 1, updated_at = now() WHERE id = $1 AND state = 'raised' RETURNING version",
        {QByteArray::number(id), timeOrNull(at.isValid() ? at : QDateTime::currentDateTimeUtc()), by.toUtf8(),
         textOrNull(note)});
    if (changed.count() == 0)
      throw Error(Error::Code::Conflict, tr("alarm %1 is no longer waiting for an acknowledgement").arg(id));
    notify(id, changed.integer(0, 0));
    transaction.commit();
  } catch (const PostgisError &e) {
    fail(e);
  }
  return byId(id).value_or(Alarm{});
}

} // namespace rc
