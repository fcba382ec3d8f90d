#include "geo/CoordinateTransform.h"

#include <cmath>
#include <numbers>

// The published closed form of GCJ-02 and BD-09 (DOMAIN.md). Outside China's box neither system
// shifts anything, so every function here leaves such points, and non-finite ones, alone.
namespace rc::chinaoffset {

namespace {

using std::numbers::pi;

// Krasovsky 1940, the ellipsoid GCJ-02 is defined on.
constexpr double kSemiMajor = 6378245.0;
constexpr double kEccentricitySquared = 0.00669342162296594323;
constexpr double kBdFrequency = pi * 3000.0 / 180.0;
constexpr double kBdLonShift = 0.0065;
constexpr double kBdLatShift = 0.006;
// 1e-9° is about 0.1 mm, well inside the 1 cm round trip the inverses promise.
constexpr double kTolerance = 1e-9;
// Both offsets vary by about 1e-3 per unit of shift, so a handful of steps converge; the cap only
// guards against inputs the series was never meant for.
constexpr int kMaxIterations = 10;

// The series take offsets from (105°E, 35°N) in degrees and return a shift in metres.
double northSeries(double x, double y)
{
  double shift = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::abs(x));
  shift += (20.0 * std::sin(6.0 * x * pi) + 20.0 * std::sin(2.0 * x * pi)) * 2.0 / 3.0;
  shift += (20.0 * std::sin(y * pi) + 40.0 * std::sin(y / 3.0 * pi)) * 2.0 / 3.0;
  shift += (160.0 * std::sin(y / 12.0 * pi) + 320.0 * std::sin(y / 30.0 * pi)) * 2.0 / 3.0;
  return shift;
}

double eastSeries(double x, double y)
{
  double shift = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::abs(x));
  shift += (20.0 * std::sin(6.0 * x * pi) + 20.0 * std::sin(2.0 * x * pi)) * 2.0 / 3.0;
  shift += (20.0 * std::sin(x * pi) + 40.0 * std::sin(x / 3.0 * pi)) * 2.0 / 3.0;
  shift += (150.0 * std::sin(x / 12.0 * pi) + 300.0 * std::sin(x / 30.0 * pi)) * 2.0 / 3.0;
  return shift;
}

/// The GCJ-02 shift in degrees at a WGS 84 point, wherever it is.
void gcjShift(double lon, double lat, double &dLon, double &dLat)
{
  const double x = lon - 105.0;
  const double y = lat - 35.0;
  const double phi = lat * pi / 180.0;
  const double sinPhi = std::sin(phi);
  const double w = 1.0 - kEccentricitySquared * sinPhi * sinPhi;
  // Metres to degrees with the Krasovsky radii of curvature: meridian M, prime vertical N.
  const double meridianRadius = kSemiMajor * (1.0 - kEccentricitySquared) / (w * std::sqrt(w));
  const double primeVerticalRadius = kSemiMajor / std::sqrt(w);
  dLat = northSeries(x, y) * 180.0 / (meridianRadius * pi);
  dLon = eastSeries(x, y) * 180.0 / (primeVerticalRadius * std::cos(phi) * pi);
}

void bdForward(double &lon, double &lat)
{
  const double x = lon;
  const double y = lat;
  const double z = std::sqrt(x * x + y * y) + 0.00002 * std::sin(y * kBdFrequency);
  const double theta = std::atan2(y, x) + 0.000003 * std::cos(x * kBdFrequency);
  lon = z * std::cos(theta) + kBdLonShift;
  lat = z * std::sin(theta) + kBdLatShift;
}

/// Replaces the target `lon`, `lat` with the point p where forward(p) = target, by fixed-point
/// iteration from `start`: the offsets are nearly constant locally, so p += target - forward(p)
/// gains about three digits a step.
template<typename Forward>
void invert(double &lon, double &lat, double startLon, double startLat, Forward forward)
{
  const double targetLon = lon;
  const double targetLat = lat;
  lon = startLon;
  lat = startLat;
  for (int i = 0; i < kMaxIterations; ++i) {
    double fLon = lon;
    double fLat = lat;
    forward(fLon, fLat);
    const double stepLon = targetLon - fLon;
    const double stepLat = targetLat - fLat;
    lon += stepLon;
    lat += stepLat;
    if (std::abs(stepLon) < kTolerance && std::abs(stepLat) < kTolerance)
      return;
  }
}

void gcjForward(double &lon, double &lat)
{
  double dLon = 0;
  double dLat = 0;
  gcjShift(lon, lat, dLon, dLat);
  lon += dLon;
  lat += dLat;
}

} // namespace

bool inChina(double lon, double lat)
{
  return lon >= 73.66 && lon <= 135.05 && lat >= 3.86 && lat <= 53.55;
}

void wgs84ToGcj02(double &lon, double &lat)
{
  if (inChina(lon, lat))
    gcjForward(lon, lat);
}

void gcj02ToWgs84(double &lon, double &lat)
{
  if (inChina(lon, lat))
    invert(lon, lat, lon, lat, gcjForward);
}

void gcj02ToBd09(double &lon, double &lat)
{
  if (inChina(lon, lat))
    bdForward(lon, lat);
}

void bd09ToGcj02(double &lon, double &lat)
{
  if (!inChina(lon, lat))
    return;
  // Undoing the shift and perturbation in one step lands within a metre or so; iterating from
  // there does the rest.
  const double x = lon - kBdLonShift;
  const double y = lat - kBdLatShift;
  const double z = std::sqrt(x * x + y * y) - 0.00002 * std::sin(y * kBdFrequency);
  const double theta = std::atan2(y, x) - 0.000003 * std::cos(x * kBdFrequency);
  invert(lon, lat, z * std::cos(theta), z * std::sin(theta), bdForward);
}

} // namespace rc::chinaoffset
