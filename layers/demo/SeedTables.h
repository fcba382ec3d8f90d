#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace rc::demo {

/// The small hand-made tables the demo city grows from (resources/demo/*.csv, plus the basemap's
/// districts.csv): real names, approximate places, word lists and the mix of industries and
/// events. Loaded once per run, then read-only.
struct SeedTables
{
  struct District
  {
    QString code;
    QString name;
    double seatX = 0, seatY = 0;
    double areaKm2 = 0;
    qint64 population2020 = 0;
  };
  struct Anchor
  {
    QString code; ///< "0" for a site outside the city
    double x = 0, y = 0;
  };
  struct TownName
  {
    QString districtCode;
    QString name;
  };
  /// A Gaussian bump of urban density, an industrial zone or an event hot spot.
  struct Bump
  {
    QString name;
    double x = 0, y = 0;
    double radiusMetres = 0; ///< sigma of a bump, radius of a hot spot
    double weight = 0;
  };
  struct Industry
  {
    QString name;
    QString word;
    double share = 0;
    double keyWeight = 0;
    QString profile; ///< water, air, mixed, noise, none
  };
  struct EventType
  {
    QString eventClass;
    QString subclass;
    double weight = 0;
    bool sensor = false;
    double typhoonFactor = 1;
  };
  struct NamedRoad
  {
    QString name;
    QString kind;
    std::vector<double> xy;
  };
  struct RiverStation
  {
    QString stcd, stnm, sttp, rvnm;
    double x = 0, y = 0;
    double normalZ = 0, wrz = 0, grz = 0, peakZ = 0, tideMetres = 0, lagHours = 0;
  };
  struct MarineSite
  {
    QString stcd, stnm, kind;
    double x = 0, y = 0;
  };
  struct Surname
  {
    QString name;
    double weight = 0;
  };

  QList<District> districts;
  QList<Anchor> anchors;
  QList<TownName> towns;
  QList<Bump> urbanCentres;
  QList<Bump> hotspots;
  QList<Bump> industrialZones;
  QList<Industry> industries;
  QList<EventType> eventTypes;
  QList<NamedRoad> namedRoads;
  QList<RiverStation> riverStations;
  QList<MarineSite> marineSites;
  QList<Surname> surnames;

  /// A word list of words.csv by key; throws DemoDataError(MissingInput) for an unknown key.
  [[nodiscard]] const QStringList &words(const QString &key) const;

  /// Reads every table; throws DemoDataError(MissingInput) naming the file and line at fault.
  [[nodiscard]] static SeedTables load(const QString &seedTableDir, const QString &basemapDir);

private:
  QHash<QString, QStringList> m_words;
};

} // namespace rc::demo
