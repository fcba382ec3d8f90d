#include "ops/GridCases.h"

#include "data/FeatureStore.h"
#include "data/IsoDateTime.h"
#include "inspect/FeatureHitTest.h"
#include "ops/GridEventIndex.h"
#include "privacy/PersonalDataMask.h"

#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

QString text(const FeatureStore &store, std::size_t feature, const QString &field)
{
  const int index = store.fieldIndex(field);
  return index < 0 ? QString() : store.text(feature, index);
}

bool isFinishedStatus(const QString &status)
{
  if (status == u"核查结案"_s || status == u"综合评价"_s)
    return true;
  const std::optional<CaseState> state = caseStateFromKey(status);
  return state && CaseStateMachine::isFinished(*state);
}

} // namespace

std::optional<std::uint32_t> GridCaseFinder::gridAt(const FeatureStore &grids, double x, double y)
{
  const HitShape click = HitShape::point(x, y, 0);
  const HitList hits = hitFeatures(grids, click);
  // Grids tile the city: of two that share the edge clicked, the first in layer order, as the
  // grid locator of intake decides.
  if (hits.features.empty())
    return std::nullopt;
  return hits.features.front();
}

bool GridCaseFinder::isOpenEvent(const FeatureStore &events, std::size_t feature)
{
  const int closed = events.fieldIndex(u"closed_at"_s);
  if (closed >= 0 && !events.isNull(feature, closed))
    return false;
  return !isFinishedStatus(text(events, feature, u"status"_s));
}

GridCasesReport GridCaseFinder::report(const FeatureStore &grids, std::uint32_t grid,
                                       const FeatureStore *events, const GridEventIndex *index,
                                       const TimeLimits &limits, const QDateTime &asOf)
{
  GridCasesReport report;
  if (grid >= grids.featureCount())
    return report;
  report.found = true;
  report.gridFeature = grid;
  report.asOf = asOf;
  report.gridCode = text(grids, grid, u"grid_code"_s);
  report.community = text(grids, grid, u"community"_s);
  report.town = text(grids, grid, u"town"_s);
  report.district = text(grids, grid, u"district"_s);
  report.staffName = PersonalDataMask::display(u"staff_name", text(grids, grid, u"staff_name"_s));
  report.staffPhone = PersonalDataMask::display(u"staff_phone", text(grids, grid, u"staff_phone"_s));
  if (!events || !index || report.gridCode.isEmpty())
    return report;
  const std::optional<std::uint32_t> code = index->codeId(report.gridCode);
  if (!code)
    return report;
  const int idField = events->fieldIndex(u"event_id"_s);
  for (const std::uint32_t event : index->eventsWithCode(*code)) {
    if (!isOpenEvent(*events, event))
      continue;
    GridOpenCase c;
    c.origin = GridOpenCase::Origin::Layer;
    c.feature = event;
    c.reference = idField >= 0 ? events->text(event, idField) : QString::number(events->fid(event));
    c.eventClass = text(*events, event, u"class"_s);
    c.subclass = text(*events, event, u"subclass"_s);
    c.step = text(*events, event, u"status"_s);
    if (const auto ms = parseIsoDateTimeMs(text(*events, event, u"reported_at"_s))) {
      c.reportedAt = QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone::utc());
      c.deadline = c.reportedAt.addSecs(qint64(limits.hours(c.eventClass) * 3600));
      c.overdueSeconds = std::max<qint64>(0, c.deadline.secsTo(asOf));
    }
    report.cases << c;
  }
  sort(report.cases);
  return report;
}

void GridCaseFinder::addDeskCases(GridCasesReport &report, const QList<EventCase> &cases)
{
  for (const EventCase &eventCase : cases) {
    if (eventCase.gridCode != report.gridCode || report.gridCode.isEmpty() ||
        CaseStateMachine::isFinished(eventCase.state))
      continue;
    GridOpenCase c;
    c.origin = GridOpenCase::Origin::Desk;
    c.caseId = eventCase.id;
    c.reference = tr("Case %1").arg(eventCase.id);
    c.eventClass = eventCase.eventClass;
    c.subclass = eventCase.subclass;
    c.step = CaseStateMachine::title(eventCase.state);
    c.reportedAt = eventCase.reportedAt;
    c.deadline = eventCase.deadline;
    c.overdueSeconds = eventCase.isOverdue(report.asOf) ? eventCase.overdueSeconds(report.asOf) : 0;
    report.cases << c;
  }
  sort(report.cases);
}

void GridCaseFinder::sort(QList<GridOpenCase> &cases)
{
  std::stable_sort(cases.begin(), cases.end(), [](const GridOpenCase &a, const GridOpenCase &b) {
    if (a.overdueSeconds != b.overdueSeconds)
      return a.overdueSeconds > b.overdueSeconds;
    return a.reportedAt > b.reportedAt;
  });
}

} // namespace rc
