#include "map/PulseOverlay.h"

#include "map/MapCanvas.h"

#include <QEvent>
#include <QPaintEvent>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

constexpr double kInnerRadius = 7;
constexpr double kOuterRadius = 22;
constexpr qint64 kPeriodMs = 1200;

} // namespace

PulseOverlay::PulseOverlay(MapCanvas *canvas) : QWidget(canvas), m_canvas(canvas)
{
  setObjectName(u"pulseOverlay"_s);
  setAttribute(Qt::WA_TransparentForMouseEvents);
  setAttribute(Qt::WA_NoSystemBackground);
  setGeometry(canvas->rect());
  canvas->installEventFilter(this);
  // 20 frames a second is smooth enough for a pulse and leaves the event loop to the feeds.
  m_timer.setInterval(std::chrono::milliseconds(50));
  connect(&m_timer, &QTimer::timeout, this, &PulseOverlay::step);
  // The rings follow the map when it pans or zooms.
  connect(canvas, &MapCanvas::extentChanged, this, qOverload<>(&QWidget::update));
  hide();
}

void PulseOverlay::setMarkers(const QList<PulseMarker> &markers)
{
  const QRegion before = isVisible() ? dirtyRegion() : QRegion();
  m_markers = markers;
  if (m_markers.isEmpty()) {
    m_timer.stop();
    hide();
    return;
  }
  show();
  raise();
  if (!m_timer.isActive()) {
    m_clock.start();
    m_timer.start();
  }
  update(before.united(dirtyRegion()));
}

void PulseOverlay::step()
{
  m_phase = double(m_clock.elapsed() % kPeriodMs) / kPeriodMs;
  update(dirtyRegion());
}

QRegion PulseOverlay::dirtyRegion() const
{
  QRegion region;
  const int r = int(kOuterRadius) + 3;
  const QRect bounds = rect();
  for (const PulseMarker &marker : m_markers) {
    const QPoint p = m_canvas->toPixel(marker.mapPoint).toPoint();
    const QRect square(p.x() - r, p.y() - r, 2 * r, 2 * r);
    if (square.intersects(bounds))
      region += square;
  }
  return region;
}

void PulseOverlay::paintEvent(QPaintEvent *event)
{
  QPainter painter(this);
  painter.setRenderHint(QPainter::Antialiasing);
  const QRectF area =
      QRectF(event->rect()).adjusted(-kOuterRadius, -kOuterRadius, kOuterRadius, kOuterRadius);
  const double radius = kInnerRadius + (kOuterRadius - kInnerRadius) * m_phase;
  for (const PulseMarker &marker : std::as_const(m_markers)) {
    const QPointF p = m_canvas->toPixel(marker.mapPoint);
    if (!area.contains(p))
      continue;
    QColor ring = marker.color;
    ring.setAlphaF(0.9 * (1 - m_phase));
    painter.setPen(QPen(ring, 3));
    QColor fill = marker.color;
    fill.setAlphaF(0.25 * (1 - m_phase));
    painter.setBrush(fill);
    painter.drawEllipse(p, radius, radius);
    painter.setPen(QPen(Qt::white, 1.5));
    painter.setBrush(marker.color);
    painter.drawEllipse(p, 4.0, 4.0);
  }
}

bool PulseOverlay::eventFilter(QObject *watched, QEvent *event)
{
  if (watched == m_canvas && event->type() == QEvent::Resize)
    setGeometry(m_canvas->rect());
  return QWidget::eventFilter(watched, event);
}

} // namespace rc
