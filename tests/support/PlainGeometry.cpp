#include "PlainGeometry.h"

#include <QtGlobal>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <numbers>

namespace rc::test {

namespace {

constexpr double kRadians = std::numbers::pi / 180;
/// GRS 80 (CGCS2000); WGS 84's flattening differs in the tenth digit.
constexpr double kSemiMajor = 6378137.0;
constexpr double kFlattening = 1 / 298.257222101;
/// Boundaries closer than this are "touching": rounding could put them either way.
constexpr double kTouchMetres = 0.01;
/// About a centimetre in degrees, for the same judgement in plain coordinates.
constexpr double kTouchDegrees = 1e-7;

struct Point
{
  double x, y;
};

/// Visits every edge of every ring as (a, b).
template<typename Visit> void forEachEdge(const PlainMultiPolygon &polygons, Visit visit)
{
  for (const PlainPolygon &polygon : polygons)
    for (const std::vector<double> &ring : polygon.rings) {
      const std::size_t n = ring.size() / 2;
      for (std::size_t i = 0, j = n - 1; i < n; j = i++)
        visit(Point{ring[2 * j], ring[2 * j + 1]}, Point{ring[2 * i], ring[2 * i + 1]});
    }
}

template<typename Visit> void forEachVertex(const PlainMultiPolygon &polygons, Visit visit)
{
  for (const PlainPolygon &polygon : polygons)
    for (const std::vector<double> &ring : polygon.rings)
      for (std::size_t i = 0; i + 1 < ring.size(); i += 2)
        visit(Point{ring[i], ring[i + 1]});
}

/// Metres from p to the segment a-b: the nearest point is found in a plane tangent at p (degrees
/// of longitude shrunk by the cosine of the latitude), its distance measured by haversineMetres.
double segmentDistanceMetres(Point p, Point a, Point b)
{
  const double scale = std::cos(p.y * kRadians);
  const double ax = (a.x - p.x) * scale, ay = a.y - p.y, dx = (b.x - a.x) * scale, dy = b.y - a.y;
  const double length2 = dx * dx + dy * dy;
  const double t = length2 > 0 ? std::clamp(-(ax * dx + ay * dy) / length2, 0.0, 1.0) : 0.0;
  return haversineMetres(p.x, p.y, a.x + t * (b.x - a.x), a.y + t * (b.y - a.y));
}

/// Twice the signed area of a, b, c: positive when c lies left of a→b.
double orientation(Point a, Point b, Point c)
{
  return (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
}

enum class Meeting { Apart, Touch, Cross };

/// How two segments meet: they cross cleanly (each end at least a centimetre off the other's
/// line, on opposite sides), touch (any other contact, or a crossing too close to call), or not.
Meeting meet(Point p1, Point p2, Point q1, Point q2)
{
  const double o1 = orientation(p1, p2, q1), o2 = orientation(p1, p2, q2);
  const double o3 = orientation(q1, q2, p1), o4 = orientation(q1, q2, p2);
  if (o1 == 0 && o2 == 0 && o3 == 0 && o4 == 0) {
    // On one line: they meet when their boxes overlap.
    const bool overlapX =
        std::max(p1.x, p2.x) >= std::min(q1.x, q2.x) && std::max(q1.x, q2.x) >= std::min(p1.x, p2.x);
    const bool overlapY =
        std::max(p1.y, p2.y) >= std::min(q1.y, q2.y) && std::max(q1.y, q2.y) >= std::min(p1.y, p2.y);
    return overlapX && overlapY ? Meeting::Touch : Meeting::Apart;
  }
  if (o1 * o2 > 0 || o3 * o4 > 0)
    return Meeting::Apart;
  const double lengthP = std::hypot(p2.x - p1.x, p2.y - p1.y), lengthQ = std::hypot(q2.x - q1.x, q2.y - q1.y);
  const bool clean = std::min(std::abs(o1), std::abs(o2)) > kTouchDegrees * lengthP &&
                     std::min(std::abs(o3), std::abs(o4)) > kTouchDegrees * lengthQ;
  return clean ? Meeting::Cross : Meeting::Touch;
}

void addPolygon(const OGRPolygon &polygon, PlainMultiPolygon &out)
{
  PlainPolygon plain;
  const auto addRing = [&plain](const OGRLinearRing &ring) {
    std::vector<double> xy;
    for (int i = 0; i < ring.getNumPoints(); ++i)
      xy.insert(xy.end(), {ring.getX(i), ring.getY(i)});
    // The closing vertex repeats the first; the closing edge is implied.
    if (xy.size() >= 4 && xy[0] == xy[xy.size() - 2] && xy[1] == xy.back())
      xy.resize(xy.size() - 2);
    plain.rings.push_back(std::move(xy));
  };
  if (polygon.IsEmpty())
    return;
  addRing(*polygon.getExteriorRing());
  for (int i = 0; i < polygon.getNumInteriorRings(); ++i)
    addRing(*polygon.getInteriorRing(i));
  out.push_back(std::move(plain));
}

/// Adds the points or polygons of `geometry` to `feature`; false for any other kind.
bool addGeometry(const OGRGeometry &geometry, PlainFeature &feature)
{
  switch (wkbFlatten(geometry.getGeometryType())) {
  case wkbPoint:
    if (!geometry.IsEmpty())
      feature.points.insert(feature.points.end(), {geometry.toPoint()->getX(), geometry.toPoint()->getY()});
    return true;
  case wkbPolygon:
    addPolygon(*geometry.toPolygon(), feature.polygons);
    return true;
  case wkbMultiPoint:
  case wkbMultiPolygon:
    for (const OGRGeometry *part : *geometry.toGeometryCollection())
      if (!addGeometry(*part, feature))
        return false;
    return true;
  default:
    return false;
  }
}

} // namespace

double haversineMetres(double lon1, double lat1, double lon2, double lat2)
{
  const double phi1 = lat1 * kRadians, phi2 = lat2 * kRadians, dLambda = (lon2 - lon1) * kRadians;
  const double h = std::pow(std::sin((phi2 - phi1) / 2), 2) +
                   std::cos(phi1) * std::cos(phi2) * std::pow(std::sin(dLambda / 2), 2);
  const double angle = 2 * std::asin(std::min(1.0, std::sqrt(h)));
  // The meridian (M) and prime vertical (N) radii at the middle latitude, mixed by the line's
  // direction: M for a line due north, N for one due east.
  const double e2 = kFlattening * (2 - kFlattening), middle = (phi1 + phi2) / 2;
  const double w = 1 - e2 * std::pow(std::sin(middle), 2);
  const double meridian = kSemiMajor * (1 - e2) / (w * std::sqrt(w)),
               primeVertical = kSemiMajor / std::sqrt(w);
  const double north = phi2 - phi1, east = dLambda * std::cos(middle);
  const double length2 = north * north + east * east;
  if (length2 == 0)
    return 0;
  const double radius = std::sqrt(
      (north * north * meridian * meridian + east * east * primeVertical * primeVertical) / length2);
  return angle * radius;
}

bool contains(const PlainMultiPolygon &polygons, double x, double y)
{
  for (const PlainPolygon &polygon : polygons) {
    bool inside = false;
    for (const std::vector<double> &ring : polygon.rings) {
      const std::size_t n = ring.size() / 2;
      for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
        const double xi = ring[2 * i], yi = ring[2 * i + 1], xj = ring[2 * j], yj = ring[2 * j + 1];
        if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi)
          inside = !inside;
      }
    }
    if (inside)
      return true;
  }
  return false;
}

