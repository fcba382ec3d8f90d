#include "inspect/SelectTool.h"

#include "geo/CoordinateTransform.h"
#include "map/LayerStack.h"
#include "map/MapCanvas.h"
#include "map/VectorLayer.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <iterator>
#include <utility>

namespace rc {

namespace {

/// A press that moves further than this is a drag, not a click.
constexpr int kDragThreshold = 4;
const QColor kBandColor(0x1F, 0x6F, 0xB2);

} // namespace

SelectTool::SelectTool(MapCanvas *canvas, LayerStack *layers) : MapTool(canvas), m_layers(layers) {}

SelectTool::~SelectTool()
{
  // The worker owns copies of everything it reads; telling it to stop is enough.
  cancelSearch();
}

void SelectTool::setMode(Mode mode)
{
  if (mode == m_mode)
    return;
  resetGesture();
  m_mode = mode;
}

void SelectTool::setLayer(VectorLayer *layer)
{
  m_layer = layer;
}

void SelectTool::setTolerancePixels(double pixels)
{
  m_tolerance = std::max(0.0, pixels);
}

SelectTool::Combine SelectTool::combineFor(Qt::KeyboardModifiers modifiers)
{
  const bool shift = modifiers & Qt::ShiftModifier, control = modifiers & Qt::ControlModifier;
  if (shift && control)
    return Combine::Intersect;
  if (shift)
    return Combine::Add;
  return control ? Combine::Remove : Combine::Replace;
}

void SelectTool::select(const HitShape &canvasShape, Qt::KeyboardModifiers modifiers)
{
  cancelSearch();
  QList<VectorLayer *> layers;
  if (m_layer) {
    if (m_layer->state() == MapLayer::State::Ready && m_layer->features())
      layers.append(m_layer);
  } else {
    layers = searchableLayers(*m_layers);
  }
  std::vector<HitQuery> queries;
  for (VectorLayer *layer : std::as_const(layers)) {
    CoordinateTransform toLayer;
    try {
      toLayer = CoordinateTransform(canvas()->destinationCrs(), layer->crs());
    } catch (const CrsError &) {
      continue; // a layer the canvas cannot reach is not drawn either
    }
    const HitShape shape = canvasShape.transformed(toLayer);
    m_targets.append({layer, layer->features(), shape});
    queries.push_back(HitQuery::forLayer(*layer, shape));
  }
  m_combine = combineFor(modifiers);
  m_pickOne = canvasShape.kind() == HitShape::Kind::Point;
  m_cancel = std::make_shared<std::atomic_bool>(false);
  m_watcher = std::make_unique<QFutureWatcher<std::vector<HitList>>>();
  connect(m_watcher.get(), &QFutureWatcher<std::vector<HitList>>::finished, this,
          &SelectTool::onSearchFinished);
  m_watcher->setFuture(
      hitFeaturesAsync(std::move(queries), std::numeric_limits<std::size_t>::max(), m_cancel));
}

void SelectTool::cancelSearch()
{
  if (m_cancel)
    *m_cancel = true;
  m_cancel.reset();
  if (m_watcher) {
    m_watcher->disconnect(this);
    m_watcher.release()->deleteLater();
  }
  m_targets.clear();
}

void SelectTool::onSearchFinished()
{
  const std::vector<HitList> lists = m_watcher->result();
  m_watcher.release()->deleteLater();
  m_cancel.reset();
  const QList<Target> targets = std::exchange(m_targets, {});
  bool picked = false;
  for (qsizetype i = 0; i < targets.size(); ++i) {
    VectorLayer *layer = targets[i].layer;
    // A layer that reloaded meanwhile has other feature indices: the hits no longer apply.
    if (!layer || layer->features() != targets[i].store)
      continue;
    std::vector<std::uint32_t> hits = lists[std::size_t(i)].features;
    // A click means one feature: the first layer (the top one) with a hit has it, the rest none.
    if (m_pickOne) {
      const std::optional<std::uint32_t> pick =
          picked ? std::nullopt : pickFeature(*targets[i].store, targets[i].shape, hits);
      hits = pick ? std::vector<std::uint32_t>{*pick} : std::vector<std::uint32_t>{};
      picked = picked || pick.has_value();
    }
    const std::vector<std::uint32_t> &current = layer->selection();
    std::vector<std::uint32_t> selection;
    switch (m_combine) {
    case Combine::Replace:
      selection = std::move(hits);
      break;
    case Combine::Add:
      std::set_union(current.begin(), current.end(), hits.begin(), hits.end(), std::back_inserter(selection));
      break;
    case Combine::Remove:
      std::set_difference(current.begin(), current.end(), hits.begin(), hits.end(),
                          std::back_inserter(selection));
      break;
    case Combine::Intersect:
      std::set_intersection(current.begin(), current.end(), hits.begin(), hits.end(),
                            std::back_inserter(selection));
      break;
    }
    layer->setSelection(std::move(selection));
  }
  emit selectionApplied();
}

void SelectTool::mousePress(QMouseEvent *event)
{
  m_afterDoubleClick = false;
  if (event->button() != Qt::LeftButton)
    return;
  m_pressed = true;
  m_dragging = false;
  m_pressPos = m_dragPos = event->position().toPoint();
}

void SelectTool::mouseMove(QMouseEvent *event)
{
  m_hover = event->position();
  if (m_mode == Mode::Polygon) {
    if (!m_polygon.isEmpty())
      canvas()->update();
    return;
  }
  if (!m_pressed)
    return;
  m_dragPos = event->position().toPoint();
  if ((m_dragPos - m_pressPos).manhattanLength() > kDragThreshold)
    m_dragging = true;
  if (m_dragging && m_mode == Mode::Box)
    canvas()->update();
}

void SelectTool::mouseRelease(QMouseEvent *event)
{
  // The release that ends a double-click belongs to the double-click, which finished the polygon.
  if (std::exchange(m_afterDoubleClick, false))
    return;
  if (m_mode == Mode::Polygon) {
    if (event->button() == Qt::RightButton)
      finishPolygon(event->modifiers());
    else if (event->button() == Qt::LeftButton)
      m_polygon.append(canvas()->toMap(event->position()));
    m_hover = event->position();
    m_pressed = false;
    canvas()->update();
    return;
  }
  if (event->button() != Qt::LeftButton || !m_pressed)
    return;
  m_pressed = false;
  m_dragPos = event->position().toPoint();
  const bool dragged = std::exchange(m_dragging, false);
  if (dragged && m_mode == Mode::Box) {
    canvas()->update();
    const QPointF a = canvas()->toMap(m_pressPos), b = canvas()->toMap(m_dragPos);
    select(HitShape::box({std::min(a.x(), b.x()), std::min(a.y(), b.y()), std::max(a.x(), b.x()),
                          std::max(a.y(), b.y())}),
           event->modifiers());
    return;
  }
  // A drag in Click mode was not a click: it picks nothing.
  if (dragged)
    return;
  const QPointF map = canvas()->toMap(event->position());
  select(HitShape::point(map.x(), map.y(), m_tolerance * canvas()->mapSettings().mapUnitsPerPixel()),
         event->modifiers());
}

void SelectTool::mouseDoubleClick(QMouseEvent *event)
{
  if (m_mode != Mode::Polygon || event->button() != Qt::LeftButton)
    return;
  m_afterDoubleClick = true;
  finishPolygon(event->modifiers());
}

bool SelectTool::keyPress(QKeyEvent *event)
{
  switch (event->key()) {
  case Qt::Key_Escape:
    if (m_pressed || !m_polygon.isEmpty()) {
      resetGesture();
      return true;
    }
    if (isBusy()) {
      cancelSearch();
      return true;
    }
    return false;
  case Qt::Key_Backspace:
    if (m_polygon.isEmpty())
      return false;
    m_polygon.removeLast();
    canvas()->update();
    return true;
  case Qt::Key_Return:
  case Qt::Key_Enter:
    if (m_mode != Mode::Polygon)
      return false;
    finishPolygon(event->modifiers());
    return true;
  default:
    return false;
  }
}

void SelectTool::finishPolygon(Qt::KeyboardModifiers modifiers)
{
  // Fewer than three vertices enclose nothing; keep drawing.
  if (m_polygon.size() < 3)
    return;
  std::vector<double> ring;
  ring.reserve(std::size_t(m_polygon.size()) * 2);
  for (const QPointF &p : std::as_const(m_polygon)) {
    ring.push_back(p.x());
    ring.push_back(p.y());
  }
  m_polygon.clear();
  canvas()->update();
  select(HitShape::polygon(std::move(ring)), modifiers);
}

void SelectTool::resetGesture()
{
  m_pressed = m_dragging = m_afterDoubleClick = false;
  m_polygon.clear();
  canvas()->update();
}

void SelectTool::deactivate()
{
  resetGesture();
}

void SelectTool::paint(QPainter &painter)
{
  const QColor fill(kBandColor.red(), kBandColor.green(), kBandColor.blue(), 40);
  painter.setPen(QPen(kBandColor, 1.5, Qt::DashLine));
  painter.setBrush(fill);
  if (m_mode == Mode::Box && m_dragging) {
    painter.drawRect(QRect(m_pressPos, m_dragPos).normalized());
    return;
  }
  if (m_mode != Mode::Polygon || m_polygon.isEmpty())
    return;
  const MapToPixel toPixel = canvas()->mapSettings().mapToPixel();
  QPolygonF band;
  for (const QPointF &p : std::as_const(m_polygon))
    band.append(toPixel.toPixel(p.x(), p.y()));
  const QPolygonF vertices = band;
  band.append(m_hover);
  painter.drawPolygon(band);
  painter.setPen(QPen(kBandColor, 1));
  painter.setBrush(Qt::white);
  for (const QPointF &p : vertices)
    painter.drawRect(QRectF(p.x() - 3, p.y() - 3, 6, 6));
}

} // namespace rc
