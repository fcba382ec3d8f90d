#include "ops/GridEventIndex.h"

#include "data/FeatureStore.h"

namespace rc {

std::shared_ptr<const GridEventIndex> GridEventIndex::build(const FeatureStore &events,
                                                            const QString &codeField)
{
  const int field = events.fieldIndex(codeField);
  if (field < 0)
    return nullptr;
  auto index = std::make_shared<GridEventIndex>();
  const std::size_t count = events.featureCount();
  index->m_codeOf.assign(count, kNoCode);
  for (std::size_t f = 0; f < count; ++f) {
    const QString code = events.text(f, field);
    if (code.isEmpty())
      continue;
    auto it = index->m_ids.find(code);
    if (it == index->m_ids.end()) {
      it = index->m_ids.insert(code, std::uint32_t(index->m_codes.size()));
      index->m_codes << code;
    }
    index->m_codeOf[f] = *it;
  }
  // Counting sort by code: the events of each code stay ascending.
  index->m_start.assign(std::size_t(index->m_codes.size()) + 1, 0);
  for (const std::uint32_t id : index->m_codeOf)
    if (id != kNoCode)
      ++index->m_start[id + 1];
  for (std::size_t i = 1; i < index->m_start.size(); ++i)
    index->m_start[i] += index->m_start[i - 1];
  index->m_events.resize(index->m_start.back());
  std::vector<std::uint32_t> next(index->m_start.begin(), index->m_start.end() - 1);
  for (std::size_t f = 0; f < count; ++f)
    if (const std::uint32_t id = index->m_codeOf[f]; id != kNoCode)
      index->m_events[next[id]++] = std::uint32_t(f);
  return index;
}

std::optional<std::uint32_t> GridEventIndex::codeId(const QString &code) const
{
  const auto it = m_ids.find(code);
  if (it == m_ids.end())
    return std::nullopt;
  return *it;
}

std::span<const std::uint32_t> GridEventIndex::eventsWithCode(std::uint32_t codeId) const
{
  if (codeId >= m_codes.size())
    return {};
  return std::span<const std::uint32_t>(m_events).subspan(m_start[codeId],
                                                          m_start[codeId + 1] - m_start[codeId]);
}

std::vector<std::uint32_t> GridEventIndex::codeIdsOf(const FeatureStore &grids,
                                                     const QString &codeField) const
{
  std::vector<std::uint32_t> ids(grids.featureCount(), kNoCode);
  const int field = grids.fieldIndex(codeField);
  if (field < 0)
    return ids;
  for (std::size_t g = 0; g < ids.size(); ++g)
    ids[g] = codeId(grids.text(g, field)).value_or(kNoCode);
  return ids;
}

std::vector<std::uint32_t> GridEventIndex::countPerGrid(std::span<const std::uint32_t> events,
                                                        std::span<const std::uint32_t> gridCodeIds) const
{
  std::vector<std::uint32_t> perCode(std::size_t(m_codes.size()), 0);
  for (const std::uint32_t event : events)
    if (event < m_codeOf.size() && m_codeOf[event] != kNoCode)
      ++perCode[m_codeOf[event]];
  std::vector<std::uint32_t> perGrid(gridCodeIds.size(), 0);
  for (std::size_t g = 0; g < gridCodeIds.size(); ++g)
    if (gridCodeIds[g] != kNoCode)
      perGrid[g] = perCode[gridCodeIds[g]];
  return perGrid;
}

} // namespace rc
