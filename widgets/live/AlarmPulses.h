#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace rc {

class LiveModel;
class PulseOverlay;

/// Pulses the map where alarms wait for an acknowledgement: observes the LiveModel's alarms and
/// sites and gives the PulseOverlay one ring per located site, coloured by its worst alarm. Alarm
/// changes are gathered as the alarm table gathers them (shown at most every 100 ms), so a burst
/// is one update. GUI thread; a child of the overlay.
class AlarmPulses : public QObject
{
  Q_OBJECT

public:
  AlarmPulses(const LiveModel *model, PulseOverlay *overlay);

private:
  void update();

  QPointer<const LiveModel> m_model;
  PulseOverlay *m_overlay;
  QTimer m_timer;
};

} // namespace rc
