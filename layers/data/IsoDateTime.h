#pragma once

#include <QStringView>
#include <QTimeZone>

#include <optional>

namespace rc {

/// The city's clock: Beijing time, UTC+8 all year. The operations centre reads and shows every time
/// in it, whatever the machine's zone.
inline constexpr qint64 kBeijingOffsetSecs = 8 * 3600;
[[nodiscard]] inline QTimeZone beijingTime()
{
  return QTimeZone(int(kBeijingOffsetSecs));
}

/// UTC milliseconds since the epoch of an ISO 8601 date-time as GeoPackage and OGR write them
/// ("2025-12-01T08:00:00.000Z", with or without seconds and fraction, zone Z or ±hh:mm, none
/// meaning UTC; a date alone is UTC midnight); nullopt when unreadable or not a real date. Read by
/// hand: QDateTime::fromString costs more than everything else a dashboard or a timeline does with
/// a city's million events.
[[nodiscard]] std::optional<qint64> parseIsoDateTimeMs(QStringView text);

} // namespace rc
