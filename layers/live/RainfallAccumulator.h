#pragma once

#include <QDateTime>
#include <QHash>

#include <vector>

namespace rc {

/// Rainfall totals per station over the last 1, 3 and 24 hours, summed from ST_PPTN_R periods
/// (DRP = rain in the period ending at TM). Keeps 24 hours per station. Owned by the alarm rules;
/// touched by their thread only.
class RainfallAccumulator
{
public:
  struct Totals
  {
    double oneHour = 0, threeHours = 0, day = 0;
  };

  /// Adds a period (a repeated TM replaces the earlier value) and returns the totals of the windows
  /// ending at the station's newest period, so a late period raises the current totals.
  Totals add(const QString &stcd, const QDateTime &tm, double drp);

private:
  struct Period
  {
    qint64 endMs;
    double drp;
  };
  QHash<QString, std::vector<Period>> m_periods; ///< by STCD, sorted by end
};

} // namespace rc
