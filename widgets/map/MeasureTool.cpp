#include "map/MeasureTool.h"

#include "map/MapCanvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPolygonF>

#include <cmath>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

const QColor kBandColor(0xE0, 0x4B, 0x2B);

/// A length (centred on `anchor`) or the total (below and right of it, kept inside `bounds`) on a
/// light box, so that it reads over any map.
void drawTag(QPainter &painter, QPointF anchor, const QString &text, bool emphasised,
             const QRectF &bounds = {})
{
  QFont font = painter.font();
  font.setBold(emphasised);
  painter.setFont(font);
  QRectF box = QFontMetricsF(font).boundingRect(text).adjusted(-4, -2, 4, 2);
  if (bounds.isEmpty()) {
    box.moveCenter(anchor);
  } else {
    box.moveTopLeft(anchor + QPointF(12, 10));
    box.moveRight(std::min(box.right(), bounds.right() - 2));
    box.moveBottom(std::min(box.bottom(), bounds.bottom() - 2));
    box.moveLeft(std::max(box.left(), bounds.left() + 2));
  }
  painter.setPen(QPen(emphasised ? kBandColor : QColor(0x80, 0x80, 0x80), 1));
  painter.setBrush(QColor(255, 255, 255, 225));
  painter.drawRoundedRect(box, 3, 3);
  painter.setPen(QColor(0x22, 0x22, 0x22));
  painter.drawText(box, Qt::AlignCenter, text);
}

} // namespace

MeasureTool::MeasureTool(MapCanvas *canvas, Mode mode) : MapTool(canvas), m_mode(mode)
{
  updateCanvasTransform();
  connect(canvas, &MapCanvas::crsChanged, this, &MeasureTool::updateCanvasTransform);
}

void MeasureTool::setMode(Mode mode)
{
  if (mode == m_mode)
    return;
  m_mode = mode;
  clear();
}

void MeasureTool::clear()
{
  const bool hadSomething = !m_vertices.isEmpty();
  m_vertices.clear();
  m_finished = false;
  canvas()->update();
  if (hadSomething)
    emit cleared();
}

void MeasureTool::updateCanvasTransform()
{
  try {
    m_canvasToLonLat = CoordinateTransform(canvas()->destinationCrs(), Crs::wgs84());
    m_transformValid = true;
  } catch (const CrsError &) {
    m_transformValid = false;
  }
  canvas()->update();
}

bool MeasureTool::toLonLat(QPointF widgetPixel, QPointF &lonLat) const
{
  if (!m_transformValid)
    return false;
  const QPointF map = canvas()->toMap(widgetPixel);
  double x = map.x(), y = map.y();
  try {
    m_canvasToLonLat.transform(x, y);
  } catch (const CrsError &) {
    return false;
  }
  lonLat = {x, y};
  return true;
}

QPointF MeasureTool::toWidget(QPointF lonLat) const
{
  double x = lonLat.x(), y = lonLat.y();
  try {
    m_canvasToLonLat.transform(x, y, CoordinateTransform::Direction::Inverse);
  } catch (const CrsError &) {
    return {qQNaN(), qQNaN()};
  }
  return canvas()->toPixel({x, y});
}

QList<QPointF> MeasureTool::liveVertices() const
{
  QList<QPointF> result = m_vertices;
  if (!m_finished && m_hasCursor && !m_vertices.isEmpty())
    result.append(m_cursor);
  return result;
}

QString MeasureTool::resultText() const
{
  return resultText(liveVertices());
}

QString MeasureTool::resultText(const QList<QPointF> &vertices) const
{
  if (vertices.isEmpty())
    return {};
  if (m_mode == Mode::Distance)
    return tr("Distance: %1").arg(GeodesicMeasure::formatDistance(m_measure.length(vertices)));
  const PolygonMeasurement polygon = m_measure.polygon(vertices);
  return tr("Area: %1, perimeter: %2")
      .arg(GeodesicMeasure::formatArea(polygon.area), GeodesicMeasure::formatDistance(polygon.perimeter));
}

void MeasureTool::finish()
{
  const qsizetype needed = m_mode == Mode::Distance ? 2 : 3;
  if (m_finished || m_vertices.size() < needed)
    return;
  m_finished = true;
  canvas()->update();
  const QString text = resultText(m_vertices);
  emit resultChanged(text);
  emit measured(text);
}

