#include "geo/GeodesicMeasure.h"

#include <QLocale>

#include <geodesic.h>

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

/// The WGS 84 ellipsoid, built once: geod_init is cheap but not free, and the struct is read-only
/// afterwards, so threads may share it.
const geod_geodesic &wgs84Ellipsoid()
{
  static const geod_geodesic ellipsoid = [] {
    geod_geodesic g;
    geod_init(&g, 6378137.0, 1 / 298.257223563);
    return g;
  }();
  return ellipsoid;
}

double inverseDistance(QPointF a, QPointF b)
{
  return GeodesicMeasure::lonLatDistance(a.x(), a.y(), b.x(), b.y());
}

QString number(double value, int decimals)
{
  return QLocale().toString(value, 'f', decimals);
}

} // namespace

GeodesicMeasure::GeodesicMeasure(const Crs &crs) : m_toLonLat(crs, Crs::wgs84()) {}

double GeodesicMeasure::lonLatDistance(double lon1, double lat1, double lon2, double lat2)
{
  double metres = 0;
  geod_inverse(&wgs84Ellipsoid(), lat1, lon1, lat2, lon2, &metres, nullptr, nullptr);
  return metres;
}

BBox GeodesicMeasure::lonLatBoundsAround(const BBox &box, double metres)
{
  // A degree of latitude is at least 110,574 m (at the equator), a degree of longitude at least
  // 111,319.49 m times the cosine of the latitude; the box reaches to the latitude farthest from
  // the equator, and 1 % more allows for a geodesic that follows neither a meridian nor a parallel.
  constexpr double kMinMetresPerDegreeLat = 110574;
  constexpr double kMetresPerDegreeLonAtEquator = 111319.49;
  const double dLat = metres / kMinMetresPerDegreeLat * 1.01;
  const double farthestLat = std::min(89.0, std::max(std::abs(box.yMin), std::abs(box.yMax)) + dLat);
  const double dLon =
      metres / (kMetresPerDegreeLonAtEquator * std::cos(farthestLat * std::numbers::pi / 180)) * 1.01;
  return {box.xMin - dLon, box.yMin - dLat, box.xMax + dLon, box.yMax + dLat};
}

QList<QPointF> GeodesicMeasure::toLonLat(const QList<QPointF> &points) const
{
  std::vector<double> xy;
  xy.reserve(std::size_t(points.size()) * 2);
  for (const QPointF &point : points) {
    xy.push_back(point.x());
    xy.push_back(point.y());
  }
  m_toLonLat.transformInPlace(xy.data(), std::size_t(points.size()));
  QList<QPointF> result;
  result.reserve(points.size());
  for (std::size_t i = 0; i + 1 < xy.size(); i += 2)
    if (std::isfinite(xy[i]) && std::isfinite(xy[i + 1]))
      result.append({xy[i], xy[i + 1]});
  return result;
}

double GeodesicMeasure::distance(QPointF a, QPointF b) const
{
  const QList<QPointF> lonLat = toLonLat({a, b});
  return lonLat.size() == 2 ? inverseDistance(lonLat[0], lonLat[1]) : 0;
}

QList<double> GeodesicMeasure::segmentLengths(const QList<QPointF> &points) const
{
  const QList<QPointF> lonLat = toLonLat(points);
  QList<double> result;
  for (qsizetype i = 1; i < lonLat.size(); ++i)
    result.append(inverseDistance(lonLat[i - 1], lonLat[i]));
  return result;
}

double GeodesicMeasure::length(const QList<QPointF> &points) const
{
  double total = 0;
  for (double segment : segmentLengths(points))
    total += segment;
  return total;
}

PolygonMeasurement GeodesicMeasure::polygon(const QList<QPointF> &ring) const
{
  QList<QPointF> lonLat = toLonLat(ring);
  // A ring closed explicitly would otherwise count its closing vertex twice (a zero-length edge:
  // harmless for the area, but it is not a vertex the user placed).
  if (lonLat.size() > 1 && lonLat.first() == lonLat.last())
    lonLat.removeLast();
  if (lonLat.size() < 3)
    return {};
  geod_polygon polygon;
  geod_polygon_init(&polygon, 0);
  for (const QPointF &point : std::as_const(lonLat))
    geod_polygon_addpoint(&wgs84Ellipsoid(), &polygon, point.y(), point.x());
  PolygonMeasurement result;
  // Signed, then made positive: unsigned, PROJ takes a clockwise ring to enclose the rest of the Earth.
  geod_polygon_compute(&wgs84Ellipsoid(), &polygon, 0, 1, &result.area, &result.perimeter);
  result.area = std::abs(result.area);
  return result;
}

QString GeodesicMeasure::formatDistance(double metres)
{
  if (!std::isfinite(metres) || metres < 0)
    metres = 0;
  if (metres < 1000) {
    const int decimals = metres < 10 ? 2 : metres < 100 ? 1 : 0;
    return tr("%1 m").arg(number(metres, decimals));
  }
  const double km = metres / 1000;
  const int decimals = km < 10 ? 3 : km < 100 ? 2 : 1;
  return tr("%1 km").arg(number(km, decimals));
}

QString GeodesicMeasure::formatArea(double squareMetres)
{
  if (!std::isfinite(squareMetres) || squareMetres < 0)
    squareMetres = 0;
  const QString metric = squareMetres < 1e6
                             ? tr("%1 m²").arg(number(squareMetres, squareMetres < 100 ? 1 : 0))
                             : tr("%1 km²").arg(number(squareMetres / 1e6, squareMetres < 1e8 ? 3 : 2));
  const double mu = squareMetresToMu(squareMetres);
  const QString chinese = tr("%1 mu").arg(number(mu, mu < 10 ? 2 : mu < 1000 ? 1 : 0));
  return tr("%1 (%2)", "area in metric units (area in mu)").arg(metric, chinese);
}

} // namespace rc
