#include "render/DensityPainter.h"

#include "style/ColorRamp.h"

#include <QFont>
#include <QHash>
#include <QPainter>

#include <cmath>
#include <numbers>

namespace rc {

namespace {

constexpr std::size_t kCancelCheckInterval = 65536;

// One pass of a running-sum box blur along rows (or columns, with the strides swapped): three
// passes approximate a Gaussian kernel at a cost independent of its radius.
void boxBlur(std::vector<float> &data, int lines, int length, std::size_t lineStride, std::size_t step,
             int radius)
{
  std::vector<float> line(static_cast<std::size_t>(length));
  const float scale = 1.0f / float(2 * radius + 1);
  for (int l = 0; l < lines; ++l) {
    float *base = data.data() + std::size_t(l) * lineStride;
    for (int i = 0; i < length; ++i)
      line[std::size_t(i)] = base[std::size_t(i) * step];
    float sum = 0;
    for (int i = -radius; i <= radius; ++i)
      if (i >= 0 && i < length)
        sum += line[std::size_t(i)];
    for (int i = 0; i < length; ++i) {
      base[std::size_t(i) * step] = sum * scale;
      const int out = i - radius, in = i + radius + 1;
      if (out >= 0)
        sum -= line[std::size_t(out)];
      if (in < length)
        sum += line[std::size_t(in)];
    }
  }
}

} // namespace

DensityPainter::DensityPainter(const RenderFrame &frame, const VectorStyle &style)
    : m_frame(frame), m_style(style),
      m_weightField(style.weightField.isEmpty() ? -1 : frame.store->fieldIndex(style.weightField))
{}

double DensityPainter::weight(std::uint32_t feature) const
{
  if (m_weightField < 0)
    return 1;
  const double w = m_frame.store->real(feature, m_weightField);
  return std::isfinite(w) && w > 0 ? w : 0;
}

void DensityPainter::drawHeatmap(QImage &image) const
{
  const int width = image.width(), height = image.height();
  std::vector<float> density(std::size_t(width) * std::size_t(height), 0.0f);
  std::size_t visited = 0;
  for (std::uint32_t f : m_frame.features) {
    if (++visited % kCancelCheckInterval == 0 && *m_frame.cancelled)
      return;
    const QPointF p = m_frame.anchor(f);
    const int x = int(p.x()), y = int(p.y());
    if (x >= 0 && y >= 0 && x < width && y < height)
      density[std::size_t(y) * std::size_t(width) + std::size_t(x)] += float(weight(f));
  }
  const int radius = std::max(1, int(std::lround(m_style.radius * m_frame.symbolScale / 2)));
  for (int pass = 0; pass < 3; ++pass) {
    boxBlur(density, height, width, std::size_t(width), 1, radius);
    boxBlur(density, width, height, 1, std::size_t(width), radius);
  }
  const float maximum = *std::max_element(density.begin(), density.end());
  if (maximum <= 0)
    return;
  // A fixed palette of 256 premultiplied colours: the ramp is looked up once, not per pixel.
  const ColorRamp ramp(m_style.rampName);
  std::array<QRgb, 256> palette;
  for (int i = 0; i < 256; ++i)
    palette[std::size_t(i)] = qPremultiply(ramp.color(i / 255.0).rgba());
  for (int y = 0; y < height; ++y) {
    auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
    const float *row = density.data() + std::size_t(y) * std::size_t(width);
    for (int x = 0; x < width; ++x) {
      if (row[x] <= 0)
        continue;
      // Square root spreads the low densities that make up most of a city.
      const int level = std::clamp(int(255 * std::sqrt(row[x] / maximum)), 0, 255);
      if (level > 0)
        line[x] = palette[std::size_t(level)];
    }
  }
}

void DensityPainter::drawHexBins(QImage &image) const
{
  const double size = std::max(2.0, m_style.radius * m_frame.symbolScale);
  const double sqrt3 = std::sqrt(3.0);
  QHash<quint64, double> counts;
  const auto key = [](qint64 q, qint64 r) {
    return (quint64(quint32(qint32(q))) << 32) | quint32(qint32(r));
  };
  std::size_t visited = 0;
  for (std::uint32_t f : m_frame.features) {
    if (++visited % kCancelCheckInterval == 0 && *m_frame.cancelled)
      return;
    const QPointF p = m_frame.anchor(f);
    if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
      continue;
    // Pointy-top axial coordinates, rounded through cube coordinates.
    const double qf = (sqrt3 / 3 * p.x() - p.y() / 3) / size, rf = (2.0 / 3 * p.y()) / size, sf = -qf - rf;
    double q = std::round(qf), r = std::round(rf);
    const double s = std::round(sf);
    const double dq = std::abs(q - qf), dr = std::abs(r - rf), ds = std::abs(s - sf);
    if (dq > dr && dq > ds)
      q = -r - s;
    else if (dr > ds)
      r = -q - s;
    counts[key(qint64(q), qint64(r))] += weight(f);
  }
  double maximum = 0;
  for (const double c : std::as_const(counts))
    maximum = std::max(maximum, c);
  if (maximum <= 0)
    return;
  const ColorRamp ramp(m_style.rampName);
  QPainter painter(&image);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setPen(QPen(QColor(255, 255, 255, 160), 0.6 * m_frame.symbolScale));
  // QHash order changes from run to run; draw in key order so every frame is the same picture.
  QList<quint64> keys = counts.keys();
  std::sort(keys.begin(), keys.end());
  QPolygonF hexagon;
  for (const quint64 cell : std::as_const(keys)) {
    const double count = counts.value(cell);
    const auto q = double(qint32(quint32(cell >> 32))), r = double(qint32(quint32(cell)));
    const QPointF centre(size * sqrt3 * (q + r / 2), size * 1.5 * r);
    hexagon.clear();
    for (int corner = 0; corner < 6; ++corner) {
      const double angle = std::numbers::pi / 180 * (60 * corner - 30);
      hexagon << centre + QPointF(size * std::cos(angle), size * std::sin(angle));
    }
    QColor color = ramp.color(std::log1p(count) / std::log1p(maximum));
    color.setAlpha(210);
    painter.setBrush(color);
    painter.drawPolygon(hexagon);
  }
}

void DensityPainter::drawClusters(QImage &image) const
{
  struct Cluster
  {
    double x = 0, y = 0, count = 0;
  };
  const double distance = std::max(4.0, m_style.radius * m_frame.symbolScale * 3);
  QHash<quint64, Cluster> cells;
  std::size_t visited = 0;
  for (std::uint32_t f : m_frame.features) {
    if (++visited % kCancelCheckInterval == 0 && *m_frame.cancelled)
      return;
    const QPointF p = m_frame.anchor(f);
    if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
      continue;
    const auto cx = qint32(std::floor(p.x() / distance)), cy = qint32(std::floor(p.y() / distance));
    Cluster &c = cells[(quint64(quint32(cx)) << 32) | quint32(cy)];
    c.x += p.x();
    c.y += p.y();
    c.count += 1;
  }
  QPainter painter(&image);
  painter.setRenderHint(QPainter::Antialiasing);
  QFont font(QStringLiteral("Noto Sans CJK SC"));
  font.setPixelSize(std::max(8, int(11 * m_frame.symbolScale)));
  font.setBold(true);
  painter.setFont(font);
  const MarkerSymbol &marker = m_style.marker;
  QList<quint64> keys = cells.keys();
  std::sort(keys.begin(), keys.end());
  for (const quint64 cell : std::as_const(keys)) {
    const Cluster &c = cells[cell];
    const QPointF centre(c.x / c.count, c.y / c.count);
    if (c.count < 2) {
      painter.setPen(QPen(marker.stroke, marker.strokeWidth * m_frame.symbolScale));
      painter.setBrush(marker.fill);
      const double r = marker.size * m_frame.symbolScale / 2;
      painter.drawEllipse(centre, r, r);
      continue;
    }
    const double r = (8 + 3 * std::log2(c.count)) * m_frame.symbolScale;
    painter.setPen(QPen(QColor(255, 255, 255, 220), 2 * m_frame.symbolScale));
    painter.setBrush(marker.fill);
    painter.drawEllipse(centre, r, r);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r), Qt::AlignCenter,
                     QString::number(qint64(c.count)));
  }
}

