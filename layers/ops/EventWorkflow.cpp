#include "ops/EventWorkflow.h"

#include "auth/Operator.h"
#include "base/Error.h"
#include "ops/GridLocator.h"
#include "ops/OpsDatabase.h"
#include "ops/SqliteCaseLedger.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

QByteArray snapshot(const EventCase &eventCase)
{
  return QJsonDocument(eventCase.toJson()).toJson(QJsonDocument::Compact);
}

/// The report a case was made of, as intake would take it.
EventIntake reportOf(const EventCase &c, const TimeLimits &limits)
{
  EventIntake input;
  input.eventClass = c.eventClass;
  input.subclass = c.subclass;
  input.description = c.description;
  input.source = c.source;
  input.reporterName = c.reporterName;
  input.reporterPhone = c.reporterPhone;
  input.hasLocation = c.hasLocation;
  input.lon = c.lon;
  input.lat = c.lat;
  input.address = c.address;
  input.department = c.department;
  input.reportedAt = c.reportedAt;
  if (c.deadline != limits.deadline(c.eventClass, c.reportedAt))
    input.deadline = c.deadline;
  return input;
}

} // namespace

EventWorkflow::EventWorkflow(const OpsDatabase &database, const GridLocator &grids, TimeLimits limits,
                             Clock clock)
    : m_ownLedger(std::make_unique<SqliteCaseLedger>(database)), m_ledger(*m_ownLedger), m_grids(grids),
      m_limits(std::move(limits)),
      m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTime(); }))
{}

EventWorkflow::EventWorkflow(CaseLedger &ledger, const GridLocator &grids, TimeLimits limits, Clock clock)
    : m_ledger(ledger), m_grids(grids), m_limits(std::move(limits)),
      m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTime(); }))
{}

EventWorkflow::~EventWorkflow() = default;

AuditTrail &EventWorkflow::audit()
{
  Q_ASSERT(m_ownLedger);
  return m_ownLedger->audit();
}

void EventWorkflow::checkMayEdit(const Operator &by) const
{
  if (!by.canEditCases())
    throw Error(Error::Code::PermissionDenied,
                tr("%1 may look at cases but not change them").arg(by.name.isEmpty() ? by.id : by.name));
}

EventCase EventWorkflow::load(qint64 caseId, qint64 seenVersion) const
{
  std::optional<EventCase> found = m_ledger.find(caseId);
  if (!found)
    throw Error(Error::Code::NotFound, tr("there is no case %1").arg(caseId));
  if (seenVersion > 0 && found->version != seenVersion)
    throw m_ledger.conflict(caseId);
  return *std::move(found);
}

void EventWorkflow::fill(EventCase &c, const EventIntake &input) const
{
  const QDateTime now = m_clock();
  c.eventClass = input.eventClass.trimmed();
  c.subclass = input.subclass.trimmed();
  c.description = input.description;
  c.source = input.source;
  c.reporterName = input.reporterName.trimmed();
  c.reporterPhone = input.reporterPhone.trimmed();
  c.address = input.address.trimmed();
  c.department = input.department.trimmed();
  c.reportedAt = input.reportedAt.isValid() ? input.reportedAt : now;
  c.deadline = input.deadline.isValid() ? input.deadline : m_limits.deadline(c.eventClass, c.reportedAt);
  c.hasLocation = input.hasLocation && std::isfinite(input.lon) && std::isfinite(input.lat);
  c.lon = c.hasLocation ? input.lon : 0;
  c.lat = c.hasLocation ? input.lat : 0;
  c.gridCode.clear();
  c.communityCode.clear();
  c.community.clear();
  c.district.clear();
  c.problems.clear();

  if (c.eventClass.isEmpty())
    c.problems << tr("Choose an event class.");
  if (!c.hasLocation) {
    c.problems << tr("The event has no location: pick it on the map or search its address.");
  } else if (const std::optional<GridAssignment> grid = m_grids.locate(c.lon, c.lat)) {
    c.gridCode = grid->gridCode;
    c.communityCode = grid->communityCode;
    c.community = grid->community;
    c.district = grid->district;
    if (!grid->hasStaff() && c.department.isEmpty())
      c.problems << tr("Grid %1 has no staff to dispatch to: name a department.").arg(grid->gridCode);
  } else {
    c.problems << tr("The location %1, %2 lies outside the city's grids.")
                      .arg(c.lon, 0, 'f', 6)
                      .arg(c.lat, 0, 'f', 6);
  }
  if (input.deadline.isValid() && input.deadline <= now)
    c.problems
        << tr("The time limit %1 is already past.").arg(input.deadline.toString(u"yyyy-MM-dd HH:mm"_s));
}

