#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace rc {

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

/// Where audit records are appended: the interface that privacy (an unmask is recorded before the
/// value is shown) needs and the operations center implements, with this seat's AuditTrail or the
/// shared rc_ops.audit of a PostGIS database (PostgisAuditLog). Used on the thread that made it.
class AuditLog
{
public:
  virtual ~AuditLog() = default;
  /// Appends the record and sets its id (and its time when invalid); throws Error.
  virtual void append(AuditRecord &record) = 0;
};

} // namespace rc
