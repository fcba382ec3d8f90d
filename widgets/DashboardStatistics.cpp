#include "DashboardStatistics.h"

#include "data/FeatureStore.h"
#include "data/IsoDateTime.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

constexpr qint64 kBeijingOffset = 8 * 3600;
constexpr qint64 kDay = 24 * 3600;
constexpr std::size_t kCancelCheck = 1 << 16;

/// Whole seconds (rounded down) of an ISO 8601 date-time.
std::optional<qint64> isoSeconds(QStringView text)
{
  const std::optional<qint64> ms = parseIsoDateTimeMs(text);
  if (!ms)
    return std::nullopt;
  return *ms / 1000 - (*ms % 1000 < 0 ? 1 : 0);
}

/// Groups by name, in first-seen order until sorted.
class GroupTable
{
public:
  EventGroup &operator[](const QString &name)
  {
    auto it = m_index.constFind(name);
    if (it == m_index.cend()) {
      it = m_index.insert(name, m_groups.size());
      m_groups.append(EventGroup{});
      m_groups.last().name = name;
    }
    return m_groups[*it];
  }
  QList<EventGroup> sorted()
  {
    std::stable_sort(m_groups.begin(), m_groups.end(),
                     [](const EventGroup &a, const EventGroup &b) { return a.total > b.total; });
    return std::move(m_groups);
  }

private:
  QHash<QString, qsizetype> m_index;
  QList<EventGroup> m_groups;
};

std::vector<std::uint32_t> filtered(const std::vector<std::uint32_t> &features,
                                    const std::vector<quint8> &flags, quint8 wanted)
{
  std::vector<std::uint32_t> result;
  for (std::uint32_t f : features)
    if ((flags[f] & wanted) == wanted)
      result.push_back(f);
  return result;
}

CellSiteTable countCellSites(const FeatureStore &sites)
{
  CellSiteTable table;
  const int operatorField = sites.fieldIndex(u"operator"_s);
  const int districtField = sites.fieldIndex(u"district"_s);
  if (operatorField < 0)
    return table;
  QHash<QString, int> operators, districts;
  std::vector<std::pair<int, int>> cells;
  cells.reserve(sites.featureCount());
  for (std::size_t f = 0; f < sites.featureCount(); ++f) {
    const QString op = sites.text(f, operatorField);
    const QString district = districtField >= 0 ? sites.text(f, districtField) : QString();
    if (op.isEmpty())
      continue;
    const int o =
        *operators.emplace(op, operators.contains(op) ? operators.value(op) : int(operators.size()));
    const int d = *districts.emplace(district, districts.contains(district) ? districts.value(district)
                                                                            : int(districts.size()));
    cells.emplace_back(o, d);
  }
  table.operators.resize(operators.size());
  table.districts.resize(districts.size());
  for (auto it = operators.cbegin(); it != operators.cend(); ++it)
    table.operators[it.value()] = it.key();
  for (auto it = districts.cbegin(); it != districts.cend(); ++it)
    table.districts[it.value()] = it.key();
  table.counts.assign(std::size_t(table.operators.size()),
                      std::vector<qint64>(std::size_t(table.districts.size()), 0));
  for (const auto &[o, d] : cells)
    ++table.counts[std::size_t(o)][std::size_t(d)];
  return table;
}

} // namespace

double EventGroup::meanHandlingHours() const
{
  return handled ? handlingSeconds / double(handled) / 3600 : std::numeric_limits<double>::quiet_NaN();
}

std::vector<std::uint32_t> EventStatistics::featuresOf(const EventGroup &group, quint8 flags) const
{
  return flags ? filtered(group.features, featureFlags, flags) : group.features;
}

std::vector<std::uint32_t> EventStatistics::featuresWith(quint8 flags) const
{
  std::vector<std::uint32_t> result;
  for (const EventGroup &group : classes) {
    const auto part = featuresOf(group, flags);
    result.insert(result.end(), part.begin(), part.end());
  }
  std::sort(result.begin(), result.end());
  return result;
}

qint64 EventStatistics::handled() const
{
  qint64 n = 0;
  for (const EventGroup &group : classes)
    n += group.handled;
  return n;
}

double EventStatistics::meanHandlingHours() const
{
  double seconds = 0;
  for (const EventGroup &group : classes)
    seconds += group.handlingSeconds;
  const qint64 n = handled();
  return n ? seconds / double(n) / 3600 : std::numeric_limits<double>::quiet_NaN();
}

bool DashboardAggregator::isClosedStatus(QStringView status)
{
  return status == u"核查结案" || status == u"综合评价" || status == u"closed" || status == u"evaluated" ||
         status == u"voided";
}

