#include "render/LabelEngine.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace rc {

/// Placed label boxes bucketed on a coarse grid, so a collision test looks at a few neighbours
/// rather than every label placed so far.
class LabelEngine::CollisionGrid
{
public:
  explicit CollisionGrid(QSize size)
      : m_columns(size.width() / kCell + 1), m_rows(size.height() / kCell + 1),
        m_cells(std::size_t(m_columns * m_rows))
  {}

  [[nodiscard]] bool isFree(const QRectF &box) const
  {
    bool free = true;
    visitCells(box, [&](const std::vector<int> &cell) {
      for (int index : cell)
        if (m_boxes[std::size_t(index)].intersects(box)) {
          free = false;
          return;
        }
    });
    return free;
  }
  void insert(const QRectF &box)
  {
    const int index = int(m_boxes.size());
    m_boxes.push_back(box);
    visitCells(box, [index](std::vector<int> &cell) { cell.push_back(index); });
  }

private:
  static constexpr int kCell = 48;

  template<typename Cells, typename Visit>
  static void visit(Cells &cells, int columns, int rows, const QRectF &box, Visit &&visitCell)
  {
    const int x0 = std::clamp(int(box.left()) / kCell, 0, columns - 1),
              x1 = std::clamp(int(box.right()) / kCell, 0, columns - 1);
    const int y0 = std::clamp(int(box.top()) / kCell, 0, rows - 1),
              y1 = std::clamp(int(box.bottom()) / kCell, 0, rows - 1);
    for (int y = y0; y <= y1; ++y)
      for (int x = x0; x <= x1; ++x)
        visitCell(cells[std::size_t(y * columns + x)]);
  }
  template<typename Visit> void visitCells(const QRectF &box, Visit &&visitCell) const
  {
    visit(m_cells, m_columns, m_rows, box, visitCell);
  }
  template<typename Visit> void visitCells(const QRectF &box, Visit &&visitCell)
  {
    visit(m_cells, m_columns, m_rows, box, visitCell);
  }

  int m_columns;
  int m_rows;
  std::vector<std::vector<int>> m_cells;
  std::vector<QRectF> m_boxes;
};

namespace {

QFont labelFont(const LabelSettings &settings, double dpi)
{
  QFont font(settings.fontFamily);
  font.setPixelSize(std::max(1, int(std::lround(settings.size * dpi / 72.0))));
  font.setBold(settings.bold);
  font.setHintingPreference(QFont::PreferNoHinting);
  return font;
}

/// A label's text with its baseline starting at `origin`: the halo as a stroked outline, the text
/// itself as text, so that a PDF keeps map labels searchable (with their Unicode) like the rest.
void drawText(QPainter &painter, QPointF origin, const QFont &font, const QString &text,
              const LabelSettings &settings, double dpi)
{
  if (settings.haloWidth > 0 && settings.haloColor.alpha() > 0) {
    QPainterPath glyphs;
    glyphs.addText(origin, font, text);
    painter.setPen(QPen(settings.haloColor, 2 * settings.haloWidth * dpi / 96, Qt::SolidLine, Qt::RoundCap,
                        Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(glyphs);
  }
  painter.setFont(font);
  painter.setPen(settings.color);
  painter.drawText(origin, text);
}

// Where a point label may go relative to its marker, in the cartographic order of preference:
// right, left, above, below, then the four diagonals.
constexpr std::pair<int, int> kPointPositions[] = {{1, 0},  {-1, 0},  {0, -1}, {0, 1},
                                                   {1, -1}, {-1, -1}, {1, 1},  {-1, 1}};

/// A point a distance along a polyline, with the direction there.
struct PathPoint
{
  QPointF point;
  double angle = 0;
};

PathPoint pointAlong(const QPolygonF &line, const std::vector<double> &cumulative, double distance)
{
  const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), distance);
  const std::size_t segment =
      std::clamp<std::size_t>(std::size_t(it - cumulative.begin()), 1, cumulative.size() - 1) - 1;
  const QPointF a = line[qsizetype(segment)], b = line[qsizetype(segment) + 1];
  const double length = cumulative[segment + 1] - cumulative[segment];
  const double t = length > 0 ? (distance - cumulative[segment]) / length : 0;
  return {a + (b - a) * t, std::atan2(b.y() - a.y(), b.x() - a.x())};
}

} // namespace

