#pragma once

#include <QtGlobal>

namespace rc::demo {

/// The fixed calendar of the demo city (never "now", so the same seed gives the same data on any
/// day): a year of events and a 30-day hydrological record with a typhoon in it. Times are kept
/// as UTC seconds since the epoch; Fuzhou is UTC+8 all year.
namespace clock {

inline constexpr qint64 kBeijingOffset = 8 * 3600;

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
[[nodiscard]] inline constexpr qint64 daysFromCivil(int year, int month, int day)
{
  year -= month <= 2;
  const qint64 era = (year >= 0 ? year : year - 399) / 400;
  const qint64 yearOfEra = year - era * 400;
  const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/// UTC seconds of a Beijing local date and hour.
[[nodiscard]] inline constexpr qint64 beijing(int year, int month, int day, int hour = 0)
{
  return daysFromCivil(year, month, day) * 86400 + hour * 3600 - kBeijingOffset;
}

/// The events cover 2025-12-01 00:00 to 2026-12-01 00:00 Beijing time.
inline constexpr qint64 kEventYearStart = beijing(2025, 12, 1);
inline constexpr int kEventYearDays = 365;
/// The hydrological record: 720 hours from 2026-08-01 00:00 Beijing time.
inline constexpr qint64 kHydroStart = beijing(2026, 8, 1);
inline constexpr int kHydroHours = 30 * 24;
/// The typhoon's closest approach (rain peak on the coast): 2026-08-20 14:00 Beijing time, as an
/// hour of the hydrological record.
inline constexpr int kTyphoonHour = 19 * 24 + 14;

} // namespace clock

} // namespace rc::demo
