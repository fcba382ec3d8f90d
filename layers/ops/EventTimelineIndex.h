#pragma once

#include <QDateTime>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace rc {

class FeatureStore;

/// The events of a layer in time order, for time windows: built once per loaded store (on a
/// worker), then each window is two binary searches and a sort of what falls inside. Does not
/// assume the features are stored in time order. Immutable once built; shared across threads.
class EventTimelineIndex
{
public:
  /// Reads `timeField` (ISO 8601 text or epoch milliseconds) and `classField` of every feature.
  /// Features without a readable time are left out of every window. Null when the store lacks
  /// the time field.
  [[nodiscard]] static std::shared_ptr<const EventTimelineIndex>
  build(const FeatureStore &store, const QString &timeField = QStringLiteral("reported_at"),
        const QString &classField = QStringLiteral("class"));

  /// The event classes present, sorted.
  [[nodiscard]] const QStringList &classes() const { return m_classes; }
  [[nodiscard]] std::size_t timedCount() const { return m_times.size(); }
  /// Features whose time could not be read.
  [[nodiscard]] std::size_t untimedCount() const { return m_untimed; }
  /// Earliest and latest event time, UTC milliseconds; 0 when there are none.
  [[nodiscard]] qint64 firstMs() const { return m_times.empty() ? 0 : m_times.front(); }
  [[nodiscard]] qint64 lastMs() const { return m_times.empty() ? 0 : m_times.back(); }

  /// Features reported in [fromMs, toMs) of the class (empty: every class), ascending.
  [[nodiscard]] std::vector<std::uint32_t> window(qint64 fromMs, qint64 toMs,
                                                  const QString &eventClass = {}) const;

private:
  std::vector<qint64> m_times;         ///< ascending
  std::vector<std::uint32_t> m_order;  ///< the feature of each time
  std::vector<std::int16_t> m_classOf; ///< per feature: index into m_classes, -1 when none
  QStringList m_classes;
  std::size_t m_untimed = 0;
};

} // namespace rc
