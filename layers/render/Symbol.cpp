#include "render/Symbol.h"

#include <array>

using namespace Qt::StringLiterals;

namespace rc {

VectorStyle VectorStyle::defaultFor(int layerNumber)
{
  // Colour pairs (fill, stroke) that read well on the light basemap and on each other.
  static constexpr std::array<std::pair<QRgb, QRgb>, 8> kPalette{{
      {0xE4572E, 0x8C2A12},
      {0x2B83BA, 0x174A6B},
      {0x66A61E, 0x3A5F11},
      {0x9B59B6, 0x5B2C6F},
      {0xF0A202, 0x8A5C00},
      {0x17BEBB, 0x0B6664},
      {0xD81159, 0x7A0932},
      {0x5C6B73, 0x2E3A40},
  }};
  const auto &[fill, stroke] = kPalette[std::size_t(layerNumber) % kPalette.size()];
  VectorStyle style;
  style.marker.fill = QColor(fill);
  style.marker.stroke = QColor(stroke);
  style.line.color = QColor(fill);
  style.fill.fill = QColor(fill).lighter(150);
  style.fill.fill.setAlpha(180);
  style.fill.stroke = QColor(stroke);
  return style;
}

QString markerShapeName(MarkerShape shape)
{
  switch (shape) {
  case MarkerShape::Circle:
    return u"circle"_s;
  case MarkerShape::Square:
    return u"square"_s;
  case MarkerShape::Triangle:
    return u"triangle"_s;
  case MarkerShape::Diamond:
    return u"diamond"_s;
  }
  return u"circle"_s;
}

MarkerShape markerShapeFromName(const QString &name, bool *ok)
{
  for (MarkerShape shape : {MarkerShape::Circle, MarkerShape::Square, MarkerShape::Triangle,
                            MarkerShape::Diamond}) {
    if (name.compare(markerShapeName(shape), Qt::CaseInsensitive) == 0) {
      if (ok)
        *ok = true;
      return shape;
    }
  }
  if (ok)
    *ok = false;
  return MarkerShape::Circle;
}

} // namespace rc
