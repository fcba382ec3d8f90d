#pragma once

#include <cmath>

namespace rc::demo {

/// Metres and degrees around Fuzhou's latitude. The generator works in EPSG:4490 degrees; its
/// sizes (grid cells, street spacing, offsets) are meant in metres, and over the city's 1.5° of
/// latitude a fixed scale at 26.05°N errs by under 1 %, which schematic data can afford.
namespace metric {
inline constexpr double kMetresPerDegreeX = 100075.0; ///< one degree of longitude at 26.05°N
inline constexpr double kMetresPerDegreeY = 110789.0; ///< one degree of latitude at 26.05°N

[[nodiscard]] inline constexpr double dx(double metres)
{
  return metres / kMetresPerDegreeX;
}
[[nodiscard]] inline constexpr double dy(double metres)
{
  return metres / kMetresPerDegreeY;
}
[[nodiscard]] inline double distance(double x0, double y0, double x1, double y1)
{
  return std::hypot((x1 - x0) * kMetresPerDegreeX, (y1 - y0) * kMetresPerDegreeY);
}
/// Square kilometres of an area given in square degrees.
[[nodiscard]] inline constexpr double squareKm(double squareDegrees)
{
  return squareDegrees * kMetresPerDegreeX * kMetresPerDegreeY / 1e6;
}
} // namespace metric

} // namespace rc::demo
