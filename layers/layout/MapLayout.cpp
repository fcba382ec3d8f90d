#include "layout/MapLayout.h"

#include "render/PointSprite.h"

#include "map/MapLayer.h"
#include "map/VectorLayer.h"
#include "render/RenderJob.h"
#include "render/VectorMapPainter.h"
#include "style/ColorRamp.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImageWriter>
#include <QLinearGradient>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QtConcurrent/QtConcurrentRun>

#include <cctype>
#include <cmath>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

constexpr double kMmPerInch = 25.4;
constexpr double kMarginMm = 10;
constexpr double kTitleBandMm = 16;
constexpr double kFooterBandMm = 7;
constexpr double kGapMm = 4;
constexpr double kLegendPaddingMm = 3;
constexpr double kSwatchWidthMm = 7;
constexpr double kSwatchHeightMm = 4.2;
/// Neither QImage nor a PDF page should exceed what RenderJob and the command line accept.
constexpr int kMaxPixels = 20000;
const QString kFontFamily = u"Noto Sans CJK SC"_s;
const QColor kInk(0x22, 0x22, 0x22);
const QColor kMutedInk(0x55, 0x55, 0x55);
const QColor kRule(0x88, 0x88, 0x88);

/// Converts page millimetres to device pixels at one DPI.
struct Units
{
  double dpi;
  [[nodiscard]] double px(double mm) const { return mm * dpi / kMmPerInch; }
  [[nodiscard]] QRectF px(const QRectF &mm) const
  {
    return {px(mm.x()), px(mm.y()), px(mm.width()), px(mm.height())};
  }
  /// Symbol sizes are pixels at 96 DPI, as on the map.
  [[nodiscard]] double symbol(double pixelsAt96) const { return pixelsAt96 * dpi / 96; }
};

/// A font of `points` on paper whatever DPI the device reports: QFont sizes points against the
/// device's logical DPI, which for a QImage need not be the DPI the page is laid out at.
QFont layoutFont(const QPainter &painter, const Units &units, double points, bool bold = false)
{
  QFont font(kFontFamily);
  const int deviceDpi = painter.device() ? painter.device()->logicalDpiY() : 96;
  font.setPointSizeF(points * units.dpi / std::max(1, deviceDpi));
  font.setBold(bold);
  // Hinting would snap glyphs to the device grid and make the sheet differ between DPIs.
  font.setHintingPreference(QFont::PreferNoHinting);
  // Shaped Latin runs get digit glyphs that Qt's PDF text map cannot name, so "1:50,000" would copy
  // out of the PDF as "1:,"; neither Latin nor Han needs shaping.
  font.setStyleStrategy(QFont::PreferNoShaping);
  return font;
}

QPen symbolPen(QColor color, double width, Qt::PenStyle style = Qt::SolidLine)
{
  if (width <= 0 || color.alpha() == 0)
    return Qt::NoPen;
  return QPen(color, width, style, Qt::RoundCap, Qt::RoundJoin);
}

void paintSwatch(QPainter &painter, const LegendItem &item, const QRectF &box, const Units &units)
{
  painter.save();
  switch (item.swatch) {
  case LegendItem::Swatch::None:
    break;
  case LegendItem::Swatch::Fill: {
    const FillSymbol &fill = item.symbols.fill;
    painter.setBrush(fill.fill);
    painter.setPen(symbolPen(fill.stroke, units.symbol(fill.strokeWidth)));
    painter.drawRect(box);
    break;
  }
  case LegendItem::Swatch::Line: {
    const LineSymbol &line = item.symbols.line;
    painter.setPen(symbolPen(line.color, units.symbol(line.width), line.style));
    painter.drawLine(QPointF(box.left(), box.center().y()), QPointF(box.right(), box.center().y()));
    break;
  }
  case LegendItem::Swatch::Marker: {
    const MarkerSymbol &marker = item.symbols.marker;
    // Markers are drawn at their map size, but no bigger than the row nor too small to make out:
    // the legend says what, not how big.
    const double size = std::clamp(units.symbol(marker.size), units.px(2.6), box.height() * 1.15);
    if (!marker.svgPath.isEmpty()) {
      QSvgRenderer svg(marker.svgPath);
      if (svg.isValid()) {
        svg.render(&painter, QRectF(box.center().x() - size / 2, box.center().y() - size / 2, size, size));
        break;
      }
    }
    painter.setBrush(marker.fill);
    painter.setPen(symbolPen(marker.stroke, units.symbol(marker.strokeWidth)));
    painter.drawPath(markerPath(marker.shape, size, box.center()));
    break;
  }
  case LegendItem::Swatch::Ramp: {
    const ColorRamp ramp(item.rampName);
    QLinearGradient gradient(box.topLeft(), box.topRight());
    for (int stop = 0; stop <= 4; ++stop)
      gradient.setColorAt(stop / 4.0, ramp.color(stop / 4.0));
    painter.setBrush(gradient);
    painter.setPen(QPen(kRule, units.px(0.1)));
    painter.drawRect(box);
    break;
  }
  }
  painter.restore();
}

