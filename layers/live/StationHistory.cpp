#include "live/StationHistory.h"

#include "base/Sqlite.h"
#include "data/FeatureStore.h"
#include "live/ReadingStore.h"

#include <QFileInfo>
#include <QMap>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace rc {

namespace {

constexpr qint64 kHourMs = 3600 * 1000;
/// More points than this are thinned to the minimum and maximum per bucket: a line of a month of
/// five-minute readings would take longer to paint than it shows.
constexpr qsizetype kMaximumPoints = 2000;

QString levelColumn(HydroTable table)
{
  switch (table) {
  case HydroTable::River:
    return u"z"_s;
  case HydroTable::Reservoir:
    return u"rz"_s;
  case HydroTable::Tide:
    return u"tdz"_s;
  case HydroTable::Rainfall:
    break;
  }
  return u"drp"_s;
}

/// Keeps the first and last point and, per bucket, the lowest and highest in time order, so peaks
/// above a warning level survive thinning.
QList<QPointF> thinned(const QList<QPointF> &points)
{
  if (points.size() <= kMaximumPoints)
    return points;
  const qsizetype buckets = kMaximumPoints / 2;
  const double x0 = points.front().x(), span = points.back().x() - x0;
  QList<QPointF> result;
  result.reserve(kMaximumPoints + 2);
  qsizetype i = 0;
  for (qsizetype b = 0; b < buckets && i < points.size(); ++b) {
    const double bucketEnd = x0 + span * double(b + 1) / double(buckets);
    qsizetype low = i, high = i;
    for (; i < points.size() && (points[i].x() <= bucketEnd || b == buckets - 1); ++i) {
      if (points[i].y() < points[low].y())
        low = i;
      if (points[i].y() > points[high].y())
        high = i;
    }
    if (low == high)
      result.append(points[low]);
    else
      result << points[std::min(low, high)] << points[std::max(low, high)];
  }
  return result;
}

} // namespace

void StationSeries::slideTo(qint64 ms)
{
  if (ms <= to.toMSecsSinceEpoch())
    return;
  const qint64 length = to.toMSecsSinceEpoch() - from.toMSecsSinceEpoch();
  to = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
  from = QDateTime::fromMSecsSinceEpoch(ms - length, Qt::UTC);
  const double first = double(ms - length);
  const auto dropOld = [first](QList<QPointF> &points) {
    const auto keep =
        std::find_if(points.begin(), points.end(), [first](const QPointF &p) { return p.x() >= first; });
    points.erase(points.begin(), keep);
  };
  dropOld(level);
  dropOld(rainfall);
  for (PollutantSeries &p : pollutants)
    dropOld(p.values);
  if (!floodLimit.isEmpty()) {
    dropOld(floodLimit);
    // The season's limit holds on to the new end; a season change is picked up by the next query.
    if (floodLimit.isEmpty())
      return;
    floodLimit.back().setX(double(ms));
  }
}

StationSeries::Change StationSeries::append(const HydroReading &reading, bool follow)
{
  if (station.kind != StationRef::Kind::Hydro || reading.stcd != station.code || !reading.tm.isValid())
    return Change::None;
  const qint64 ms = reading.tm.toMSecsSinceEpoch();
  if (ms > to.toMSecsSinceEpoch() && !follow)
    return Change::None;
  if (reading.table == HydroTable::Rainfall) {
    if (!reading.drp)
      return Change::None;
    const double hourEnd = double((ms + kHourMs - 1) / kHourMs * kHourMs);
    if (!rainfall.isEmpty() && hourEnd < rainfall.back().x())
      return Change::None;
    if (follow)
      slideTo(ms);
    if (!rainfall.isEmpty() && rainfall.back().x() == hourEnd)
      rainfall.back().ry() += *reading.drp;
    else
      rainfall.append(QPointF(hourEnd, *reading.drp));
    return Change::Rainfall;
  }
  const std::optional<double> value = reading.table == HydroTable::River       ? reading.z
                                      : reading.table == HydroTable::Reservoir ? reading.rz
                                                                               : reading.tdz;
  if (!value || (!level.isEmpty() && reading.table != levelTable) ||
      (!level.isEmpty() && double(ms) <= level.back().x()))
    return Change::None;
  if (follow)
    slideTo(ms);
  levelTable = reading.table;
  level.append(QPointF(double(ms), *value));
  return Change::Level;
}

