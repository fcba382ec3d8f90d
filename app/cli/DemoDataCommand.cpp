#include "cli/CommandLine.h"
#include "project/DefaultData.h"

#include "demo/DemoCityGenerator.h"
#include "demo/DemoCityInstaller.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

/// The translation context of the command's messages.
struct DemoDataCommand
{
  Q_DECLARE_TR_FUNCTIONS(rc::DemoDataCommand)
};

int fail(const QString &message, int status = 1)
{
  std::fprintf(stderr, "rongcheng demo-data: %s\n", message.toUtf8().constData());
  return status;
}

} // namespace

int runDemoDataCommand(const QStringList &arguments)
{
  QCommandLineParser parser;
  const QCommandLineOption outOption(
      u"out"_s, DemoDataCommand::tr("The folder to write fuzhou.gpkg and fuzhou.rcproj into."), u"dir"_s);
  const QCommandLineOption scaleOption(
      u"scale"_s, DemoDataCommand::tr("demo (300,000 addresses) or city (3,000,000 addresses)."), u"scale"_s,
      u"demo"_s);
  const QCommandLineOption seedOption(u"seed"_s,
                                      DemoDataCommand::tr("Random seed; the same seed gives the same data."),
                                      u"N"_s, QString::number(DemoCityOptions::kDefaultSeed));
  parser.addOptions({outOption, scaleOption, seedOption});
  if (!parser.parse(QStringList{u"rongcheng demo-data"_s} + arguments))
    return fail(parser.errorText(), 2);
  if (!parser.positionalArguments().isEmpty())
    return fail(DemoDataCommand::tr("unexpected argument “%1”").arg(parser.positionalArguments().first()), 2);
  if (!parser.isSet(outOption) || parser.value(outOption).isEmpty())
    return fail(DemoDataCommand::tr("no output folder given; use --out DIR"), 2);

  DemoCityOptions options;
  options.outDir = QDir(parser.value(outOption)).absolutePath();
  const QString scale = parser.value(scaleOption);
  if (scale == u"demo"_s)
    options.scale = DemoCityOptions::Scale::Demo;
  else if (scale == u"city"_s)
    options.scale = DemoCityOptions::Scale::City;
  else
    return fail(DemoDataCommand::tr("invalid --scale “%1”; expected demo or city").arg(scale), 2);
  bool seedOk = false;
  options.seed = parser.value(seedOption).toULongLong(&seedOk);
  if (!seedOk)
    return fail(DemoDataCommand::tr("invalid --seed “%1”; expected a non-negative integer")
                    .arg(parser.value(seedOption)),
                2);
  options.basemapDir = DefaultData::basemapDirectory();
  if (options.basemapDir.isEmpty())
    return fail(DemoDataCommand::tr("the bundled Fuzhou basemap was not found (share/rongcheng/basemap)"));

  QElapsedTimer timer;
  timer.start();
  QString currentStage;
  const auto progress = [&](double fraction, const QString &stage) {
    if (stage == currentStage)
      return;
    currentStage = stage;
    std::fprintf(stderr, "[%6.1f s] %3.0f %% %s\n", double(timer.elapsed()) / 1000.0, fraction * 100,
                 stage.toUtf8().constData());
  };
  try {
    // The user named the folder: the city goes in beside whatever else is there, and no file of
    // theirs is replaced (DemoCityInstaller).
    DemoCityInstaller installer(options.outDir, DemoCityInstaller::Foreign::Allow);
    DemoCityOptions generation = options;
    generation.outDir = installer.begin();
    DemoCityGenerator::generate(generation, progress);
    installer.finish();
  } catch (const DemoDataError &e) {
    return fail(e.message());
  }
  std::fprintf(stderr, "%s\n",
               DemoDataCommand::tr("[%1 s] done: %2, %3")
                   .arg(double(timer.elapsed()) / 1000.0, 6, 'f', 1)
                   .arg(QDir::toNativeSeparators(DemoCityGenerator::geoPackagePath(options.outDir)),
                        QDir::toNativeSeparators(DemoCityGenerator::projectPath(options.outDir)))
                   .toUtf8()
                   .constData());
  return 0;
}

} // namespace rc
