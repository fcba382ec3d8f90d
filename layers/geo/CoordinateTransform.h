#pragma once

#include "geo/BBox.h"
#include "geo/Crs.h"

#include <cstddef>

namespace rc {

/// Transforms coordinates between two CRSs, in traditional GIS axis order. A small value: the PROJ
/// objects behind it live in a per-thread cache (one PJ_CONTEXT per thread), so a copy may be used
/// on any thread. Identical source and destination short-circuit to a no-op. GCJ-02 and BD-09 are
/// reached through WGS84 with the closed-form offsets; their inverses are iterated to < 1 cm.
class CoordinateTransform
{
public:
  enum class Direction { Forward, Inverse };

  CoordinateTransform() = default; ///< identity
  /// Throws CrsError(NoTransform) when either CRS is invalid or PROJ finds no operation.
  CoordinateTransform(const Crs &source, const Crs &destination);

  [[nodiscard]] const Crs &source() const { return m_source; }
  [[nodiscard]] const Crs &destination() const { return m_destination; }
  [[nodiscard]] bool isIdentity() const { return m_identity; }

  /// Transforms `count` interleaved x,y pairs in place. A point that cannot be transformed becomes
  /// NaN, NaN (callers skip non-finite vertices). Never throws.
  void transformInPlace(double *xy, std::size_t count, Direction direction = Direction::Forward) const;
  /// Transforms one point; throws CrsError(TransformFailed) when it cannot be transformed.
  void transform(double &x, double &y, Direction direction = Direction::Forward) const;
  /// The bounds of a transformed box, densified along its edges so curved edges are covered.
  /// Throws CrsError(TransformFailed) when no point of the box can be transformed.
  [[nodiscard]] BBox transformBounds(const BBox &box, Direction direction = Direction::Forward) const;

private:
  Crs m_source;
  Crs m_destination;
  bool m_identity = true;
};

/// Closed-form GCJ-02 and BD-09 offsets (DOMAIN.md). Longitude, latitude in degrees.
namespace chinaoffset {
/// True inside the box where GCJ-02 applies (73.66–135.05°E, 3.86–53.55°N); outside, no offset.
[[nodiscard]] bool inChina(double lon, double lat);
void wgs84ToGcj02(double &lon, double &lat);
/// Iterated inverse: round trip under 1 cm.
void gcj02ToWgs84(double &lon, double &lat);
void gcj02ToBd09(double &lon, double &lat);
void bd09ToGcj02(double &lon, double &lat);
} // namespace chinaoffset

} // namespace rc
