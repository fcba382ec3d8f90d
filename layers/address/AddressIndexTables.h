#pragma once

// The in-memory side of an opened AddressIndex and the file format they are loaded from.
// Internal to layers/domain/address.

#include "address/AddressIndex.h"

#include <QString>

#include <vector>

namespace rc {

namespace addressindex {

/// Bumped whenever the schema or the normalization rules change: older indexes are rebuilt.
constexpr int kFormatVersion = 2;
constexpr char kFormatName[] = "rongcheng-address-index";

/// A building's rooms usually share one surveyed point; points closer than this (degrees, about
/// a centimetre) are one site.
constexpr double kSiteQuantum = 1e-7;

/// The level marker that ends a house, building, unit or room value ("2号楼" → "2"), removed after
/// normalization so that the index holds the bare numbers the query parser produces.
[[nodiscard]] QString levelValue(QStringView raw);

/// The suffix the common full-address spelling gives building, unit and room
/// ("2号楼1单元701室"); the index stores a full address only where it differs from the place's
/// prefix followed by this.
[[nodiscard]] QString composeSuffix(QStringView building, QStringView unit, QStringView room);

} // namespace addressindex

struct AddressIndex::Tables
{
  /// A door plate: one house number of a road, with the compound behind it. Name ids are -1 when
  /// the level is empty.
  struct Place
  {
    int district = -1;
    int town = -1;
    int community = -1;
    int road = -1;
    int compound = -1;
    QString house;
    double lon = 0;
    double lat = 0;
    int addressCount = 0;
  };
  /// Where a name is on the map: the place nearest the centroid of its places.
  struct NamePoint
  {
    double lon = 0;
    double lat = 0;
    qint64 addressCount = 0;
  };

  std::vector<Place> places;
  std::vector<std::vector<int>> placesOfName; ///< per name id: the places of a community, road or compound
  std::vector<NamePoint> namePoints;          ///< per name id
  std::vector<std::vector<QString>> aliasesOfName;
  /// What the source's full addresses put before the district (福建省福州市), so that results
  /// composed from names read like the source's own.
  QString regionPrefix;
};

} // namespace rc
