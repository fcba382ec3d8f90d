#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace rc {

class OpsDatabase;

/// What an audit record tells. Intake, edits and workflow steps change a case and can be undone;
/// an undo and an unmask never can.
enum class AuditAction : quint8 { Intake, Edit, Transition, Undo, Unmask };

[[nodiscard]] QString auditActionKey(AuditAction action); ///< "intake", "edit", ... as stored
[[nodiscard]] std::optional<AuditAction> auditActionFromKey(const QString &key);

/// One record of the audit trail. For case changes `before` and `after` hold the case's JSON
/// (empty before an intake, empty after the undo of an intake), so an undo restores exactly what
/// was there and the trail alone tells every case's history.
struct AuditRecord
{
  qint64 id = 0;
  QDateTime at;  ///< set by the trail when left invalid
  QString actor; ///< Operator::id
  AuditAction action = AuditAction::Edit;
  QString subject;     ///< "case", or the layer of an unmasked value ("grids")
  qint64 recordId = 0; ///< the case id or the feature id
  QString step;        ///< the workflow action of a transition ("dispatch")
  QString field;       ///< the unmasked field
  QString note;        ///< the operator's reason or remark
  QByteArray before, after;
  qint64 undoes = 0; ///< the record an undo reverts

  [[nodiscard]] bool isCaseChange() const
  {
    return action == AuditAction::Intake || action == AuditAction::Edit || action == AuditAction::Transition;
  }
};

/// Where audit records are appended: this seat's AuditTrail, or the shared rc_ops.audit of a
/// PostGIS database (PostgisAuditLog). Used on the thread that made it.
class AuditLog
{
public:
  virtual ~AuditLog() = default;
  /// Appends the record and sets its id (and its time when invalid); throws Error.
  virtual void append(AuditRecord &record) = 0;
};

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
  [[nodiscard]] QList<AuditRecord> select(const QString &where, const QVariantList &values) const;

  const OpsDatabase &m_database;
};

} // namespace rc
