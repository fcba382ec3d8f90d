#pragma once

#include <QString>
#include <QTemporaryDir>

namespace rc::test {

/// A throwaway PostgreSQL + PostGIS server for tests: a fresh cluster in a temporary directory,
/// on a free loopback port, with a database "rongcheng" holding the postgis extension and three
/// login roles: rc_operator (may create and write tables in public), rc_viewer (may only read what
/// rc_operator creates) and rc_admin (may create roles and schemas: the one who runs `rongcheng db
/// init`, after which rc_operator and rc_viewer are also the groups of OpsRoles). addLogin() adds
/// seats' own login roles. Passwords are in a .pgpass file that PGPASSFILE points at, so neither
/// connection strings nor a keyring hold them. When run as root the server runs as "postgres".
/// The server is stopped and its files removed on destruction.
class PostgisServer
{
public:
  static constexpr const char *kDatabase = "rongcheng";
  static constexpr const char *kOperator = "rc_operator";
  static constexpr const char *kViewer = "rc_viewer";
  static constexpr const char *kOperatorPassword = "operator-secret";
  static constexpr const char *kViewerPassword = "viewer-secret";
  static constexpr const char *kAdmin = "rc_admin";
  static constexpr const char *kAdminPassword = "admin-secret";
  /// The password of every login role addLogin() makes.
  static constexpr const char *kSeatPassword = "seat-secret";

  PostgisServer() = default;
  ~PostgisServer();
  PostgisServer(const PostgisServer &) = delete;
  PostgisServer &operator=(const PostgisServer &) = delete;

  /// Creates and starts the cluster; false with `error()` saying why (missing binaries included).
  bool start();
  /// Stops and starts the same cluster on the same port, as a server restart.
  bool restart();
  void stop();
  [[nodiscard]] QString error() const { return m_error; }
  [[nodiscard]] int port() const { return m_port; }
  /// "PG:host=127.0.0.1 port=N dbname=rongcheng user=ROLE", no password.
  [[nodiscard]] QString source(const char *role) const;
  /// Runs SQL as the superuser in the test database, with psql's unaligned, tuples-only output in
  /// `output`; false (and error()) on failure.
  bool sql(const QString &statements, QString *output = nullptr);
  /// The same as `role`, through psql over TCP with the password from the .pgpass file; a refusal
  /// leaves the SQLSTATE in error() (the server's words follow the language).
  bool sqlAs(const char *role, const QString &statements, QString *output = nullptr);
  /// Creates the login role `role` (password kSeatPassword), a member of `groups`.
  bool addLogin(const QString &role, const QStringList &groups);
  /// Runs OpsSchema::initialize as kAdmin, as `rongcheng db init` does; false (and error()) on failure.
  bool initOpsSchema();

private:
  bool run(const QString &program, const QStringList &arguments, QString *output = nullptr);
  bool startServer();

  QTemporaryDir m_dir;
  QString m_error;
  int m_port = 0;
  bool m_running = false;
};

} // namespace rc::test
