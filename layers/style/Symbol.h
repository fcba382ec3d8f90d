#pragma once

#include "data/FeatureStore.h"
#include "style/LabelSettings.h"

#include <QColor>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace rc {

enum class MarkerShape : quint8 { Circle, Square, Triangle, Diamond };

/// Sizes are in pixels at 96 DPI; MapSettings::symbolScale() turns them into device pixels.
struct MarkerSymbol
{
  MarkerSymbol() = default;
  MarkerSymbol(MarkerShape shape, double size, QColor fill, QColor stroke, double strokeWidth,
               QString svgPath = {})
      : shape(shape), size(size), fill(fill), stroke(stroke), strokeWidth(strokeWidth),
        svgPath(std::move(svgPath))
  {}

  MarkerShape shape = MarkerShape::Circle;
  double size = 6;
  QColor fill{0x2B, 0x83, 0xBA};
  QColor stroke{0x1A, 0x3A, 0x5C};
  double strokeWidth = 0.8;
  /// An SVG file drawn instead of the shape, scaled to `size` (icons for stations, sites, plants).
  QString svgPath;
  friend bool operator==(const MarkerSymbol &, const MarkerSymbol &) = default;
};

struct LineSymbol
{
  QColor color{0x3B, 0x6E, 0xA8};
  double width = 1.2;
  Qt::PenStyle style = Qt::SolidLine;
  friend bool operator==(const LineSymbol &, const LineSymbol &) = default;
};

struct FillSymbol
{
  QColor fill{0xC8, 0xD9, 0xA8};
  QColor stroke{0x6B, 0x7F, 0x4E};
  double strokeWidth = 0.6;
  friend bool operator==(const FillSymbol &, const FillSymbol &) = default;
};

/// One symbol per geometry kind, so layers that mix kinds (GeoJSON, KML) draw every feature: what
/// a single-symbol style, a category, a class or a rule draws.
struct SymbolSet
{
  MarkerSymbol marker;
  LineSymbol line;
  FillSymbol fill;
  friend bool operator==(const SymbolSet &, const SymbolSet &) = default;
};

/// How a layer turns features into pictures.
enum class RendererKind : quint8 {
  Single,      ///< every feature with the same symbols
  Categorized, ///< by the text value of `field`
  Graduated,   ///< by numeric classes of `field`
  RuleBased,   ///< by expression filters; every matching rule draws
  Heatmap,     ///< kernel density of points, optionally weighted
  Clusters,    ///< nearby points merged into counted circles
  HexBins,     ///< points counted in hexagons
  Sectors,     ///< antenna sectors: wedges from azimuth, beam width and range
};

enum class ClassificationMethod : quint8 { EqualInterval, Quantile, NaturalBreaks };

/// A category, a graduated class or a rule, depending on the renderer.
struct StyleClass
{
  QString label;
  QString value;    ///< Categorized: the attribute value, as text
  double lower = 0; ///< Graduated: the class is [lower, upper), the last one [lower, upper]
  double upper = 0;
  QString filter; ///< RuleBased: an expression; empty with isElse for "everything else"
  bool isElse = false;
  /// RuleBased: the rule applies only between these scale denominators (0: no limit), so one layer
  /// can show grid codes up close and a choropleth from afar.
  double minScale = 0;
  double maxScale = 0;
  SymbolSet symbols;
  bool visible = true;
  [[nodiscard]] bool isVisibleAtScale(double scale) const
  {
    return visible && (minScale <= 0 || scale <= minScale) && (maxScale <= 0 || scale >= maxScale);
  }
  friend bool operator==(const StyleClass &, const StyleClass &) = default;
};

/// The style of a vector layer: a renderer kind with its settings, labels, and the scales it shows at.
struct VectorStyle
{
  // The single symbol, and the symbols of features no class claims in the density renderers.
  MarkerSymbol marker;
  LineSymbol line;
  FillSymbol fill;
  LabelSettings labels;

  RendererKind kind = RendererKind::Single;
  QString field; ///< Categorized, Graduated (and Sectors' colours when classes are set)
  ClassificationMethod method = ClassificationMethod::EqualInterval;
  QList<StyleClass> classes;
  QString rampName =
      QStringLiteral("YlOrRd"); ///< Heatmap and HexBins colours (heatmaps want "Heat", which fades in)
  double radius = 14;           ///< Heatmap kernel, Clusters distance, HexBins size (px at 96 DPI)
  QString weightField;          ///< Heatmap weights; empty: every point counts 1
  QString azimuthField = QStringLiteral("azimuth");
  QString beamwidthField = QStringLiteral("beamwidth");
  QString rangeField = QStringLiteral("range_m");
  /// The layer shows only between these scale denominators (0: no limit): minScale is the most
  /// zoomed-out scale, maxScale the most zoomed-in, as in QGIS.
  double minScale = 0;
  double maxScale = 0;
  /// Lines legends show once under the layer's name, above the classes, when the classes share a
  /// context a short label cannot carry (a timeline window's rate, its dates and event class).
  /// Not saved: only styles derived at run time set it.
  QStringList legendTitle;

  [[nodiscard]] SymbolSet symbols() const { return {marker, line, fill}; }
  [[nodiscard]] bool isVisibleAtScale(double scale) const
  {
    return (minScale <= 0 || scale <= minScale) && (maxScale <= 0 || scale >= maxScale);
  }
  /// A distinct default style for the n-th layer opened, so new layers stand apart.
  [[nodiscard]] static VectorStyle defaultFor(int layerNumber);
  friend bool operator==(const VectorStyle &, const VectorStyle &) = default;
};

[[nodiscard]] QString rendererKindName(RendererKind kind);
[[nodiscard]] RendererKind rendererKindFromName(const QString &name, bool *ok = nullptr);
[[nodiscard]] QString classificationMethodName(ClassificationMethod method);
[[nodiscard]] ClassificationMethod classificationMethodFromName(const QString &name, bool *ok = nullptr);

[[nodiscard]] QString markerShapeName(MarkerShape shape);
/// "circle", "square", "triangle", "diamond"; nullopt-like false in *ok for unknown names.
[[nodiscard]] MarkerShape markerShapeFromName(const QString &name, bool *ok = nullptr);

} // namespace rc

Q_DECLARE_METATYPE(rc::StyleClass)
