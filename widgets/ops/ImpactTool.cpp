#include "ops/ImpactTool.h"

#include "geo/CoordinateTransform.h"
#include "map/MapCanvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

const QColor kBandColour(0xD8, 0x43, 0x15);

} // namespace

ImpactTool::ImpactTool(MapCanvas *canvas) : MapTool(canvas) {}

void ImpactTool::setMode(Mode mode)
{
  m_mode = mode;
  deactivate();
}

bool ImpactTool::toLonLat(QPointF pixel, QPointF &lonLat)
{
  try {
    const QPointF map = canvas()->toMap(pixel);
    double x = map.x(), y = map.y();
    CoordinateTransform(canvas()->destinationCrs(), Crs::cgcs2000()).transform(x, y);
    lonLat = {x, y};
    return true;
  } catch (const CrsError &e) {
    emit failed(QString::fromUtf8(e.what()));
    return false;
  }
}

void ImpactTool::mouseRelease(QMouseEvent *event)
{
  if (event->button() != Qt::LeftButton)
    return;
  QPointF lonLat;
  if (!toLonLat(event->position(), lonLat))
    return;
  if (m_mode == Mode::Point) {
    emit pointChosen(lonLat.x(), lonLat.y());
    return;
  }
  m_vertices << lonLat;
  m_pixels << event->position().toPoint();
  canvas()->update();
}

void ImpactTool::mouseMove(QMouseEvent *event)
{
  m_hover = event->position().toPoint();
  if (!m_pixels.isEmpty())
    canvas()->update();
}

void ImpactTool::mouseDoubleClick(QMouseEvent *event)
{
  // The double-click's own press and release have added its vertex already.
  if (m_mode == Mode::Polygon && event->button() == Qt::LeftButton)
    finishPolygon();
}

bool ImpactTool::keyPress(QKeyEvent *event)
{
  if (m_mode != Mode::Polygon || m_vertices.isEmpty())
    return false;
  switch (event->key()) {
  case Qt::Key_Escape:
    deactivate();
    return true;
  case Qt::Key_Backspace:
    m_vertices.removeLast();
    m_pixels.removeLast();
    canvas()->update();
    return true;
  case Qt::Key_Return:
  case Qt::Key_Enter:
    finishPolygon();
    return true;
  default:
    return false;
  }
}

void ImpactTool::finishPolygon()
{
  // A double-click's second release repeats the last vertex.
  while (m_vertices.size() >= 2 && m_pixels.last() == m_pixels[m_pixels.size() - 2]) {
    m_vertices.removeLast();
    m_pixels.removeLast();
  }
  if (m_vertices.size() < 3) {
    emit failed(tr("An area needs at least three corners"));
    deactivate();
    return;
  }
  QStringList points;
  for (const QPointF &p : std::as_const(m_vertices))
    points << u"%1 %2"_s.arg(p.x(), 0, 'f', 8).arg(p.y(), 0, 'f', 8);
  points << points.first();
  const QString wkt = u"POLYGON((%1))"_s.arg(points.join(u", "_s));
  deactivate();
  emit polygonChosen(wkt);
}

void ImpactTool::paint(QPainter &painter)
{
  if (m_pixels.isEmpty())
    return;
  QPolygon band(m_pixels.begin(), m_pixels.end());
  band << m_hover;
  QColor fill = kBandColour;
  fill.setAlpha(40);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setPen(QPen(kBandColour, 1.5, Qt::DashLine));
  painter.setBrush(fill);
  painter.drawPolygon(band);
}

void ImpactTool::deactivate()
{
  m_vertices.clear();
  m_pixels.clear();
  if (canvas())
    canvas()->update();
}

} // namespace rc
