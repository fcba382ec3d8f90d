#include "demo/HydrologyGenerator.h"

#include "demo/AdministrativeDivisions.h"
#include "demo/Basemap.h"
#include "demo/DemoCityGenerator.h"
#include "demo/DemoClock.h"
#include "demo/GpkgWriter.h"
#include "demo/LocalMetric.h"
#include "demo/ProgressReporter.h"
#include "demo/SeedTables.h"
#include "live/LevelState.h"

#include <cmath>
#include <numbers>
#include <tuple>

using namespace Qt::StringLiterals;

namespace rc::demo {

namespace {

constexpr double kTwoPi = 2 * std::numbers::pi;
constexpr double kTidePeriodHours = 12.42; // M2
constexpr double kSpringNeapHours = 354.4;

// Xiyuan reservoir: its level climbs over the typhoon-season flood limit.
constexpr double kReservoirNormal = 240.6, kReservoirCrest = 242.6;
constexpr double kFloodLimitEarly = 243.0, kFloodLimitTyphoon = 242.0;

/// The flood wave at a river station: a fast rise and a slow fall around the crest (tau = 0).
double floodWave(double tau)
{
  return tau < 0 ? std::exp(-(tau / 14) * (tau / 14)) : std::exp(-(tau / 36) * (tau / 36));
}

double round2(double value)
{
  return std::round(value * 100) / 100;
}

/// Xiyuan's level `tau` hours after the typhoon, at hour `h` of the record: it fills within a day
/// of the rain, then drains slowly through the spillway.
double reservoirLevel(double tau, int h)
{
  const double fill = tau < 0 ? 0 : (1 - std::exp(-tau / 6)) * std::exp(-std::max(0.0, tau - 14) / 150);
  return round2(kReservoirNormal + (kReservoirCrest - kReservoirNormal) / 0.903 * fill -
                0.02 * std::sin(kTwoPi * h / 24));
}

/// Flow of a gauged (ZQ) river station by a rating curve through its usual level and flow.
struct Rating
{
  double zeroLevel, factor;
  static Rating through(double normalLevel, double normalFlow)
  {
    constexpr double kDepth = 2.5;
    return {normalLevel - kDepth, normalFlow / std::pow(kDepth, 1.6)};
  }
  [[nodiscard]] double flow(double level) const
  {
    return factor * std::pow(std::max(0.0, level - zeroLevel), 1.6);
  }
};

Rating ratingFor(const SeedTables::RiverStation &s)
{
  return Rating::through(s.normalZ, s.rvnm == u"大樟溪"_s ? 70.0 : 1650.0);
}

QString withoutTownSuffix(QString name)
{
  for (const QString &suffix : {u"畲族乡"_s, u"街道"_s, u"镇"_s, u"乡"_s})
    if (name.endsWith(suffix))
      return name.chopped(suffix.size());
  return name;
}

} // namespace

Point HydrologyGenerator::onShore(Point target) const
{
  const Point shore = m_geos.nearestPoint(m_basemap.shore(), target.first, target.second);
  for (const double reach : {40.0, 80.0, 120.0})
    for (int k = 0; k < 16; ++k) {
      const double angle = kTwoPi * k / 16;
      const double x = shore.first + metric::dx(reach * std::cos(angle)),
                   y = shore.second + metric::dy(reach * std::sin(angle));
      if (m_geos.contains(m_divisions.coverage(), x, y))
        return {x, y};
    }
  return shore;
}

Point HydrologyGenerator::atSea(Point target) const
{
  const auto atSea = [&](double x, double y) {
    if (m_geos.contains(m_basemap.allLand(), x, y) || m_geos.contains(m_basemap.waterArea(), x, y))
      return false;
    const Geometry probe = m_geos.point(x, y);
    return m_geos.distance(m_basemap.shore(), probe.get()) * metric::kMetresPerDegreeX >= 1000;
  };
  if (atSea(target.first, target.second))
    return target;
  for (int km = 1; km <= 30; ++km)
    for (int k = 0; k < 24; ++k) {
      const double angle = kTwoPi * k / 24;
      const double x = target.first + metric::dx(km * 1000 * std::cos(angle));
      const double y = target.second + metric::dy(km * 1000 * std::sin(angle));
      if (atSea(x, y))
        return {x, y};
    }
  throw DemoDataError(
      DemoDataError::Reason::Geometry,
      DemoCityGenerator::tr("no open sea near %1, %2 for a buoy").arg(target.first).arg(target.second));
}

std::vector<HydrologyGenerator::Station> HydrologyGenerator::stations() const
{
  std::vector<Station> list;
  const auto add = [&](Station s) {
    s.district = m_divisions.districtNear(s.point.first, s.point.second);
    list.push_back(std::move(s));
  };
  for (qsizetype i = 0; i < m_tables.riverStations.size(); ++i) {
    const SeedTables::RiverStation &r = m_tables.riverStations[i];
    add({r.stcd, r.stnm, r.sttp, r.sttp == u"ZQ"_s ? u"水文站"_s : u"水位站"_s, r.rvnm,
         m_geos.nearestPoint(m_basemap.waterAndRivers(), r.x, r.y), 0, int(i)});
  }
  // The dam closes the reservoir's south-western end.
  add({u"71300100"_s, u"溪源水库"_s, u"RR"_s, u"水库站"_s, u"溪源溪"_s,
       m_geos.nearestPoint(m_basemap.waterAndRivers(), Basemap::kReservoirX - 0.0065,
                           Basemap::kReservoirY - 0.0065)});
  int gauge = 0;
  for (const Town &t : m_divisions.towns())
    add({u"7180"_s + QString::number(++gauge).rightJustified(4, u'0'), withoutTownSuffix(t.name), u"PP"_s,
         u"雨量站"_s, QString(), t.site});
  for (const SeedTables::MarineSite &m : m_tables.marineSites) {
    const bool tide = m.kind == u"潮位站"_s;
    add({m.stcd, m.stnm, tide ? u"TT"_s : u"FB"_s, m.kind, QString(),
         tide ? onShore({m.x, m.y}) : atSea({m.x, m.y})});
  }
  return list;
}

void HydrologyGenerator::write(GpkgWriter &writer, quint64 seed, ProgressReporter &progress) const
{
  DemoRandom random(seed, "hydrology");
  const std::vector<Station> list = stations();
  const auto hourUtc = [](int hour) { return clock::kHydroStart + qint64(hour) * 3600; };
  const int typhoon = clock::kTyphoonHour;

  // The river levels come first: the register carries each station's latest level and state.
  std::vector<std::vector<double>> riverLevels;
  for (const SeedTables::RiverStation &r : m_tables.riverStations) {
    // The crest meets a high tide (the dangerous case), so the crest is the station's peak_z.
    const double crestHour = typhoon + r.lagHours;
    const double rise = r.peakZ - r.normalZ - 0.9 * r.tideMetres;
    std::vector<double> &levels = riverLevels.emplace_back();
    for (int h = 0; h < clock::kHydroHours; ++h) {
      const double tide = r.tideMetres * std::cos(kTwoPi * (h - crestHour) / kTidePeriodHours);
      levels.push_back(round2(r.normalZ + rise * floodWave(h - crestHour) + tide + 0.015 * random.normal()));
    }
  }

  GpkgTable &registry = writer.beginTable(u"hydro_stations"_s, u"水文站"_s, TableGeometry::Point,
                                          {{u"stcd"_s, FieldType::Text},
                                           {u"stnm"_s, FieldType::Text},
                                           {u"sttp"_s, FieldType::Text},
                                           {u"kind"_s, FieldType::Text},
                                           {u"rvnm"_s, FieldType::Text},
                                           {u"hnnm"_s, FieldType::Text},
                                           {u"bsnm"_s, FieldType::Text},
                                           {u"lgtd"_s, FieldType::Real},
                                           {u"lttd"_s, FieldType::Real},
                                           {u"stlc"_s, FieldType::Text},
                                           {u"addvcd"_s, FieldType::Text},
                                           {u"admauth"_s, FieldType::Text},
                                           {u"tm"_s, FieldType::DateTime},
                                           {u"z"_s, FieldType::Real},
                                           {u"wrz"_s, FieldType::Real},
                                           {u"grz"_s, FieldType::Real},
                                           {u"level_state"_s, FieldType::Text}});
  const int lastHour = clock::kHydroHours - 1;
  for (const Station &s : list) {
    const bool marine = s.sttp == u"TT"_s || s.sttp == u"FB"_s;
    const District &d = m_divisions.districts()[std::size_t(s.district)];
    const int community = m_divisions.communityAt(s.point.first, s.point.second);
    QString location = u"福建省福州市"_s + d.name;
    if (community >= 0)
      location +=
          m_divisions.towns()[std::size_t(m_divisions.communities()[std::size_t(community)].town)].name;
    registry.setText(0, s.stcd);
    registry.setText(1, s.stnm);
    registry.setText(2, s.sttp);
    registry.setText(3, s.kind);
    registry.setText(4, s.rvnm);
    registry.setText(5, marine ? QString() : u"闽江"_s);
    registry.setText(6, marine ? u"东南沿海诸河"_s : u"闽江"_s);
    registry.setReal(7, std::round(s.point.first * 1e6) / 1e6);
    registry.setReal(8, std::round(s.point.second * 1e6) / 1e6);
    registry.setText(9, marine && community < 0 ? location + u"近海"_s : location);
    registry.setText(10, d.code);
    registry.setText(11, u"福州市水文中心"_s);
    if (s.river >= 0) {
      const SeedTables::RiverStation &r = m_tables.riverStations[s.river];
      const double z = riverLevels[std::size_t(s.river)].back();
      registry.setDateTime(12, hourUtc(lastHour));
      registry.setReal(13, z);
      registry.setReal(14, r.wrz);
      registry.setReal(15, r.grz);
      registry.setText(16, levelStateName(levelState(z, r.wrz, r.grz)));
    } else if (s.sttp == u"RR"_s) {
      const double rz = reservoirLevel(lastHour - typhoon, lastHour);
      registry.setDateTime(12, hourUtc(lastHour));
      registry.setReal(13, rz);
      registry.setReal(14, kFloodLimitTyphoon);
      registry.setText(16, levelStateName(levelState(rz, kFloodLimitTyphoon, std::nullopt)));
    }
    registry.setPoint(s.point.first, s.point.second);
    registry.write();
  }
  writer.endTable();

  GpkgTable &warnings = writer.beginTable(u"st_rvfcch_b"_s, u"河道站防洪指标"_s, TableGeometry::None,
                                          {{u"stcd"_s, FieldType::Text},
                                           {u"wrz"_s, FieldType::Real},
                                           {u"wrq"_s, FieldType::Real},
                                           {u"grz"_s, FieldType::Real},
                                           {u"grq"_s, FieldType::Real}});
  for (const SeedTables::RiverStation &r : m_tables.riverStations) {
    warnings.setText(0, r.stcd);
    warnings.setReal(1, r.wrz);
    warnings.setReal(3, r.grz);
    if (r.sttp == u"ZQ"_s) {
      warnings.setReal(2, std::round(ratingFor(r).flow(r.wrz)));
      warnings.setReal(4, std::round(ratingFor(r).flow(r.grz)));
    }
    warnings.write();
  }
  writer.endTable();

  GpkgTable &limits = writer.beginTable(u"st_rsvrfsr_b"_s, u"水库汛限水位"_s, TableGeometry::None,
                                        {{u"stcd"_s, FieldType::Text},
                                         {u"bgmd"_s, FieldType::Text},
                                         {u"edmd"_s, FieldType::Text},
                                         {u"fsltdz"_s, FieldType::Real}});
  for (const auto &[begin, end, level] : {std::tuple{u"0415"_s, u"0715"_s, kFloodLimitEarly},
                                          std::tuple{u"0716"_s, u"1015"_s, kFloodLimitTyphoon}}) {
    limits.setText(0, u"71300100"_s);
    limits.setText(1, begin);
    limits.setText(2, end);
    limits.setReal(3, level);
    limits.write();
  }
  writer.endTable();
  progress.update(0.1);

  GpkgTable &river = writer.beginTable(u"st_river_r"_s, u"河道水情"_s, TableGeometry::None,
                                       {{u"stcd"_s, FieldType::Text},
                                        {u"tm"_s, FieldType::DateTime},
                                        {u"z"_s, FieldType::Real},
                                        {u"q"_s, FieldType::Real},
                                        {u"wptn"_s, FieldType::Text}});
  for (std::size_t i = 0; i < riverLevels.size(); ++i) {
    const SeedTables::RiverStation &r = m_tables.riverStations[qsizetype(i)];
    const Rating rating = ratingFor(r);
    double previous = 0;
    for (int h = 0; h < clock::kHydroHours; ++h) {
      const double z = riverLevels[i][std::size_t(h)];
      river.setText(0, r.stcd);
      river.setDateTime(1, hourUtc(h));
      river.setReal(2, z);
      if (r.sttp == u"ZQ"_s)
        river.setReal(3, std::round(rating.flow(z)));
      river.setText(4, h == 0 || std::abs(z - previous) < 0.01 ? u"6"_s : z > previous ? u"5"_s : u"4"_s);
      river.write();
      previous = z;
    }
  }
  writer.endTable();
  progress.update(0.3);

  GpkgTable &reservoir = writer.beginTable(u"st_rsvr_r"_s, u"水库水情"_s, TableGeometry::None,
                                           {{u"stcd"_s, FieldType::Text},
                                            {u"tm"_s, FieldType::DateTime},
                                            {u"rz"_s, FieldType::Real},
                                            {u"inq"_s, FieldType::Real},
                                            {u"otq"_s, FieldType::Real},
                                            {u"w"_s, FieldType::Real}});
  for (int h = 0; h < clock::kHydroHours; ++h) {
    const double tau = h - typhoon;
    const double rz = reservoirLevel(tau, h);
    const double inflow = 3.2 + 420 * std::exp(-((tau - 3) / 6) * ((tau - 3) / 6)) + 0.3 * random.uniform();
    const double spill = rz > kFloodLimitTyphoon ? 180 * (rz - kFloodLimitTyphoon) / 0.6 : 0;
    reservoir.setText(0, u"71300100"_s);
    reservoir.setDateTime(1, hourUtc(h));
    reservoir.setReal(2, rz);
    reservoir.setReal(3, std::round(inflow * 10) / 10);
    reservoir.setReal(4, std::round((2.6 + spill) * 10) / 10);
    reservoir.setReal(5, round2(14.8 + (rz - kReservoirNormal) * 1.75));
    reservoir.write();
  }
  writer.endTable();

  GpkgTable &rain = writer.beginTable(u"st_pptn_r"_s, u"降水量"_s, TableGeometry::None,
                                      {{u"stcd"_s, FieldType::Text},
                                       {u"tm"_s, FieldType::DateTime},
                                       {u"drp"_s, FieldType::Real},
                                       {u"intv"_s, FieldType::Real},
                                       {u"dyp"_s, FieldType::Real}});
  std::size_t done = 0;
  for (const Station &s : list) {
    if (s.sttp != u"PP"_s)
      continue;
    std::vector<double> mm(clock::kHydroHours, 0.0);
    // Afternoon thunderstorms on about one day in four.
    for (int day = 0; day < 30; ++day)
      if (random.chance(0.28)) {
        const int start = day * 24 + random.range(13, 17), hours = random.range(1, 3);
        for (int h = start; h < start + hours; ++h)
          mm[std::size_t(h)] += random.uniform(1, 12);
      }
    // The typhoon: wetter on the coast, arriving later inland.
    const double coast = std::clamp((s.point.first - 118.6) / 1.2, 0.0, 1.0);
    const double total = random.uniform(140, 260) * (1 + 0.6 * coast);
    const double centre = typhoon + (119.8 - s.point.first) * 6;
    double norm = 0;
    for (int h = 0; h < clock::kHydroHours; ++h)
      norm += std::exp(-((h - centre) / 8) * ((h - centre) / 8));
    for (int h = 0; h < clock::kHydroHours; ++h)
      mm[std::size_t(h)] +=
          total * std::exp(-((h - centre) / 8) * ((h - centre) / 8)) / norm * random.uniform(0.6, 1.4);
    for (double &v : mm)
      v = std::round(v * 2) / 2;

    for (int h = 0; h < clock::kHydroHours; ++h) {
      rain.setText(0, s.stcd);
      rain.setDateTime(1, hourUtc(h));
      rain.setReal(2, mm[std::size_t(h)]);
      rain.setReal(3, 1.0);
      // SL 323 keeps the day's total (08:00 to 08:00) on the 08:00 record.
      if (h % 24 == 8 && h >= 24) {
        double day = 0;
        for (int k = h - 23; k <= h; ++k)
          day += mm[std::size_t(k)];
        rain.setReal(4, day);
      }
      rain.write();
    }
    progress.update(0.3 + 0.6 * double(++done) / double(m_divisions.towns().size()));
  }
  writer.endTable();

  GpkgTable &tide = writer.beginTable(u"st_tide_r"_s, u"潮位"_s, TableGeometry::None,
                                      {{u"stcd"_s, FieldType::Text},
                                       {u"tm"_s, FieldType::DateTime},
                                       {u"tdz"_s, FieldType::Real},
                                       {u"airp"_s, FieldType::Real},
                                       {u"hltdmk"_s, FieldType::Text}});
  for (const Station &s : list) {
    if (s.sttp != u"TT"_s)
      continue;
    const double phase = random.uniform(0, kTidePeriodHours), springNeap = random.uniform(0, kTwoPi);
    std::vector<double> level(clock::kHydroHours);
    for (int h = 0; h < clock::kHydroHours; ++h) {
      const double range = 2.2 + 0.45 * std::cos(kTwoPi * h / kSpringNeapHours + springNeap);
      const double surge = 1.1 * std::exp(-((h - typhoon) / 9.0) * ((h - typhoon) / 9.0));
      level[std::size_t(h)] =
          round2(0.35 + range * std::cos(kTwoPi * (h - phase) / kTidePeriodHours) + surge);
    }
    for (int h = 0; h < clock::kHydroHours; ++h) {
      const double pressure = 1007.5 + 1.2 * std::cos(kTwoPi * (h % 24 - 10) / 12.0) -
                              42 * std::exp(-((h - typhoon) / 10.0) * ((h - typhoon) / 10.0));
      tide.setText(0, s.stcd);
      tide.setDateTime(1, hourUtc(h));
      tide.setReal(2, level[std::size_t(h)]);
      tide.setReal(3, std::round(pressure * 10) / 10);
      if (h > 0 && h + 1 < clock::kHydroHours) {
        const double z = level[std::size_t(h)], before = level[std::size_t(h - 1)],
                     after = level[std::size_t(h + 1)];
        if (z > before && z >= after)
          tide.setText(4, u"1"_s); // high water
        else if (z < before && z <= after)
          tide.setText(4, u"2"_s); // low water
      }
      tide.write();
    }
  }
  writer.endTable();
}

} // namespace rc::demo
