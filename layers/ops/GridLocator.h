#pragma once

#include "data/FeatureStore.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace rc {

/// The grid a location falls in and what dispatch needs of it.
struct GridAssignment
{
  std::uint32_t feature = 0; ///< index in the grid layer's FeatureStore
  QString gridCode, communityCode, community, town, district;
  QString staffName, staffPhone; ///< personal data; empty when the grid has no staff

  [[nodiscard]] bool hasStaff() const { return !staffName.trimmed().isEmpty(); }
};

/// Finds the governance grid (GB/T 30428.1) of a location: the grid layer's spatial index gives
/// the grids whose box holds the point, GEOS decides which one covers it. Grids tile their
/// communities, so a point on a shared edge is covered by two; the first in layer order wins,
/// which is also what a walk over every grid finds. Caches the GEOS polygons it has built, so it
/// belongs to one thread at a time; the store is immutable and shared.
class GridLocator
{
  Q_DECLARE_TR_FUNCTIONS(rc::GridLocator)

public:
  /// `grids` in EPSG:4490 with the fields of the demo city's grid layer (grid_code,
  /// community_code, community, town, district, staff_name, staff_phone). Throws
  /// Error(MissingLayer) when the store is null or lacks grid_code.
  explicit GridLocator(std::shared_ptr<const FeatureStore> grids);
  ~GridLocator();
  GridLocator(const GridLocator &) = delete;
  GridLocator &operator=(const GridLocator &) = delete;

  /// Reads the "grids" layer of a GeoPackage; throws Error(MissingLayer/Data).
  [[nodiscard]] static std::shared_ptr<const FeatureStore> loadGrids(const QString &path);

  [[nodiscard]] const FeatureStore &grids() const;
  /// The grid covering lon, lat (EPSG:4490); nullopt outside every grid.
  [[nodiscard]] std::optional<GridAssignment> locate(double lon, double lat) const;
  /// The grid with this code; nullopt when there is none.
  [[nodiscard]] std::optional<GridAssignment> byCode(const QString &gridCode) const;

private:
  struct Private;
  std::unique_ptr<Private> d;
};

} // namespace rc
