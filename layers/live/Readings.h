#pragma once

#include "live/Hj212Frame.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace rc {

/// The SL 323 table a hydrological reading belongs in.
enum class HydroTable { River, Reservoir, Rainfall, Tide };

/// "ST_RIVER_R", "ST_RSVR_R", "ST_PPTN_R", "ST_TIDE_R".
[[nodiscard]] QString sl323TableName(HydroTable table);
[[nodiscard]] std::optional<HydroTable> sl323Table(QStringView name);

/// One row of an SL 323 real-time table; only the columns of `table` are meaningful. A plain value.
struct HydroReading
{
  HydroTable table = HydroTable::River;
  QString stcd;
  QDateTime tm;
  std::optional<double> z, q;            ///< ST_RIVER_R: level m, flow m³/s
  QString wptn;                          ///< ST_RIVER_R: trend
  std::optional<double> rz, inq, otq, w; ///< ST_RSVR_R: level, inflow, outflow, storage
  std::optional<double> drp, intv, dyp;  ///< ST_PPTN_R: period rain mm, period h, daily rain mm
  std::optional<double> tdz, airp;       ///< ST_TIDE_R: tide level, air pressure
  QString hltdmk;                        ///< ST_TIDE_R: high/low tide mark
};

/// One pollutant value from an HJ 212 upload (real-time Rtd or a Min/Avg/Max/Cou aggregate).
struct PollutantReading
{
  QString mn;
  QString code; ///< 2017 code
  int cn = hj212::cn::kRealTimeData;
  QDateTime tm;
  std::optional<double> rtd, min, avg, max, cou;
  std::optional<Hj212DataFlag> flag;

  /// The value alarms judge: Rtd for real-time data, Avg for aggregates.
  [[nodiscard]] std::optional<double> value() const { return rtd ? rtd : avg; }
};

/// Readings that travel together from a feed to the store and the alarm engine.
struct ReadingBatch
{
  std::vector<HydroReading> hydro;
  std::vector<PollutantReading> pollutants;

  [[nodiscard]] bool empty() const { return hydro.empty() && pollutants.empty(); }
  [[nodiscard]] std::size_t size() const { return hydro.size() + pollutants.size(); }
};

} // namespace rc
