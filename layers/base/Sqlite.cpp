#include "base/Sqlite.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace rc::sqlite {

namespace {

/// How many SQLite virtual-machine steps run between two looks at the cancel flag: about a
/// millisecond of work, so a cancelled search stops before the next keystroke arrives.
constexpr int kCancelPollSteps = 10000;
/// Readings and alarms are written by two connections to one file: one waits for the other.
constexpr std::chrono::milliseconds kWriterBusyTimeout = 10s;

int pollCancel(void *flag)
{
  return static_cast<const std::atomic_bool *>(flag)->load(std::memory_order_relaxed) ? 1 : 0;
}

QString reasonOf(sqlite3 *db)
{
  return db ? QString::fromUtf8(sqlite3_errmsg(db)) : u"out of memory"_s;
}

bool isInterrupt(int code)
{
  return (code & 0xff) == SQLITE_INTERRUPT;
}

/// "path: INSERT INTO ALARM failed: reason": the file, the statement's first words and SQLite's
/// reason, as the live stores have always worded it.
Error failure(const QString &path, const char *sql, const QString &reason, int code)
{
  const QString operation = QString::fromUtf8(sql).simplified().section(u' ', 0, 2);
  return Error(Database::tr("%1: %2 failed: %3").arg(path, operation, reason), reason, isInterrupt(code));
}

} // namespace

void Database::Close::operator()(sqlite3 *db) const
{
  sqlite3_close_v2(db);
}

Database::Database(const QString &path, Mode mode) : m_path(path)
{
  // NOMUTEX: a connection belongs to one thread, so SQLite need not lock it.
  const int flags =
      (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
      SQLITE_OPEN_NOMUTEX;
  sqlite3 *raw = nullptr;
  const int code = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr);
  m_db.reset(raw);
  if (code != SQLITE_OK) {
    const QString reason = reasonOf(raw);
    throw Error(tr("%1: cannot open the database: %2").arg(path, reason), reason);
  }
  sqlite3_extended_result_codes(raw, 1);
}

Database Database::forWriting(const QString &path, Durability durability)
{
  Database db(path, Mode::ReadWrite);
  db.setBusyTimeout(kWriterBusyTimeout);
  db.exec("PRAGMA journal_mode=WAL");
  db.exec(durability == Durability::Full ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL");
  return db;
}

Database::Database(Database &&) noexcept = default;
Database &Database::operator=(Database &&) noexcept = default;
Database::~Database() = default;

void Database::setBusyTimeout(std::chrono::milliseconds timeout) const
{
  sqlite3_busy_timeout(m_db.get(), int(timeout.count()));
}

void Database::exec(const char *sql) const
{
  char *message = nullptr;
  const int code = sqlite3_exec(m_db.get(), sql, nullptr, nullptr, &message);
  const std::unique_ptr<char, decltype(&sqlite3_free)> owner(message, &sqlite3_free);
  if (code != SQLITE_OK)
    throw failure(m_path, sql, message ? QString::fromUtf8(message) : reasonOf(m_db.get()), code);
}

qint64 Database::lastInsertId() const
{
  return sqlite3_last_insert_rowid(m_db.get());
}

QStringList Database::tables() const
{
  Statement select(*this, "SELECT name FROM sqlite_master WHERE type = 'table'");
  QStringList names;
  while (select.step())
    names << select.text(0);
  return names;
}

Transaction::Transaction(const Database &db) : m_db(db)
{
  m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
  if (m_open)
    sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
  m_db.exec("COMMIT");
  m_open = false;
}

void Statement::Finalize::operator()(sqlite3_stmt *statement) const
{
  sqlite3_finalize(statement);
}

Statement::Statement(const Database &db, const char *sql) : m_db(db.handle()), m_path(db.path())
{
  sqlite3_stmt *raw = nullptr;
  const int code = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &raw, nullptr);
  m_statement.reset(raw);
  if (code != SQLITE_OK)
    throw failure(m_path, sql, reasonOf(m_db), code);
}

