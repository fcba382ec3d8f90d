#pragma once

#include "geo/Geos.h"

namespace rc::demo {

class AdministrativeDivisions;
class GpkgWriter;
class GridTiler;
class NameMaker;
class ProgressReporter;
class RoadNetwork;

/// Standard addresses (GB/T 39609 hierarchy: district / town / community / road / house number /
/// compound / building / unit / room), streamed into the addresses table. Each community gets a
/// share that grows steeply with urban density; along its roads it gets residential compounds of
/// several buildings (city) or single houses (villages), numbered odd on the left of the road and
/// even on the right, rising along the street. Every point lies in its community and carries its
/// grid's code. Stateless apart from its references; runs on the generator's thread.
class AddressGenerator
{
public:
  AddressGenerator(const GeosContext &geos, const AdministrativeDivisions &divisions, const GridTiler &grids,
                   const RoadNetwork &roads, const NameMaker &names)
      : m_geos(geos), m_divisions(divisions), m_grids(grids), m_roads(roads), m_names(names)
  {}

  void write(GpkgWriter &writer, qint64 count, quint64 seed, ProgressReporter &progress) const;

private:
  const GeosContext &m_geos;
  const AdministrativeDivisions &m_divisions;
  const GridTiler &m_grids;
  const RoadNetwork &m_roads;
  const NameMaker &m_names;
};

} // namespace rc::demo
