#pragma once

#include "geo/BBox.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace rc {

/// A static packed R-tree, bulk-loaded in Hilbert order (the Flatbush layout): every node holds up to
/// `nodeSize` children, nodes are stored level by level in one array, so building is a sort and
/// querying touches few cache lines. Immutable after build(); safe to query from any thread.
class SpatialIndex
{
public:
  static constexpr int kDefaultNodeSize = 16;

  /// Indexes items 0..boxes.size()-1. Empty boxes are skipped (never returned by a query).
  void build(const std::vector<BBox> &boxes, int nodeSize = kDefaultNodeSize);

  [[nodiscard]] std::size_t itemCount() const { return m_itemCount; }
  [[nodiscard]] BBox bounds() const;

  /// Calls visit(item) for every item whose box intersects `box`, in no particular order.
  void visit(const BBox &box, const std::function<void(std::uint32_t)> &visit) const;
  /// Appends the items whose box intersects `box` to `out`, in no particular order.
  void query(const BBox &box, std::vector<std::uint32_t> &out) const;

  [[nodiscard]] std::size_t memoryUsage() const;

private:
  template<typename Sink> void search(const BBox &box, Sink &&sink) const;

  int m_nodeSize = kDefaultNodeSize;
  std::size_t m_itemCount = 0;
  std::vector<BBox> m_boxes;              ///< leaves first, then each level up to the root
  std::vector<std::uint32_t> m_indices;   ///< leaf: item id; inner node: first child position
  std::vector<std::size_t> m_levelBounds; ///< end position of each level in m_boxes
};

} // namespace rc
