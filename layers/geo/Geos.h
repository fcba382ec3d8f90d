#pragma once

// GEOS behind RAII handles, for the demo-city generator and the operations center's spatial
// analysis. Included only by rc_layers sources and internal headers (and tests), so GEOS stays a
// private dependency of rc_layers: public headers of the library never include it.

#define GEOS_USE_ONLY_R_API
#include <geos_c.h>

#include "base/Error.h"
#include "geo/BBox.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <span>
#include <utility>
#include <vector>

namespace rc {

class CoordinateTransform;

/// A failed GEOS operation or unreadable geometry text (code InvalidInput). what() is a UTF-8,
/// translated sentence that carries GEOS's own reason.
class GeometryError : public Error
{
public:
  explicit GeometryError(const QString &message) : Error(Code::InvalidInput, message) {}
};

struct GeometryDeleter
{
  GEOSContextHandle_t handle = nullptr;
  void operator()(GEOSGeometry *geometry) const { GEOSGeom_destroy_r(handle, geometry); }
};
struct PreparedDeleter
{
  GEOSContextHandle_t handle = nullptr;
  void operator()(const GEOSPreparedGeometry *prepared) const
  {
    GEOSPreparedGeom_destroy_r(handle, prepared);
  }
};

using Geometry = std::unique_ptr<GEOSGeometry, GeometryDeleter>;
using PreparedGeometry = std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter>;

/// A polygon ready for many point-in-polygon questions: the geometry, its prepared form and its
/// bounds. Owned by whoever built it; used on the thread of the context that made it.
struct Area
{
  Geometry geometry;
  PreparedGeometry prepared;
  BBox bounds;
};

/// One GEOS reentrant context and the operations its users need, each checked: a failure throws
/// GeometryError with GEOS's own message. GEOS contexts are single-threaded, so this and every
/// geometry made through it belong to the thread that made it.
class GeosContext
{
public:
  GeosContext();
  ~GeosContext();
  GeosContext(const GeosContext &) = delete;
  GeosContext &operator=(const GeosContext &) = delete;

  [[nodiscard]] GEOSContextHandle_t handle() const { return m_handle; }

  [[nodiscard]] Geometry point(double x, double y) const;
  /// A linestring from interleaved x,y pairs.
  [[nodiscard]] Geometry lineString(std::span<const double> xy) const;
  /// A polygon without holes from interleaved x,y pairs; the ring is closed if it is not.
  [[nodiscard]] Geometry polygon(std::span<const double> xy) const;
  /// A polygon from rings of interleaved x,y pairs, the shell then its holes; open rings are closed.
  [[nodiscard]] Geometry polygon(std::span<const std::span<const double>> rings) const;
  [[nodiscard]] Geometry rectangle(const BBox &box) const;
  /// A collection of the given type (GEOS_MULTIPOINT, GEOS_MULTIPOLYGON, ...) taking ownership of
  /// the parts.
  [[nodiscard]] Geometry collection(int type, std::vector<Geometry> parts) const;
  [[nodiscard]] Geometry clone(const GEOSGeometry *geometry) const;
  [[nodiscard]] Geometry fromWkb(const QByteArray &wkb) const;
  /// Parses WKT; throws GeometryError with the parser's reason for text that is not WKT.
  [[nodiscard]] Geometry fromWkt(const QString &wkt) const;
  /// A copy with every vertex transformed; throws GeometryError when a vertex cannot be.
  [[nodiscard]] Geometry transformed(const GEOSGeometry *geometry,
                                     const CoordinateTransform &transform) const;

  [[nodiscard]] Geometry intersection(const GEOSGeometry *a, const GEOSGeometry *b) const;
  [[nodiscard]] Geometry difference(const GEOSGeometry *a, const GEOSGeometry *b) const;
  [[nodiscard]] Geometry unaryUnion(const GEOSGeometry *geometry) const;
  [[nodiscard]] Geometry makeValid(const GEOSGeometry *geometry) const;
  [[nodiscard]] Geometry boundary(const GEOSGeometry *geometry) const;
  /// A round buffer; `quadrantSegments` segments approximate each quarter circle.
  [[nodiscard]] Geometry buffer(const GEOSGeometry *geometry, double width, int quadrantSegments = 8) const;
  /// Voronoi cells of the points of `sites`, covering at least `extent`.
  [[nodiscard]] Geometry voronoi(const GEOSGeometry *sites, const GEOSGeometry *extent) const;
  /// The edges of the Delaunay triangulation of `sites`, as a multilinestring.
  [[nodiscard]] Geometry delaunayEdges(const GEOSGeometry *sites) const;
  /// Joins lines that meet end to end into longer ones.
  [[nodiscard]] Geometry lineMerge(const GEOSGeometry *lines) const;

