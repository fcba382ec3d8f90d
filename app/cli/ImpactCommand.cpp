#include "cli/CommandLine.h"

#include "base/Error.h"
#include "ops/ImpactAnalysis.h"
#include "ops/ImpactExport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

/// The translation context of the impact command's messages.
struct ImpactCommand
{
  Q_DECLARE_TR_FUNCTIONS(rc::ImpactCommand)
};

/// Exit statuses, so scripts can tell a wrong question from a broken source.
enum Status { Ok = 0, DataFailure = 1, Usage = 2, OutsideCity = 3 };

int fail(const QString &message, int status)
{
  std::fprintf(stderr, "rongcheng impact: %s\n", message.toUtf8().constData());
  return status;
}

int statusOf(Error::Code code)
{
  switch (code) {
  case Error::Code::InvalidInput:
    return Usage;
  case Error::Code::OutsideCity:
    return OutsideCity;
  default:
    return DataFailure;
  }
}

} // namespace

int runImpactCommand(const QStringList &arguments)
{
  QCommandLineParser parser;
  const QCommandLineOption dbOption(u"db"_s, ImpactCommand::tr("The demo city's GeoPackage."), u"PATH"_s);
  const QCommandLineOption pointOption(
      u"point"_s, ImpactCommand::tr("Centre of the area, EPSG:4490 longitude,latitude."), u"LON,LAT"_s);
  const QCommandLineOption bufferOption(
      u"buffer"_s, ImpactCommand::tr("Buffer in metres around the point or the polygon."), u"METRES"_s);
  const QCommandLineOption polygonOption(
      u"polygon"_s, ImpactCommand::tr("The area as WKT in EPSG:4490 longitude/latitude."), u"WKT"_s);
  const QCommandLineOption outOption(
      u"out"_s, ImpactCommand::tr("Also write the list of what lies inside (.csv or .gpkg)."), u"FILE"_s);
  const QCommandLineOption timingOption(u"timing"_s,
                                        ImpactCommand::tr("Print load and analysis times on stderr."));
  parser.addOptions({dbOption, pointOption, bufferOption, polygonOption, outOption, timingOption});
  if (!parser.parse(QStringList{u"rongcheng impact"_s} + arguments))
    return fail(parser.errorText(), Usage);
  if (!parser.positionalArguments().isEmpty())
    return fail(ImpactCommand::tr("unexpected argument “%1”").arg(parser.positionalArguments().front()),
                Usage);
  if (!parser.isSet(dbOption))
    return fail(ImpactCommand::tr("give the city's data: --db PATH"), Usage);
  if (parser.isSet(pointOption) == parser.isSet(polygonOption))
    return fail(ImpactCommand::tr("give either --point LON,LAT --buffer METRES or --polygon WKT"), Usage);

  double metres = 0;
  if (parser.isSet(bufferOption)) {
    bool ok = false;
    metres = parser.value(bufferOption).toDouble(&ok);
    if (!ok)
      return fail(ImpactCommand::tr("--buffer wants metres, not “%1”").arg(parser.value(bufferOption)),
                  Usage);
  }
  ImpactQuery query;
  if (parser.isSet(pointOption)) {
    if (!parser.isSet(bufferOption))
      return fail(ImpactCommand::tr("--point needs --buffer METRES"), Usage);
    const QStringList parts = parser.value(pointOption).split(u',');
    bool lonOk = false, latOk = false;
    const double lon = parts.size() == 2 ? parts[0].trimmed().toDouble(&lonOk) : 0;
    const double lat = parts.size() == 2 ? parts[1].trimmed().toDouble(&latOk) : 0;
    if (!lonOk || !latOk)
      return fail(
          ImpactCommand::tr("--point wants LON,LAT in degrees, not “%1”").arg(parser.value(pointOption)),
          Usage);
    query = ImpactQuery::around(lon, lat, metres);
  } else {
    query = ImpactQuery::inside(parser.value(polygonOption), metres);
  }

  try {
    QElapsedTimer timer;
    timer.start();
    // Read only the neighbourhood of the area: the city has millions of addresses.
    ImpactAnalysis analysis(ImpactData::load(parser.value(dbOption), ImpactAnalysis::searchBounds(query)));
    const qint64 loadMs = timer.restart();
    const ImpactResult result = analysis.run(query);
    const qint64 runMs = timer.restart();
    if (parser.isSet(outOption))
      ImpactExport::write(analysis.data(), result, parser.value(outOption));
    if (parser.isSet(timingOption))
      std::fprintf(stderr, "load %lld ms, analysis %lld ms, export %lld ms\n", static_cast<long long>(loadMs),
                   static_cast<long long>(runMs), static_cast<long long>(timer.elapsed()));
    std::fputs(QJsonDocument(result.countsJson()).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    return Ok;
  } catch (const Error &e) {
    return fail(e.message(), statusOf(e.code()));
  }
}

} // namespace rc
