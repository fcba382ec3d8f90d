#include "demo/AdministrativeDivisions.h"

#include "demo/Basemap.h"
#include "demo/DemoCityGenerator.h"
#include "demo/GpkgWriter.h"
#include "demo/LocalMetric.h"
#include "demo/NameMaker.h"
#include "demo/ProgressReporter.h"
#include "demo/SeedTables.h"
#include "demo/UrbanDensity.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace rc::demo {

namespace {

/// The frame of the district Voronoi diagram: the basemap box with a margin.
constexpr BBox kCityFrame{118.0, 24.9, 120.9, 27.0};
constexpr double kIndexCellDegrees = 0.02;

/// The area (km²) a community or village covers at a given urban density: about 0.35 km² in the
/// old core, 9 km² in the hills.
double communityAreaKm2(double density)
{
  return 9.0 / (1.0 + 25.0 * density);
}

QString townKind(const QString &name)
{
  if (name.endsWith(u"街道"_s))
    return u"街道"_s;
  if (name.endsWith(u"镇"_s))
    return u"镇"_s;
  return u"乡"_s;
}

QString threeDigits(int n)
{
  return QString::number(n).rightJustified(3, u'0');
}

} // namespace

AdministrativeDivisions::AdministrativeDivisions(const GeosContext &geos, const Basemap &basemap,
                                                 const SeedTables &tables, const UrbanDensity &density,
                                                 const NameMaker &names, quint64 seed,
                                                 ProgressReporter &progress)
    : m_geos(geos)
{
  DemoRandom random(seed, "divisions");
  buildDistricts(basemap, tables);
  progress.update(0.1);
  buildTowns(tables, density, random);
  progress.update(0.3);
  buildCommunities(density, names, random, progress);
  buildIndex();
}

void AdministrativeDivisions::buildDistricts(const Basemap &basemap, const SeedTables &tables)
{
  std::vector<Point> sites;
  std::vector<int> owner;
  for (const SeedTables::District &d : tables.districts) {
    sites.emplace_back(d.seatX, d.seatY);
    owner.push_back(int(m_districts.size()));
    m_districts.push_back({d.code, d.name, {d.seatX, d.seatY}, d.areaKm2, d.population2020, {}});
  }
  for (const SeedTables::Anchor &a : tables.anchors) {
    const auto it = std::find_if(m_districts.begin(), m_districts.end(),
                                 [&](const District &d) { return d.code == a.code; });
    sites.emplace_back(a.x, a.y);
    owner.push_back(it == m_districts.end() ? -1 : int(it - m_districts.begin()));
  }
  std::vector<Geometry> cells = voronoiCells(m_geos, sites, nullptr, kCityFrame);

  std::vector<Geometry> all;
  for (std::size_t d = 0; d < m_districts.size(); ++d) {
    std::vector<Geometry> mine;
    for (std::size_t i = 0; i < cells.size(); ++i)
      if (owner[i] == int(d))
        mine.push_back(m_geos.clone(cells[i].get()));
    const Geometry cell = m_geos.unaryUnion(m_geos.collection(GEOS_MULTIPOLYGON, std::move(mine)).get());
    Geometry clipped = m_geos.polygonalParts(m_geos.intersection(cell.get(), basemap.divisibleLand()));
    if (m_geos.isEmpty(clipped.get()))
      throw DemoDataError(DemoDataError::Reason::Geometry,
                          DemoCityGenerator::tr("the district %1 has no land").arg(m_districts[d].name));
    all.push_back(m_geos.clone(clipped.get()));
    m_districts[d].area = m_geos.makeArea(std::move(clipped));
  }
  m_coverage =
      m_geos.makeArea(m_geos.unaryUnion(m_geos.collection(GEOS_GEOMETRYCOLLECTION, std::move(all)).get()));
}

void AdministrativeDivisions::buildTowns(const SeedTables &tables, const UrbanDensity &density,
                                         DemoRandom &random)
{
  const auto weight = [&](double x, double y) { return 1.0 + 6.0 * density.at(x, y); };
  for (std::size_t d = 0; d < m_districts.size(); ++d) {
    const District &district = m_districts[d];
    QStringList names;
    for (const SeedTables::TownName &t : tables.towns)
      if (t.districtCode == district.code)
        names << t.name;
    if (names.isEmpty())
      throw DemoDataError(DemoDataError::Reason::MissingInput,
                          DemoCityGenerator::tr("towns.csv lists no town of %1").arg(district.name));

    std::vector<Point> sites =
        spreadSites(m_geos, district.area, int(names.size()), random, weight, district.seat);
    // The seat's town keeps the seat; the others go to the densest sites first, so 街道 (listed
    // before 镇 and 乡) land in the city and townships in the hills.
    std::stable_sort(sites.begin() + 1, sites.end(), [&](const Point &a, const Point &b) {
      return density.at(a.first, a.second) > density.at(b.first, b.second);
    });
    std::vector<Geometry> cells =
        voronoiCells(m_geos, sites, district.area.geometry.get(), district.area.bounds);

    int counters[3] = {0, 100, 200};
    for (std::size_t i = 0; i < sites.size(); ++i) {
      const QString kind = townKind(names[qsizetype(i)]);
      int &counter = counters[kind == u"街道"_s ? 0 : kind == u"镇"_s ? 1 : 2];
      m_towns.push_back({int(d), district.code + threeDigits(++counter), names[qsizetype(i)], kind, sites[i],
                         m_geos.makeArea(std::move(cells[i]))});
    }
  }
}

