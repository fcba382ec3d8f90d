#pragma once

#include "base/Error.h"
#include "ops/AuditTrail.h"
#include "ops/EventCase.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace rc {

/// Where the workflow keeps its cases and their audit trail: the seat's own SQLite database
/// (SqliteCaseLedger) or the shared PostGIS database of many seats (PostgisCaseLedger). Used on
/// the thread that made it. Every method throws Error: Storage when the store fails, Conflict
/// when another seat changed a case since it was read.
class CaseLedger
{
public:
  virtual ~CaseLedger() = default;

  /// The case as stored now, with its EventCase::version.
  [[nodiscard]] virtual std::optional<EventCase> find(qint64 id) const = 0;
  /// Every case in one state, oldest first.
  [[nodiscard]] virtual QList<EventCase> inState(CaseState state) const = 0;
  /// Cases not yet finished (neither closed, evaluated nor voided), oldest first.
  [[nodiscard]] virtual QList<EventCase> open() const = 0;
  /// Saves (or, with `remove`, deletes) the case and appends its audit record in one
  /// transaction; sets the record's id and case id, a new case's id and the case's new version.
  /// A case whose version differs from the stored one is refused with Error(Conflict).
  virtual void commit(EventCase &eventCase, AuditRecord &record, bool remove) = 0;

  [[nodiscard]] virtual std::optional<AuditRecord> record(qint64 id) const = 0;
  /// Every record about one subject's record, oldest first.
  [[nodiscard]] virtual QList<AuditRecord> history(const QString &subject, qint64 recordId) const = 0;
  /// Whether an undo record reverts this record.
  [[nodiscard]] virtual bool isUndone(qint64 id) const = 0;
  /// The newest change of a case that no undo has reverted: the one an undo would revert.
  [[nodiscard]] virtual std::optional<AuditRecord> lastEffectiveChange(qint64 caseId) const = 0;
  /// The newest case change by this operator that no undo has reverted.
  [[nodiscard]] virtual std::optional<AuditRecord> lastEffectiveChangeBy(const QString &actor) const = 0;

  /// The refusal of a save over a case someone else changed since: names who and when, from the
  /// case's newest audit record.
  [[nodiscard]] Error conflict(qint64 caseId) const;
};

/// The words of a conflict, shared by every ledger.
class CaseConflict
{
  Q_DECLARE_TR_FUNCTIONS(rc::CaseConflict)

public:
  [[nodiscard]] static Error error(qint64 caseId, const std::optional<AuditRecord> &latest);
};

} // namespace rc
