#include "style/Symbol.h"

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
  // Through QRgb, so the colour survives the 8-bit round trip of project files exactly.
  style.fill.fill = QColor::fromRgba((QColor(fill).lighter(150).rgb() & 0x00FFFFFF) | 0xB4000000);
  style.fill.stroke = QColor(stroke);
  return style;
}

namespace {

template<typename Enum, std::size_t N>
Enum enumFromName(const std::array<std::pair<Enum, const char16_t *>, N> &names, const QString &name,
                  bool *ok)
{
  for (const auto &[value, text] : names) {
    if (name.compare(QStringView(text), Qt::CaseInsensitive) == 0) {
      if (ok)
        *ok = true;
      return value;
    }
  }
  if (ok)
    *ok = false;
  return names.front().first;
}

template<typename Enum, std::size_t N>
QString enumName(const std::array<std::pair<Enum, const char16_t *>, N> &names, Enum value)
{
  for (const auto &[v, text] : names)
    if (v == value)
      return QString::fromUtf16(text);
  return QString::fromUtf16(names.front().second);
}

constexpr std::array<std::pair<RendererKind, const char16_t *>, 8> kRendererNames{{
    {RendererKind::Single, u"single"},
    {RendererKind::Categorized, u"categorized"},
    {RendererKind::Graduated, u"graduated"},
    {RendererKind::RuleBased, u"rules"},
    {RendererKind::Heatmap, u"heatmap"},
    {RendererKind::Clusters, u"clusters"},
    {RendererKind::HexBins, u"hexbins"},
    {RendererKind::Sectors, u"sectors"},
}};

constexpr std::array<std::pair<MarkerShape, const char16_t *>, 4> kShapeNames{{
    {MarkerShape::Circle, u"circle"},
    {MarkerShape::Square, u"square"},
    {MarkerShape::Triangle, u"triangle"},
    {MarkerShape::Diamond, u"diamond"},
}};

constexpr std::array<std::pair<ClassificationMethod, const char16_t *>, 3> kMethodNames{{
    {ClassificationMethod::EqualInterval, u"equal-interval"},
    {ClassificationMethod::Quantile, u"quantile"},
    {ClassificationMethod::NaturalBreaks, u"natural-breaks"},
}};

} // namespace

QString markerShapeName(MarkerShape shape)
{
  return enumName(kShapeNames, shape);
}

MarkerShape markerShapeFromName(const QString &name, bool *ok)
{
  return enumFromName(kShapeNames, name, ok);
}

QString rendererKindName(RendererKind kind)
{
  return enumName(kRendererNames, kind);
}

RendererKind rendererKindFromName(const QString &name, bool *ok)
{
  return enumFromName(kRendererNames, name, ok);
}

QString classificationMethodName(ClassificationMethod method)
{
  return enumName(kMethodNames, method);
}

ClassificationMethod classificationMethodFromName(const QString &name, bool *ok)
{
  return enumFromName(kMethodNames, name, ok);
}

} // namespace rc
