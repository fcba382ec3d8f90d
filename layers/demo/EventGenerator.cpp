#include "demo/EventGenerator.h"

#include "demo/AdministrativeDivisions.h"
#include "demo/DemoClock.h"
#include "demo/GpkgWriter.h"
#include "demo/GridTiler.h"
#include "demo/LocalMetric.h"
#include "demo/NameMaker.h"
#include "demo/ProgressReporter.h"
#include "demo/SeedTables.h"
#include "demo/UrbanDensity.h"

#include <QDate>
#include <QDateTime>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace rc::demo {

namespace {

enum Source { Hotline, GridStaff, Sensor, SourceCount };
constexpr std::array<double, SourceCount> kSourceShare{0.45, 0.45, 0.10};
const std::array<QString, SourceCount> kSourceName{u"12345"_s, u"网格员"_s, u"传感器"_s};

/// Reports per hour of the day, relative.
constexpr std::array<std::array<double, 24>, SourceCount> kHourly{{
    {0.25, 0.15, 0.1, 0.08, 0.08, 0.15, 0.35, 0.8, 1.4, 1.8, 1.9, 1.6,
     1.1,  1.2,  1.6, 1.7,  1.5,  1.3,  1.2,  1.4, 1.5, 1.2, 0.8, 0.45},
    {0, 0, 0, 0, 0, 0, 0.05, 0.4, 1.6, 2.0, 1.9, 1.2, 0.4, 0.6, 1.6, 1.9, 1.7, 1.0, 0.3, 0.4, 0.5, 0.2, 0, 0},
    {0.6, 0.5, 0.45, 0.45, 0.5, 0.6, 0.8, 1.1, 1.2, 1.2, 1.2, 1.2,
     1.2, 1.2, 1.2,  1.2,  1.2, 1.3, 1.4, 1.4, 1.3, 1.1, 0.9, 0.7},
}};
/// Monthly factor, January first: drier, colder months see less.
constexpr std::array<double, 12> kMonthly{0.8, 0.7, 0.9, 1.0, 1.1, 1.15, 1.2, 1.2, 1.1, 1.0, 0.95, 0.85};

const std::array<QString, 7> kWorkflow{u"信息采集"_s, u"案卷建立"_s, u"任务派遣"_s, u"任务处理"_s,
                                       u"处理反馈"_s, u"核查结案"_s, u"综合评价"_s};

/// Median hours from report to closure by class.
double medianHours(const QString &eventClass)
{
  if (eventClass == u"街面秩序"_s)
    return 4;
  if (eventClass == u"突发事件"_s)
    return 6;
  if (eventClass == u"宣传广告"_s)
    return 12;
  if (eventClass == u"市容环境"_s)
    return 20;
  if (eventClass == u"施工管理"_s)
    return 48;
  return 24;
}

struct Event
{
  qint64 reportedAt;
  double x, y;
  int grid;
  int type;
  int source;
};

} // namespace

