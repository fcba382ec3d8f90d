#include "live/SharedAlarmPublisher.h"

#include "base/Error.h"
#include "live/AlarmEngine.h"
#include "live/PostgisAlarms.h"

#include <QLoggingCategory>

namespace rc {

namespace {

Q_LOGGING_CATEGORY(lcSharedAlarms, "rc.live.sharedalarms")

constexpr int kRetryMs = 5000;

} // namespace

SharedAlarmPublisher::SharedAlarmPublisher(const QString &source, AlarmEngine &engine, QObject *parent)
    : QObject(parent), m_source(source)
{
  m_retry.setInterval(kRetryMs);
  m_retry.setSingleShot(true);
  connect(&m_retry, &QTimer::timeout, this, &SharedAlarmPublisher::flush);
  connect(&engine, &AlarmEngine::alarmRaised, this, &SharedAlarmPublisher::enqueue);
  connect(&engine, &AlarmEngine::alarmChanged, this, &SharedAlarmPublisher::enqueue);
  // Raised or changed while this seat was not publishing (the server away, an earlier run).
  for (const Alarm &alarm : engine.openAlarms())
    m_unpublished.insert(alarm.id, alarm);
  flush();
}

SharedAlarmPublisher::~SharedAlarmPublisher()
{
  if (!m_unpublished.isEmpty())
    qCWarning(lcSharedAlarms)
        << m_unpublished.size()
        << "alarm changes did not reach the shared database; this seat's own alarm database"
           " holds them";
}

void SharedAlarmPublisher::enqueue(const Alarm &alarm)
{
  m_unpublished.insert(alarm.id, alarm);
  if (!m_retry.isActive())
    flush();
}

void SharedAlarmPublisher::flush()
{
  try {
    if (!m_alarms)
      m_alarms = std::make_unique<PostgisAlarms>(m_source);
    while (!m_unpublished.isEmpty()) {
      m_alarms->publish(m_unpublished.first());
      m_unpublished.erase(m_unpublished.begin());
    }
  } catch (const Error &e) {
    qCWarning(lcSharedAlarms).noquote() << e.message();
    if (e.code() == Error::Code::PermissionDenied) {
      m_unpublished.clear(); // a read-only role never will; this seat's own database holds them
      return;
    }
    m_alarms.reset(); // opened again at the next try
    m_retry.start();
  }
}

} // namespace rc