LegendItem::Swatch swatchFor(const VectorLayer &layer)
{
  const auto store = layer.features();
  switch (store ? store->dominantKind() : GeometryKind::Empty) {
  case GeometryKind::Point:
    return LegendItem::Swatch::Marker;
  case GeometryKind::Line:
    return LegendItem::Swatch::Line;
  case GeometryKind::Polygon:
  case GeometryKind::Empty:
    break;
  }
  return LegendItem::Swatch::Fill;
}

QString classLabel(const StyleClass &styleClass, RendererKind kind)
{
  if (!styleClass.label.isEmpty())
    return styleClass.label;
  const QLocale locale;
  switch (kind) {
  case RendererKind::Graduated:
    return MapLayout::tr("%1 – %2").arg(locale.toString(styleClass.lower, 'g', 6),
                                        locale.toString(styleClass.upper, 'g', 6));
  case RendererKind::RuleBased:
    return styleClass.isElse ? MapLayout::tr("Everything else") : styleClass.filter;
  default:
    return styleClass.value.isEmpty() ? MapLayout::tr("(no value)") : styleClass.value;
  }
}

/// The code point a reader types for a glyph that Qt's ToUnicode map names by another one.
char16_t typedCodePoint(char16_t code)
{
  if (code == u'\t')
    return u' ';
  // Kangxi radicals and the CJK radicals supplement: NFKC gives the ideograph where there is one.
  if (code >= 0x2E80 && code <= 0x2FDF) {
    const QString folded = QString(QChar(code)).normalized(QString::NormalizationForm_KC);
    if (folded.size() == 1)
      return folded.front().unicode();
  }
  return code;
}

/// Qt 6.4 names each glyph of an embedded font in the PDF's ToUnicode map by the lowest code point
/// the font maps to it. Noto Sans CJK shares glyphs between the Kangxi radicals and the ideographs
/// they look like, and between tab and space, so 中心 and 行政区 would copy and search as 中⼼ and
/// ⾏政区. Qt writes these maps uncompressed; each code is rewritten in place as the one a reader
/// types, four hex digits for four, so every offset in the file stays valid.
void repairToUnicodeMaps(QByteArray &pdf)
{
  const auto isHex = [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; };
  for (const QByteArray &section : {QByteArray("bfrange"), QByteArray("bfchar")}) {
    const QByteArray begin = "begin" + section, end = "end" + section;
    for (qsizetype from = pdf.indexOf(begin); from >= 0; from = pdf.indexOf(begin, from)) {
      const qsizetype to = pdf.indexOf(end, from);
      if (to < 0)
        break;
      qsizetype lineStart = from + begin.size();
      while (lineStart < to) {
        qsizetype lineEnd = pdf.indexOf('\n', lineStart);
        if (lineEnd < 0 || lineEnd > to)
          lineEnd = to;
        // The positions of the four-digit codes on this line: source glyph(s) first, then targets.
        QList<qsizetype> codes;
        for (qsizetype i = lineStart; i + 5 < lineEnd; ++i)
          if (pdf[i] == '<' && pdf[i + 5] == '>' && isHex(pdf[i + 1]) && isHex(pdf[i + 2]) &&
              isHex(pdf[i + 3]) && isHex(pdf[i + 4]))
            codes.append(i + 1);
        const bool isRange = section == "bfrange";
        const bool isArray = pdf.mid(lineStart, lineEnd - lineStart).contains('[');
        const qsizetype firstTarget = isRange ? 2 : 1;
        // A linear range maps glyphs to consecutive codes; only a range of one glyph may change.
        const bool editable =
            !isRange || isArray || (codes.size() == 3 && pdf.mid(codes[0], 4) == pdf.mid(codes[1], 4));
        for (qsizetype c = firstTarget; editable && c < codes.size(); ++c) {
          bool ok = false;
          const auto code = char16_t(pdf.mid(codes[c], 4).toUInt(&ok, 16));
          const char16_t typed = typedCodePoint(code);
          if (ok && typed != code)
            pdf.replace(codes[c], 4, QByteArray::number(typed, 16).toUpper().rightJustified(4, '0'));
        }
        lineStart = lineEnd + 1;
      }
      from = to;
    }
  }
}

