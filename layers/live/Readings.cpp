#include "live/Readings.h"

using namespace Qt::StringLiterals;

namespace rc {

QString sl323TableName(HydroTable table)
{
  switch (table) {
  case HydroTable::River:
    return u"ST_RIVER_R"_s;
  case HydroTable::Reservoir:
    return u"ST_RSVR_R"_s;
  case HydroTable::Rainfall:
    return u"ST_PPTN_R"_s;
  case HydroTable::Tide:
    return u"ST_TIDE_R"_s;
  }
  return {};
}

std::optional<HydroTable> sl323Table(QStringView name)
{
  for (const HydroTable table :
       {HydroTable::River, HydroTable::Reservoir, HydroTable::Rainfall, HydroTable::Tide})
    if (name.compare(sl323TableName(table), Qt::CaseInsensitive) == 0)
      return table;
  return std::nullopt;
}

} // namespace rc