bool LabelEngine::placeOnLine(QPainter &painter, CollisionGrid &grid, const QRectF &frame,
                              const LabelCandidate &c, const LabelSettings &settings, const QFont &font,
                              const QFontMetricsF &metrics, double dpi)
{
  constexpr double kMaxBend = 35 * std::numbers::pi / 180; // sharper turns make text unreadable
  QPolygonF line = c.line;
  if (line.size() < 2)
    return false;
  // Text runs left to right so it never reads upside down.
  if (line.last().x() < line.first().x())
    std::reverse(line.begin(), line.end());
  std::vector<double> cumulative{0};
  for (qsizetype i = 1; i < line.size(); ++i)
    cumulative.push_back(cumulative.back() +
                         std::hypot(line[i].x() - line[i - 1].x(), line[i].y() - line[i - 1].y()));
  const double width = metrics.horizontalAdvance(c.text);
  if (width > cumulative.back() * 0.9)
    return false;

  struct Glyph
  {
    QString text;
    PathPoint at;
    double advance;
  };
  std::vector<Glyph> glyphs;
  std::vector<QRectF> boxes;
  const double side = metrics.height() * 0.9;
  double distance = (cumulative.back() - width) / 2;
  for (qsizetype i = 0; i < c.text.size(); ++i) {
    const qsizetype length = c.text[i].isHighSurrogate() && i + 1 < c.text.size() ? 2 : 1;
    const QString character = c.text.mid(i, length);
    i += length - 1;
    const double advance = metrics.horizontalAdvance(character);
    const PathPoint at = pointAlong(line, cumulative, distance + advance / 2);
    if (!glyphs.empty()) {
      double bend = std::abs(at.angle - glyphs.back().at.angle);
      bend = std::min(bend, 2 * std::numbers::pi - bend);
      if (bend > kMaxBend)
        return false;
    }
    const QRectF box(at.point.x() - side / 2, at.point.y() - side / 2, side, side);
    if (!frame.contains(box) || !grid.isFree(box))
      return false;
    glyphs.push_back({character, at, advance});
    boxes.push_back(box);
    distance += advance;
  }
  for (const QRectF &box : boxes)
    grid.insert(box);
  const double baseline = (metrics.ascent() - metrics.descent()) / 2;
  for (const Glyph &glyph : glyphs) {
    painter.save();
    painter.translate(glyph.at.point);
    painter.rotate(glyph.at.angle * 180 / std::numbers::pi);
    drawText(painter, QPointF(-glyph.advance / 2, baseline), font, glyph.text, settings, dpi);
    painter.restore();
  }
  return true;
}

int LabelEngine::addLayer(int layerOrder, const LabelSettings &settings, double dpi)
{
  QMutexLocker lock(&m_mutex);
  m_layers.push_back({layerOrder, settings, dpi, {}});
  return int(m_layers.size()) - 1;
}

void LabelEngine::addCandidates(int layer, std::vector<LabelCandidate> candidates)
{
  QMutexLocker lock(&m_mutex);
  auto &target = m_layers[std::size_t(layer)].candidates;
  if (target.empty())
    target = std::move(candidates);
  else
    target.insert(target.end(), std::make_move_iterator(candidates.begin()),
                  std::make_move_iterator(candidates.end()));
}

bool LabelEngine::hasCandidates() const
{
  QMutexLocker lock(&m_mutex);
  return std::any_of(m_layers.begin(), m_layers.end(), [](const Layer &l) { return !l.candidates.empty(); });
}

bool LabelEngine::hasLayer(int layerOrder) const
{
  QMutexLocker lock(&m_mutex);
  return std::any_of(m_layers.begin(), m_layers.end(),
                     [layerOrder](const Layer &l) { return l.order == layerOrder; });
}

