#include "style/Classification.h"

#include "style/ColorRamp.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

constexpr std::size_t kJenksSample = 3000;

// Fisher-Jenks by dynamic programming over the sorted, distinct sample: minimises the within-class
// sum of squared deviations. cost[i][c] is the least cost of the first i values in c classes, and
// infinite where there are fewer values than classes.
std::vector<double> jenks(const std::vector<double> &sorted, int classes)
{
  const std::size_t n = sorted.size();
  const auto k = std::size_t(classes);
  std::vector<std::vector<std::size_t>> lower(n + 1, std::vector<std::size_t>(k + 1, 1));
  std::vector<std::vector<double>> cost(n + 1,
                                        std::vector<double>(k + 1, std::numeric_limits<double>::infinity()));
  cost[1][1] = 0;
  // Costs are computed on the values scaled by a power of two into [-1, 1]: the same classes, and
  // no overflow to infinity for values near the limits of a double.
  int exponent = 0;
  std::frexp(std::max(std::abs(sorted.front()), std::abs(sorted.back())), &exponent);
  for (std::size_t i = 2; i <= n; ++i) {
    // Welford's running mean and sum of squared deviations of the last class, grown downwards:
    // never negative, and exact enough for values like epoch milliseconds or 12-digit codes, where
    // "sum of squares minus square of sum" cancels to noise (even below zero).
    double mean = 0, squares = 0, weight = 0;
    for (std::size_t m = 1; m <= i; ++m) {
      const std::size_t first = i - m + 1; // the last class is sorted[first-1 .. i-1]
      const double v = std::ldexp(sorted[first - 1], -exponent);
      weight += 1;
      const double delta = v - mean;
      mean += delta / weight;
      squares += delta * (v - mean);
      if (first > 1) {
        for (std::size_t c = 2; c <= k; ++c) {
          const double candidate = squares + cost[first - 1][c - 1];
          if (candidate < cost[i][c]) {
            lower[i][c] = first;
            cost[i][c] = candidate;
          }
        }
      }
    }
    lower[i][1] = 1;
    cost[i][1] = squares;
  }
  std::vector<double> breaks(k + 1);
  breaks[k] = sorted.back();
  breaks[0] = sorted.front();
  std::size_t end = n;
  for (std::size_t c = k; c >= 2; --c) {
    const std::size_t first = lower[end][c];
    // Unreachable while the costs are finite; the index below must never go before the sample.
    if (first < c || first > end)
      return {sorted.front(), sorted.back()};
    // Halfway across the gap between the classes: on a sample, the sampled edge values are only
    // near the true ones, and the midpoint keeps every value on its side.
    breaks[c - 1] = std::midpoint(sorted[first - 2], sorted[first - 1]);
    end = first - 1;
  }
  return breaks;
}

} // namespace

std::vector<double> classBreaks(std::vector<double> values, int classCount, ClassificationMethod method)
{
  std::erase_if(values, [](double v) { return !std::isfinite(v); });
  if (values.empty() || classCount < 1)
    return {};
  std::sort(values.begin(), values.end());
  const double minimum = values.front(), maximum = values.back();
  if (minimum == maximum)
    return {minimum, maximum};
  std::vector<double> breaks;
  switch (method) {
  case ClassificationMethod::EqualInterval:
    for (int i = 0; i <= classCount; ++i)
      breaks.push_back(minimum + (maximum - minimum) * i / classCount);
    break;
  case ClassificationMethod::Quantile:
    breaks.push_back(minimum);
    for (int i = 1; i < classCount; ++i)
      breaks.push_back(
          values[std::min(values.size() - 1, values.size() * std::size_t(i) / std::size_t(classCount))]);
    breaks.push_back(maximum);
    break;
  case ClassificationMethod::NaturalBreaks: {
    std::vector<double> sample;
    if (values.size() <= kJenksSample) {
      sample = values;
    } else {
      for (std::size_t i = 0; i < kJenksSample; ++i)
        sample.push_back(values[i * (values.size() - 1) / (kJenksSample - 1)]);
    }
    const auto distinct = std::size_t(std::unique(sample.begin(), sample.end()) - sample.begin());
    sample.resize(distinct);
    breaks = jenks(sample, std::min(classCount, int(sample.size())));
    breaks.front() = minimum;
    breaks.back() = maximum;
    break;
  }
  }
  breaks.erase(std::unique(breaks.begin(), breaks.end()), breaks.end());
  return breaks;
}

QList<StyleClass> graduatedClasses(const std::vector<double> &breaks, const QString &rampName,
                                   const SymbolSet &base)
{
  QList<StyleClass> classes;
  if (breaks.size() < 2)
    return classes;
  const ColorRamp ramp(rampName);
  const std::size_t count = breaks.size() - 1;
  const QLocale locale;
  for (std::size_t i = 0; i < count; ++i) {
    StyleClass c;
    c.lower = breaks[i];
    c.upper = breaks[i + 1];
    c.label = locale.toString(c.lower, 'g', 6) + u" – "_s + locale.toString(c.upper, 'g', 6);
    c.symbols = base;
    const QColor color = ramp.color(count == 1 ? 1.0 : double(i) / double(count - 1));
    c.symbols.marker.fill = color;
    c.symbols.line.color = color;
    c.symbols.fill.fill = color;
    classes << c;
  }
  return classes;
}

} // namespace rc
