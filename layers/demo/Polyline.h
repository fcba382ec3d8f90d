#pragma once

#include "demo/LocalMetric.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace rc::demo {

/// A line in degrees measured in metres: cumulative lengths, points and headings by distance, and
/// the distance along it of a nearby point. A plain value; the roads and addresses share them.
class Polyline
{
public:
  Polyline() = default;
  explicit Polyline(std::vector<double> xy) : m_xy(std::move(xy))
  {
    m_along.push_back(0);
    for (std::size_t i = 2; i + 1 < m_xy.size(); i += 2)
      m_along.push_back(m_along.back() + metric::distance(m_xy[i - 2], m_xy[i - 1], m_xy[i], m_xy[i + 1]));
  }

  [[nodiscard]] const std::vector<double> &xy() const { return m_xy; }
  [[nodiscard]] double length() const { return m_along.empty() ? 0 : m_along.back(); }

  /// The point `distance` metres from the start and the unit direction there (east, north).
  struct Station
  {
    double x, y;
    double east, north;
  };
  [[nodiscard]] Station at(double distance) const
  {
    std::size_t segment = 1;
    while (segment + 1 < m_along.size() && m_along[segment] < distance)
      ++segment;
    const double x0 = m_xy[2 * segment - 2], y0 = m_xy[2 * segment - 1];
    const double x1 = m_xy[2 * segment], y1 = m_xy[2 * segment + 1];
    const double span = m_along[segment] - m_along[segment - 1];
    const double t = span > 0 ? std::clamp((distance - m_along[segment - 1]) / span, 0.0, 1.0) : 0.0;
    const double ex = (x1 - x0) * metric::kMetresPerDegreeX, ny = (y1 - y0) * metric::kMetresPerDegreeY;
    const double norm = std::hypot(ex, ny);
    return {x0 + t * (x1 - x0), y0 + t * (y1 - y0), norm > 0 ? ex / norm : 1.0, norm > 0 ? ny / norm : 0.0};
  }

  /// Metres from the start to the point of the line nearest to x, y.
  [[nodiscard]] double along(double x, double y) const
  {
    double best = std::numeric_limits<double>::max(), result = 0;
    for (std::size_t s = 1; s < m_along.size(); ++s) {
      const double ax = m_xy[2 * s - 2] * metric::kMetresPerDegreeX,
                   ay = m_xy[2 * s - 1] * metric::kMetresPerDegreeY;
      const double bx = m_xy[2 * s] * metric::kMetresPerDegreeX,
                   by = m_xy[2 * s + 1] * metric::kMetresPerDegreeY;
      const double px = x * metric::kMetresPerDegreeX, py = y * metric::kMetresPerDegreeY;
      const double dx = bx - ax, dy = by - ay, span2 = dx * dx + dy * dy;
      const double t = span2 > 0 ? std::clamp(((px - ax) * dx + (py - ay) * dy) / span2, 0.0, 1.0) : 0.0;
      const double d = std::hypot(ax + t * dx - px, ay + t * dy - py);
      if (d < best) {
        best = d;
        result = m_along[s - 1] + t * (m_along[s] - m_along[s - 1]);
      }
    }
    return result;
  }

  /// The same line, end to start.
  [[nodiscard]] Polyline reversed() const
  {
    std::vector<double> xy;
    xy.reserve(m_xy.size());
    for (std::size_t i = m_xy.size(); i >= 2; i -= 2) {
      xy.push_back(m_xy[i - 2]);
      xy.push_back(m_xy[i - 1]);
    }
    return Polyline(std::move(xy));
  }

private:
  std::vector<double> m_xy;
  std::vector<double> m_along;
};

} // namespace rc::demo