void AdministrativeDivisions::buildCommunities(const UrbanDensity &density, const NameMaker &names,
                                               DemoRandom &random, ProgressReporter &progress)
{
  const auto weight = [&](double x, double y) { return 1.0 / std::sqrt(communityAreaKm2(density.at(x, y))); };
  std::vector<QSet<QString>> usedNames(m_districts.size());
  for (std::size_t t = 0; t < m_towns.size(); ++t) {
    const Town &town = m_towns[t];
    const double townKm2 = metric::squareKm(m_geos.area(town.area.geometry.get()));
    constexpr int kSamples = 48;
    double perKm2 = 0;
    for (int s = 0; s < kSamples; ++s) {
      const Point p = pointIn(m_geos, town.area, random);
      perKm2 += 1.0 / communityAreaKm2(density.at(p.first, p.second)) / kSamples;
    }
    const int count = std::clamp(int(std::lround(perKm2 * townKm2)), townKm2 < 1 ? 1 : 2, 60);
    std::vector<Point> sites = spreadSites(m_geos, town.area, count, random, weight);
    std::vector<Geometry> cells = voronoiCells(m_geos, sites, town.area.geometry.get(), town.area.bounds);

    // Codes run north to south, west to east within the town, in bands of about a kilometre.
    std::vector<std::size_t> order(sites.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      const long bandA = std::lround(-sites[a].second / 0.01), bandB = std::lround(-sites[b].second / 0.01);
      return bandA != bandB ? bandA < bandB : sites[a].first < sites[b].first;
    });
    int residents = 0, villages = 200;
    for (std::size_t i : order) {
      const double d = density.at(sites[i].first, sites[i].second);
      const bool urban = town.kind == u"街道"_s || d >= UrbanDensity::kSuburban;
      const QString kind = urban ? u"社区"_s : u"村"_s;
      const QString name = NameMaker::unique(usedNames[std::size_t(town.district)], [&] {
        return urban ? names.urbanName(random) : names.villageName(random);
      });
      Community c;
      c.town = int(t);
      c.district = town.district;
      c.code = town.code + threeDigits(urban ? ++residents : ++villages);
      c.name = name + kind;
      c.kind = kind;
      c.urban = urban;
      c.density = d;
      c.site = sites[i];
      c.areaKm2 = metric::squareKm(m_geos.area(cells[i].get()));
      c.area = m_geos.makeArea(std::move(cells[i]));
      m_communities.push_back(std::move(c));
    }
    progress.update(0.3 + 0.7 * double(t + 1) / double(m_towns.size()));
  }
}

void AdministrativeDivisions::buildIndex()
{
  m_indexBounds = m_coverage.bounds;
  m_indexColumns = int(std::ceil(m_indexBounds.width() / kIndexCellDegrees)) + 1;
  m_indexRows = int(std::ceil(m_indexBounds.height() / kIndexCellDegrees)) + 1;
  m_buckets.assign(std::size_t(m_indexColumns) * std::size_t(m_indexRows), {});
  for (std::size_t i = 0; i < m_communities.size(); ++i) {
    const BBox &b = m_communities[i].area.bounds;
    const int c0 = int((b.xMin - m_indexBounds.xMin) / kIndexCellDegrees);
    const int c1 = int((b.xMax - m_indexBounds.xMin) / kIndexCellDegrees);
    const int r0 = int((b.yMin - m_indexBounds.yMin) / kIndexCellDegrees);
    const int r1 = int((b.yMax - m_indexBounds.yMin) / kIndexCellDegrees);
    for (int r = r0; r <= r1; ++r)
      for (int c = c0; c <= c1; ++c)
        m_buckets[std::size_t(r) * std::size_t(m_indexColumns) + std::size_t(c)].push_back(int(i));
  }
}

int AdministrativeDivisions::communityAt(double x, double y) const
{
  if (!m_indexBounds.contains(x, y))
    return -1;
  const int c = int((x - m_indexBounds.xMin) / kIndexCellDegrees);
  const int r = int((y - m_indexBounds.yMin) / kIndexCellDegrees);
  for (int i : m_buckets[std::size_t(r) * std::size_t(m_indexColumns) + std::size_t(c)])
    if (m_geos.contains(m_communities[std::size_t(i)].area, x, y))
      return i;
  return -1;
}