int LabelEngine::place(QImage &image)
{
  QPainter painter(&image);
  return place(painter, image.size());
}

int LabelEngine::place(QPainter &painter, QSize size)
{
  QMutexLocker lock(&m_mutex);
  std::vector<const Layer *> order;
  for (const Layer &layer : m_layers)
    order.push_back(&layer);
  std::stable_sort(order.begin(), order.end(), [](const Layer *a, const Layer *b) {
    return a->settings.priority != b->settings.priority ? a->settings.priority > b->settings.priority
                                                        : a->order > b->order;
  });

  CollisionGrid grid(size);
  const QRectF frame(QPointF(0, 0), size);
  // Point markers are obstacles: a label must never hide the very thing it names.
  for (const Layer *layer : order)
    for (const LabelCandidate &c : layer->candidates)
      if (c.placement == LabelCandidate::Placement::Point && c.markerRadius > 0)
        grid.insert(QRectF(c.anchor.x() - c.markerRadius, c.anchor.y() - c.markerRadius, 2 * c.markerRadius,
                           2 * c.markerRadius));
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setRenderHint(QPainter::TextAntialiasing);
  int placed = 0;
  for (const Layer *layer : order) {
    const LabelSettings &s = layer->settings;
    const QFont font = labelFont(s, layer->dpi);
    const QFontMetricsF metrics(font);
    const double gap = 2 * layer->dpi / 96;
    // One label per text in a neighbourhood: the units and rooms of one house share its number.
    const double repeatDistance = 4 * metrics.height();
    QHash<QString, std::vector<QPointF>> placedTexts;
    for (const LabelCandidate &c : layer->candidates) {
      std::vector<QPointF> &sameText = placedTexts[c.text];
      const bool repeated = std::any_of(sameText.begin(), sameText.end(), [&](const QPointF &p) {
        return std::abs(p.x() - c.anchor.x()) < repeatDistance &&
               std::abs(p.y() - c.anchor.y()) < repeatDistance;
      });
      if (repeated && c.placement != LabelCandidate::Placement::Line)
        continue;
      if (c.placement == LabelCandidate::Placement::Line) {
        placed += placeOnLine(painter, grid, frame, c, s, font, metrics, layer->dpi) ? 1 : 0;
        continue;
      }
      const double width = metrics.horizontalAdvance(c.text), ascent = metrics.ascent() * 0.8,
                   descent = metrics.descent() * 0.5;
      const double height = ascent + descent;
      const auto tryAt = [&](QPointF topLeft) {
        const QRectF box(topLeft, QSizeF(width, height));
        if (!frame.contains(box) || !grid.isFree(box))
          return false;
        grid.insert(box.adjusted(-gap, -gap, gap, gap));
        drawText(painter, QPointF(topLeft.x(), topLeft.y() + ascent), font, c.text, s, layer->dpi);
        return true;
      };
      bool done = false;
      if (c.placement == LabelCandidate::Placement::Area) {
        // The centre, then just above and below it.
        for (const double shift : {0.0, -1.2, 1.2})
          if ((done = tryAt({c.anchor.x() - width / 2, c.anchor.y() - height / 2 + shift * height})))
            break;
      } else {
        const double offset = c.markerRadius + gap;
        for (const auto &[dx, dy] : kPointPositions) {
          const double x = dx > 0   ? c.anchor.x() + offset
                           : dx < 0 ? c.anchor.x() - offset - width
                                    : c.anchor.x() - width / 2;
          const double y = dy > 0   ? c.anchor.y() + offset
                           : dy < 0 ? c.anchor.y() - offset - height
                                    : c.anchor.y() - height / 2;
          if ((done = tryAt({x, y})))
            break;
        }
      }
      if (done) {
        ++placed;
        sameText.push_back(c.anchor);
      }
    }
  }
  painter.restore();
  return placed;
}

} // namespace rc
