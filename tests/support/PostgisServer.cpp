#include "PostgisServer.h"

#include "base/Error.h"
#include "postgis/OpsSchema.h"
#include "postgis/PostgisSession.h"
#include "postgis/PostgisStatement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTcpServer>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace rc::test {

namespace {

const QString kBinDir = u"/usr/lib/postgresql/15/bin/"_s;

bool runningAsRoot()
{
  return ::geteuid() == 0;
}

int freeLoopbackPort()
{
  QTcpServer probe;
  return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

/// PostgreSQL refuses to run as root: the cluster belongs to "postgres" then.
bool giveToPostgres(const QString &path)
{
  const passwd *user = ::getpwnam("postgres");
  return user && ::chown(QFile::encodeName(path).constData(), user->pw_uid, user->pw_gid) == 0;
}

} // namespace

PostgisServer::~PostgisServer()
{
  stop();
}

bool PostgisServer::run(const QString &program, const QStringList &arguments, QString *output)
{
  QProcess process;
  process.setWorkingDirectory(m_dir.path());
  if (runningAsRoot())
    process.start(u"runuser"_s, QStringList{u"-u"_s, u"postgres"_s, u"--"_s, kBinDir + program} + arguments);
  else
    process.start(kBinDir + program, arguments);
  if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
      process.exitCode() != 0) {
    m_error = program + u" failed: "_s + QString::fromLocal8Bit(process.readAllStandardError()) +
              process.errorString();
    return false;
  }
  if (output)
    *output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
  return true;
}

