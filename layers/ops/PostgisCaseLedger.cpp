#include "ops/PostgisCaseLedger.h"

#include "ops/PostgisAuditLog.h"
#include "postgis/OpsSchema.h"
#include "postgis/SharedOpsConnection.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

constexpr const char *kCaseColumns = "SELECT id, version, data::text FROM rc_ops.cases ";
constexpr const char *kAuditColumns =
    "SELECT a.id, (extract(epoch FROM a.at) * 1000)::bigint, a.actor, a.action, a.subject, a.record_id,"
    " a.step, a.field, a.note, a.before, a.after, a.undoes FROM rc_ops.audit a ";
constexpr const char *kEffectiveChange = " a.action IN ('intake', 'edit', 'transition') AND NOT EXISTS"
                                         " (SELECT 1 FROM rc_ops.audit u WHERE u.undoes = a.id) ";

QByteArray number(qint64 value)
{
  return QByteArray::number(value);
}

QByteArray textOrNull(const QString &text)
{
  return text.isEmpty() ? QByteArray() : text.toUtf8();
}

QByteArray timeOrNull(const QDateTime &time)
{
  return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs).toUtf8() : QByteArray();
}

QByteArray json(const EventCase &eventCase)
{
  return QJsonDocument(eventCase.toJson()).toJson(QJsonDocument::Compact);
}

} // namespace

PostgisCaseLedger::PostgisCaseLedger(const QString &source)
{
  SharedOpsConnection connection(source);
  m_session = std::move(connection.session);
  m_statements = std::move(connection.statements);
  m_role = m_session->role();
  const PostgisRows rows = m_statements->exec(
      "SELECT to_regclass('rc_ops.cases') IS NOT NULL AND to_regclass('rc_ops.audit') IS NOT NULL");
  if (rows.text(0, 0) != u"t")
    throw Error(Error::Code::Storage,
                tr("%1 holds no shared cases yet and role %2 may not create them: connect once as an "
                   "operator")
                    .arg(m_session->source(), m_role));
  m_writable = m_statements
                   ->exec("SELECT has_table_privilege('rc_ops.cases', 'UPDATE')"
                          " AND has_table_privilege('rc_ops.audit', 'INSERT')")
                   .text(0, 0) == u"t";
}

PostgisCaseLedger::~PostgisCaseLedger() = default;

void PostgisCaseLedger::fail(const PostgisError &error) const
{
  const auto *statement = dynamic_cast<const PostgisStatementError *>(&error);
  if (statement && statement->isPermissionDenied())
    throw Error(
        Error::Code::PermissionDenied,
        tr("the database role %1 may only read the shared cases: changes need an operator role").arg(m_role));
  throw Error(Error::Code::Storage,
              tr("the shared case database failed, nothing was saved: %1").arg(error.message()));
}

QList<EventCase> PostgisCaseLedger::cases(const QByteArray &sql, const QList<QByteArray> &parameters) const
{
  try {
    const PostgisRows rows = m_statements->exec(sql.constData(), parameters);
    QList<EventCase> found;
    found.reserve(rows.count());
    for (int row = 0; row < rows.count(); ++row) {
      EventCase c = EventCase::fromJson(QJsonDocument::fromJson(rows.bytes(row, 2)).object());
      c.id = rows.integer(row, 0);
      c.version = rows.integer(row, 1);
      found.push_back(std::move(c));
    }
    return found;
  } catch (const PostgisError &e) {
    fail(e);
  }
}

std::optional<EventCase> PostgisCaseLedger::find(qint64 id) const
{
  const QList<EventCase> found = cases(QByteArray(kCaseColumns) + "WHERE id = $1", {number(id)});
  if (found.isEmpty())
    return std::nullopt;
  return found.front();
}

QList<EventCase> PostgisCaseLedger::inState(CaseState state) const
{
  return cases(QByteArray(kCaseColumns) + "WHERE state = $1 ORDER BY id", {caseStateKey(state).toUtf8()});
}

QList<EventCase> PostgisCaseLedger::open() const
{
  return cases(QByteArray(kCaseColumns) + "WHERE state NOT IN ($1, $2, $3) ORDER BY id",
               {caseStateKey(CaseState::Closed).toUtf8(), caseStateKey(CaseState::Evaluated).toUtf8(),
                caseStateKey(CaseState::Voided).toUtf8()});
}

QList<EventCase> PostgisCaseLedger::changedSince(const QDateTime &since) const
{
  return cases(QByteArray(kCaseColumns) + "WHERE updated_at >= $1 ORDER BY updated_at, id",
               {timeOrNull(since)});
}

QList<qint64> PostgisCaseLedger::ids() const
{
  try {
    const PostgisRows rows = m_statements->exec("SELECT id FROM rc_ops.cases ORDER BY id");
    QList<qint64> found;
    found.reserve(rows.count());
    for (int row = 0; row < rows.count(); ++row)
      found.push_back(rows.integer(row, 0));
    return found;
  } catch (const PostgisError &e) {
    fail(e);
  }
}

QDateTime PostgisCaseLedger::lastChange() const
{
  try {
    const PostgisRows rows =
        m_statements->exec("SELECT (extract(epoch FROM max(updated_at)) * 1000)::bigint FROM rc_ops.cases");
    return rows.isNull(0, 0) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(rows.integer(0, 0), Qt::UTC);
  } catch (const PostgisError &e) {
    fail(e);
  }
}

