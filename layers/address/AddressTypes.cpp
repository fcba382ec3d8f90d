#include "address/AddressTypes.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace rc {

QString levelKey(AddressLevel level)
{
  switch (level) {
  case AddressLevel::None:
    return u"none"_s;
  case AddressLevel::District:
    return u"district"_s;
  case AddressLevel::Town:
    return u"town"_s;
  case AddressLevel::Community:
    return u"community"_s;
  case AddressLevel::Grid:
    return u"grid"_s;
  case AddressLevel::Road:
    return u"road"_s;
  case AddressLevel::House:
    return u"house_no"_s;
  case AddressLevel::Compound:
    return u"compound"_s;
  case AddressLevel::Building:
    return u"building"_s;
  case AddressLevel::Unit:
    return u"unit"_s;
  case AddressLevel::Room:
    return u"room"_s;
  case AddressLevel::Coordinate:
    return u"coordinate"_s;
  }
  return {};
}

namespace {

QJsonValue rounded(double value, int decimals)
{
  if (!std::isfinite(value))
    return QJsonValue::Null;
  const double scale = std::pow(10.0, decimals);
  return std::round(value * scale) / scale;
}

QJsonValue textOrNull(const QString &text)
{
  return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject toJson(const GeocodeResult &r)
{
  QJsonObject o{{u"addr_code"_s, textOrNull(r.addrCode)},
                {u"full_address"_s, r.fullAddress},
                {u"lon"_s, rounded(r.lon, 7)},
                {u"lat"_s, rounded(r.lat, 7)},
                {u"score"_s, rounded(r.score, 3)},
                {u"matched_level"_s, levelKey(r.matchedLevel)},
                {u"exact"_s, r.exact},
                {u"address_count"_s, r.addressCount}};
  if (!r.gridCode.isEmpty())
    o.insert(u"grid_code"_s, r.gridCode);
  if (!r.community.isEmpty()) {
    o.insert(u"community"_s, r.community);
    o.insert(u"community_code"_s, textOrNull(r.communityCode));
  }
  if (std::isfinite(r.distanceMetres))
    o.insert(u"distance_m"_s, rounded(r.distanceMetres, 1));
  return o;
}

} // namespace rc