bool PostgisServer::start()
{
  if (!QFileInfo(kBinDir + u"initdb"_s).isExecutable() ||
      !QFileInfo(u"/usr/share/postgresql/15/extension/postgis.control"_s).exists()) {
    m_error = u"PostgreSQL 15 with PostGIS is not installed (Debian: postgresql-15-postgis-3; "
              "./build.sh installs it)"_s;
    return false;
  }
  if (!m_dir.isValid() || (runningAsRoot() && !giveToPostgres(m_dir.path()))) {
    m_error = u"cannot prepare a data directory owned by the postgres user"_s;
    return false;
  }
  const QString data = m_dir.filePath(u"data"_s);
  if (!run(u"initdb"_s, {u"-D"_s, data, u"-U"_s, u"postgres"_s, u"-E"_s, u"UTF8"_s, u"--locale=C.UTF-8"_s,
                         u"--auth-local=trust"_s, u"--auth-host=scram-sha-256"_s, u"--no-sync"_s}))
    return false;
  m_port = freeLoopbackPort();
  if (m_port == 0 || !startServer())
    return false;

  const QString setup = u"CREATE DATABASE %1;\n"_s.arg(QLatin1StringView(kDatabase));
  QString ignored;
  if (!run(u"psql"_s,
           {u"-h"_s, m_dir.path(), u"-p"_s, QString::number(m_port), u"-U"_s, u"postgres"_s, u"-d"_s,
            u"postgres"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-c"_s, setup},
           &ignored))
    return false;
  const QString roles =
      u"CREATE EXTENSION postgis;\n"
      "CREATE ROLE rc_operator LOGIN PASSWORD '%1';\n"
      "CREATE ROLE rc_viewer LOGIN PASSWORD '%2';\n"
      "CREATE ROLE rc_admin LOGIN CREATEROLE PASSWORD '%3';\n"
      "GRANT CREATE ON DATABASE rongcheng TO rc_admin;\n"
      "GRANT CREATE ON DATABASE rongcheng TO rc_operator;\n"
      "GRANT USAGE, CREATE ON SCHEMA public TO rc_operator;\n"
      "GRANT USAGE ON SCHEMA public TO rc_viewer;\n"
      "ALTER DEFAULT PRIVILEGES FOR ROLE rc_operator GRANT SELECT ON TABLES TO rc_viewer;\n"
      "ALTER DEFAULT PRIVILEGES FOR ROLE rc_operator GRANT USAGE ON SCHEMAS TO rc_viewer;\n"_s.arg(
          QLatin1StringView(kOperatorPassword), QLatin1StringView(kViewerPassword),
          QLatin1StringView(kAdminPassword));
  if (!sql(roles))
    return false;

  // libpq reads passwords from here; it insists on a private file owned by the one who reads it.
  const QString pgpass = m_dir.filePath(u"pgpass"_s);
  QFile file(pgpass);
  if (!file.open(QIODevice::WriteOnly)) {
    m_error = u"cannot write "_s + pgpass;
    return false;
  }
  // The first line that matches wins: the seats of addLogin() share the last one.
  file.write(u"127.0.0.1:%1:%2:%3:%4\n127.0.0.1:%1:%2:%5:%6\n127.0.0.1:%1:%2:%7:%8\n127.0.0.1:%1:%2:*:%9\n"_s
                 .arg(m_port)
                 .arg(QLatin1StringView(kDatabase), QLatin1StringView(kOperator),
                      QLatin1StringView(kOperatorPassword), QLatin1StringView(kViewer),
                      QLatin1StringView(kViewerPassword), QLatin1StringView(kAdmin),
                      QLatin1StringView(kAdminPassword), QLatin1StringView(kSeatPassword))
                 .toUtf8());
  file.close();
  file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
  qputenv("PGPASSFILE", QFile::encodeName(pgpass));
  qunsetenv("PGPASSWORD");
  return true;
}

bool PostgisServer::startServer()
{
  const QString options =
      u"-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"_s.arg(m_port).arg(
          m_dir.path());
  m_running = run(u"pg_ctl"_s, {u"-D"_s, m_dir.filePath(u"data"_s), u"-l"_s, m_dir.filePath(u"server.log"_s),
                                u"-w"_s, u"-t"_s, u"60"_s, u"-o"_s, options, u"start"_s});
  return m_running;
}

bool PostgisServer::restart()
{
  stop();
  return startServer();
}

void PostgisServer::stop()
{
  if (!m_running)
    return;
  run(u"pg_ctl"_s, {u"-D"_s, m_dir.filePath(u"data"_s), u"-m"_s, u"fast"_s, u"-w"_s, u"stop"_s});
  m_running = false;
}

QString PostgisServer::source(const char *role) const
{
  return u"PG:host=127.0.0.1 port=%1 dbname=%2 user=%3"_s.arg(m_port).arg(QLatin1StringView(kDatabase),
                                                                          QLatin1StringView(role));
}

bool PostgisServer::sql(const QString &statements, QString *output)
{
  return run(u"psql"_s,
             {u"-h"_s, m_dir.path(), u"-p"_s, QString::number(m_port), u"-U"_s, u"postgres"_s, u"-d"_s,
              QLatin1StringView(kDatabase), u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-A"_s, u"-t"_s, u"-q"_s, u"-c"_s,
              statements},
             output);
}

bool PostgisServer::sqlAs(const char *role, const QString &statements, QString *output)
{
  // psql as this process's user (root may run the client), so it reads the .pgpass file.
  QProcess process;
  process.start(kBinDir + u"psql"_s,
                {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(m_port), u"-U"_s, QLatin1StringView(role),
                 u"-d"_s, QLatin1StringView(kDatabase), u"-w"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-v"_s,
                 u"VERBOSITY=sqlstate"_s, u"-A"_s, u"-t"_s, u"-q"_s, u"-c"_s, statements});
  if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
      process.exitCode() != 0) {
    m_error = u"psql as "_s + QString::fromLatin1(role) + u" failed: "_s +
              QString::fromLocal8Bit(process.readAllStandardError()) + process.errorString();
    return false;
  }
  if (output)
    *output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
  return true;
}

bool PostgisServer::addLogin(const QString &role, const QStringList &groups)
{
  QString statements =
      u"CREATE ROLE \"%1\" LOGIN PASSWORD '%2';\n"_s.arg(role, QLatin1StringView(kSeatPassword));
  for (const QString &group : groups)
    statements += u"GRANT \"%1\" TO \"%2\";\n"_s.arg(group, role);
  return sql(statements);
}

bool PostgisServer::initOpsSchema()
{
  try {
    const auto session = PostgisSession::open(source(kAdmin));
    PostgisStatements statements(*session);
    (void)OpsSchema::initialize(statements);
    return true;
  } catch (const Error &e) {
    m_error = e.message();
    return false;
  }
}

} // namespace rc::test