std::vector<int> AdministrativeDivisions::communitiesNear(const BBox &box) const
{
  std::vector<int> found;
  if (!box.intersects(m_indexBounds))
    return found;
  const auto column = [&](double x) {
    return std::clamp(int((x - m_indexBounds.xMin) / kIndexCellDegrees), 0, m_indexColumns - 1);
  };
  const auto row = [&](double y) {
    return std::clamp(int((y - m_indexBounds.yMin) / kIndexCellDegrees), 0, m_indexRows - 1);
  };
  for (int r = row(box.yMin); r <= row(box.yMax); ++r)
    for (int c = column(box.xMin); c <= column(box.xMax); ++c)
      for (int i : m_buckets[std::size_t(r) * std::size_t(m_indexColumns) + std::size_t(c)])
        if (m_communities[std::size_t(i)].area.bounds.intersects(box))
          found.push_back(i);
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  return found;
}

int AdministrativeDivisions::districtNear(double x, double y) const
{
  const Geometry probe = m_geos.point(x, y);
  int best = 0;
  double bestDistance = std::numeric_limits<double>::max();
  for (std::size_t d = 0; d < m_districts.size(); ++d) {
    if (m_geos.contains(m_districts[d].area, x, y))
      return int(d);
    const double distance = m_geos.distance(m_districts[d].area.geometry.get(), probe.get());
    if (distance < bestDistance) {
      bestDistance = distance;
      best = int(d);
    }
  }
  return best;
}

void AdministrativeDivisions::write(GpkgWriter &writer) const
{
  const QString schematic = u"示意"_s;
  GpkgTable &districts = writer.beginTable(u"districts"_s, u"区县(示意)"_s, TableGeometry::MultiPolygon,
                                           {{u"code"_s, FieldType::Text},
                                            {u"name"_s, FieldType::Text},
                                            {u"label"_s, FieldType::Text},
                                            {u"schematic"_s, FieldType::Text},
                                            {u"seat_lon"_s, FieldType::Real},
                                            {u"seat_lat"_s, FieldType::Real},
                                            {u"area_km2"_s, FieldType::Real},
                                            {u"population"_s, FieldType::Integer64}});
  for (const District &d : m_districts) {
    districts.setText(0, d.code);
    districts.setText(1, d.name);
    districts.setText(2, d.name + u"（"_s + schematic + u"）"_s);
    districts.setText(3, schematic);
    districts.setReal(4, d.seat.first);
    districts.setReal(5, d.seat.second);
    districts.setReal(6, d.areaKm2);
    districts.setInteger(7, d.population);
    districts.setWkb(m_geos.wkb(d.area.geometry.get()));
    districts.write();
  }
  writer.endTable();

  GpkgTable &towns = writer.beginTable(u"towns"_s, u"街道乡镇"_s, TableGeometry::MultiPolygon,
                                       {{u"code"_s, FieldType::Text},
                                        {u"name"_s, FieldType::Text},
                                        {u"kind"_s, FieldType::Text},
                                        {u"district_code"_s, FieldType::Text},
                                        {u"district"_s, FieldType::Text},
                                        {u"schematic"_s, FieldType::Text}});
  for (const Town &t : m_towns) {
    const District &d = m_districts[std::size_t(t.district)];
    towns.setText(0, t.code);
    towns.setText(1, t.name);
    towns.setText(2, t.kind);
    towns.setText(3, d.code);
    towns.setText(4, d.name);
    towns.setText(5, schematic);
    towns.setWkb(m_geos.wkb(t.area.geometry.get()));
    towns.write();
  }
  writer.endTable();

  GpkgTable &communities = writer.beginTable(u"communities"_s, u"社区村"_s, TableGeometry::MultiPolygon,
                                             {{u"code"_s, FieldType::Text},
                                              {u"name"_s, FieldType::Text},
                                              {u"kind"_s, FieldType::Text},
                                              {u"town_code"_s, FieldType::Text},
                                              {u"town"_s, FieldType::Text},
                                              {u"district_code"_s, FieldType::Text},
                                              {u"district"_s, FieldType::Text},
                                              {u"urban"_s, FieldType::Integer},
                                              {u"schematic"_s, FieldType::Text}});
  for (const Community &c : m_communities) {
    const Town &t = m_towns[std::size_t(c.town)];
    const District &d = m_districts[std::size_t(c.district)];
    communities.setText(0, c.code);
    communities.setText(1, c.name);
    communities.setText(2, c.kind);
    communities.setText(3, t.code);
    communities.setText(4, t.name);
    communities.setText(5, d.code);
    communities.setText(6, d.name);
    communities.setInteger(7, c.urban);
    communities.setText(8, schematic);
    communities.setWkb(m_geos.wkb(c.area.geometry.get()));
    communities.write();
  }
  writer.endTable();
}

} // namespace rc::demo
