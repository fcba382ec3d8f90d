#pragma once

#include "demo/DemoRandom.h"
#include "geo/Geos.h"

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace rc::demo {

using Point = std::pair<double, double>;

/// A uniformly random point strictly inside `area`, by rejection from its bounds; nullopt when
/// `tries` draws all missed (slivers), so callers can fall back to a point they know is inside.
[[nodiscard]] std::optional<Point> randomPointIn(const GeosContext &geos, const Area &area,
                                                 DemoRandom &random, int tries = 200);

/// A point inside `area` for sure: a random one when the draws hit, else GEOS's point on surface.
[[nodiscard]] Point pointIn(const GeosContext &geos, const Area &area, DemoRandom &random);

/// `count` well-spread sites inside `area` by Mitchell's best-candidate sampling: each new site is
/// the candidate farthest from the sites so far, with distance scaled by `weight(x, y)` so that
/// heavier places (denser city) take closer sites. `first`, when inside, is the first site.
[[nodiscard]] std::vector<Point> spreadSites(const GeosContext &geos, const Area &area, int count,
                                             DemoRandom &random,
                                             const std::function<double(double, double)> &weight,
                                             std::optional<Point> first = std::nullopt);

/// Cells of the Voronoi diagram of `sites`, clipped to `area`: cell i belongs to site i. They
/// tile the area without gap or overlap (up to GEOS's floating-point overlay).
[[nodiscard]] std::vector<Geometry> voronoiCells(const GeosContext &geos, const std::vector<Point> &sites,
                                                 const GEOSGeometry *area, const BBox &extent);

/// Splits `total` into whole shares proportional to `weights` that add up exactly (largest
/// remainder; ties go to the lower index). All-zero weights give everything to the first.
[[nodiscard]] std::vector<qint64> apportion(qint64 total, const std::vector<double> &weights);

} // namespace rc::demo
