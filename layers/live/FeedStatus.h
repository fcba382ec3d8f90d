#pragma once

#include "live/Hj212Parser.h"

#include <QDateTime>
#include <QMap>
#include <QString>

namespace rc {

/// Why a feed turned a message or a reading away. Counted per feed; names are stable.
enum class FeedRejection {
  BadCrc,
  WrongLength,
  Truncated,
  Oversized,
  BadField,
  WrongPassword,
  UnknownMn,
  MalformedJson,
  UnknownStation,
  FutureTime,
  NotANumber,
  IncompleteUpload,
};

[[nodiscard]] QString feedRejectionName(FeedRejection rejection);
/// The feed reason of a rejected HJ 212 frame; Hj212Rejection::None has none.
[[nodiscard]] FeedRejection feedRejection(Hj212Rejection rejection);

/// A feed's health as the status bar and the feeds panel show it. A plain value.
struct FeedStatus
{
  enum class State { Stopped, Connecting, Connected, Reconnecting, Listening };

  QString name;
  State state = State::Stopped;
  qint64 messages = 0; ///< messages or frames received
  qint64 accepted = 0; ///< readings accepted
  QMap<FeedRejection, qint64> rejected;
  int reconnects = 0;
  qint64 connectionsDropped = 0; ///< peers a server refused or cut off (caps, floods, silence)
  QDateTime lastReadingAt;
  QString lastError;

  [[nodiscard]] qint64 rejectedTotal() const;
};

[[nodiscard]] QString feedStateName(FeedStatus::State state);

/// Counts what a feed accepts and rejects, and logs each rejection with its reason (rate-limited
/// per reason, so a flood of bad frames does not flood the log). Owned by one feed; its thread.
class FeedCounter
{
public:
  explicit FeedCounter(const QString &feedName) { m_status.name = feedName; }

  void received() { ++m_status.messages; }
  void accepted(qint64 readings, const QDateTime &at);
  void rejected(FeedRejection reason, const QString &detail);
  void setState(FeedStatus::State state, const QString &error = {});
  void reconnected() { ++m_status.reconnects; }
  /// A peer the feed refused or cut off; logged as rejections are, rate-limited.
  void droppedConnection(const QString &why);

  [[nodiscard]] const FeedStatus &status() const { return m_status; }

private:
  FeedStatus m_status;
};

} // namespace rc
