#include "demo/GridTiler.h"

#include "demo/AdministrativeDivisions.h"
#include "demo/DemoCityGenerator.h"
#include "demo/EventGenerator.h"
#include "demo/GpkgWriter.h"
#include "demo/LocalMetric.h"
#include "demo/NameMaker.h"
#include "demo/ProgressReporter.h"
#include "demo/UrbanDensity.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace rc::demo {

namespace {

/// The lattice's north-west corner, shared by every community so that neighbouring grids line up.
constexpr double kOriginX = 118.0, kOriginY = 27.0;
constexpr double kBaseMetres = 300;
/// Pieces smaller than this share of a full cell join a neighbour.
constexpr double kSliverShare = 0.3;

double cellWidth(int scale)
{
  return metric::dx(kBaseMetres * scale);
}
double cellHeight(int scale)
{
  return metric::dy(kBaseMetres * scale);
}

int scaleFor(double density)
{
  if (density >= UrbanDensity::kUrban)
    return 1;
  if (density >= 0.08)
    return 2;
  return 5;
}

/// A lattice cell's share of the community while grids are merged.
struct Piece
{
  Geometry geometry;
  double area = 0;
  std::vector<std::pair<int, int>> cells; ///< (row, column)
  bool alive = true;
};

} // namespace

GridTiler::GridTiler(const GeosContext &geos, const AdministrativeDivisions &divisions,
                     const NameMaker &names, quint64 seed, ProgressReporter &progress)
    : m_geos(geos)
{
  DemoRandom random(seed, "grids");
  const auto &communities = divisions.communities();
  m_lattices.resize(communities.size());
  for (std::size_t c = 0; c < communities.size(); ++c) {
    tile(int(c), communities[c].area, scaleFor(communities[c].density));
    // The code has three digits of sequence: a community too big for 999 cells gets coarser ones.
    for (int scale = 2; m_lattices[c].grids.size() > 999; scale *= 2) {
      m_grids.resize(m_grids.size() - m_lattices[c].grids.size());
      m_lattices[c] = {};
      tile(int(c), communities[c].area, scale);
    }
    int sequence = 0;
    for (int g : m_lattices[c].grids) {
      Grid &grid = m_grids[std::size_t(g)];
      grid.code = communities[c].code + QString::number(++sequence).rightJustified(3, u'0');
      grid.staffName = names.personName(random);
      grid.staffPhone = names.mobilePhone(random);
    }
    if (c % 64 == 0)
      progress.update(double(c) / double(communities.size()));
  }
}

void GridTiler::tile(int community, const Area &area, int scale)
{
  const double w = cellWidth(scale), h = cellHeight(scale);
  const BBox &b = area.bounds;
  const int col0 = int(std::floor((b.xMin - kOriginX) / w)), col1 = int(std::floor((b.xMax - kOriginX) / w));
  const int row0 = int(std::floor((kOriginY - b.yMax) / h)), row1 = int(std::floor((kOriginY - b.yMin) / h));

  std::vector<Piece> pieces;
  std::map<std::pair<int, int>, std::size_t> pieceAt;
  for (int row = row0; row <= row1; ++row) {
    for (int col = col0; col <= col1; ++col) {
      const BBox cell{kOriginX + col * w, kOriginY - (row + 1) * h, kOriginX + (col + 1) * w,
                      kOriginY - row * h};
      Geometry rectangle = m_geos.rectangle(cell);
      if (!m_geos.intersectsGeometry(area.prepared, rectangle.get()))
        continue;
      Geometry piece = m_geos.containsGeometry(area.prepared, rectangle.get())
                           ? std::move(rectangle)
                           : m_geos.polygonalParts(m_geos.intersection(area.geometry.get(), rectangle.get()));
      const double pieceArea = m_geos.area(piece.get());
      if (pieceArea <= 0)
        continue;
      pieceAt[{row, col}] = pieces.size();
      pieces.push_back({std::move(piece), pieceArea, {{row, col}}, true});
    }
  }

  // Slivers, smallest first, join the lattice neighbour they share the longest border with.
  std::vector<std::size_t> order(pieces.size());
  for (std::size_t i = 0; i < order.size(); ++i)
    order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return pieces[a].area < pieces[b].area; });
  const double fullCell = w * h;
  for (std::size_t i : order) {
    Piece &sliver = pieces[i];
    if (sliver.area >= kSliverShare * fullCell)
      break;
    std::size_t best = pieces.size();
    double bestLength = 0;
    for (const auto &[row, col] : sliver.cells) {
      for (const auto &[dr, dc] : {std::pair{-1, 0}, std::pair{1, 0}, std::pair{0, -1}, std::pair{0, 1}}) {
        const auto it = pieceAt.find({row + dr, col + dc});
        if (it == pieceAt.end() || it->second == i)
          continue;
        const Geometry shared = m_geos.intersection(sliver.geometry.get(), pieces[it->second].geometry.get());
        const double length = m_geos.length(shared.get());
        if (length > bestLength) {
          bestLength = length;
          best = it->second;
        }
      }
    }
    if (best == pieces.size())
      continue;
    Piece &target = pieces[best];
    std::vector<Geometry> both;
    both.push_back(std::move(target.geometry));
    both.push_back(std::move(sliver.geometry));
    target.geometry = m_geos.polygonalParts(
        m_geos.unaryUnion(m_geos.collection(GEOS_GEOMETRYCOLLECTION, std::move(both)).get()));
    target.area += sliver.area;
    for (const auto &cell : sliver.cells) {
      target.cells.push_back(cell);
      pieceAt[cell] = best;
    }
    sliver.alive = false;
  }

  // Sequence numbers run west→east along each row, rows north→south, by each grid's first cell.
  std::vector<std::size_t> alive;
  for (std::size_t i = 0; i < pieces.size(); ++i)
    if (pieces[i].alive) {
      std::sort(pieces[i].cells.begin(), pieces[i].cells.end());
      alive.push_back(i);
    }
  std::sort(alive.begin(), alive.end(),
            [&](std::size_t a, std::size_t b) { return pieces[a].cells[0] < pieces[b].cells[0]; });

  Lattice &lattice = m_lattices[std::size_t(community)];
  lattice.scale = scale;
  for (std::size_t i : alive) {
    const int index = int(m_grids.size());
    for (const auto &cell : pieces[i].cells)
      lattice.cellGrid[cell] = index;
    lattice.grids.push_back(index);
    Grid grid;
    grid.community = community;
    grid.areaKm2 = metric::squareKm(pieces[i].area);
    grid.area = m_geos.makeArea(std::move(pieces[i].geometry));
    m_grids.push_back(std::move(grid));
  }
}

