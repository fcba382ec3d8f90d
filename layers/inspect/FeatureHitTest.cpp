#include "inspect/FeatureHitTest.h"

#include "geo/CoordinateTransform.h"
#include "map/LayerStack.h"
#include "map/VectorLayer.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace rc {

namespace {

/// Segments each side of an area shape is cut into before reprojection, so that its edges follow
/// the curve they become in the other CRS closely enough for picking.
constexpr int kDensifySteps = 8;
/// Cancellation is polled this often; checking the flag for every candidate would cost more than
/// testing small features.
constexpr std::size_t kCancelCheckInterval = 1024;

int orientation(double ax, double ay, double bx, double by, double cx, double cy)
{
  const double v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return (v > 0) - (v < 0);
}

/// For collinear points: whether q lies within the box spanned by p and r.
bool onSegment(double px, double py, double qx, double qy, double rx, double ry)
{
  return std::min(px, rx) <= qx && qx <= std::max(px, rx) && std::min(py, ry) <= qy && qy <= std::max(py, ry);
}

/// Even-odd over every ring of the feature: holes and the parts of a multipolygon alike.
bool featureContains(const FeatureStore &store, std::size_t feature, double x, double y)
{
  bool inside = false;
  for (std::size_t r = 0; r < store.ringCount(feature); ++r)
    inside ^= hitgeometry::ringContains(store.ring(feature, r).xy, x, y);
  return inside;
}

/// The ring with every edge (the closing one included) cut into kDensifySteps pieces.
std::vector<double> densified(std::span<const double> ring)
{
  const std::size_t n = ring.size() / 2;
  std::vector<double> out;
  out.reserve(2 * n * kDensifySteps);
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t j = (i + 1) % n;
    const double x0 = ring[2 * i], y0 = ring[2 * i + 1], x1 = ring[2 * j], y1 = ring[2 * j + 1];
    for (int s = 0; s < kDensifySteps; ++s) {
      const double t = double(s) / kDensifySteps;
      out.push_back(x0 + (x1 - x0) * t);
      out.push_back(y0 + (y1 - y0) * t);
    }
  }
  return out;
}

} // namespace

namespace hitgeometry {

bool ringContains(std::span<const double> ring, double x, double y)
{
  const std::size_t n = ring.size() / 2;
  bool inside = false;
  for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
    const double xi = ring[2 * i], yi = ring[2 * i + 1], xj = ring[2 * j], yj = ring[2 * j + 1];
    if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi)
      inside = !inside;
  }
  return inside;
}

double segmentDistanceSquared(double px, double py, double x0, double y0, double x1, double y1)
{
  const double dx = x1 - x0, dy = y1 - y0;
  const double length2 = dx * dx + dy * dy;
  double t = length2 > 0 ? ((px - x0) * dx + (py - y0) * dy) / length2 : 0;
  t = std::clamp(t, 0.0, 1.0);
  const double ex = x0 + t * dx - px, ey = y0 + t * dy - py;
  return ex * ex + ey * ey;
}

bool segmentsIntersect(double ax, double ay, double bx, double by, double cx, double cy, double dx, double dy)
{
  const int o1 = orientation(ax, ay, bx, by, cx, cy);
  const int o2 = orientation(ax, ay, bx, by, dx, dy);
  const int o3 = orientation(cx, cy, dx, dy, ax, ay);
  const int o4 = orientation(cx, cy, dx, dy, bx, by);
  if (o1 != o2 && o3 != o4)
    return true;
  return (o1 == 0 && onSegment(ax, ay, cx, cy, bx, by)) || (o2 == 0 && onSegment(ax, ay, dx, dy, bx, by)) ||
         (o3 == 0 && onSegment(cx, cy, ax, ay, dx, dy)) || (o4 == 0 && onSegment(cx, cy, bx, by, dx, dy));
}