std::optional<EventStatistics> DashboardAggregator::aggregate(const DashboardInput &input,
                                                              const std::atomic_bool *cancel)
{
  EventStatistics stats;
  stats.selectionOnly = input.selectionOnly;
  if (input.cellSites)
    stats.cellSites = countCellSites(*input.cellSites);
  if (!input.events)
    return stats;
  const FeatureStore &events = *input.events;
  const std::size_t count = events.featureCount();
  const int classField = events.fieldIndex(u"class"_s);
  const int districtField = events.fieldIndex(u"district"_s);
  const int reportedField = events.fieldIndex(u"reported_at"_s);
  const int closedField = events.fieldIndex(u"closed_at"_s);
  const int statusField = events.fieldIndex(u"status"_s);

  // Pass 1: times, so "as of" can default to the end of the whole record, selection or not.
  constexpr qint64 kNone = std::numeric_limits<qint64>::min();
  std::vector<qint64> reported(count, kNone), closed(count, kNone);
  qint64 recordEnd = kNone;
  for (std::size_t f = 0; f < count; ++f) {
    if (cancel && f % kCancelCheck == 0 && cancel->load())
      return std::nullopt;
    if (reportedField >= 0)
      if (const auto t = isoSeconds(events.text(f, reportedField)))
        reported[f] = *t;
    if (closedField >= 0 && !events.isNull(f, closedField))
      if (const auto t = isoSeconds(events.text(f, closedField)))
        closed[f] = *t;
    recordEnd = std::max({recordEnd, reported[f], closed[f]});
  }
  const qint64 asOf =
      input.asOf.isValid() ? input.asOf.toSecsSinceEpoch() : (recordEnd == kNone ? 0 : recordEnd);
  stats.asOf = QDateTime::fromSecsSinceEpoch(asOf, Qt::UTC);
  const qint64 lastDay = (asOf + kBeijingOffset) / kDay - (asOf + kBeijingOffset < 0);
  const int trendDays = std::max(1, input.trendDays);
  stats.trendEnd = QDate(1970, 1, 1).addDays(lastDay);
  stats.trend = QList<qint64>(trendDays, 0);

  GroupTable districts, classes;
  stats.featureFlags.assign(count, 0);
  const auto visit = [&](std::uint32_t f) {
    const QString eventClass = classField >= 0 ? events.text(f, classField) : QString();
    const QString status = statusField >= 0 ? events.text(f, statusField) : QString();
    const bool isClosed = closed[f] != kNone || isClosedStatus(status);
    const bool hasDeadline = reported[f] != kNone;
    const qint64 deadline = hasDeadline ? reported[f] + qint64(input.limits.hours(eventClass) * 3600) : 0;
    const bool overdue = !isClosed && hasDeadline && asOf > deadline;
    const bool late = isClosed && hasDeadline && closed[f] != kNone && closed[f] > deadline;
    const bool handled = closed[f] != kNone && reported[f] != kNone && closed[f] >= reported[f];
    stats.featureFlags[f] =
        quint8((isClosed ? 0 : EventStatistics::Open) | (overdue ? EventStatistics::Overdue : 0));
    ++stats.total;
    (isClosed ? stats.closed : stats.open) += 1;
    stats.overdue += overdue;
    stats.closedLate += late;
    for (EventGroup *group :
         {&classes[eventClass], &districts[districtField >= 0 ? events.text(f, districtField) : QString()]}) {
      ++group->total;
      (isClosed ? group->closed : group->open) += 1;
      group->overdue += overdue;
      group->closedLate += late;
      if (handled) {
        ++group->handled;
        group->handlingSeconds += double(closed[f] - reported[f]);
      }
      group->features.push_back(f);
    }
    if (reported[f] != kNone) {
      const qint64 local = reported[f] + kBeijingOffset;
      const qint64 day = local / kDay - (local < 0 && local % kDay != 0);
      const qint64 slot = day - (lastDay - trendDays + 1);
      if (slot >= 0 && slot < trendDays)
        ++stats.trend[slot];
    }
  };
  if (input.selectionOnly) {
    for (std::size_t i = 0; i < input.selection.size(); ++i) {
      if (cancel && i % kCancelCheck == 0 && cancel->load())
        return std::nullopt;
      if (input.selection[i] < count)
        visit(input.selection[i]);
    }
  } else {
    for (std::size_t f = 0; f < count; ++f) {
      if (cancel && f % kCancelCheck == 0 && cancel->load())
        return std::nullopt;
      visit(std::uint32_t(f));
    }
  }
  stats.districts = districts.sorted();
  stats.classes = classes.sorted();
  return stats;
}

} // namespace rc