void EventWorkflow::commit(EventCase &eventCase, AuditRecord &record, bool remove)
{
  m_ledger.commit(eventCase, record, remove);
}

EventCase EventWorkflow::intake(const EventIntake &input, const Operator &by)
{
  checkMayEdit(by);
  EventCase c;
  fill(c, input);
  c.state = c.problems.isEmpty() ? CaseState::Collected : CaseState::Draft;
  c.steps.push_back({c.state, by.id, m_clock(), c.problems.join(u' ')});
  AuditRecord record;
  record.at = m_clock();
  record.actor = by.id;
  record.action = AuditAction::Intake;
  record.subject = AuditTrail::kCaseSubject;
  record.step = caseStateKey(c.state);
  commit(c, record);
  return c;
}

EventCase EventWorkflow::revise(qint64 caseId, const EventIntake &input, const Operator &by,
                                qint64 seenVersion)
{
  checkMayEdit(by);
  EventCase c = load(caseId, seenVersion);
  if (c.state != CaseState::Draft && c.state != CaseState::Collected && c.state != CaseState::Registered)
    throw Error(Error::Code::IllegalTransition,
                tr("case %1 is already %2: its report can no longer be changed")
                    .arg(caseId)
                    .arg(CaseStateMachine::title(c.state)));
  const QByteArray before = snapshot(c);
  EventCase revised = c;
  fill(revised, input);
  if (c.state != CaseState::Draft && !revised.problems.isEmpty())
    throw Error(Error::Code::Refused,
                tr("case %1 keeps its report: %2").arg(caseId).arg(revised.problems.join(u' ')));
  AuditRecord record;
  record.at = m_clock();
  record.actor = by.id;
  record.action = AuditAction::Edit;
  record.subject = AuditTrail::kCaseSubject;
  record.before = before;
  commit(revised, record);
  return revised;
}

DispatchTarget EventWorkflow::resolveTarget(const EventCase &c, const DispatchTarget &requested) const
{
  if (requested.kind == DispatchTarget::Kind::Department) {
    if (requested.name.trimmed().isEmpty())
      throw Error(Error::Code::InvalidInput, tr("name the department to dispatch case %1 to").arg(c.id));
    return {DispatchTarget::Kind::Department, requested.name.trimmed(), requested.phone};
  }
  const std::optional<GridAssignment> grid = m_grids.byCode(c.gridCode);
  if (grid && grid->hasStaff())
    return {DispatchTarget::Kind::GridStaff, grid->staffName, grid->staffPhone};
  if (requested.kind == DispatchTarget::Kind::None && !c.department.isEmpty())
    return {DispatchTarget::Kind::Department, c.department, {}};
  throw Error(Error::Code::Refused, tr("grid %1 has no staff to take case %2: dispatch it to a department")
                                        .arg(c.gridCode.isEmpty() ? tr("(none)") : c.gridCode)
                                        .arg(c.id));
}

