#include "ops/EventCase.h"

#include <QJsonArray>

#include <array>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

constexpr std::array<const char16_t *, kCaseStateCount> kStateKeys{u"draft",      u"collected", u"registered",
                                                                   u"dispatched", u"handling",  u"fed_back",
                                                                   u"closed",     u"evaluated", u"voided"};
constexpr std::array<const char16_t *, kCaseActionCount> kActionKeys{
    u"collect", u"register",  u"dispatch",        u"start_handling", u"feedback",
    u"close",   u"send_back", u"return_dispatch", u"evaluate",       u"void"};

struct Transition
{
  CaseState from;
  CaseAction action;
  CaseState to;
};

/// The whole workflow; CaseState's comment says why each line is there.
constexpr std::array<Transition, 13> kTransitions{{
    {CaseState::Draft, CaseAction::Collect, CaseState::Collected},
    {CaseState::Collected, CaseAction::Register, CaseState::Registered},
    {CaseState::Registered, CaseAction::Dispatch, CaseState::Dispatched},
    {CaseState::Dispatched, CaseAction::StartHandling, CaseState::Handling},
    {CaseState::Dispatched, CaseAction::ReturnDispatch, CaseState::Registered},
    {CaseState::Handling, CaseAction::Feedback, CaseState::FedBack},
    {CaseState::FedBack, CaseAction::Close, CaseState::Closed},
    {CaseState::FedBack, CaseAction::SendBack, CaseState::Handling},
    {CaseState::Closed, CaseAction::SendBack, CaseState::Handling},
    {CaseState::Closed, CaseAction::Evaluate, CaseState::Evaluated},
    {CaseState::Draft, CaseAction::Void, CaseState::Voided},
    {CaseState::Collected, CaseAction::Void, CaseState::Voided},
    {CaseState::Registered, CaseAction::Void, CaseState::Voided},
}};

QString isoTime(const QDateTime &time)
{
  return time.isValid() ? time.toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue &value)
{
  return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QString dispatchKindKey(DispatchTarget::Kind kind)
{
  switch (kind) {
  case DispatchTarget::Kind::GridStaff:
    return u"grid_staff"_s;
  case DispatchTarget::Kind::Department:
    return u"department"_s;
  case DispatchTarget::Kind::None:
    break;
  }
  return {};
}

DispatchTarget::Kind dispatchKindFromKey(const QString &key)
{
  if (key == u"grid_staff"_s)
    return DispatchTarget::Kind::GridStaff;
  if (key == u"department"_s)
    return DispatchTarget::Kind::Department;
  return DispatchTarget::Kind::None;
}

} // namespace

QString caseStateKey(CaseState state)
{
  return QString::fromUtf16(kStateKeys[std::size_t(state)]);
}

QString caseActionKey(CaseAction action)
{
  return QString::fromUtf16(kActionKeys[std::size_t(action)]);
}

std::optional<CaseState> caseStateFromKey(const QString &key)
{
  for (std::size_t i = 0; i < kStateKeys.size(); ++i)
    if (key == QStringView(kStateKeys[i]))
      return CaseState(i);
  return std::nullopt;
}

std::optional<CaseAction> caseActionFromKey(const QString &key)
{
  for (std::size_t i = 0; i < kActionKeys.size(); ++i)
    if (key == QStringView(kActionKeys[i]))
      return CaseAction(i);
  return std::nullopt;
}

std::optional<CaseState> CaseStateMachine::next(CaseState from, CaseAction action)
{
  for (const Transition &transition : kTransitions)
    if (transition.from == from && transition.action == action)
      return transition.to;
  return std::nullopt;
}

QList<CaseAction> CaseStateMachine::actionsFrom(CaseState from)
{
  QList<CaseAction> actions;
  for (const Transition &transition : kTransitions)
    if (transition.from == from)
      actions.push_back(transition.action);
  return actions;
}

bool CaseStateMachine::needsReason(CaseAction action)
{
  return action == CaseAction::SendBack || action == CaseAction::ReturnDispatch || action == CaseAction::Void;
}

bool CaseStateMachine::isFinal(CaseState state)
{
  return actionsFrom(state).isEmpty();
}

bool CaseStateMachine::isFinished(CaseState state)
{
  return state == CaseState::Closed || state == CaseState::Evaluated || state == CaseState::Voided;
}

QString CaseStateMachine::title(CaseState state)
{
  switch (state) {
  case CaseState::Draft:
    return tr("Draft");
  case CaseState::Collected:
    return tr("Information collected");
  case CaseState::Registered:
    return tr("Case registered");
  case CaseState::Dispatched:
    return tr("Task dispatched");
  case CaseState::Handling:
    return tr("Task in hand");
  case CaseState::FedBack:
    return tr("Result reported");
  case CaseState::Closed:
    return tr("Verified and closed");
  case CaseState::Evaluated:
    return tr("Evaluated");
  case CaseState::Voided:
    return tr("Voided");
  }
  return {};
}

QString CaseStateMachine::title(CaseAction action)
{
  switch (action) {
  case CaseAction::Collect:
    return tr("Collect");
  case CaseAction::Register:
    return tr("Register");
  case CaseAction::Dispatch:
    return tr("Dispatch");
  case CaseAction::StartHandling:
    return tr("Start handling");
  case CaseAction::Feedback:
    return tr("Report result");
  case CaseAction::Close:
    return tr("Verify and close");
  case CaseAction::SendBack:
    return tr("Send back for rework");
  case CaseAction::ReturnDispatch:
    return tr("Return to the center");
  case CaseAction::Evaluate:
    return tr("Evaluate");
  case CaseAction::Void:
    return tr("Void");
  }
  return {};
}

