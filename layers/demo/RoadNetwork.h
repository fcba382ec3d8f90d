#pragma once

#include "demo/DemoRandom.h"
#include "demo/Polyline.h"
#include "demo/Sampling.h"
#include "geo/Geos.h"

#include <QSet>
#include <QString>

#include <functional>
#include <utility>
#include <vector>

namespace rc::demo {

class AdministrativeDivisions;
class GpkgWriter;
class NameMaker;
class ProgressReporter;
class UrbanDensity;
struct SeedTables;

struct Street
{
  QString name;
  QString kind;      ///< 快速路, 主干道, 次干道, 支路, 街巷, 县道, 乡道
  bool real = false; ///< one of Fuzhou's real axes (traced approximately)
  Polyline path;     ///< the whole street; house numbers count along it
  Geometry shape;    ///< the path less the stretches that run along a real axis
  Geometry drawn;    ///< what the roads table shows: the shape, or its parts on land; null: none
};

/// A street's stretch inside one community, oriented like the street.
struct RoadPiece
{
  int street = 0;
  Polyline line;
  double startAlong = 0; ///< metres along the street where the piece begins
};

/// The road network: Fuzhou's real urban axes (approximate, schematic), a warped street lattice
/// whose blocks shrink from 1.6 km to 200 m as the city gets denser, and country roads along a
/// spanning tree of the Delaunay triangulation of the towns and villages. Every community gets at
/// least one stretch of road, so every address has a street. Built once per run; read-only after.
class RoadNetwork
{
public:
  RoadNetwork(const GeosContext &geos, const AdministrativeDivisions &divisions, const SeedTables &tables,
              const UrbanDensity &density, const NameMaker &names, quint64 seed, ProgressReporter &progress);

  [[nodiscard]] const std::vector<Street> &streets() const { return m_streets; }
  [[nodiscard]] const std::vector<RoadPiece> &piecesOf(int community) const
  {
    return m_pieces[std::size_t(community)];
  }

  void write(GpkgWriter &writer) const;

private:
  void addRealAxes(const SeedTables &tables);
  void addLattice(const UrbanDensity &density, const NameMaker &names, DemoRandom &random);
  void addCountryRoads(const UrbanDensity &density, const NameMaker &names, DemoRandom &random);
  /// Roads along a spanning tree of the Delaunay triangulation of `sites`, plus short loops.
  void connect(const std::vector<Point> &sites, double loopChance, DemoRandom &random,
               const std::function<std::pair<QString, QString>(int, int)> &nameAndKind);
  void addLanes(const NameMaker &names, DemoRandom &random);
  /// Cuts streets [first, end) into community pieces and sets their drawn geometry.
  void cut(std::size_t first, ProgressReporter *progress);
  void cutStreet(std::size_t street);
  /// Adds a street; `clearAxes` drops its stretches along real axes. Returns -1 when nothing is left.
  int addStreet(const QString &name, const QString &kind, bool real, std::vector<double> xy, bool clearAxes);

  const GeosContext &m_geos;
  const AdministrativeDivisions &m_divisions;
  std::vector<Street> m_streets;
  std::vector<std::vector<RoadPiece>> m_pieces;
  QSet<QString> m_usedNames;
  Geometry m_realAxesBuffer;
};

} // namespace rc::demo
