#pragma once

#include "data/FeatureStore.h"
#include "render/LabelSettings.h"

#include <QColor>
#include <QString>

namespace rc {

enum class MarkerShape : quint8 { Circle, Square, Triangle, Diamond };

/// Sizes are in pixels at 96 DPI; MapSettings::symbolScale() turns them into device pixels.
struct MarkerSymbol
{
  MarkerShape shape = MarkerShape::Circle;
  double size = 6;
  QColor fill{0x2B, 0x83, 0xBA};
  QColor stroke{0x1A, 0x3A, 0x5C};
  double strokeWidth = 0.8;
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

/// The simple style of a vector layer: one symbol per geometry kind, so layers that mix kinds
/// (GeoJSON, KML) draw every feature.
struct VectorStyle
{
  MarkerSymbol marker;
  LineSymbol line;
  FillSymbol fill;
  LabelSettings labels;

  /// A distinct default style for the n-th layer opened, so new layers stand apart.
  [[nodiscard]] static VectorStyle defaultFor(int layerNumber);
  friend bool operator==(const VectorStyle &, const VectorStyle &) = default;
};

[[nodiscard]] QString markerShapeName(MarkerShape shape);
/// "circle", "square", "triangle", "diamond"; nullopt-like false in *ok for unknown names.
[[nodiscard]] MarkerShape markerShapeFromName(const QString &name, bool *ok = nullptr);

} // namespace rc
