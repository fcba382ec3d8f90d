#include "address/AddressHierarchy.h"

#include "address/AddressIndexTables.h"
#include "address/Gazetteer.h"
#include "base/Sqlite.h"

#include <QCollator>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

using Place = AddressIndex::Tables::Place;

/// The leading number of a house, building, unit or room value ("12-1" → 12), or -1.
qint64 leadingNumber(const QString &value)
{
  qsizetype digits = 0;
  while (digits < value.size() && digits < 12 && value[digits].isDigit())
    ++digits;
  return digits == 0 ? -1 : QStringView(value).left(digits).toLongLong();
}

/// Numbers by value (3号 before 12号), then names in Chinese collation order.
void sortNodes(std::vector<AddressNode> &nodes, const QString AddressNode::*key)
{
  QCollator collator{QLocale(QLocale::Chinese, QLocale::China)};
  std::stable_sort(nodes.begin(), nodes.end(), [&](const AddressNode &a, const AddressNode &b) {
    const qint64 na = leadingNumber(a.*key), nb = leadingNumber(b.*key);
    if ((na < 0) != (nb < 0))
      return na >= 0;
    if (na != nb)
      return na < nb;
    return collator.compare(a.*key, b.*key) < 0;
  });
}

void includePlace(AddressNode &node, const Place &p)
{
  node.addressCount += p.addressCount;
  if (std::isfinite(p.lon) && std::isfinite(p.lat))
    node.bounds.include(p.lon, p.lat);
}

/// The address table's column for building (0), unit (1) and room (2).
constexpr const char *kLevelColumns[] = {"building", "unit", "room"};
constexpr AddressLevel kInsideLevels[] = {AddressLevel::Building, AddressLevel::Unit, AddressLevel::Room};

} // namespace

AddressHierarchy::AddressHierarchy(std::shared_ptr<const AddressIndex> index) : m_index(std::move(index))
{
  const Gazetteer &names = m_index->gazetteer();
  m_childNames.resize(std::size_t(names.size()));
  for (int id = 0; id < names.size(); ++id) {
    const NameEntry &e = names.entry(id);
    if (e.level != AddressLevel::District && e.level != AddressLevel::Town &&
        e.level != AddressLevel::Community)
      continue;
    if (e.parent >= 0)
      m_childNames[std::size_t(e.parent)].push_back(id);
    else
      m_roots.push_back(id);
  }
}

AddressNode AddressHierarchy::nameNode(int name) const
{
  const NameEntry &e = m_index->gazetteer().entry(name);
  const AddressIndex::Tables &tables = m_index->tables();
  AddressNode node;
  node.level = e.level;
  node.label = e.name;
  node.name = name;
  node.hasChildren = true;
  if (e.level == AddressLevel::Community) {
    node.community = name;
    for (const int id : tables.placesOfName[std::size_t(name)])
      includePlace(node, tables.places[std::size_t(id)]);
  } else {
    // Districts and towns span many communities: their extent is that of their children's.
    const auto &point = tables.namePoints[std::size_t(name)];
    node.addressCount = point.addressCount;
    for (const int child : m_childNames[std::size_t(name)]) {
      const AddressNode sub = nameNode(child);
      if (!sub.bounds.isEmpty())
        node.bounds.include(sub.bounds);
    }
    if (node.bounds.isEmpty() && std::isfinite(point.lon))
      node.bounds.include(point.lon, point.lat);
  }
  return node;
}

std::vector<AddressNode> AddressHierarchy::roots() const
{
  std::vector<AddressNode> nodes;
  for (const int id : m_roots)
    nodes.push_back(nameNode(id));
  sortNodes(nodes, &AddressNode::label);
  return nodes;
}

