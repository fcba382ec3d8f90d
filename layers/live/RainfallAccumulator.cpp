#include "live/RainfallAccumulator.h"

#include <algorithm>

namespace rc {

namespace {

constexpr qint64 kHourMs = 3600 * 1000;

} // namespace

RainfallAccumulator::Totals RainfallAccumulator::add(const QString &stcd, const QDateTime &tm, double drp)
{
  std::vector<Period> &periods = m_periods[stcd];
  const qint64 end = tm.toMSecsSinceEpoch();
  const auto at = std::lower_bound(periods.begin(), periods.end(), end,
                                   [](const Period &p, qint64 t) { return p.endMs < t; });
  if (at != periods.end() && at->endMs == end)
    at->drp = drp;
  else
    periods.insert(at, {end, drp});

  const qint64 newest = periods.back().endMs;
  const auto keepFrom = std::upper_bound(periods.begin(), periods.end(), newest - 24 * kHourMs,
                                         [](qint64 t, const Period &p) { return t < p.endMs; });
  periods.erase(periods.begin(), keepFrom);

  Totals totals;
  for (const Period &p : periods) {
    const qint64 age = newest - p.endMs;
    if (age < kHourMs)
      totals.oneHour += p.drp;
    if (age < 3 * kHourMs)
      totals.threeHours += p.drp;
    if (age < 24 * kHourMs)
      totals.day += p.drp;
  }
  return totals;
}

} // namespace rc
