#pragma once

#include "geo/Geos.h"

#include <vector>

namespace rc::demo {

class AdministrativeDivisions;
class GpkgWriter;
class GridTiler;
class NameMaker;
class ProgressReporter;
class UrbanDensity;
struct SeedTables;

/// A year (2025-12-01 to 2026-11-30) of city-management events from the 12345 hotline, grid staff
/// and sensors, classed after GB/T 30428.2, each in a grid and at a step of the seven-step case
/// workflow. Volumes follow the day (office hours for staff, evenings for the hotline), the week
/// (staff rest at weekends), the season, the Spring Festival, hot spots (markets, stations) and
/// the August typhoon (fallen trees, flooding). Sorted by report time. Generator thread.
/// Events counted per grid (indexed like GridTiler::grids()), for the grids' choropleth.
struct GridEventTally
{
  int total = 0;
  int open = 0; ///< not yet closed at the end of the year
};

class EventGenerator
{
public:
  EventGenerator(const GeosContext &geos, const AdministrativeDivisions &divisions, const GridTiler &grids,
                 const SeedTables &tables, const UrbanDensity &density, const NameMaker &names)
      : m_geos(geos), m_divisions(divisions), m_grids(grids), m_tables(tables), m_density(density),
        m_names(names)
  {}

  /// Writes the events table and returns how many events each grid got.
  [[nodiscard]] std::vector<GridEventTally> write(GpkgWriter &writer, qint64 count, quint64 seed,
                                                  ProgressReporter &progress) const;

private:
  const GeosContext &m_geos;
  const AdministrativeDivisions &m_divisions;
  const GridTiler &m_grids;
  const SeedTables &m_tables;
  const UrbanDensity &m_density;
  const NameMaker &m_names;
};

} // namespace rc::demo
