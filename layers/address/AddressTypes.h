#pragma once

#include "base/Error.h"

#include <QJsonObject>
#include <QString>

#include <limits>

namespace rc {

/// The levels of a standard address (GB/T 39609 lineage, DOMAIN.md), coarse to fine, plus the
/// two ways a query can name a place without an address: a grid code and a coordinate.
enum class AddressLevel : quint8 {
  None,
  District,
  Town,
  Community,
  Grid,
  Road,
  House,
  Compound,
  Building,
  Unit,
  Room,
  Coordinate
};

/// The machine name of a level, as written in JSON and CSV output ("district" ... "room").
[[nodiscard]] QString levelKey(AddressLevel level);

/// One standard address as a source layer holds it, point in CGCS2000 longitude/latitude.
struct StandardAddress
{
  qint64 fid = -1;
  QString addrCode;
  QString district;
  QString town;
  QString community;
  QString road;
  QString houseNo;
  QString compound;
  QString building;
  QString unit;
  QString room;
  QString fullAddress;
  QString gridCode;
  double lon = std::numeric_limits<double>::quiet_NaN();
  double lat = std::numeric_limits<double>::quiet_NaN();
};

/// One answer of the geocoder or the reverse geocoder. A result stands either for one standard
/// address (addressCount 1, addrCode set) or for a group of them at a coarser level (a building, a
/// compound, a road, a community: addrCode empty, lon/lat a representative point of the group).
struct GeocodeResult
{
  QString addrCode;
  QString fullAddress;
  QString district;
  QString town;
  QString community;
  QString communityCode;
  QString road;
  QString houseNo;
  QString compound;
  QString building;
  QString unit;
  QString room;
  QString gridCode;
  double lon = std::numeric_limits<double>::quiet_NaN();
  double lat = std::numeric_limits<double>::quiet_NaN();
  /// 0–1: the share of the query this result explains, lowered for fuzzy and partial matches.
  double score = 0;
  /// The finest level the query and the result agree on.
  AddressLevel matchedLevel = AddressLevel::None;
  /// Every part of the query matched a level exactly (no typo, alias or prefix needed).
  bool exact = false;
  /// Standard addresses the result covers.
  qint64 addressCount = 0;
  /// For reverse geocoding and coordinate queries: metres from the point to this address.
  double distanceMetres = std::numeric_limits<double>::quiet_NaN();
};

/// A result as one JSON object, for the command line and exports: addr_code (null for a group),
/// full_address, lon, lat, score, matched_level, exact, address_count, and where known grid_code,
/// community, community_code and distance_m. Nothing beyond the address itself.
[[nodiscard]] QJsonObject toJson(const GeocodeResult &result);

/// A failure of the address index: the source cannot be read, the index cannot be written or is
/// not one of ours, or a build was cancelled (code Data). what() is a translated UTF-8 sentence.
class AddressIndexError : public Error
{
public:
  enum class Reason { Source, Index, Cancelled };
  AddressIndexError(Reason reason, const QString &message) : Error(Code::Data, message), m_reason(reason) {}
  [[nodiscard]] Reason reason() const { return m_reason; }

private:
  Reason m_reason;
};

} // namespace rc
