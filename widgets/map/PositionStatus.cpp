#include "map/PositionStatus.h"

#include "map/MapCanvas.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

#include <cmath>

namespace rc {

PositionStatus::PositionStatus(MapCanvas *canvas, QWidget *parent)
    : QWidget(parent), m_canvas(canvas), m_position(new QLabel(this)), m_scale(new QLabel(this))
{
  auto *layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_position);
  layout->addSpacing(12);
  layout->addWidget(m_scale);
  m_position->setTextInteractionFlags(Qt::TextSelectableByMouse);
  connect(canvas, &MapCanvas::cursorMoved, this, &PositionStatus::showPosition);
  connect(canvas, &MapCanvas::extentChanged, this, &PositionStatus::updateScale);
  connect(canvas, &MapCanvas::crsChanged, this, &PositionStatus::updateTransforms);
  updateTransforms();
}

void PositionStatus::updateTransforms()
{
  try {
    m_toLonLat = CoordinateTransform(m_canvas->destinationCrs(), Crs::cgcs2000());
    m_toGaussKruger = CoordinateTransform(m_canvas->destinationCrs(), Crs::fromEpsg(4549));
    m_transformsValid = true;
  } catch (const CrsError &) {
    m_transformsValid = false;
  }
}

void PositionStatus::showPosition(QPointF mapPoint)
{
  m_lastPoint = mapPoint;
  m_position->setText(positionText());
}

QString PositionStatus::positionText() const
{
  if (!m_transformsValid)
    return {};
  double lonLat[2] = {m_lastPoint.x(), m_lastPoint.y()};
  double gaussKruger[2] = {m_lastPoint.x(), m_lastPoint.y()};
  m_toLonLat.transformInPlace(lonLat, 1);
  m_toGaussKruger.transformInPlace(gaussKruger, 1);
  if (!std::isfinite(lonLat[0]) || !std::isfinite(lonLat[1]))
    return tr("outside the coordinate system");
  QString text = tr("Lon %1° Lat %2°").arg(lonLat[0], 0, 'f', 6).arg(lonLat[1], 0, 'f', 6);
  if (std::isfinite(gaussKruger[0]) && std::isfinite(gaussKruger[1]))
    text += tr("  |  CGCS2000 GK zone 40: E %1 m N %2 m")
                .arg(gaussKruger[0], 0, 'f', 2)
                .arg(gaussKruger[1], 0, 'f', 2);
  return text;
}

QString PositionStatus::scaleText() const
{
  const double scale = m_canvas->scale();
  if (!std::isfinite(scale) || scale <= 0)
    return {};
  return tr("Scale 1:%1").arg(QLocale::system().toString(qint64(std::llround(scale))));
}

void PositionStatus::updateScale()
{
  m_scale->setText(scaleText());
}

void PositionStatus::changeEvent(QEvent *event)
{
  if (event->type() == QEvent::LanguageChange) {
    m_position->setText(positionText());
    updateScale();
  }
  QWidget::changeEvent(event);
}

} // namespace rc
