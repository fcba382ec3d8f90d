#include "address/AddressMarker.h"

#include "map/MapCanvas.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

constexpr int kPulseMs = 700;
constexpr int kPulses = 3;
constexpr int kFadeMs = 1500;
const QColor kPinColour(0xE0, 0x3A, 0x2F);

} // namespace

AddressMarker::AddressMarker(MapCanvas *canvas) : QWidget(canvas), m_canvas(canvas)
{
  setObjectName(u"addressMarker"_s);
  setAttribute(Qt::WA_TransparentForMouseEvents);
  setAttribute(Qt::WA_NoSystemBackground);
  setFocusPolicy(Qt::NoFocus);
  setGeometry(canvas->rect());
  canvas->installEventFilter(this);
  connect(canvas, &MapCanvas::extentChanged, this, qOverload<>(&QWidget::update));
  connect(canvas, &MapCanvas::crsChanged, this, qOverload<>(&QWidget::update));
  m_animation.setInterval(40);
  connect(&m_animation, &QTimer::timeout, this, [this] {
    if (m_age.elapsed() > kLifetimeMs + kFadeMs)
      clear();
    else
      update();
  });
  hide();
}

void AddressMarker::showAt(double lon, double lat, const QString &label)
{
  m_lon = lon;
  m_lat = lat;
  m_label = label;
  m_hasOrigin = false;
  m_shown = true;
  m_age.start();
  m_animation.start();
  setGeometry(m_canvas->rect());
  show();
  raise();
  update();
}

void AddressMarker::setOrigin(double lon, double lat)
{
  m_hasOrigin = true;
  m_originLon = lon;
  m_originLat = lat;
  update();
}

void AddressMarker::clear()
{
  m_shown = false;
  m_animation.stop();
  hide();
}

QPointF AddressMarker::pixel() const
{
  QPointF p;
  return m_shown && toPixel(m_lon, m_lat, p) ? p : QPointF(qQNaN(), qQNaN());
}

bool AddressMarker::toPixel(double lon, double lat, QPointF &pixel) const
{
  try {
    double x = lon, y = lat;
    CoordinateTransform(Crs::cgcs2000(), m_canvas->destinationCrs()).transform(x, y);
    pixel = m_canvas->toPixel({x, y});
    return std::isfinite(pixel.x()) && std::isfinite(pixel.y());
  } catch (const CrsError &) {
    return false;
  }
}

bool AddressMarker::eventFilter(QObject *watched, QEvent *event)
{
  if (watched == m_canvas && event->type() == QEvent::Resize)
    setGeometry(m_canvas->rect());
  return QWidget::eventFilter(watched, event);
}

void AddressMarker::paintEvent(QPaintEvent *)
{
  QPointF at;
  if (!m_shown || !toPixel(m_lon, m_lat, at))
    return;
  const qint64 age = m_age.elapsed();
  QPainter painter(this);
  painter.setRenderHint(QPainter::Antialiasing);
  if (age > kLifetimeMs)
    painter.setOpacity(std::max(0.0, 1.0 - double(age - kLifetimeMs) / kFadeMs));

  QPointF origin;
  if (m_hasOrigin && toPixel(m_originLon, m_originLat, origin)) {
    painter.setPen(QPen(QColor(0x20, 0x20, 0x20, 200), 1.5, Qt::DashLine));
    painter.drawLine(origin, at);
    painter.setPen(QPen(Qt::white, 2));
    painter.setBrush(QColor(0x20, 0x20, 0x20));
    painter.drawEllipse(origin, 4, 4);
  }

  // Expanding rings draw the eye to the spot, then only the pin remains.
  if (age < kPulseMs * kPulses) {
    const double phase = double(age % kPulseMs) / kPulseMs;
    QColor ring = kPinColour;
    ring.setAlphaF(0.85 * (1 - phase));
    painter.setPen(QPen(ring, 3));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(at, 8 + 40 * phase, 8 + 40 * phase);
  }

  // A teardrop pin whose tip is the point.
  const double r = 9;
  const QPointF head = at - QPointF(0, 2.6 * r);
  QPainterPath pin;
  pin.moveTo(at);
  pin.cubicTo(at + QPointF(-r * 0.4, -r * 0.9), head + QPointF(-r, r * 0.6), head + QPointF(-r, 0));
  pin.arcTo(QRectF(head.x() - r, head.y() - r, 2 * r, 2 * r), 180, -180);
  pin.cubicTo(head + QPointF(r, r * 0.6), at + QPointF(r * 0.4, -r * 0.9), at);
  painter.setPen(QPen(Qt::white, 1.5));
  painter.setBrush(kPinColour);
  painter.drawPath(pin);
  painter.setBrush(Qt::white);
  painter.setPen(Qt::NoPen);
  painter.drawEllipse(head, r * 0.38, r * 0.38);

  if (!m_label.isEmpty()) {
    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const double width = std::min(metrics.horizontalAdvance(m_label), 420.0);
    const QRectF box(head.x() + r + 6, head.y() - metrics.height() / 2 - 4, width + 14, metrics.height() + 8);
    painter.setPen(QPen(QColor(0, 0, 0, 60), 1));
    painter.setBrush(QColor(255, 255, 255, 235));
    painter.drawRoundedRect(box, 4, 4);
    painter.setPen(QColor(0x20, 0x20, 0x20));
    painter.drawText(box.adjusted(7, 0, -7, 0), Qt::AlignVCenter | Qt::AlignLeft,
                     metrics.elidedText(m_label, Qt::ElideMiddle, width));
  }
}

} // namespace rc
