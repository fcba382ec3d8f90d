#pragma once

#include "base/Sqlite.h"

#include <QString>

namespace rc {

/// The operations center's own SQLite database, in the city's operator folder: the cases and
/// the append-only audit trail. One durable connection (WAL, synchronous=FULL: a change is on disk
/// when it returns); like every SQLite connection it belongs to the thread that opened it.
class OpsDatabase
{
public:
  /// Opens or creates the database and its tables; throws sqlite::Error, an Error(Storage).
  explicit OpsDatabase(const QString &path);

  /// "<dir>/operator/fuzhou.ops.sqlite" for "<dir>/fuzhou.gpkg": where the workflow of a city's
  /// data lives (OperatorStore).
  [[nodiscard]] static QString pathBeside(const QString &dataPath);

  [[nodiscard]] const sqlite::Database &connection() const { return m_db; }
  [[nodiscard]] QString path() const { return m_db.path(); }

private:
  sqlite::Database m_db;
};

} // namespace rc
