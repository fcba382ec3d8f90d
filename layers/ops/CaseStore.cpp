#include "ops/CaseStore.h"

#include "ops/OpsDatabase.h"

#include <QJsonDocument>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace rc {

void CaseStore::save(EventCase &eventCase)
{
  const SqliteConnection &connection = m_database.connection();
  QSqlQuery query =
      connection.prepare(eventCase.id > 0 ? u"INSERT OR REPLACE INTO cases (id, state, event_class, "
                                            u"grid_code, district, reported_at, deadline, "
                                            "updated_at, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s
                                          : u"INSERT INTO cases (state, event_class, grid_code, district, "
                                            u"reported_at, deadline, updated_at, data) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
  if (eventCase.id > 0)
    query.addBindValue(eventCase.id);
  query.addBindValue(caseStateKey(eventCase.state));
  query.addBindValue(eventCase.eventClass);
  query.addBindValue(eventCase.gridCode);
  query.addBindValue(eventCase.district);
  query.addBindValue(eventCase.reportedAt.toString(Qt::ISODateWithMs));
  query.addBindValue(eventCase.deadline.toString(Qt::ISODateWithMs));
  query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
  query.addBindValue(QString::fromUtf8(QJsonDocument(eventCase.toJson()).toJson(QJsonDocument::Compact)));
  connection.exec(query);
  if (eventCase.id <= 0) {
    eventCase.id = query.lastInsertId().toLongLong();
    // The JSON column carries the id too, so a case read back equals the one saved.
    QSqlQuery fix = connection.prepare(u"UPDATE cases SET data = ? WHERE id = ?"_s);
    fix.addBindValue(QString::fromUtf8(QJsonDocument(eventCase.toJson()).toJson(QJsonDocument::Compact)));
    fix.addBindValue(eventCase.id);
    connection.exec(fix);
  }
}

void CaseStore::remove(qint64 id)
{
  QSqlQuery query = m_database.connection().prepare(u"DELETE FROM cases WHERE id = ?"_s);
  query.addBindValue(id);
  m_database.connection().exec(query);
}

QList<EventCase> CaseStore::select(const QString &where, const QVariantList &values) const
{
  QSqlQuery query = m_database.connection().prepare(u"SELECT data FROM cases WHERE "_s + where);
  for (const QVariant &value : values)
    query.addBindValue(value);
  m_database.connection().exec(query);
  QList<EventCase> cases;
  while (query.next())
    cases.push_back(
        EventCase::fromJson(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object()));
  return cases;
}

std::optional<EventCase> CaseStore::find(qint64 id) const
{
  const QList<EventCase> cases = select(u"id = ?"_s, {id});
  if (cases.isEmpty())
    return std::nullopt;
  return cases.front();
}

QList<EventCase> CaseStore::inState(CaseState state) const
{
  return select(u"state = ? ORDER BY id"_s, {caseStateKey(state)});
}

QList<EventCase> CaseStore::open() const
{
  return select(
      u"state NOT IN (?, ?, ?) ORDER BY id"_s,
      {caseStateKey(CaseState::Closed), caseStateKey(CaseState::Evaluated), caseStateKey(CaseState::Voided)});
}

} // namespace rc
