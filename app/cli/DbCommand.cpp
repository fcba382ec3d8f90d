#include "cli/CommandLine.h"

#include "auth/PostgisCredentials.h"
#include "postgis/OpsSchema.h"
#include "postgis/PostgisSession.h"
#include "postgis/PostgisStatement.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

/// The translation context of the command's messages.
struct DbCommand
{
  Q_DECLARE_TR_FUNCTIONS(rc::DbCommand)
};

int fail(const QString &message, int status)
{
  std::fprintf(stderr, "rongcheng db: %s\n", message.toUtf8().constData());
  return status;
}

} // namespace

int runDbCommand(const QStringList &arguments)
{
  QCommandLineParser parser;
  const QCommandLineOption toOption(
      u"to"_s,
      DbCommand::tr(
          "The PostGIS database, as an administrator: \"PG:host=... port=... dbname=... user=...\"."),
      u"conninfo"_s);
  parser.addOption(toOption);
  if (!parser.parse(QStringList{u"rongcheng db"_s} + arguments))
    return fail(parser.errorText(), 2);
  if (parser.positionalArguments() != QStringList{u"init"_s} || !parser.isSet(toOption))
    return fail(DbCommand::tr("usage: rongcheng db init --to \"PG:...\""), 2);
  if (!PostgisCredentials::isPostgisSource(parser.value(toOption)))
    return fail(DbCommand::tr("--to must be a PostGIS connection starting with “PG:”"), 2);

  std::unique_ptr<PostgisSession> session;
  try {
    session = PostgisSession::open(parser.value(toOption));
  } catch (const PostgisError &e) {
    return fail(e.message(), e.reason() == PostgisError::Reason::Authentication ? 3 : 1);
  }
  PostgisStatements statements(*session);
  try {
    const int applied = OpsSchema::initialize(statements);
    std::printf("%s\n",
                (applied == 0 ? DbCommand::tr("%1: the shared operations schema is current (version %2)")
                              : DbCommand::tr("%1: the shared operations schema is now version %2 "
                                              "(%n migration(s) applied)",
                                              nullptr, applied))
                    .arg(session->source())
                    .arg(OpsSchema::kVersion)
                    .toUtf8()
                    .constData());
  } catch (const PostgisStatementError &e) {
    return fail(DbCommand::tr("%1: the schema was not changed: %2").arg(session->source(), e.message()),
                e.isPermissionDenied() ? 4 : 1);
  } catch (const PostgisError &e) { // the connection was lost
    return fail(DbCommand::tr("%1: the schema was not changed: %2").arg(session->source(), e.message()), 1);
  }
  return 0;
}

} // namespace rc
