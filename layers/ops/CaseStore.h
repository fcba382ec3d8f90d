#pragma once

#include "ops/EventCase.h"

#include <QList>

#include <optional>

namespace rc {

class OpsDatabase;

/// The cases table of the OpsDatabase: each case as JSON plus the columns lists filter on
/// (state, class, grid, district, times). Lends the database; used on its thread. Every method
/// throws Error(Storage) when SQLite fails.
class CaseStore
{
public:
  explicit CaseStore(const OpsDatabase &database) : m_database(database) {}

  /// Inserts a case with id 0 (then sets it) or writes the case back under its own id, whether
  /// or not the row still exists (an undo may bring a case back).
  void save(EventCase &eventCase);
  void remove(qint64 id);
  [[nodiscard]] std::optional<EventCase> find(qint64 id) const;
  /// Every case in one state, oldest first.
  [[nodiscard]] QList<EventCase> inState(CaseState state) const;
  /// Cases not yet finished (neither closed, evaluated nor voided), oldest first.
  [[nodiscard]] QList<EventCase> open() const;

private:
  /// The cases of `where` (an SQL condition on the cases table) with its `?` bound by `bind`.
  template<typename Bind> [[nodiscard]] QList<EventCase> select(const QString &where, Bind &&bind) const;

  const OpsDatabase &m_database;
};

} // namespace rc
