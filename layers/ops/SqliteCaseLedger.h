#pragma once

#include "ops/AuditTrail.h"
#include "ops/CaseLedger.h"
#include "ops/CaseStore.h"

namespace rc {

class OpsDatabase;

/// The cases and audit trail of one seat's own OpsDatabase (SQLite). One seat writes it, so
/// versions are not kept (always 0) and a save never conflicts. Lends the database; used on its
/// thread.
class SqliteCaseLedger final : public CaseLedger
{
public:
  explicit SqliteCaseLedger(const OpsDatabase &database);

  [[nodiscard]] std::optional<EventCase> find(qint64 id) const override { return m_cases.find(id); }
  [[nodiscard]] QList<EventCase> inState(CaseState state) const override { return m_cases.inState(state); }
  [[nodiscard]] QList<EventCase> open() const override { return m_cases.open(); }
  void commit(EventCase &eventCase, AuditRecord &record, bool remove) override;

  [[nodiscard]] std::optional<AuditRecord> record(qint64 id) const override { return m_audit.record(id); }
  [[nodiscard]] QList<AuditRecord> history(const QString &subject, qint64 recordId) const override
  {
    return m_audit.history(subject, recordId);
  }
  [[nodiscard]] bool isUndone(qint64 id) const override { return m_audit.isUndone(id); }
  [[nodiscard]] std::optional<AuditRecord> lastEffectiveChange(qint64 caseId) const override
  {
    return m_audit.lastEffectiveChange(caseId);
  }
  [[nodiscard]] std::optional<AuditRecord> lastEffectiveChangeBy(const QString &actor) const override
  {
    return m_audit.lastEffectiveChangeBy(actor);
  }

  [[nodiscard]] const CaseStore &cases() const { return m_cases; }
  [[nodiscard]] AuditTrail &audit() { return m_audit; }

private:
  const OpsDatabase &m_database;
  CaseStore m_cases;
  AuditTrail m_audit;
};

} // namespace rc
