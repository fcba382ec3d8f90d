#pragma once

#include "live/Alarm.h"
#include "live/RainfallAccumulator.h"
#include "live/Readings.h"
#include "live/StationCatalog.h"

#include <QList>

#include <chrono>
#include <memory>

namespace rc {

/// The thresholds that do not come from the station data, and the alarm timers.
struct AlarmPolicy
{
  double rainfall1hMm = 30; ///< short-duration heavy rain
  double rainfall3hMm = 50;
  double rainfall24hMm = 100;                ///< 大暴雨
  std::chrono::seconds silentAfter{30 * 60}; ///< SensorSilent when no reading for this long; 0 disables
  std::chrono::seconds escalateWarningAfter{15 * 60}; ///< unacknowledged warnings escalate after this
  std::chrono::seconds escalateCriticalAfter{5 * 60};
};

/// Whether one rule's condition holds for one source after a reading, and by how much.
struct AlarmCondition
{
  AlarmRule rule;
  QString source, parameter;
  AlarmSeverity severity;
  bool active;
  double value, threshold;
};

/// Judges readings against the rules: Z or TDZ against WRZ/GRZ, RZ against FSLTDZ in its season,
/// rainfall totals against the policy, pollutant values against their limits and the T flag.
/// Only the rules a station has thresholds for are judged. Owned by the alarm engine; its thread.
class AlarmRules
{
public:
  AlarmRules(std::shared_ptr<const StationCatalog> catalog, const AlarmPolicy &policy)
      : m_catalog(std::move(catalog)), m_policy(policy)
  {}

  void judge(const HydroReading &reading, QList<AlarmCondition> &conditions);
  void judge(const PollutantReading &reading, QList<AlarmCondition> &conditions) const;

private:
  std::shared_ptr<const StationCatalog> m_catalog;
  AlarmPolicy m_policy;
  RainfallAccumulator m_rainfall;
};

} // namespace rc
