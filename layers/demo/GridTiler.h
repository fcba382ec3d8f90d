#pragma once

#include "geo/Geos.h"

#include <QString>

#include <map>
#include <utility>
#include <vector>

namespace rc::demo {

class AdministrativeDivisions;
class GpkgWriter;
class NameMaker;
class ProgressReporter;
struct GridEventTally;

struct Grid
{
  int community = 0;
  QString code; ///< 15 digits: community's 12 + sequence 001.. (west→east, north→south)
  QString staffName;
  QString staffPhone;
  double areaKm2 = 0;
  Area area;
};

/// Governance unit grids (GB/T 30428.1): each community is cut by a square lattice (300 m in the
/// city, 600 m in the suburbs, 1.5 km in the countryside, all aligned to one city-wide origin), and
/// slivers under a third of a cell are merged into the neighbour they share most border with, so
/// the grids tile the community without gap or overlap. One staff member per grid. Built once per
/// run; read-only afterwards.
class GridTiler
{
public:
  GridTiler(const GeosContext &geos, const AdministrativeDivisions &divisions, const NameMaker &names,
            quint64 seed, ProgressReporter &progress);

  [[nodiscard]] const std::vector<Grid> &grids() const { return m_grids; }
  /// The grid of `community` holding a point of that community; -1 when the point is outside it.
  [[nodiscard]] int gridAt(int community, double x, double y) const;

  /// Writes the grids with their year's event counts (`events` indexed like grids()).
  void write(GpkgWriter &writer, const AdministrativeDivisions &divisions,
             const std::vector<GridEventTally> &events) const;

private:
  /// One community's lattice: cell size and which grid each cell's piece went to.
  struct Lattice
  {
    int scale = 1; ///< multiple of the 300 m base cell
    std::map<std::pair<int, int>, int> cellGrid;
    std::vector<int> grids;
  };
  void tile(int community, const Area &area, int scale);

  const GeosContext &m_geos;
  std::vector<Grid> m_grids;
  std::vector<Lattice> m_lattices;
};

} // namespace rc::demo
