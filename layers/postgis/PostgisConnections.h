#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace rc {

/// One named PostGIS server connection as the user entered it. Holds no password: that lives in
/// the system keyring under PostgisCredentials::keyringKey(source()).
struct PostgisConnection
{
  QString name;
  QString host = QStringLiteral("localhost");
  int port = 5432;
  QString database;
  QString user;
  QString sslMode =
      QStringLiteral("prefer"); ///< libpq's sslmode: disable, allow, prefer, require, verify-ca, verify-full

  /// libpq's SSL modes, weakest first.
  [[nodiscard]] static QStringList sslModes();
  /// "PG:host='...' port='...' dbname='...' user='...' sslmode='...'", without password.
  [[nodiscard]] QString source() const;
  /// source() with the password, to connect now; never to be stored.
  [[nodiscard]] QString sourceWithPassword(const QString &password) const;
  /// The same with GDAL's tables= key naming one table (or view) and, when given, its geometry
  /// column: what the layer opening path and project files take.
  [[nodiscard]] QString tableSource(const QString &schema, const QString &table,
                                    const QString &geometryColumn = {}) const;
  friend bool operator==(const PostgisConnection &, const PostgisConnection &) = default;
};

/// The saved connections, in QSettings under "postgis/connections", ordered by name, and the
/// shared operations database (QSettings "ops/sharedDatabase": a "PG:" source without password)
/// that the case desk and alarms use. Reads and writes settings only; any thread.
class PostgisConnections
{
public:
  static constexpr const char *kSharedDatabaseKey = "ops/sharedDatabase";

  [[nodiscard]] static QList<PostgisConnection> all();
  /// The connection called `name`; a default one with an empty name when there is none.
  [[nodiscard]] static PostgisConnection byName(const QString &name);
  /// Adds or replaces the connection called `connection.name`; `previousName` (when renamed) is
  /// removed. A shared operations database that pointed at the old settings follows the rename.
  static void save(const PostgisConnection &connection, const QString &previousName = {});
  static void remove(const QString &name);

  /// The "PG:" source of the shared operations database; empty when there is none.
  [[nodiscard]] static QString sharedDatabase();
  /// Makes `connection` the shared operations database, or clears it when `shared` is false and
  /// it was this connection's.
  static void setSharedDatabase(const PostgisConnection &connection, bool shared);
  [[nodiscard]] static bool isSharedDatabase(const PostgisConnection &connection);
};

} // namespace rc