int GridTiler::gridAt(int community, double x, double y) const
{
  const Lattice &lattice = m_lattices[std::size_t(community)];
  const int row = int(std::floor((kOriginY - y) / cellHeight(lattice.scale)));
  const int col = int(std::floor((x - kOriginX) / cellWidth(lattice.scale)));
  const auto it = lattice.cellGrid.find({row, col});
  if (it != lattice.cellGrid.end() && m_geos.contains(m_grids[std::size_t(it->second)].area, x, y))
    return it->second;
  // On a lattice line the floor can pick the neighbour: ask the community's grids.
  for (int g : lattice.grids)
    if (m_geos.contains(m_grids[std::size_t(g)].area, x, y))
      return g;
  return -1;
}

void GridTiler::write(GpkgWriter &writer, const AdministrativeDivisions &divisions,
                      const std::vector<GridEventTally> &events) const
{
  GpkgTable &table = writer.beginTable(u"grids"_s, u"网格"_s, TableGeometry::MultiPolygon,
                                       {{u"grid_code"_s, FieldType::Text},
                                        {u"community_code"_s, FieldType::Text},
                                        {u"community"_s, FieldType::Text},
                                        {u"town"_s, FieldType::Text},
                                        {u"district"_s, FieldType::Text},
                                        {u"kind"_s, FieldType::Text},
                                        {u"area_km2"_s, FieldType::Real},
                                        {u"staff_name"_s, FieldType::Text},
                                        {u"staff_phone"_s, FieldType::Text},
                                        {u"event_count"_s, FieldType::Integer},
                                        {u"open_events"_s, FieldType::Integer}});
  for (std::size_t i = 0; i < m_grids.size(); ++i) {
    const Grid &g = m_grids[i];
    const Community &c = divisions.communities()[std::size_t(g.community)];
    table.setText(0, g.code);
    table.setText(1, c.code);
    table.setText(2, c.name);
    table.setText(3, divisions.towns()[std::size_t(c.town)].name);
    table.setText(4, divisions.districts()[std::size_t(c.district)].name);
    table.setText(5, c.urban ? u"城市网格"_s : u"农村网格"_s);
    table.setReal(6, std::round(g.areaKm2 * 10000) / 10000);
    table.setText(7, g.staffName);
    table.setText(8, g.staffPhone);
    table.setInteger(9, events[i].total);
    table.setInteger(10, events[i].open);
    table.setWkb(m_geos.wkb(g.area.geometry.get()));
    table.write();
  }
  writer.endTable();
}

} // namespace rc::demo
