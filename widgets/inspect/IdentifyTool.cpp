#include "inspect/IdentifyTool.h"

#include "map/LayerStack.h"
#include "map/MapCanvas.h"
#include "map/VectorLayer.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace rc {

namespace {

/// A press that moves further than this is a box, not a click.
constexpr int kDragThreshold = 4;
/// Three blinks: on and off three times.
constexpr int kFlashTicks = 6;
constexpr int kFlashIntervalMs = 150;

const QColor kFlashColor(0xE5, 0x39, 0x35);
const QColor kBoxColor(0x1F, 0x6F, 0xB2);

} // namespace

std::size_t IdentifyResults::total() const
{
  std::size_t sum = 0;
  for (const IdentifyLayerResult &layer : layers)
    sum += layer.total;
  return sum;
}

std::size_t IdentifyResults::shown() const
{
  std::size_t sum = 0;
  for (const IdentifyLayerResult &layer : layers)
    sum += layer.features.size();
  return sum;
}

IdentifyTool::IdentifyTool(MapCanvas *canvas, LayerStack *layers) : MapTool(canvas), m_layers(layers)
{
  m_flashTimer.setInterval(kFlashIntervalMs);
  connect(&m_flashTimer, &QTimer::timeout, this, &IdentifyTool::onFlashTick);
}

IdentifyTool::~IdentifyTool()
{
  // The worker owns copies of everything it reads; telling it to stop is enough.
  cancel();
}

void IdentifyTool::setMaximumResults(int count)
{
  m_maximumResults = std::max(1, count);
}

void IdentifyTool::setTolerancePixels(double pixels)
{
  m_tolerance = std::max(0.0, pixels);
}

void IdentifyTool::setLayer(VectorLayer *layer)
{
  m_layer = layer;
}

void IdentifyTool::identifyAt(QPointF pixel)
{
  const QPointF map = canvas()->toMap(pixel);
  search(HitShape::point(map.x(), map.y(), m_tolerance * canvas()->mapSettings().mapUnitsPerPixel()));
}

void IdentifyTool::identifyInRect(const QRectF &pixels)
{
  const QPointF a = canvas()->toMap(pixels.topLeft()), b = canvas()->toMap(pixels.bottomRight());
  search(HitShape::box(
      {std::min(a.x(), b.x()), std::min(a.y(), b.y()), std::max(a.x(), b.x()), std::max(a.y(), b.y())}));
}

void IdentifyTool::cancel()
{
  if (m_cancel)
    *m_cancel = true;
  m_cancel.reset();
  if (m_watcher) {
    m_watcher->disconnect(this);
    m_watcher.release()->deleteLater();
  }
  m_pending = {};
}

void IdentifyTool::search(const HitShape &canvasShape)
{
  cancel();
  QList<VectorLayer *> layers;
  if (m_layer) {
    if (m_layer->state() == MapLayer::State::Ready && m_layer->features())
      layers.append(m_layer);
  } else {
    layers = searchableLayers(*m_layers);
  }

  std::vector<HitQuery> queries;
  for (VectorLayer *layer : std::as_const(layers)) {
    IdentifyLayerResult result;
    CoordinateTransform toLayer;
    try {
      result.toCanvas = CoordinateTransform(layer->crs(), canvas()->destinationCrs());
      toLayer = CoordinateTransform(canvas()->destinationCrs(), layer->crs());
    } catch (const CrsError &) {
      continue; // a layer the canvas cannot reach is not drawn either
    }
    result.layer = layer;
    result.layerName = layer->name();
    result.store = layer->features();
    queries.push_back(HitQuery::forLayer(*layer, canvasShape.transformed(toLayer)));
    m_pending.layers.append(std::move(result));
  }

  m_cancel = std::make_shared<std::atomic_bool>(false);
  m_watcher = std::make_unique<QFutureWatcher<std::vector<HitList>>>();
  connect(m_watcher.get(), &QFutureWatcher<std::vector<HitList>>::finished, this,
          &IdentifyTool::onSearchFinished);
  emit identifyStarted();
  m_watcher->setFuture(hitFeaturesAsync(std::move(queries), std::size_t(m_maximumResults), m_cancel));
}

void IdentifyTool::onSearchFinished()
{
  const std::vector<HitList> lists = m_watcher->result();
  m_watcher.release()->deleteLater();
  m_cancel.reset();
  IdentifyResults results;
  for (qsizetype i = 0; i < m_pending.layers.size(); ++i) {
    if (lists[std::size_t(i)].total == 0)
      continue;
    IdentifyLayerResult layer = m_pending.layers[i];
    layer.features = lists[std::size_t(i)].features;
    layer.total = lists[std::size_t(i)].total;
    results.layers.append(std::move(layer));
  }
  m_pending = {};

  QList<IdentifiedFeature> flash;
  for (const IdentifyLayerResult &layer : std::as_const(results.layers))
    for (std::size_t i = 0; i < layer.features.size(); ++i)
      flash.append(layer.identified(i));
  emit identified(results);
  flashFeatures(flash);
}

