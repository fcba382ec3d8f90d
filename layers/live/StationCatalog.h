#pragma once

#include "live/Hj212Parser.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace rc {

/// A reservoir's flood-limit level for one season window (ST_RSVRFSR_B: BGMD..EDMD as MMDD; a
/// window may run over New Year).
struct FloodLimitSeason
{
  int beginMmdd = 0;
  int endMmdd = 0;
  double fsltdz = 0;

  [[nodiscard]] bool contains(const QDate &date) const;
};

/// An SL 323 station (ST_STBPRP_B) with its warning levels (ST_RVFCCH_B) and flood limits.
struct HydroStation
{
  QString stcd, stnm, sttp, rvnm, addvcd;
  double lgtd = 0, lttd = 0;
  std::optional<double> wrz, grz, wrq, grq;
  QList<FloodLimitSeason> floodLimits;

  /// FSLTDZ of the season window holding `date`; nullopt out of season.
  [[nodiscard]] std::optional<double> floodLimitOn(const QDate &date) const;
};

/// A discharge or ambient limit: a ceiling ("100") or a band ("6-9" for pH).
struct PollutantLimit
{
  std::optional<double> lower, upper;

  [[nodiscard]] bool exceededBy(double value) const
  {
    return (lower && value < *lower) || (upper && value > *upper);
  }
  /// Reads "100" or "6-9"; nullopt for anything else.
  [[nodiscard]] static std::optional<PollutantLimit> parse(QStringView text);
};

/// An HJ 212 online monitoring point and the limits of the pollutants it measures.
struct MonitoringPoint
{
  QString mn, name, enterprise;
  int st = 0;
  std::optional<QString> password; ///< unchecked when the source gives none
  QStringList pollutants;          ///< 2017 codes
  QHash<QString, PollutantLimit> limits;
  double lgtd = 0, lttd = 0;
};

/// The stations and monitoring points the live feeds accept readings from, with the thresholds
/// alarms are judged by. Filled once (from the demo GeoPackage or a test fixture), then shared
/// read-only (std::shared_ptr<const StationCatalog>): any thread may read it.
class StationCatalog final : public Hj212Credentials
{
public:
  void addStation(HydroStation station);
  void addMonitoringPoint(MonitoringPoint point);

  [[nodiscard]] const HydroStation *station(const QString &stcd) const;
  [[nodiscard]] const MonitoringPoint *monitoringPoint(const QString &mn) const;
  [[nodiscard]] QList<const HydroStation *> stations() const;
  [[nodiscard]] QList<const MonitoringPoint *> monitoringPoints() const;
  [[nodiscard]] qsizetype stationCount() const { return m_stations.size(); }
  [[nodiscard]] qsizetype monitoringPointCount() const { return m_points.size(); }

  [[nodiscard]] bool knowsMn(const QString &mn) const override { return m_points.contains(mn); }
  [[nodiscard]] std::optional<QString> password(const QString &mn) const override;

private:
  QHash<QString, HydroStation> m_stations;
  QHash<QString, MonitoringPoint> m_points;
};

/// Reads a StationCatalog from a GeoPackage laid out as the demo city writes it: hydro_stations,
/// st_rvfcch_b, st_rsvrfsr_b, monitoring_points (pollutants "code;code", limits
/// "code=limit;code=low-high", an optional pw) and hj212_credentials (mn, pw: the HJ 212
/// passwords, apart from the map layer). Missing tables leave that part empty. Runs on the calling thread.
class StationCatalogLoader
{
public:
  /// Throws DataError when the file cannot be read.
  [[nodiscard]] static std::shared_ptr<const StationCatalog> fromGeoPackage(const QString &path);
};

} // namespace rc
