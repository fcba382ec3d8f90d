#include "geo/Geos.h"

#include "geo/CoordinateTransform.h"

#include <QCoreApplication>

#include <cmath>

namespace rc {

namespace {

/// GEOSGeom_transformXY_r's callback: one vertex through the transform; 0 stops GEOS.
int transformVertex(double *x, double *y, void *transform)
{
  double xy[2] = {*x, *y};
  static_cast<const CoordinateTransform *>(transform)->transformInPlace(xy, 1);
  if (!std::isfinite(xy[0]) || !std::isfinite(xy[1]))
    return 0;
  *x = xy[0];
  *y = xy[1];
  return 1;
}

} // namespace

GeosContext::GeosContext() : m_handle(GEOS_init_r())
{
  GEOSContext_setErrorMessageHandler_r(m_handle, &GeosContext::onError, this);
  m_wkbWriter = GEOSWKBWriter_create_r(m_handle);
  GEOSWKBWriter_setOutputDimension_r(m_handle, m_wkbWriter, 2);
  GEOSWKBWriter_setByteOrder_r(m_handle, m_wkbWriter, GEOS_WKB_NDR);
  m_wkbReader = GEOSWKBReader_create_r(m_handle);
  m_wktReader = GEOSWKTReader_create_r(m_handle);
}

GeosContext::~GeosContext()
{
  GEOSWKTReader_destroy_r(m_handle, m_wktReader);
  GEOSWKBReader_destroy_r(m_handle, m_wkbReader);
  GEOSWKBWriter_destroy_r(m_handle, m_wkbWriter);
  GEOS_finish_r(m_handle);
}

void GeosContext::onError(const char *message, void *self)
{
  static_cast<GeosContext *>(self)->m_lastError = QString::fromUtf8(message);
}

void GeosContext::fail(const char *operation) const
{
  throw GeometryError(QCoreApplication::translate("rc::GeosContext", "geometry operation %1 failed: %2")
                          .arg(QString::fromLatin1(operation), m_lastError));
}

Geometry GeosContext::check(GEOSGeometry *geometry, const char *operation) const
{
  if (!geometry)
    fail(operation);
  return own(geometry);
}

Geometry GeosContext::point(double x, double y) const
{
  return check(GEOSGeom_createPointFromXY_r(m_handle, x, y), "point");
}

Geometry GeosContext::lineString(std::span<const double> xy) const
{
  GEOSCoordSequence *sequence =
      GEOSCoordSeq_copyFromBuffer_r(m_handle, xy.data(), static_cast<unsigned>(xy.size() / 2), 0, 0);
  if (!sequence)
    fail("linestring");
  return check(GEOSGeom_createLineString_r(m_handle, sequence), "linestring");
}

Geometry GeosContext::polygon(std::span<const double> xy) const
{
  std::vector<double> ring(xy.begin(), xy.end());
  if (ring.size() >= 2 && (ring[0] != ring[ring.size() - 2] || ring[1] != ring[ring.size() - 1])) {
    ring.push_back(xy[0]);
    ring.push_back(xy[1]);
  }
  GEOSCoordSequence *sequence =
      GEOSCoordSeq_copyFromBuffer_r(m_handle, ring.data(), static_cast<unsigned>(ring.size() / 2), 0, 0);
  if (!sequence)
    fail("polygon");
  GEOSGeometry *shell = GEOSGeom_createLinearRing_r(m_handle, sequence);
  if (!shell)
    fail("polygon");
  return check(GEOSGeom_createPolygon_r(m_handle, shell, nullptr, 0), "polygon");
}

Geometry GeosContext::polygon(std::span<const std::span<const double>> rings) const
{
  std::vector<GEOSGeometry *> made;
  const auto destroyMade = [&made, this] {
    for (GEOSGeometry *ring : made)
      GEOSGeom_destroy_r(m_handle, ring);
  };
  std::vector<double> closed;
  for (std::span<const double> xy : rings) {
    const std::size_t n = xy.size();
    if (n >= 2 && (xy[0] != xy[n - 2] || xy[1] != xy[n - 1])) {
      closed.assign(xy.begin(), xy.end());
      closed.push_back(xy[0]);
      closed.push_back(xy[1]);
      xy = closed;
    }
    GEOSCoordSequence *sequence =
        GEOSCoordSeq_copyFromBuffer_r(m_handle, xy.data(), static_cast<unsigned>(xy.size() / 2), 0, 0);
    GEOSGeometry *ring = sequence ? GEOSGeom_createLinearRing_r(m_handle, sequence) : nullptr;
    if (!ring) {
      destroyMade();
      fail("polygon");
    }
    made.push_back(ring);
  }
  if (made.empty())
    return check(GEOSGeom_createEmptyPolygon_r(m_handle), "polygon");
  // GEOS takes the rings whether or not the polygon is made.
  return check(
      GEOSGeom_createPolygon_r(m_handle, made[0], made.data() + 1, static_cast<unsigned>(made.size() - 1)),
      "polygon");
}

Geometry GeosContext::rectangle(const BBox &box) const
{
  const double xy[] = {box.xMin, box.yMin, box.xMax, box.yMin, box.xMax,
                       box.yMax, box.xMin, box.yMax, box.xMin, box.yMin};
  return polygon(xy);
}

Geometry GeosContext::collection(int type, std::vector<Geometry> parts) const
{
  std::vector<GEOSGeometry *> raw;
  raw.reserve(parts.size());
  for (Geometry &part : parts)
    raw.push_back(part.release());
  return check(GEOSGeom_createCollection_r(m_handle, type, raw.data(), static_cast<unsigned>(raw.size())),
               "collection");
}

Geometry GeosContext::clone(const GEOSGeometry *geometry) const
{
  return check(GEOSGeom_clone_r(m_handle, geometry), "clone");
}

Geometry GeosContext::fromWkb(const QByteArray &wkb) const
{
  return check(GEOSWKBReader_read_r(m_handle, m_wkbReader,
                                    reinterpret_cast<const unsigned char *>(wkb.constData()),
                                    static_cast<size_t>(wkb.size())),
               "WKB read");
}

Geometry GeosContext::fromWkt(const QString &wkt) const
{
  const QByteArray text = wkt.trimmed().toUtf8();
  if (text.isEmpty())
    throw GeometryError(QCoreApplication::translate("rc::GeosContext", "the geometry text is empty"));
  GEOSGeometry *geometry = GEOSWKTReader_read_r(m_handle, m_wktReader, text.constData());
  if (!geometry)
    throw GeometryError(QCoreApplication::translate("rc::GeosContext", "not valid WKT: %1").arg(m_lastError));
  return own(geometry);
}

Geometry GeosContext::transformed(const GEOSGeometry *geometry, const CoordinateTransform &transform) const
{
  return check(GEOSGeom_transformXY_r(m_handle, geometry, &transformVertex,
                                      const_cast<CoordinateTransform *>(&transform)),
               "transform");
}

Geometry GeosContext::intersection(const GEOSGeometry *a, const GEOSGeometry *b) const
{
  return check(GEOSIntersection_r(m_handle, a, b), "intersection");
}

Geometry GeosContext::difference(const GEOSGeometry *a, const GEOSGeometry *b) const
{
  return check(GEOSDifference_r(m_handle, a, b), "difference");
}

Geometry GeosContext::unaryUnion(const GEOSGeometry *geometry) const
{
  return check(GEOSUnaryUnion_r(m_handle, geometry), "union");
}

Geometry GeosContext::makeValid(const GEOSGeometry *geometry) const
{
  return check(GEOSMakeValid_r(m_handle, geometry), "make valid");
}

Geometry GeosContext::boundary(const GEOSGeometry *geometry) const
{
  return check(GEOSBoundary_r(m_handle, geometry), "boundary");
}

Geometry GeosContext::buffer(const GEOSGeometry *geometry, double width, int quadrantSegments) const
{
  return check(GEOSBuffer_r(m_handle, geometry, width, quadrantSegments), "buffer");
}

Geometry GeosContext::voronoi(const GEOSGeometry *sites, const GEOSGeometry *extent) const
{
  return check(GEOSVoronoiDiagram_r(m_handle, sites, extent, 0.0, 0), "voronoi");
}

Geometry GeosContext::delaunayEdges(const GEOSGeometry *sites) const
{
  return check(GEOSDelaunayTriangulation_r(m_handle, sites, 0.0, 1), "delaunay");
}

Geometry GeosContext::lineMerge(const GEOSGeometry *lines) const
{
  return check(GEOSLineMerge_r(m_handle, lines), "line merge");
}

double GeosContext::area(const GEOSGeometry *geometry) const
{
  double value = 0;
  if (!GEOSArea_r(m_handle, geometry, &value))
    fail("area");
  return value;
}

double GeosContext::length(const GEOSGeometry *geometry) const
{
  double value = 0;
  if (!GEOSLength_r(m_handle, geometry, &value))
    fail("length");
  return value;
}

double GeosContext::distance(const GEOSGeometry *a, const GEOSGeometry *b) const
{
  double value = 0;
  if (!GEOSDistance_r(m_handle, a, b, &value))
    fail("distance");
  return value;
}

bool GeosContext::isEmpty(const GEOSGeometry *geometry) const
{
  const char result = GEOSisEmpty_r(m_handle, geometry);
  if (result == 2)
    fail("is empty");
  return result == 1;
}

int GeosContext::typeId(const GEOSGeometry *geometry) const
{
  const int type = GEOSGeomTypeId_r(m_handle, geometry);
  if (type < 0)
    fail("type");
  return type;
}

QString GeosContext::invalidityReason(const GEOSGeometry *geometry) const
{
  const char valid = GEOSisValid_r(m_handle, geometry);
  if (valid == 1)
    return {};
  if (valid == 2)
    fail("is valid");
  char *reason = GEOSisValidReason_r(m_handle, geometry);
  if (!reason)
    fail("is valid");
  const QString text = QString::fromUtf8(reason);
  GEOSFree_r(m_handle, reason);
  return text;
}

BBox GeosContext::bounds(const GEOSGeometry *geometry) const
{
  if (isEmpty(geometry))
    return {};
  BBox box;
  if (!GEOSGeom_getXMin_r(m_handle, geometry, &box.xMin) ||
      !GEOSGeom_getYMin_r(m_handle, geometry, &box.yMin) ||
      !GEOSGeom_getXMax_r(m_handle, geometry, &box.xMax) ||
      !GEOSGeom_getYMax_r(m_handle, geometry, &box.yMax))
    fail("bounds");
  return box;
}

std::pair<double, double> GeosContext::pointOnSurface(const GEOSGeometry *geometry) const
{
  const Geometry point = check(GEOSPointOnSurface_r(m_handle, geometry), "point on surface");
  return coordinates(point.get());
}

std::pair<double, double> GeosContext::coordinates(const GEOSGeometry *point) const
{
  double x = 0, y = 0;
  if (!GEOSGeomGetX_r(m_handle, point, &x) || !GEOSGeomGetY_r(m_handle, point, &y))
    fail("coordinates");
  return {x, y};
}

std::pair<double, double> GeosContext::nearestPoint(const GEOSGeometry *geometry, double x, double y) const
{
  const Geometry from = point(x, y);
  GEOSCoordSequence *pair = GEOSNearestPoints_r(m_handle, geometry, from.get());
  if (!pair)
    fail("nearest points");
  double nx = 0, ny = 0;
  const bool ok = GEOSCoordSeq_getXY_r(m_handle, pair, 0, &nx, &ny);
  GEOSCoordSeq_destroy_r(m_handle, pair);
  if (!ok)
    fail("nearest points");
  return {nx, ny};
}

std::vector<double> GeosContext::vertices(const GEOSGeometry *curve) const
{
  const GEOSCoordSequence *sequence = GEOSGeom_getCoordSeq_r(m_handle, curve);
  unsigned size = 0;
  if (!sequence || !GEOSCoordSeq_getSize_r(m_handle, sequence, &size))
    fail("vertices");
  std::vector<double> xy(std::size_t(size) * 2);
  if (size > 0 && !GEOSCoordSeq_copyToBuffer_r(m_handle, sequence, xy.data(), 0, 0))
    fail("vertices");
  return xy;
}

std::vector<const GEOSGeometry *> GeosContext::parts(const GEOSGeometry *geometry) const
{
  std::vector<const GEOSGeometry *> result;
  const int count = GEOSGetNumGeometries_r(m_handle, geometry);
  if (count < 0)
    fail("parts");
  for (int i = 0; i < count; ++i) {
    const GEOSGeometry *part = GEOSGetGeometryN_r(m_handle, geometry, i);
    const int type = GEOSGeomTypeId_r(m_handle, part);
    if (type == GEOS_GEOMETRYCOLLECTION || type == GEOS_MULTIPOLYGON || type == GEOS_MULTILINESTRING ||
        type == GEOS_MULTIPOINT) {
      if (part != geometry) {
        for (const GEOSGeometry *inner : parts(part))
          result.push_back(inner);
        continue;
      }
    }
    if (!isEmpty(part))
      result.push_back(part);
  }
  return result;
}

Geometry GeosContext::polygonalParts(Geometry geometry) const
{
  std::vector<Geometry> kept;
  for (const GEOSGeometry *part : parts(geometry.get()))
    if (GEOSGeomTypeId_r(m_handle, part) == GEOS_POLYGON)
      kept.push_back(clone(part));
  return collection(GEOS_MULTIPOLYGON, std::move(kept));
}

Geometry GeosContext::linealParts(Geometry geometry) const
{
  std::vector<Geometry> kept;
  for (const GEOSGeometry *part : parts(geometry.get()))
    if (GEOSGeomTypeId_r(m_handle, part) == GEOS_LINESTRING)
      kept.push_back(clone(part));
  return collection(GEOS_MULTILINESTRING, std::move(kept));
}

PreparedGeometry GeosContext::prepare(const GEOSGeometry *geometry) const
{
  const GEOSPreparedGeometry *prepared = GEOSPrepare_r(m_handle, geometry);
  if (!prepared)
    fail("prepare");
  return PreparedGeometry(prepared, PreparedDeleter{m_handle});
}

Area GeosContext::makeArea(Geometry geometry) const
{
  Area area;
  area.prepared = prepare(geometry.get());
  area.bounds = bounds(geometry.get());
  area.geometry = std::move(geometry);
  return area;
}

bool GeosContext::contains(const PreparedGeometry &prepared, double x, double y) const
{
  const Geometry probe = point(x, y);
  return containsGeometry(prepared, probe.get());
}

bool GeosContext::contains(const Area &area, double x, double y) const
{
  return area.bounds.contains(x, y) && contains(area.prepared, x, y);
}

bool GeosContext::containsGeometry(const PreparedGeometry &prepared, const GEOSGeometry *geometry) const
{
  const char result = GEOSPreparedContains_r(m_handle, prepared.get(), geometry);
  if (result == 2)
    fail("contains");
  return result == 1;
}

bool GeosContext::intersectsGeometry(const PreparedGeometry &prepared, const GEOSGeometry *geometry) const
{
  const char result = GEOSPreparedIntersects_r(m_handle, prepared.get(), geometry);
  if (result == 2)
    fail("intersects");
  return result == 1;
}

bool GeosContext::coversGeometry(const PreparedGeometry &prepared, const GEOSGeometry *geometry) const
{
  const char result = GEOSPreparedCovers_r(m_handle, prepared.get(), geometry);
  if (result == 2)
    fail("covers");
  return result == 1;
}

bool GeosContext::covers(const PreparedGeometry &prepared, double x, double y) const
{
  const Geometry probe = point(x, y);
  return coversGeometry(prepared, probe.get());
}

bool GeosContext::containsProperly(const PreparedGeometry &prepared, const GEOSGeometry *geometry) const
{
  const char result = GEOSPreparedContainsProperly_r(m_handle, prepared.get(), geometry);
  if (result == 2)
    fail("contains properly");
  return result == 1;
}

QByteArray GeosContext::wkb(const GEOSGeometry *geometry) const
{
  size_t size = 0;
  unsigned char *buffer = GEOSWKBWriter_write_r(m_handle, m_wkbWriter, geometry, &size);
  if (!buffer)
    fail("WKB write");
  QByteArray bytes(reinterpret_cast<const char *>(buffer), static_cast<qsizetype>(size));
  GEOSFree_r(m_handle, buffer);
  return bytes;
}

} // namespace rc