void IdentifyTool::flashFeature(const IdentifiedFeature &feature)
{
  flashFeatures({feature});
}

void IdentifyTool::flashFeatures(const QList<IdentifiedFeature> &features)
{
  m_flash.clear();
  for (const IdentifiedFeature &f : features) {
    if (!f.store || f.feature >= f.store->featureCount() || f.store->kind(f.feature) == GeometryKind::Empty)
      continue;
    FlashShape shape;
    shape.kind = f.store->kind(f.feature);
    for (std::size_t r = 0; r < f.store->ringCount(f.feature); ++r) {
      const std::span<const double> xy = f.store->ring(f.feature, r).xy;
      std::vector<double> canvasXy(xy.begin(), xy.end());
      f.toCanvas.transformInPlace(canvasXy.data(), canvasXy.size() / 2);
      QPolygonF ring;
      ring.reserve(qsizetype(canvasXy.size() / 2));
      for (std::size_t i = 0; i + 1 < canvasXy.size(); i += 2)
        if (std::isfinite(canvasXy[i]) && std::isfinite(canvasXy[i + 1]))
          ring.append(QPointF(canvasXy[i], canvasXy[i + 1]));
      shape.rings.append(ring);
    }
    m_flash.append(std::move(shape));
  }
  m_flashTicks = 0;
  if (m_flash.isEmpty())
    m_flashTimer.stop();
  else
    m_flashTimer.start();
  canvas()->update();
}

void IdentifyTool::onFlashTick()
{
  if (++m_flashTicks >= kFlashTicks) {
    m_flashTimer.stop();
    m_flash.clear();
  }
  canvas()->update();
}

void IdentifyTool::mousePress(QMouseEvent *event)
{
  if (event->button() != Qt::LeftButton)
    return;
  m_pressed = true;
  m_dragging = false;
  m_pressPos = m_dragPos = event->position().toPoint();
}

void IdentifyTool::mouseMove(QMouseEvent *event)
{
  if (!m_pressed)
    return;
  m_dragPos = event->position().toPoint();
  if ((m_dragPos - m_pressPos).manhattanLength() > kDragThreshold)
    m_dragging = true;
  if (m_dragging)
    canvas()->update();
}

void IdentifyTool::mouseRelease(QMouseEvent *event)
{
  if (event->button() != Qt::LeftButton || !m_pressed)
    return;
  m_pressed = false;
  m_dragPos = event->position().toPoint();
  if (m_dragging) {
    m_dragging = false;
    canvas()->update();
    identifyInRect(QRectF(m_pressPos, m_dragPos).normalized());
  } else {
    identifyAt(event->position());
  }
}

bool IdentifyTool::keyPress(QKeyEvent *event)
{
  if (event->key() != Qt::Key_Escape)
    return false;
  if (m_pressed) {
    m_pressed = m_dragging = false;
    canvas()->update();
    return true;
  }
  if (isBusy()) {
    cancel();
    return true;
  }
  return false;
}

void IdentifyTool::deactivate()
{
  m_pressed = m_dragging = false;
  m_flashTimer.stop();
  m_flash.clear();
}

void IdentifyTool::paint(QPainter &painter)
{
  if (m_dragging) {
    painter.setPen(QPen(kBoxColor, 1.5, Qt::DashLine));
    painter.setBrush(QColor(kBoxColor.red(), kBoxColor.green(), kBoxColor.blue(), 40));
    painter.drawRect(QRect(m_pressPos, m_dragPos).normalized());
  }
  // Drawn on the even ticks: on, off, on, off, on, off.
  if (m_flash.isEmpty() || m_flashTicks % 2 != 0)
    return;
  const MapToPixel toPixel = canvas()->mapSettings().mapToPixel();
  painter.setPen(QPen(kFlashColor, 3));
  for (const FlashShape &shape : std::as_const(m_flash)) {
    if (shape.kind == GeometryKind::Polygon) {
      QPainterPath path;
      path.setFillRule(Qt::OddEvenFill);
      for (const QPolygonF &ring : shape.rings) {
        QPolygonF pixels;
        pixels.reserve(ring.size());
        for (const QPointF &p : ring)
          pixels.append(toPixel.toPixel(p.x(), p.y()));
        path.addPolygon(pixels);
        path.closeSubpath();
      }
      painter.setBrush(QColor(kFlashColor.red(), kFlashColor.green(), kFlashColor.blue(), 90));
      painter.drawPath(path);
      continue;
    }
    painter.setBrush(Qt::NoBrush);
    for (const QPolygonF &ring : shape.rings) {
      if (shape.kind == GeometryKind::Point || ring.size() == 1) {
        for (const QPointF &p : ring)
          painter.drawEllipse(toPixel.toPixel(p.x(), p.y()), 8, 8);
        continue;
      }
      QPolygonF pixels;
      pixels.reserve(ring.size());
      for (const QPointF &p : ring)
        pixels.append(toPixel.toPixel(p.x(), p.y()));
      painter.drawPolyline(pixels);
    }
  }
}

} // namespace rc
