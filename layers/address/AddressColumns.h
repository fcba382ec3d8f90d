#pragma once

#include <array>

namespace rc::address_table {

/// The columns of a standard address table (DOMAIN.md), in the order the demo city writes them.
enum Column : int {
  kAddrCode,
  kDistrict,
  kTown,
  kCommunity,
  kRoad,
  kHouseNo,
  kCompound,
  kBuilding,
  kUnit,
  kRoom,
  kFullAddress,
  kGridCode,
  kColumnCount
};

/// Each column's standard name: what the demo city writes, and the heading a reader tries first.
inline constexpr std::array<const char16_t *, kColumnCount> kStandardNames{
    u"addr_code", u"district", u"town", u"community", u"road",         u"house_no",
    u"compound",  u"building", u"unit", u"room",      u"full_address", u"grid_code"};

} // namespace rc::address_table