  [[nodiscard]] double area(const GEOSGeometry *geometry) const;
  [[nodiscard]] double length(const GEOSGeometry *geometry) const;
  [[nodiscard]] double distance(const GEOSGeometry *a, const GEOSGeometry *b) const;
  [[nodiscard]] bool isEmpty(const GEOSGeometry *geometry) const;
  /// GEOS's type id (GEOS_POINT, GEOS_POLYGON, GEOS_MULTIPOLYGON, ...).
  [[nodiscard]] int typeId(const GEOSGeometry *geometry) const;
  /// Empty when the geometry is valid (OGC simple features), else GEOS's reason, e.g.
  /// "Self-intersection[119.3 26.1]".
  [[nodiscard]] QString invalidityReason(const GEOSGeometry *geometry) const;
  [[nodiscard]] BBox bounds(const GEOSGeometry *geometry) const;
  [[nodiscard]] std::pair<double, double> pointOnSurface(const GEOSGeometry *geometry) const;
  [[nodiscard]] std::pair<double, double> coordinates(const GEOSGeometry *point) const;
  /// The point of `geometry` nearest to x, y.
  [[nodiscard]] std::pair<double, double> nearestPoint(const GEOSGeometry *geometry, double x,
                                                       double y) const;
  /// The x,y pairs of a linestring or ring, interleaved.
  [[nodiscard]] std::vector<double> vertices(const GEOSGeometry *curve) const;

  /// The simple parts of a geometry (a polygon's own self for a polygon), borrowed from it.
  [[nodiscard]] std::vector<const GEOSGeometry *> parts(const GEOSGeometry *geometry) const;
  /// Only the polygonal (or only the lineal) parts of an overlay result, as a multi-geometry;
  /// overlays can return stray points or lines where shapes touch.
  [[nodiscard]] Geometry polygonalParts(Geometry geometry) const;
  [[nodiscard]] Geometry linealParts(Geometry geometry) const;

  [[nodiscard]] PreparedGeometry prepare(const GEOSGeometry *geometry) const;
  [[nodiscard]] Area makeArea(Geometry geometry) const;
  [[nodiscard]] bool contains(const PreparedGeometry &prepared, double x, double y) const;
  [[nodiscard]] bool contains(const Area &area, double x, double y) const;
  [[nodiscard]] bool containsGeometry(const PreparedGeometry &prepared, const GEOSGeometry *geometry) const;
  [[nodiscard]] bool intersectsGeometry(const PreparedGeometry &prepared, const GEOSGeometry *geometry) const;
  /// Covers: no point of `geometry` lies outside, so points on the boundary count as inside.
  [[nodiscard]] bool coversGeometry(const PreparedGeometry &prepared, const GEOSGeometry *geometry) const;
  [[nodiscard]] bool covers(const PreparedGeometry &prepared, double x, double y) const;
  /// Every point of `geometry` lies in the interior (none on the boundary).
  [[nodiscard]] bool containsProperly(const PreparedGeometry &prepared, const GEOSGeometry *geometry) const;

  /// ISO WKB, little-endian, 2D: what GDAL's OGRGeometryFactory::createFromWkb reads.
  [[nodiscard]] QByteArray wkb(const GEOSGeometry *geometry) const;

private:
  static void onError(const char *message, void *self);
  [[noreturn]] void fail(const char *operation) const;
  Geometry check(GEOSGeometry *geometry, const char *operation) const;
  [[nodiscard]] Geometry own(GEOSGeometry *geometry) const
  {
    return Geometry(geometry, GeometryDeleter{m_handle});
  }

  GEOSContextHandle_t m_handle;
  GEOSWKBWriter *m_wkbWriter = nullptr;
  GEOSWKBReader *m_wkbReader = nullptr;
  GEOSWKTReader *m_wktReader = nullptr;
  QString m_lastError;
};

} // namespace rc
