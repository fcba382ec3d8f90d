#include "demo/AddressGenerator.h"

#include "address/AddressColumns.h"

#include "demo/AdministrativeDivisions.h"
#include "demo/GpkgWriter.h"
#include "demo/GridTiler.h"
#include "demo/NameMaker.h"
#include "demo/ProgressReporter.h"
#include "demo/RoadNetwork.h"
#include "demo/UrbanDensity.h"

#include <QSet>

#include <cmath>
#include <set>

using namespace Qt::StringLiterals;

namespace rc::demo {

namespace {

constexpr double kFrontage = 15;         ///< metres of street per house number
constexpr double kRoomsPerCompound = 80; ///< the typical compound; the city scale gets bigger ones
constexpr double kCompoundSpacing = 40;  ///< at most one compound per this much street (m)

using namespace address_table;

/// The address table's fields: every standard column, as text.
QList<FieldSpec> addressFields()
{
  QList<FieldSpec> fields;
  for (const char16_t *name : kStandardNames)
    fields.push_back({QString::fromUtf16(name), FieldType::Text});
  return fields;
}

/// Where along the community's roads an address goes.
struct Slot
{
  std::size_t piece;
  double distance; ///< metres from the piece's start
  bool left;       ///< left of the street's direction: odd numbers
};

/// `count` slots spread evenly (with jitter) along all the pieces, keeping off their very ends.
std::vector<Slot> slotsAlong(const std::vector<RoadPiece> &pieces, qint64 count, DemoRandom &random)
{
  constexpr double kEndMargin = 4;
  std::vector<double> usable;
  double total = 0;
  for (const RoadPiece &p : pieces) {
    usable.push_back(std::max(0.0, p.line.length() - 2 * kEndMargin));
    total += usable.back();
  }
  std::vector<Slot> places;
  const double spacing = total / double(count);
  std::size_t piece = 0;
  double before = 0; // usable metres of the pieces before `piece`
  for (qint64 i = 0; i < count; ++i) {
    const double target = std::clamp((double(i) + 0.5 + random.uniform(-0.3, 0.3)) * spacing, 0.0, total);
    while (piece + 1 < pieces.size() && before + usable[piece] < target) {
      before += usable[piece];
      ++piece;
    }
    places.push_back({piece, kEndMargin + std::min(target - before, usable[piece]), random.chance(0.5)});
  }
  return places;
}

/// One address row being written.
struct Row
{
  QString road, houseNo, compound, building, unit, room;
};

} // namespace

void AddressGenerator::write(GpkgWriter &writer, qint64 count, quint64 seed, ProgressReporter &progress) const
{
  DemoRandom random(seed, "addresses");
  const auto &communities = m_divisions.communities();
  std::vector<double> weights(communities.size());
  for (std::size_t c = 0; c < communities.size(); ++c)
    weights[c] = m_roads.piecesOf(int(c)).empty()
                     ? 0
                     : communities[c].areaKm2 * (std::pow(communities[c].density, 1.5) + 0.001);
  const std::vector<qint64> quotas = apportion(count, weights);
  std::vector<std::set<std::pair<int, int>>> usedNumbers(m_roads.streets().size());

  GpkgTable &table = writer.beginTable(u"addresses"_s, u"标准地址"_s, TableGeometry::Point, addressFields());

  qint64 written = 0;
  for (std::size_t c = 0; c < communities.size(); ++c) {
    const qint64 quota = quotas[c];
    if (quota == 0)
      continue;
    const Community &community = communities[c];
    const Town &town = m_divisions.towns()[std::size_t(community.town)];
    const QString &districtName = m_divisions.districts()[std::size_t(community.district)].name;
    const QString prefix = u"福建省福州市"_s + districtName + town.name + community.name;
    const std::vector<RoadPiece> &pieces = m_roads.piecesOf(int(c));
    qint64 sequence = 0;

    // A point `away` metres off the road and `along` metres down it, inside the community, or
    // the nearest fallback that is: the road itself, then the community's own site.
    const auto place = [&](const Polyline::Station &at, bool left, double along, double away) -> Point {
      const double side = left ? 1 : -1;
      for (const double scale : {1.0, 0.5, 0.0}) {
        const double east = at.east * along * scale - at.north * away * scale * side;
        const double north = at.north * along * scale + at.east * away * scale * side;
        const double x = at.x + metric::dx(east), y = at.y + metric::dy(north);
        if (m_geos.contains(community.area, x, y))
          return {x, y};
      }
      return community.site;
    };
    const auto houseNumber = [&](const RoadPiece &piece, double distance, bool left) -> QString {
      const int n = int((piece.startAlong + distance) / kFrontage);
      const int number = 2 * n + (left ? 1 : 2);
      auto &used = usedNumbers[std::size_t(piece.street)];
      int sub = 0;
      while (used.contains({number, sub}))
        ++sub;
      used.insert({number, sub});
      return sub == 0 ? QString::number(number) : u"%1-%2"_s.arg(number).arg(sub);
    };
    const auto writeRow = [&](const Point &p, const Row &row) {
      const int grid = m_grids.gridAt(int(c), p.first, p.second);
      QString full = prefix + row.road + row.houseNo + u"号"_s + row.compound;
      if (!row.building.isEmpty())
        full += row.building + u"号楼"_s;
      if (!row.unit.isEmpty())
        full += row.unit + u"单元"_s;
      if (!row.room.isEmpty())
        full += row.room + u"室"_s;
      table.setText(kAddrCode, community.code + QString::number(++sequence).rightJustified(8, u'0'));
      table.setText(kDistrict, districtName);
      table.setText(kTown, town.name);
      table.setText(kCommunity, community.name);
      table.setText(kRoad, row.road);
      table.setText(kHouseNo, row.houseNo);
      table.setText(kCompound, row.compound);
      table.setText(kBuilding, row.building);
      table.setText(kUnit, row.unit);
      table.setText(kRoom, row.room);
      table.setText(kFullAddress, full);
      table.setText(kGridCode, grid >= 0 ? m_grids.grids()[std::size_t(grid)].code : QString());
      table.setPoint(p.first, p.second);
      table.write();
      if (++written % 4096 == 0)
        progress.update(double(written) / double(count));
    };

    if (!community.urban) {
      // Villages: one house per number along the village roads.
      for (const Slot &slot : slotsAlong(pieces, quota, random)) {
        const RoadPiece &piece = pieces[slot.piece];
        const Polyline::Station at = piece.line.at(slot.distance);
        Row row;
        row.road = m_roads.streets()[std::size_t(piece.street)].name;
        row.houseNo = houseNumber(piece, slot.distance, slot.left);
        writeRow(place(at, slot.left, 0, random.uniform(8, 20)), row);
      }
      continue;
    }

    // City: compounds of buildings, units and rooms; a small share is a single building on the street.
    double roadMetres = 0;
    for (const RoadPiece &p : pieces)
      roadMetres += p.line.length();
    const qint64 compounds = std::clamp<qint64>(std::llround(double(quota) / kRoomsPerCompound), 1,
                                                std::max<qint64>(1, qint64(roadMetres / kCompoundSpacing)));
    std::vector<double> sizes(static_cast<std::size_t>(compounds));
    for (double &s : sizes)
      s = 0.3 + random.uniform();
    const std::vector<qint64> rooms = apportion(quota, sizes);
    const std::vector<Slot> places = slotsAlong(pieces, compounds, random);
    QSet<QString> compoundNames;
    for (std::size_t k = 0; k < places.size(); ++k) {
      const Slot &slot = places[k];
      const RoadPiece &piece = pieces[slot.piece];
      const Polyline::Station at = piece.line.at(slot.distance);
      Row row;
      row.road = m_roads.streets()[std::size_t(piece.street)].name;
      row.houseNo = houseNumber(piece, slot.distance, slot.left);
      const qint64 total = rooms[k];
      if (total < 6) {
        const Point p = place(at, slot.left, 0, 12);
        for (qint64 floor = 1; floor <= total; ++floor) {
          row.room = QString::number(floor * 100 + 1);
          writeRow(p, row);
        }
        continue;
      }
      row.compound = NameMaker::unique(compoundNames, [&] { return m_names.compoundName(random); });
      const bool tower = community.density >= UrbanDensity::kUrban ? random.chance(0.6) : random.chance(0.3);
      const int floors = tower ? random.range(12, 33) : random.range(5, 9);
      const int units = random.range(1, 3), perFloor = random.range(2, 4);
      qint64 remaining = total;
      for (int building = 1; remaining > 0; ++building) {
        const Point p =
            place(at, slot.left, ((building - 1) % 3 - 1) * 28.0, 25.0 + ((building - 1) / 3) * 28.0);
        row.building = QString::number(building);
        for (int unit = 1; unit <= units && remaining > 0; ++unit) {
          row.unit = QString::number(unit);
          for (int floor = 1; floor <= floors && remaining > 0; ++floor)
            for (int door = 1; door <= perFloor && remaining > 0; ++door, --remaining) {
              row.room = QString::number(floor * 100 + door);
              writeRow(p, row);
            }
        }
      }
    }
  }
  writer.endTable();
}

} // namespace rc::demo