std::vector<GridEventTally> EventGenerator::write(GpkgWriter &writer, qint64 count, quint64 seed,
                                                  ProgressReporter &progress) const
{
  DemoRandom random(seed, "events");
  const QDate firstDay(2025, 12, 1);
  const QDate typhoonFirst(2026, 8, 19), typhoonLast(2026, 8, 22);
  const QDate springFirst(2026, 2, 15), springLast(2026, 2, 23), nationalFirst(2026, 10, 1),
      nationalLast(2026, 10, 7);

  // Day weights per source.
  std::array<std::vector<double>, SourceCount> dayCumulative;
  for (int source = 0; source < SourceCount; ++source) {
    std::vector<double> weights;
    for (int d = 0; d < clock::kEventYearDays; ++d) {
      const QDate date = firstDay.addDays(d);
      double w = kMonthly[std::size_t(date.month() - 1)];
      const bool weekend = date.dayOfWeek() >= 6;
      if (source == GridStaff && weekend)
        w *= 0.45;
      if (source == Hotline && weekend)
        w *= 1.1;
      if (date >= springFirst && date <= springLast)
        w *= source == GridStaff ? 0.3 : 0.7;
      if (date >= nationalFirst && date <= nationalLast)
        w *= source == GridStaff ? 0.5 : 0.9;
      if (date >= typhoonFirst && date <= typhoonLast)
        w *= 1.8;
      weights.push_back(w);
    }
    dayCumulative[std::size_t(source)] = DemoRandom::cumulative(weights);
  }
  std::array<std::vector<double>, SourceCount> hourCumulative;
  for (int source = 0; source < SourceCount; ++source)
    hourCumulative[std::size_t(source)] = DemoRandom::cumulative(kHourly[std::size_t(source)]);

  // Event types per source, on ordinary days and on typhoon days.
  std::array<std::array<std::vector<double>, 2>, SourceCount> typeCumulative;
  for (int source = 0; source < SourceCount; ++source)
    for (int typhoon = 0; typhoon < 2; ++typhoon) {
      std::vector<double> weights;
      for (const SeedTables::EventType &t : m_tables.eventTypes)
        weights.push_back((source == Sensor && !t.sensor) ? 0 : t.weight * (typhoon ? t.typhoonFactor : 1));
      typeCumulative[std::size_t(source)][std::size_t(typhoon)] = DemoRandom::cumulative(weights);
    }

  // Grids weighted by how urban they are and by nearby hot spots.
  const auto &grids = m_grids.grids();
  std::vector<double> gridWeights;
  for (const Grid &g : grids) {
    const double x = g.area.bounds.centerX(), y = g.area.bounds.centerY();
    double boost = 1;
    for (const SeedTables::Bump &h : m_tables.hotspots) {
      const double d = metric::distance(x, y, h.x, h.y) / h.radiusMetres;
      boost += h.weight * std::exp(-d * d);
    }
    gridWeights.push_back(g.areaKm2 * (std::pow(m_density.at(x, y), 1.3) + 0.002) * boost);
  }
  const std::vector<double> gridCumulative = DemoRandom::cumulative(gridWeights);
  const std::vector<double> sourceCumulative = DemoRandom::cumulative(kSourceShare);

  std::vector<Event> events;
  events.reserve(std::size_t(count));
  for (qint64 i = 0; i < count; ++i) {
    Event e;
    e.source = random.weighted(sourceCumulative);
    const int day = random.weighted(dayCumulative[std::size_t(e.source)]);
    const int hour = random.weighted(hourCumulative[std::size_t(e.source)]);
    e.reportedAt = clock::kEventYearStart + qint64(day) * 86400 + qint64(hour) * 3600 + random.below(3600);
    const QDate date = firstDay.addDays(day);
    const bool typhoon = date >= typhoonFirst && date <= typhoonLast;
    e.type = random.weighted(typeCumulative[std::size_t(e.source)][typhoon ? 1 : 0]);
    e.grid = random.weighted(gridCumulative);
    const Point p = pointIn(m_geos, grids[std::size_t(e.grid)].area, random);
    e.x = p.first;
    e.y = p.second;
    events.push_back(e);
    if (i % 8192 == 0)
      progress.update(0.4 * double(i) / double(count));
  }
  std::stable_sort(events.begin(), events.end(),
                   [](const Event &a, const Event &b) { return a.reportedAt < b.reportedAt; });

  GpkgTable &table = writer.beginTable(u"events"_s, u"事件"_s, TableGeometry::Point,
                                       {{u"event_id"_s, FieldType::Text},
                                        {u"class"_s, FieldType::Text},
                                        {u"subclass"_s, FieldType::Text},
                                        {u"source"_s, FieldType::Text},
                                        {u"reported_at"_s, FieldType::DateTime},
                                        {u"status"_s, FieldType::Text},
                                        {u"closed_at"_s, FieldType::DateTime},
                                        {u"grid_code"_s, FieldType::Text},
                                        {u"district"_s, FieldType::Text},
                                        {u"reporter_phone"_s, FieldType::Text}});
  const qint64 now = clock::kEventYearStart + qint64(clock::kEventYearDays) * 86400;
  QDate currentDay;
  int daySerial = 0;
  std::vector<GridEventTally> tallies(grids.size());
  for (std::size_t i = 0; i < events.size(); ++i) {
    const Event &e = events[i];
    const SeedTables::EventType &type = m_tables.eventTypes[e.type];
    const Grid &grid = grids[std::size_t(e.grid)];
    const QDate localDay =
        QDateTime::fromSecsSinceEpoch(e.reportedAt + clock::kBeijingOffset, Qt::UTC).date();
    if (localDay != currentDay) {
      currentDay = localDay;
      daySerial = 0;
    }
    const double hours = medianHours(type.eventClass) * std::exp(0.9 * random.normal());
    const qint64 closedAt = e.reportedAt + qint64(hours * 3600);
    // A few cases stall and stay open past their time: the overdue list an operations centre
    // chases, not most of what is open.
    const bool closed = closedAt < now && random.chance(0.997);
    int step = 6;
    if (!closed) {
      const double elapsed = double(now - e.reportedAt) / (hours * 3600);
      step = elapsed < 0.05 ? 0 : elapsed < 0.15 ? 1 : elapsed < 0.3 ? 2 : elapsed < 0.85 ? 3 : 4;
    } else if (now - closedAt < 3 * 86400) {
      step = 5; // closed, not yet evaluated
    }

    table.setText(0, u"E"_s + localDay.toString(u"yyyyMMdd"_s) +
                         QString::number(++daySerial).rightJustified(5, u'0'));
    table.setText(1, type.eventClass);
    table.setText(2, type.subclass);
    table.setText(3, kSourceName[std::size_t(e.source)]);
    table.setDateTime(4, e.reportedAt);
    table.setText(5, kWorkflow[std::size_t(step)]);
    if (closed)
      table.setDateTime(6, closedAt);
    GridEventTally &tally = tallies[std::size_t(e.grid)];
    ++tally.total;
    tally.open += closed ? 0 : 1;
    table.setText(7, grid.code);
    table.setText(
        8,
        m_divisions.districts()[std::size_t(m_divisions.communities()[std::size_t(grid.community)].district)]
            .name);
    if (e.source == Hotline)
      table.setText(9, m_names.mobilePhone(random));
    else if (e.source == GridStaff)
      table.setText(9, grid.staffPhone);
    table.setPoint(e.x, e.y);
    table.write();
    if (i % 8192 == 0)
      progress.update(0.4 + 0.6 * double(i) / double(events.size()));
  }
  writer.endTable();
  return tallies;
}

} // namespace rc::demo
