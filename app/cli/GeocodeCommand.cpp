#include "cli/CommandLine.h"

#include "address/AddressIndex.h"
#include "address/BatchGeocoder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

/// The translation context of the geocode and reverse commands' messages.
struct GeocodeCommand
{
  Q_DECLARE_TR_FUNCTIONS(rc::GeocodeCommand)
};

int fail(const QString &message, int status = 1)
{
  std::fprintf(stderr, "rongcheng geocode: %s\n", message.toUtf8().constData());
  return status;
}

/// A one-line progress bar on stderr, redrawn only when the percentage changes.
class ProgressBar
{
public:
  explicit ProgressBar(QString label) : m_label(std::move(label)) {}
  ~ProgressBar()
  {
    if (m_shown)
      std::fputc('\n', stderr);
  }
  ProgressBar(const ProgressBar &) = delete;
  ProgressBar &operator=(const ProgressBar &) = delete;

  void update(double fraction, const QString &detail = {})
  {
    constexpr int kWidth = 30;
    const int percent = std::clamp(int(fraction * 100), 0, 100);
    if (percent == m_percent && detail.isEmpty())
      return;
    m_percent = percent;
    m_shown = true;
    const int filled = percent * kWidth / 100;
    const QString bar = QString(filled, u'#') + QString(kWidth - filled, u' ');
    std::fprintf(stderr, "\r%s [%s] %3d%% %s", m_label.toUtf8().constData(), bar.toUtf8().constData(),
                 percent, detail.toUtf8().constData());
    std::fflush(stderr);
  }

private:
  QString m_label;
  int m_percent = -1;
  bool m_shown = false;
};

int runBatch(const AddressIndex &index, const QString &inPath, const QString &column, const QString &outPath)
{
  BatchSummary summary;
  try {
    ProgressBar bar(GeocodeCommand::tr("Geocoding"));
    summary = BatchGeocoder(index).run(inPath, column, outPath, [&bar](qint64 done, qint64 total) {
      bar.update(total > 0 ? double(done) / double(total) : 1.0, u"%1/%2"_s.arg(done).arg(total));
    });
  } catch (const BatchGeocodeError &e) {
    return fail(e.message(), e.reason() == BatchGeocodeError::Reason::Column ? 2 : 1);
  }
  std::printf("\n%s\n",
              GeocodeCommand::tr("Geocoded %1 rows in %2 s (%3 rows/s) into %4")
                  .arg(summary.rows)
                  .arg(summary.seconds, 0, 'f', 1)
                  .arg(summary.seconds > 0 ? double(summary.rows) / summary.seconds : 0.0, 0, 'f', 0)
                  .arg(outPath)
                  .toUtf8()
                  .constData());
  for (const MatchStatus status : {MatchStatus::Matched, MatchStatus::Ambiguous, MatchStatus::Unmatched}) {
    const qint64 count = summary.count(status);
    std::printf("  %-10s %8lld  %5.1f %%\n", matchStatusKey(status).toUtf8().constData(), count,
                summary.rows > 0 ? 100.0 * double(count) / double(summary.rows) : 0.0);
    if (status == MatchStatus::Unmatched)
      continue;
    for (const auto &[level, n] : summary.byStatus[status])
      std::printf("    %-10s %8lld\n", levelKey(level).toUtf8().constData(), n);
  }
  return 0;
}

/// Opens the address index named on the command line: the index itself, or a source whose index
/// is built (with a progress bar) or reused.
std::shared_ptr<const AddressIndex> openIndex(const QString &path, const QString &layer,
                                              const QString &aliases)
{
  AddressIndexOptions options;
  options.layer = layer;
  options.aliasesPath = aliases;
  ProgressBar bar(GeocodeCommand::tr("Building the address index"));
  return AddressIndex::open(path, options, [&bar](double fraction) { bar.update(fraction); });
}

} // namespace

int runGeocodeCommand(const QStringList &arguments)
{
  QCommandLineParser parser;
  const QCommandLineOption dbOption(
      u"db"_s, GeocodeCommand::tr("Address source (GeoPackage, CSV ...) or its index."), u"PATH"_s);
  const QCommandLineOption layerOption(
      u"layer"_s, GeocodeCommand::tr("Address layer of the source (default: addresses)."), u"NAME"_s);
  const QCommandLineOption aliasesOption(u"aliases"_s, GeocodeCommand::tr("CSV of alias,name nicknames."),
                                         u"CSV"_s);
  const QCommandLineOption limitOption(u"limit"_s, GeocodeCommand::tr("Matches to print (default 5)."),
                                       u"N"_s, u"5"_s);
  const QCommandLineOption prefixOption(
      u"prefix"_s, GeocodeCommand::tr("Treat the text as still being typed (search as you type)."));
  const QCommandLineOption batchOption(u"batch"_s, GeocodeCommand::tr("Geocode a CSV file."), u"in.csv"_s);
  const QCommandLineOption columnOption(
      u"column"_s, GeocodeCommand::tr("The CSV column holding the address text."), u"COL"_s);
  const QCommandLineOption outOption(u"out"_s, GeocodeCommand::tr("Where to write the geocoded CSV."),
                                     u"out.csv"_s);
  parser.addOptions({dbOption, layerOption, aliasesOption, limitOption, prefixOption, batchOption,
                     columnOption, outOption});
  if (!parser.parse(QStringList{u"rongcheng geocode"_s} + arguments))
    return fail(parser.errorText(), 2);
  if (!parser.isSet(dbOption))
    return fail(GeocodeCommand::tr("give the address database: --db PATH"), 2);
  const bool batch = parser.isSet(batchOption);
  if (batch && (!parser.isSet(columnOption) || !parser.isSet(outOption)))
    return fail(GeocodeCommand::tr("a batch needs --column COL and --out out.csv"), 2);
  if (!batch && parser.positionalArguments().isEmpty())
    return fail(GeocodeCommand::tr("give the text to geocode, or --batch in.csv"), 2);
  bool ok = false;
  const int limit = parser.value(limitOption).toInt(&ok);
  if (!ok || limit <= 0)
    return fail(
        GeocodeCommand::tr("invalid --limit “%1”; expected a positive count").arg(parser.value(limitOption)),
        2);

  try {
    const auto index =
        openIndex(parser.value(dbOption), parser.value(layerOption), parser.value(aliasesOption));
    if (batch)
      return runBatch(*index, parser.value(batchOption), parser.value(columnOption), parser.value(outOption));
    GeocodeOptions options;
    options.limit = limit;
    options.prefix = parser.isSet(prefixOption);
    const std::vector<GeocodeResult> results =
        index->geocode(parser.positionalArguments().join(u' '), options);
    for (const GeocodeResult &r : results) {
      std::fputs(QJsonDocument(toJson(r)).toJson(QJsonDocument::Compact).constData(), stdout);
      std::fputc('\n', stdout);
    }
    return results.empty() ? 1 : 0;
  } catch (const AddressIndexError &e) {
    return fail(e.message());
  }
}

} // namespace rc
