#pragma once

#include "geo/BBox.h"
#include "geo/Crs.h"

#include <QColor>
#include <QList>
#include <QPointF>
#include <QSize>

namespace rc {

/// Converts between map coordinates and output pixels for one frame (y grows downwards in pixels).
class MapToPixel
{
public:
  MapToPixel() = default;
  MapToPixel(const BBox &visibleExtent, double mapUnitsPerPixel)
      : m_xMin(visibleExtent.xMin), m_yMax(visibleExtent.yMax), m_mupp(mapUnitsPerPixel)
  {}

  [[nodiscard]] double mapUnitsPerPixel() const { return m_mupp; }
  [[nodiscard]] double pixelX(double x) const { return (x - m_xMin) / m_mupp; }
  [[nodiscard]] double pixelY(double y) const { return (m_yMax - y) / m_mupp; }
  [[nodiscard]] QPointF toPixel(double x, double y) const { return {pixelX(x), pixelY(y)}; }
  [[nodiscard]] QPointF toMap(QPointF pixel) const
  {
    return {m_xMin + pixel.x() * m_mupp, m_yMax - pixel.y() * m_mupp};
  }

private:
  double m_xMin = 0;
  double m_yMax = 0;
  double m_mupp = 1;
};

/// Everything one frame needs but its layers: extent, output size and DPI, destination CRS and
/// background. A plain value: every render job takes its own copy, so the canvas can move on while
/// it renders. The layers come to a job as snapshots (LayerSnapshots).
class MapSettings
{
public:
  [[nodiscard]] BBox extent() const { return m_extent; }
  void setExtent(const BBox &extent) { m_extent = extent; }
  [[nodiscard]] QSize outputSize() const { return m_size; }
  void setOutputSize(QSize size) { m_size = size; }
  [[nodiscard]] double dpi() const { return m_dpi; }
  void setDpi(double dpi) { m_dpi = dpi; }
  [[nodiscard]] const Crs &destinationCrs() const { return m_crs; }
  void setDestinationCrs(const Crs &crs) { m_crs = crs; }
  [[nodiscard]] QColor backgroundColor() const { return m_background; }
  void setBackgroundColor(QColor color) { m_background = color; }

  [[nodiscard]] bool hasValidSettings() const;
  /// The extent grown on one axis so that it has the output's aspect ratio, centred on extent().
  [[nodiscard]] BBox visibleExtent() const;
  [[nodiscard]] double mapUnitsPerPixel() const;
  [[nodiscard]] MapToPixel mapToPixel() const { return {visibleExtent(), mapUnitsPerPixel()}; }
  /// Scale denominator (the 25000 of 1:25000) at the centre of the view.
  [[nodiscard]] double scale() const;
  /// Device pixels per CSS-like pixel at 96 DPI: symbol sizes are given at 96 DPI.
  [[nodiscard]] double symbolScale() const { return m_dpi / 96.0; }

private:
  BBox m_extent;
  QSize m_size{800, 600};
  double m_dpi = 96;
  Crs m_crs;
  QColor m_background{0xF2, 0xEF, 0xE9};
};

/// Metres per map unit at a latitude (degrees for geographic CRSs, metres or feet otherwise).
[[nodiscard]] double metresPerMapUnit(const Crs &crs, double latitude);

} // namespace rc