bool segmentIntersectsBox(double x0, double y0, double x1, double y1, const BBox &box)
{
  if (box.contains(x0, y0) || box.contains(x1, y1))
    return true;
  // Liang–Barsky: clip the parameter range of the segment against each side.
  const double dx = x1 - x0, dy = y1 - y0;
  const double p[4] = {-dx, dx, -dy, dy};
  const double q[4] = {x0 - box.xMin, box.xMax - x0, y0 - box.yMin, box.yMax - y0};
  double t0 = 0, t1 = 1;
  for (int i = 0; i < 4; ++i) {
    if (p[i] == 0) {
      if (q[i] < 0)
        return false;
      continue;
    }
    const double r = q[i] / p[i];
    if (p[i] < 0)
      t0 = std::max(t0, r);
    else
      t1 = std::min(t1, r);
    if (t0 > t1)
      return false;
  }
  return true;
}

} // namespace hitgeometry

HitShape HitShape::point(double x, double y, double tolerance)
{
  HitShape shape;
  if (!std::isfinite(x) || !std::isfinite(y))
    return shape;
  shape.m_kind = Kind::Point;
  shape.m_x = x;
  shape.m_y = y;
  shape.m_tolerance = std::max(0.0, tolerance);
  shape.m_bounds = {x - shape.m_tolerance, y - shape.m_tolerance, x + shape.m_tolerance,
                    y + shape.m_tolerance};
  return shape;
}

HitShape HitShape::box(const BBox &box)
{
  HitShape shape;
  if (box.isEmpty() || !box.isFinite())
    return shape;
  shape.m_kind = Kind::Box;
  shape.m_bounds = box;
  shape.m_ring = {box.xMin, box.yMin, box.xMax, box.yMin, box.xMax, box.yMax, box.xMin, box.yMax};
  return shape;
}

HitShape HitShape::polygon(std::vector<double> ring)
{
  HitShape shape;
  if (ring.size() < 6)
    return shape;
  for (std::size_t i = 0; i + 1 < ring.size(); i += 2) {
    if (!std::isfinite(ring[i]) || !std::isfinite(ring[i + 1]))
      return shape;
    shape.m_bounds.include(ring[i], ring[i + 1]);
  }
  shape.m_kind = Kind::Polygon;
  shape.m_ring = std::move(ring);
  return shape;
}

HitShape HitShape::transformed(const CoordinateTransform &transform) const
{
  if (transform.isIdentity() || m_kind == Kind::Nothing)
    return *this;
  if (m_kind == Kind::Point) {
    double xy[2] = {m_x, m_y};
    transform.transformInPlace(xy, 1);
    try {
      const BBox reach = transform.transformBounds(m_bounds);
      return point(xy[0], xy[1], std::max(reach.width(), reach.height()) / 2);
    } catch (const CrsError &) {
      return {};
    }
  }
  std::vector<double> ring = densified(m_ring);
  transform.transformInPlace(ring.data(), ring.size() / 2);
  return polygon(std::move(ring));
}

bool HitShape::hits(const FeatureStore &store, std::size_t feature) const
{
  if (m_kind == Kind::Nothing || store.kind(feature) == GeometryKind::Empty)
    return false;
  return m_kind == Kind::Point ? pointHits(store, feature) : areaHits(store, feature);
}

double HitShape::distanceTo(const FeatureStore &store, std::size_t feature) const
{
  const GeometryKind kind = store.kind(feature);
  if (m_kind != Kind::Point || kind == GeometryKind::Empty)
    return std::numeric_limits<double>::infinity();
  if (kind == GeometryKind::Polygon && featureContains(store, feature, m_x, m_y))
    return 0;
  double nearest2 = std::numeric_limits<double>::infinity();
  for (std::size_t r = 0; r < store.ringCount(feature); ++r) {
    const std::span<const double> xy = store.ring(feature, r).xy;
    const std::size_t n = xy.size() / 2;
    if (kind == GeometryKind::Point || n == 1) {
      for (std::size_t i = 0; i < n; ++i) {
        const double dx = xy[2 * i] - m_x, dy = xy[2 * i + 1] - m_y;
        nearest2 = std::min(nearest2, dx * dx + dy * dy);
      }
      continue;
    }
    for (std::size_t i = 0; i + 1 < n; ++i)
      nearest2 = std::min(nearest2, hitgeometry::segmentDistanceSquared(m_x, m_y, xy[2 * i], xy[2 * i + 1],
                                                                        xy[2 * i + 2], xy[2 * i + 3]));
  }
  return std::sqrt(nearest2);
}

