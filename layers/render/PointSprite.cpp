#include "render/PointSprite.h"

#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>

#include <cmath>

namespace rc {

namespace {

// dst = src + dst * (1 - srcAlpha), on premultiplied ARGB, two channels per multiply.
inline std::uint32_t blend(std::uint32_t src, std::uint32_t dst)
{
  const std::uint32_t inverseAlpha = 255 - (src >> 24);
  std::uint32_t rb = (dst & 0x00FF00FF) * inverseAlpha;
  rb = ((rb + ((rb >> 8) & 0x00FF00FF) + 0x00800080) >> 8) & 0x00FF00FF;
  std::uint32_t ag = ((dst >> 8) & 0x00FF00FF) * inverseAlpha;
  ag = (ag + ((ag >> 8) & 0x00FF00FF) + 0x00800080) & 0xFF00FF00;
  return src + (rb | ag);
}

} // namespace

QPainterPath markerPath(MarkerShape shape, double size, QPointF centre)
{
  const double r = size / 2;
  QPainterPath path;
  switch (shape) {
  case MarkerShape::Circle:
    path.addEllipse(centre, r, r);
    break;
  case MarkerShape::Square:
    path.addRect(QRectF(centre.x() - r, centre.y() - r, size, size));
    break;
  case MarkerShape::Triangle:
    path.moveTo(centre.x(), centre.y() - r);
    path.lineTo(centre.x() + r * 0.866, centre.y() + r * 0.5);
    path.lineTo(centre.x() - r * 0.866, centre.y() + r * 0.5);
    path.closeSubpath();
    break;
  case MarkerShape::Diamond:
    path.moveTo(centre.x(), centre.y() - r);
    path.lineTo(centre.x() + r, centre.y());
    path.lineTo(centre.x(), centre.y() + r);
    path.lineTo(centre.x() - r, centre.y());
    path.closeSubpath();
    break;
  }
  return path;
}

PointSprite::PointSprite(const MarkerSymbol &symbol, double symbolScale)
{
  const double size = std::max(1.0, symbol.size * symbolScale);
  const double stroke = symbol.strokeWidth * symbolScale;
  m_radius = int(std::ceil((size + stroke) / 2)) + 1;
  const int side = 2 * m_radius + 1;
  m_sprite = QImage(side, side, QImage::Format_ARGB32_Premultiplied);
  m_sprite.fill(Qt::transparent);
  QPainter painter(&m_sprite);
  painter.setRenderHint(QPainter::Antialiasing);
  if (!symbol.svgPath.isEmpty()) {
    QSvgRenderer svg(symbol.svgPath);
    if (svg.isValid()) {
      svg.render(&painter, QRectF(m_radius + 0.5 - size / 2, m_radius + 0.5 - size / 2, size, size));
      return;
    }
    // An unreadable icon falls back to the shape, so the feature still shows.
  }
  painter.setBrush(symbol.fill);
  if (stroke > 0 && symbol.stroke.alpha() > 0)
    painter.setPen(QPen(symbol.stroke, stroke));
  else
    painter.setPen(Qt::NoPen);
  painter.drawPath(markerPath(symbol.shape, size, QPointF(m_radius + 0.5, m_radius + 0.5)));
}

void PointSprite::begin(QImage &target)
{
  Q_ASSERT(target.format() == QImage::Format_ARGB32_Premultiplied);
  m_bits = reinterpret_cast<std::uint32_t *>(target.bits());
  m_stride = std::size_t(target.bytesPerLine()) / 4;
  m_width = target.width();
  m_height = target.height();
  m_stamped.assign((std::size_t(m_width) * m_height + 63) / 64, 0);
}

void PointSprite::stamp(int x, int y)
{
  const int width = m_width, height = m_height;
  if (x < -m_radius || y < -m_radius || x >= width + m_radius || y >= height + m_radius)
    return;
  if (x >= 0 && y >= 0 && x < width && y < height) {
    const std::size_t bit = std::size_t(y) * width + x;
    std::uint64_t &word = m_stamped[bit >> 6];
    const std::uint64_t mask = std::uint64_t(1) << (bit & 63);
    if (word & mask)
      return;
    word |= mask;
  }
  const int side = m_sprite.width();
  const int left = x - m_radius, top = y - m_radius;
  const int sx0 = std::max(0, -left), sy0 = std::max(0, -top);
  const int sx1 = std::min(side, width - left), sy1 = std::min(side, height - top);
  for (int sy = sy0; sy < sy1; ++sy) {
    const auto *src = reinterpret_cast<const std::uint32_t *>(m_sprite.constScanLine(sy));
    std::uint32_t *dst = m_bits + std::size_t(top + sy) * m_stride + left;
    for (int sx = sx0; sx < sx1; ++sx) {
      const std::uint32_t s = src[sx];
      if (s == 0)
        continue;
      dst[sx] = (s >> 24) == 255 ? s : blend(s, dst[sx]);
    }
  }
}

} // namespace rc
