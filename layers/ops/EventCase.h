#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rc {

/// Where a case stands. The seven steps of GB/T 30428 practice, each state named after the step
/// last completed, plus two states outside the line:
///
///   Draft ──collect──▶ Collected (信息采集) ──register──▶ Registered (案卷建立)
///     ──dispatch──▶ Dispatched (任务派遣) ──startHandling──▶ Handling (任务处理)
///     ──feedback──▶ FedBack (处理反馈) ──close──▶ Closed (核查结案) ──evaluate──▶ Evaluated (综合评价)
///
/// Back and side ways, with a required reason:
/// - sendBack, FedBack → Handling: verification (核查) finds the work not done; the case goes back
///   to the same assignee for rework, as 数字城管 systems do.
/// - sendBack, Closed → Handling: a closed case reopened before its evaluation (the reporter's
///   return visit finds the problem back). Both are the send-back from 核查结案 to 任务处理; once
///   evaluated, a case is history and a recurrence is a new case.
/// - returnDispatch, Dispatched → Registered: the department refuses a case that is not theirs
///   (退单), and the center dispatches it again.
/// - void, from Draft, Collected or Registered only: a duplicate, a prank, a report about nothing
///   (不予立案/作废). Once dispatched, someone is working on it and it must be closed, not erased.
/// Draft is where bad input waits (no location, outside the city, no staff to dispatch to, a time
/// limit already past): nothing is lost, and `collect` moves it on once the input is good.
/// Evaluated and Voided are final.
enum class CaseState : quint8 {
  Draft,
  Collected,
  Registered,
  Dispatched,
  Handling,
  FedBack,
  Closed,
  Evaluated,
  Voided
};
inline constexpr int kCaseStateCount = 9;

enum class CaseAction : quint8 {
  Collect,
  Register,
  Dispatch,
  StartHandling,
  Feedback,
  Close,
  SendBack,
  ReturnDispatch,
  Evaluate,
  Void
};
inline constexpr int kCaseActionCount = 10;

[[nodiscard]] QString caseStateKey(CaseState state);    ///< "draft", "collected", ... as stored
[[nodiscard]] QString caseActionKey(CaseAction action); ///< "collect", "register", ... as stored
[[nodiscard]] std::optional<CaseState> caseStateFromKey(const QString &key);
[[nodiscard]] std::optional<CaseAction> caseActionFromKey(const QString &key);

/// The legal transitions, as documented at CaseState.
class CaseStateMachine
{
  Q_DECLARE_TR_FUNCTIONS(rc::CaseStateMachine)

public:
  /// The state `action` leads to from `from`; nullopt when the workflow forbids it.
  [[nodiscard]] static std::optional<CaseState> next(CaseState from, CaseAction action);
  [[nodiscard]] static QList<CaseAction> actionsFrom(CaseState from);
  /// Actions that must carry a reason (send back, return, void).
  [[nodiscard]] static bool needsReason(CaseAction action);
  /// No further action is possible.
  [[nodiscard]] static bool isFinal(CaseState state);
  /// The work is done: closed, evaluated or voided. The deadline no longer runs.
  [[nodiscard]] static bool isFinished(CaseState state);

  /// For people: the GB/T 30428 step ("Dispatch" → 任务派遣 in zh_CN), "Draft", "Voided".
  [[nodiscard]] static QString title(CaseState state);
  [[nodiscard]] static QString title(CaseAction action);
};

/// Who a case is sent to: the grid's own staff (the default: dispatch is routed by grid) or a
/// department for what grid staff cannot do (a burst main, a building site).
struct DispatchTarget
{
  enum class Kind : quint8 { None, GridStaff, Department };
  Kind kind = Kind::None;
  QString name;  ///< staff name or department name
  QString phone; ///< staff phone, personal data

  friend bool operator==(const DispatchTarget &, const DispatchTarget &) = default;
};

/// Who took a step and when.
struct StepRecord
{
  CaseState state = CaseState::Draft; ///< the state the step reached
  QString actor;                      ///< Operator::id
  QDateTime at;
  QString note;

  friend bool operator==(const StepRecord &, const StepRecord &) = default;
};

/// One city-management case: the report, where it is, who handles it, its deadline and its
/// steps. A plain value; the EventWorkflow changes it and the CaseStore keeps it.
struct EventCase
{
  qint64 id = 0;
  QString eventClass; ///< major class (市容环境, 突发事件, ...)
  QString subclass;
  QString description;
  QString source;                      ///< 12345, 网格员, 传感器, ...
  QString reporterName, reporterPhone; ///< personal data: shown masked
  bool hasLocation = false;
  double lon = 0, lat = 0; ///< EPSG:4490
  QString address;
  QString gridCode, communityCode, community, district; ///< from the location
  CaseState state = CaseState::Draft;
  QStringList problems; ///< why a draft is a draft, for people
  DispatchTarget assignee;
  QString department; ///< the department the reporter or operator asked for, if any
  QDateTime reportedAt, deadline;
  QList<StepRecord> steps;
  /// The stored row's version in a shared database, raised by every save there; 0 in a seat's own
  /// database. Not part of the JSON: a seat that saw version v may only save over version v.
  qint64 version = 0;

  /// When the case reached `state` last (invalid if never).
  [[nodiscard]] QDateTime reached(CaseState state) const;
  /// Still open after its deadline.
  [[nodiscard]] bool isOverdue(const QDateTime &now) const;
  /// Seconds past the deadline: until now for an open case, until closing for a finished one; 0
  /// when in time or without a deadline.
  [[nodiscard]] qint64 overdueSeconds(const QDateTime &now) const;

  [[nodiscard]] QJsonObject toJson() const;
  [[nodiscard]] static EventCase fromJson(const QJsonObject &json);
  friend bool operator==(const EventCase &, const EventCase &) = default;
};

/// Time limits per event class, from report to closing (处置时限), in calendar hours. The defaults
/// follow the urgency of the classes: emergencies in 2 h, street order in 4 h, appearance and
/// advertising in 24 h, extended events in 48 h, construction in 72 h. Cities set their own.
class TimeLimits
{
public:
  TimeLimits();
  void setHours(const QString &eventClass, double hours) { m_hours.insert(eventClass, hours); }
  void setDefaultHours(double hours) { m_defaultHours = hours; }
  [[nodiscard]] double hours(const QString &eventClass) const
  {
    return m_hours.value(eventClass, m_defaultHours);
  }
  [[nodiscard]] QDateTime deadline(const QString &eventClass, const QDateTime &reportedAt) const;

private:
  QHash<QString, double> m_hours;
  double m_defaultHours = 48;
};

} // namespace rc