void MeasureTool::mousePress(QMouseEvent *event)
{
  if (event->button() != Qt::LeftButton)
    return;
  QPointF lonLat;
  if (!toLonLat(event->position(), lonLat))
    return;
  // A click after a finished measurement starts the next one, as in QGIS.
  if (m_finished)
    clear();
  m_vertices.append(lonLat);
  m_cursor = lonLat;
  m_hasCursor = true;
  canvas()->update();
  emit resultChanged(resultText());
}

void MeasureTool::mouseMove(QMouseEvent *event)
{
  m_hasCursor = toLonLat(event->position(), m_cursor);
  if (m_finished || m_vertices.isEmpty())
    return;
  canvas()->update();
  emit resultChanged(resultText());
}

void MeasureTool::mouseDoubleClick(QMouseEvent *event)
{
  if (event->button() != Qt::LeftButton)
    return;
  // The first click of a double-click placed the last vertex. Where the second press also arrives
  // as a press, it placed a copy on top: drop it, or the last edge would measure nothing.
  if (!m_finished && m_vertices.size() >= 2 &&
      QLineF(toWidget(m_vertices[m_vertices.size() - 2]), toWidget(m_vertices.last())).length() < 4)
    m_vertices.removeLast();
  finish();
}

bool MeasureTool::keyPress(QKeyEvent *event)
{
  switch (event->key()) {
  case Qt::Key_Escape:
    // With nothing drawn, Esc is left to the window (e.g. to go back to panning).
    if (m_vertices.isEmpty())
      return false;
    clear();
    emit resultChanged({});
    return true;
  case Qt::Key_Backspace:
    if (m_vertices.isEmpty() || m_finished)
      return false;
    m_vertices.removeLast();
    canvas()->update();
    emit resultChanged(resultText());
    return true;
  case Qt::Key_Return:
  case Qt::Key_Enter:
    if (m_vertices.isEmpty())
      return false;
    finish();
    return true;
  default:
    return false;
  }
}

void MeasureTool::deactivate()
{
  clear();
  m_hasCursor = false;
}

void MeasureTool::paint(QPainter &painter)
{
  const QList<QPointF> vertices = liveVertices();
  if (vertices.isEmpty())
    return;
  QPolygonF pixels;
  for (const QPointF &vertex : vertices) {
    const QPointF pixel = toWidget(vertex);
    if (std::isfinite(pixel.x()) && std::isfinite(pixel.y()))
      pixels << pixel;
  }
  if (pixels.isEmpty())
    return;
  painter.save();
  const QPen band(kBandColor, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
  if (m_mode == Mode::Area && pixels.size() > 2) {
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(kBandColor.red(), kBandColor.green(), kBandColor.blue(), 50));
    painter.drawPolygon(pixels);
  }
  painter.setBrush(Qt::NoBrush);
  const qsizetype placed = m_finished ? pixels.size() : std::min(pixels.size(), m_vertices.size());
  painter.setPen(band);
  painter.drawPolyline(pixels.constData(), int(placed));
  // The edge still following the cursor, and the closing edge of an area, are dashed: not yet fixed.
  QPen pending = band;
  pending.setStyle(Qt::DashLine);
  painter.setPen(pending);
  if (placed < pixels.size())
    painter.drawLine(pixels[placed - 1], pixels.last());
  if (m_mode == Mode::Area && pixels.size() > 2)
    painter.drawLine(pixels.last(), pixels.first());

  painter.setPen(QPen(kBandColor, 1.5));
  painter.setBrush(Qt::white);
  for (qsizetype i = 0; i < placed; ++i)
    painter.drawEllipse(pixels[i], 3.5, 3.5);

  const QList<double> lengths = m_measure.segmentLengths(vertices);
  if (lengths.size() == pixels.size() - 1) {
    for (qsizetype i = 0; i < lengths.size(); ++i) {
      const QPointF a = pixels[i], b = pixels[i + 1];
      // Labels on edges shorter than their text would only hide the line.
      if (QLineF(a, b).length() > 40)
        drawTag(painter, (a + b) / 2, GeodesicMeasure::formatDistance(lengths[i]), false);
    }
  }
  drawTag(painter, pixels.last(), resultText(vertices), true, QRectF(canvas()->rect()));
  painter.restore();
}

} // namespace rc
