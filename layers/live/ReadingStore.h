#pragma once

#include "base/Sqlite.h"
#include "live/Readings.h"

#include <span>

namespace rc {

/// The live readings database: the SL 323 real-time tables ST_RIVER_R, ST_RSVR_R, ST_PPTN_R and
/// ST_TIDE_R (key STCD+TM, TM as Beijing time "yyyy-MM-dd HH:mm:ss" like the standard's DATETIME)
/// and POLLUTANT_R for HJ 212 values (key MN+CODE+CN+TM). SQLite in WAL mode; each insert() is one
/// transaction, so a batch is stored whole or not at all; a reading sent twice replaces the first.
/// Owned by the ReadingWriter on its thread for writing; a history view opens its own for reading
/// (WAL lets readers and the writer work at once). Used only on the thread that created it.
class ReadingStore
{
public:
  /// Opens or creates the database; throws sqlite::Error.
  explicit ReadingStore(const QString &path);

  /// Stores a batch in one transaction; throws sqlite::Error after rolling it back.
  void insert(std::span<const HydroReading> hydro, std::span<const PollutantReading> pollutants);
  void insert(const ReadingBatch &batch) { insert(batch.hydro, batch.pollutants); }

  /// Readings of one station in [from, to], oldest first.
  [[nodiscard]] std::vector<HydroReading> hydroReadings(HydroTable table, const QString &stcd,
                                                        const QDateTime &from, const QDateTime &to) const;
  /// Values of one pollutant of one point in [from, to], oldest first.
  [[nodiscard]] std::vector<PollutantReading>
  pollutantReadings(const QString &mn, const QString &code, const QDateTime &from, const QDateTime &to) const;
  [[nodiscard]] qint64 rowCount(HydroTable table) const;
  [[nodiscard]] qint64 pollutantRowCount() const;

private:
  sqlite::Database m_db;
  sqlite::Statement m_river, m_reservoir, m_rainfall, m_tide, m_pollutant;
};

/// SL 323 TM text (Beijing time) and back.
[[nodiscard]] QString sl323TimeText(const QDateTime &time);
[[nodiscard]] QDateTime sl323Time(const QString &text);

} // namespace rc
