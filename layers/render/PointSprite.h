#pragma once

#include "style/Symbol.h"

#include <QImage>

#include <cstdint>
#include <vector>

class QPainterPath;

namespace rc {

/// The outline of a marker shape of `size` pixels centred on `centre`: what sprites, legends and
/// printed layouts all draw.
[[nodiscard]] QPainterPath markerPath(MarkerShape shape, double size, QPointF centre);

/// A marker pre-rendered once, antialiased, into a small premultiplied image, then stamped into the
/// frame by direct pixel blending. QPainter costs microseconds per marker; stamping a sprite costs
/// tens of nanoseconds, which is what lets a million points draw in a fraction of a second.
/// Markers snap to whole pixels. Not thread-safe: one per renderer.
class PointSprite
{
public:
  PointSprite(const MarkerSymbol &symbol, double symbolScale);

  /// Half the sprite's extent in pixels: how far outside the view a point can still show.
  [[nodiscard]] int radius() const { return m_radius; }
  [[nodiscard]] const QImage &image() const { return m_sprite; }

  /// Prepares stamping into `target` (Format_ARGB32_Premultiplied). Stamps at a pixel already
  /// stamped since begin() are skipped: the same sprite at the same place would only darken its
  /// antialiased rim, and dense layers repeat pixels a lot at small scales.
  void begin(QImage &target);
  /// Stamps the marker centred on pixel (x, y), clipped to the target.
  void stamp(int x, int y);

private:
  QImage m_sprite;
  int m_radius = 0;
  std::uint32_t *m_bits = nullptr;
  std::size_t m_stride = 0; ///< in pixels
  int m_width = 0;
  int m_height = 0;
  std::vector<std::uint64_t> m_stamped;
};

} // namespace rc
