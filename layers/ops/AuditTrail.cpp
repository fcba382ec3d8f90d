#include "ops/AuditTrail.h"

#include "ops/OpsDatabase.h"

using namespace Qt::StringLiterals;

namespace rc {

namespace {

const QString kColumns =
    u"id, at, actor, action, subject, record_id, step, field, note, before, after, undoes"_s;
/// Case changes an undo can revert, as an SQL condition on the row `a`.
const QString kEffectiveChange = u"a.action IN ('intake', 'edit', 'transition') AND NOT EXISTS "
                                 "(SELECT 1 FROM audit_log u WHERE u.undoes = a.id)"_s;

/// Empty text and bytes are stored as NULL.
QStringView textOrNull(const QString &text)
{
  return text.isEmpty() ? QStringView() : QStringView(text);
}

} // namespace

const QString AuditTrail::kCaseSubject = u"case"_s;

void AuditTrail::append(AuditRecord &record)
{
  if (!record.at.isValid())
    record.at = QDateTime::currentDateTimeUtc();
  const sqlite::Database &db = m_database.connection();
  sqlite::Statement insert(db,
                           "INSERT INTO audit_log (at, actor, action, subject, record_id, step, field, note,"
                           " before, after, undoes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  insert.bind(1, record.at.toUTC().toString(Qt::ISODateWithMs))
      .bind(2, record.actor)
      .bind(3, auditActionKey(record.action))
      .bind(4, record.subject)
      .bind(5, record.recordId)
      .bind(6, textOrNull(record.step))
      .bind(7, textOrNull(record.field))
      .bind(8, textOrNull(record.note))
      .bind(9, textOrNull(QString::fromUtf8(record.before)))
      .bind(10, textOrNull(QString::fromUtf8(record.after)));
  if (record.undoes > 0)
    insert.bind(11, record.undoes);
  else
    insert.bindNull(11);
  insert.run();
  record.id = db.lastInsertId();
}

template<typename Bind> QList<AuditRecord> AuditTrail::select(const QString &where, Bind &&bind) const
{
  QString columns = kColumns;
  columns.replace(u", "_s, u", a."_s);
  sqlite::Statement select(m_database.connection(),
                           u"SELECT a."_s + columns + u" FROM audit_log a WHERE "_s + where);
  bind(select);
  QList<AuditRecord> records;
  while (select.step()) {
    AuditRecord record;
    record.id = select.integer(0);
    record.at = QDateTime::fromString(select.text(1), Qt::ISODateWithMs);
    record.actor = select.text(2);
    record.action = auditActionFromKey(select.text(3)).value_or(AuditAction::Edit);
    record.subject = select.text(4);
    record.recordId = select.integer(5);
    record.step = select.text(6);
    record.field = select.text(7);
    record.note = select.text(8);
    record.before = select.text(9).toUtf8();
    record.after = select.text(10).toUtf8();
    record.undoes = select.integer(11);
    records.push_back(std::move(record));
  }
  return records;
}

std::optional<AuditRecord> AuditTrail::record(qint64 id) const
{
  const QList<AuditRecord> records = select(u"a.id = ?"_s, [&](sqlite::Statement &s) { s.bind(1, id); });
  if (records.isEmpty())
    return std::nullopt;
  return records.front();
}

QList<AuditRecord> AuditTrail::history(const QString &subject, qint64 recordId) const
{
  return select(u"a.subject = ? AND a.record_id = ? ORDER BY a.id"_s,
                [&](sqlite::Statement &s) { s.bind(1, subject).bind(2, recordId); });
}

QList<AuditRecord> AuditTrail::by(const QString &actor) const
{
  return select(u"a.actor = ? ORDER BY a.id"_s, [&](sqlite::Statement &s) { s.bind(1, actor); });
}

qint64 AuditTrail::count() const
{
  sqlite::Statement count(m_database.connection(), "SELECT count(*) FROM audit_log");
  return count.step() ? count.integer(0) : 0;
}

bool AuditTrail::isUndone(qint64 id) const
{
  return !select(u"a.undoes = ? LIMIT 1"_s, [&](sqlite::Statement &s) { s.bind(1, id); }).isEmpty();
}

std::optional<AuditRecord> AuditTrail::lastEffectiveChange(qint64 caseId) const
{
  const QList<AuditRecord> records = select(
      u"a.subject = ? AND a.record_id = ? AND "_s + kEffectiveChange + u" ORDER BY a.id DESC LIMIT 1"_s,
      [&](sqlite::Statement &s) { s.bind(1, kCaseSubject).bind(2, caseId); });
  if (records.isEmpty())
    return std::nullopt;
  return records.front();
}

std::optional<AuditRecord> AuditTrail::lastEffectiveChangeBy(const QString &actor) const
{
  const QList<AuditRecord> records =
      select(u"a.actor = ? AND a.subject = ? AND "_s + kEffectiveChange + u" ORDER BY a.id DESC LIMIT 1"_s,
             [&](sqlite::Statement &s) { s.bind(1, actor).bind(2, kCaseSubject); });
  if (records.isEmpty())
    return std::nullopt;
  return records.front();
}

} // namespace rc
