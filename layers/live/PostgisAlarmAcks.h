#pragma once

#include "postgis/PostgisStatement.h"

#include <QCoreApplication>
#include <QDateTime>

#include <memory>
#include <optional>

namespace rc {

/// One acknowledgement of an alarm as all seats see it.
struct SharedAcknowledgement
{
  qint64 id = 0;      ///< the row, named by the notification "ack:<id>:1"
  QString alarmKey;   ///< Alarm::key(): the condition (rule, source, pollutant), the same on every seat
  QDateTime raisedAt; ///< when the acknowledging seat raised it
  QString by;
  QDateTime at;
  QString note;
};

/// Alarm acknowledgements shared by the seats of one PostGIS database (rc_ops.alarm_acks, made by
/// OpsSchema::create). Every seat runs its own alarm engine over the same feeds and
/// raises the same alarm a few milliseconds apart, so an alarm is named by its condition
/// (Alarm::key()) and an acknowledgement covers the alarm of that condition raised up to
/// kSameAlarmSeconds after it on any seat. The first acknowledgement wins: a second seat is told
/// who acknowledged and when, nothing is overwritten. Each one commits with NOTIFY rc_ops
/// 'ack:<id>:1'.
///
/// Owns its session; lives on the thread that opened it. Throws Error: Storage,
/// PermissionDenied (a read-only role), Conflict (already acknowledged).
class PostgisAlarmAcks
{
  Q_DECLARE_TR_FUNCTIONS(rc::PostgisAlarmAcks)

public:
  /// How far apart two seats may raise the same alarm (they hear the same reading).
  static constexpr int kSameAlarmSeconds = 60;

  explicit PostgisAlarmAcks(const QString &source);
  ~PostgisAlarmAcks();

  /// Records the acknowledgement of the alarm of `alarmKey` this seat raised at `raisedAt`;
  /// Conflict naming the first one when another seat acknowledged that alarm already.
  SharedAcknowledgement acknowledge(const QString &alarmKey, const QDateTime &raisedAt, const QString &by,
                                    const QString &note, const QDateTime &at = {});
  /// The acknowledgement covering the alarm of `alarmKey` raised at `raisedAt`, if any.
  [[nodiscard]] std::optional<SharedAcknowledgement> find(const QString &alarmKey,
                                                          const QDateTime &raisedAt) const;
  [[nodiscard]] std::optional<SharedAcknowledgement> byId(qint64 id) const;
  /// Acknowledgements made at or after `since`: what a seat missed while its listener was away.
  [[nodiscard]] QList<SharedAcknowledgement> since(const QDateTime &since) const;

private:
  [[nodiscard]] QList<SharedAcknowledgement> select(const char *where, const QList<QByteArray> &values) const;
  [[noreturn]] void fail(const PostgisError &error) const;

  std::unique_ptr<PostgisSession> m_session;
  std::unique_ptr<PostgisStatements> m_statements;
};

} // namespace rc
