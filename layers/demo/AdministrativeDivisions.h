#pragma once

#include "demo/Sampling.h"
#include "geo/Geos.h"

#include <QString>

#include <vector>

namespace rc::demo {

class Basemap;
class GpkgWriter;
class NameMaker;
class ProgressReporter;
class UrbanDensity;
struct SeedTables;

struct District
{
  QString code; ///< GB/T 2260, 6 digits
  QString name;
  Point seat;
  double areaKm2 = 0; ///< the real area (districts.csv), not the schematic polygon's
  qint64 population = 0;
  Area area;
};

struct Town
{
  int district = 0;
  QString code; ///< 9 digits: county + 001.. 街道, 101.. 镇, 201.. 乡
  QString name;
  QString kind; ///< 街道, 镇, 乡
  Point site;   ///< the Voronoi site, inside the town
  Area area;
};

struct Community
{
  int town = 0;
  int district = 0;
  QString code; ///< 12 digits: town + 001.. 社区, 201.. 村
  QString name;
  QString kind;       ///< 社区, 村
  bool urban = false; ///< residential compounds rather than village houses
  double density = 0;
  double areaKm2 = 0;
  Point site;
  Area area;
};

/// The schematic administrative divisions: the 13 county-level divisions as Voronoi cells around
/// their seats (and a few shaping sites) clipped to the land; towns as Voronoi cells inside each
/// district; communities and villages as Voronoi cells inside each town, smaller where the city is
/// denser. Real codes and names for districts and towns, made-up ones for communities. Built once
/// per run on the generator's thread; read-only afterwards.
class AdministrativeDivisions
{
public:
  AdministrativeDivisions(const GeosContext &geos, const Basemap &basemap, const SeedTables &tables,
                          const UrbanDensity &density, const NameMaker &names, quint64 seed,
                          ProgressReporter &progress);

  [[nodiscard]] const std::vector<District> &districts() const { return m_districts; }
  [[nodiscard]] const std::vector<Town> &towns() const { return m_towns; }
  [[nodiscard]] const std::vector<Community> &communities() const { return m_communities; }
  /// Every district together: "inside the city".
  [[nodiscard]] const Area &coverage() const { return m_coverage; }

  /// Writes the districts, towns and communities tables.
  void write(GpkgWriter &writer) const;

  /// The community containing a point; -1 outside every one.
  [[nodiscard]] int communityAt(double x, double y) const;
  /// Communities whose bounds may meet `box`, ascending, without duplicates.
  [[nodiscard]] std::vector<int> communitiesNear(const BBox &box) const;
  /// The district containing a point, else the nearest one (stations on the river).
  [[nodiscard]] int districtNear(double x, double y) const;

private:
  void buildDistricts(const Basemap &basemap, const SeedTables &tables);
  void buildTowns(const SeedTables &tables, const UrbanDensity &density, DemoRandom &random);
  void buildCommunities(const UrbanDensity &density, const NameMaker &names, DemoRandom &random,
                        ProgressReporter &progress);
  void buildIndex();

  const GeosContext &m_geos;
  std::vector<District> m_districts;
  std::vector<Town> m_towns;
  std::vector<Community> m_communities;
  Area m_coverage;

  // A coarse bucket grid over the city for communityAt().
  BBox m_indexBounds;
  int m_indexColumns = 0, m_indexRows = 0;
  std::vector<std::vector<int>> m_buckets;
};

} // namespace rc::demo
