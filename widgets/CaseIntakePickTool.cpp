#include "CaseIntakePickTool.h"

#include "MapCanvas.h"
#include "geo/CoordinateTransform.h"

#include <QMouseEvent>

namespace rc {

namespace {
/// A press and release this close are a click, not a drag.
constexpr int kClickPixels = 4;
} // namespace

void CaseIntakePickTool::mousePress(QMouseEvent *event)
{
  if (event->button() == Qt::LeftButton)
    m_pressPos = event->position().toPoint();
}

void CaseIntakePickTool::mouseRelease(QMouseEvent *event)
{
  if (event->button() == Qt::LeftButton &&
      (event->position().toPoint() - m_pressPos).manhattanLength() <= kClickPixels)
    pickAt(event->position());
}

void CaseIntakePickTool::pickAt(QPointF pixel)
{
  const QPointF map = canvas()->toMap(pixel);
  double lon = map.x(), lat = map.y();
  try {
    CoordinateTransform(canvas()->destinationCrs(), Crs::cgcs2000()).transform(lon, lat);
  } catch (const CrsError &e) {
    emit failed(QString::fromUtf8(e.what()));
    return;
  }
  emit picked(lon, lat);
}

} // namespace rc
