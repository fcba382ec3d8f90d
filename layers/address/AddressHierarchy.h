#pragma once

#include "address/AddressIndex.h"
#include "geo/BBox.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

namespace rc {

/// One entry of the address hierarchy: a district, town, community, road (within a community),
/// house number, compound, building, unit or room, with what it takes to list its children and to
/// show it on the map. A plain value; nodes of one hierarchy may be kept and passed between threads.
struct AddressNode
{
  AddressLevel level = AddressLevel::None;
  /// As the standard address spells it: "鼓楼区", "宁庭街", "56号", "2号楼", "1单元", "701室".
  QString label;
  qint64 addressCount = 0;
  /// The extent of its addresses in CGCS2000 lon/lat (a point for one site; empty when none has one).
  BBox bounds;
  /// The address code when the node stands for exactly one standard address.
  QString addrCode;
  /// Whether children() can give anything; false for rooms and single addresses.
  bool hasChildren = false;

  // Where the node sits, for children(): name ids of the index's gazetteer (-1: none), the place
  // (a door plate with its compound) and the building and unit values within it.
  int name = -1;
  int community = -1;
  int road = -1;
  QString house;
  int place = -1;
  QString building;
  QString unit;
  /// How many of building, unit fixed above (0 at the place itself).
  int fixedLevels = 0;
};

/// Browses the standard addresses of an index level by level: district → town → community → road →
/// house number → compound → building → unit → room, skipping the levels the data does not have (a
/// village house has no compound, a detached building no unit). The levels down to the compound
/// come from the index's in-memory tables; building, unit and room from indexed queries on the
/// index file (a few milliseconds even for the 3-million-address city).
///
/// Immutable after construction; children() may run on any thread, several at once (each call
/// opens its own read-only connection). Keeps the index alive.
class AddressHierarchy
{
  Q_DECLARE_TR_FUNCTIONS(rc::AddressHierarchy)

public:
  explicit AddressHierarchy(std::shared_ptr<const AddressIndex> index);

  [[nodiscard]] const std::shared_ptr<const AddressIndex> &index() const { return m_index; }
  /// The top of the hierarchy: the districts (and towns or communities that have no district).
  [[nodiscard]] std::vector<AddressNode> roots() const;
  /// The children of a node, in address order (names by collation, numbers by value). Throws
  /// AddressIndexError when the index file cannot be read; returns what it has when cancelled.
  [[nodiscard]] std::vector<AddressNode> children(const AddressNode &parent,
                                                  const std::atomic_bool *cancel = nullptr) const;

private:
  [[nodiscard]] AddressNode nameNode(int name) const;
  [[nodiscard]] std::vector<AddressNode> roadsOf(const AddressNode &community) const;
  [[nodiscard]] std::vector<AddressNode> housesOf(const AddressNode &road) const;
  [[nodiscard]] std::vector<AddressNode> placesOf(const AddressNode &house,
                                                  const std::atomic_bool *cancel) const;
  [[nodiscard]] std::vector<AddressNode> insidePlace(const AddressNode &parent,
                                                     const std::atomic_bool *cancel) const;

  std::shared_ptr<const AddressIndex> m_index;
  /// Per name id: the towns of a district, the communities of a town.
  std::vector<std::vector<int>> m_childNames;
  std::vector<int> m_roots;
};

} // namespace rc