bool HitShape::inside(double x, double y) const
{
  return m_kind == Kind::Box ? m_bounds.contains(x, y) : hitgeometry::ringContains(m_ring, x, y);
}

bool HitShape::crossesOutline(double x0, double y0, double x1, double y1) const
{
  if (m_kind == Kind::Box)
    return hitgeometry::segmentIntersectsBox(x0, y0, x1, y1, m_bounds);
  BBox segment;
  segment.include(x0, y0);
  segment.include(x1, y1);
  if (!segment.intersects(m_bounds))
    return false;
  const std::size_t n = m_ring.size() / 2;
  for (std::size_t i = 0, j = n - 1; i < n; j = i++)
    if (hitgeometry::segmentsIntersect(x0, y0, x1, y1, m_ring[2 * j], m_ring[2 * j + 1], m_ring[2 * i],
                                       m_ring[2 * i + 1]))
      return true;
  return false;
}

bool HitShape::pointHits(const FeatureStore &store, std::size_t feature) const
{
  const GeometryKind kind = store.kind(feature);
  if (kind == GeometryKind::Polygon)
    return featureContains(store, feature, m_x, m_y);
  const double tolerance2 = m_tolerance * m_tolerance;
  for (std::size_t r = 0; r < store.ringCount(feature); ++r) {
    const std::span<const double> xy = store.ring(feature, r).xy;
    const std::size_t n = xy.size() / 2;
    if (kind == GeometryKind::Point || n == 1) {
      for (std::size_t i = 0; i < n; ++i) {
        const double dx = xy[2 * i] - m_x, dy = xy[2 * i + 1] - m_y;
        if (dx * dx + dy * dy <= tolerance2)
          return true;
      }
      continue;
    }
    for (std::size_t i = 0; i + 1 < n; ++i)
      if (hitgeometry::segmentDistanceSquared(m_x, m_y, xy[2 * i], xy[2 * i + 1], xy[2 * i + 2],
                                              xy[2 * i + 3]) <= tolerance2)
        return true;
  }
  return false;
}

bool HitShape::areaHits(const FeatureStore &store, std::size_t feature) const
{
  const BBox bounds = store.featureBounds(feature);
  if (!bounds.intersects(m_bounds))
    return false;
  if (m_kind == Kind::Box && m_bounds.contains(bounds))
    return true;
  // Either a vertex of the feature lies in the shape, or an edge crosses its outline, or (for a
  // polygon) the shape lies wholly inside the feature's area: the three ways two regions meet.
  const GeometryKind kind = store.kind(feature);
  const auto [first, last] = store.vertexRange(feature);
  const std::span<const double> xy = store.coordinates();
  for (std::size_t v = first; v < last; ++v)
    if (inside(xy[2 * v], xy[2 * v + 1]))
      return true;
  if (kind == GeometryKind::Point)
    return false;
  for (std::size_t r = 0; r < store.ringCount(feature); ++r) {
    const std::span<const double> ring = store.ring(feature, r).xy;
    const std::size_t n = ring.size() / 2;
    for (std::size_t i = 0; i + 1 < n; ++i)
      if (crossesOutline(ring[2 * i], ring[2 * i + 1], ring[2 * i + 2], ring[2 * i + 3]))
        return true;
    if (kind == GeometryKind::Polygon && n > 1 &&
        crossesOutline(ring[2 * n - 2], ring[2 * n - 1], ring[0], ring[1]))
      return true;
  }
  return kind == GeometryKind::Polygon && featureContains(store, feature, m_ring[0], m_ring[1]);
}

