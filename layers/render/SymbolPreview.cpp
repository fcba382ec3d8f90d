#include "render/SymbolPreview.h"

#include "render/PointSprite.h"
#include "style/ColorRamp.h"

#include <QCoreApplication>
#include <QPainter>

namespace rc {

void drawSymbolPreview(QPainter &painter, const QRectF &rect, const SymbolSet &symbols, GeometryKind kind)
{
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing);
  switch (kind) {
  case GeometryKind::Point:
  case GeometryKind::Empty: {
    const double scale =
        std::min(1.0, 0.8 * std::min(rect.width(), rect.height()) / std::max(1.0, symbols.marker.size));
    PointSprite sprite(symbols.marker, scale);
    const QImage &image = sprite.image();
    painter.drawImage(
        QPointF(rect.center().x() - image.width() / 2.0, rect.center().y() - image.height() / 2.0), image);
    break;
  }
  case GeometryKind::Line: {
    painter.setPen(QPen(symbols.line.color, std::max(1.0, symbols.line.width), symbols.line.style,
                        Qt::RoundCap, Qt::RoundJoin));
    const QRectF r = rect.adjusted(2, 3, -2, -3);
    painter.drawPolyline(QPolygonF{r.bottomLeft(), QPointF(r.left() + r.width() / 3, r.top()),
                                   QPointF(r.left() + 2 * r.width() / 3, r.bottom()), r.topRight()});
    break;
  }
  case GeometryKind::Polygon:
    painter.setPen(symbols.fill.strokeWidth > 0
                       ? QPen(symbols.fill.stroke, std::max(1.0, symbols.fill.strokeWidth))
                       : QPen(Qt::NoPen));
    painter.setBrush(symbols.fill.fill);
    painter.drawRect(rect.adjusted(2, 2, -2, -2));
    break;
  }
  painter.restore();
}

QImage symbolPreview(const SymbolSet &symbols, GeometryKind kind, QSize size, double devicePixelRatio)
{
  QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
  image.setDevicePixelRatio(devicePixelRatio);
  image.fill(Qt::transparent);
  QPainter painter(&image);
  drawSymbolPreview(painter, QRectF(QPointF(0, 0), QSizeF(size)), symbols, kind);
  return image;
}

QList<LegendEntry> legendEntries(const VectorStyle &style)
{
  QList<LegendEntry> entries;
  switch (style.kind) {
  case RendererKind::Single:
    entries << LegendEntry{{}, style.symbols(), false, {}};
    break;
  case RendererKind::Categorized:
  case RendererKind::Graduated:
  case RendererKind::RuleBased:
  case RendererKind::Sectors:
    for (const StyleClass &c : style.classes)
      if (c.visible)
        entries << LegendEntry{
            c.isElse && c.label.isEmpty() ? QCoreApplication::translate("rc::Legend", "all other") : c.label,
            c.symbols,
            false,
            {}};
    if (entries.isEmpty())
      entries << LegendEntry{{}, style.symbols(), false, {}};
    break;
  case RendererKind::Heatmap:
  case RendererKind::HexBins:
    entries << LegendEntry{QCoreApplication::translate("rc::Legend", "low → high density"), style.symbols(),
                           true, style.rampName};
    break;
  case RendererKind::Clusters:
    entries << LegendEntry{
        QCoreApplication::translate("rc::Legend", "clusters of nearby features"), style.symbols(), false, {}};
    break;
  }
  return entries;
}

} // namespace rc
