#pragma once

#include "demo/LocalMetric.h"
#include "demo/SeedTables.h"

#include <QList>

#include <cmath>

namespace rc::demo {

/// How urban a place is: a sum of Gaussian bumps (seed table urban_centres.csv, or any other list
/// of bumps such as industrial zones), about 1 in the old city core and near 0 in the hills. Every
/// stage reads it to decide sizes and volumes, which keeps them consistent with each other. A
/// small value type, read-only after construction.
class UrbanDensity
{
public:
  /// The levels that change what the generator builds.
  static constexpr double kCore = 0.6;      ///< 300 m grids, 200 m street blocks
  static constexpr double kUrban = 0.3;     ///< 300 m grids, 400 m street blocks
  static constexpr double kSuburban = 0.12; ///< 600 m grids, residential compounds
  static constexpr double kTown = 0.05;     ///< street blocks of 1.6 km; below: villages

  explicit UrbanDensity(const QList<SeedTables::Bump> &bumps) : m_bumps(bumps) {}

  [[nodiscard]] double at(double x, double y) const
  {
    double sum = 0;
    for (const SeedTables::Bump &b : m_bumps) {
      const double dx = (x - b.x) * metric::kMetresPerDegreeX, dy = (y - b.y) * metric::kMetresPerDegreeY;
      const double q = (dx * dx + dy * dy) / (2 * b.radiusMetres * b.radiusMetres);
      if (q < 20)
        sum += b.weight * std::exp(-q);
    }
    return sum;
  }

private:
  QList<SeedTables::Bump> m_bumps;
};

} // namespace rc::demo