HitList hitFeatures(const FeatureStore &store, const HitShape &shape, std::size_t limit,
                    const std::atomic_bool *cancel, const std::vector<std::uint32_t> *subset)
{
  HitList result;
  if (shape.kind() == HitShape::Kind::Nothing)
    return result;
  std::vector<std::uint32_t> candidates = store.featuresIn(shape.bounds());
  if (subset) {
    // Both ascending: one merge pass, as the renderer draws the subset.
    std::vector<std::uint32_t> drawn;
    drawn.reserve(std::min(candidates.size(), subset->size()));
    std::set_intersection(candidates.begin(), candidates.end(), subset->begin(), subset->end(),
                          std::back_inserter(drawn));
    candidates = std::move(drawn);
  }
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    if (cancel && i % kCancelCheckInterval == 0 && cancel->load(std::memory_order_relaxed))
      break;
    if (!shape.hits(store, candidates[i]))
      continue;
    ++result.total;
    if (result.features.size() < limit)
      result.features.push_back(candidates[i]);
  }
  return result;
}

std::optional<std::uint32_t> pickFeature(const FeatureStore &store, const HitShape &click,
                                         std::span<const std::uint32_t> hits)
{
  std::optional<std::uint32_t> best;
  int bestRank = 0;
  double bestDistance = 0;
  for (const std::uint32_t feature : hits) {
    const GeometryKind kind = store.kind(feature);
    const int rank = kind == GeometryKind::Point ? 0 : kind == GeometryKind::Line ? 1 : 2;
    const double distance = click.distanceTo(store, feature);
    // Later features are drawn on top: on a tie, the later one wins.
    if (!best || rank < bestRank || (rank == bestRank && distance <= bestDistance)) {
      best = feature;
      bestRank = rank;
      bestDistance = distance;
    }
  }
  return best;
}

HitQuery HitQuery::forLayer(const VectorLayer &layer, HitShape shape)
{
  return {layer.features(), std::move(shape), layer.subset()};
}

QThreadPool *inspectionPool()
{
  static QThreadPool pool;
  return &pool;
}

QFuture<std::vector<HitList>> hitFeaturesAsync(std::vector<HitQuery> queries, std::size_t limit,
                                               std::shared_ptr<const std::atomic_bool> cancel)
{
  return QtConcurrent::run(inspectionPool(), [queries = std::move(queries), limit,
                                              cancel = std::move(cancel)] {
    std::vector<HitList> lists;
    lists.reserve(queries.size());
    for (const HitQuery &query : queries)
      lists.push_back(query.store
                          ? hitFeatures(*query.store, query.shape, limit, cancel.get(), query.subset.get())
                          : HitList());
    return lists;
  });
}

QList<VectorLayer *> searchableLayers(const LayerStack &stack)
{
  QList<VectorLayer *> layers;
  const QList<MapLayer *> visible = stack.visibleLayers();
  for (auto it = visible.rbegin(); it != visible.rend(); ++it) {
    auto *layer = qobject_cast<VectorLayer *>(*it);
    if (layer && layer->state() == MapLayer::State::Ready && layer->features())
      layers.append(layer);
  }
  return layers;
}

BBox featureBounds(const FeatureStore &store, std::span<const std::uint32_t> features,
                   const CoordinateTransform &transform)
{
  BBox box;
  for (const std::uint32_t feature : features)
    if (feature < store.featureCount() && store.kind(feature) != GeometryKind::Empty)
      box.include(store.featureBounds(feature));
  if (box.isEmpty() || transform.isIdentity())
    return box;
  try {
    return transform.transformBounds(box);
  } catch (const CrsError &) {
    return {};
  }
}

} // namespace rc
