#pragma once

// The sqlite3 C API behind RAII handles, for the address index. Internal to layers/domain/address:
// public headers forward-declare what they need, so SQLite stays a private dependency of rc_layers.

#include "base/Error.h"

#include <QString>
#include <QStringView>

#include <sqlite3.h>

#include <atomic>
#include <memory>

namespace rc::sqlite {

struct CloseDatabase
{
  void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
struct FinalizeStatement
{
  void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};
using DatabasePtr = std::unique_ptr<sqlite3, CloseDatabase>;
using StatementPtr = std::unique_ptr<sqlite3_stmt, FinalizeStatement>;

/// A failed SQLite call (code Storage); what() carries SQLite's own message (UTF-8).
/// `interrupted` when the statement stopped because its caller cancelled.
class Error : public rc::Error
{
public:
  Error(const QString &message, bool interrupted = false)
      : rc::Error(Code::Storage, message), m_interrupted(interrupted)
  {}
  [[nodiscard]] bool interrupted() const { return m_interrupted; }

private:
  bool m_interrupted;
};

/// Opens a database with the given sqlite3_open_v2 flags; SQLITE_OPEN_NOMUTEX is added because a
/// connection belongs to one thread. Throws Error.
[[nodiscard]] DatabasePtr open(const QString &path, int flags);
/// Runs SQL without results (schema, pragmas, transactions). Throws Error.
void exec(sqlite3 *db, const char *sql);
/// Throws Error with the connection's message when `code` is not SQLITE_OK/ROW/DONE.
void check(sqlite3 *db, int code);

/// A prepared statement on one connection. Binds are 1-based like SQLite's; columns are 0-based.
/// Text is bound and read as UTF-16, Qt's own form, so nothing is converted twice.
class Statement
{
public:
  Statement(sqlite3 *db, const char *sql);

  Statement &bind(int index, QStringView text);
  Statement &bind(int index, qint64 value);
  Statement &bind(int index, int value) { return bind(index, qint64(value)); }
  Statement &bind(int index, double value);
  Statement &bindNull(int index);

  /// Steps once: true while there is a row. Throws Error (interrupted when cancelled).
  [[nodiscard]] bool step();
  /// Steps a statement that returns no row.
  void run();
  /// Makes the statement ready to bind and step again; keeps nothing bound.
  void reset();

  [[nodiscard]] qint64 integer(int column) const { return sqlite3_column_int64(m_statement.get(), column); }
  [[nodiscard]] double real(int column) const { return sqlite3_column_double(m_statement.get(), column); }
  [[nodiscard]] bool isNull(int column) const
  {
    return sqlite3_column_type(m_statement.get(), column) == SQLITE_NULL;
  }
  [[nodiscard]] QString text(int column) const;

private:
  sqlite3 *m_db;
  StatementPtr m_statement;
};

/// Makes SQLite's long statements (FTS queries, index builds) stop soon after `cancel` turns
/// true, for the lifetime of this guard; they then fail with Error(interrupted).
class CancelGuard
{
public:
  CancelGuard(sqlite3 *db, const std::atomic_bool *cancel);
  ~CancelGuard();
  CancelGuard(const CancelGuard &) = delete;
  CancelGuard &operator=(const CancelGuard &) = delete;

private:
  sqlite3 *m_db;
};

/// Quotes text as one FTS5 string: FTS5 query syntax (AND, NEAR, *, ^, column filters) typed by a
/// user must never reach the parser as syntax.
[[nodiscard]] QString ftsString(QStringView text);

} // namespace rc::sqlite