EventCase EventWorkflow::apply(qint64 caseId, CaseAction action, const Operator &by, const QString &note,
                               const DispatchTarget &target, qint64 seenVersion)
{
  checkMayEdit(by);
  EventCase c = load(caseId, seenVersion);
  const std::optional<CaseState> next = CaseStateMachine::next(c.state, action);
  if (!next)
    throw Error(Error::Code::IllegalTransition,
                tr("case %1 is %2: “%3” is not a step it can take")
                    .arg(caseId)
                    .arg(CaseStateMachine::title(c.state), CaseStateMachine::title(action)));
  if (CaseStateMachine::needsReason(action) && note.trimmed().isEmpty())
    throw Error(Error::Code::InvalidInput, tr("“%1” needs a reason").arg(CaseStateMachine::title(action)));
  const QByteArray before = snapshot(c);
  if (action == CaseAction::Collect) {
    // The draft's own report again: the grids (or their staff) may have changed since.
    const EventIntake input = reportOf(c, m_limits);
    EventCase checked = c;
    fill(checked, input);
    if (!checked.problems.isEmpty())
      throw Error(Error::Code::Refused,
                  tr("case %1 stays a draft: %2").arg(caseId).arg(checked.problems.join(u' ')));
    c = checked;
  } else if (action == CaseAction::Dispatch) {
    c.assignee = resolveTarget(c, target);
  } else if (action == CaseAction::ReturnDispatch) {
    c.assignee = {};
  }
  c.state = *next;
  c.steps.push_back({c.state, by.id, m_clock(), note.trimmed()});
  AuditRecord record;
  record.at = m_clock();
  record.actor = by.id;
  record.action = AuditAction::Transition;
  record.subject = AuditTrail::kCaseSubject;
  record.step = caseActionKey(action);
  record.note = note.trimmed();
  record.before = before;
  commit(c, record);
  return c;
}

std::optional<EventCase> EventWorkflow::undo(qint64 auditId, const Operator &by)
{
  checkMayEdit(by);
  const std::optional<AuditRecord> change = m_ledger.record(auditId);
  if (!change)
    throw Error(Error::Code::NotFound, tr("there is no audit record %1").arg(auditId));
  if (!change->isCaseChange())
    throw Error(Error::Code::Refused, tr("audit record %1 is not a change of a case").arg(auditId));
  if (change->actor != by.id)
    throw Error(Error::Code::PermissionDenied,
                tr("change %1 was made by %2: only they can undo it").arg(auditId).arg(change->actor));
  if (m_ledger.isUndone(auditId))
    throw Error(Error::Code::Refused, tr("change %1 has already been undone").arg(auditId));
  const std::optional<AuditRecord> latest = m_ledger.lastEffectiveChange(change->recordId);
  if (latest && latest->id != change->id)
    throw Error(Error::Code::Refused,
                tr("case %1 was changed by %2 after change %3: that change must be undone first")
                    .arg(change->recordId)
                    .arg(latest->actor)
                    .arg(auditId));

  const std::optional<EventCase> current = m_ledger.find(change->recordId);
  AuditRecord record;
  record.at = m_clock();
  record.actor = by.id;
  record.action = AuditAction::Undo;
  record.subject = AuditTrail::kCaseSubject;
  record.undoes = change->id;
  record.step = change->step;
  record.before = current ? snapshot(*current) : QByteArray();
  if (change->before.isEmpty()) {
    // Undoing an intake removes the case; the trail keeps what it was.
    EventCase removed = current.value_or(EventCase{});
    removed.id = change->recordId;
    record.after.clear();
    commit(removed, record, true);
    return std::nullopt;
  }
  EventCase restored = EventCase::fromJson(QJsonDocument::fromJson(change->before).object());
  restored.id = change->recordId;
  // Saved over the case as it stands now, which the checks above found to be this change's.
  restored.version = current ? current->version : 0;
  commit(restored, record);
  return restored;
}

std::optional<EventCase> EventWorkflow::undoLastChange(const Operator &by)
{
  checkMayEdit(by);
  const std::optional<AuditRecord> change = m_ledger.lastEffectiveChangeBy(by.id);
  if (!change)
    throw Error(Error::Code::NotFound, tr("%1 has no change left to undo").arg(by.id));
  return undo(change->id, by);
}

QList<EventCase> EventWorkflow::overdue() const
{
  const QDateTime now = m_clock();
  QList<EventCase> late;
  for (EventCase &c : m_ledger.open())
    if (c.isOverdue(now))
      late.push_back(std::move(c));
  return late;
}

} // namespace rc
