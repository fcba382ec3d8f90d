#include "cli/CommandLine.h"

#include "address/AddressQuality.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

/// The translation context of the address-check command's messages.
struct AddressCheckCommand
{
  Q_DECLARE_TR_FUNCTIONS(rc::AddressCheckCommand)
};

/// Exit statuses: scripts tell a clean layer from one with findings from a failure.
constexpr int kClean = 0;
constexpr int kFindings = 1;
constexpr int kUsage = 2;
constexpr int kFailure = 3;

int fail(const QString &message, int status)
{
  std::fprintf(stderr, "rongcheng address-check: %s\n", message.toUtf8().constData());
  return status;
}

void printText(const QualityReport &report)
{
  const auto counts = report.counts();
  qint64 total = 0;
  for (const auto &[rule, count] : counts)
    total += count;
  std::printf("%s\n", AddressCheckCommand::tr("Address quality of %1 (layer %2): %3 addresses")
                          .arg(report.sourcePath, report.layer)
                          .arg(report.addressCount)
                          .toUtf8()
                          .constData());
  if (!report.communitiesChecked)
    std::printf("%s\n", AddressCheckCommand::tr("  (no community polygons: outside_community not checked)")
                            .toUtf8()
                            .constData());
  for (const QualityRule rule :
       {QualityRule::DuplicateCode, QualityRule::DuplicateText, QualityRule::OutsideCommunity,
        QualityRule::MissingLevel, QualityRule::HouseNumberSequence, QualityRule::CodeMismatch}) {
    const auto it = counts.find(rule);
    std::printf("  %-24s %8lld\n", ruleKey(rule).toUtf8().constData(), it == counts.end() ? 0LL : it->second);
  }
  std::printf("  %-24s %8lld\n", "total", total);
}

} // namespace

int runAddressCheckCommand(const QStringList &arguments)
{
  QCommandLineParser parser;
  const QCommandLineOption dbOption(u"db"_s, AddressCheckCommand::tr("Address source (GeoPackage, CSV ...)."),
                                    u"PATH"_s);
  const QCommandLineOption layerOption(
      u"layer"_s, AddressCheckCommand::tr("Address layer of the source (default: addresses)."), u"NAME"_s);
  const QCommandLineOption communitiesOption(
      u"communities"_s,
      AddressCheckCommand::tr("Source of the community polygons (default: the address source)."), u"PATH"_s);
  const QCommandLineOption communitiesLayerOption(
      u"communities-layer"_s,
      AddressCheckCommand::tr("Layer of the community polygons (default: communities)."), u"NAME"_s);
  const QCommandLineOption outOption(
      u"out"_s, AddressCheckCommand::tr("Write the findings to a GeoPackage layer or a CSV file."),
      u"findings.gpkg|findings.csv"_s);
  const QCommandLineOption jsonOption(
      u"json"_s, AddressCheckCommand::tr("Print the report as JSON, findings included."));
  parser.addOptions(
      {dbOption, layerOption, communitiesOption, communitiesLayerOption, outOption, jsonOption});
  if (!parser.parse(QStringList{u"rongcheng address-check"_s} + arguments))
    return fail(parser.errorText(), kUsage);
  if (!parser.isSet(dbOption))
    return fail(AddressCheckCommand::tr("give the address source: --db PATH"), kUsage);
  if (!parser.positionalArguments().isEmpty())
    return fail(AddressCheckCommand::tr("unexpected argument “%1”").arg(parser.positionalArguments().first()),
                kUsage);
  const QString out = parser.value(outOption);
  const QString suffix = QFileInfo(out).suffix().toLower();
  if (!out.isEmpty() && suffix != u"gpkg"_s && suffix != u"csv"_s)
    return fail(AddressCheckCommand::tr("--out must end in .gpkg or .csv"), kUsage);

  QualityOptions options;
  options.layer = parser.value(layerOption);
  options.communitiesPath = parser.value(communitiesOption);
  if (parser.isSet(communitiesLayerOption))
    options.communitiesLayer = parser.value(communitiesLayerOption);
  QualityReport report;
  try {
    int shown = -1;
    report = AddressQuality::check(parser.value(dbOption), options, [&shown](double fraction) {
      if (int(fraction * 100) != shown) {
        shown = int(fraction * 100);
        std::fprintf(stderr, "\r%s %3d%%", AddressCheckCommand::tr("Checking").toUtf8().constData(), shown);
      }
    });
    if (shown >= 0)
      std::fputc('\n', stderr);
    if (suffix == u"gpkg"_s)
      AddressQuality::writeGeoPackage(report, out);
  } catch (const AddressIndexError &e) {
    return fail(e.message(), kFailure);
  }
  QString error;
  if (suffix == u"csv"_s && !AddressQuality::writeCsv(report, out, &error))
    return fail(AddressCheckCommand::tr("cannot write %1: %2").arg(out, error), kFailure);

  if (parser.isSet(jsonOption)) {
    std::fputs(QJsonDocument(AddressQuality::toJson(report)).toJson(QJsonDocument::Indented).constData(),
               stdout);
  } else {
    printText(report);
    if (!out.isEmpty())
      std::printf("%s\n", AddressCheckCommand::tr("Findings written to %1").arg(out).toUtf8().constData());
  }
  return report.findings.empty() ? kClean : kFindings;
}

} // namespace rc
