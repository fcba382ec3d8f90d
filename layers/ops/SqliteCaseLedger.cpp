#include "ops/SqliteCaseLedger.h"

#include "ops/OpsDatabase.h"

#include <QJsonDocument>

namespace rc {

SqliteCaseLedger::SqliteCaseLedger(const OpsDatabase &database)
    : m_database(database), m_cases(database), m_audit(database)
{}

void SqliteCaseLedger::commit(EventCase &eventCase, AuditRecord &record, bool remove)
{
  sqlite::Transaction transaction(m_database.connection());
  if (remove)
    m_cases.remove(eventCase.id);
  else
    m_cases.save(eventCase);
  record.recordId = eventCase.id;
  if (!remove && record.after.isEmpty())
    record.after = QJsonDocument(eventCase.toJson()).toJson(QJsonDocument::Compact);
  m_audit.append(record);
  transaction.commit();
}

} // namespace rc
