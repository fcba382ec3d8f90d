#include "data/SpatialIndex.h"

#include <algorithm>
#include <numeric>

namespace rc {

namespace {

// Position along a 16-bit Hilbert curve (the classic iterative bit-interleaving form), used to sort
// leaves so that neighbouring items end up in the same node.
std::uint32_t hilbert(std::uint32_t x, std::uint32_t y)
{
  std::uint32_t a = x ^ y;
  std::uint32_t b = 0xFFFF ^ a;
  std::uint32_t c = 0xFFFF ^ (x | y);
  std::uint32_t d = x & (y ^ 0xFFFF);

  std::uint32_t A = a | (b >> 1);
  std::uint32_t B = (a >> 1) ^ a;
  std::uint32_t C = ((c >> 1) ^ (b & (d >> 1))) ^ c;
  std::uint32_t D = ((a & (c >> 1)) ^ (d >> 1)) ^ d;

  a = A;
  b = B;
  c = C;
  d = D;
  A = ((a & (a >> 2)) ^ (b & (b >> 2)));
  B = ((a & (b >> 2)) ^ (b & ((a ^ b) >> 2)));
  C ^= ((a & (c >> 2)) ^ (b & (d >> 2)));
  D ^= ((b & (c >> 2)) ^ ((a ^ b) & (d >> 2)));

  a = A;
  b = B;
  c = C;
  d = D;
  A = ((a & (a >> 4)) ^ (b & (b >> 4)));
  B = ((a & (b >> 4)) ^ (b & ((a ^ b) >> 4)));
  C ^= ((a & (c >> 4)) ^ (b & (d >> 4)));
  D ^= ((b & (c >> 4)) ^ ((a ^ b) & (d >> 4)));

  a = A;
  b = B;
  c = C;
  d = D;
  C ^= ((a & (c >> 8)) ^ (b & (d >> 8)));
  D ^= ((b & (c >> 8)) ^ ((a ^ b) & (d >> 8)));

  a = C ^ (C >> 1);
  b = D ^ (D >> 1);

  std::uint32_t i0 = x ^ y;
  std::uint32_t i1 = b | (0xFFFF ^ (i0 | a));

  i0 = (i0 | (i0 << 8)) & 0x00FF00FF;
  i0 = (i0 | (i0 << 4)) & 0x0F0F0F0F;
  i0 = (i0 | (i0 << 2)) & 0x33333333;
  i0 = (i0 | (i0 << 1)) & 0x55555555;

  i1 = (i1 | (i1 << 8)) & 0x00FF00FF;
  i1 = (i1 | (i1 << 4)) & 0x0F0F0F0F;
  i1 = (i1 | (i1 << 2)) & 0x33333333;
  i1 = (i1 | (i1 << 1)) & 0x55555555;

  return (i1 << 1) | i0;
}

} // namespace

void SpatialIndex::build(const std::vector<BBox> &boxes, int nodeSize)
{
  m_nodeSize = std::clamp(nodeSize, 2, 65535);
  m_boxes.clear();
  m_indices.clear();
  m_levelBounds.clear();

  std::vector<std::uint32_t> items;
  items.reserve(boxes.size());
  BBox total;
  for (std::uint32_t i = 0; i < boxes.size(); ++i) {
    if (boxes[i].isEmpty() || !boxes[i].isFinite())
      continue;
    items.push_back(i);
    total.include(boxes[i]);
  }
  m_itemCount = items.size();
  if (items.empty())
    return;

  // Sort by Hilbert key of the box centre on a 65536² grid over the total extent. Key and item
  // travel together in one 64-bit word: sorting plain integers is several times faster than
  // sorting indices through a key table.
  const double w = total.width() > 0 ? total.width() : 1;
  const double h = total.height() > 0 ? total.height() : 1;
  std::vector<std::uint64_t> order;
  order.reserve(items.size());
  for (std::uint32_t i : items) {
    const auto hx = std::uint32_t(65535 * ((boxes[i].centerX() - total.xMin) / w));
    const auto hy = std::uint32_t(65535 * ((boxes[i].centerY() - total.yMin) / h));
    order.push_back((std::uint64_t(hilbert(hx, hy)) << 32) | i);
  }
  std::sort(order.begin(), order.end());
  for (std::size_t k = 0; k < order.size(); ++k)
    items[k] = std::uint32_t(order[k]);

  std::size_t n = items.size();
  std::size_t totalNodes = n;
  do {
    n = (n + m_nodeSize - 1) / m_nodeSize;
    totalNodes += n;
  } while (n > 1);
  m_boxes.reserve(totalNodes);
  m_indices.reserve(totalNodes);

  for (std::uint32_t i : items) {
    m_boxes.push_back(boxes[i]);
    m_indices.push_back(i);
  }
  m_levelBounds.push_back(m_boxes.size());

  // Each parent covers the next nodeSize nodes of the level below.
  std::size_t levelStart = 0;
  while (m_levelBounds.back() - levelStart > 1) {
    const std::size_t levelEnd = m_levelBounds.back();
    for (std::size_t pos = levelStart; pos < levelEnd; pos += m_nodeSize) {
      BBox parent;
      const std::size_t end = std::min(pos + m_nodeSize, levelEnd);
      for (std::size_t child = pos; child < end; ++child)
        parent.include(m_boxes[child]);
      m_boxes.push_back(parent);
      m_indices.push_back(std::uint32_t(pos));
    }
    levelStart = levelEnd;
    m_levelBounds.push_back(m_boxes.size());
  }
}

BBox SpatialIndex::bounds() const
{
  return m_boxes.empty() ? BBox() : m_boxes.back();
}

template<typename Sink> void SpatialIndex::search(const BBox &box, Sink &&sink) const
{
  if (m_boxes.empty())
    return;
  const std::size_t leafEnd = m_levelBounds.front();
  std::vector<std::size_t> stack;
  stack.reserve(64);
  stack.push_back(m_boxes.size() - 1);
  while (!stack.empty()) {
    const std::size_t node = stack.back();
    stack.pop_back();
    // Children of `node` are the run starting at m_indices[node], up to the end of their level.
    const std::size_t first = m_indices[node];
    const std::size_t levelEnd = *std::upper_bound(m_levelBounds.begin(), m_levelBounds.end(), first);
    const std::size_t end = std::min(first + m_nodeSize, levelEnd);
    for (std::size_t pos = first; pos < end; ++pos) {
      if (!box.intersects(m_boxes[pos]))
        continue;
      if (pos < leafEnd)
        sink(m_indices[pos]);
      else
        stack.push_back(pos);
    }
  }
}

void SpatialIndex::visit(const BBox &box, const std::function<void(std::uint32_t)> &visit) const
{
  if (m_itemCount == 1 && box.intersects(m_boxes.front()))
    visit(m_indices.front());
  else if (m_itemCount > 1)
    search(box, visit);
}

void SpatialIndex::query(const BBox &box, std::vector<std::uint32_t> &out) const
{
  if (m_itemCount == 1) {
    if (box.intersects(m_boxes.front()))
      out.push_back(m_indices.front());
    return;
  }
  search(box, [&out](std::uint32_t item) { out.push_back(item); });
}

std::size_t SpatialIndex::memoryUsage() const
{
  return m_boxes.capacity() * sizeof(BBox) + m_indices.capacity() * sizeof(std::uint32_t) +
         m_levelBounds.capacity() * sizeof(std::size_t);
}

} // namespace rc
