#include "live/SharedAlarmBoard.h"

#include "base/Error.h"
#include "live/PostgisAlarmAcks.h"
#include "live/PostgisAlarms.h"
#include "postgis/OpsSchema.h"
#include "postgis/PostgisChangeFeed.h"

namespace rc {

SharedAlarmBoard::SharedAlarmBoard(const QString &source, QObject *parent)
    : QObject(parent), m_source(source),
      m_feed(new PostgisChangeFeed(source, QString::fromLatin1(OpsSchema::kChannel), this))
{
  connect(m_feed, &PostgisChangeFeed::notified, this,
          [this](const QString &kind, qint64 id, qint64) { onNotified(kind, id); });
  connect(m_feed, &PostgisChangeFeed::listening, this, &SharedAlarmBoard::reload);
}

SharedAlarmBoard::~SharedAlarmBoard() = default;

PostgisAlarms &SharedAlarmBoard::alarms()
{
  if (!m_alarms)
    m_alarms = std::make_unique<PostgisAlarms>(m_source);
  return *m_alarms;
}

void SharedAlarmBoard::reload()
{
  try {
    const QList<Alarm> shown = alarms().recent(QDateTime::currentDateTimeUtc().addDays(-1), 2000);
    m_shown.clear();
    for (const Alarm &alarm : shown)
      m_shown.insert(alarm.id);
    emit alarmsReplaced(shown);
  } catch (const Error &e) {
    m_alarms.reset();
    emit failed(e.message());
  }
}

void SharedAlarmBoard::onNotified(const QString &kind, qint64 id)
{
  if (kind != u"alarm")
    return;
  try {
    const std::optional<Alarm> alarm = alarms().byId(id);
    if (!alarm)
      return;
    if (m_shown.contains(id)) {
      emit alarmChanged(*alarm);
    } else {
      m_shown.insert(id);
      emit alarmRaised(*alarm);
    }
  } catch (const Error &e) {
    m_alarms.reset(); // the listener's reconnection reloads
    emit failed(e.message());
  }
}

QString SharedAlarmBoard::acknowledge(qint64 alarmId, const QString &by, const QString &note,
                                      const QDateTime &at)
{
  try {
    const std::optional<Alarm> alarm = alarms().byId(alarmId);
    if (!alarm || alarm->state != AlarmState::Raised)
      return tr("alarm %1 is no longer waiting for an acknowledgement").arg(alarmId);
    if (!m_acks)
      m_acks = std::make_unique<PostgisAlarmAcks>(m_source);
    try {
      m_acks->acknowledge(alarm->key(), alarm->raisedAt, by, note, at);
    } catch (const Error &e) {
      if (e.code() != Error::Code::Conflict)
        throw;
      // Another seat was first: its engine marks the row as it applies that acknowledgement.
      return e.message();
    }
    alarms().acknowledge(alarmId, by, note, at);
    return {};
  } catch (const Error &e) {
    if (e.code() == Error::Code::Storage) {
      m_alarms.reset();
      m_acks.reset();
    }
    return e.message();
  }
}

} // namespace rc
