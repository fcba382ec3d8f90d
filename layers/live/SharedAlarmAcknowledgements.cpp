#include "live/SharedAlarmAcknowledgements.h"

#include "base/Error.h"
#include "live/AlarmEngine.h"
#include "live/PostgisAlarmAcks.h"
#include "postgis/OpsSchema.h"
#include "postgis/PostgisChangeFeed.h"

namespace rc {

SharedAlarmAcknowledgements::SharedAlarmAcknowledgements(const QString &source, AlarmEngine &engine,
                                                         QObject *parent)
    : QObject(parent), m_source(source), m_engine(engine),
      m_feed(new PostgisChangeFeed(source, QString::fromLatin1(OpsSchema::kChannel), this)),
      m_lastSeen(QDateTime::currentDateTimeUtc().addSecs(-PostgisAlarmAcks::kSameAlarmSeconds))
{
  connect(m_feed, &PostgisChangeFeed::notified, this,
          [this](const QString &kind, qint64 id, qint64) { onNotified(kind, id); });
  // On the first connection too: alarms restored from an earlier run may have been acknowledged
  // elsewhere meanwhile.
  connect(m_feed, &PostgisChangeFeed::listening, this, &SharedAlarmAcknowledgements::catchUp);
}

SharedAlarmAcknowledgements::~SharedAlarmAcknowledgements() = default;

PostgisAlarmAcks &SharedAlarmAcknowledgements::acks()
{
  if (!m_acks)
    m_acks = std::make_unique<PostgisAlarmAcks>(m_source);
  return *m_acks;
}

QString SharedAlarmAcknowledgements::acknowledge(qint64 alarmId, const QString &by, const QString &note,
                                                 const QDateTime &at)
{
  const std::optional<Alarm> alarm = m_engine.store().alarm(alarmId);
  if (!alarm || alarm->state != AlarmState::Raised)
    return tr("alarm %1 is no longer waiting for an acknowledgement").arg(alarmId);
  try {
    acks().acknowledge(alarm->key(), alarm->raisedAt, by, note, at);
  } catch (const Error &e) {
    if (e.code() == Error::Code::Conflict)
      showFirstAcknowledgement(alarm->key(), alarm->raisedAt);
    else if (e.code() == Error::Code::Storage)
      m_acks.reset(); // opened again at the next request
    return e.message();
  }
  if (!m_engine.acknowledge(alarmId, by, note, at))
    return tr("alarm %1 is acknowledged for the other seats, but this seat's alarm database refused the "
              "write")
        .arg(alarmId);
  return {};
}

void SharedAlarmAcknowledgements::showFirstAcknowledgement(const QString &alarmKey, const QDateTime &raisedAt)
{
  try {
    if (const std::optional<SharedAcknowledgement> first = acks().find(alarmKey, raisedAt))
      applyFromOtherSeat(*first);
  } catch (const Error &) {
    m_acks.reset(); // the notification of the first acknowledgement, or the catch-up, shows it later
  }
}

void SharedAlarmAcknowledgements::applyFromOtherSeat(const SharedAcknowledgement &ack)
{
  m_lastSeen = std::max(m_lastSeen, ack.at);
  const std::optional<AlarmRule> rule = alarmRule(ack.alarmKey.section(u'|', 0, 0));
  if (!rule)
    return;
  const Alarm *open =
      m_engine.openAlarm(*rule, ack.alarmKey.section(u'|', 1, 1), ack.alarmKey.section(u'|', 2));
  // This seat's alarm of that condition, unless it was raised well after the acknowledgement
  // (then it is a new occurrence) or is acknowledged already (this seat's own, echoed back).
  if (open && open->state == AlarmState::Raised &&
      open->raisedAt <= ack.at.addSecs(PostgisAlarmAcks::kSameAlarmSeconds))
    m_engine.acknowledge(open->id, ack.by, ack.note, ack.at);
}

void SharedAlarmAcknowledgements::onNotified(const QString &kind, qint64 id)
{
  if (kind != u"ack")
    return;
  try {
    if (const std::optional<SharedAcknowledgement> ack = acks().byId(id))
      applyFromOtherSeat(*ack);
  } catch (const Error &) {
    m_acks.reset(); // the listener's reconnection catches up
  }
}

void SharedAlarmAcknowledgements::catchUp()
{
  try {
    for (const SharedAcknowledgement &ack :
         acks().since(m_lastSeen.addSecs(-PostgisAlarmAcks::kSameAlarmSeconds)))
      applyFromOtherSeat(ack);
  } catch (const Error &) {
    m_acks.reset();
  }
}

} // namespace rc
