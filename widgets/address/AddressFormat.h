#pragma once

#include "address/AddressTypes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rc {

/// How the window writes standard addresses and their levels for people: the level names, a
/// result's own part ("锦安广场 2号楼1单元701室") and the levels above it as a breadcrumb
/// ("鼓楼区 › 鼓东街道 › 湖阳社区 › 宁庭街56号"), distances. Shared by the search box, the hierarchy
/// browser and the reverse-geocoding tool. Stateless.
class AddressFormat
{
  Q_DECLARE_TR_FUNCTIONS(rc::AddressFormat)

public:
  /// "District", "Community", "Room" ..., translated.
  [[nodiscard]] static QString levelName(AddressLevel level);
  /// "2号楼1单元701室" for bare building, unit and room values.
  [[nodiscard]] static QString suffix(const QString &building, const QString &unit, const QString &room);
  /// The levels of a result from the district down, as the standard address spells each one.
  [[nodiscard]] static QStringList levels(const GeocodeResult &result);
  /// The finest part of a result: what a row shows in bold.
  [[nodiscard]] static QString title(const GeocodeResult &result);
  /// The coarser levels, joined by " › ".
  [[nodiscard]] static QString breadcrumb(const GeocodeResult &result);
  /// The whole address without the province and city, on one line.
  [[nodiscard]] static QString shortAddress(const GeocodeResult &result);
  /// "35 m", "1.2 km".
  [[nodiscard]] static QString distance(double metres);
  /// "119.300000, 26.080000".
  [[nodiscard]] static QString lonLat(double lon, double lat);
};

} // namespace rc
