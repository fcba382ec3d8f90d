#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace rc {

class FeatureStore;

/// The events of a layer grouped by the grid code they carry (the events table's grid_code, set
/// at intake from the location): the events of one grid are a lookup, the events of a time window
/// are counted per grid in one pass. Keyed by code, not by grid feature, so it depends on the
/// events alone and serves any copy of the grids layer. Built once per loaded events store on a
/// worker; immutable, shared across threads.
class GridEventIndex
{
public:
  static constexpr std::uint32_t kNoCode = std::numeric_limits<std::uint32_t>::max();

  /// Null when the store lacks `codeField`.
  [[nodiscard]] static std::shared_ptr<const GridEventIndex>
  build(const FeatureStore &events, const QString &codeField = QStringLiteral("grid_code"));

  [[nodiscard]] std::size_t eventCount() const { return m_codeOf.size(); }
  /// The distinct codes, in order of first appearance; a code's id is its place here.
  [[nodiscard]] const QStringList &codes() const { return m_codes; }
  [[nodiscard]] std::optional<std::uint32_t> codeId(const QString &code) const;
  /// The code id of an event; kNoCode when it has none.
  [[nodiscard]] std::uint32_t codeOf(std::size_t event) const { return m_codeOf[event]; }
  /// The events carrying a code, ascending.
  [[nodiscard]] std::span<const std::uint32_t> eventsWithCode(std::uint32_t codeId) const;

  /// For each grid feature of `grids`, the id of its code (from `codeField`), or kNoCode when no
  /// event carries it.
  [[nodiscard]] std::vector<std::uint32_t>
  codeIdsOf(const FeatureStore &grids, const QString &codeField = QStringLiteral("grid_code")) const;
  /// How many of `events` (feature indices) lie in each grid; `gridCodeIds` from codeIdsOf().
  [[nodiscard]] std::vector<std::uint32_t> countPerGrid(std::span<const std::uint32_t> events,
                                                        std::span<const std::uint32_t> gridCodeIds) const;

private:
  QStringList m_codes;
  QHash<QString, std::uint32_t> m_ids;
  std::vector<std::uint32_t> m_codeOf;
  std::vector<std::uint32_t> m_start;  ///< per code + 1: where its events begin in m_events
  std::vector<std::uint32_t> m_events; ///< grouped by code, ascending within each
};

} // namespace rc
