#include "demo/RoadNetwork.h"

#include "demo/AdministrativeDivisions.h"
#include "demo/GpkgWriter.h"
#include "demo/NameMaker.h"
#include "demo/ProgressReporter.h"
#include "demo/SeedTables.h"
#include "demo/UrbanDensity.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <numbers>
#include <numeric>

using namespace Qt::StringLiterals;

namespace rc::demo {

namespace {

/// The street lattice is laid out in metres from 东街口, so its line x = 0 is 八一七路.
constexpr double kOriginX = 119.2985, kOriginY = 26.0866;
constexpr int kUnit = 100;            ///< metres per lattice unit
constexpr int kCoarsest = 16;         ///< the largest block that still has streets (1.6 km)
constexpr double kAxisClearance = 90; ///< lattice streets keep this far from a real axis (m)
constexpr double kShortestPiece = 15; ///< stretches shorter than this give no addresses (m)

/// The block size (in units) the city wants at a density; 0: no lattice, villages only.
int blockUnits(double density)
{
  if (density >= UrbanDensity::kCore)
    return 2;
  if (density >= UrbanDensity::kUrban)
    return 4;
  if (density >= UrbanDensity::kSuburban)
    return 8;
  if (density >= UrbanDensity::kTown)
    return 16;
  return 0;
}

QString latticeKind(int line)
{
  if (line % 16 == 0)
    return u"主干道"_s;
  if (line % 8 == 0)
    return u"次干道"_s;
  if (line % 4 == 0)
    return u"支路"_s;
  return u"街巷"_s;
}

int longestRun(const QString &kind)
{
  if (kind == u"主干道"_s)
    return 60;
  if (kind == u"次干道"_s)
    return 30;
  if (kind == u"支路"_s)
    return 20;
  return 10;
}

/// A gentle, city-wide displacement of the lattice, so streets curve a little and meet where
/// they should (both streets of a crossing move by the same amount).
struct Warp
{
  double phase[4];
  std::pair<double, double> operator()(double u, double v) const
  {
    constexpr double kTwoPi = 2 * std::numbers::pi;
    return {u + 40 * std::sin(kTwoPi * v / 2100 + phase[0]) + 10 * std::sin(kTwoPi * v / 1100 + phase[1]),
            v + 40 * std::sin(kTwoPi * u / 2500 + phase[2]) + 10 * std::sin(kTwoPi * u / 1300 + phase[3])};
  }
};

struct Interval
{
  int from, to;
};
using LatticeLines = std::map<int, std::vector<Interval>>;

/// Merges touching intervals of each line into runs.
void mergeRuns(LatticeLines &lines)
{
  for (auto &[line, intervals] : lines) {
    std::sort(intervals.begin(), intervals.end(),
              [](const Interval &a, const Interval &b) { return a.from < b.from; });
    std::vector<Interval> merged;
    for (const Interval &i : intervals) {
      if (!merged.empty() && i.from <= merged.back().to)
        merged.back().to = std::max(merged.back().to, i.to);
      else
        merged.push_back(i);
    }
    intervals = std::move(merged);
  }
}

struct DisjointSets
{
  std::vector<int> parent;
  explicit DisjointSets(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  int find(int i)
  {
    return parent[std::size_t(i)] == i ? i : parent[std::size_t(i)] = find(parent[std::size_t(i)]);
  }
  bool join(int a, int b)
  {
    a = find(a);
    b = find(b);
    if (a == b)
      return false;
    parent[std::size_t(a)] = b;
    return true;
  }
};

} // namespace

RoadNetwork::RoadNetwork(const GeosContext &geos, const AdministrativeDivisions &divisions,
                         const SeedTables &tables, const UrbanDensity &density, const NameMaker &names,
                         quint64 seed, ProgressReporter &progress)
    : m_geos(geos), m_divisions(divisions), m_pieces(divisions.communities().size())
{
  DemoRandom random(seed, "roads");
  addRealAxes(tables);
  addLattice(density, names, random);
  progress.update(0.1);
  addCountryRoads(density, names, random);
  progress.update(0.2);
  cut(0, &progress);
  const std::size_t lanes = m_streets.size();
  addLanes(names, random);
  cut(lanes, nullptr);
}

int RoadNetwork::addStreet(const QString &name, const QString &kind, bool real, std::vector<double> xy,
                           bool clearAxes)
{
  Street street;
  street.name = name;
  street.kind = kind;
  street.real = real;
  street.shape = m_geos.lineString(xy);
  if (clearAxes && m_realAxesBuffer) {
    // Stretches of the lattice that run along a real axis would double it: they go, while the
    // short stretches where a street merely crosses an axis stay.
    const Geometry inside =
        m_geos.linealParts(m_geos.intersection(street.shape.get(), m_realAxesBuffer.get()));
    if (!m_geos.isEmpty(inside.get())) {
      std::vector<Geometry> kept;
      for (const GEOSGeometry *part : m_geos.parts(inside.get()))
        if (Polyline(m_geos.vertices(part)).length() < 3 * kAxisClearance)
          kept.push_back(m_geos.clone(part));
      const Geometry outside =
          m_geos.linealParts(m_geos.difference(street.shape.get(), m_realAxesBuffer.get()));
      for (const GEOSGeometry *part : m_geos.parts(outside.get()))
        kept.push_back(m_geos.clone(part));
      const Geometry merged =
          m_geos.lineMerge(m_geos.collection(GEOS_MULTILINESTRING, std::move(kept)).get());
      std::vector<Geometry> longEnough;
      for (const GEOSGeometry *part : m_geos.parts(merged.get()))
        if (Polyline(m_geos.vertices(part)).length() >= 150)
          longEnough.push_back(m_geos.clone(part));
      if (longEnough.empty())
        return -1;
      street.shape = m_geos.collection(GEOS_MULTILINESTRING, std::move(longEnough));
    }
  }
  street.path = Polyline(std::move(xy));
  m_streets.push_back(std::move(street));
  return int(m_streets.size() - 1);
}

void RoadNetwork::addRealAxes(const SeedTables &tables)
{
  std::vector<Geometry> buffers;
  for (const SeedTables::NamedRoad &road : tables.namedRoads) {
    m_usedNames.insert(road.name);
    addStreet(road.name, road.kind, true, road.xy, false);
    // The buffer is in degrees: widen it for longitude so it is about as many metres both ways.
    buffers.push_back(m_geos.buffer(m_streets.back().shape.get(), metric::dx(kAxisClearance)));
  }
  if (!buffers.empty())
    m_realAxesBuffer =
        m_geos.unaryUnion(m_geos.collection(GEOS_GEOMETRYCOLLECTION, std::move(buffers)).get());
}

void RoadNetwork::addLattice(const UrbanDensity &density, const NameMaker &names, DemoRandom &random)
{
  const Warp warp{
      {random.uniform(0, 6.3), random.uniform(0, 6.3), random.uniform(0, 6.3), random.uniform(0, 6.3)}};
  const auto toLonLat = [](double u, double v) {
    return std::pair{kOriginX + metric::dx(u), kOriginY + metric::dy(v)};
  };
  const BBox &bounds = m_divisions.coverage().bounds;
  const int u0 =
      int(std::floor((bounds.xMin - kOriginX) * metric::kMetresPerDegreeX / kUnit / kCoarsest)) * kCoarsest;
  const int u1 =
      int(std::ceil((bounds.xMax - kOriginX) * metric::kMetresPerDegreeX / kUnit / kCoarsest)) * kCoarsest;
  const int v0 =
      int(std::floor((bounds.yMin - kOriginY) * metric::kMetresPerDegreeY / kUnit / kCoarsest)) * kCoarsest;
  const int v1 =
      int(std::ceil((bounds.yMax - kOriginY) * metric::kMetresPerDegreeY / kUnit / kCoarsest)) * kCoarsest;

  LatticeLines horizontal, vertical;
  // A quadtree below the coarsest block: a block splits while the densest of its nine sample
  // points wants smaller blocks.
  std::function<void(int, int, int)> block = [&](int u, int v, int size) {
    double densest = 0;
    for (int i = 0; i <= 2; ++i)
      for (int j = 0; j <= 2; ++j) {
        const auto [x, y] = toLonLat((u + size * i / 2.0) * kUnit, (v + size * j / 2.0) * kUnit);
        densest = std::max(densest, density.at(x, y));
      }
    const int wanted = blockUnits(densest);
    if (wanted == 0)
      return;
    if (size > wanted) {
      const int half = size / 2;
      for (const auto &[du, dv] :
           {std::pair{0, 0}, std::pair{half, 0}, std::pair{0, half}, std::pair{half, half}})
        block(u + du, v + dv, half);
      return;
    }
    horizontal[v].push_back({u, u + size});
    horizontal[v + size].push_back({u, u + size});
    vertical[u].push_back({v, v + size});
    vertical[u + size].push_back({v, v + size});
  };
  for (int v = v0; v < v1; v += kCoarsest)
    for (int u = u0; u < u1; u += kCoarsest) {
      const auto [x0, y0] = toLonLat(double(u) * kUnit, double(v) * kUnit);
      const auto [x1, y1] = toLonLat(double(u + kCoarsest) * kUnit, double(v + kCoarsest) * kUnit);
      const Geometry square = m_geos.rectangle({x0, y0, x1, y1});
      if (m_geos.intersectsGeometry(m_divisions.coverage().prepared, square.get()))
        block(u, v, kCoarsest);
    }
  mergeRuns(horizontal);
  mergeRuns(vertical);

  for (const bool isHorizontal : {true, false}) {
    for (const auto &[line, runs] : isHorizontal ? horizontal : vertical) {
      const QString kind = latticeKind(line);
      const bool major = kind == u"主干道"_s || kind == u"次干道"_s;
      for (const Interval &run : runs) {
        const int length = run.to - run.from;
        const int chunks = (length + longestRun(kind) - 1) / longestRun(kind);
        for (int c = 0; c < chunks; ++c) {
          const int from = run.from + length * c / chunks, to = run.from + length * (c + 1) / chunks;
          std::vector<double> xy;
          for (int t = from; t <= to; ++t) {
            const auto [u, v] = isHorizontal ? warp(double(t) * kUnit, double(line) * kUnit)
                                             : warp(double(line) * kUnit, double(t) * kUnit);
            const auto [x, y] = toLonLat(u, v);
            xy.push_back(x);
            xy.push_back(y);
          }
          addStreet(NameMaker::unique(m_usedNames, [&] { return names.roadName(random, major); }), kind,
                    false, std::move(xy), true);
        }
      }
    }
  }
}

void RoadNetwork::addCountryRoads(const UrbanDensity &density, const NameMaker &names, DemoRandom &random)
{
  std::vector<Point> towns, villages;
  QStringList townNames;
  for (const Town &t : m_divisions.towns())
    if (density.at(t.site.first, t.site.second) < UrbanDensity::kSuburban) {
      towns.push_back(t.site);
      townNames << t.name.left(2);
    }
  for (const Community &c : m_divisions.communities())
    if (c.density < UrbanDensity::kSuburban)
      villages.push_back(c.site);

  connect(towns, 0.15, random, [&](int a, int b) -> std::pair<QString, QString> {
    return {townNames[a] + townNames[b] + u"公路"_s, u"县道"_s};
  });
  connect(villages, 0.35, random, [&](int, int) -> std::pair<QString, QString> {
    return {names.villageName(random) + u"路"_s, u"乡道"_s};
  });
}

void RoadNetwork::connect(const std::vector<Point> &sites, double loopChance, DemoRandom &random,
                          const std::function<std::pair<QString, QString>(int, int)> &nameAndKind)
{
  if (sites.size() < 3)
    return;
  std::map<Point, int> indexOf;
  std::vector<Geometry> points;
  for (std::size_t i = 0; i < sites.size(); ++i) {
    indexOf.emplace(sites[i], int(i));
    points.push_back(m_geos.point(sites[i].first, sites[i].second));
  }
  const Geometry edges = m_geos.delaunayEdges(m_geos.collection(GEOS_MULTIPOINT, std::move(points)).get());

  struct Edge
  {
    int a, b;
    double metres;
  };
  std::vector<Edge> candidates;
  for (const GEOSGeometry *edge : m_geos.parts(edges.get())) {
    const std::vector<double> xy = m_geos.vertices(edge);
    const auto a = indexOf.find({xy[0], xy[1]}), b = indexOf.find({xy[2], xy[3]});
    if (a == indexOf.end() || b == indexOf.end())
      continue;
    const double metres = metric::distance(xy[0], xy[1], xy[2], xy[3]);
    if (metres < 15000)
      candidates.push_back({std::min(a->second, b->second), std::max(a->second, b->second), metres});
  }
  std::sort(candidates.begin(), candidates.end(), [](const Edge &p, const Edge &q) {
    return p.metres != q.metres ? p.metres < q.metres : std::pair{p.a, p.b} < std::pair{q.a, q.b};
  });

  // A spanning tree keeps every place reachable; a few short extra edges make loops.
  const double median = candidates.empty() ? 0 : candidates[candidates.size() / 2].metres;
  DisjointSets sets(sites.size());
  for (const Edge &e : candidates) {
    const bool tree = sets.join(e.a, e.b);
    if (!tree && !(e.metres < median && random.chance(loopChance)))
      continue;
    const Point &a = sites[std::size_t(e.a)], &b = sites[std::size_t(e.b)];
    const int segments = std::max(2, int(e.metres / 300));
    const double bend = random.uniform(-0.07, 0.07), wiggle = random.uniform(-0.02, 0.02);
    const double east = (b.first - a.first) * metric::kMetresPerDegreeX / e.metres;
    const double north = (b.second - a.second) * metric::kMetresPerDegreeY / e.metres;
    std::vector<double> xy;
    for (int s = 0; s <= segments; ++s) {
      const double t = double(s) / segments;
      const double offset =
          e.metres * (bend * std::sin(std::numbers::pi * t) + wiggle * std::sin(3 * std::numbers::pi * t));
      // Sideways, to the left of the chord: (-north, east).
      xy.push_back(a.first + t * (b.first - a.first) + metric::dx(-north * offset));
      xy.push_back(a.second + t * (b.second - a.second) + metric::dy(east * offset));
    }
    QString kind;
    const QString name = NameMaker::unique(m_usedNames, [&] {
      auto [candidate, candidateKind] = nameAndKind(e.a, e.b);
      kind = candidateKind;
      return candidate;
    });
    addStreet(name, kind, false, std::move(xy), true);
  }
}

void RoadNetwork::addLanes(const NameMaker &names, DemoRandom &random)
{
  const auto &communities = m_divisions.communities();
  for (std::size_t c = 0; c < communities.size(); ++c) {
    double length = 0;
    for (const RoadPiece &piece : m_pieces[c])
      length += piece.line.length();
    if (length >= 120)
      continue;
    // A lane through the community's own site, across its width: it cannot miss the community.
    const Community &community = communities[c];
    const BBox &b = community.area.bounds;
    const double y = community.site.second;
    const std::vector<double> xy{b.xMin, y, community.site.first, y, b.xMax, y};
    const QString stem = community.name.left(2);
    const QString name = NameMaker::unique(m_usedNames, [&]() -> QString {
      const QString middle = random.chance(0.5) ? QString() : names.villageName(random).left(1);
      return stem + middle + (community.urban ? u"巷"_s : u"路"_s);
    });
    // Not cleared from the real axes: this lane is the community's only road.
    addStreet(name, community.urban ? u"街巷"_s : u"乡道"_s, false, xy, false);
  }
}

void RoadNetwork::cut(std::size_t first, ProgressReporter *progress)
{
  for (std::size_t s = first; s < m_streets.size(); ++s) {
    cutStreet(s);
    if (progress && s % 256 == 0)
      progress->update(0.2 + 0.8 * double(s) / double(m_streets.size()));
  }
}

void RoadNetwork::cutStreet(std::size_t s)
{
  Street &street = m_streets[s];
  std::vector<Geometry> drawn;
  for (int c : m_divisions.communitiesNear(m_geos.bounds(street.shape.get()))) {
    const Area &area = m_divisions.communities()[std::size_t(c)].area;
    if (!m_geos.intersectsGeometry(area.prepared, street.shape.get()))
      continue;
    const Geometry inside = m_geos.linealParts(m_geos.intersection(area.geometry.get(), street.shape.get()));
    for (const GEOSGeometry *part : m_geos.parts(inside.get())) {
      Polyline line(m_geos.vertices(part));
      if (line.length() < kShortestPiece)
        continue;
      const std::vector<double> &xy = line.xy();
      double start = street.path.along(xy[0], xy[1]);
      const double end = street.path.along(xy[xy.size() - 2], xy[xy.size() - 1]);
      if (end < start) {
        line = line.reversed();
        start = end;
      }
      m_pieces[std::size_t(c)].push_back({int(s), std::move(line), start});
      drawn.push_back(m_geos.clone(part));
    }
  }
  if (street.real)
    street.drawn = m_geos.clone(street.shape.get());
  else if (!drawn.empty())
    street.drawn = m_geos.collection(GEOS_MULTILINESTRING, std::move(drawn));
}

void RoadNetwork::write(GpkgWriter &writer) const
{
  GpkgTable &table = writer.beginTable(u"roads"_s, u"道路"_s, TableGeometry::MultiLineString,
                                       {{u"road_id"_s, FieldType::Integer},
                                        {u"name"_s, FieldType::Text},
                                        {u"kind"_s, FieldType::Text},
                                        {u"length_m"_s, FieldType::Real},
                                        {u"real_axis"_s, FieldType::Integer},
                                        {u"schematic"_s, FieldType::Text}});
  int id = 0;
  for (const Street &street : m_streets) {
    if (!street.drawn)
      continue;
    table.setInteger(0, ++id);
    table.setText(1, street.name);
    table.setText(2, street.kind);
    table.setReal(3, std::round(street.path.length()));
    table.setInteger(4, street.real);
    table.setText(5, u"示意"_s);
    table.setWkb(m_geos.wkb(street.drawn.get()));
    table.write();
  }
  writer.endTable();
}

} // namespace rc::demo
