#include "ops/ImpactOverlay.h"

#include "geo/CoordinateTransform.h"
#include "map/MapCanvas.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QtEndian>

#include <cstring>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

const QColor kAreaColour(0xD8, 0x43, 0x15);

/// Reads ISO WKB one value at a time, each geometry in its own byte order; stops at the end.
class WkbReader
{
public:
  explicit WkbReader(const QByteArray &wkb) : m_data(wkb) {}

  [[nodiscard]] bool ok() const { return m_ok; }
  bool byteOrder()
  {
    if (!need(1))
      return false;
    m_little = m_data[m_pos++] == 1;
    return true;
  }
  quint32 uint32()
  {
    if (!need(4))
      return 0;
    quint32 value;
    std::memcpy(&value, m_data.constData() + m_pos, 4);
    m_pos += 4;
    return m_little ? qFromLittleEndian(value) : qFromBigEndian(value);
  }
  double real()
  {
    if (!need(8))
      return 0;
    quint64 bits;
    std::memcpy(&bits, m_data.constData() + m_pos, 8);
    m_pos += 8;
    bits = m_little ? qFromLittleEndian(bits) : qFromBigEndian(bits);
    double value;
    std::memcpy(&value, &bits, 8);
    return value;
  }

private:
  bool need(qsizetype bytes)
  {
    m_ok = m_ok && m_pos + bytes <= m_data.size();
    return m_ok;
  }

  const QByteArray &m_data;
  qsizetype m_pos = 0;
  bool m_little = true;
  bool m_ok = true;
};

bool readPolygon(WkbReader &reader, QList<QPolygonF> &rings)
{
  const quint32 ringCount = reader.uint32();
  for (quint32 r = 0; r < ringCount && reader.ok(); ++r) {
    const quint32 points = reader.uint32();
    QPolygonF ring;
    for (quint32 p = 0; p < points && reader.ok(); ++p) {
      const double x = reader.real();
      const double y = reader.real();
      ring << QPointF(x, y);
    }
    rings << ring;
  }
  return reader.ok();
}

} // namespace

ImpactOverlay::ImpactOverlay(MapCanvas *canvas) : QWidget(canvas), m_canvas(canvas)
{
  setObjectName(u"impactOverlay"_s);
  setAttribute(Qt::WA_TransparentForMouseEvents);
  setAttribute(Qt::WA_NoSystemBackground);
  setFocusPolicy(Qt::NoFocus);
  setGeometry(canvas->rect());
  canvas->installEventFilter(this);
  connect(canvas, &MapCanvas::extentChanged, this, qOverload<>(&QWidget::update));
  connect(canvas, &MapCanvas::crsChanged, this, qOverload<>(&QWidget::update));
  hide();
}

QList<QPolygonF> ImpactOverlay::ringsFromWkb(const QByteArray &wkb)
{
  WkbReader reader(wkb);
  QList<QPolygonF> rings;
  if (!reader.byteOrder())
    return {};
  const quint32 type = reader.uint32();
  if (type == 3) {
    if (!readPolygon(reader, rings))
      return {};
  } else if (type == 6) {
    const quint32 parts = reader.uint32();
    for (quint32 p = 0; p < parts && reader.ok(); ++p) {
      if (!reader.byteOrder() || reader.uint32() != 3 || !readPolygon(reader, rings))
        return {};
    }
  }
  return reader.ok() ? rings : QList<QPolygonF>();
}

bool ImpactOverlay::showArea(const QByteArray &wkb)
{
  m_rings = ringsFromWkb(wkb);
  if (m_rings.isEmpty()) {
    clear();
    return false;
  }
  setGeometry(m_canvas->rect());
  show();
  raise();
  update();
  return true;
}

void ImpactOverlay::clear()
{
  m_rings.clear();
  hide();
}

bool ImpactOverlay::eventFilter(QObject *watched, QEvent *event)
{
  if (watched == m_canvas && event->type() == QEvent::Resize)
    setGeometry(m_canvas->rect());
  return QWidget::eventFilter(watched, event);
}

void ImpactOverlay::paintEvent(QPaintEvent *)
{
  if (m_rings.isEmpty())
    return;
  QPainterPath path;
  path.setFillRule(Qt::OddEvenFill);
  try {
    const CoordinateTransform transform(Crs::cgcs2000(), m_canvas->destinationCrs());
    for (const QPolygonF &ring : std::as_const(m_rings)) {
      QPolygonF pixels;
      pixels.reserve(ring.size());
      for (const QPointF &point : ring) {
        double x = point.x(), y = point.y();
        transform.transform(x, y);
        pixels << m_canvas->toPixel({x, y});
      }
      path.addPolygon(pixels);
      path.closeSubpath();
    }
  } catch (const CrsError &) {
    return;
  }
  QPainter painter(this);
  painter.setRenderHint(QPainter::Antialiasing);
  QColor fill = kAreaColour;
  fill.setAlpha(48);
  painter.setBrush(fill);
  painter.setPen(QPen(kAreaColour, 2, Qt::DashLine));
  painter.drawPath(path);
}

} // namespace rc