Statement &Statement::bind(int index, QStringView text)
{
  // SQLITE_TRANSIENT: SQLite copies, since the view's owner may be a temporary. A null view has
  // no data pointer, which SQLite binds as NULL.
  const int code =
      sqlite3_bind_text16(m_statement.get(), index, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
  if (code != SQLITE_OK)
    throw failure(m_path, sqlite3_sql(m_statement.get()), reasonOf(m_db), code);
  return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
  const int code = sqlite3_bind_int64(m_statement.get(), index, value);
  if (code != SQLITE_OK)
    throw failure(m_path, sqlite3_sql(m_statement.get()), reasonOf(m_db), code);
  return *this;
}

Statement &Statement::bind(int index, double value)
{
  const int code = sqlite3_bind_double(m_statement.get(), index, value);
  if (code != SQLITE_OK)
    throw failure(m_path, sqlite3_sql(m_statement.get()), reasonOf(m_db), code);
  return *this;
}

Statement &Statement::bind(int index, const std::optional<double> &value)
{
  return value ? bind(index, *value) : bindNull(index);
}

Statement &Statement::bindNull(int index)
{
  const int code = sqlite3_bind_null(m_statement.get(), index);
  if (code != SQLITE_OK)
    throw failure(m_path, sqlite3_sql(m_statement.get()), reasonOf(m_db), code);
  return *this;
}

bool Statement::step()
{
  const int code = sqlite3_step(m_statement.get());
  if (code == SQLITE_ROW)
    return true;
  if (code == SQLITE_DONE)
    return false;
  const QString reason = reasonOf(m_db);
  sqlite3_reset(m_statement.get());
  throw failure(m_path, sqlite3_sql(m_statement.get()), reason, code);
}

void Statement::run()
{
  while (step()) {
  }
  reset();
}

void Statement::reset()
{
  sqlite3_reset(m_statement.get());
  sqlite3_clear_bindings(m_statement.get());
}

qint64 Statement::integer(int column) const
{
  return sqlite3_column_int64(m_statement.get(), column);
}

double Statement::real(int column) const
{
  return sqlite3_column_double(m_statement.get(), column);
}

bool Statement::isNull(int column) const
{
  return sqlite3_column_type(m_statement.get(), column) == SQLITE_NULL;
}

QString Statement::text(int column) const
{
  const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(m_statement.get(), column));
  if (!data)
    return {};
  return QString(reinterpret_cast<const QChar *>(data),
                 sqlite3_column_bytes16(m_statement.get(), column) / 2);
}

std::optional<double> Statement::optionalReal(int column) const
{
  return isNull(column) ? std::nullopt : std::optional<double>(real(column));
}

CancelGuard::CancelGuard(const Database &db, const std::atomic_bool *cancel) : m_db(db.handle())
{
  if (cancel)
    sqlite3_progress_handler(m_db, kCancelPollSteps, &pollCancel, const_cast<std::atomic_bool *>(cancel));
}

CancelGuard::~CancelGuard()
{
  sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
}

QString ftsString(QStringView text)
{
  QString quoted;
  quoted.reserve(text.size() + 2);
  quoted += u'"';
  for (qsizetype i = 0; i < text.size(); ++i) {
    const QChar c = text[i];
    // FTS5 reads a query only up to a NUL, and SQLite takes the code unit after a lone high
    // surrogate (here the closing quote) as its pair: either leaves the string unterminated. A
    // pasted NUL or text cut inside a character (a trigram of 𠀀) is nothing to search for.
    if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
      quoted += c;
      quoted += text[++i];
      continue;
    }
    if (c.isNull() || c.isSurrogate())
      continue;
    if (c == u'"')
      quoted += u'"';
    quoted += c;
  }
  quoted += u'"';
  return quoted;
}

} // namespace rc::sqlite
