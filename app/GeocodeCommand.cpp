#include "CommandLine.h"

#include "domain/address/AddressIndex.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QStringDecoder>
#include <QtConcurrent/QtConcurrentMap>

#include <cmath>
#include <cstdio>
#include <map>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

/// The translation context of the geocode and reverse commands' messages.
struct GeocodeCommand
{
  Q_DECLARE_TR_FUNCTIONS(rc::GeocodeCommand)
};

/// A result at least this good counts as matched in a batch summary.
constexpr double kMatchedScore = 0.6;
/// A runner-up this close to the best makes the match ambiguous.
constexpr double kAmbiguousMargin = 0.02;
/// Rows geocoded between two progress updates (and handed to the thread pool at once).
constexpr int kBatchChunk = 256;

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

/// Reads a CSV file into rows of fields (RFC 4180: quoted fields may hold commas, quotes and line
/// breaks). UTF-8 with or without BOM; files that are not UTF-8 are read as GB18030, as Excel
/// writes Chinese CSV.
std::optional<std::vector<QStringList>> readCsv(const QString &path, QString *error)
{
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    *error = file.errorString();
    return std::nullopt;
  }
  const QByteArray bytes = file.readAll();
  QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
  QString text = utf8(bytes);
  if (utf8.hasError()) {
    QStringDecoder gb18030("GB18030");
    if (!gb18030.isValid()) {
      *error = GeocodeCommand::tr("the file is not UTF-8");
      return std::nullopt;
    }
    text = gb18030(bytes);
  }
  if (text.startsWith(QChar(0xFEFF)))
    text.remove(0, 1);

  std::vector<QStringList> rows;
  QStringList row;
  QString field;
  bool quoted = false;
  for (qsizetype i = 0; i < text.size(); ++i) {
    const QChar c = text[i];
    if (quoted) {
      if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
        field += u'"';
        ++i;
      } else if (c == u'"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == u'"') {
      quoted = true;
    } else if (c == u',') {
      row << field;
      field.clear();
    } else if (c == u'\n' || c == u'\r') {
      if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
        ++i;
      row << field;
      field.clear();
      rows.push_back(row);
      row.clear();
    } else {
      field += c;
    }
  }
  if (!field.isEmpty() || !row.isEmpty()) {
    row << field;
    rows.push_back(row);
  }
  return rows;
}

QString csvField(const QString &value)
{
  if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
    return value;
  QString quoted = value;
  quoted.replace(u"\""_s, u"\"\""_s);
  return u'"' + quoted + u'"';
}

enum class MatchStatus { Matched, Ambiguous, Unmatched };

MatchStatus classify(const std::vector<GeocodeResult> &results)
{
  if (results.empty() || results.front().score < kMatchedScore)
    return MatchStatus::Unmatched;
  if (results.size() > 1 && results[1].exact == results[0].exact &&
      results[1].score >= results[0].score - kAmbiguousMargin)
    return MatchStatus::Ambiguous;
  return MatchStatus::Matched;
}

QString statusKey(MatchStatus status)
{
  switch (status) {
  case MatchStatus::Matched:
    return u"matched"_s;
  case MatchStatus::Ambiguous:
    return u"ambiguous"_s;
  case MatchStatus::Unmatched:
    return u"unmatched"_s;
  }
  return {};
}

