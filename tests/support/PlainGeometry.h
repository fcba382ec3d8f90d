#pragma once

#include <QString>

#include <array>
#include <vector>

namespace rc::test {

// Geometry written out in the tests, apart from the code under test (GEOS, PROJ, FeatureStore),
// so that oracles built on it are independent of what they check. Coordinates are CGCS2000 /
// WGS 84 longitude, latitude in degrees; the two datums differ by centimetres, below every
// tolerance these helpers serve.

/// Metres between two points: the haversine central angle times the ellipsoid's radius of
/// curvature along the line at its middle latitude. Within 60 km it agrees with Karney's geodesic
/// (PROJ's geod_inverse, checked once over Fujian) to 5e-8 of the distance.
[[nodiscard]] double haversineMetres(double lon1, double lat1, double lon2, double lat2);

/// A polygon as longitude/latitude rings (x, y interleaved): the outer ring first, then the holes.
/// A ring may repeat its first vertex at the end or not; the closing edge is implied.
struct PlainPolygon
{
  std::vector<std::vector<double>> rings;
};
using PlainMultiPolygon = std::vector<PlainPolygon>;

/// Ray casting, even-odd over every ring of a part: inside an outer ring and outside its holes.
/// A point on an edge may go either way; callers that care ask distanceToBoundaryMetres().
[[nodiscard]] bool contains(const PlainMultiPolygon &polygons, double x, double y);

/// Metres from a point to the nearest edge of any ring.
[[nodiscard]] double distanceToBoundaryMetres(const PlainMultiPolygon &polygons, double x, double y);

/// Metres from a point to the polygons, negative inside them: minus the distance to the boundary.
[[nodiscard]] double signedDistanceMetres(const PlainMultiPolygon &polygons, double x, double y);

/// Metres between two sets of polygons, negative when they overlap: 0 when their boundaries
/// touch or come within a centimetre without crossing, -1 when the boundaries cross cleanly, and
/// minus the distance between the boundaries when one lies inside the other.
[[nodiscard]] double polygonGapMetres(const PlainMultiPolygon &a, const PlainMultiPolygon &b);

/// xMin, yMin, xMax, yMax of every vertex.
[[nodiscard]] std::array<double, 4> bounds(const PlainMultiPolygon &polygons);

/// One feature of a table read with OGR: its fid, its points (x, y interleaved; empty for
/// polygons) or polygons, its box and the text of one field.
struct PlainFeature
{
  qint64 fid = 0;
  std::vector<double> points;
  PlainMultiPolygon polygons;
  std::array<double, 4> box{};
  QString text;
};

/// Every feature of `table` in the vector file `path`, read with GDAL/OGR directly, with the text
/// of `textField` when one is named. Fails the test process loudly when the table cannot be read.
[[nodiscard]] std::vector<PlainFeature> readPlainLayer(const QString &path, const QString &table,
                                                       const QString &textField = {});

/// The polygons of a WKT (POLYGON or MULTIPOLYGON), parsed by OGR; empty for anything else.
[[nodiscard]] PlainMultiPolygon plainPolygonsFromWkt(const QString &wkt);

} // namespace rc::test