std::vector<AddressNode> AddressHierarchy::children(const AddressNode &parent,
                                                    const std::atomic_bool *cancel) const
{
  std::vector<AddressNode> nodes;
  switch (parent.level) {
  case AddressLevel::District:
  case AddressLevel::Town:
    if (parent.name >= 0) {
      for (const int id : m_childNames[std::size_t(parent.name)])
        nodes.push_back(nameNode(id));
      sortNodes(nodes, &AddressNode::label);
    }
    return nodes;
  case AddressLevel::Community:
    return roadsOf(parent);
  case AddressLevel::Road:
    return housesOf(parent);
  case AddressLevel::House:
    return parent.place >= 0 ? insidePlace(parent, cancel) : placesOf(parent, cancel);
  case AddressLevel::Compound:
  case AddressLevel::Building:
  case AddressLevel::Unit:
    return insidePlace(parent, cancel);
  default:
    return nodes;
  }
}

std::vector<AddressNode> AddressHierarchy::roadsOf(const AddressNode &community) const
{
  const AddressIndex::Tables &tables = m_index->tables();
  std::map<int, AddressNode> byRoad;
  for (const int id : tables.placesOfName[std::size_t(community.community)]) {
    const Place &p = tables.places[std::size_t(id)];
    if (p.community != community.community)
      continue;
    AddressNode &node = byRoad[p.road];
    if (node.level == AddressLevel::None) {
      node.level = AddressLevel::Road;
      node.label = p.road >= 0 ? m_index->gazetteer().entry(p.road).name : tr("(no road)");
      node.name = p.road;
      node.road = p.road;
      node.community = community.community;
      node.hasChildren = true;
    }
    includePlace(node, p);
  }
  std::vector<AddressNode> nodes;
  for (auto &[road, node] : byRoad)
    nodes.push_back(std::move(node));
  sortNodes(nodes, &AddressNode::label);
  return nodes;
}

std::vector<AddressNode> AddressHierarchy::housesOf(const AddressNode &road) const
{
  const AddressIndex::Tables &tables = m_index->tables();
  QHash<QString, std::size_t> byHouse;
  std::vector<AddressNode> nodes;
  std::vector<int> placeCount;
  for (const int id : tables.placesOfName[std::size_t(road.community)]) {
    const Place &p = tables.places[std::size_t(id)];
    if (p.community != road.community || p.road != road.road)
      continue;
    auto it = byHouse.find(p.house);
    if (it == byHouse.end()) {
      it = byHouse.insert(p.house, nodes.size());
      AddressNode node;
      node.level = AddressLevel::House;
      node.label = p.house.isEmpty() ? tr("(no house number)") : p.house + u'号';
      node.community = road.community;
      node.road = road.road;
      node.house = p.house;
      node.place = id;
      nodes.push_back(std::move(node));
      placeCount.push_back(0);
    }
    AddressNode &node = nodes[it.value()];
    includePlace(node, p);
    ++placeCount[it.value()];
    // A house number with several compounds behind it lists them; one plain door plate is opened
    // directly to its buildings.
    if (placeCount[it.value()] > 1 || p.compound >= 0)
      node.place = -1;
  }
  for (AddressNode &node : nodes)
    node.hasChildren = node.place < 0 || node.addressCount > 1;
  sortNodes(nodes, &AddressNode::house);
  return nodes;
}

std::vector<AddressNode> AddressHierarchy::placesOf(const AddressNode &house,
                                                    const std::atomic_bool *cancel) const
{
  const AddressIndex::Tables &tables = m_index->tables();
  std::vector<AddressNode> nodes;
  for (const int id : tables.placesOfName[std::size_t(house.community)]) {
    const Place &p = tables.places[std::size_t(id)];
    if (p.community != house.community || p.road != house.road || p.house != house.house)
      continue;
    if (p.compound < 0) {
      // Buildings at the door plate itself, beside the compounds behind it.
      AddressNode plate = house;
      plate.place = id;
      for (AddressNode &child : insidePlace(plate, cancel))
        nodes.push_back(std::move(child));
      continue;
    }
    AddressNode node;
    node.level = AddressLevel::Compound;
    node.label = m_index->gazetteer().entry(p.compound).name;
    node.name = p.compound;
    node.community = house.community;
    node.road = house.road;
    node.house = house.house;
    node.place = id;
    node.hasChildren = true;
    includePlace(node, p);
    nodes.push_back(std::move(node));
  }
  return nodes;
}

