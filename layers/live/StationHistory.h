#pragma once

#include "live/LevelState.h"
#include "live/Readings.h"
#include "live/StationCatalog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPointF>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

namespace rc {

class FeatureStore;

/// Which station or monitoring source a chart is about: an SL 323 station (STCD), an HJ 212
/// monitoring point (MN) or an enterprise (its name, which its monitoring points carry).
struct StationRef
{
  enum class Kind { Hydro, MonitoringPoint, Enterprise };

  Kind kind = Kind::Hydro;
  QString code;
  QString name; ///< for titles; may be empty

  /// The station a map feature stands for, from its stcd, mn or (enterprise) uscc+name fields;
  /// nullopt for features of other layers.
  [[nodiscard]] static std::optional<StationRef> fromFeature(const FeatureStore &store, std::size_t feature);
  friend bool operator==(const StationRef &a, const StationRef &b)
  {
    return a.kind == b.kind && a.code == b.code;
  }
};

/// A time window of a chart: its length and where it ends (nullopt: at the station's newest reading).
struct HistoryWindow
{
  std::chrono::hours length{24 * 7};
  std::optional<QDateTime> end;
};

/// One pollutant of one monitoring point over a window, with its limit. x in ms since the epoch.
struct PollutantSeries
{
  QString mn, code;
  QList<QPointF> values;
  std::optional<PollutantLimit> limit;
  int cn = 0; ///< the HJ 212 data kind of `values` (real-time, minute, hourly …); 0 while empty
};

/// Everything a station chart shows for one window. Points are (ms since the epoch UTC, value),
/// oldest first. A plain value, built on a worker and handed to the GUI thread.
struct StationSeries
{
  StationRef station;
  QString sttp; ///< SL 323 station type (ZQ, ZZ, RR, PP, TT, …); empty for pollutants
  QDateTime from, to;
  HydroTable levelTable = HydroTable::River; ///< which of Z, RZ or TDZ `level` holds
  QList<QPointF> level;
  QList<QPointF> rainfall; ///< hourly totals in mm, x at the end of the hour
  std::optional<double> wrz, grz;
  QList<QPointF> floodLimit; ///< FSLTDZ as a step line across the window (reservoirs in season)
  QList<PollutantSeries> pollutants;

  /// What a live reading changed.
  enum class Change { None, Level, Rainfall, Pollutant };
  /// Adds a live reading of this station that is newer than what the series holds (older ones
  /// are in the history already and are ignored). With `follow` the window moves on to the
  /// reading and points that fall out of it are dropped; otherwise readings past the window's end
  /// are ignored.
  Change append(const HydroReading &reading, bool follow);
  Change append(const PollutantReading &reading, bool follow);

private:
  /// Moves the window so it ends at `ms` when that is later, keeping its length.
  void slideTo(qint64 ms);
};

/// Where history is read from: the demo city's GeoPackage (SL 323 tables as the generator writes
/// them, TM as ISO UTC) and/or the live readings store (ReadingStore's tables, TM Beijing time).
/// Either may be empty. The catalog gives thresholds and names.
struct HistorySources
{
  QString geoPackage;
  QString readings;
  std::shared_ptr<const StationCatalog> catalog;
};

/// A station's level at one moment of the replay: its newest reading at or before that time.
struct StationState
{
  QString stcd;
  QDateTime tm;
  std::optional<double> z;         ///< Z, RZ or TDZ
  std::optional<double> wrz, grz;  ///< for a reservoir: grz empty, wrz the flood limit in season
  std::optional<LevelState> state; ///< nullopt without a level reading in the look-back
};

/// Reads station series and station states from the history sources. Every call opens its own
/// read-only connections, so it may run on any worker thread (QtConcurrent); none of it may run
/// on the GUI thread. Throws Error(Storage) when a source cannot be read.
class StationHistory
{
  Q_DECLARE_TR_FUNCTIONS(rc::StationHistory)

public:
  explicit StationHistory(HistorySources sources);

  /// The station's readings in the window; the two sources are merged (the store wins a tie).
  [[nodiscard]] StationSeries series(const StationRef &station, const HistoryWindow &window) const;
  /// Every station's newest level reading in (time - lookBack, time].
  [[nodiscard]] QList<StationState> statesAt(const QDateTime &time, std::chrono::hours lookBack) const;
  /// First and last TM over the level tables of the sources; invalid times when there are none.
  [[nodiscard]] std::pair<QDateTime, QDateTime> timeRange() const;

private:
  class Reader;
  /// The readers of the sources that exist, the GeoPackage first so that the store wins a tie.
  [[nodiscard]] std::vector<std::unique_ptr<Reader>> openReaders() const;

  HistorySources m_sources;
};

} // namespace rc
