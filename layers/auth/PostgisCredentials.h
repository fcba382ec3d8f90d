#pragma once

#include <QCoreApplication>
#include <QString>

namespace rc {

/// Where a PostGIS connection's password lives: never in a project file or a message, but in the
/// system keyring (QtKeychain), or in libpq's own PGPASSWORD / ~/.pgpass for servers and CI.
/// Connection strings are GDAL's "PG:" sources holding libpq conninfo ("host=... dbname=...").
class PostgisCredentials
{
  Q_DECLARE_TR_FUNCTIONS(rc::PostgisCredentials)

public:
  /// True for "PG:" sources (GDAL's PostgreSQL driver).
  [[nodiscard]] static bool isPostgisSource(const QString &source);
  /// The source with any password= removed, for project files and messages; other sources are
  /// returned unchanged. Unparseable conninfo loses everything after "PG:" rather than risk a leak.
  [[nodiscard]] static QString withoutPassword(const QString &source);
  /// The password written in the source itself; empty when there is none.
  [[nodiscard]] static QString passwordOf(const QString &source);
  /// The keyring entry that holds the password of this connection: "user@host:port/dbname".
  [[nodiscard]] static QString keyringKey(const QString &source);
  /// The source ready to open: unchanged when it carries a password or libpq will find one
  /// (PGPASSWORD, PGPASSFILE, ~/.pgpass); otherwise with the keyring's password added, if the
  /// keyring has one. Blocks on the keyring with a local event loop: call it from a loader thread.
  [[nodiscard]] static QString resolve(const QString &source);
  /// The conninfo to hand libpq (PQconnectdb): resolve()d, without "PG:" and GDAL's own keys.
  [[nodiscard]] static QString libpqConninfo(const QString &source);
  /// GDAL's own keys of a "PG:" source (tables=, schemas=, active_schema=) as the PG driver's open
  /// options ("TABLES=my table"): GDAL reads them out of the string only up to the next space,
  /// so the source is opened as "PG:" + libpqConninfo() with these instead.
  [[nodiscard]] static QStringList gdalOpenOptions(const QString &source);
  /// A conninfo value in single quotes, so spaces, quotes and backslashes survive libpq's parser.
  [[nodiscard]] static QString quote(const QString &value);
  /// Stores the password of `source` in the keyring; false with `error` when there is no keyring.
  static bool remember(const QString &source, const QString &password, QString *error = nullptr);
  /// Removes the keyring's password of `source`, and the session's; false with `error` when the
  /// keyring cannot be reached (an entry that was never stored is no error).
  static bool forget(const QString &source, QString *error = nullptr);
  /// Keeps a password in this process's memory only, for when there is no keyring: resolve() adds
  /// it to `source`'s connection (by keyringKey()) until the application quits. Thread-safe.
  static void keepForSession(const QString &source, const QString &password);
};

} // namespace rc