double distanceToBoundaryMetres(const PlainMultiPolygon &polygons, double x, double y)
{
  double nearest = std::numeric_limits<double>::infinity();
  forEachEdge(polygons, [&](Point a, Point b) {
    nearest = std::min(nearest, segmentDistanceMetres({x, y}, a, b));
  });
  return nearest;
}

double signedDistanceMetres(const PlainMultiPolygon &polygons, double x, double y)
{
  const double distance = distanceToBoundaryMetres(polygons, x, y);
  return contains(polygons, x, y) ? -distance : distance;
}

double polygonGapMetres(const PlainMultiPolygon &a, const PlainMultiPolygon &b)
{
  bool touch = false;
  bool cross = false;
  forEachEdge(a, [&](Point p1, Point p2) {
    forEachEdge(b, [&](Point q1, Point q2) {
      const Meeting meeting = meet(p1, p2, q1, q2);
      cross = cross || meeting == Meeting::Cross;
      touch = touch || meeting == Meeting::Touch;
    });
  });
  if (cross)
    return -1;
  if (touch)
    return 0;
  // The boundaries do not meet: their distance is that of a vertex of one from an edge of the
  // other, and either one holds a vertex of the other or they lie apart.
  double gap = std::numeric_limits<double>::infinity();
  forEachVertex(a, [&](Point p) { gap = std::min(gap, distanceToBoundaryMetres(b, p.x, p.y)); });
  forEachVertex(b, [&](Point p) { gap = std::min(gap, distanceToBoundaryMetres(a, p.x, p.y)); });
  if (gap <= kTouchMetres)
    return 0;
  bool nested = false;
  forEachVertex(a, [&](Point p) { nested = nested || contains(b, p.x, p.y); });
  forEachVertex(b, [&](Point p) { nested = nested || contains(a, p.x, p.y); });
  return nested ? -gap : gap;
}

