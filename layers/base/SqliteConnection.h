#pragma once

#include "base/Error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace rc {

/// A failure of a live database (code Storage). what() is a UTF-8, translated sentence naming the
/// file.
class StoreError : public Error
{
public:
  explicit StoreError(const QString &message) : Error(Code::Storage, message) {}
};

/// One QtSql SQLite connection in WAL mode with its own name, removed when destroyed. A QtSql
/// connection belongs to the thread that opened it: create, use and destroy it on one thread.
class SqliteConnection
{
  Q_DECLARE_TR_FUNCTIONS(rc::SqliteConnection)

public:
  enum class Durability {
    Normal, ///< synchronous=NORMAL: a power cut may lose the last commits, never corrupt
    Full,   ///< synchronous=FULL: a commit is on disk when it returns
  };

  SqliteConnection(const QString &path, Durability durability);
  ~SqliteConnection();
  SqliteConnection(const SqliteConnection &) = delete;
  SqliteConnection &operator=(const SqliteConnection &) = delete;

  [[nodiscard]] QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
  [[nodiscard]] QString path() const { return m_path; }

  /// Runs one statement; throws StoreError.
  void exec(const QString &sql) const;
  /// Prepares a statement; throws StoreError.
  [[nodiscard]] QSqlQuery prepare(const QString &sql) const;
  /// Executes a prepared statement; throws StoreError.
  void exec(QSqlQuery &query) const;
  void begin() const;
  void commit() const;
  void rollback() const noexcept;

  [[nodiscard]] StoreError error(const QString &what, const QString &detail) const;

private:
  QString m_name;
  QString m_path;
};

/// Commits on commit(), rolls back when left without it (an exception), so no half batch stays.
class SqliteTransaction
{
public:
  explicit SqliteTransaction(const SqliteConnection &connection) : m_connection(connection)
  {
    m_connection.begin();
  }
  ~SqliteTransaction()
  {
    if (!m_committed)
      m_connection.rollback();
  }
  SqliteTransaction(const SqliteTransaction &) = delete;
  SqliteTransaction &operator=(const SqliteTransaction &) = delete;
  void commit()
  {
    m_connection.commit();
    m_committed = true;
  }

private:
  const SqliteConnection &m_connection;
  bool m_committed = false;
};

} // namespace rc
