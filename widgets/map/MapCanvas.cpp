#include "map/MapCanvas.h"

#include "geo/CoordinateTransform.h"
#include "map/LayerStack.h"
#include "map/MapLayer.h"
#include "map/MapTool.h"
#include "render/RenderJob.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <cmath>

namespace rc {

namespace {
constexpr double kWheelStepFactor = 1.25; // zoom per wheel notch (120 eighths of a degree)
constexpr double kKeyPanFraction = 0.25;
constexpr int kPartialFrameMs = 300;
} // namespace

MapCanvas::MapCanvas(LayerStack *layers, QWidget *parent)
    : QWidget(parent), m_layers(layers), m_crs(Crs::cgcs2000())
{
  setFocusPolicy(Qt::StrongFocus);
  setMouseTracking(true);
  setAttribute(Qt::WA_OpaquePaintEvent);
  setMinimumSize(200, 150);
  m_refreshTimer.setSingleShot(true);
  m_refreshTimer.setInterval(0);
  connect(&m_refreshTimer, &QTimer::timeout, this, &MapCanvas::startRender);
  m_partialTimer.setInterval(kPartialFrameMs);
  connect(&m_partialTimer, &QTimer::timeout, this, &MapCanvas::showPartialFrame);
  connect(m_layers, &LayerStack::repaintNeeded, this, &MapCanvas::refresh);
}

MapCanvas::~MapCanvas()
{
  if (m_job) {
    m_job->disconnect(this);
    m_job->cancel();
    // Deleting waits for the workers, which are already told to stop.
    delete m_job;
  }
}

void MapCanvas::setDestinationCrs(const Crs &crs)
{
  if (!crs.isValid() || crs == m_crs)
    return;
  // Keep the same ground in view: carry the extent over to the new CRS.
  if (!m_extent.isEmpty()) {
    try {
      m_extent = CoordinateTransform(m_crs, crs).transformBounds(visibleExtent());
    } catch (const CrsError &) {
      m_extent = BBox();
    }
  }
  m_crs = crs;
  m_image = QImage();
  emit crsChanged();
  emit extentChanged();
  refresh();
}

void MapCanvas::setAttribution(const QString &text)
{
  m_attribution = text;
  update();
}

void MapCanvas::setBackgroundColor(QColor color)
{
  if (color == m_background)
    return;
  m_background = color;
  refresh();
}

void MapCanvas::setSymbolScale(double factor)
{
  if (factor <= 0 || factor == m_symbolScale)
    return;
  m_symbolScale = factor;
  refresh();
}

void MapCanvas::setExtent(const BBox &extent)
{
  if (extent.isEmpty() || !extent.isFinite() || extent.width() <= 0 || extent.height() <= 0)
    return;
  m_extent = extent;
  emit extentChanged();
  update();
  refresh();
}

BBox MapCanvas::visibleExtent() const
{
  return mapSettings().visibleExtent();
}

MapSettings MapCanvas::mapSettings() const
{
  MapSettings settings;
  settings.setDestinationCrs(m_crs);
  settings.setExtent(m_extent);
  settings.setBackgroundColor(m_background);
  settings.setOutputSize(size());
  settings.setDpi(logicalDpiX() * m_symbolScale);
  return settings;
}

QPointF MapCanvas::toMap(QPointF pixel) const
{
  return mapSettings().mapToPixel().toMap(pixel);
}

void MapCanvas::setTool(Tool tool)
{
  setMapTool(nullptr);
  m_tool = tool;
  setCursor(tool == Tool::ZoomBox ? Qt::CrossCursor : Qt::OpenHandCursor);
}

void MapCanvas::setMapTool(MapTool *tool)
{
  if (tool == m_mapTool)
    return;
  if (m_mapTool)
    m_mapTool->deactivate();
  m_mapTool = tool;
  if (m_mapTool) {
    m_mapTool->activate();
    setCursor(m_mapTool->cursor());
  } else {
    setCursor(m_tool == Tool::ZoomBox ? Qt::CrossCursor : Qt::OpenHandCursor);
  }
  // Tools answer keys (Esc cancels, Backspace undoes a vertex): the map takes the keyboard from the
  // toolbar button that chose the tool.
  setFocus(Qt::OtherFocusReason);
  update();
  emit mapToolChanged(m_mapTool);
}

QPointF MapCanvas::toPixel(QPointF mapPoint) const
{
  return mapSettings().mapToPixel().toPixel(mapPoint.x(), mapPoint.y());
}

void MapCanvas::zoomByFactor(double factor, QPointF anchor)
{
  if (m_extent.isEmpty() || factor <= 0)
    return;
  const BBox visible = visibleExtent();
  const QPointF a = toMap(anchor);
  // The anchor keeps its fraction of the view across the zoom.
  setExtent({a.x() - (a.x() - visible.xMin) * factor, a.y() - (a.y() - visible.yMin) * factor,
             a.x() + (visible.xMax - a.x()) * factor, a.y() + (visible.yMax - a.y()) * factor});
}

void MapCanvas::zoomIn()
{
  zoomByFactor(1 / kWheelStepFactor / kWheelStepFactor, rect().center());
}

void MapCanvas::zoomOut()
{
  zoomByFactor(kWheelStepFactor * kWheelStepFactor, rect().center());
}

void MapCanvas::panByPixels(QPointF delta)
{
  if (m_extent.isEmpty())
    return;
  const double mupp = mapSettings().mapUnitsPerPixel();
  const BBox v = visibleExtent();
  const double dx = -delta.x() * mupp, dy = delta.y() * mupp;
  setExtent({v.xMin + dx, v.yMin + dy, v.xMax + dx, v.yMax + dy});
}

BBox MapCanvas::layerExtentInCanvasCrs(const MapLayer *layer) const
{
  const BBox extent = layer->extent();
  if (extent.isEmpty())
    return {};
  try {
    return CoordinateTransform(layer->crs(), m_crs).transformBounds(extent);
  } catch (const CrsError &) {
    return {};
  }
}

void MapCanvas::zoomToFullExtent()
{
  BBox all;
  for (const MapLayer *layer : m_layers->layers())
    if (layer->state() == MapLayer::State::Ready)
      all.include(layerExtentInCanvasCrs(layer));
  zoomToBox(all);
}

void MapCanvas::zoomToLayer(const MapLayer *layer)
{
  if (layer)
    zoomToBox(layerExtentInCanvasCrs(layer));
}

void MapCanvas::zoomToBox(BBox box)
{
  if (box.isEmpty() || !box.isFinite())
    return;
  // A single point or a straight line still needs an area to show.
  if (box.width() <= 0 || box.height() <= 0) {
    const double pad = m_crs.isGeographic() ? 0.01 : 1000;
    box = {box.xMin - pad, box.yMin - pad, box.xMax + pad, box.yMax + pad};
  }
  setExtent(box.scaled(1.05));
}

bool MapCanvas::isRendering() const
{
  return m_job && m_job->isActive();
}

void MapCanvas::refresh()
{
  m_refreshTimer.start();
}

void MapCanvas::startRender()
{
  if (m_extent.isEmpty() || width() <= 0 || height() <= 0)
    return;
  if (isRendering()) {
    // One job at a time; its finished slot starts the next. A job for another view is worthless
    // and is cancelled, but one for this view only waits for newer data: cancelling it too would
    // leave nothing finished on screen while the data keeps changing (a playing time slider).
    m_renderPending = true;
    const MapSettings &running = m_job->settings();
    if (running.visibleExtent() != mapSettings().visibleExtent() || running.outputSize() != size() ||
        !(running.destinationCrs() == m_crs))
      m_job->cancel();
    return;
  }
  m_renderPending = false;
  auto *job = new RenderJob(mapSettings(), snapshotsOf(m_layers->visibleLayers()), &m_cache, this);
  m_job = job;
  connect(job, &RenderJob::finished, this, &MapCanvas::onJobFinished);
  emit renderStarted();
  job->start();
  m_partialTimer.start();
}

void MapCanvas::showPartialFrame()
{
  if (!isRendering())
    return;
  m_image = m_job->renderedImage();
  m_imageExtent = m_job->settings().visibleExtent();
  update();
}

void MapCanvas::onJobFinished()
{
  m_partialTimer.stop();
  RenderJob *job = m_job;
  if (!job)
    return;
  if (!job->isCancelled()) {
    m_image = job->renderedImage();
    m_imageExtent = job->settings().visibleExtent();
    const QStringList errors = job->errors();
    if (!errors.isEmpty())
      emit renderErrors(errors);
    update();
  }
  m_job = nullptr;
  job->deleteLater();
  if (m_renderPending)
    startRender();
  else
    emit renderFinished();
}

QRectF MapCanvas::imageTargetRect() const
{
  const MapToPixel m = mapSettings().mapToPixel();
  const QPointF topLeft = m.toPixel(m_imageExtent.xMin, m_imageExtent.yMax);
  const QPointF bottomRight = m.toPixel(m_imageExtent.xMax, m_imageExtent.yMin);
  return QRectF(topLeft, bottomRight);
}

void MapCanvas::paintEvent(QPaintEvent *)
{
  QPainter painter(this);
  painter.fillRect(rect(), m_background);
  if (!m_image.isNull() && !m_extent.isEmpty()) {
    QRectF target = imageTargetRect();
    if (m_gesture == Gesture::Pan)
      target.translate(m_dragPos - m_pressPos);
    const bool exact = std::abs(target.width() - m_image.width()) < 0.5 &&
                       std::abs(target.height() - m_image.height()) < 0.5;
    if (exact)
      painter.drawImage(target.topLeft().toPoint(), m_image);
    else {
      painter.setRenderHint(QPainter::SmoothPixmapTransform);
      painter.drawImage(target, m_image);
    }
  }
  if (m_gesture == Gesture::ZoomBox) {
    painter.setPen(QPen(QColor(0x1F, 0x6F, 0xB2), 1.5, Qt::DashLine));
    painter.setBrush(QColor(0x1F, 0x6F, 0xB2, 40));
    painter.drawRect(QRect(m_pressPos, m_dragPos).normalized());
  }
  if (m_mapTool) {
    painter.setRenderHint(QPainter::Antialiasing);
    m_mapTool->paint(painter);
  }
  if (!m_attribution.isEmpty()) {
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter.setFont(font);
    const QRectF text = painter.fontMetrics().boundingRect(m_attribution).adjusted(-6, -2, 6, 2);
    const QRectF box(width() - text.width() - 4, height() - text.height() - 4, text.width(), text.height());
    painter.fillRect(box, QColor(255, 255, 255, 190));
    painter.setPen(QColor(0x44, 0x44, 0x44));
    painter.drawText(box, Qt::AlignCenter, m_attribution);
  }
}

void MapCanvas::resizeEvent(QResizeEvent *)
{
  refresh();
}

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
  // The middle button pans under any tool; the left one belongs to the map tool when there is one.
  const bool pan = event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && !m_mapTool);
  if (m_mapTool && event->button() != Qt::MiddleButton) {
    m_mapTool->mousePress(event);
    return;
  }
  if (!pan)
    return;
  m_pressPos = m_dragPos = event->position().toPoint();
  const bool box = event->button() == Qt::LeftButton &&
                   (m_tool == Tool::ZoomBox || (event->modifiers() & Qt::ShiftModifier));
  m_gesture = box ? Gesture::ZoomBox : Gesture::Pan;
  if (m_gesture == Gesture::Pan)
    setCursor(Qt::ClosedHandCursor);
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
  if (!m_extent.isEmpty())
    emit cursorMoved(toMap(event->position()));
  if (m_mapTool && m_gesture == Gesture::None) {
    m_mapTool->mouseMove(event);
    return;
  }
  if (m_gesture == Gesture::None)
    return;
  m_dragPos = event->position().toPoint();
  update();
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *event)
{
  if (m_mapTool && m_gesture == Gesture::None) {
    m_mapTool->mouseRelease(event);
    return;
  }
  if (m_gesture == Gesture::None)
    return;
  m_dragPos = event->position().toPoint();
  const Gesture gesture = m_gesture;
  m_gesture = Gesture::None;
  setCursor(m_mapTool                 ? m_mapTool->cursor()
            : m_tool == Tool::ZoomBox ? QCursor(Qt::CrossCursor)
                                      : QCursor(Qt::OpenHandCursor));
  if (gesture == Gesture::Pan) {
    panByPixels(m_dragPos - m_pressPos);
    return;
  }
  const QRect box = QRect(m_pressPos, m_dragPos).normalized();
  if (box.width() < 4 || box.height() < 4) {
    update();
    return;
  }
  const QPointF a = toMap(box.topLeft()), b = toMap(box.bottomRight());
  setExtent({std::min(a.x(), b.x()), std::min(a.y(), b.y()), std::max(a.x(), b.x()), std::max(a.y(), b.y())});
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
  if (m_mapTool)
    m_mapTool->mouseDoubleClick(event);
}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
  const double notches = event->angleDelta().y() / 120.0;
  if (notches == 0)
    return;
  zoomByFactor(std::pow(kWheelStepFactor, -notches), event->position());
  event->accept();
}

void MapCanvas::keyPressEvent(QKeyEvent *event)
{
  if (m_mapTool && m_mapTool->keyPress(event))
    return;
  const QPointF step(width() * kKeyPanFraction, height() * kKeyPanFraction);
  switch (event->key()) {
  case Qt::Key_Left:
    panByPixels({step.x(), 0});
    break;
  case Qt::Key_Right:
    panByPixels({-step.x(), 0});
    break;
  case Qt::Key_Up:
    panByPixels({0, step.y()});
    break;
  case Qt::Key_Down:
    panByPixels({0, -step.y()});
    break;
  case Qt::Key_Plus:
  case Qt::Key_Equal:
    zoomIn();
    break;
  case Qt::Key_Minus:
    zoomOut();
    break;
  case Qt::Key_Escape:
    m_gesture = Gesture::None;
    update();
    break;
  default:
    QWidget::keyPressEvent(event);
  }
}

} // namespace rc
