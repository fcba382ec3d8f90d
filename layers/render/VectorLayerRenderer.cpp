#include "render/VectorLayerRenderer.h"

#include "geo/CoordinateTransform.h"
#include "render/LabelEngine.h"
#include "render/PointSprite.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace rc {

/// What every drawing pass of one frame shares.
struct VectorLayerRenderer::Frame
{
  const double *xy = nullptr; ///< in the destination CRS
  std::vector<std::uint32_t> features;
  MapToPixel mapToPixel;
  double symbolScale = 1;
  const std::atomic_bool *cancelled = nullptr;
};

namespace {

constexpr std::size_t kCancelCheckInterval = 4096;

// Appends the ring's vertices in pixels, dropping those within half a pixel of the last one kept:
// they cannot change the picture, and at small scales they are most of the vertices.
void appendRing(QPolygonF &out, const double *xy, std::size_t first, std::size_t last, const MapToPixel &m)
{
  out.clear();
  double lastX = NAN, lastY = NAN;
  for (std::size_t v = first; v < last; ++v) {
    const double px = m.pixelX(xy[2 * v]), py = m.pixelY(xy[2 * v + 1]);
    if (!std::isfinite(px) || !std::isfinite(py))
      continue;
    if (std::abs(px - lastX) < 0.5 && std::abs(py - lastY) < 0.5 && v + 1 != last)
      continue;
    out.append(QPointF(px, py));
    lastX = px;
    lastY = py;
  }
}

QPen makePen(QColor color, double width, Qt::PenStyle style = Qt::SolidLine)
{
  if (width <= 0 || color.alpha() == 0)
    return Qt::NoPen;
  QPen pen(color, width, style, Qt::RoundCap, Qt::RoundJoin);
  return pen;
}

} // namespace

VectorLayerRenderer::VectorLayerRenderer(QString layerId, quint64 revision, double opacity,
                                         std::shared_ptr<const FeatureStore> store,
                                         std::shared_ptr<ReprojectionCache> reprojection, Crs sourceCrs,
                                         VectorStyle style)
    : LayerRenderer(std::move(layerId), revision, opacity), m_store(std::move(store)),
      m_reprojection(std::move(reprojection)), m_sourceCrs(std::move(sourceCrs)), m_style(std::move(style))
{
}

void VectorLayerRenderer::prepareLabels(LabelEngine &engine, int layerOrder, const MapSettings &settings)
{
  const LabelSettings &labels = m_style.labels;
  if (!labels.enabled || !m_store || (labels.maxScale > 0 && settings.scale() > labels.maxScale))
    return;
  m_labelField = m_store->fieldIndex(labels.field);
  if (m_labelField < 0)
    return;
  m_labels = &engine;
  m_labelLayer = engine.addLayer(layerOrder, labels, settings.dpi());
}

void VectorLayerRenderer::render(QImage &image, const MapSettings &settings, const std::atomic_bool &cancelled)
{
  if (!m_store || m_store->featureCount() == 0)
    return;
  Frame frame;
  frame.mapToPixel = settings.mapToPixel();
  frame.symbolScale = settings.symbolScale();
  frame.cancelled = &cancelled;

  // Symbols reach beyond their feature's bounds: widen the query so edge markers aren't cut.
  const double marginPixels = 2 + frame.symbolScale * std::max(m_style.marker.size, m_style.line.width);
  const double margin = marginPixels * frame.mapToPixel.mapUnitsPerPixel();
  const BBox visible = settings.visibleExtent();
  const BBox query{visible.xMin - margin, visible.yMin - margin, visible.xMax + margin, visible.yMax + margin};

  const CoordinateTransform transform(m_sourceCrs, settings.destinationCrs());
  std::shared_ptr<const std::vector<double>> projected;
  BBox sourceQuery = query;
  if (transform.isIdentity()) {
    frame.xy = m_store->coordinates().data();
  } else {
    projected = m_reprojection->coordinates(settings.destinationCrs());
    frame.xy = projected->data();
    try {
      sourceQuery = transform.transformBounds(query, CoordinateTransform::Direction::Inverse);
    } catch (const CrsError &) {
      // The view reaches outside the source CRS's domain: test every feature instead.
      sourceQuery = m_store->extent();
    }
  }
  frame.features = m_store->featuresIn(sourceQuery);
  if (frame.features.empty() || cancelled)
    return;

  bool hasPoints = false;
  {
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    bool hasLines = false, hasPolygons = false;
    for (std::uint32_t f : frame.features) {
      const GeometryKind kind = m_store->kind(f);
      hasPoints |= kind == GeometryKind::Point;
      hasLines |= kind == GeometryKind::Line;
      hasPolygons |= kind == GeometryKind::Polygon;
    }
    if (hasPolygons)
      drawPolygons(painter, frame);
    if (hasLines && !cancelled)
      drawLines(painter, frame);
  }
  if (hasPoints && !cancelled)
    drawPoints(image, frame);
  if (m_labels && !cancelled)
    collectLabels(frame);
}

