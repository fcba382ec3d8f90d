#include "EventTimelineIndex.h"

#include "data/FeatureStore.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace rc {

namespace {

/// The value of `count` digits at `at`, or -1 when one of them is not a digit.
int digits(QStringView text, qsizetype at, int count)
{
  if (at + count > text.size())
    return -1;
  int value = 0;
  for (int i = 0; i < count; ++i) {
    const char16_t c = text[at + i].unicode();
    if (c < u'0' || c > u'9')
      return -1;
    value = value * 10 + (c - u'0');
  }
  return value;
}

} // namespace

std::optional<qint64> EventTimelineIndex::parseTime(QStringView text)
{
  text = text.trimmed();
  // The fixed layout of GeoPackage and OGR date-times, read by hand: QDateTime::fromString would
  // cost more than the rest of the index together on a city's million events.
  const int year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
  if (year < 0 || month < 0 || day < 0 || text.size() < 10 || text[4] != u'-' || text[7] != u'-')
    return std::nullopt;
  const QDate date(year, month, day);
  if (!date.isValid())
    return std::nullopt;
  qint64 ms = (date.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * 86400000;
  if (text.size() == 10)
    return ms;
  if (text[10] != u'T' && text[10] != u' ')
    return std::nullopt;
  const int hour = digits(text, 11, 2), minute = digits(text, 14, 2);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || text.size() < 16 || text[13] != u':')
    return std::nullopt;
  ms += (hour * 60 + minute) * 60000;
  qsizetype at = 16;
  if (at < text.size() && text[at] == u':') {
    const int second = digits(text, at + 1, 2);
    if (second < 0 || second > 60)
      return std::nullopt;
    ms += second * 1000;
    at += 3;
    if (at < text.size() && text[at] == u'.') {
      ++at;
      int scale = 100;
      while (at < text.size() && text[at].isDigit()) {
        ms += (text[at].unicode() - u'0') * scale;
        scale /= 10;
        ++at;
      }
    }
  }
  if (at == text.size())
    return ms;
  if (text[at] == u'Z' && at + 1 == text.size())
    return ms;
  if ((text[at] == u'+' || text[at] == u'-') && text.size() >= at + 6) {
    const int zoneHours = digits(text, at + 1, 2), zoneMinutes = digits(text, at + 4, 2);
    if (zoneHours < 0 || zoneMinutes < 0)
      return std::nullopt;
    const qint64 offset = (zoneHours * 60 + zoneMinutes) * 60000;
    return text[at] == u'+' ? ms - offset : ms + offset;
  }
  return std::nullopt;
}

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
      ms = parseTime(value.toString());
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
