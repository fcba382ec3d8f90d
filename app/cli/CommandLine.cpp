#include "cli/CommandLine.h"

#include "LanguageManager.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QRegularExpression>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

void printUsage()
{
  std::fputs(
      "Usage:\n"
      "  rongcheng [FILE ...]                  open the map window\n"
      "  rongcheng render [--project FILE.rcproj] [--layer PATH[:LAYER] ...] --out map.png|map.pdf\n"
      "                   [--extent minx,miny,maxx,maxy] [--crs EPSG:4490]\n"
      "                   [--size 1920x1080] [--dpi 96] [--timing]\n"
      "                   [--layout [--title TEXT] [--page a4|a3|fit]]\n"
      "  rongcheng info PATH [--sample N]\n"
      "  rongcheng demo-data --out DIR [--scale demo|city] [--seed N]\n"
      "  rongcheng hj212 FRAME\n"
      "  rongcheng simulate --broker HOST:PORT [--hj212 HOST:PORT] --scenario normal|typhoon\n"
      "                     [--speed N] [--db fuzhou.gpkg] [--duration S] [--interval S] [--seed N]\n"
      "  rongcheng geocode --db PATH [--layer NAME] [--aliases CSV] [--limit N] [--prefix] \"text\"\n"
      "  rongcheng geocode --db PATH --batch in.csv --column COL --out out.csv\n"
      "                    (text: an address in any spelling, an address or grid code, or a point:\n"
      "                    119.30,26.08 | 119°18'00\"E 26°04'48\"N | zone-40 metres 429964,2885885)\n"
      "  rongcheng reverse --db PATH [--layer NAME] LON LAT\n"
      "  rongcheng address-check --db PATH [--layer addresses] [--communities PATH]\n"
      "                    [--communities-layer NAME] [--out findings.gpkg|findings.csv] [--json]\n"
      "                    (exit 0: clean, 1: findings, 2: bad arguments, 3: unreadable data)\n"
      "  rongcheng impact --db PATH (--point LON,LAT --buffer METRES | --polygon WKT [--buffer METRES])\n"
      "                   [--out list.csv|list.gpkg] [--timing]\n"
      "                   (exit 0: counts printed, 1: unreadable data or missing layer,\n"
      "                   2: bad arguments or geometry, 3: outside the city)\n"
      "  rongcheng import --to \"PG:host=H port=P dbname=D user=U\" FILE.gpkg [--layers a,b]\n"
      "                   [--schema NAME] [--remember-password]\n"
      "                   (exit 0: imported, 1: server unreachable or write failed, 2: bad arguments\n"
      "                   or source, 3: wrong user or password, 4: role may not write)\n"
      "  rongcheng --version\n",
      stdout);
}

using CommandRunner = int (*)(const QStringList &);

CommandRunner commandNamed(QStringView name)
{
  // Each subcommand parses its own arguments (after the name) and returns the exit status.
  static const std::pair<QStringView, CommandRunner> kCommands[] = {
      {u"render", runRenderCommand},
      {u"info", runInfoCommand},
      {u"demo-data", runDemoDataCommand},
      {u"hj212", runHj212Command},
      {u"simulate", runSimulateCommand},
      {u"geocode", runGeocodeCommand},
      {u"reverse", runReverseCommand},
      {u"address-check", runAddressCheckCommand},
      {u"impact", runImpactCommand},
      {u"import", runImportCommand},
      {u"db", runDbCommand}};
  for (const auto &[command, run] : kCommands)
    if (name == command)
      return run;
  return nullptr;
}

/// A bare word that names no file ("rongcheng frobnicate") is a mistyped command, not a file to
/// open: a file or data source has a dot, a slash or a colon in it, or exists.
bool looksLikeCommand(const QString &argument)
{
  static const QRegularExpression word(uR"(^[A-Za-z][A-Za-z0-9-]*$)"_s);
  return word.match(argument).hasMatch() && !QFileInfo::exists(argument);
}

} // namespace

bool isCommandLineCommand(const QString &firstArgument)
{
  static const QStringList flags{u"--version"_s, u"-v"_s, u"--help"_s, u"-h"_s};
  return flags.contains(firstArgument) || commandNamed(firstArgument) || looksLikeCommand(firstArgument);
}

int runCommandLine(int argc, char **argv)
{
  // Commands draw into images, never onto a screen: they must work over SSH and in CI.
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
    qputenv("QT_QPA_PLATFORM", "offscreen");
  QGuiApplication app(argc, argv);
  QGuiApplication::setOrganizationName(u"Rongcheng"_s);
  QGuiApplication::setApplicationName(u"rongcheng"_s);
  QGuiApplication::setApplicationVersion(QStringLiteral(RC_VERSION));
  LanguageManager languages;
  languages.applyPreference();

  QStringList arguments = QGuiApplication::arguments();
  const QString command = arguments.value(1);
  arguments = arguments.mid(2);
  if (command == u"--version"_s || command == u"-v"_s) {
    std::printf("rongcheng %s\n", RC_VERSION);
    return 0;
  }
  if (command == u"--help"_s || command == u"-h"_s) {
    printUsage();
    return 0;
  }
  if (const CommandRunner run = commandNamed(command)) {
    // Each command answers the failures it expects; anything else (a damaged file provoking
    // std::bad_alloc, say) still ends in a message and a failed status, never in a crash.
    try {
      return run(arguments);
    } catch (const std::exception &e) {
      std::fprintf(stderr, "rongcheng %s: %s\n", command.toUtf8().constData(), e.what());
      return 1;
    }
  }
  std::fputs(
      qPrintable(
          QCoreApplication::translate("rc::CommandLine", "rongcheng: “%1” is not a command\n").arg(command)),
      stderr);
  printUsage();
  return 2;
}

std::pair<QString, QString> splitLayerArgument(const QString &argument)
{
  if (QFileInfo::exists(argument))
    return {argument, {}};
  const qsizetype colon = argument.lastIndexOf(u':');
  if (colon > 0 && QFileInfo::exists(argument.left(colon)))
    return {argument.left(colon), argument.mid(colon + 1)};
  return {argument, {}};
}

} // namespace rc
