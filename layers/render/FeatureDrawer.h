#pragma once

#include "render/RenderFrame.h"
#include "style/Symbol.h"

#include <QImage>

namespace rc {

/// Draws features with one SymbolSet: polygons, then lines, then points (stamped sprites), each in
/// feature order. Features smaller than a pixel become a dot. Used per class by the classified
/// renderers. With the frame's vectorPainter set it paints on that instead of `image`, markers as
/// paths. Worker thread; one per draw call.
class FeatureDrawer
{
public:
  FeatureDrawer(const RenderFrame &frame, const SymbolSet &symbols) : m_frame(frame), m_symbols(symbols) {}

  void draw(QImage &image, const std::vector<std::uint32_t> &features) const;

private:
  void drawPolygons(QPainter &painter, const std::vector<std::uint32_t> &features) const;
  void drawLines(QPainter &painter, const std::vector<std::uint32_t> &features) const;
  void drawPoints(QImage &image, const std::vector<std::uint32_t> &features) const;
  void paintPoints(QPainter &painter, const std::vector<std::uint32_t> &features) const;

  const RenderFrame &m_frame;
  const SymbolSet &m_symbols;
};

} // namespace rc
