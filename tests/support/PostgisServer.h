#pragma once

#include <QString>
#include <QTemporaryDir>

namespace rc::test {

/// A throwaway PostgreSQL + PostGIS server for tests: a fresh cluster in a temporary directory,
/// on a free loopback port, with a database "rongcheng" holding the postgis extension and two
/// login roles, rc_operator (may create and write tables) and rc_viewer (may only read what
/// rc_operator creates). Passwords are in a .pgpass file that PGPASSFILE points at, so neither
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

private:
  bool run(const QString &program, const QStringList &arguments, QString *output = nullptr);
  bool startServer();

  QTemporaryDir m_dir;
  QString m_error;
  int m_port = 0;
  bool m_running = false;
};

} // namespace rc::test
