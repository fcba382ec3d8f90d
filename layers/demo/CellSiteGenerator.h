#pragma once

#include "geo/Geos.h"

namespace rc::demo {

class AdministrativeDivisions;
class GpkgWriter;
class ProgressReporter;

/// 5G base stations of the four operators (cell_sites) and their sectors (cell_sectors: one point
/// per sector at its site, keyed by site_id, with azimuth, beamwidth, range_m and tilt, which is
/// what the Sectors renderer draws wedges from). Sites crowd the city core
/// (a site every ~250 m) and thin out to a few kilometres in the hills; low bands reach far, high
/// bands and dense streets short. Stateless apart from its references; generator thread.
class CellSiteGenerator
{
public:
  CellSiteGenerator(const GeosContext &geos, const AdministrativeDivisions &divisions)
      : m_geos(geos), m_divisions(divisions)
  {}

  void write(GpkgWriter &writer, qint64 count, quint64 seed, ProgressReporter &progress) const;

private:
  const GeosContext &m_geos;
  const AdministrativeDivisions &m_divisions;
};

} // namespace rc::demo
