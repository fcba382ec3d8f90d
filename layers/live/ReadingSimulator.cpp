#include "live/ReadingSimulator.h"

#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

constexpr double kTidalPeriodHours = 12.42;
constexpr double kOfflineShare = 0.08;
constexpr double kOverflowShare = 0.05;

double smoothstep(double x)
{
  x = std::clamp(x, 0.0, 1.0);
  return x * x * (3 - 2 * x);
}

double hoursOf(const QDateTime &at)
{
  return double(at.toSecsSinceEpoch()) / 3600.0;
}

} // namespace

ReadingSimulator::ReadingSimulator(std::shared_ptr<const StationCatalog> catalog, SimulationScenario scenario,
                                   quint64 seed)
    : m_catalog(std::move(catalog)), m_scenario(scenario), m_random(seed)
{
  std::bernoulli_distribution offline(kOfflineShare), overflow(kOverflowShare);
  for (const HydroStation *station : m_catalog->stations())
    if (offline(m_random))
      m_failingLoggers.insert(station->stcd);
  for (const MonitoringPoint *point : m_catalog->monitoringPoints()) {
    if (offline(m_random))
      m_failingLoggers.insert(point->mn);
    if (overflow(m_random))
      m_overflowingOutfalls.insert(point->mn);
  }
}

double ReadingSimulator::storm(double progress) const
{
  if (m_scenario == SimulationScenario::Normal)
    return 0;
  // Onset at 10 % of the run, crest from 45 % to 60 %, receding by 90 %.
  return smoothstep((progress - 0.10) / 0.35) * (1 - smoothstep((progress - 0.60) / 0.30));
}

bool ReadingSimulator::isOffline(const QString &source, double progress) const
{
  // Loggers lose power or link as the storm arrives and stay down.
  return m_scenario == SimulationScenario::Typhoon && progress > 0.3 && m_failingLoggers.contains(source);
}

double ReadingSimulator::noise(double amplitude)
{
  return std::uniform_real_distribution<double>(-amplitude, amplitude)(m_random);
}

ReadingSimulator::Step ReadingSimulator::step(const QDateTime &at, double progress,
                                              std::chrono::seconds interval)
{
  const double s = storm(progress);
  const double ahead = storm(progress + 0.01);
  // SL 323 WPTN: 4 falling, 5 rising, 6 steady.
  const QString trend = ahead > s + 1e-4 ? u"5"_s : ahead < s - 1e-4 ? u"4"_s : u"6"_s;
  Step step;
  for (const HydroStation *station : m_catalog->stations())
    if (!isOffline(station->stcd, progress))
      step.hydro.push_back(hydroReading(*station, at, s, trend, interval));
  for (const MonitoringPoint *point : m_catalog->monitoringPoints())
    if (!isOffline(point->mn, progress))
      step.uploads.append(upload(*point, at, s));
  return step;
}

HydroReading ReadingSimulator::hydroReading(const HydroStation &station, const QDateTime &at, double s,
                                            const QString &trend, std::chrono::seconds interval)
{
  HydroReading r;
  r.stcd = station.stcd;
  r.tm = at;
  const double tide = std::sin(2 * std::numbers::pi * hoursOf(at) / kTidalPeriodHours);
  if (station.sttp == u"RR"_s) {
    r.table = HydroTable::Reservoir;
    const double limit = station.floodLimitOn(at.date()).value_or(
        station.floodLimits.isEmpty() ? 300 : station.floodLimits.first().fsltdz);
    r.rz = limit - 2.5 + 3.5 * s + noise(0.02);
    r.inq = 40 + 2500 * s + noise(2);
    r.otq = 35 + 1800 * s + noise(2);
    return r;
  }
  if (station.sttp == u"PP"_s) {
    r.table = HydroTable::Rainfall;
    const double mmPerHour =
        m_scenario == SimulationScenario::Typhoon ? 2 + 70 * s : std::max(0.0, 0.8 + noise(1.2));
    r.intv = double(interval.count()) / 3600.0;
    r.drp = std::max(0.0, mmPerHour * *r.intv * (1 + noise(0.3)));
    return r;
  }
  if (station.sttp == u"TT"_s || station.sttp == u"FB"_s) { // tide stations and buoys read the sea level
    r.table = HydroTable::Tide;
    r.tdz = 2.0 + 2.6 * tide + 1.6 * s + noise(0.03);
    r.airp = 1010 - 45 * s + noise(0.5);
    return r;
  }
  r.table = HydroTable::River;
  const double warning = station.wrz.value_or(8.0);
  const double guaranteed = station.grz.value_or(warning + 1.5);
  const double normal = warning - 2.5;
  // The crest passes the guaranteed level by 0.3 m, so both warning levels are crossed.
  r.z = normal + (guaranteed + 0.3 - normal) * s + 0.3 * tide * (1 - s) + noise(0.02);
  r.q = 800 + 20000 * s + noise(10);
  r.wptn = trend;
  return r;
}

Hj212Frame ReadingSimulator::upload(const MonitoringPoint &point, const QDateTime &at, double s)
{
  Hj212Frame frame;
  frame.qn = hj212QnText(at);
  frame.st = point.st > 0 ? point.st : hj212::st::kWaterPollutionSource;
  frame.cn = hj212::cn::kRealTimeData;
  frame.pw = point.password.value_or(u"123456"_s);
  frame.mn = point.mn;
  frame.flag = (hj212::kVersion2017 << 2) | 1;
  frame.setDataTime(at);
  const bool overflowing = m_overflowingOutfalls.contains(point.mn) && s > 0.5;
  const QStringList codes = point.pollutants.isEmpty() ? QStringList(point.limits.keys()) : point.pollutants;
  for (const QString &code : codes) {
    const PollutantLimit limit = point.limits.value(code);
    double value = 0;
    if (limit.lower && limit.upper)
      value = (*limit.lower + *limit.upper) / 2 + noise((*limit.upper - *limit.lower) / 6);
    else if (limit.upper)
      value = *limit.upper * (overflowing ? 1.3 + noise(0.1) : 0.5 + noise(0.15));
    else
      value = 300 + 200 * s + noise(20); // flows and other unlimited values
    const bool over = limit.upper && value > *limit.upper;
    frame.addRealTimeValue(code, value, over ? Hj212DataFlag::OverLimit : Hj212DataFlag::Normal);
  }
  return frame;
}

} // namespace rc
