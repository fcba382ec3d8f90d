#pragma once

#include "live/Hj212Frame.h"
#include "live/Readings.h"
#include "live/StationCatalog.h"

#include <QSet>

#include <memory>
#include <random>

namespace rc {

enum class SimulationScenario {
  Normal,  ///< everyday levels well below warning, light rain, pollutants within limits
  Typhoon, ///< a storm: rivers past WRZ and GRZ at the crest, heavy rain, tide surge,
           ///< overflowing outfalls and some loggers going offline
};

/// Makes believable readings for every station and monitoring point of a catalog at a simulated
/// moment. The storm's course follows `progress` (0 at the start of the run, 1 at its end), so a
/// typhoon plays out whole at any speed. Deterministic for a seed. Owned by the simulate command;
/// its thread.
class ReadingSimulator
{
public:
  ReadingSimulator(std::shared_ptr<const StationCatalog> catalog, SimulationScenario scenario, quint64 seed);

  struct Step
  {
    std::vector<HydroReading> hydro;
    QList<Hj212Frame> uploads; ///< one CN 2011 real-time upload per monitoring point
  };

  [[nodiscard]] Step step(const QDateTime &at, double progress, std::chrono::seconds interval);
  /// 0 before the storm, rising to 1 at its crest, falling after; 0 throughout a normal day.
  [[nodiscard]] double storm(double progress) const;
  [[nodiscard]] bool isOffline(const QString &source, double progress) const;

private:
  [[nodiscard]] double noise(double amplitude);
  [[nodiscard]] HydroReading hydroReading(const HydroStation &station, const QDateTime &at, double storm,
                                          const QString &trend, std::chrono::seconds interval);
  [[nodiscard]] Hj212Frame upload(const MonitoringPoint &point, const QDateTime &at, double storm);

  std::shared_ptr<const StationCatalog> m_catalog;
  SimulationScenario m_scenario;
  std::mt19937_64 m_random;
  QSet<QString> m_failingLoggers; ///< go offline once the storm is up
  QSet<QString> m_overflowingOutfalls;
};

} // namespace rc
