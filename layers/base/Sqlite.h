#pragma once

// SQLite behind RAII handles: the one way Rongcheng reads and writes SQLite files (the live
// stores, the operations database, station history, the address index). Only base/Sqlite.cpp
// includes <sqlite3.h>, so SQLite stays a private dependency of rc_layers.

#include "base/Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>
#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace rc::sqlite {

/// A failed SQLite call (code Storage). what() is a translated sentence naming the file, the
/// statement and SQLite's reason; detail() is SQLite's reason alone, for callers that word their
/// own sentence. `interrupted` when the statement stopped because its caller cancelled.
class Error : public rc::Error
{
public:
  Error(const QString &message, QString detail, bool interrupted = false)
      : rc::Error(Code::Storage, message), m_detail(std::move(detail)), m_interrupted(interrupted)
  {}
  [[nodiscard]] const QString &detail() const { return m_detail; }
  [[nodiscard]] bool interrupted() const { return m_interrupted; }

private:
  QString m_detail;
  bool m_interrupted;
};

/// How a commit reaches the disk in WAL mode.
enum class Durability {
  Normal, ///< synchronous=NORMAL: a power cut may lose the last commits, never corrupt
  Full,   ///< synchronous=FULL: a commit is on disk when it returns
};

/// One connection to one database file. SQLite runs in multi-thread mode: a connection belongs to
/// the thread that opened it, so every thread that needs a database opens its own (WAL lets
/// readers and a writer work at once). Closed when destroyed; movable, not copyable.
class Database
{
  Q_DECLARE_TR_FUNCTIONS(rc::sqlite::Database)

public:
  enum class Mode { ReadOnly, ReadWrite }; ///< ReadWrite creates the file when it is missing

  /// Opens `path`; throws Error.
  Database(const QString &path, Mode mode);
  /// A writer's connection: read-write in WAL mode with the given durability; it waits up to ten
  /// seconds for another writer of the same file (readings and alarms share one). Throws Error.
  [[nodiscard]] static Database forWriting(const QString &path, Durability durability);

  Database(Database &&) noexcept;
  Database &operator=(Database &&) noexcept;
  ~Database();

  [[nodiscard]] const QString &path() const { return m_path; }
  [[nodiscard]] sqlite3 *handle() const { return m_db.get(); }

  /// How long a statement waits for another connection's lock before it fails.
  void setBusyTimeout(std::chrono::milliseconds timeout) const;
  /// Runs SQL without results, one or more statements (schema, pragmas). Throws Error.
  void exec(const char *sql) const;
  void exec(const QString &sql) const { exec(sql.toUtf8().constData()); }
  /// The rowid of the row the last INSERT on this connection added.
  [[nodiscard]] qint64 lastInsertId() const;
  /// The names of the database's tables.
  [[nodiscard]] QStringList tables() const;

private:
  struct Close
  {
    void operator()(sqlite3 *db) const;
  };

  QString m_path;
  std::unique_ptr<sqlite3, Close> m_db;
};

/// BEGIN IMMEDIATE when made; commit() ends it, the destructor rolls it back when commit() was
/// never reached (an exception), so a batch is stored whole or not at all.
class Transaction
{
public:
  explicit Transaction(const Database &db);
  ~Transaction();
  Transaction(const Transaction &) = delete;
  Transaction &operator=(const Transaction &) = delete;
  /// Throws Error; the transaction is then rolled back.
  void commit();

private:
  const Database &m_db;
  bool m_open = true;
};

/// A prepared statement on one connection. Binds are 1-based like SQLite's; columns are 0-based.
/// Text is bound and read as UTF-16, Qt's own form, so nothing is converted twice; a null QString
/// binds NULL, an empty one ''.
class Statement
{
public:
  /// Prepares `sql` on `db`; throws Error. The statement lives no longer than the connection.
  Statement(const Database &db, const char *sql);
  Statement(const Database &db, const QString &sql) : Statement(db, sql.toUtf8().constData()) {}

  Statement &bind(int index, QStringView text);
  Statement &bind(int index, qint64 value);
  Statement &bind(int index, int value) { return bind(index, qint64(value)); }
  Statement &bind(int index, double value);
  /// The value, or NULL when there is none.
  Statement &bind(int index, const std::optional<double> &value);
  Statement &bindNull(int index);

  /// Steps once: true while there is a row. Throws Error (interrupted when cancelled) after
  /// resetting the statement.
  [[nodiscard]] bool step();
  /// Steps a statement that returns no row, then resets it for the next binds.
  void run();
  /// Makes the statement ready to bind and step again; keeps nothing bound.
  void reset();

  [[nodiscard]] qint64 integer(int column) const;
  [[nodiscard]] double real(int column) const;
  [[nodiscard]] bool isNull(int column) const;
  /// NULL reads as a null QString.
  [[nodiscard]] QString text(int column) const;
  /// The value, or nullopt for NULL.
  [[nodiscard]] std::optional<double> optionalReal(int column) const;

private:
  struct Finalize
  {
    void operator()(sqlite3_stmt *statement) const;
  };

  sqlite3 *m_db;
  QString m_path; ///< for messages
  std::unique_ptr<sqlite3_stmt, Finalize> m_statement;
};

/// Makes SQLite's long statements (FTS queries, index builds) stop soon after `cancel` turns
/// true, for the lifetime of this guard; they then fail with Error(interrupted).
class CancelGuard
{
public:
  CancelGuard(const Database &db, const std::atomic_bool *cancel);
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
