#include "render/FeatureDrawer.h"

#include "render/PointSprite.h"

#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>

#include <memory>

#include <cmath>

namespace rc {

namespace {

constexpr std::size_t kCancelCheckInterval = 4096;

QPen makePen(QColor color, double width, Qt::PenStyle style = Qt::SolidLine)
{
  if (width <= 0 || color.alpha() == 0)
    return Qt::NoPen;
  return QPen(color, width, style, Qt::RoundCap, Qt::RoundJoin);
}

} // namespace

void ringToPixels(QPolygonF &out, const RenderFrame &frame, std::size_t first, std::size_t last)
{
  out.clear();
  const MapToPixel &m = frame.mapToPixel;
  double lastX = NAN, lastY = NAN;
  for (std::size_t v = first; v < last; ++v) {
    const double px = m.pixelX(frame.xy[2 * v]), py = m.pixelY(frame.xy[2 * v + 1]);
    if (!std::isfinite(px) || !std::isfinite(py))
      continue;
    if (std::abs(px - lastX) < 0.5 && std::abs(py - lastY) < 0.5 && v + 1 != last)
      continue;
    out.append(QPointF(px, py));
    lastX = px;
    lastY = py;
  }
}

void FeatureDrawer::draw(QImage &image, const std::vector<std::uint32_t> &features) const
{
  bool hasPoints = false, hasLines = false, hasPolygons = false;
  for (std::uint32_t f : features) {
    const GeometryKind kind = m_frame.store->kind(f);
    hasPoints |= kind == GeometryKind::Point;
    hasLines |= kind == GeometryKind::Line;
    hasPolygons |= kind == GeometryKind::Polygon;
  }
  if (QPainter *painter = m_frame.vectorPainter) {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (hasPolygons)
      drawPolygons(*painter, features);
    if (hasLines && !*m_frame.cancelled)
      drawLines(*painter, features);
    if (hasPoints && !*m_frame.cancelled)
      paintPoints(*painter, features);
    painter->restore();
    return;
  }
  if (hasPolygons || hasLines) {
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    if (hasPolygons)
      drawPolygons(painter, features);
    if (hasLines && !*m_frame.cancelled)
      drawLines(painter, features);
  }
  // Sprites write pixels directly, so no painter may be open on the image meanwhile.
  if (hasPoints && !*m_frame.cancelled)
    drawPoints(image, features);
}

void FeatureDrawer::drawPolygons(QPainter &painter, const std::vector<std::uint32_t> &features) const
{
  const FillSymbol &symbol = m_symbols.fill;
  painter.setPen(makePen(symbol.stroke, symbol.strokeWidth * m_frame.symbolScale));
  painter.setBrush(symbol.fill);
  const QColor dotColor = symbol.stroke.alpha() > 0 ? symbol.stroke : symbol.fill;
  const FeatureStore &store = *m_frame.store;
  const MapToPixel &m = m_frame.mapToPixel;
  QPolygonF ring;
  QPainterPath path;
  std::size_t visited = 0;
  for (std::uint32_t f : features) {
    if (store.kind(f) != GeometryKind::Polygon)
      continue;
    if (++visited % kCancelCheckInterval == 0 && *m_frame.cancelled)
      return;
    const auto [first, last] = store.vertexRange(f);
    BBox pixels;
    for (std::size_t v = first; v < last; ++v)
      pixels.include(m.pixelX(m_frame.xy[2 * v]), m.pixelY(m_frame.xy[2 * v + 1]));
    if (!pixels.isFinite())
      continue;
    if (pixels.width() < 1.5 && pixels.height() < 1.5) {
      painter.fillRect(QRectF(pixels.xMin, pixels.yMin, 1, 1), dotColor);
      continue;
    }
    const std::size_t rings = store.ringCount(f);
    if (rings == 1) {
      const auto [rf, rl] = store.ringVertexRange(f, 0);
      ringToPixels(ring, m_frame, rf, rl);
      painter.drawPolygon(ring);
      continue;
    }
    // Holes and multipolygon parts: one path, odd-even fill cuts the holes out.
    path.clear();
    path.setFillRule(Qt::OddEvenFill);
    for (std::size_t r = 0; r < rings; ++r) {
      const auto [rf, rl] = store.ringVertexRange(f, r);
      ringToPixels(ring, m_frame, rf, rl);
      path.addPolygon(ring);
      path.closeSubpath();
    }
    painter.drawPath(path);
  }
}

void FeatureDrawer::drawLines(QPainter &painter, const std::vector<std::uint32_t> &features) const
{
  const LineSymbol &symbol = m_symbols.line;
  painter.setPen(makePen(symbol.color, std::max(0.1, symbol.width * m_frame.symbolScale), symbol.style));
  painter.setBrush(Qt::NoBrush);
  const FeatureStore &store = *m_frame.store;
  QPolygonF line;
  std::size_t visited = 0;
  for (std::uint32_t f : features) {
    if (store.kind(f) != GeometryKind::Line)
      continue;
    if (++visited % kCancelCheckInterval == 0 && *m_frame.cancelled)
      return;
    for (std::size_t r = 0, rings = store.ringCount(f); r < rings; ++r) {
      const auto [rf, rl] = store.ringVertexRange(f, r);
      ringToPixels(line, m_frame, rf, rl);
      if (line.size() >= 2)
        painter.drawPolyline(line);
    }
  }
}

void FeatureDrawer::drawPoints(QImage &image, const std::vector<std::uint32_t> &features) const
{
  PointSprite sprite(m_symbols.marker, m_frame.symbolScale);
  sprite.begin(image);
  const FeatureStore &store = *m_frame.store;
  const MapToPixel &m = m_frame.mapToPixel;
  const double *xy = m_frame.xy;
  std::size_t visited = 0;
  for (std::uint32_t f : features) {
    if (store.kind(f) != GeometryKind::Point)
      continue;
    if (++visited % (16 * kCancelCheckInterval) == 0 && *m_frame.cancelled)
      return;
    const auto [first, last] = store.vertexRange(f);
    for (std::size_t v = first; v < last; ++v) {
      const double px = m.pixelX(xy[2 * v]), py = m.pixelY(xy[2 * v + 1]);
      // NaN (untransformable) and far-away points fail this test and are skipped.
      if (px > -1e6 && px < 1e6 && py > -1e6 && py < 1e6)
        sprite.stamp(int(std::floor(px)), int(std::floor(py)));
    }
  }
}

void FeatureDrawer::paintPoints(QPainter &painter, const std::vector<std::uint32_t> &features) const
{
  const MarkerSymbol &symbol = m_symbols.marker;
  const double size = std::max(1.0, symbol.size * m_frame.symbolScale);
  const double stroke = symbol.strokeWidth * m_frame.symbolScale;
  std::unique_ptr<QSvgRenderer> svg;
  if (!symbol.svgPath.isEmpty()) {
    svg = std::make_unique<QSvgRenderer>(symbol.svgPath);
    if (!svg->isValid())
      svg.reset(); // as the sprite does: an unreadable icon falls back to the shape
  }
  painter.setBrush(symbol.fill);
  painter.setPen(stroke > 0 && symbol.stroke.alpha() > 0 ? QPen(symbol.stroke, stroke) : QPen(Qt::NoPen));
  const QPainterPath shape = markerPath(symbol.shape, size, QPointF(0, 0));
  const FeatureStore &store = *m_frame.store;
  const MapToPixel &m = m_frame.mapToPixel;
  for (std::uint32_t f : features) {
    if (store.kind(f) != GeometryKind::Point)
      continue;
    if (*m_frame.cancelled)
      return;
    const auto [first, last] = store.vertexRange(f);
    for (std::size_t v = first; v < last; ++v) {
      // The features come from the view's query; the page's clip trims what reaches beyond it.
      const QPointF at(m.pixelX(m_frame.xy[2 * v]), m.pixelY(m_frame.xy[2 * v + 1]));
      if (!std::isfinite(at.x()) || !std::isfinite(at.y()))
        continue;
      if (svg)
        svg->render(&painter, QRectF(at.x() - size / 2, at.y() - size / 2, size, size));
      else
        painter.drawPath(shape.translated(at));
    }
  }
}

} // namespace rc
