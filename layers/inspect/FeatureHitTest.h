#pragma once

#include "data/FeatureStore.h"
#include "geo/BBox.h"

#include <QFuture>
#include <QList>

#include <atomic>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <span>
#include <vector>

class QThreadPool;

namespace rc {

class CoordinateTransform;
class LayerStack;
class VectorLayer;

/// A shape to find features with, in the coordinates of the store it is tested against: a point
/// with a tolerance (identify, click select), a box or a polygon (box and polygon select). A plain
/// value; any thread.
///
/// What counts as a hit:
///  - Point: a point feature with a vertex within the tolerance; a line with a segment within the
///    tolerance; a polygon that contains the point by the even-odd rule over all its rings, so a
///    click in a hole misses. The outline gets no tolerance: a click just outside a district is not
///    in it.
///  - Box and Polygon: features that *intersect* the shape, touching included: a point inside it,
///    a line with any part inside or crossing its outline, a polygon overlapping its area. Not full
///    containment, as QGIS's default: a road crossing the box is picked without having to be
///    enclosed, and a district is picked by a box drawn inside it.
class HitShape
{
public:
  enum class Kind : quint8 { Nothing, Point, Box, Polygon };

  /// A shape that hits nothing (a query that could not be carried into a layer's CRS).
  HitShape() = default;
  [[nodiscard]] static HitShape point(double x, double y, double tolerance);
  [[nodiscard]] static HitShape box(const BBox &box);
  /// A simple ring of interleaved x,y pairs; the last vertex joins the first (closing it is
  /// optional). Fewer than three vertices hit nothing.
  [[nodiscard]] static HitShape polygon(std::vector<double> ring);

  [[nodiscard]] Kind kind() const { return m_kind; }
  /// Where hits can be: the box to query the spatial index with.
  [[nodiscard]] BBox bounds() const { return m_bounds; }
  [[nodiscard]] double tolerance() const { return m_tolerance; }

  /// The shape in the transform's destination CRS. A box stays a box under an identity transform
  /// and otherwise becomes a polygon with densified edges (its sides bend under reprojection); a
  /// point's tolerance becomes half the larger side of the transformed tolerance box. A shape that
  /// cannot be transformed hits nothing. Never throws.
  [[nodiscard]] HitShape transformed(const CoordinateTransform &transform) const;

  [[nodiscard]] bool hits(const FeatureStore &store, std::size_t feature) const;
  /// For a point: how far the feature is from it (0 inside a polygon), in the shape's units.
  /// Infinity for the other shapes and for empty features.
  [[nodiscard]] double distanceTo(const FeatureStore &store, std::size_t feature) const;

private:
  [[nodiscard]] bool inside(double x, double y) const;
  [[nodiscard]] bool crossesOutline(double x0, double y0, double x1, double y1) const;
  [[nodiscard]] bool pointHits(const FeatureStore &store, std::size_t feature) const;
  [[nodiscard]] bool areaHits(const FeatureStore &store, std::size_t feature) const;

  Kind m_kind = Kind::Nothing;
  BBox m_bounds;
  double m_x = 0;
  double m_y = 0;
  double m_tolerance = 0;
  std::vector<double> m_ring; ///< a box's corners or a polygon's vertices, interleaved x,y
};

/// Features hit by a shape: the first ones (ascending) and how many there are in all.
struct HitList
{
  std::vector<std::uint32_t> features;
  std::size_t total = 0;
};

/// The features of the store the shape hits, ascending, at most `limit` listed but all counted.
/// Narrows by the spatial index first. When *cancel turns true, stops early with what it has. With a
/// subset (ascending, as VectorLayer::subset()), only its features can be hit: what is not drawn
/// cannot be picked.
[[nodiscard]] HitList hitFeatures(const FeatureStore &store, const HitShape &shape,
                                  std::size_t limit = std::numeric_limits<std::size_t>::max(),
                                  const std::atomic_bool *cancel = nullptr,
                                  const std::vector<std::uint32_t> *subset = nullptr);

/// Of the features a click (a point shape) hits, the one the user most likely meant: a point before
/// a line before a polygon (they are drawn above them and are the harder targets), then the
/// nearest, then the one drawn last, on top. Nothing when there are no hits.
[[nodiscard]] std::optional<std::uint32_t> pickFeature(const FeatureStore &store, const HitShape &click,
                                                       std::span<const std::uint32_t> hits);

/// One layer's snapshot to search and the shape in that layer's CRS. Made on the GUI thread, searched
/// on a worker: the snapshot and the subset are immutable.
struct HitQuery
{
  /// The layer as it is drawn now: its features and its subset, so that identify and every select
  /// tool pick only what the map shows. `shape` must be in the layer's CRS.
  [[nodiscard]] static HitQuery forLayer(const VectorLayer &layer, HitShape shape);

  std::shared_ptr<const FeatureStore> store;
  HitShape shape;
  /// The only features that can be hit (VectorLayer::subset()); null: all of them.
  std::shared_ptr<const std::vector<std::uint32_t>> subset;
};

/// The thread pool for inspection work that can run long: identify and select searches, attribute
/// table sorts and filters. Not QThreadPool::globalInstance(), on purpose: Qt 6.4's raster engine
/// splits large fills over the global pool and waits for them on the GUI thread, so a long job
/// holding every global thread stalls all painting (measured: the whole length of a 3M-row filter).
[[nodiscard]] QThreadPool *inspectionPool();

/// Runs hitFeatures() for each query, in order, on inspectionPool(); one HitList per query.
/// When *cancel turns true the lists end early (the caller throws them away).
[[nodiscard]] QFuture<std::vector<HitList>> hitFeaturesAsync(std::vector<HitQuery> queries, std::size_t limit,
                                                             std::shared_ptr<const std::atomic_bool> cancel);

/// The vector layers a search over "all layers" covers: visible and loaded, top of the map first.
[[nodiscard]] QList<VectorLayer *> searchableLayers(const LayerStack &stack);

/// The bounds of the features' vertices carried through `transform` (layer CRS to canvas CRS,
/// for zooming to them). Empty when there is nothing to show or it cannot be transformed.
[[nodiscard]] BBox featureBounds(const FeatureStore &store, std::span<const std::uint32_t> features,
                                 const CoordinateTransform &transform);

/// Plane geometry behind HitShape, exposed for the tests.
namespace hitgeometry {
/// Crossing-number test of one ring (x,y interleaved, closing edge implied).
[[nodiscard]] bool ringContains(std::span<const double> ring, double x, double y);
/// Squared distance from (px,py) to the segment (x0,y0)-(x1,y1).
[[nodiscard]] double segmentDistanceSquared(double px, double py, double x0, double y0, double x1, double y1);
/// Whether two closed segments share a point (touching and collinear overlap included).
[[nodiscard]] bool segmentsIntersect(double ax, double ay, double bx, double by, double cx, double cy,
                                     double dx, double dy);
/// Whether a closed segment meets a box (inside or crossing it).
[[nodiscard]] bool segmentIntersectsBox(double x0, double y0, double x1, double y1, const BBox &box);
} // namespace hitgeometry

} // namespace rc