StationSeries::Change StationSeries::append(const PollutantReading &reading, bool follow)
{
  const std::optional<double> value = reading.value();
  if (station.kind == StationRef::Kind::Hydro || !value || !reading.tm.isValid())
    return Change::None;
  const qint64 ms = reading.tm.toMSecsSinceEpoch();
  if (ms > to.toMSecsSinceEpoch() && !follow)
    return Change::None;
  for (PollutantSeries &series : pollutants) {
    if (series.mn != reading.mn || series.code != reading.code)
      continue;
    // One data kind per line: real-time values and hourly averages do not belong on one curve.
    if ((series.cn != 0 && series.cn != reading.cn) ||
        (!series.values.isEmpty() && double(ms) <= series.values.back().x()))
      return Change::None;
    if (follow)
      slideTo(ms);
    series.cn = reading.cn;
    series.values.append(QPointF(double(ms), *value));
    return Change::Pollutant;
  }
  return Change::None;
}

std::optional<StationRef> StationRef::fromFeature(const FeatureStore &store, std::size_t feature)
{
  const auto text = [&](const QString &field) {
    const int index = store.fieldIndex(field);
    return index < 0 ? QString() : store.text(feature, index).trimmed();
  };
  if (const QString stcd = text(u"stcd"_s); !stcd.isEmpty())
    return StationRef{Kind::Hydro, stcd, text(u"stnm"_s)};
  if (const QString mn = text(u"mn"_s); !mn.isEmpty())
    return StationRef{Kind::MonitoringPoint, mn, text(u"name"_s)};
  // Enterprises carry a USCC; their monitoring points name them by the enterprise name.
  if (!text(u"uscc"_s).isEmpty() && !text(u"name"_s).isEmpty())
    return StationRef{Kind::Enterprise, text(u"name"_s), text(u"name"_s)};
  return std::nullopt;
}

/// One read-only connection to one source, on the thread that made it. The two sources differ only
/// in how TM is written: ISO UTC in the GeoPackage, Beijing "yyyy-MM-dd HH:mm:ss" in the store.
class StationHistory::Reader
{
  Q_DECLARE_TR_FUNCTIONS(rc::StationHistory)

public:
  enum class Flavour { GeoPackage, Store };

  Reader(const QString &path, Flavour flavour)
  try : m_db(path, sqlite::Database::Mode::ReadOnly), m_path(path), m_flavour(flavour) {
    // The live writer may hold the store's lock for a moment.
    m_db.setBusyTimeout(5s);
    try {
      for (const QString &table : m_db.tables())
        m_tables.insert(table.toLower());
    } catch (const sqlite::Error &) {
      // A file that is not a database holds no history tables: it adds nothing to a chart.
    }
  } catch (const sqlite::Error &e) {
    throw Error(Error::Code::Storage, tr("%1: cannot open the history: %2").arg(path, e.detail()));
  }

  [[nodiscard]] bool hasTable(const QString &name) const { return m_tables.contains(name.toLower()); }

  [[nodiscard]] QString timeText(const QDateTime &time) const
  {
    if (m_flavour == Flavour::Store)
      return sl323TimeText(time);
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
  }
  [[nodiscard]] qint64 msecs(const QString &text) const
  {
    const QDateTime time =
        m_flavour == Flavour::Store ? sl323Time(text) : QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
  }

  /// Runs `sql` with `values` bound to its `?` in order and hands each row to `row`.
  template<typename Row, typename... Values>
  void forEachRow(const QString &sql, Row &&row, const Values &...values) const
  {
    try {
      sqlite::Statement select(m_db, sql);
      int index = 0;
      (select.bind(++index, values), ...);
      while (select.step())
        row(select);
    } catch (const sqlite::Error &e) {
      throw Error(Error::Code::Storage, tr("%1: cannot read the history: %2").arg(m_path, e.detail()));
    }
  }

  /// (ms, value) of one column of one station's rows in [from, to], oldest first, into `into`.
  void readSeries(const QString &table, const QString &column, const QString &key, const QString &code,
                  const QDateTime &from, const QDateTime &to, QMap<qint64, double> &into) const
  {
    if (!hasTable(table))
      return;
    forEachRow(
        u"SELECT tm, %1 FROM %2 WHERE %3 = ? AND tm BETWEEN ? AND ? AND %1 IS NOT NULL"_s.arg(column, table,
                                                                                              key),
        [&](const sqlite::Statement &row) {
          const qint64 ms = msecs(row.text(0));
          if (ms != std::numeric_limits<qint64>::min())
            into.insert(ms, row.real(1));
        },
        code, timeText(from), timeText(to));
  }

