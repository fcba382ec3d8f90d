#include "style/ColorRamp.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

QList<QColor> stopsFor(const QString &name)
{
  if (name == u"Blues"_s)
    return {QColor(0xEF, 0xF3, 0xFF), QColor(0xBD, 0xD7, 0xE7), QColor(0x6B, 0xAE, 0xD6),
            QColor(0x31, 0x82, 0xBD), QColor(0x08, 0x51, 0x9C)};
  if (name == u"Greens"_s)
    return {QColor(0xED, 0xF8, 0xE9), QColor(0xBA, 0xE4, 0xB3), QColor(0x74, 0xC4, 0x76),
            QColor(0x31, 0xA3, 0x54), QColor(0x00, 0x6D, 0x2C)};
  if (name == u"Purples"_s)
    return {QColor(0xF2, 0xF0, 0xF7), QColor(0xCB, 0xC9, 0xE2), QColor(0x9E, 0x9A, 0xC8),
            QColor(0x75, 0x6B, 0xB1), QColor(0x54, 0x27, 0x8F)};
  if (name == u"Viridis"_s)
    return {QColor(0x44, 0x01, 0x54), QColor(0x3B, 0x52, 0x8B), QColor(0x21, 0x90, 0x8C),
            QColor(0x5D, 0xC8, 0x63), QColor(0xFD, 0xE7, 0x25)};
  if (name == u"Heat"_s)
    return {QColor(0, 0, 255, 0), QColor(0, 90, 255, 150), QColor(0, 200, 120, 190), QColor(255, 230, 0, 220),
            QColor(255, 60, 0, 240)};
  return {QColor(0xFF, 0xFF, 0xB2), QColor(0xFE, 0xCC, 0x5C), QColor(0xFD, 0x8D, 0x3C),
          QColor(0xF0, 0x3B, 0x20), QColor(0xBD, 0x00, 0x26)};
}

} // namespace

ColorRamp::ColorRamp(const QString &name) : m_stops(stopsFor(name)) {}

QStringList ColorRamp::names()
{
  return {u"YlOrRd"_s, u"Blues"_s, u"Greens"_s, u"Purples"_s, u"Viridis"_s, u"Heat"_s};
}

QColor ColorRamp::color(double t) const
{
  if (!std::isfinite(t))
    t = 0;
  const double position = std::clamp(t, 0.0, 1.0) * double(m_stops.size() - 1);
  const auto index = std::min<qsizetype>(qsizetype(position), m_stops.size() - 2);
  const double f = position - double(index);
  const QColor &a = m_stops[index], &b = m_stops[index + 1];
  const auto mix = [f](int x, int y) { return int(std::lround(x + (y - x) * f)); };
  return QColor(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()),
                mix(a.alpha(), b.alpha()));
}

} // namespace rc
