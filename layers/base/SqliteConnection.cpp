#include "base/SqliteConnection.h"

#include <QSqlError>

#include <atomic>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

std::atomic_int g_connectionSerial{0};

} // namespace

SqliteConnection::SqliteConnection(const QString &path, Durability durability)
    : m_name(u"rc.live.%1"_s.arg(++g_connectionSerial)), m_path(path)
{
  QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
  if (!db.isValid()) {
    QSqlDatabase::removeDatabase(m_name);
    throw StoreError(tr("%1: Qt's SQLite driver is missing (install libqt6sql6-sqlite)").arg(path));
  }
  db.setDatabaseName(path);
  // Two connections (readings and alarms) share one file; let a writer wait for the other.
  db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
  if (!db.open()) {
    const QString detail = db.lastError().text();
    db = {};
    QSqlDatabase::removeDatabase(m_name);
    throw StoreError(tr("%1: cannot open the database: %2").arg(path, detail));
  }
  try {
    exec(u"PRAGMA journal_mode=WAL"_s);
    exec(durability == Durability::Full ? u"PRAGMA synchronous=FULL"_s : u"PRAGMA synchronous=NORMAL"_s);
  } catch (...) {
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(m_name);
    throw;
  }
}

SqliteConnection::~SqliteConnection()
{
  {
    QSqlDatabase db = database();
    db.close();
  }
  QSqlDatabase::removeDatabase(m_name);
}

StoreError SqliteConnection::error(const QString &what, const QString &detail) const
{
  return StoreError(tr("%1: %2 failed: %3").arg(m_path, what, detail));
}

void SqliteConnection::exec(const QString &sql) const
{
  QSqlQuery query(database());
  if (!query.exec(sql))
    throw error(sql.section(u' ', 0, 2), query.lastError().text());
}

QSqlQuery SqliteConnection::prepare(const QString &sql) const
{
  QSqlQuery query(database());
  if (!query.prepare(sql))
    throw error(sql.section(u' ', 0, 2), query.lastError().text());
  return query;
}

void SqliteConnection::exec(QSqlQuery &query) const
{
  if (!query.exec())
    throw error(query.lastQuery().section(u' ', 0, 2), query.lastError().text());
}

void SqliteConnection::begin() const
{
  exec(u"BEGIN IMMEDIATE"_s);
}

void SqliteConnection::commit() const
{
  exec(u"COMMIT"_s);
}

void SqliteConnection::rollback() const noexcept
{
  QSqlQuery query(database());
  query.exec(u"ROLLBACK"_s);
}

} // namespace rc