  [[nodiscard]] std::optional<qint64> latest(const QString &table, const QString &key,
                                             const QString &code) const
  {
    if (!hasTable(table))
      return std::nullopt;
    const std::optional<qint64> ms = newest(u"SELECT max(tm) FROM %1 WHERE %2 = ?"_s.arg(table, key), code);
    return ms == std::numeric_limits<qint64>::min() ? std::nullopt : ms;
  }

  [[nodiscard]] std::pair<std::optional<qint64>, std::optional<qint64>> range(const QString &table) const
  {
    if (!hasTable(table))
      return {};
    std::pair<std::optional<qint64>, std::optional<qint64>> found;
    forEachRow(u"SELECT min(tm), max(tm) FROM %1"_s.arg(table), [&](const sqlite::Statement &row) {
      if (!row.isNull(0))
        found = {msecs(row.text(0)), msecs(row.text(1))};
    });
    return found;
  }

  /// The pollutant's values of data kind `cn`, or when that is 0 of the finest kind present in the
  /// window (real-time values when there are any, else minute, hourly or daily averages), which
  /// `cn` is then set to.
  void readPollutant(const QString &mn, const QString &code, const QDateTime &from, const QDateTime &to,
                     int &cn, QMap<qint64, double> &into) const
  {
    if (!hasTable(u"pollutant_r"_s))
      return;
    QList<int> present;
    forEachRow(
        u"SELECT DISTINCT cn FROM pollutant_r WHERE mn = ? AND code = ? AND tm BETWEEN ? AND ?"_s,
        [&](const sqlite::Statement &row) { present.append(int(row.integer(0))); }, mn, code, timeText(from),
        timeText(to));
    for (int preferred :
         {hj212::cn::kRealTimeData, hj212::cn::kMinuteData, hj212::cn::kHourlyData, hj212::cn::kDailyData})
      if (cn == 0 && present.contains(preferred)) {
        cn = preferred;
        break;
      }
    if (cn == 0)
      return;
    forEachRow(
        u"SELECT tm, coalesce(rtd, avg) FROM pollutant_r WHERE mn = ? AND code = ? AND cn = ?"
        " AND tm BETWEEN ? AND ? AND coalesce(rtd, avg) IS NOT NULL"_s,
        [&](const sqlite::Statement &row) { into.insert(msecs(row.text(0)), row.real(1)); }, mn, code, cn,
        timeText(from), timeText(to));
  }

  [[nodiscard]] std::optional<qint64> latestPollutant(const QString &mn) const
  {
    if (!hasTable(u"pollutant_r"_s))
      return std::nullopt;
    return newest(u"SELECT max(tm) FROM pollutant_r WHERE mn = ?"_s, mn);
  }

  /// Each station's newest row in (from, to]: SQLite gives the bare columns of the max() row.
  void readStates(HydroTable table, const QDateTime &from, const QDateTime &to,
                  QHash<QString, std::pair<qint64, double>> &into) const
  {
    const QString name = sl323TableName(table).toLower();
    if (!hasTable(name))
      return;
    forEachRow(
        u"SELECT stcd, max(tm), %1 FROM %2 WHERE tm > ? AND tm <= ? AND %1 IS NOT NULL"
        " GROUP BY stcd"_s.arg(levelColumn(table), name),
        [&](const sqlite::Statement &row) {
          const qint64 ms = msecs(row.text(1));
          const QString stcd = row.text(0);
          const auto it = into.constFind(stcd);
          if (it == into.constEnd() || it->first <= ms)
            into.insert(stcd, {ms, row.real(2)});
        },
        timeText(from), timeText(to));
  }

private:
  /// The time of `sql`'s one value (a max(tm) of `code`'s rows), nullopt without rows.
  [[nodiscard]] std::optional<qint64> newest(const QString &sql, const QString &code) const
  {
    std::optional<qint64> ms;
    forEachRow(
        sql,
        [&](const sqlite::Statement &row) {
          if (!row.isNull(0))
            ms = msecs(row.text(0));
        },
        code);
    return ms;
  }

