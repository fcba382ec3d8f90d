#include "live/AlarmPulses.h"

#include "live/LiveModel.h"
#include "map/PulseOverlay.h"

#include <QHash>

namespace rc {

AlarmPulses::AlarmPulses(const LiveModel *model, PulseOverlay *overlay)
    : QObject(overlay), m_model(model), m_overlay(overlay)
{
  m_timer.setSingleShot(true);
  m_timer.setInterval(std::chrono::milliseconds(100));
  connect(&m_timer, &QTimer::timeout, this, &AlarmPulses::update);
  const auto later = [this] {
    if (!m_timer.isActive())
      m_timer.start();
  };
  connect(model, &LiveModel::alarmRaised, this, later);
  connect(model, &LiveModel::alarmChanged, this, later);
  connect(model, &LiveModel::alarmsReplaced, this, &AlarmPulses::update);
  connect(model, &LiveModel::sitesChanged, this, &AlarmPulses::update);
  update();
}

void AlarmPulses::update()
{
  m_timer.stop();
  if (!m_model)
    return;
  QHash<QString, PulseMarker> bySource;
  for (const Alarm &alarm : m_model->alarms()) {
    if (alarm.state != AlarmState::Raised)
      continue;
    const AlarmSite site = m_model->site(alarm.source);
    if (!site.located)
      continue;
    const bool critical = alarm.severity == AlarmSeverity::Critical;
    auto known = bySource.find(alarm.source);
    if (known == bySource.end())
      known = bySource.insert(alarm.source, {site.mapPoint, QColor()});
    // The worst alarm of a site gives its colour.
    if (critical || !known->color.isValid())
      known->color = critical ? QColor(0xD5, 0x00, 0x00) : QColor(0xFF, 0x8F, 0x00);
  }
  m_overlay->setMarkers(bySource.values());
}

} // namespace rc
