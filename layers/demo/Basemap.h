#pragma once

#include "geo/Geos.h"

#include <QString>

#include <vector>

namespace rc::demo {

class GpkgWriter;

/// The real open basemap (GSHHG land and rivers, Natural Earth's Min River, the hand-traced Min
/// centre lines) read through GDAL into GEOS, plus the one schematic water body the demo adds
/// (Xiyuan reservoir). GSHHG is WGS84; at the metre level that matters here it is CGCS2000, so
/// coordinates are taken over unchanged. Built once per run; read-only afterwards.
class Basemap
{
public:
  /// Throws DemoDataError(MissingInput) when a file is missing or unreadable.
  Basemap(const GeosContext &geos, const QString &basemapDir, const QString &seedTableDir);

  /// Land big enough to hold a village (islets dropped), without the water: what the
  /// administrative divisions tile.
  [[nodiscard]] const GEOSGeometry *divisibleLand() const { return m_divisibleLand.get(); }
  /// Every land polygon, prepared: "is this point on land?".
  [[nodiscard]] const Area &allLand() const { return m_allLand; }
  /// The water polygons and the river lines together, for snapping stations onto water.
  [[nodiscard]] const GEOSGeometry *waterAndRivers() const { return m_waterAndRivers.get(); }
  [[nodiscard]] const Area &waterArea() const { return m_waterArea; }
  /// The shore of the land kept for the divisions, as lines.
  [[nodiscard]] const GEOSGeometry *shore() const { return m_shore.get(); }

  /// Writes the land, coastline, water and rivers tables.
  void write(GpkgWriter &writer) const;

  static constexpr double kReservoirX = 119.272, kReservoirY = 26.182;

private:
  struct Feature
  {
    Geometry geometry;
    QString name;
    QString kind;
    bool schematic = false;
  };

  void readLand(const QString &path);
  void readWater(const QString &path);
  void readRivers(const QString &path);
  void readCentreLines(const QString &path);
  void addReservoir();

  const GeosContext &m_geos;
  std::vector<Feature> m_land;
  std::vector<Feature> m_water;
  std::vector<Feature> m_rivers;
  Geometry m_divisibleLand;
  Area m_allLand;
  Area m_waterArea;
  Geometry m_waterAndRivers;
  Geometry m_shore;
};

} // namespace rc::demo