  sqlite::Database m_db;
  QString m_path;
  Flavour m_flavour;
  QSet<QString> m_tables; ///< lower case
};

StationHistory::StationHistory(HistorySources sources) : m_sources(std::move(sources)) {}

std::vector<std::unique_ptr<StationHistory::Reader>> StationHistory::openReaders() const
{
  std::vector<std::unique_ptr<Reader>> readers;
  if (!m_sources.geoPackage.isEmpty())
    readers.push_back(std::make_unique<Reader>(m_sources.geoPackage, Reader::Flavour::GeoPackage));
  // The store appears when the live side first starts; until then there is nothing in it.
  if (!m_sources.readings.isEmpty() && QFileInfo::exists(m_sources.readings))
    readers.push_back(std::make_unique<Reader>(m_sources.readings, Reader::Flavour::Store));
  return readers;
}

namespace {

QList<QPointF> points(const QMap<qint64, double> &values)
{
  QList<QPointF> list;
  list.reserve(values.size());
  for (auto it = values.cbegin(); it != values.cend(); ++it)
    list.append(QPointF(double(it.key()), it.value()));
  return list;
}

QDate beijingDate(qint64 ms)
{
  return QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, 8 * 3600).date();
}

} // namespace

StationSeries StationHistory::series(const StationRef &station, const HistoryWindow &window) const
{
  const auto readers = openReaders();
  const StationCatalog *catalog = m_sources.catalog.get();
  StationSeries result;
  result.station = station;

  // Which monitoring points and pollutants an ecology chart covers.
  QList<const MonitoringPoint *> points;
  if (catalog && station.kind == StationRef::Kind::MonitoringPoint) {
    if (const MonitoringPoint *point = catalog->monitoringPoint(station.code))
      points.append(point);
  } else if (catalog && station.kind == StationRef::Kind::Enterprise) {
    for (const MonitoringPoint *point : catalog->monitoringPoints())
      if (point->enterprise == station.code)
        points.append(point);
  }

  std::optional<qint64> end;
  if (window.end) {
    end = window.end->toMSecsSinceEpoch();
  } else {
    for (const auto &reader : readers) {
      const auto newer = [&](std::optional<qint64> ms) {
        if (ms && (!end || *ms > *end))
          end = ms;
      };
      if (station.kind == StationRef::Kind::Hydro) {
        for (HydroTable table :
             {HydroTable::River, HydroTable::Reservoir, HydroTable::Rainfall, HydroTable::Tide})
          newer(reader->latest(sl323TableName(table).toLower(), u"stcd"_s, station.code));
      } else {
        for (const MonitoringPoint *point : points)
          newer(reader->latestPollutant(point->mn));
      }
    }
  }
  result.to = end ? QDateTime::fromMSecsSinceEpoch(*end, Qt::UTC) : QDateTime::currentDateTimeUtc();
  result.from = result.to.addSecs(-std::chrono::duration_cast<std::chrono::seconds>(window.length).count());

  if (station.kind != StationRef::Kind::Hydro) {
    for (const MonitoringPoint *point : points) {
      const QStringList codes =
          point->pollutants.isEmpty() ? QStringList(point->limits.keys()) : point->pollutants;
      for (const QString &code : codes) {
        QMap<qint64, double> values;
        int cn = 0;
        for (const auto &reader : readers)
          reader->readPollutant(point->mn, code, result.from, result.to, cn, values);
        result.pollutants.append(
            {point->mn, code, thinned(::rc::points(values)),
             point->limits.contains(code) ? std::optional(point->limits.value(code)) : std::nullopt, cn});
      }
    }
    return result;
  }

  const HydroStation *meta = catalog ? catalog->station(station.code) : nullptr;
  if (meta) {
    result.sttp = meta->sttp;
    result.wrz = meta->wrz;
    result.grz = meta->grz;
    if (result.station.name.isEmpty())
      result.station.name = meta->stnm;
  }
  for (HydroTable table : {HydroTable::River, HydroTable::Reservoir, HydroTable::Tide}) {
    QMap<qint64, double> values;
    for (const auto &reader : readers)
      reader->readSeries(sl323TableName(table).toLower(), levelColumn(table), u"stcd"_s, station.code,
                         result.from, result.to, values);
    if (!values.isEmpty()) {
      result.levelTable = table;
      result.level = thinned(::rc::points(values));
      break;
    }
  }
  if (result.level.isEmpty() && result.sttp == u"RR"_s)
    result.levelTable = HydroTable::Reservoir;
  else if (result.level.isEmpty() && result.sttp == u"TT"_s)
    result.levelTable = HydroTable::Tide;

  QMap<qint64, double> rain;
  for (const auto &reader : readers)
    reader->readSeries(u"st_pptn_r"_s, u"drp"_s, u"stcd"_s, station.code, result.from, result.to, rain);
  // SL 323 stores a period's rain at its end; an hour's bar sums the periods ending within it.
  QMap<qint64, double> hourly;
  for (auto it = rain.cbegin(); it != rain.cend(); ++it)
    hourly[(it.key() + kHourMs - 1) / kHourMs * kHourMs] += it.value();
  result.rainfall = ::rc::points(hourly);

  if (meta && !meta->floodLimits.isEmpty()) {
    // A step line: one point an hour where the season's limit applies, a vertical step between seasons.
    const qint64 first = result.from.toMSecsSinceEpoch(), last = result.to.toMSecsSinceEpoch();
    std::optional<double> previous;
    for (qint64 ms = first;; ms = std::min(ms + kHourMs, last)) {
      const auto limit = meta->floodLimitOn(beijingDate(ms));
      if (limit && previous && *limit != *previous)
        result.floodLimit.append(QPointF(double(ms), *previous));
      if (limit && (!previous || *limit != *previous || ms == last))
        result.floodLimit.append(QPointF(double(ms), *limit));
      previous = limit;
      if (ms == last)
        break;
    }
  }
  return result;
}