SectorPainter::SectorPainter(const RenderFrame &frame, const VectorStyle &style, double metresPerPixel)
    : m_frame(frame), m_metresPerPixel(metresPerPixel),
      m_azimuth(frame.store->fieldIndex(style.azimuthField)),
      m_beamwidth(frame.store->fieldIndex(style.beamwidthField)),
      m_range(frame.store->fieldIndex(style.rangeField))
{}

void SectorPainter::draw(QPainter &painter, const std::vector<std::uint32_t> &features,
                         const SymbolSet &symbols) const
{
  if (m_azimuth < 0 || m_range < 0 || m_metresPerPixel <= 0)
    return;
  const FeatureStore &store = *m_frame.store;
  painter.setPen(symbols.fill.stroke.alpha() > 0 && symbols.fill.strokeWidth > 0
                     ? QPen(symbols.fill.stroke, symbols.fill.strokeWidth * m_frame.symbolScale)
                     : QPen(Qt::NoPen));
  painter.setBrush(symbols.fill.fill);
  std::size_t visited = 0;
  for (std::uint32_t f : features) {
    if (++visited % kCancelCheckInterval == 0 && *m_frame.cancelled)
      return;
    const double azimuth = store.real(f, m_azimuth), range = store.real(f, m_range);
    const double beam = m_beamwidth >= 0 ? store.real(f, m_beamwidth) : 65;
    if (!std::isfinite(azimuth) || !std::isfinite(range) || range <= 0 || !std::isfinite(beam))
      continue;
    const QPointF centre = m_frame.anchor(f);
    // At least a few pixels, so sites stay visible when zoomed out.
    const double radius = std::max(3.0 * m_frame.symbolScale, range / m_metresPerPixel);
    const QRectF box(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius);
    // Qt counts degrees anticlockwise from east; azimuths run clockwise from north.
    const double start = 90 - azimuth - beam / 2;
    painter.drawPie(box, int(std::lround(start * 16)), int(std::lround(beam * 16)));
  }
}

} // namespace rc
