#include "ops/GridWindowChoropleth.h"

#include "data/FeatureStore.h"
#include "style/Classification.h"
#include "style/ColorRamp.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

constexpr double kHourMs = 3600.0 * 1000.0;

bool isYearClass(const StyleClass &c)
{
  return c.filter.contains(u"\"event_count\""_s);
}

QString number(double value, int decimals)
{
  return QString::number(value, 'f', std::max(0, decimals));
}

} // namespace

std::vector<double> GridWindowChoropleth::hourlyBreaks(std::span<const std::uint32_t> yearCounts,
                                                       const FeatureStore &grids, qint64 spanMs)
{
  const int area = grids.fieldIndex(areaField());
  if (area < 0 || spanMs <= 0)
    return {};
  const double hours = double(spanMs) / kHourMs;
  std::vector<double> rates;
  for (std::size_t g = 0; g < yearCounts.size() && g < grids.featureCount(); ++g) {
    const double km2 = grids.real(g, area);
    if (yearCounts[g] > 0 && km2 > 0)
      rates.push_back(double(yearCounts[g]) / km2 / hours);
  }
  return classBreaks(std::move(rates), kClassCount, ClassificationMethod::Quantile);
}

std::vector<double> GridWindowChoropleth::windowBreaks(const std::vector<double> &hourlyBreaks,
                                                       qint64 windowMs)
{
  std::vector<double> breaks = hourlyBreaks;
  for (double &b : breaks)
    b *= double(windowMs) / kHourMs;
  return breaks;
}

bool GridWindowChoropleth::hasYearClasses(const VectorStyle &style)
{
  return style.kind == RendererKind::RuleBased &&
         std::any_of(style.classes.begin(), style.classes.end(), isYearClass);
}

VectorStyle GridWindowChoropleth::windowStyle(const VectorStyle &yearStyle, const std::vector<double> &breaks,
                                              const QStringList &what)
{
  if (!hasYearClasses(yearStyle))
    return yearStyle;
  VectorStyle style = yearStyle;
  const auto first = std::find_if(style.classes.begin(), style.classes.end(), isYearClass);
  const StyleClass pattern = *first;
  const qsizetype at = first - style.classes.begin();
  style.classes.removeIf(isYearClass);

  // The inner breaks are the thresholds; the lowest class starts above zero, the highest is open.
  const std::vector<double> thresholds =
      breaks.size() > 2 ? std::vector<double>(breaks.begin() + 1, breaks.end() - 1) : std::vector<double>{};
  const std::size_t count = breaks.empty() ? 0 : thresholds.size() + 1;
  const QString density = u"\"%1\" / \"%2\""_s.arg(countField(), areaField());
  const auto bound = [](double value) { return QString::number(value, 'g', 12); };
  const ColorRamp ramp(u"YlOrRd"_s);
  QList<StyleClass> classes;
  for (std::size_t i = 0; i < count; ++i) {
    StyleClass c = pattern;
    const QColor colour = ramp.color(count == 1 ? 1.0 : double(i) / double(count - 1));
    c.symbols.fill.fill = colour;
    c.symbols.marker.fill = colour;
    c.symbols.line.color = colour;
    const bool lowest = i == 0, highest = i + 1 == count;
    QString range;
    if (lowest && highest) {
      c.filter = u"%1 > 0"_s.arg(density);
      range = u"> 0"_s;
    } else if (lowest) {
      c.filter = u"%1 > 0 AND %1 < %2"_s.arg(density, bound(thresholds[i]));
      range = u"< "_s + formatRate(thresholds[i]);
    } else if (highest) {
      c.filter = u"%1 >= %2"_s.arg(density, bound(thresholds[i - 1]));
      range = u"≥ "_s + formatRate(thresholds[i - 1]);
    } else {
      c.filter = u"%1 >= %2 AND %1 < %3"_s.arg(density, bound(thresholds[i - 1]), bound(thresholds[i]));
      range = formatRate(thresholds[i - 1]) + u"–"_s + formatRate(thresholds[i]);
    }
    c.label = range;
    classes << c;
  }
  for (qsizetype i = 0; i < classes.size(); ++i)
    style.classes.insert(at + i, classes[i]);
  style.legendTitle = QStringList{tr("Events per km²")} + what;
  return style;
}

QString GridWindowChoropleth::formatRate(double rate)
{
  if (!(rate > 0) || !std::isfinite(rate))
    return u"0"_s;
  const int magnitude = int(std::floor(std::log10(rate)));
  QString text = number(rate, 1 - magnitude);
  if (text.contains(u'.')) {
    while (text.endsWith(u'0'))
      text.chop(1);
    if (text.endsWith(u'.'))
      text.chop(1);
  }
  return text;
}

} // namespace rc
