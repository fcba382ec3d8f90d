#pragma once

#include "base/SqliteConnection.h"
#include "ops/OpsError.h"

#include <QString>

#include <utility>

namespace rc {

/// The operations center's own SQLite database, beside the demo city's GeoPackage: the cases and
/// the append-only audit trail. One durable connection (WAL, synchronous=FULL: a change is on disk
/// when it returns); like every QtSql connection it belongs to the thread that opened it.
class OpsDatabase
{
public:
  /// Opens or creates the database and its tables; throws OpsError(Storage).
  explicit OpsDatabase(const QString &path);

  /// "<dir>/fuzhou.ops.sqlite" for "<dir>/fuzhou.gpkg": where the workflow of a city's data lives.
  [[nodiscard]] static QString pathBeside(const QString &dataPath);

  [[nodiscard]] const SqliteConnection &connection() const { return m_connection; }
  [[nodiscard]] QString path() const { return m_connection.path(); }

private:
  SqliteConnection m_connection;
};

/// Runs `work` and turns a store failure into OpsError(Storage), the one error type of ops.
template<typename Work> auto withStorage(Work &&work) -> decltype(work())
{
  try {
    return std::forward<Work>(work)();
  } catch (const StoreError &e) {
    throw OpsError(OpsError::Code::Storage, e.message());
  }
}

} // namespace rc