QString crsLabel(const Crs &crs)
{
  if (crs.authId().isEmpty() || crs.authId() == crs.name())
    return crs.name();
  return MapLayout::tr("%1 (%2)", "CRS name (authority code)").arg(crs.name(), crs.authId());
}

} // namespace

QString ScaleBar::tickLabel(int index) const
{
  const bool kilometres = metres >= 1000;
  const double value = metres * index / std::max(1, segments) / (kilometres ? 1000 : 1);
  const QString number = QLocale().toString(value, 'g', 6);
  if (index < segments)
    return number;
  return kilometres ? MapLayout::tr("%1 km").arg(number) : MapLayout::tr("%1 m").arg(number);
}

QList<LegendItem> MapLayout::legendFor(const QList<MapLayer *> &layers, double scale)
{
  QList<LegendItem> items;
  // The layer's name, then its style's title lines as indented rows without a swatch.
  const auto heading = [&](const QString &text, const VectorStyle &style) {
    LegendItem item;
    item.text = text;
    item.isHeading = true;
    items.append(item);
    for (const QString &line : style.legendTitle) {
      LegendItem titleLine;
      titleLine.text = line;
      titleLine.isClass = true;
      items.append(titleLine);
    }
  };
  const auto row = [&](const QString &text, LegendItem::Swatch swatch, const SymbolSet &symbols,
                       bool isClass) {
    LegendItem item;
    item.text = text;
    item.swatch = swatch;
    item.symbols = symbols;
    item.isClass = isClass;
    items.append(item);
  };
  for (auto it = layers.crbegin(); it != layers.crend(); ++it) {
    const MapLayer *layer = *it;
    const auto *vector = qobject_cast<const VectorLayer *>(layer);
    if (!vector) {
      row(layer->name(), LegendItem::Swatch::None, {}, false);
      continue;
    }
    const VectorStyle &style = vector->style();
    // A layer read for the frame's window alone may hold nothing there: nothing of it to explain.
    const auto store = vector->features();
    if (!style.isVisibleAtScale(scale) || (store && store->featureCount() == 0))
      continue;
    LegendItem::Swatch swatch = swatchFor(*vector);
    switch (style.kind) {
    case RendererKind::Heatmap:
    case RendererKind::HexBins: {
      heading(layer->name(), style);
      LegendItem ramp;
      ramp.text = style.kind == RendererKind::Heatmap ? tr("Density: low to high") : tr("Count: low to high");
      ramp.swatch = LegendItem::Swatch::Ramp;
      ramp.rampName = style.rampName;
      ramp.isClass = true;
      items.append(ramp);
      continue;
    }
    case RendererKind::Sectors:
      swatch = LegendItem::Swatch::Fill; // wedges, whatever the points are
      break;
    default:
      break;
    }
    const bool classified = style.kind != RendererKind::Single && style.kind != RendererKind::Clusters &&
                            !style.classes.isEmpty();
    if (!classified) {
      row(layer->name(), swatch, style.symbols(), false);
      continue;
    }
    heading(layer->name(), style);
    for (const StyleClass &styleClass : style.classes)
      if (styleClass.isVisibleAtScale(scale))
        row(classLabel(styleClass, style.kind), swatch, styleClass.symbols, true);
  }
  return items;
}