bool PostgisCaseLedger::writeCase(EventCase &c, bool remove)
{
  if (remove)
    return m_statements
               ->exec("DELETE FROM rc_ops.cases WHERE id = $1 AND version = $2",
                      {number(c.id), number(c.version)})
               .affected() == 1;
  if (c.id <= 0)
    c.id = m_statements->exec("SELECT nextval(pg_get_serial_sequence('rc_ops.cases', 'id'))").integer(0, 0);
  const QList<QByteArray> values{number(c.id),
                                 number(c.version),
                                 caseStateKey(c.state).toUtf8(),
                                 textOrNull(c.eventClass),
                                 textOrNull(c.gridCode),
                                 textOrNull(c.district),
                                 timeOrNull(c.reportedAt),
                                 timeOrNull(c.deadline),
                                 json(c)};
  // Version 0 is a row this seat never read: a new case, or one an undo brings back. It may
  // only be inserted, never written over a row another seat made meanwhile.
  const PostgisRows rows =
      c.version == 0
          ? m_statements->exec(
                "INSERT INTO rc_ops.cases (id, version, state, event_class, grid_code, district,"
                " reported_at, deadline, updated_at, updated_by, data)"
                " SELECT $1, $2 + 1, $3, $4, $5, $6, $7, $8, date_trunc('milliseconds', clock_timestamp()),"
                " current_user, $9"
                " ON CONFLICT (id) DO NOTHING RETURNING version",
                values)
          : m_statements->exec("UPDATE rc_ops.cases SET version = version + 1, state = $3, event_class = $4,"
                               " grid_code = $5, district = $6, reported_at = $7, deadline = $8,"
                               " updated_at = date_trunc('milliseconds', clock_timestamp()), updated_by = "
                               "current_user, data = $9"
                               " WHERE id = $1 AND version = $2 RETURNING version",
                               values);
  if (rows.count() != 1)
    return false;
  c.version = rows.integer(0, 0);
  return true;
}

void PostgisCaseLedger::commit(EventCase &eventCase, AuditRecord &record, bool remove)
{
  if (!m_writable)
    fail(PostgisStatementError(u"42501"_s, {}));
  bool written = false;
  EventCase saved = eventCase;
  try {
    PostgisTransaction transaction(*m_statements);
    written = writeCase(saved, remove);
    if (written) {
      record.recordId = saved.id;
      if (!remove && record.after.isEmpty())
        record.after = json(saved);
      PostgisAuditLog::insert(*m_statements, record);
      // Sent by the server only when the transaction commits, after every row is visible.
      const QByteArray payload =
          "case:" + number(saved.id) + ':' + number(remove ? saved.version + 1 : saved.version);
      m_statements->exec("SELECT pg_notify($1, $2)", {QByteArray(OpsSchema::kChannel), payload});
      transaction.commit();
    }
  } catch (const PostgisError &e) {
    fail(e);
  }
  if (!written)
    throw conflict(eventCase.id);
  eventCase.id = saved.id;
  eventCase.version = saved.version;
}

QList<AuditRecord> PostgisCaseLedger::records(const QByteArray &sql,
                                              const QList<QByteArray> &parameters) const
{
  try {
    const PostgisRows rows = m_statements->exec(sql.constData(), parameters);
    QList<AuditRecord> found;
    for (int row = 0; row < rows.count(); ++row) {
      AuditRecord r;
      r.id = rows.integer(row, 0);
      r.at = QDateTime::fromMSecsSinceEpoch(rows.integer(row, 1), Qt::UTC);
      r.actor = rows.text(row, 2);
      r.action = auditActionFromKey(rows.text(row, 3)).value_or(AuditAction::Edit);
      r.subject = rows.text(row, 4);
      r.recordId = rows.integer(row, 5);
      r.step = rows.text(row, 6);
      r.field = rows.text(row, 7);
      r.note = rows.text(row, 8);
      r.before = rows.bytes(row, 9);
      r.after = rows.bytes(row, 10);
      r.undoes = rows.integer(row, 11);
      found.push_back(std::move(r));
    }
    return found;
  } catch (const PostgisError &e) {
    fail(e);
  }
}

std::optional<AuditRecord> PostgisCaseLedger::record(qint64 id) const
{
  const QList<AuditRecord> found = records(QByteArray(kAuditColumns) + "WHERE a.id = $1", {number(id)});
  if (found.isEmpty())
    return std::nullopt;
  return found.front();
}

QList<AuditRecord> PostgisCaseLedger::history(const QString &subject, qint64 recordId) const
{
  return records(QByteArray(kAuditColumns) + "WHERE a.subject = $1 AND a.record_id = $2 ORDER BY a.id",
                 {subject.toUtf8(), number(recordId)});
}

bool PostgisCaseLedger::isUndone(qint64 id) const
{
  return !records(QByteArray(kAuditColumns) + "WHERE a.undoes = $1 LIMIT 1", {number(id)}).isEmpty();
}

std::optional<AuditRecord> PostgisCaseLedger::lastEffectiveChange(qint64 caseId) const
{
  const QList<AuditRecord> found =
      records((QByteArray(kAuditColumns) + "WHERE a.subject = $1 AND a.record_id = $2 AND" +
               kEffectiveChange + "ORDER BY a.id DESC LIMIT 1"),
              {AuditTrail::kCaseSubject.toUtf8(), number(caseId)});
  if (found.isEmpty())
    return std::nullopt;
  return found.front();
}

std::optional<AuditRecord> PostgisCaseLedger::lastEffectiveChangeBy(const QString &actor) const
{
  const QList<AuditRecord> found =
      records((QByteArray(kAuditColumns) + "WHERE a.actor = $1 AND a.subject = $2 AND" + kEffectiveChange +
               "ORDER BY a.id DESC LIMIT 1"),
              {actor.toUtf8(), AuditTrail::kCaseSubject.toUtf8()});
  if (found.isEmpty())
    return std::nullopt;
  return found.front();
}

} // namespace rc
