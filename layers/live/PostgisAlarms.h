#pragma once

#include "live/Alarm.h"
#include "postgis/PostgisStatement.h"

#include <QCoreApplication>
#include <QDateTime>

#include <memory>
#include <optional>

namespace rc {

/// The alarms themselves, shared by the seats of one PostGIS database (rc_ops.alarms, made by
/// OpsSchema::create), so a seat without feeds of its own sees them. Every seat with
/// feeds publishes its engine's alarms; seats hearing the same reading raise the same alarm a few
/// milliseconds apart, so one row stands for the alarm of a condition (Alarm::key()) that is open,
/// or that was cleared and raised within kSameRaiseSeconds of it: the second seat's raise lands on
/// the first seat's row, while the condition coming back after a clear is a new alarm. A published change
/// never reopens a cleared row nor takes back an acknowledgement a slower seat has not applied yet. Each
/// change commits with NOTIFY rc_ops 'alarm:<id>:<version>'. Alarm::id of what it returns is the row's id,
/// not a seat's.
///
/// Owns its session; lives on the thread that opened it. Throws Error: Storage,
/// PermissionDenied (a read-only role), Conflict (acknowledging an alarm no longer raised).
class PostgisAlarms
{
  Q_DECLARE_TR_FUNCTIONS(rc::PostgisAlarms)

public:
  /// How far apart seats on the same feed may raise the same alarm: they hear the same reading.
  static constexpr int kSameRaiseSeconds = 10;

  explicit PostgisAlarms(const QString &source);
  ~PostgisAlarms();

  /// Records this seat's alarm, new or changed; the id of the row that stands for it.
  qint64 publish(const Alarm &alarm);
  /// Acknowledges row `id` for a seat that only watches (the feed seats follow through
  /// PostgisAlarmAcks); cleared at once when its condition already ended. The row as it is now.
  Alarm acknowledge(qint64 id, const QString &by, const QString &note, const QDateTime &at);
  [[nodiscard]] std::optional<Alarm> byId(qint64 id) const;
  /// The open alarms and those cleared at or after `clearedSince`, newest first, at most `limit`.
  [[nodiscard]] QList<Alarm> recent(const QDateTime &clearedSince, int limit) const;

private:
  [[nodiscard]] QList<Alarm> select(const QByteArray &where, const QList<QByteArray> &values) const;
  void notify(qint64 id, qint64 version);
  [[noreturn]] void fail(const PostgisError &error) const;

  std::unique_ptr<PostgisSession> m_session;
  std::unique_ptr<PostgisStatements> m_statements;
};

} // namespace rc