int runBatch(const AddressIndex &index, const QString &inPath, const QString &column, const QString &outPath)
{
  QString error;
  const std::optional<std::vector<QStringList>> rows = readCsv(inPath, &error);
  if (!rows)
    return fail(GeocodeCommand::tr("cannot read %1: %2").arg(inPath, error));
  if (rows->empty())
    return fail(GeocodeCommand::tr("%1 is empty").arg(inPath));
  const QStringList &header = rows->front();
  const qsizetype columnIndex = header.indexOf(column);
  if (columnIndex < 0)
    return fail(
        GeocodeCommand::tr("%1 has no column “%2” (columns: %3)").arg(inPath, column, header.join(u", "_s)),
        2);

  QFile out(outPath);
  if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
    return fail(GeocodeCommand::tr("cannot write %1: %2").arg(outPath, out.errorString()));
  // A BOM, so that Excel, which most operators open these in, reads the Chinese as UTF-8.
  out.write("\xEF\xBB\xBF");
  const QStringList added{u"rc_addr_code"_s, u"rc_full_address"_s,  u"rc_lon"_s,   u"rc_lat"_s,
                          u"rc_score"_s,     u"rc_matched_level"_s, u"rc_status"_s};
  QStringList outHeader;
  for (const QString &h : header)
    outHeader << csvField(h);
  for (const QString &h : added)
    outHeader << h;
  out.write(outHeader.join(u',').toUtf8() + "\r\n");

  const qsizetype total = qsizetype(rows->size()) - 1;
  std::map<MatchStatus, std::map<AddressLevel, qint64>> summary;
  QElapsedTimer timer;
  timer.start();
  ProgressBar bar(GeocodeCommand::tr("Geocoding"));
  for (qsizetype start = 1; start <= total; start += kBatchChunk) {
    const qsizetype end = std::min(total + 1, start + kBatchChunk);
    QStringList texts;
    for (qsizetype r = start; r < end; ++r)
      texts << (*rows)[std::size_t(r)].value(columnIndex);
    // AddressIndex::geocode is thread-safe: the pool's threads each borrow a connection.
    const QList<std::vector<GeocodeResult>> answers =
        QtConcurrent::blockingMapped(texts, [&index](const QString &text) {
          GeocodeOptions options;
          options.limit = 2;
          return index.geocode(text, options);
        });
    for (qsizetype r = start; r < end; ++r) {
      const std::vector<GeocodeResult> &results = answers[r - start];
      const MatchStatus status = classify(results);
      const GeocodeResult best = results.empty() ? GeocodeResult{} : results.front();
      ++summary[status][status == MatchStatus::Unmatched ? AddressLevel::None : best.matchedLevel];
      QStringList fields;
      for (const QString &f : (*rows)[std::size_t(r)])
        fields << csvField(f);
      while (fields.size() < header.size())
        fields << QString();
      const bool found = status != MatchStatus::Unmatched;
      fields << csvField(found ? best.addrCode : QString()) << csvField(found ? best.fullAddress : QString())
             << (found && std::isfinite(best.lon) ? QString::number(best.lon, 'f', 7) : QString())
             << (found && std::isfinite(best.lat) ? QString::number(best.lat, 'f', 7) : QString())
             << (results.empty() ? QString() : QString::number(best.score, 'f', 3))
             << (found ? levelKey(best.matchedLevel) : QString()) << statusKey(status);
      out.write(fields.join(u',').toUtf8() + "\r\n");
    }
    bar.update(double(end - 1) / double(total), u"%1/%2"_s.arg(end - 1).arg(total));
  }
  out.close();
  if (out.error() != QFileDevice::NoError)
    return fail(GeocodeCommand::tr("cannot write %1: %2").arg(outPath, out.errorString()));

  const double seconds = double(timer.elapsed()) / 1000.0;
  std::printf("\n%s\n", GeocodeCommand::tr("Geocoded %1 rows in %2 s (%3 rows/s) into %4")
                            .arg(total)
                            .arg(seconds, 0, 'f', 1)
                            .arg(seconds > 0 ? double(total) / seconds : 0.0, 0, 'f', 0)
                            .arg(outPath)
                            .toUtf8()
                            .constData());
  for (const MatchStatus status : {MatchStatus::Matched, MatchStatus::Ambiguous, MatchStatus::Unmatched}) {
    qint64 count = 0;
    for (const auto &[level, n] : summary[status])
      count += n;
    std::printf("  %-10s %8lld  %5.1f %%\n", statusKey(status).toUtf8().constData(), count,
                total > 0 ? 100.0 * double(count) / double(total) : 0.0);
    if (status == MatchStatus::Unmatched)
      continue;
    for (const auto &[level, n] : summary[status])
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
