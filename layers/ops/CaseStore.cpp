#include "ops/CaseStore.h"

#include "ops/OpsDatabase.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

QString json(const EventCase &eventCase)
{
  return QString::fromUtf8(QJsonDocument(eventCase.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace

void CaseStore::save(EventCase &eventCase)
{
  const sqlite::Database &db = m_database.connection();
  sqlite::Statement insert(db, eventCase.id > 0
                                   ? "INSERT OR REPLACE INTO cases (id, state, event_class, grid_code,"
                                     " district, reported_at, deadline, updated_at, data)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                   : "INSERT INTO cases (state, event_class, grid_code, district,"
                                     " reported_at, deadline, updated_at, data)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  // A given id takes the first place.
  const int first = eventCase.id > 0 ? 2 : 1;
  if (eventCase.id > 0)
    insert.bind(1, eventCase.id);
  insert.bind(first, caseStateKey(eventCase.state))
      .bind(first + 1, eventCase.eventClass)
      .bind(first + 2, eventCase.gridCode)
      .bind(first + 3, eventCase.district)
      .bind(first + 4, eventCase.reportedAt.toString(Qt::ISODateWithMs))
      .bind(first + 5, eventCase.deadline.toString(Qt::ISODateWithMs))
      .bind(first + 6, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
      .bind(first + 7, json(eventCase))
      .run();
  if (eventCase.id <= 0) {
    eventCase.id = db.lastInsertId();
    // The JSON column carries the id too, so a case read back equals the one saved.
    sqlite::Statement(db, "UPDATE cases SET data = ? WHERE id = ?")
        .bind(1, json(eventCase))
        .bind(2, eventCase.id)
        .run();
  }
}

void CaseStore::remove(qint64 id)
{
  sqlite::Statement(m_database.connection(), "DELETE FROM cases WHERE id = ?").bind(1, id).run();
}

template<typename Bind> QList<EventCase> CaseStore::select(const QString &where, Bind &&bind) const
{
  sqlite::Statement select(m_database.connection(), u"SELECT data FROM cases WHERE "_s + where);
  bind(select);
  QList<EventCase> cases;
  while (select.step())
    cases.push_back(EventCase::fromJson(QJsonDocument::fromJson(select.text(0).toUtf8()).object()));
  return cases;
}

std::optional<EventCase> CaseStore::find(qint64 id) const
{
  const QList<EventCase> cases = select(u"id = ?"_s, [&](sqlite::Statement &s) { s.bind(1, id); });
  if (cases.isEmpty())
    return std::nullopt;
  return cases.front();
}

QList<EventCase> CaseStore::inState(CaseState state) const
{
  return select(u"state = ? ORDER BY id"_s, [&](sqlite::Statement &s) { s.bind(1, caseStateKey(state)); });
}

QList<EventCase> CaseStore::open() const
{
  return select(u"state NOT IN (?, ?, ?) ORDER BY id"_s, [](sqlite::Statement &s) {
    s.bind(1, caseStateKey(CaseState::Closed))
        .bind(2, caseStateKey(CaseState::Evaluated))
        .bind(3, caseStateKey(CaseState::Voided));
  });
}

} // namespace rc
