#include "ops/PostgisAuditLog.h"

#include "base/Error.h"
#include "postgis/SharedOpsConnection.h"

using namespace Qt::StringLiterals;

namespace rc {

namespace {

QByteArray textOrNull(const QString &text)
{
  return text.isEmpty() ? QByteArray() : text.toUtf8();
}

} // namespace

PostgisAuditLog::PostgisAuditLog(const QString &source)
{
  SharedOpsConnection connection(source);
  m_session = std::move(connection.session);
  m_statements = std::move(connection.statements);
}

PostgisAuditLog::~PostgisAuditLog() = default;

void PostgisAuditLog::fail(const PostgisError &error) const
{
  throwSharedOpsError(
      error, tr("this database role may not write the shared audit trail: an operator role is needed"),
      tr("the shared audit trail failed, nothing was recorded: %1"));
}

void PostgisAuditLog::insert(PostgisStatements &statements, AuditRecord &record)
{
  if (!record.at.isValid())
    record.at = QDateTime::currentDateTimeUtc();
  record.id =
      statements
          .exec("INSERT INTO rc_ops.audit (at, actor, action, subject, record_id, step, field, note,"
                " before, after, undoes) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)"
                " RETURNING id",
                {record.at.toUTC().toString(Qt::ISODateWithMs).toUtf8(), record.actor.toUtf8(),
                 auditActionKey(record.action).toUtf8(), record.subject.toUtf8(),
                 QByteArray::number(record.recordId), textOrNull(record.step), textOrNull(record.field),
                 textOrNull(record.note), record.before.isEmpty() ? QByteArray() : record.before,
                 record.after.isEmpty() ? QByteArray() : record.after,
                 record.undoes > 0 ? QByteArray::number(record.undoes) : QByteArray()})
          .integer(0, 0);
}

void PostgisAuditLog::append(AuditRecord &record)
{
  try {
    insert(*m_statements, record);
  } catch (const PostgisError &e) {
    fail(e);
  }
}

void PostgisAuditLog::transaction(const std::function<void()> &work)
{
  try {
    PostgisTransaction transaction(*m_statements);
    work();
    transaction.commit();
  } catch (const PostgisError &e) {
    fail(e);
  }
}

} // namespace rc