void VectorLayerRenderer::collectLabels(const Frame &frame) const
{
  // Beyond this many, labels could not fit the frame anyway; placement cost stays bounded.
  constexpr std::size_t kMaxCandidates = 20000;
  const MapToPixel &m = frame.mapToPixel;
  const double markerRadius = m_style.marker.size * frame.symbolScale / 2;
  std::vector<LabelCandidate> candidates;
  QPolygonF line;
  for (std::uint32_t f : frame.features) {
    if (candidates.size() >= kMaxCandidates || *frame.cancelled)
      break;
    QString text = m_store->text(f, m_labelField).trimmed();
    if (text.isEmpty())
      continue;
    LabelCandidate c;
    c.text = std::move(text);
    switch (m_store->kind(f)) {
    case GeometryKind::Point: {
      const double *xy = frame.xy + 2 * m_store->vertexRange(f).first;
      c.anchor = m.toPixel(xy[0], xy[1]);
      c.markerRadius = markerRadius;
      break;
    }
    case GeometryKind::Polygon: {
      // The centre of the outer ring's bounds: cheap, and inside for the compact shapes of
      // administrative units and grids.
      const auto [first, last] = m_store->ringVertexRange(f, 0);
      BBox box;
      for (std::size_t v = first; v < last; ++v)
        box.include(frame.xy[2 * v], frame.xy[2 * v + 1]);
      c.placement = LabelCandidate::Placement::Area;
      c.anchor = m.toPixel(box.centerX(), box.centerY());
      break;
    }
    case GeometryKind::Line: {
      std::size_t longest = 0, longestCount = 0;
      for (std::size_t r = 0; r < m_store->ringCount(f); ++r) {
        const auto [rf, rl] = m_store->ringVertexRange(f, r);
        if (rl - rf > longestCount) {
          longest = r;
          longestCount = rl - rf;
        }
      }
      const auto [rf, rl] = m_store->ringVertexRange(f, longest);
      appendRing(line, frame.xy, rf, rl, m);
      c.placement = LabelCandidate::Placement::Line;
      c.line = line;
      break;
    }
    case GeometryKind::Empty:
      continue;
    }
    if (std::isfinite(c.anchor.x()) && std::isfinite(c.anchor.y()))
      candidates.push_back(std::move(c));
  }
  m_labels->addCandidates(m_labelLayer, std::move(candidates));
}

void VectorLayerRenderer::drawPolygons(QPainter &painter, const Frame &frame) const
{
  const FillSymbol &symbol = m_style.fill;
  const QPen pen = makePen(symbol.stroke, symbol.strokeWidth * frame.symbolScale);
  painter.setPen(pen);
  painter.setBrush(symbol.fill);
  const QColor dotColor = symbol.stroke.alpha() > 0 ? symbol.stroke : symbol.fill;
  const MapToPixel &m = frame.mapToPixel;
  QPolygonF ring;
  QPainterPath path;
  std::size_t visited = 0;
  for (std::uint32_t f : frame.features) {
    if (m_store->kind(f) != GeometryKind::Polygon)
      continue;
    if (++visited % kCancelCheckInterval == 0 && *frame.cancelled)
      return;
    const auto [first, last] = m_store->vertexRange(f);
    BBox pixels;
    for (std::size_t v = first; v < last; ++v)
      pixels.include(m.pixelX(frame.xy[2 * v]), m.pixelY(frame.xy[2 * v + 1]));
    if (!pixels.isFinite())
      continue;
    if (pixels.width() < 1.5 && pixels.height() < 1.5) {
      painter.fillRect(QRectF(pixels.xMin, pixels.yMin, 1, 1), dotColor);
      continue;
    }
    const std::size_t rings = m_store->ringCount(f);
    if (rings == 1) {
      const auto [rf, rl] = m_store->ringVertexRange(f, 0);
      appendRing(ring, frame.xy, rf, rl, m);
      painter.drawPolygon(ring);
      continue;
    }
    // Holes and multipolygon parts: one path, odd-even fill cuts the holes out.
    path.clear();
    path.setFillRule(Qt::OddEvenFill);
    for (std::size_t r = 0; r < rings; ++r) {
      const auto [rf, rl] = m_store->ringVertexRange(f, r);
      appendRing(ring, frame.xy, rf, rl, m);
      path.addPolygon(ring);
      path.closeSubpath();
    }
    painter.drawPath(path);
  }
}

void VectorLayerRenderer::drawLines(QPainter &painter, const Frame &frame) const
{
  const LineSymbol &symbol = m_style.line;
  painter.setPen(makePen(symbol.color, std::max(0.1, symbol.width * frame.symbolScale), symbol.style));
  painter.setBrush(Qt::NoBrush);
  QPolygonF line;
  std::size_t visited = 0;
  for (std::uint32_t f : frame.features) {
    if (m_store->kind(f) != GeometryKind::Line)
      continue;
    if (++visited % kCancelCheckInterval == 0 && *frame.cancelled)
      return;
    for (std::size_t r = 0, rings = m_store->ringCount(f); r < rings; ++r) {
      const auto [rf, rl] = m_store->ringVertexRange(f, r);
      appendRing(line, frame.xy, rf, rl, frame.mapToPixel);
      if (line.size() >= 2)
        painter.drawPolyline(line);
    }
  }
}

void VectorLayerRenderer::drawPoints(QImage &image, const Frame &frame) const
{
  PointSprite sprite(m_style.marker, frame.symbolScale);
  sprite.begin(image);
  const MapToPixel &m = frame.mapToPixel;
  const double *xy = frame.xy;
  std::size_t visited = 0;
  for (std::uint32_t f : frame.features) {
    if (m_store->kind(f) != GeometryKind::Point)
      continue;
    if (++visited % (16 * kCancelCheckInterval) == 0 && *frame.cancelled)
      return;
    const auto [first, last] = m_store->vertexRange(f);
    for (std::size_t v = first; v < last; ++v) {
      const double px = m.pixelX(xy[2 * v]), py = m.pixelY(xy[2 * v + 1]);
      // NaN (untransformable) and far-away points fail this test and are skipped.
      if (px > -1e6 && px < 1e6 && py > -1e6 && py < 1e6)
        sprite.stamp(int(std::floor(px)), int(std::floor(py)));
    }
  }
}

} // namespace rc
