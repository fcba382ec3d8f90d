#include "address/BatchGeocoder.h"

#include "address/AddressIndex.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QStringDecoder>
#include <QtConcurrent/QtConcurrentMap>

#include <cmath>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

/// A result at least this good counts as matched.
constexpr double kMatchedScore = 0.6;
/// A runner-up this close to the best makes the match ambiguous.
constexpr double kAmbiguousMargin = 0.02;
/// Rows geocoded between two progress reports (and handed to the thread pool at once).
constexpr int kChunk = 256;

/// Reads a CSV file into rows of fields (RFC 4180: quoted fields may hold commas, quotes and line
/// breaks).
std::vector<QStringList> readCsv(const QString &path)
{
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    throw BatchGeocodeError(BatchGeocodeError::Reason::Read,
                            BatchGeocoder::tr("cannot read %1: %2").arg(path, file.errorString()));
  const QByteArray bytes = file.readAll();
  QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
  QString text = utf8(bytes);
  if (utf8.hasError()) {
    QStringDecoder gb18030("GB18030");
    if (!gb18030.isValid())
      throw BatchGeocodeError(BatchGeocodeError::Reason::Read,
                              BatchGeocoder::tr("cannot read %1: the file is not UTF-8").arg(path));
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
  if (rows.empty())
    throw BatchGeocodeError(BatchGeocodeError::Reason::Read, BatchGeocoder::tr("%1 is empty").arg(path));
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

MatchStatus classify(const std::vector<GeocodeResult> &results)
{
  if (results.empty() || results.front().score < kMatchedScore)
    return MatchStatus::Unmatched;
  if (results.size() > 1 && results[1].exact == results[0].exact &&
      results[1].score >= results[0].score - kAmbiguousMargin)
    return MatchStatus::Ambiguous;
  return MatchStatus::Matched;
}

} // namespace

QString matchStatusKey(MatchStatus status)
{
  switch (status) {
  case MatchStatus::Matched:
    return u"matched"_s;
  case MatchStatus::Ambiguous:
    return u"ambiguous"_s;
  case MatchStatus::Unmatched:
    break;
  }
  return u"unmatched"_s;
}

qint64 BatchSummary::count(MatchStatus status) const
{
  qint64 total = 0;
  if (const auto it = byStatus.find(status); it != byStatus.end())
    for (const auto &[level, n] : it->second)
      total += n;
  return total;
}

BatchGeocodeError::BatchGeocodeError(Reason reason, const QString &message)
    : Error(Code::Data, message), m_reason(reason)
{}

QStringList BatchGeocoder::columns(const QString &csvPath)
{
  return readCsv(csvPath).front();
}

BatchSummary BatchGeocoder::run(const QString &inPath, const QString &column, const QString &outPath,
                                const Progress &progress, const std::atomic_bool *cancel) const
{
  const std::vector<QStringList> rows = readCsv(inPath);
  const QStringList &header = rows.front();
  const qsizetype columnIndex = header.indexOf(column);
  if (columnIndex < 0)
    throw BatchGeocodeError(
        BatchGeocodeError::Reason::Column,
        tr("%1 has no column “%2” (columns: %3)").arg(inPath, column, header.join(u", "_s)));

  QSaveFile out(outPath);
  if (!out.open(QIODevice::WriteOnly))
    throw BatchGeocodeError(BatchGeocodeError::Reason::Write,
                            tr("cannot write %1: %2").arg(outPath, out.errorString()));
  // A BOM, so that Excel, which most operators open these in, reads the Chinese as UTF-8.
  out.write("\xEF\xBB\xBF");
  QStringList outHeader;
  for (const QString &h : header)
    outHeader << csvField(h);
  outHeader << u"rc_addr_code"_s << u"rc_full_address"_s << u"rc_lon"_s << u"rc_lat"_s << u"rc_score"_s
            << u"rc_matched_level"_s << u"rc_status"_s;
  out.write(outHeader.join(u',').toUtf8() + "\r\n");

  BatchSummary summary;
  summary.rows = qsizetype(rows.size()) - 1;
  QElapsedTimer timer;
  timer.start();
  for (qsizetype start = 1; start <= summary.rows; start += kChunk) {
    if (cancel && *cancel)
      throw BatchGeocodeError(BatchGeocodeError::Reason::Cancelled, tr("Geocoding was cancelled."));
    const qsizetype end = std::min(summary.rows + 1, start + kChunk);
    QStringList texts;
    for (qsizetype r = start; r < end; ++r)
      texts << rows[std::size_t(r)].value(columnIndex);
    // AddressIndex::geocode is thread-safe: the pool's threads each borrow a connection.
    const QList<std::vector<GeocodeResult>> answers =
        QtConcurrent::blockingMapped(texts, [this](const QString &text) {
          GeocodeOptions options;
          options.limit = 2;
          return m_index.geocode(text, options);
        });
    for (qsizetype r = start; r < end; ++r) {
      const std::vector<GeocodeResult> &results = answers[r - start];
      const MatchStatus status = classify(results);
      const GeocodeResult best = results.empty() ? GeocodeResult{} : results.front();
      ++summary.byStatus[status][status == MatchStatus::Unmatched ? AddressLevel::None : best.matchedLevel];
      QStringList fields;
      for (const QString &f : rows[std::size_t(r)])
        fields << csvField(f);
      while (fields.size() < header.size())
        fields << QString();
      const bool found = status != MatchStatus::Unmatched;
      fields << csvField(found ? best.addrCode : QString()) << csvField(found ? best.fullAddress : QString())
             << (found && std::isfinite(best.lon) ? QString::number(best.lon, 'f', 7) : QString())
             << (found && std::isfinite(best.lat) ? QString::number(best.lat, 'f', 7) : QString())
             << (results.empty() ? QString() : QString::number(best.score, 'f', 3))
             << (found ? levelKey(best.matchedLevel) : QString()) << matchStatusKey(status);
      out.write(fields.join(u',').toUtf8() + "\r\n");
    }
    if (progress)
      progress(end - 1, summary.rows);
  }
  if (!out.commit())
    throw BatchGeocodeError(BatchGeocodeError::Reason::Write,
                            tr("cannot write %1: %2").arg(outPath, out.errorString()));
  summary.seconds = double(timer.elapsed()) / 1000.0;
  return summary;
}

} // namespace rc
