#include "demo/Sampling.h"

#include "demo/DemoCityGenerator.h"
#include "demo/LocalMetric.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace rc::demo {

std::optional<Point> randomPointIn(const GeosContext &geos, const Area &area, DemoRandom &random, int tries)
{
  const BBox &b = area.bounds;
  for (int i = 0; i < tries; ++i) {
    const double x = random.uniform(b.xMin, b.xMax), y = random.uniform(b.yMin, b.yMax);
    if (geos.contains(area.prepared, x, y))
      return Point{x, y};
  }
  return std::nullopt;
}

Point pointIn(const GeosContext &geos, const Area &area, DemoRandom &random)
{
  if (const auto p = randomPointIn(geos, area, random))
    return *p;
  return geos.pointOnSurface(area.geometry.get());
}

std::vector<Point> spreadSites(const GeosContext &geos, const Area &area, int count, DemoRandom &random,
                               const std::function<double(double, double)> &weight,
                               std::optional<Point> first)
{
  constexpr int kCandidates = 12;
  std::vector<Point> sites;
  if (first && geos.contains(area, first->first, first->second))
    sites.push_back(*first);
  int misses = 0;
  while (int(sites.size()) < count && misses < 20) {
    std::optional<Point> best;
    double bestScore = -1;
    for (int c = 0; c < kCandidates; ++c) {
      const auto candidate = randomPointIn(geos, area, random, 50);
      if (!candidate)
        continue;
      double nearest = std::numeric_limits<double>::max();
      for (const Point &s : sites)
        nearest = std::min(nearest, metric::distance(s.first, s.second, candidate->first, candidate->second));
      const double score = nearest * weight(candidate->first, candidate->second);
      if (score > bestScore && nearest > 1.0) {
        bestScore = score;
        best = candidate;
      }
    }
    if (best)
      sites.push_back(*best);
    else
      ++misses;
  }
  if (sites.empty())
    sites.push_back(geos.pointOnSurface(area.geometry.get()));
  return sites;
}

std::vector<Geometry> voronoiCells(const GeosContext &geos, const std::vector<Point> &sites,
                                   const GEOSGeometry *area, const BBox &extent)
{
  std::vector<Geometry> cells(sites.size());
  if (sites.size() == 1) {
    cells[0] = area ? geos.clone(area) : geos.rectangle(extent);
    return cells;
  }
  std::vector<Geometry> points;
  for (const Point &s : sites)
    points.push_back(geos.point(s.first, s.second));
  const Geometry multipoint = geos.collection(GEOS_MULTIPOINT, std::move(points));
  const Geometry frame = geos.rectangle(extent.scaled(1.2));
  const Geometry diagram = geos.voronoi(multipoint.get(), frame.get());
  // GEOS 3.11 returns the cells in its own order; each cell holds exactly one site.
  for (const GEOSGeometry *cell : geos.parts(diagram.get())) {
    const PreparedGeometry prepared = geos.prepare(cell);
    for (std::size_t i = 0; i < sites.size(); ++i) {
      if (!cells[i] && geos.contains(prepared, sites[i].first, sites[i].second)) {
        cells[i] = area ? geos.polygonalParts(geos.intersection(cell, area)) : geos.clone(cell);
        break;
      }
    }
  }
  for (const Geometry &cell : cells)
    if (!cell)
      throw DemoDataError(DemoDataError::Reason::Geometry,
                          DemoCityGenerator::tr("the Voronoi diagram lost a site (duplicate points?)"));
  return cells;
}

std::vector<qint64> apportion(qint64 total, const std::vector<double> &weights)
{
  std::vector<qint64> shares(weights.size(), 0);
  if (weights.empty())
    return shares;
  const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
  if (sum <= 0) {
    shares[0] = total;
    return shares;
  }
  std::vector<double> remainders(weights.size());
  qint64 given = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    const double exact = double(total) * weights[i] / sum;
    shares[i] = qint64(std::floor(exact));
    remainders[i] = exact - double(shares[i]);
    given += shares[i];
  }
  std::vector<std::size_t> order(weights.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
  for (std::size_t i = 0; given < total; i = (i + 1) % order.size(), ++given)
    ++shares[order[i]];
  return shares;
}

} // namespace rc::demo
