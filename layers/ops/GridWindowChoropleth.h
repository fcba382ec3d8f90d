#pragma once

#include "style/Symbol.h"

#include <QCoreApplication>

#include <cstdint>
#include <span>
#include <vector>

namespace rc {

class FeatureStore;

/// The grid choropleth of an event time window: events of the window per km², drawn from a grids
/// column (window_events) in place of the year's choropleth classes.
///
/// The class breaks are the year's, scaled to the window's length: quantiles of the grids'
/// events per km² over the whole year (of the chosen class) divided by the year's hours, times
/// the window's hours. So a colour means the same rate in every window: playing hour by hour, the
/// map pales at night and darkens at the morning peak, which is the daily rhythm the operator
/// wants to see, and a typhoon week stands out against a calm one. Quantiles of each window's own
/// counts would paint every window equally dark and hide exactly that; they also collapse in short
/// windows, where nearly all counts are 0 or 1. The lowest class starts above zero (a grid with no
/// event in the window is not filled) and the highest is open upwards (a short window's rates
/// often exceed the year's highest mean rate). Pure functions; any thread.
class GridWindowChoropleth
{
  Q_DECLARE_TR_FUNCTIONS(rc::GridWindowChoropleth)

public:
  static constexpr int kClassCount = 5;
  [[nodiscard]] static QString countField() { return QStringLiteral("window_events"); }
  [[nodiscard]] static QString areaField() { return QStringLiteral("area_km2"); }

  /// Quantile breaks (at most kClassCount + 1, ascending) of the year's rate, in events per km²
  /// per hour: `yearCounts` per grid feature of `grids` over `spanMs`. Grids without events or
  /// without an area are left out. Empty when no grid has an event.
  [[nodiscard]] static std::vector<double> hourlyBreaks(std::span<const std::uint32_t> yearCounts,
                                                        const FeatureStore &grids, qint64 spanMs);
  /// The breaks for a window of `windowMs`, in events per km² in the window.
  [[nodiscard]] static std::vector<double> windowBreaks(const std::vector<double> &hourlyBreaks,
                                                        qint64 windowMs);

  /// Whether the style has the year's choropleth: rules reading event_count.
  [[nodiscard]] static bool hasYearClasses(const VectorStyle &style);
  /// `yearStyle` with its year classes replaced by the window's classes over window_events /
  /// area_km2, at the same scales, labelled by their range alone ("< 0.5", "0.5–1.2", "≥ 3.4").
  /// What they measure is the legend's title, said once: "Events per km²" and then `what` (the
  /// window, the event class: one line each). A style without year classes comes back unchanged.
  [[nodiscard]] static VectorStyle windowStyle(const VectorStyle &yearStyle,
                                               const std::vector<double> &breaks, const QStringList &what);
  /// "0.0031", "1.2", "12", "340": two significant digits, never an exponent.
  [[nodiscard]] static QString formatRate(double rate);
};

} // namespace rc
