#pragma once

#include "style/Symbol.h"

#include <QImage>

namespace rc {

/// A small picture of a symbol set for legends, the style dialog and printed layouts: a marker, a
/// zig-zag line or a filled square, depending on the geometry kind.
[[nodiscard]] QImage symbolPreview(const SymbolSet &symbols, GeometryKind kind, QSize size,
                                   double devicePixelRatio = 1);

/// Draws the same picture into `rect` of any painter (a PDF page keeps it as vector graphics).
void drawSymbolPreview(QPainter &painter, const QRectF &rect, const SymbolSet &symbols, GeometryKind kind);

/// What a layer's legend lists: one entry per visible class, or the single symbol, or a ramp swatch
/// for density renderers.
struct LegendEntry
{
  QString label;
  SymbolSet symbols;
  bool isRamp = false;
  QString rampName;
};
[[nodiscard]] QList<LegendEntry> legendEntries(const VectorStyle &style);

} // namespace rc