std::array<double, 4> bounds(const PlainMultiPolygon &polygons)
{
  constexpr double inf = std::numeric_limits<double>::infinity();
  std::array<double, 4> box{inf, inf, -inf, -inf};
  forEachVertex(polygons, [&box](Point p) {
    box = {std::min(box[0], p.x), std::min(box[1], p.y), std::max(box[2], p.x), std::max(box[3], p.y)};
  });
  return box;
}

std::vector<PlainFeature> readPlainLayer(const QString &path, const QString &table, const QString &textField)
{
  GDALAllRegister();
  const GDALDatasetUniquePtr dataset(
      GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
  if (!dataset)
    qFatal("OGR cannot open %s", qPrintable(path));
  OGRLayer *layer = dataset->GetLayerByName(table.toUtf8().constData());
  if (!layer)
    qFatal("%s has no table %s", qPrintable(path), qPrintable(table));
  const int field =
      textField.isEmpty() ? -1 : layer->GetLayerDefn()->GetFieldIndex(textField.toUtf8().constData());
  if (!textField.isEmpty() && field < 0)
    qFatal("%s has no field %s", qPrintable(table), qPrintable(textField));
  std::vector<PlainFeature> features;
  for (const OGRFeatureUniquePtr &ogrFeature : *layer) {
    PlainFeature feature;
    feature.fid = ogrFeature->GetFID();
    if (const OGRGeometry *geometry = ogrFeature->GetGeometryRef();
        geometry && !addGeometry(*geometry, feature))
      qFatal("%s: feature %lld is neither points nor polygons", qPrintable(table), feature.fid);
    feature.box = bounds(feature.polygons);
    for (std::size_t i = 0; i + 1 < feature.points.size(); i += 2)
      feature.box = {
          std::min(feature.box[0], feature.points[i]), std::min(feature.box[1], feature.points[i + 1]),
          std::max(feature.box[2], feature.points[i]), std::max(feature.box[3], feature.points[i + 1])};
    if (field >= 0)
      feature.text = QString::fromUtf8(ogrFeature->GetFieldAsString(field));
    features.push_back(std::move(feature));
  }
  return features;
}

PlainMultiPolygon plainPolygonsFromWkt(const QString &wkt)
{
  OGRGeometry *parsed = nullptr;
  const QByteArray text = wkt.toUtf8();
  if (OGRGeometryFactory::createFromWkt(text.constData(), nullptr, &parsed) != OGRERR_NONE || !parsed)
    return {};
  const std::unique_ptr<OGRGeometry, decltype(&OGRGeometryFactory::destroyGeometry)> geometry(
      parsed, &OGRGeometryFactory::destroyGeometry);
  PlainFeature feature;
  if (!addGeometry(*geometry, feature) || !feature.points.empty())
    return {};
  return feature.polygons;
}

} // namespace rc::test
