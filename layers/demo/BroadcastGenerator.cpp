#include "demo/BroadcastGenerator.h"

#include "demo/AdministrativeDivisions.h"
#include "demo/Basemap.h"
#include "demo/DemoCityGenerator.h"
#include "demo/GpkgWriter.h"
#include "demo/LocalMetric.h"

#include <cmath>
#include <numbers>
#include <optional>

using namespace Qt::StringLiterals;

namespace rc::demo {

namespace {

struct Kind
{
  const char16_t *name;
  int count;
  bool atSea;
};
constexpr Kind kKinds[] = {{u"渔港", 70, false}, {u"沙滩", 60, false}, {u"渔排", 70, true}};
constexpr double kSpacing = 300; // metres between points

} // namespace

void BroadcastGenerator::write(GpkgWriter &writer, quint64 seed) const
{
  DemoRandom random(seed, "broadcast");

  // Shore vertices that belong to the city (islets and other cities' coasts are not ours).
  std::vector<Point> shore;
  for (const GEOSGeometry *line : m_geos.parts(m_basemap.shore())) {
    const std::vector<double> xy = m_geos.vertices(line);
    for (std::size_t i = 0; i + 1 < xy.size(); i += 2) {
      const double x = xy[i], y = xy[i + 1];
      const Geometry near =
          m_geos.rectangle({x - metric::dx(30), y - metric::dy(30), x + metric::dx(30), y + metric::dy(30)});
      if (m_geos.intersectsGeometry(m_divisions.coverage().prepared, near.get()))
        shore.emplace_back(x, y);
    }
  }
  if (shore.empty())
    throw DemoDataError(DemoDataError::Reason::Geometry, DemoCityGenerator::tr("the city has no coast"));

  // The first of 16 directions, at growing reach, where `accept` holds.
  const auto search = [&](const Point &from, std::initializer_list<double> reaches,
                          const auto &accept) -> std::optional<Point> {
    const double start = random.uniform(0, 2 * std::numbers::pi);
    for (const double reach : reaches)
      for (int k = 0; k < 16; ++k) {
        const double angle = start + 2 * std::numbers::pi * k / 16;
        const Point p{from.first + metric::dx(reach * std::cos(angle)),
                      from.second + metric::dy(reach * std::sin(angle))};
        if (accept(p))
          return p;
      }
    return std::nullopt;
  };
  const auto onLand = [&](const Point &p) {
    return m_geos.contains(m_divisions.coverage(), p.first, p.second);
  };
  const auto onSea = [&](const Point &p) {
    return !m_geos.contains(m_basemap.allLand(), p.first, p.second) &&
           !m_geos.contains(m_basemap.waterArea(), p.first, p.second);
  };

  GpkgTable &table = writer.beginTable(u"broadcast_points"_s, u"智能广播"_s, TableGeometry::Point,
                                       {{u"point_id"_s, FieldType::Text},
                                        {u"name"_s, FieldType::Text},
                                        {u"kind"_s, FieldType::Text},
                                        {u"district"_s, FieldType::Text},
                                        {u"town"_s, FieldType::Text},
                                        {u"status"_s, FieldType::Text},
                                        {u"speakers"_s, FieldType::Integer},
                                        {u"power"_s, FieldType::Text}});
  std::vector<Point> placed;
  int serial = 0;
  for (const Kind &kind : kKinds) {
    for (int n = 0, attempts = 0; n < kind.count; ++attempts) {
      if (attempts > 100000)
        throw DemoDataError(DemoDataError::Reason::Geometry,
                            DemoCityGenerator::tr("cannot place the coastal broadcast points"));
      const Point &vertex = random.pick(shore);
      const auto inland = search(vertex, {60, 150, 300}, onLand);
      if (!inland)
        continue;
      const auto point = kind.atSea ? search(vertex, {500, 1000, 2000}, onSea) : inland;
      if (!point)
        continue;
      bool crowded = false;
      for (const Point &p : placed)
        crowded = crowded || metric::distance(p.first, p.second, point->first, point->second) < kSpacing;
      if (crowded)
        continue;
      placed.push_back(*point);
      ++n;

      const int community = m_divisions.communityAt(inland->first, inland->second);
      const Community &c = m_divisions.communities()[std::size_t(std::max(community, 0))];
      const QString town = community >= 0 ? m_divisions.towns()[std::size_t(c.town)].name : QString();
      const QString district =
          m_divisions.districts()[std::size_t(m_divisions.districtNear(inland->first, inland->second))].name;
      const double state = random.uniform();
      table.setText(0, u"GB"_s + QString::number(++serial).rightJustified(4, u'0'));
      table.setText(1, town + QString::fromUtf16(kind.name) + u"广播"_s +
                           QString::number(n).rightJustified(2, u'0'));
      table.setText(2, QString::fromUtf16(kind.name));
      table.setText(3, district);
      table.setText(4, town);
      table.setText(5, state < 0.9 ? u"在线"_s : state < 0.96 ? u"离线"_s : u"维护"_s);
      table.setInteger(6, random.range(2, 8));
      table.setText(7, kind.atSea || random.chance(0.4) ? u"太阳能"_s : u"市电"_s);
      table.setPoint(point->first, point->second);
      table.write();
    }
  }
  writer.endTable();
}

} // namespace rc::demo
