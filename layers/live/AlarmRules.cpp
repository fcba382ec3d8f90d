#include "live/AlarmRules.h"

#include <QTimeZone>

namespace rc {

void AlarmRules::judge(const HydroReading &reading, QList<AlarmCondition> &conditions)
{
  const HydroStation *station = m_catalog->station(reading.stcd);
  if (!station)
    return;
  const auto add = [&](AlarmRule rule, AlarmSeverity severity, double value, double threshold) {
    conditions.append({rule, reading.stcd, {}, severity, value > threshold, value, threshold});
  };
  switch (reading.table) {
  case HydroTable::River:
  case HydroTable::Tide: {
    const std::optional<double> level = reading.table == HydroTable::River ? reading.z : reading.tdz;
    if (!level)
      return;
    if (station->wrz)
      add(AlarmRule::AboveWarningLevel, AlarmSeverity::Warning, *level, *station->wrz);
    if (station->grz)
      add(AlarmRule::AboveGuaranteedLevel, AlarmSeverity::Critical, *level, *station->grz);
    return;
  }
  case HydroTable::Reservoir: {
    if (!reading.rz || station->floodLimits.isEmpty())
      return;
    // Season windows are in local dates; out of season the condition ends.
    const QDate date = reading.tm.toTimeZone(QTimeZone(8 * 3600)).date();
    const std::optional<double> limit = station->floodLimitOn(date);
    conditions.append({AlarmRule::AboveFloodLimit,
                       reading.stcd,
                       {},
                       AlarmSeverity::Critical,
                       limit && *reading.rz > *limit,
                       *reading.rz,
                       limit.value_or(0)});
    return;
  }
  case HydroTable::Rainfall: {
    if (!reading.drp)
      return;
    const RainfallAccumulator::Totals totals = m_rainfall.add(reading.stcd, reading.tm, *reading.drp);
    add(AlarmRule::Rainfall1h, AlarmSeverity::Warning, totals.oneHour, m_policy.rainfall1hMm);
    add(AlarmRule::Rainfall3h, AlarmSeverity::Warning, totals.threeHours, m_policy.rainfall3hMm);
    add(AlarmRule::Rainfall24h, AlarmSeverity::Critical, totals.day, m_policy.rainfall24hMm);
    return;
  }
  }
}

void AlarmRules::judge(const PollutantReading &reading, QList<AlarmCondition> &conditions) const
{
  const MonitoringPoint *point = m_catalog->monitoringPoint(reading.mn);
  if (!point)
    return;
  const std::optional<double> value = reading.value();
  if (const auto limit = point->limits.constFind(reading.code); value && limit != point->limits.constEnd()) {
    const bool low = limit->lower && *value < *limit->lower;
    conditions.append({AlarmRule::PollutantOverLimit, reading.mn, reading.code, AlarmSeverity::Warning,
                       limit->exceededBy(*value), *value, low ? *limit->lower : limit->upper.value_or(0)});
  }
  if (reading.flag)
    conditions.append({AlarmRule::PollutantFlaggedOverLimit, reading.mn, reading.code, AlarmSeverity::Warning,
                       *reading.flag == Hj212DataFlag::OverLimit, value.value_or(0), 0});
}

} // namespace rc
