#pragma once

#include <algorithm>
#include <cmath>
#include <limits>

namespace rc {

/// An axis-aligned bounding box in map units, y up (unlike QRectF, whose y grows downwards).
/// A default-constructed box is empty and absorbs whatever is added to it.
struct BBox
{
  double xMin = std::numeric_limits<double>::infinity();
  double yMin = std::numeric_limits<double>::infinity();
  double xMax = -std::numeric_limits<double>::infinity();
  double yMax = -std::numeric_limits<double>::infinity();

  constexpr BBox() = default;
  constexpr BBox(double x0, double y0, double x1, double y1) : xMin(x0), yMin(y0), xMax(x1), yMax(y1) {}

  [[nodiscard]] bool isEmpty() const { return !(xMin <= xMax && yMin <= yMax); }
  [[nodiscard]] bool isFinite() const
  {
    return std::isfinite(xMin) && std::isfinite(yMin) && std::isfinite(xMax) && std::isfinite(yMax);
  }
  [[nodiscard]] double width() const { return xMax - xMin; }
  [[nodiscard]] double height() const { return yMax - yMin; }
  [[nodiscard]] double centerX() const { return (xMin + xMax) / 2; }
  [[nodiscard]] double centerY() const { return (yMin + yMax) / 2; }

  void include(double x, double y)
  {
    xMin = std::min(xMin, x);
    yMin = std::min(yMin, y);
    xMax = std::max(xMax, x);
    yMax = std::max(yMax, y);
  }
  void include(const BBox &o)
  {
    xMin = std::min(xMin, o.xMin);
    yMin = std::min(yMin, o.yMin);
    xMax = std::max(xMax, o.xMax);
    yMax = std::max(yMax, o.yMax);
  }
  [[nodiscard]] bool intersects(const BBox &o) const
  {
    return xMin <= o.xMax && o.xMin <= xMax && yMin <= o.yMax && o.yMin <= yMax;
  }
  [[nodiscard]] bool contains(const BBox &o) const
  {
    return xMin <= o.xMin && o.xMax <= xMax && yMin <= o.yMin && o.yMax <= yMax;
  }
  [[nodiscard]] bool contains(double x, double y) const
  {
    return xMin <= x && x <= xMax && yMin <= y && y <= yMax;
  }
  /// The box grown by a factor around its centre (1.1 adds a 5 % margin on each side).
  [[nodiscard]] BBox scaled(double factor) const
  {
    const double hw = width() * factor / 2, hh = height() * factor / 2;
    return {centerX() - hw, centerY() - hh, centerX() + hw, centerY() + hh};
  }
  friend bool operator==(const BBox &, const BBox &) = default;
};

} // namespace rc
