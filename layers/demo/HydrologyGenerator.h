#pragma once

#include "demo/Sampling.h"
#include "geo/Geos.h"

#include <QString>

#include <vector>

namespace rc::demo {

class AdministrativeDivisions;
class Basemap;
class GpkgWriter;
class ProgressReporter;
struct SeedTables;

/// Hydrology after SL 323: the station register hydro_stations (ST_STBPRP_B fields) with river
/// stations snapped onto the Min River and the Dazhang River, Xiyuan reservoir, one rain gauge per
/// town, three tide stations on the shore and nine buoys at sea; warning levels (st_rvfcch_b,
/// st_rsvrfsr_b); and 30 days of hourly history (st_river_r, st_rsvr_r, st_pptn_r, st_tide_r) in
/// which a typhoon drives several river stations over their warning level, one over its
/// guaranteed level and the reservoir over its flood-season limit. Generator thread.
class HydrologyGenerator
{
public:
  HydrologyGenerator(const GeosContext &geos, const Basemap &basemap,
                     const AdministrativeDivisions &divisions, const SeedTables &tables)
      : m_geos(geos), m_basemap(basemap), m_divisions(divisions), m_tables(tables)
  {}

  void write(GpkgWriter &writer, quint64 seed, ProgressReporter &progress) const;

private:
  struct Station
  {
    QString stcd, stnm, sttp, kind, rvnm;
    Point point;
    int district = 0;
    int river = -1; ///< index into SeedTables::riverStations
  };
  [[nodiscard]] std::vector<Station> stations() const;
  [[nodiscard]] Point onShore(Point target) const;
  [[nodiscard]] Point atSea(Point target) const;

  const GeosContext &m_geos;
  const Basemap &m_basemap;
  const AdministrativeDivisions &m_divisions;
  const SeedTables &m_tables;
};

} // namespace rc::demo
