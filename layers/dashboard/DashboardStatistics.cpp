#include "dashboard/DashboardStatistics.h"

#include "data/FeatureStore.h"
#include "data/IsoDateTime.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

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

/// Numbers values in the order first met.
class Numbering
{
public:
  int operator()(const QString &value)
  {
    const auto it = m_index.constFind(value);
    if (it != m_index.cend())
      return *it;
    m_values << value;
    return *m_index.insert(value, int(m_values.size()) - 1);
  }
  [[nodiscard]] const QStringList &values() const { return m_values; }

private:
  QHash<QString, int> m_index;
  QStringList m_values;
};

/// Every site, or only `selection` (ascending indices) when `selectionOnly`.
CellSiteTable countCellSites(const FeatureStore &sites, const std::vector<std::uint32_t> &selection,
                             bool selectionOnly)
{
  CellSiteTable table;
  const int operatorField = sites.fieldIndex(u"operator"_s);
  const int bandField = sites.fieldIndex(u"band"_s);
  const int districtField = sites.fieldIndex(u"district"_s);
  if (operatorField < 0)
    return table;
  Numbering operators, bands, districts;
  struct Cell
  {
    int o, b, d;
  };
  std::vector<Cell> cells;
  const auto visit = [&](std::size_t f) {
    const QString op = sites.text(f, operatorField);
    if (op.isEmpty())
      return;
    cells.push_back({operators(op), bands(bandField >= 0 ? sites.text(f, bandField) : QString()),
                     districts(districtField >= 0 ? sites.text(f, districtField) : QString())});
  };
  if (selectionOnly) {
    for (const std::uint32_t f : selection)
      if (f < sites.featureCount())
        visit(f);
  } else {
    for (std::size_t f = 0; f < sites.featureCount(); ++f)
      visit(f);
  }
  table.operators = operators.values();
  table.districts = districts.values();
  // Bands by frequency, so that the stacks read from the far-reaching low bands up.
  std::vector<int> bandOrder(std::size_t(bands.values().size()));
  std::iota(bandOrder.begin(), bandOrder.end(), 0);
  std::stable_sort(bandOrder.begin(), bandOrder.end(), [&bands](int a, int b) {
    const double fa = DashboardAggregator::bandMegahertz(bands.values()[a]);
    const double fb = DashboardAggregator::bandMegahertz(bands.values()[b]);
    if (std::isnan(fa) || std::isnan(fb))
      return !std::isnan(fa) && std::isnan(fb);
    return fa < fb;
  });
  std::vector<int> bandRank(bandOrder.size());
  for (std::size_t i = 0; i < bandOrder.size(); ++i) {
    bandRank[std::size_t(bandOrder[i])] = int(i);
    table.bands << bands.values()[bandOrder[i]];
  }
  const std::size_t nOperators = std::size_t(table.operators.size()),
                    nDistricts = std::size_t(table.districts.size());
  table.counts.assign(nOperators, std::vector<qint64>(nDistricts, 0));
  table.bandCounts.assign(
      nOperators, std::vector<std::vector<qint64>>(bandOrder.size(), std::vector<qint64>(nDistricts, 0)));
  for (const Cell &cell : cells) {
    ++table.counts[std::size_t(cell.o)][std::size_t(cell.d)];
    ++table.bandCounts[std::size_t(cell.o)][std::size_t(bandRank[std::size_t(cell.b)])][std::size_t(cell.d)];
  }
  return table;
}

} // namespace

qint64 CellSiteTable::total(int operatorIndex, int bandIndex) const
{
  const auto &row = bandCounts[std::size_t(operatorIndex)][std::size_t(bandIndex)];
  return std::accumulate(row.begin(), row.end(), qint64(0));
}

double DashboardAggregator::bandMegahertz(const QString &band)
{
  static const QRegularExpression pattern(u"^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([MG])Hz"_s,
                                          QRegularExpression::CaseInsensitiveOption);
  const QRegularExpressionMatch match = pattern.match(band);
  if (!match.hasMatch())
    return std::numeric_limits<double>::quiet_NaN();
  const double value = match.captured(1).toDouble();
  return match.captured(2).compare(u"G"_s, Qt::CaseInsensitive) == 0 ? value * 1000 : value;
}

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
    stats.cellSites = countCellSites(*input.cellSites, input.cellSiteSelection, input.selectionOnly);
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
  const qint64 lastDay = (asOf + kBeijingOffsetSecs) / kDay - (asOf + kBeijingOffsetSecs < 0);
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
      const qint64 local = reported[f] + kBeijingOffsetSecs;
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
