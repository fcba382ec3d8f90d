#include "ops/EventTimelineIndex.h"

#include "data/FeatureStore.h"
#include "data/IsoDateTime.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace rc {

std::shared_ptr<const EventTimelineIndex>
EventTimelineIndex::build(const FeatureStore &store, const QString &timeField, const QString &classField)
{
  const int timeColumn = store.fieldIndex(timeField);
  if (timeColumn < 0)
    return nullptr;
  const int classColumn = store.fieldIndex(classField);
  auto index = std::make_shared<EventTimelineIndex>();
  const std::size_t count = store.featureCount();
  std::vector<std::pair<qint64, std::uint32_t>> timed;
  timed.reserve(count);
  index->m_classOf.assign(count, -1);
  QHash<QString, std::int16_t> classIds;
  QStringList firstSeen;
  for (std::size_t f = 0; f < count; ++f) {
    std::optional<qint64> ms;
    const QVariant value = store.attribute(f, timeColumn);
    if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Double)
      ms = value.toLongLong();
    else if (!value.isNull())
      ms = parseIsoDateTimeMs(value.toString());
    if (!ms) {
      ++index->m_untimed;
      continue;
    }
    timed.emplace_back(*ms, std::uint32_t(f));
    if (classColumn < 0)
      continue;
    const QString eventClass = store.text(f, classColumn);
    if (eventClass.isEmpty())
      continue;
    auto it = classIds.find(eventClass);
    if (it == classIds.end() && classIds.size() < std::numeric_limits<std::int16_t>::max()) {
      it = classIds.insert(eventClass, std::int16_t(firstSeen.size()));
      firstSeen << eventClass;
    }
    if (it != classIds.end())
      index->m_classOf[f] = *it;
  }
  std::stable_sort(timed.begin(), timed.end(),
                   [](const auto &a, const auto &b) { return a.first < b.first; });
  index->m_times.reserve(timed.size());
  index->m_order.reserve(timed.size());
  for (const auto &[ms, feature] : timed) {
    index->m_times.push_back(ms);
    index->m_order.push_back(feature);
  }
  // Sorted names for the class filter; the per-feature ids are remapped to their sorted place.
  index->m_classes = firstSeen;
  index->m_classes.sort();
  std::vector<std::int16_t> remap(std::size_t(firstSeen.size()));
  for (qsizetype i = 0; i < firstSeen.size(); ++i)
    remap[std::size_t(i)] = std::int16_t(index->m_classes.indexOf(firstSeen[i]));
  for (std::int16_t &id : index->m_classOf)
    if (id >= 0)
      id = remap[std::size_t(id)];
  return index;
}

std::vector<std::uint32_t> EventTimelineIndex::window(qint64 fromMs, qint64 toMs,
                                                      const QString &eventClass) const
{
  std::vector<std::uint32_t> features;
  if (toMs <= fromMs)
    return features;
  int classId = -1;
  if (!eventClass.isEmpty()) {
    classId = int(m_classes.indexOf(eventClass));
    if (classId < 0)
      return features;
  }
  const auto first = std::lower_bound(m_times.begin(), m_times.end(), fromMs);
  const auto last = std::lower_bound(first, m_times.end(), toMs);
  features.reserve(std::size_t(last - first));
  for (auto it = first; it != last; ++it) {
    const std::uint32_t feature = m_order[std::size_t(it - m_times.begin())];
    if (classId < 0 || m_classOf[feature] == classId)
      features.push_back(feature);
  }
  std::sort(features.begin(), features.end());
  return features;
}

} // namespace rc
