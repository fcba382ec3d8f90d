#include "live/PostgisAlarmAcks.h"

#include "base/Error.h"
#include "postgis/OpsSchema.h"
#include "postgis/SharedOpsConnection.h"

using namespace Qt::StringLiterals;

namespace rc {

namespace {

QByteArray isoTime(const QDateTime &time)
{
  return time.toUTC().toString(Qt::ISODateWithMs).toUtf8();
}

/// Acknowledgements of the alarm of $1 raised at $2 (on any seat, within kSameAlarmSeconds).
constexpr const char *kCovering =
    "alarm_key = $1 AND acknowledged_at >= $2::timestamptz - make_interval(secs => $3::integer)";

} // namespace

PostgisAlarmAcks::PostgisAlarmAcks(const QString &source)
{
  SharedOpsConnection connection(source);
  m_session = std::move(connection.session);
  m_statements = std::move(connection.statements);
}

PostgisAlarmAcks::~PostgisAlarmAcks() = default;

void PostgisAlarmAcks::fail(const PostgisError &error) const
{
  throwSharedOpsError(error,
                      tr("this database role may only look at alarms: acknowledging needs an operator role"),
                      tr("the shared alarm database failed, nothing was saved: %1"));
}

QList<SharedAcknowledgement> PostgisAlarmAcks::select(const char *where,
                                                      const QList<QByteArray> &values) const
{
  try {
    const QByteArray sql =
        "SELECT id, alarm_key, (extract(epoch FROM raised_at) * 1000)::bigint, acknowledged_by,"
        " (extract(epoch FROM acknowledged_at) * 1000)::bigint, note FROM rc_ops.alarm_acks WHERE " +
        QByteArray(where) + " ORDER BY id";
    const PostgisRows rows = m_statements->exec(sql.constData(), values);
    QList<SharedAcknowledgement> found;
    for (int row = 0; row < rows.count(); ++row)
      found.push_back({rows.integer(row, 0), rows.text(row, 1),
                       QDateTime::fromMSecsSinceEpoch(rows.integer(row, 2), Qt::UTC), rows.text(row, 3),
                       QDateTime::fromMSecsSinceEpoch(rows.integer(row, 4), Qt::UTC), rows.text(row, 5)});
    return found;
  } catch (const PostgisError &e) {
    fail(e);
  }
}

std::optional<SharedAcknowledgement> PostgisAlarmAcks::find(const QString &alarmKey,
                                                            const QDateTime &raisedAt) const
{
  const QList<SharedAcknowledgement> found =
      select(kCovering, {alarmKey.toUtf8(), isoTime(raisedAt), QByteArray::number(kSameAlarmSeconds)});
  return found.isEmpty() ? std::nullopt : std::optional(found.front());
}

std::optional<SharedAcknowledgement> PostgisAlarmAcks::byId(qint64 id) const
{
  const QList<SharedAcknowledgement> found = select("id = $1", {QByteArray::number(id)});
  return found.isEmpty() ? std::nullopt : std::optional(found.front());
}

QList<SharedAcknowledgement> PostgisAlarmAcks::since(const QDateTime &since) const
{
  return select("acknowledged_at >= $1", {isoTime(since)});
}

SharedAcknowledgement PostgisAlarmAcks::acknowledge(const QString &alarmKey, const QDateTime &raisedAt,
                                                    const QString &by, const QString &note,
                                                    const QDateTime &at)
{
  SharedAcknowledgement ack{
      0, alarmKey, raisedAt.toUTC(), by, at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc(), note};
  std::optional<SharedAcknowledgement> first;
  try {
    PostgisTransaction transaction(*m_statements);
    // Two seats acknowledging at once: the second waits here, then finds the first.
    m_statements->exec("SELECT pg_advisory_xact_lock(hashtext('rc_ops.alarm_acks:' || $1))",
                       {alarmKey.toUtf8()});
    first = find(alarmKey, raisedAt);
    if (!first) {
      ack.id = m_statements
                   ->exec("INSERT INTO rc_ops.alarm_acks (alarm_key, raised_at, acknowledged_by, "
                          "acknowledged_at, note)"
                          " VALUES ($1, $2, $3, $4, $5) RETURNING id",
                          {alarmKey.toUtf8(), isoTime(raisedAt), by.toUtf8(), isoTime(ack.at),
                           note.isEmpty() ? QByteArray() : note.toUtf8()})
                   .integer(0, 0);
      m_statements->exec("SELECT pg_notify($1, $2)",
                         {QByteArray(OpsSchema::kChannel), "ack:" + QByteArray::number(ack.id) + ":1"});
      transaction.commit();
      return ack;
    }
  } catch (const PostgisError &e) {
    fail(e);
  }
  throw Error(Error::Code::Conflict, tr("this alarm was already acknowledged by %1 at %2")
                                         .arg(first->by, first->at.toLocalTime().toString(u"HH:mm:ss"_s)));
}

} // namespace rc
