#pragma once

#include "ops/AuditTrail.h"
#include "ops/CaseLedger.h"
#include "ops/CaseStore.h"
#include "ops/EventCase.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>
#include <memory>
#include <optional>

namespace rc {

class GridLocator;
class OpsDatabase;
class SqliteCaseLedger;
struct Operator;

/// What an intake form (or a sensor, or 12345) hands over.
struct EventIntake
{
  QString eventClass, subclass, description, source;
  QString reporterName, reporterPhone;
  bool hasLocation = false;
  double lon = 0, lat = 0; ///< EPSG:4490
  QString address;
  QString department;   ///< dispatch to this department rather than to the grid's staff
  QDateTime reportedAt; ///< invalid: now
  QDateTime deadline;   ///< invalid: the class's time limit from reportedAt
};

/// The case workflow of the operations center: intake with grid and community from the
/// location, the GB/T 30428 steps (CaseStateMachine), dispatch by grid, deadlines, and an audit
/// record for every change in the same transaction as the change. An operator may undo their own
/// last change of a case as long as nobody has changed that case since; an undo is itself
/// recorded, never erased.
///
/// Bad input never loses a report: intake keeps it as a Draft with the reasons in
/// EventCase::problems (no location, outside the city's grids, no staff in the grid and no
/// department named, a time limit already past). A dispatch the grid cannot take (no staff) is
/// refused with a message and leaves the case where it was.
///
/// Where cases live is a CaseLedger: the seat's own SQLite database, or a shared one where other
/// seats change cases too. There a step or revision that names the version the operator saw is
/// refused with Error(Conflict) when the case has changed since, never applied over it.
///
/// Lends the database (or ledger) and the grid locator; lives on the database's thread. Throws
/// Error: IllegalTransition, Refused, PermissionDenied, NotFound, InvalidInput, Conflict, Storage.
class EventWorkflow
{
  Q_DECLARE_TR_FUNCTIONS(rc::EventWorkflow)

public:
  using Clock = std::function<QDateTime()>;

  /// `clock` gives "now" (tests fix it); empty means the system clock.
  EventWorkflow(const OpsDatabase &database, const GridLocator &grids, TimeLimits limits = {},
                Clock clock = {});
  /// The workflow over any ledger, lent (a shared PostGIS database).
  EventWorkflow(CaseLedger &ledger, const GridLocator &grids, TimeLimits limits = {}, Clock clock = {});
  ~EventWorkflow();
  EventWorkflow(const EventWorkflow &) = delete;
  EventWorkflow &operator=(const EventWorkflow &) = delete;

  /// Records a new case: Collected when the input is complete, Draft with problems otherwise.
  [[nodiscard]] EventCase intake(const EventIntake &input, const Operator &by);
  /// Replaces a case's report (what, where, who reported, department, deadline) before dispatch.
  /// A draft takes any input and gets its problems recomputed; a collected or registered case
  /// only input without problems (else Error(Refused) listing them, case unchanged).
  /// `seenVersion` > 0: the EventCase::version the operator saw (Conflict when it changed since).
  [[nodiscard]] EventCase revise(qint64 caseId, const EventIntake &input, const Operator &by,
                                 qint64 seenVersion = 0);
  /// Takes one workflow step. `note` is the reason for send back, return and void (required) and
  /// a remark otherwise; `target` is who a dispatch goes to (None: the grid's staff, else the
  /// department named at intake). `seenVersion` as for revise().
  [[nodiscard]] EventCase apply(qint64 caseId, CaseAction action, const Operator &by,
                                const QString &note = {}, const DispatchTarget &target = {},
                                qint64 seenVersion = 0);

  /// Reverts the operator's newest change that is still in effect. Returns the case as restored,
  /// or nullopt when the change was the intake (the case is gone; the trail keeps it).
  std::optional<EventCase> undoLastChange(const Operator &by);
  /// Reverts one change: refused when it is someone else's (PermissionDenied), not a case change,
  /// already undone, or followed by another change of the same case (Refused).
  std::optional<EventCase> undo(qint64 auditId, const Operator &by);

  [[nodiscard]] std::optional<EventCase> find(qint64 caseId) const { return m_ledger.find(caseId); }
  /// Open cases past their deadline now.
  [[nodiscard]] QList<EventCase> overdue() const;
  [[nodiscard]] QDateTime now() const { return m_clock(); }
  [[nodiscard]] const CaseLedger &ledger() const { return m_ledger; }
  /// The SQLite audit trail, for records beyond case changes (unmasking). Only for a workflow
  /// made over an OpsDatabase.
  [[nodiscard]] AuditTrail &audit();

private:
  /// The stored case; Conflict when `seenVersion` > 0 and the stored version differs.
  [[nodiscard]] EventCase load(qint64 caseId, qint64 seenVersion = 0) const;
  /// Copies the input into the case and recomputes location-derived fields and problems.
  void fill(EventCase &eventCase, const EventIntake &input) const;
  [[nodiscard]] DispatchTarget resolveTarget(const EventCase &eventCase,
                                             const DispatchTarget &requested) const;
  /// Saves the case and appends its audit record in one transaction.
  void commit(EventCase &eventCase, AuditRecord &record, bool remove = false);
  void checkMayEdit(const Operator &by) const;

  std::unique_ptr<SqliteCaseLedger> m_ownLedger; ///< set when made over an OpsDatabase
  CaseLedger &m_ledger;
  const GridLocator &m_grids;
  TimeLimits m_limits;
  Clock m_clock;
};

} // namespace rc
