#include "live/FeedStatus.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

Q_LOGGING_CATEGORY(lcFeed, "rc.live.feed")

/// The 1st, 10th, 100th, ... of a kind is logged: enough to see a fault, never a flood.
bool isPowerOfTen(qint64 count)
{
  qint64 power = 1;
  while (power * 10 <= count)
    power *= 10;
  return count == power;
}

} // namespace

QString feedRejectionName(FeedRejection rejection)
{
  switch (rejection) {
  case FeedRejection::BadCrc:
    return u"bad-crc"_s;
  case FeedRejection::WrongLength:
    return u"wrong-length"_s;
  case FeedRejection::Truncated:
    return u"truncated"_s;
  case FeedRejection::Oversized:
    return u"oversized"_s;
  case FeedRejection::BadField:
    return u"bad-field"_s;
  case FeedRejection::WrongPassword:
    return u"wrong-password"_s;
  case FeedRejection::UnknownMn:
    return u"unknown-mn"_s;
  case FeedRejection::MalformedJson:
    return u"malformed-json"_s;
  case FeedRejection::UnknownStation:
    return u"unknown-station"_s;
  case FeedRejection::FutureTime:
    return u"future-time"_s;
  case FeedRejection::NotANumber:
    return u"not-a-number"_s;
  case FeedRejection::IncompleteUpload:
    return u"incomplete-upload"_s;
  }
  return {};
}

FeedRejection feedRejection(Hj212Rejection rejection)
{
  switch (rejection) {
  case Hj212Rejection::BadCrc:
    return FeedRejection::BadCrc;
  case Hj212Rejection::WrongLength:
    return FeedRejection::WrongLength;
  case Hj212Rejection::Truncated:
    return FeedRejection::Truncated;
  case Hj212Rejection::Oversized:
    return FeedRejection::Oversized;
  case Hj212Rejection::WrongPassword:
    return FeedRejection::WrongPassword;
  case Hj212Rejection::UnknownMn:
    return FeedRejection::UnknownMn;
  case Hj212Rejection::None:
  case Hj212Rejection::BadField:
    break;
  }
  return FeedRejection::BadField;
}

qint64 FeedStatus::rejectedTotal() const
{
  qint64 total = 0;
  for (const qint64 count : rejected)
    total += count;
  return total;
}

QString feedStateName(FeedStatus::State state)
{
  switch (state) {
  case FeedStatus::State::Stopped:
    return u"stopped"_s;
  case FeedStatus::State::Connecting:
    return u"connecting"_s;
  case FeedStatus::State::Connected:
    return u"connected"_s;
  case FeedStatus::State::Reconnecting:
    return u"reconnecting"_s;
  case FeedStatus::State::Listening:
    return u"listening"_s;
  }
  return {};
}

void FeedCounter::accepted(qint64 readings, const QDateTime &at)
{
  m_status.accepted += readings;
  if (readings > 0)
    m_status.lastReadingAt = at;
}

void FeedCounter::rejected(FeedRejection reason, const QString &detail)
{
  const qint64 count = ++m_status.rejected[reason];
  if (isPowerOfTen(count))
    qCWarning(lcFeed).noquote() << m_status.name << feedRejectionName(reason) << u"(#%1):"_s.arg(count)
                                << detail;
}

void FeedCounter::droppedConnection(const QString &why)
{
  const qint64 count = ++m_status.connectionsDropped;
  if (isPowerOfTen(count))
    qCWarning(lcFeed).noquote() << m_status.name << u"dropped a connection (#%1):"_s.arg(count) << why;
}

void FeedCounter::setState(FeedStatus::State state, const QString &error)
{
  if (state != m_status.state)
    qCInfo(lcFeed).noquote() << m_status.name << feedStateName(state) << error;
  m_status.state = state;
  if (!error.isEmpty())
    m_status.lastError = error;
}

} // namespace rc
