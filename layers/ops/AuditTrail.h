#pragma once

#include "privacy/AuditLog.h"

#include <QList>
#include <QString>

#include <optional>

namespace rc {

class OpsDatabase;

/// The append-only audit trail (table audit_log of the OpsDatabase; triggers refuse UPDATE and
/// DELETE). Lends the database; used on its thread. Every method throws Error(Storage) when
/// SQLite fails.
class AuditTrail final : public AuditLog
{
public:
  /// The subject of case records.
  static const QString kCaseSubject;

  explicit AuditTrail(const OpsDatabase &database) : m_database(database) {}

  /// Appends the record and sets its id (and its time when invalid). Runs inside the caller's
  /// transaction when there is one, so a change and its record commit together.
  void append(AuditRecord &record) override;

  [[nodiscard]] std::optional<AuditRecord> record(qint64 id) const;
  /// Every record about one subject's record, oldest first.
  [[nodiscard]] QList<AuditRecord> history(const QString &subject, qint64 recordId) const;
  /// Every record by one operator, oldest first.
  [[nodiscard]] QList<AuditRecord> by(const QString &actor) const;
  [[nodiscard]] qint64 count() const;

  /// Whether an undo record reverts this record.
  [[nodiscard]] bool isUndone(qint64 id) const;
  /// The newest change of a case that no undo has reverted: the one an undo would revert.
  [[nodiscard]] std::optional<AuditRecord> lastEffectiveChange(qint64 caseId) const;
  /// The newest case change by this operator that no undo has reverted.
  [[nodiscard]] std::optional<AuditRecord> lastEffectiveChangeBy(const QString &actor) const;

private:
  /// The records of `where` (an SQL condition on the row `a`) with its `?` bound by `bind`.
  template<typename Bind> [[nodiscard]] QList<AuditRecord> select(const QString &where, Bind &&bind) const;

  const OpsDatabase &m_database;
};

} // namespace rc
