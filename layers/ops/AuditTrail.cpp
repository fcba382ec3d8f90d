#include "ops/AuditTrail.h"

#include "ops/OpsDatabase.h"

#include <QVariant>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

const QString kColumns =
    u"id, at, actor, action, subject, record_id, step, field, note, before, after, undoes"_s;
/// Case changes an undo can revert, as an SQL condition on the row `a`.
const QString kEffectiveChange = u"a.action IN ('intake', 'edit', 'transition') AND NOT EXISTS "
                                 "(SELECT 1 FROM audit_log u WHERE u.undoes = a.id)"_s;

QVariant textOrNull(const QString &text)
{
  return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant bytesOrNull(const QByteArray &bytes)
{
  return bytes.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(QString::fromUtf8(bytes));
}

} // namespace

const QString AuditTrail::kCaseSubject = u"case"_s;

void AuditTrail::append(AuditRecord &record)
{
  if (!record.at.isValid())
    record.at = QDateTime::currentDateTimeUtc();
  const SqliteConnection &connection = m_database.connection();
  QSqlQuery insert = connection.prepare(u"INSERT INTO audit_log (at, actor, action, subject, record_id, "
                                        u"step, field, note, before, after, undoes) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
  insert.addBindValue(record.at.toUTC().toString(Qt::ISODateWithMs));
  insert.addBindValue(record.actor);
  insert.addBindValue(auditActionKey(record.action));
  insert.addBindValue(record.subject);
  insert.addBindValue(record.recordId);
  insert.addBindValue(textOrNull(record.step));
  insert.addBindValue(textOrNull(record.field));
  insert.addBindValue(textOrNull(record.note));
  insert.addBindValue(bytesOrNull(record.before));
  insert.addBindValue(bytesOrNull(record.after));
  insert.addBindValue(record.undoes > 0 ? QVariant(record.undoes) : QVariant(QMetaType::fromType<qint64>()));
  connection.exec(insert);
  record.id = insert.lastInsertId().toLongLong();
}

QList<AuditRecord> AuditTrail::select(const QString &where, const QVariantList &values) const
{
  const SqliteConnection &connection = m_database.connection();
  QString columns = kColumns;
  columns.replace(u", "_s, u", a."_s);
  QSqlQuery query = connection.prepare(u"SELECT a."_s + columns + u" FROM audit_log a WHERE "_s + where);
  for (const QVariant &value : values)
    query.addBindValue(value);
  connection.exec(query);
  QList<AuditRecord> records;
  while (query.next()) {
    AuditRecord record;
    record.id = query.value(0).toLongLong();
    record.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    record.actor = query.value(2).toString();
    record.action = auditActionFromKey(query.value(3).toString()).value_or(AuditAction::Edit);
    record.subject = query.value(4).toString();
    record.recordId = query.value(5).toLongLong();
    record.step = query.value(6).toString();
    record.field = query.value(7).toString();
    record.note = query.value(8).toString();
    record.before = query.value(9).toString().toUtf8();
    record.after = query.value(10).toString().toUtf8();
    record.undoes = query.value(11).toLongLong();
    records.push_back(std::move(record));
  }
  return records;
}

std::optional<AuditRecord> AuditTrail::record(qint64 id) const
{
  const QList<AuditRecord> records = select(u"a.id = ?"_s, {id});
  if (records.isEmpty())
    return std::nullopt;
  return records.front();
}

QList<AuditRecord> AuditTrail::history(const QString &subject, qint64 recordId) const
{
  return select(u"a.subject = ? AND a.record_id = ? ORDER BY a.id"_s, {subject, recordId});
}

QList<AuditRecord> AuditTrail::by(const QString &actor) const
{
  return select(u"a.actor = ? ORDER BY a.id"_s, {actor});
}

qint64 AuditTrail::count() const
{
  QSqlQuery query = m_database.connection().prepare(u"SELECT count(*) FROM audit_log"_s);
  m_database.connection().exec(query);
  return query.next() ? query.value(0).toLongLong() : 0;
}

bool AuditTrail::isUndone(qint64 id) const
{
  return !select(u"a.undoes = ? LIMIT 1"_s, {id}).isEmpty();
}

std::optional<AuditRecord> AuditTrail::lastEffectiveChange(qint64 caseId) const
{
  const QList<AuditRecord> records = select(u"a.subject = ? AND a.record_id = ? AND "_s + kEffectiveChange +
                                                u" ORDER BY a.id DESC LIMIT 1"_s,
                                            {kCaseSubject, caseId});
  if (records.isEmpty())
    return std::nullopt;
  return records.front();
}

std::optional<AuditRecord> AuditTrail::lastEffectiveChangeBy(const QString &actor) const
{
  const QList<AuditRecord> records =
      select(u"a.actor = ? AND a.subject = ? AND "_s + kEffectiveChange + u" ORDER BY a.id DESC LIMIT 1"_s,
             {actor, kCaseSubject});
  if (records.isEmpty())
    return std::nullopt;
  return records.front();
}

} // namespace rc
