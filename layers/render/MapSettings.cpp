#include "render/MapSettings.h"

#include "geo/CoordinateTransform.h"

#include <numbers>

namespace rc {

bool MapSettings::hasValidSettings() const
{
  return m_crs.isValid() && !m_extent.isEmpty() && m_extent.isFinite() && m_extent.width() > 0 &&
         m_extent.height() > 0 && m_size.width() > 0 && m_size.height() > 0 && m_dpi > 0;
}

double MapSettings::mapUnitsPerPixel() const
{
  if (m_size.isEmpty())
    return 1;
  return std::max(m_extent.width() / m_size.width(), m_extent.height() / m_size.height());
}

BBox MapSettings::visibleExtent() const
{
  const double mupp = mapUnitsPerPixel();
  const double halfW = mupp * m_size.width() / 2, halfH = mupp * m_size.height() / 2;
  return {m_extent.centerX() - halfW, m_extent.centerY() - halfH, m_extent.centerX() + halfW,
          m_extent.centerY() + halfH};
}

double MapSettings::scale() const
{
  double latitude = m_extent.centerY();
  if (!m_crs.isGeographic()) {
    try {
      double x = m_extent.centerX();
      CoordinateTransform(m_crs, Crs::wgs84()).transform(x, latitude);
    } catch (const CrsError &) {
      latitude = 0;
    }
  }
  const double metresPerPixel = mapUnitsPerPixel() * metresPerMapUnit(m_crs, latitude);
  return metresPerPixel * m_dpi / 0.0254;
}

double metresPerMapUnit(const Crs &crs, double latitude)
{
  if (!crs.isGeographic())
    return 1;
  // Along the parallel through the view's centre, on the mean Earth sphere: what QGIS and a printed
  // map's horizontal scale bar mean by scale in a geographic CRS.
  constexpr double kMetresPerDegree = 6371008.8 * std::numbers::pi / 180;
  const double lat = std::clamp(latitude, -89.0, 89.0) * std::numbers::pi / 180;
  return kMetresPerDegree * std::cos(lat);
}

} // namespace rc