std::vector<AddressNode> AddressHierarchy::insidePlace(const AddressNode &parent,
                                                       const std::atomic_bool *cancel) const
{
  std::vector<AddressNode> nodes;
  if (parent.place < 0)
    return nodes;
  int fixed = parent.level == AddressLevel::Building ? 1 : parent.level == AddressLevel::Unit ? 2 : 0;
  QString building = fixed >= 1 ? parent.building : QString();
  QString unit = fixed >= 2 ? parent.unit : QString();
  try {
    const sqlite::Database db(m_index->path(), sqlite::Database::Mode::ReadOnly);
    const sqlite::CancelGuard guard(db, cancel);
    // A level every address of the parent leaves empty is skipped: a village house has no
    // building, a detached building no unit.
    for (; fixed < 3; ++fixed) {
      QByteArray sql = "SELECT IFNULL(a." + QByteArray(kLevelColumns[fixed]) +
                       ", ''), COUNT(*), MIN(s.lon), MIN(s.lat), MAX(s.lon), MAX(s.lat), MIN(a.addr_code), "
                       "MIN(IFNULL(a.unit, '')), MIN(IFNULL(a.room, '')) "
                       "FROM addresses a JOIN sites s ON s.id = a.site WHERE a.place = ?1";
      if (fixed >= 1)
        sql += " AND IFNULL(a.building, '') = ?2";
      if (fixed >= 2)
        sql += " AND IFNULL(a.unit, '') = ?3";
      sql += " GROUP BY 1";
      sqlite::Statement select(db, sql.constData());
      select.bind(1, parent.place);
      if (fixed >= 1)
        select.bind(2, QStringView(building));
      if (fixed >= 2)
        select.bind(3, QStringView(unit));
      nodes.clear();
      while (select.step()) {
        AddressNode node;
        node.level = kInsideLevels[fixed];
        node.community = parent.community;
        node.road = parent.road;
        node.house = parent.house;
        node.place = parent.place;
        node.building = fixed == 0 ? select.text(0) : building;
        node.unit = fixed == 1 ? select.text(0) : unit;
        node.fixedLevels = fixed + 1;
        node.addressCount = select.integer(1);
        if (!select.isNull(2))
          node.bounds = BBox(select.real(2), select.real(3), select.real(4), select.real(5));
        const QString value = select.text(0);
        // One address: the finer levels go into its label, as nothing is left to open.
        const bool single = node.addressCount == 1;
        const QString unitPart = fixed <= 0 && single ? select.text(7) : QString();
        const QString roomPart = fixed <= 1 && single ? select.text(8) : QString();
        const QString label =
            addressindex::composeSuffix(fixed == 0 ? QStringView(value) : QStringView(),
                                        fixed == 1 ? QStringView(value) : QStringView(unitPart),
                                        fixed == 2 ? QStringView(value) : QStringView(roomPart));
        node.label = !label.isEmpty() ? label
                     : fixed == 0     ? tr("(no building)")
                     : fixed == 1     ? tr("(no unit)")
                                      : tr("(no room)");
        node.hasChildren = !single && fixed < 2;
        if (single)
          node.addrCode = select.text(6);
        nodes.push_back(std::move(node));
      }
      const bool onlyEmpty = nodes.size() == 1 && (fixed == 0 ? nodes[0].building : nodes[0].unit).isEmpty();
      if (!onlyEmpty || fixed == 2 || !nodes[0].hasChildren)
        break;
      (fixed == 0 ? building : unit).clear();
    }
  } catch (const sqlite::Error &e) {
    if (e.interrupted())
      return {};
    throw AddressIndexError(AddressIndexError::Reason::Index,
                            tr("Cannot read the address index %1: %2").arg(m_index->path(), e.detail()));
  }
  sortNodes(nodes, fixed == 0   ? &AddressNode::building
                   : fixed == 1 ? &AddressNode::unit
                                : &AddressNode::label);
  return nodes;
}

} // namespace rc
