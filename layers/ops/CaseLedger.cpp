#include "ops/CaseLedger.h"

using namespace Qt::StringLiterals;

namespace rc {

Error CaseLedger::conflict(qint64 caseId) const
{
  const QList<AuditRecord> records = history(AuditTrail::kCaseSubject, caseId);
  return CaseConflict::error(caseId, records.isEmpty() ? std::nullopt : std::optional(records.back()));
}

Error CaseConflict::error(qint64 caseId, const std::optional<AuditRecord> &latest)
{
  if (!latest)
    return Error(Error::Code::Conflict,
                 tr("case %1 was changed by another seat: reload it and try again").arg(caseId));
  return Error(Error::Code::Conflict, tr("case %1 was changed by %2 at %3: reload it and try again")
                                          .arg(caseId)
                                          .arg(latest->actor, latest->at.toLocalTime().toString(u"HH:mm"_s)));
}

} // namespace rc
