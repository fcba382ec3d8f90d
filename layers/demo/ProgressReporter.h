#pragma once

#include "demo/DemoCityGenerator.h"

#include <atomic>

namespace rc::demo {

/// Turns each stage's own progress into the run's overall fraction, reports it to the caller's
/// callback when it has moved enough to be worth a repaint, and polls the cancel flag. One per
/// run, on the generator's thread; stages receive it by reference.
class ProgressReporter
{
public:
  ProgressReporter(const DemoProgress &callback, const std::atomic_bool *cancel)
      : m_callback(callback), m_cancel(cancel)
  {}

  /// Starts a stage that covers [start, end) of the whole run.
  void beginStage(const QString &name, double start, double end)
  {
    m_stage = name;
    m_start = start;
    m_end = end;
    m_lastReported = -1;
    update(0);
  }

  /// The running stage is `fraction` done. Throws DemoDataError(Cancelled) when cancelled.
  void update(double fraction)
  {
    checkCancel();
    const double overall = m_start + (m_end - m_start) * std::clamp(fraction, 0.0, 1.0);
    if (m_callback && (overall - m_lastReported >= 0.005 || fraction <= 0)) {
      m_lastReported = overall;
      m_callback(overall, m_stage);
    }
  }

  void checkCancel() const
  {
    if (m_cancel && m_cancel->load(std::memory_order_relaxed))
      throw DemoDataError(DemoDataError::Reason::Cancelled,
                          DemoCityGenerator::tr("demo data generation cancelled"));
  }

private:
  DemoProgress m_callback;
  const std::atomic_bool *m_cancel;
  QString m_stage;
  double m_start = 0, m_end = 0, m_lastReported = -1;
};

} // namespace rc::demo
