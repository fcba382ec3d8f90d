#include "cli/CommandLine.h"

#include "address/AddressIndex.h"
#include "address/CoordinateInput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

/// The translation context of the reverse command's messages.
struct ReverseCommand
{
  Q_DECLARE_TR_FUNCTIONS(rc::ReverseCommand)
};

int fail(const QString &message, int status = 1)
{
  std::fprintf(stderr, "rongcheng reverse: %s\n", message.toUtf8().constData());
  return status;
}

} // namespace

int runReverseCommand(const QStringList &arguments)
{
  QCommandLineParser parser;
  const QCommandLineOption dbOption(
      u"db"_s, ReverseCommand::tr("Address source (GeoPackage, CSV ...) or its index."), u"PATH"_s);
  const QCommandLineOption layerOption(
      u"layer"_s, ReverseCommand::tr("Address layer of the source (default: addresses)."), u"NAME"_s);
  parser.addOptions({dbOption, layerOption});
  if (!parser.parse(QStringList{u"rongcheng reverse"_s} + arguments))
    return fail(parser.errorText(), 2);
  if (!parser.isSet(dbOption))
    return fail(ReverseCommand::tr("give the address database: --db PATH"), 2);
  // "LON LAT", "LON,LAT", degrees-minutes-seconds or zone-40 metres: whatever geocode accepts.
  const CoordinateInput point = CoordinateInput::parse(parser.positionalArguments().join(u' '));
  if (point.kind != CoordinateInput::Kind::LonLat && point.kind != CoordinateInput::Kind::GaussKruger)
    return fail(ReverseCommand::tr("give a point in China: rongcheng reverse --db PATH LON LAT"), 2);

  try {
    AddressIndexOptions options;
    options.layer = parser.value(layerOption);
    int shown = -1;
    const auto index = AddressIndex::open(parser.value(dbOption), options, [&shown](double fraction) {
      if (int(fraction * 100) != shown) {
        shown = int(fraction * 100);
        std::fprintf(stderr, "\r%s %3d%%",
                     ReverseCommand::tr("Building the address index").toUtf8().constData(), shown);
      }
    });
    if (shown >= 0)
      std::fputc('\n', stderr);
    const std::optional<GeocodeResult> nearest = index->reverse(point.lon, point.lat);
    if (!nearest)
      return fail(ReverseCommand::tr("the address database is empty"));
    std::fputs(QJsonDocument(toJson(*nearest)).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    return 0;
  } catch (const AddressIndexError &e) {
    return fail(e.message());
  }
}

} // namespace rc
