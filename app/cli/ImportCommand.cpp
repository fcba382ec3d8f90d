#include "cli/CommandLine.h"

#include "auth/PostgisCredentials.h"
#include "postgis/PostgisImporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

/// The translation context of the command's messages.
struct ImportCommand
{
  Q_DECLARE_TR_FUNCTIONS(rc::ImportCommand)
};

int fail(const QString &message, int status)
{
  std::fprintf(stderr, "rongcheng import: %s\n", message.toUtf8().constData());
  return status;
}

/// The password --remember-password stores: typed at the terminal without echo, or the first line
/// of standard input when that is a pipe (from a secrets tool); never an argument, which `ps` and
/// the shell history would show.
QString readPassword(const QString &prompt)
{
  std::string line;
  if (::isatty(STDIN_FILENO)) {
    std::fputs(prompt.toUtf8().constData(), stderr);
    std::fflush(stderr);
    termios shown{};
    const bool quiet = ::tcgetattr(STDIN_FILENO, &shown) == 0;
    if (quiet) {
      termios hidden = shown;
      hidden.c_lflag &= ~tcflag_t(ECHO);
      ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    std::getline(std::cin, line);
    if (quiet)
      ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &shown);
    std::fputs("\n", stderr);
  } else {
    std::getline(std::cin, line);
  }
  if (!line.empty() && line.back() == '\r')
    line.pop_back();
  return QString::fromStdString(line);
}

} // namespace

int runImportCommand(const QStringList &arguments)
{
  QCommandLineParser parser;
  const QCommandLineOption toOption(
      u"to"_s, ImportCommand::tr("The PostGIS database: \"PG:host=... port=... dbname=... user=...\"."),
      u"conninfo"_s);
  const QCommandLineOption layersOption(
      u"layers"_s, ImportCommand::tr("Comma-separated layers to import (default: all)."), u"a,b"_s);
  const QCommandLineOption schemaOption(
      u"schema"_s, ImportCommand::tr("Database schema for the tables (default: public)."), u"name"_s);
  const QCommandLineOption rememberOption(
      u"remember-password"_s,
      ImportCommand::tr("Ask for the password (or read one line from standard input when it is not a "
                        "terminal), use it and store it in the system keyring."));
  parser.addOptions({toOption, layersOption, schemaOption, rememberOption});
  if (!parser.parse(QStringList{u"rongcheng import"_s} + arguments))
    return fail(parser.errorText(), 2);
  if (parser.positionalArguments().size() != 1 || !parser.isSet(toOption))
    return fail(
        ImportCommand::tr("usage: rongcheng import --to \"PG:...\" FILE.gpkg [--layers a,b] [--schema NAME]"),
        2);
  if (!PostgisCredentials::isPostgisSource(parser.value(toOption)))
    return fail(ImportCommand::tr("--to must be a PostGIS connection starting with “PG:”"), 2);

  PostgisImportOptions options;
  options.source = parser.positionalArguments().first();
  options.target = parser.value(toOption);
  options.layers = parser.value(layersOption).split(u',', Qt::SkipEmptyParts);
  options.schema = parser.value(schemaOption);

  QString password = PostgisCredentials::passwordOf(options.target);
  if (!password.isEmpty())
    std::fprintf(
        stderr, "rongcheng import: %s\n",
        ImportCommand::tr("warning: a password in --to is visible to other users (ps, shell history); "
                          "leave it out and use --remember-password, the keyring or PGPASSFILE")
            .toUtf8()
            .constData());
  if (parser.isSet(rememberOption) && password.isEmpty()) {
    password = readPassword(
        ImportCommand::tr("Password for %1: ").arg(PostgisCredentials::withoutPassword(options.target)));
    if (password.isEmpty())
      return fail(
          ImportCommand::tr("--remember-password needs a password: type it, or give it on standard input"),
          2);
    // For this run, ahead of the keyring and PGPASSFILE.
    PostgisCredentials::keepForSession(options.target, password);
  }

  QElapsedTimer timer;
  timer.start();
  try {
    const QList<PostgisImportedLayer> imported =
        PostgisImporter::run(options, [](const QString &table, qint64 done, qint64 total) {
          std::printf("%s: %lld / %lld\n", table.toUtf8().constData(), static_cast<long long>(done),
                      static_cast<long long>(total));
          std::fflush(stdout);
        });
    qint64 features = 0;
    for (const PostgisImportedLayer &layer : imported)
      features += layer.featureCount;
    std::printf("%s\n", ImportCommand::tr("Imported %n layer(s), %1 features, in %2 s into %3", nullptr,
                                          int(imported.size()))
                            .arg(features)
                            .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                            .arg(PostgisCredentials::withoutPassword(options.target))
                            .toUtf8()
                            .constData());
  } catch (const PostgisImportError &e) {
    switch (e.reason()) {
    case PostgisImportError::Reason::Source:
      return fail(e.message(), 2);
    case PostgisImportError::Reason::Authentication:
      return fail(e.message(), 3);
    case PostgisImportError::Reason::Permission:
      return fail(e.message(), 4);
    case PostgisImportError::Reason::Connection:
    case PostgisImportError::Reason::Write:
      break;
    }
    return fail(e.message(), 1);
  }
  if (parser.isSet(rememberOption)) {
    QString error;
    if (!PostgisCredentials::remember(options.target, password, &error))
      return fail(error, 1);
  }
  return 0;
}

} // namespace rc
