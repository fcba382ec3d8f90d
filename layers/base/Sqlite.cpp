#include "base/Sqlite.h"

using namespace Qt::StringLiterals;

namespace rc::sqlite {

namespace {

/// How many SQLite virtual-machine steps run between two looks at the cancel flag: about a
/// millisecond of work, so a cancelled search stops before the next keystroke arrives.
constexpr int kCancelPollSteps = 10000;

int pollCancel(void *flag)
{
  return static_cast<const std::atomic_bool *>(flag)->load(std::memory_order_relaxed) ? 1 : 0;
}

QString messageOf(sqlite3 *db)
{
  return db ? QString::fromUtf8(sqlite3_errmsg(db)) : u"out of memory"_s;
}

} // namespace

DatabasePtr open(const QString &path, int flags)
{
  sqlite3 *raw = nullptr;
  const int code = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  DatabasePtr db(raw);
  if (code != SQLITE_OK)
    throw Error(messageOf(db.get()));
  sqlite3_extended_result_codes(db.get(), 1);
  return db;
}

void exec(sqlite3 *db, const char *sql)
{
  char *message = nullptr;
  const int code = sqlite3_exec(db, sql, nullptr, nullptr, &message);
  const std::unique_ptr<char, decltype(&sqlite3_free)> owner(message, &sqlite3_free);
  if (code != SQLITE_OK)
    throw Error(message ? QString::fromUtf8(message) : messageOf(db), (code & 0xff) == SQLITE_INTERRUPT);
}

void check(sqlite3 *db, int code)
{
  if (code != SQLITE_OK && code != SQLITE_ROW && code != SQLITE_DONE)
    throw Error(messageOf(db), (code & 0xff) == SQLITE_INTERRUPT);
}

Statement::Statement(sqlite3 *db, const char *sql) : m_db(db)
{
  sqlite3_stmt *raw = nullptr;
  check(db, sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &raw, nullptr));
  m_statement.reset(raw);
}

Statement &Statement::bind(int index, QStringView text)
{
  // SQLITE_TRANSIENT: SQLite copies, since the view's owner may be a temporary.
  check(m_db,
        sqlite3_bind_text16(m_statement.get(), index, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT));
  return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
  check(m_db, sqlite3_bind_int64(m_statement.get(), index, value));
  return *this;
}

Statement &Statement::bind(int index, double value)
{
  check(m_db, sqlite3_bind_double(m_statement.get(), index, value));
  return *this;
}

Statement &Statement::bindNull(int index)
{
  check(m_db, sqlite3_bind_null(m_statement.get(), index));
  return *this;
}

bool Statement::step()
{
  const int code = sqlite3_step(m_statement.get());
  if (code == SQLITE_ROW)
    return true;
  if (code == SQLITE_DONE)
    return false;
  const QString message = messageOf(m_db);
  sqlite3_reset(m_statement.get());
  throw Error(message, (code & 0xff) == SQLITE_INTERRUPT);
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

QString Statement::text(int column) const
{
  const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(m_statement.get(), column));
  if (!data)
    return {};
  return QString(reinterpret_cast<const QChar *>(data),
                 sqlite3_column_bytes16(m_statement.get(), column) / 2);
}

CancelGuard::CancelGuard(sqlite3 *db, const std::atomic_bool *cancel) : m_db(db)
{
  if (cancel)
    sqlite3_progress_handler(db, kCancelPollSteps, &pollCancel, const_cast<std::atomic_bool *>(cancel));
}

CancelGuard::~CancelGuard()
{
  sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
}

QString ftsString(QStringView text)
{
  QString quoted = text.toString();
  quoted.replace(u'"', u"\"\""_s);
  return u'"' + quoted + u'"';
}

} // namespace rc::sqlite