ScaleBar MapLayout::scaleBarFor(double scale, double maxLengthMm)
{
  if (!(scale > 0) || !std::isfinite(scale) || !(maxLengthMm > 0))
    return {};
  const double maxMetres = maxLengthMm * scale / 1000;
  const double power = std::pow(10.0, std::floor(std::log10(maxMetres)));
  double leading = 1;
  for (const double candidate : {5.0, 2.0, 1.0}) {
    if (candidate * power <= maxMetres * (1 + 1e-9)) {
      leading = candidate;
      break;
    }
  }
  ScaleBar bar;
  bar.metres = leading * power;
  bar.lengthMm = bar.metres * 1000 / scale;
  // Five blocks of 1 for a 5, four of a quarter otherwise: round numbers at every tick.
  bar.segments = leading == 5 ? 5 : 4;
  return bar;
}

struct MapLayout::Geometry
{
  QSizeF page;
  QRectF title;
  QRectF frame;
  QRectF legend;
  QRectF footer;
};

MapLayout::Geometry MapLayout::geometry() const
{
  const Decorations &d = m_decorations;
  const bool bare = !d.title && !d.legend && !d.scaleBar && !d.northArrow && !d.attribution;
  // A bare map is meant to be placed in another document: no white border around it.
  const double margin = bare ? 0 : kMarginMm;
  const double titleBand = d.title ? kTitleBandMm : 0;
  const double footerBand = d.attribution ? kFooterBandMm : 0;
  const double legendWidth = d.legend ? (m_page == Page::A3Landscape ? 80 : 62) : 0;
  const double legendGap = d.legend ? kGapMm : 0;

  Geometry g;
  switch (m_page) {
  case Page::A4Landscape:
    g.page = {297, 210};
    break;
  case Page::A3Landscape:
    g.page = {420, 297};
    break;
  case Page::FitMap: {
    const BBox extent = m_map.extent();
    const double aspect = extent.isEmpty() || extent.width() <= 0
                              ? 0.7
                              : std::clamp(extent.height() / extent.width(), 0.2, 5.0);
    const double frameWidth = 297 - 2 * margin - legendWidth - legendGap;
    g.page = {297, 2 * margin + titleBand + frameWidth * aspect + footerBand};
    break;
  }
  }
  g.title = {margin, margin, g.page.width() - 2 * margin, titleBand};
  const double frameTop = margin + titleBand;
  const double frameHeight = g.page.height() - frameTop - margin - footerBand;
  g.frame = {margin, frameTop, g.page.width() - 2 * margin - legendWidth - legendGap, frameHeight};
  g.legend = {g.frame.right() + legendGap, frameTop, legendWidth, frameHeight};
  g.footer = {margin, g.frame.bottom(), g.page.width() - 2 * margin, footerBand};
  return g;
}

QSizeF MapLayout::pageSizeMm() const
{
  return geometry().page;
}

QRectF MapLayout::mapFrameMm() const
{
  return geometry().frame;
}

QSize MapLayout::pageSizePixels(double dpi) const
{
  const QSizeF page = pageSizeMm();
  const Units units{dpi};
  return {int(std::lround(units.px(page.width()))), int(std::lround(units.px(page.height())))};
}

MapSettings MapLayout::frameSettings(double dpi) const
{
  const QRectF frame = mapFrameMm();
  const Units units{dpi};
  MapSettings settings = m_map;
  settings.setOutputSize({std::max(1, int(std::lround(units.px(frame.width())))),
                          std::max(1, int(std::lround(units.px(frame.height()))))});
  settings.setDpi(dpi);
  return settings;
}

ScaleBar MapLayout::scaleBar(double dpi) const
{
  const QRectF frame = mapFrameMm();
  return scaleBarFor(frameSettings(dpi).scale(), std::min(45.0, frame.width() * 0.3));
}

void MapLayout::paint(QPainter &painter, const QImage &mapFrame, double dpi) const
{
  // The frame image is placed pixel for pixel: its size is what frameSettings(dpi) rendered.
  paint(
      painter,
      [&](QPainter &framePainter) {
        if (!mapFrame.isNull())
          framePainter.drawImage(QPointF(0, 0), mapFrame);
      },
      dpi);
}

