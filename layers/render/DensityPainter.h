#pragma once

#include "render/RenderFrame.h"
#include "style/Symbol.h"

#include <QImage>

namespace rc {

/// The aggregate point renderers, which draw how many features are where rather than each one:
/// a kernel-density heatmap, hexagonal bins and point clusters. Each costs one pass over the points
/// plus work proportional to the pixels or cells, so a million events render in tens of
/// milliseconds. Worker thread.
class DensityPainter
{
public:
  DensityPainter(const RenderFrame &frame, const VectorStyle &style);

  void drawHeatmap(QImage &image) const;
  void drawHexBins(QImage &image) const;
  void drawClusters(QImage &image) const;

private:
  /// The weight of a feature: the weight field's value, or 1.
  [[nodiscard]] double weight(std::uint32_t feature) const;

  const RenderFrame &m_frame;
  const VectorStyle &m_style;
  int m_weightField = -1;
};

/// Antenna sectors of cell sites: a wedge per feature, from its azimuth (degrees clockwise from
/// north), beam width (degrees) and range (metres), coloured by the first matching class. Worker
/// thread.
class SectorPainter
{
public:
  SectorPainter(const RenderFrame &frame, const VectorStyle &style, double metresPerPixel);

  /// Draws the wedges of `features` with `symbols`.
  void draw(QPainter &painter, const std::vector<std::uint32_t> &features, const SymbolSet &symbols) const;

private:
  const RenderFrame &m_frame;
  double m_metresPerPixel;
  int m_azimuth = -1;
  int m_beamwidth = -1;
  int m_range = -1;
};

} // namespace rc