QList<StationState> StationHistory::statesAt(const QDateTime &time, std::chrono::hours lookBack) const
{
  const auto readers = openReaders();
  const QDateTime from = time.addSecs(-std::chrono::duration_cast<std::chrono::seconds>(lookBack).count());
  QHash<QString, std::pair<qint64, double>> newest;
  QHash<QString, HydroTable> tableOf;
  for (HydroTable table : {HydroTable::River, HydroTable::Reservoir, HydroTable::Tide}) {
    QHash<QString, std::pair<qint64, double>> found;
    for (const auto &reader : readers)
      reader->readStates(table, from, time, found);
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
      newest.insert(it.key(), it.value());
      tableOf.insert(it.key(), table);
    }
  }

  QList<StationState> states;
  const auto add = [&](const QString &stcd, const HydroStation *meta) {
    StationState s;
    s.stcd = stcd;
    const auto it = newest.constFind(stcd);
    if (it != newest.constEnd()) {
      s.tm = QDateTime::fromMSecsSinceEpoch(it->first, Qt::UTC);
      s.z = it->second;
    }
    if (meta && tableOf.value(stcd) == HydroTable::Reservoir)
      s.wrz = meta->floodLimitOn(beijingDate(time.toMSecsSinceEpoch()));
    else if (meta) {
      s.wrz = meta->wrz;
      s.grz = meta->grz;
    }
    if (s.z)
      s.state = levelState(*s.z, s.wrz, s.grz);
    states.append(s);
  };
  if (m_sources.catalog) {
    // Every known station, so that one whose readings stop goes back to unknown on the map.
    for (const HydroStation *meta : m_sources.catalog->stations())
      add(meta->stcd, meta);
    for (auto it = newest.cbegin(); it != newest.cend(); ++it)
      if (!m_sources.catalog->station(it.key()))
        add(it.key(), nullptr);
  } else {
    for (auto it = newest.cbegin(); it != newest.cend(); ++it)
      add(it.key(), nullptr);
  }
  return states;
}

std::pair<QDateTime, QDateTime> StationHistory::timeRange() const
{
  const auto readers = openReaders();
  std::optional<qint64> first, last;
  for (const auto &reader : readers)
    for (HydroTable table : {HydroTable::River, HydroTable::Reservoir, HydroTable::Tide}) {
      const auto [low, high] = reader->range(sl323TableName(table).toLower());
      if (low && (!first || *low < *first))
        first = low;
      if (high && (!last || *high > *last))
        last = high;
    }
  if (!first || !last)
    return {};
  return {QDateTime::fromMSecsSinceEpoch(*first, Qt::UTC), QDateTime::fromMSecsSinceEpoch(*last, Qt::UTC)};
}

} // namespace rc