void MapLayout::paint(QPainter &painter, const FramePainter &paintFrame, double dpi) const
{
  const Units units{dpi};
  const Geometry g = geometry();
  painter.save();
  painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                         QPainter::SmoothPixmapTransform);
  // Without it a PDF gets the map as JPEG, which smears the map's labels and thin lines.
  painter.setRenderHint(QPainter::LosslessImageRendering);
  painter.fillRect(units.px(QRectF(QPointF(0, 0), g.page)), Qt::white);

  if (m_decorations.title) {
    painter.setFont(layoutFont(painter, units, m_page == Page::A3Landscape ? 22 : 18, true));
    painter.setPen(kInk);
    const QRectF band = units.px(g.title);
    const QString title = painter.fontMetrics().elidedText(m_title, Qt::ElideRight, int(band.width()));
    painter.drawText(band, Qt::AlignHCenter | Qt::AlignTop, title);
  }

  const QRectF frameMm = units.px(g.frame);
  const QRectF frame(QPointF(std::round(frameMm.x()), std::round(frameMm.y())),
                     QSizeF(frameSettings(dpi).outputSize()));
  painter.save();
  painter.fillRect(frame, m_map.backgroundColor());
  painter.setClipRect(frame);
  painter.translate(frame.topLeft());
  paintFrame(painter);
  painter.restore();
  painter.save();
  painter.setClipRect(frame);
  if (m_decorations.scaleBar)
    paintScaleBar(painter, frame, dpi);
  if (m_decorations.northArrow)
    paintNorthArrow(painter, frame, dpi);
  painter.restore();
  painter.setPen(QPen(kInk, units.px(0.35)));
  painter.setBrush(Qt::NoBrush);
  painter.drawRect(frame);

  if (m_decorations.legend)
    paintLegend(painter, units.px(g.legend), dpi);

  if (m_decorations.attribution) {
    const QRectF footer = units.px(g.footer).adjusted(0, units.px(1.2), 0, 0);
    painter.setFont(layoutFont(painter, units, 6.5));
    painter.setPen(kMutedInk);
    const QString crs = tr("Coordinate system: %1").arg(crsLabel(m_map.destinationCrs()));
    const double crsWidth = painter.fontMetrics().horizontalAdvance(crs);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignTop, crs);
    const int room = int(footer.width() - crsWidth - units.px(kGapMm));
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop,
                     painter.fontMetrics().elidedText(m_attribution, Qt::ElideRight, std::max(0, room)));
  }
  painter.restore();
}

