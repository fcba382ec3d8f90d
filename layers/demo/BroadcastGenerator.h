#pragma once

#include "geo/Geos.h"

namespace rc::demo {

class AdministrativeDivisions;
class Basemap;
class GpkgWriter;

/// Exactly 200 smart broadcast points for the coast: fishing ports and beaches on the shore (on
/// land, within a few hundred metres of the sea) and fish rafts out on the water near it. Points
/// keep 300 m apart. Generator thread.
class BroadcastGenerator
{
public:
  BroadcastGenerator(const GeosContext &geos, const Basemap &basemap,
                     const AdministrativeDivisions &divisions)
      : m_geos(geos), m_basemap(basemap), m_divisions(divisions)
  {}

  void write(GpkgWriter &writer, quint64 seed) const;

private:
  const GeosContext &m_geos;
  const Basemap &m_basemap;
  const AdministrativeDivisions &m_divisions;
};

} // namespace rc::demo
