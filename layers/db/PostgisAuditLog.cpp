#include "db/PostgisAuditLog.h"

#include "db/PostgisCaseLedger.h"
#include "domain/ops/OpsError.h"

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
  try {
    m_session = PostgisSession::open(source);
    m_statements = std::make_unique<PostgisStatements>(*m_session);
    if (m_session->mayCreateIn(u"rc_ops"_s))
      PostgisCaseLedger::createSchema(*m_statements);
  } catch (const PostgisError &e) {
    throw OpsError(OpsError::Code::Storage, e.message());
  }
}

PostgisAuditLog::~PostgisAuditLog() = default;

void PostgisAuditLog::fail(const PostgisError &error) const
{
  const auto *statement = dynamic_cast<const PostgisStatementError *>(&error);
  if (statement && statement->isPermissionDenied())
    throw OpsError(OpsError::Code::PermissionDenied,
                   tr("this database role may not write the shared audit trail: an operator role is needed"));
  throw OpsError(OpsError::Code::Storage,
                 tr("the shared audit trail failed, nothing was recorded: %1").arg(error.message()));
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