void MapLayout::paintLegend(QPainter &painter, const QRectF &column, double dpi) const
{
  const Units units{dpi};
  const double padding = units.px(kLegendPaddingMm);
  const QRectF inner = column.adjusted(padding, padding, -padding, -padding);
  const QFont titleFont = layoutFont(painter, units, 10, true);
  const QFont rowFont = layoutFont(painter, units, 7.5);
  const QFont headingFont = layoutFont(painter, units, 7.5, true);
  const double titleHeight = QFontMetricsF(titleFont, painter.device()).height();
  const double rowHeight =
      std::max(units.px(kSwatchHeightMm), QFontMetricsF(rowFont, painter.device()).height()) + units.px(1.6);

  // Where each row goes, and how many fit: the rest become one "… and n more" row rather than
  // being cut off silently.
  QList<double> tops;
  double y = inner.top() + titleHeight + units.px(1.5);
  qsizetype shown = m_legend.size();
  for (qsizetype i = 0; i < m_legend.size(); ++i) {
    const double top = y + (m_legend[i].isHeading && i > 0 ? units.px(1.2) : 0);
    const bool last = i == m_legend.size() - 1;
    if (top + rowHeight * (last ? 1 : 2) > inner.bottom()) {
      shown = i;
      tops.append(top);
      y = top + rowHeight;
      break;
    }
    tops.append(top);
    y = top + rowHeight;
  }

  painter.save();
  // The box hugs its rows; the column below it stays white paper.
  painter.setPen(QPen(kRule, units.px(0.25)));
  painter.setBrush(Qt::white);
  painter.drawRect(QRectF(column.left(), column.top(), column.width(),
                          std::min(column.height(), y - column.top() + padding)));
  painter.setPen(kInk);
  painter.setFont(titleFont);
  painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), titleHeight),
                   Qt::AlignLeft | Qt::AlignVCenter, tr("Legend"));
  for (qsizetype i = 0; i < shown; ++i) {
    const LegendItem &item = m_legend[i];
    const double indent = item.isClass ? units.px(3) : 0;
    const double textLeft =
        inner.left() + indent + (item.swatch == LegendItem::Swatch::None ? 0 : units.px(kSwatchWidthMm + 2));
    if (item.swatch != LegendItem::Swatch::None) {
      const QRectF swatch(inner.left() + indent, tops[i] + (rowHeight - units.px(kSwatchHeightMm)) / 2,
                          units.px(kSwatchWidthMm), units.px(kSwatchHeightMm));
      paintSwatch(painter, item, swatch, units);
    }
    painter.setFont(item.isHeading ? headingFont : rowFont);
    painter.setPen(kInk);
    const QRectF textRect(textLeft, tops[i], inner.right() - textLeft, rowHeight);
    painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                     painter.fontMetrics().elidedText(item.text, Qt::ElideRight, int(textRect.width())));
  }
  if (shown < m_legend.size()) {
    painter.setFont(rowFont);
    painter.setPen(kMutedInk);
    painter.drawText(QRectF(inner.left(), tops[shown], inner.width(), rowHeight),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     tr("… and %n more", nullptr, int(m_legend.size() - shown)));
  }
  painter.restore();
}

void MapLayout::paintScaleBar(QPainter &painter, const QRectF &frame, double dpi) const
{
  const Units units{dpi};
  const MapSettings settings = frameSettings(dpi);
  const ScaleBar bar = scaleBar(dpi);
  if (bar.metres <= 0)
    return;
  painter.save();
  const QFont labelFont = layoutFont(painter, units, 6.5);
  const QFontMetricsF metrics(labelFont, painter.device());
  const double barLength = units.px(bar.lengthMm);
  const double barHeight = units.px(1.6);
  const double padding = units.px(2);
  const QString ratio = tr("Scale 1:%1").arg(QLocale().toString(qint64(std::llround(settings.scale()))));
  const double lastLabelOverhang = metrics.horizontalAdvance(bar.tickLabel(bar.segments)) / 2;
  const double firstLabelOverhang = metrics.horizontalAdvance(bar.tickLabel(0)) / 2;
  const double width =
      std::max(firstLabelOverhang + barLength + lastLabelOverhang, metrics.horizontalAdvance(ratio)) +
      2 * padding;
  const double height = padding + metrics.height() + units.px(0.8) + barHeight + units.px(0.8) +
                        metrics.height() + padding * 0.6;
  const QRectF box(frame.left() + units.px(4), frame.bottom() - units.px(4) - height, width, height);
  painter.setPen(Qt::NoPen);
  painter.setBrush(QColor(255, 255, 255, 215));
  painter.drawRoundedRect(box, units.px(1), units.px(1));

  const double x0 = box.left() + padding + firstLabelOverhang;
  const double labelTop = box.top() + padding;
  const double barTop = labelTop + metrics.height() + units.px(0.8);
  painter.setFont(labelFont);
  painter.setPen(kInk);
  for (int i = 0; i <= bar.segments; ++i) {
    const double x = x0 + barLength * i / bar.segments;
    const QString label = bar.tickLabel(i);
    const double w = metrics.horizontalAdvance(label);
    painter.drawText(QRectF(x - w / 2, labelTop, w, metrics.height()), Qt::AlignCenter, label);
  }
  painter.setPen(QPen(kInk, units.px(0.2)));
  for (int i = 0; i < bar.segments; ++i) {
    painter.setBrush(i % 2 == 0 ? kInk : Qt::white);
    painter.drawRect(QRectF(x0 + barLength * i / bar.segments, barTop, barLength / bar.segments, barHeight));
  }
  painter.setPen(kInk);
  painter.drawText(QRectF(box.left() + padding, barTop + barHeight + units.px(0.8), box.width() - 2 * padding,
                          metrics.height()),
                   Qt::AlignLeft | Qt::AlignTop, ratio);
  painter.restore();
}

