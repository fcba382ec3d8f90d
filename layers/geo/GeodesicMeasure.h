#pragma once

#include "geo/BBox.h"
#include "geo/CoordinateTransform.h"
#include "geo/Crs.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>

namespace rc {

/// The area and perimeter of one polygon ring, on the ellipsoid.
struct PolygonMeasurement
{
  double area = 0;      ///< square metres, whatever the ring's orientation
  double perimeter = 0; ///< metres, the closing edge included
};

/// Geodesic lengths and areas on the WGS 84 ellipsoid with PROJ's geodesic routines (Karney's
/// algorithms): exact to nanometres, unlike planar sums in a projected CRS, whose scale errors reach
/// tenths of a percent across a city. CGCS2000's ellipsoid differs from WGS 84's by 0.1 mm in the
/// semi-minor axis, so measuring on WGS 84 is right for either. Points are given in any CRS and
/// taken to longitude/latitude first; points that cannot be transformed are skipped. The static
/// functions take longitude/latitude directly, for callers that hold it already (reverse
/// geocoding, the impact analysis). The one geodesic helper of the code.
/// A small value; safe to copy to and use on any thread (the transform is per-thread inside).
class GeodesicMeasure
{
  Q_DECLARE_TR_FUNCTIONS(rc::GeodesicMeasure)

public:
  /// Measures points given in `crs`. Throws CrsError when PROJ cannot take them to longitude/latitude.
  explicit GeodesicMeasure(const Crs &crs = Crs::wgs84());

  [[nodiscard]] const Crs &crs() const { return m_toLonLat.source(); }

  /// Metres along the geodesic from a to b.
  [[nodiscard]] double distance(QPointF a, QPointF b) const;
  /// Metres along each edge of the polyline: one value fewer than there are points.
  [[nodiscard]] QList<double> segmentLengths(const QList<QPointF> &points) const;
  /// Metres along the polyline, each edge a geodesic.
  [[nodiscard]] double length(const QList<QPointF> &points) const;
  /// The ring is closed implicitly; fewer than three points enclose nothing.
  [[nodiscard]] PolygonMeasurement polygon(const QList<QPointF> &ring) const;

  /// Metres along the geodesic between two longitude/latitude points in degrees.
  [[nodiscard]] static double lonLatDistance(double lon1, double lat1, double lon2, double lat2);
  /// A longitude/latitude box that holds every point within `metres` of `box` (degrees), with a
  /// margin: what a spatial index is asked for before distances are measured exactly.
  [[nodiscard]] static BBox lonLatBoundsAround(const BBox &box, double metres);

  /// "850 m", "12.35 km", in the UI language.
  [[nodiscard]] static QString formatDistance(double metres);
  /// "5,400 m² (8.10 mu)", "2.50 km² (3,750 mu)": metric first, with the Chinese land unit, which
  /// the city's land and planning staff still think in.
  [[nodiscard]] static QString formatArea(double squareMetres);
  /// 1 mu (亩) is 10000/15 m² exactly (the 1990s metrication fixed 15 mu to the hectare).
  [[nodiscard]] static constexpr double squareMetresToMu(double squareMetres)
  {
    return squareMetres * 15 / 10000;
  }

private:
  /// The points in longitude/latitude, without the ones that could not be transformed.
  [[nodiscard]] QList<QPointF> toLonLat(const QList<QPointF> &points) const;

  CoordinateTransform m_toLonLat;
};

} // namespace rc
