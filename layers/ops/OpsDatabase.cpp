#include "ops/OpsDatabase.h"

#include "base/OperatorStore.h"

using namespace Qt::StringLiterals;

namespace rc {

OpsDatabase::OpsDatabase(const QString &path)
    : m_db(sqlite::Database::forWriting(path, sqlite::Durability::Full))
{
  m_db.exec("CREATE TABLE IF NOT EXISTS cases ("
            "id INTEGER PRIMARY KEY AUTOINCREMENT, state TEXT NOT NULL, event_class TEXT, "
            "grid_code TEXT, district TEXT, reported_at TEXT, deadline TEXT, updated_at TEXT, "
            "data TEXT NOT NULL)");
  m_db.exec("CREATE INDEX IF NOT EXISTS cases_state ON cases(state)");
  m_db.exec("CREATE INDEX IF NOT EXISTS cases_grid ON cases(grid_code)");
  m_db.exec("CREATE TABLE IF NOT EXISTS audit_log ("
            "id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, actor TEXT NOT NULL, "
            "action TEXT NOT NULL, subject TEXT NOT NULL, record_id INTEGER NOT NULL, "
            "step TEXT, field TEXT, note TEXT, before TEXT, after TEXT, "
            "undoes INTEGER REFERENCES audit_log(id))");
  m_db.exec("CREATE INDEX IF NOT EXISTS audit_subject ON audit_log(subject, record_id)");
  m_db.exec("CREATE INDEX IF NOT EXISTS audit_actor ON audit_log(actor)");
  m_db.exec("CREATE INDEX IF NOT EXISTS audit_undoes ON audit_log(undoes)");
  // The trail is evidence: SQLite itself refuses to change or drop a record, whoever asks.
  m_db.exec("CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END");
  m_db.exec("CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END");
}

QString OpsDatabase::pathBeside(const QString &dataPath)
{
  return OperatorStore::pathFor(dataPath, u".ops.sqlite"_s);
}

} // namespace rc