void MapLayout::paintNorthArrow(QPainter &painter, const QRectF &frame, double dpi) const
{
  // Grid north is drawn as up: in EPSG:4549 the meridians converge by under half a degree over
  // Fuzhou, and geographic CRSs have none, so the difference cannot be seen on the sheet.
  const Units units{dpi};
  painter.save();
  const double width = units.px(7), height = units.px(10);
  const QFont font = layoutFont(painter, units, 9, true);
  const QFontMetricsF metrics(font, painter.device());
  const QRectF box(frame.right() - units.px(4) - width - units.px(3), frame.top() + units.px(4),
                   width + units.px(3), metrics.height() + height + units.px(2.5));
  painter.setPen(Qt::NoPen);
  painter.setBrush(QColor(255, 255, 255, 215));
  painter.drawRoundedRect(box, units.px(1), units.px(1));

  painter.setFont(font);
  painter.setPen(kInk);
  painter.drawText(QRectF(box.left(), box.top() + units.px(1), box.width(), metrics.height()),
                   Qt::AlignCenter, tr("N", "north arrow"));
  const double cx = box.center().x();
  const double tipY = box.top() + units.px(1) + metrics.height() + units.px(0.3);
  const QPointF tip(cx, tipY), base(cx, tipY + height * 0.72), left(cx - width / 2, tipY + height),
      right(cx + width / 2, tipY + height);
  painter.setPen(QPen(kInk, units.px(0.25), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
  painter.setBrush(kInk);
  painter.drawPolygon(QPolygonF{tip, base, left});
  painter.setBrush(Qt::white);
  painter.drawPolygon(QPolygonF{tip, right, base});
  painter.restore();
}

LayoutExportJob::LayoutExportJob(MapLayout layout, QString path, Format format, double dpi, QObject *parent)
    : QObject(parent), m_layout(std::move(layout)), m_path(std::move(path)), m_format(format), m_dpi(dpi)
{
  if (m_format == Format::Pdf)
    m_dpi = std::round(m_dpi); // QPdfWriter takes whole dots per inch
  const QSize page = m_layout.pageSizePixels(m_dpi);
  if (!(m_dpi > 0) || page.width() > kMaxPixels || page.height() > kMaxPixels)
    m_error = tr("%1 dpi is too fine for this page: at most %2 pixels a side can be drawn.")
                  .arg(QLocale().toString(m_dpi), QLocale().toString(kMaxPixels));
  else if (m_format == Format::Pdf)
    m_vectorMap =
        std::make_unique<VectorMapPainter>(m_layout.frameSettings(m_dpi), snapshotsOf(m_layout.layers()));
  else
    m_render = std::make_unique<RenderJob>(m_layout.frameSettings(m_dpi), snapshotsOf(m_layout.layers()));
  if (m_render)
    connect(m_render.get(), &RenderJob::finished, this, &LayoutExportJob::onMapRendered);
  connect(&m_composeWatcher, &QFutureWatcher<void>::finished, this, &LayoutExportJob::finish);
}

LayoutExportJob::~LayoutExportJob()
{
  cancel();
  m_composeWatcher.waitForFinished();
}

LayoutExportJob::Format LayoutExportJob::formatForPath(const QString &path)
{
  return QFileInfo(path).suffix().compare(u"pdf"_s, Qt::CaseInsensitive) == 0 ? Format::Pdf : Format::Png;
}

void LayoutExportJob::start()
{
  if (m_active)
    return;
  m_active = true;
  if (m_vectorMap) {
    emit progressChanged(0, tr("Drawing the map…"));
    m_composeStarted = true;
    m_composeWatcher.setFuture(QtConcurrent::run([this] { compose({}); }));
    return;
  }
  if (!m_render) {
    finish();
    return;
  }
  emit progressChanged(0, tr("Rendering the map…"));
  m_render->start();
}

void LayoutExportJob::cancel()
{
  m_cancelled = true;
  if (m_render)
    m_render->cancel();
}

void LayoutExportJob::waitForFinished()
{
  if (!m_active)
    return;
  if (m_render)
    m_render->waitForFinished();
  // RenderJob emits finished() from waitForFinished(), which starts composing; this covers a
  // render that had already finished without its signal having been delivered yet.
  if (m_render && !m_composeStarted)
    onMapRendered();
  m_composeWatcher.waitForFinished();
  finish();
}

void LayoutExportJob::onMapRendered()
{
  if (!m_active || m_composeStarted)
    return;
  m_composeStarted = true;
  if (m_cancelled) {
    finish();
    return;
  }
  m_renderErrors = m_render->errors();
  // Opaque, so that a PDF embeds it without a soft mask.
  const QImage mapFrame = m_render->renderedImage().convertToFormat(QImage::Format_RGB32);
  emit progressChanged(60, tr("Composing the page…"));
  m_composeWatcher.setFuture(QtConcurrent::run([this, mapFrame] { compose(mapFrame); }));
}

void LayoutExportJob::compose(const QImage &mapFrame)
{
  if (m_cancelled)
    return;
  if (m_format == Format::Png) {
    QImage page(m_layout.pageSizePixels(m_dpi), QImage::Format_ARGB32_Premultiplied);
    const int dotsPerMetre = int(std::lround(m_dpi / 0.0254));
    page.setDotsPerMeterX(dotsPerMetre);
    page.setDotsPerMeterY(dotsPerMetre);
    page.fill(Qt::white);
    QPainter painter(&page);
    m_layout.paint(painter, mapFrame, m_dpi);
    painter.end();
    m_pageImage = page.convertToFormat(QImage::Format_RGB32);
    if (m_cancelled)
      return;
    emit progressChanged(85, tr("Writing “%1”…").arg(QFileInfo(m_path).fileName()));
    QSaveFile file(m_path);
    QImageWriter writer(&file, "png");
    if (!file.open(QIODevice::WriteOnly) || !writer.write(m_pageImage) || !file.commit())
      m_error = tr("Cannot write “%1”: %2")
                    .arg(m_path, writer.error() != QImageWriter::UnknownError ? writer.errorString()
                                                                              : file.errorString());
    return;
  }

  // Written to memory first: the text maps are repaired before the file appears, whole or not at all.
  QBuffer buffer;
  buffer.open(QIODevice::WriteOnly);
  {
    QPdfWriter writer(&buffer);
    writer.setCreator(u"Rongcheng"_s);
    writer.setTitle(m_layout.title());
    writer.setResolution(int(m_dpi));
    switch (m_layout.page()) {
    case MapLayout::Page::A4Landscape:
      writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF()));
      break;
    case MapLayout::Page::A3Landscape:
      writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A3), QPageLayout::Landscape, QMarginsF()));
      break;
    case MapLayout::Page::FitMap:
      writer.setPageLayout(
          QPageLayout(QPageSize(m_layout.pageSizeMm(), QPageSize::Millimeter, {}, QPageSize::ExactMatch),
                      QPageLayout::Portrait, QMarginsF()));
      break;
    }
    QPainter painter;
    if (!painter.begin(&writer)) {
      m_error = tr("Cannot write “%1”.").arg(m_path);
      return;
    }
    m_layout.paint(
        painter, [this](QPainter &framePainter) { m_vectorMap->paint(framePainter, m_cancelled); }, m_dpi);
    painter.end();
    m_renderErrors = m_vectorMap->errors();
  }
  if (m_cancelled)
    return;
  emit progressChanged(85, tr("Writing “%1”…").arg(QFileInfo(m_path).fileName()));
  QByteArray pdf = buffer.data();
  repairToUnicodeMaps(pdf);
  QSaveFile file(m_path);
  if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
    m_error = tr("Cannot write “%1”: %2").arg(m_path, file.errorString());
}

void LayoutExportJob::finish()
{
  if (!m_active)
    return;
  m_active = false;
  if (m_cancelled && m_error.isEmpty())
    m_error = tr("The export was cancelled.");
  m_succeeded = m_error.isEmpty();
  emit progressChanged(100, m_succeeded ? tr("Done") : m_error);
  emit finished(m_succeeded);
}

} // namespace rc