QDateTime EventCase::reached(CaseState target) const
{
  for (auto it = steps.crbegin(); it != steps.crend(); ++it)
    if (it->state == target)
      return it->at;
  return {};
}

bool EventCase::isOverdue(const QDateTime &now) const
{
  return deadline.isValid() && !CaseStateMachine::isFinished(state) && state != CaseState::Draft &&
         now > deadline;
}

qint64 EventCase::overdueSeconds(const QDateTime &now) const
{
  if (!deadline.isValid() || state == CaseState::Draft || state == CaseState::Voided)
    return 0;
  QDateTime end = now;
  if (CaseStateMachine::isFinished(state)) {
    end = reached(CaseState::Closed);
    if (!end.isValid())
      return 0;
  }
  return std::max<qint64>(0, deadline.secsTo(end));
}

QJsonObject EventCase::toJson() const
{
  QJsonArray stepArray;
  for (const StepRecord &step : steps)
    stepArray.append(QJsonObject{{u"state"_s, caseStateKey(step.state)},
                                 {u"actor"_s, step.actor},
                                 {u"at"_s, isoTime(step.at)},
                                 {u"note"_s, step.note}});
  QJsonObject json{{u"id"_s, id},
                   {u"class"_s, eventClass},
                   {u"subclass"_s, subclass},
                   {u"description"_s, description},
                   {u"source"_s, source},
                   {u"reporter_name"_s, reporterName},
                   {u"reporter_phone"_s, reporterPhone},
                   {u"address"_s, address},
                   {u"grid_code"_s, gridCode},
                   {u"community_code"_s, communityCode},
                   {u"community"_s, community},
                   {u"district"_s, district},
                   {u"state"_s, caseStateKey(state)},
                   {u"problems"_s, QJsonArray::fromStringList(problems)},
                   {u"assignee_kind"_s, dispatchKindKey(assignee.kind)},
                   {u"assignee_name"_s, assignee.name},
                   {u"assignee_phone"_s, assignee.phone},
                   {u"department"_s, department},
                   {u"reported_at"_s, isoTime(reportedAt)},
                   {u"deadline"_s, isoTime(deadline)},
                   {u"steps"_s, stepArray}};
  if (hasLocation) {
    json.insert(u"lon"_s, lon);
    json.insert(u"lat"_s, lat);
  }
  return json;
}

EventCase EventCase::fromJson(const QJsonObject &json)
{
  EventCase c;
  c.id = json.value(u"id"_s).toInteger();
  c.eventClass = json.value(u"class"_s).toString();
  c.subclass = json.value(u"subclass"_s).toString();
  c.description = json.value(u"description"_s).toString();
  c.source = json.value(u"source"_s).toString();
  c.reporterName = json.value(u"reporter_name"_s).toString();
  c.reporterPhone = json.value(u"reporter_phone"_s).toString();
  c.hasLocation = json.contains(u"lon"_s) && json.contains(u"lat"_s);
  c.lon = json.value(u"lon"_s).toDouble();
  c.lat = json.value(u"lat"_s).toDouble();
  c.address = json.value(u"address"_s).toString();
  c.gridCode = json.value(u"grid_code"_s).toString();
  c.communityCode = json.value(u"community_code"_s).toString();
  c.community = json.value(u"community"_s).toString();
  c.district = json.value(u"district"_s).toString();
  c.state = caseStateFromKey(json.value(u"state"_s).toString()).value_or(CaseState::Draft);
  for (const QJsonValue &problem : json.value(u"problems"_s).toArray())
    c.problems.push_back(problem.toString());
  c.assignee.kind = dispatchKindFromKey(json.value(u"assignee_kind"_s).toString());
  c.assignee.name = json.value(u"assignee_name"_s).toString();
  c.assignee.phone = json.value(u"assignee_phone"_s).toString();
  c.department = json.value(u"department"_s).toString();
  c.reportedAt = fromIso(json.value(u"reported_at"_s));
  c.deadline = fromIso(json.value(u"deadline"_s));
  for (const QJsonValue &value : json.value(u"steps"_s).toArray()) {
    const QJsonObject step = value.toObject();
    c.steps.push_back({caseStateFromKey(step.value(u"state"_s).toString()).value_or(CaseState::Draft),
                       step.value(u"actor"_s).toString(), fromIso(step.value(u"at"_s)),
                       step.value(u"note"_s).toString()});
  }
  return c;
}

TimeLimits::TimeLimits()
{
  m_hours.insert(u"突发事件"_s, 2);
  m_hours.insert(u"街面秩序"_s, 4);
  m_hours.insert(u"市容环境"_s, 24);
  m_hours.insert(u"宣传广告"_s, 24);
  m_hours.insert(u"扩展事件"_s, 48);
  m_hours.insert(u"施工管理"_s, 72);
}

QDateTime TimeLimits::deadline(const QString &eventClass, const QDateTime &reportedAt) const
{
  return reportedAt.addSecs(qint64(hours(eventClass) * 3600));
}

} // namespace rc
