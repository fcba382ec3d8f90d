#pragma once

#include <QtGlobal>

#include <cmath>
#include <cstdint>
#include <numbers>
#include <random>
#include <span>
#include <string_view>
#include <vector>

namespace rc::demo {

/// The generator's random numbers: std::mt19937_64 (whose sequence the C++ standard fixes) with
/// explicit transforms, because the std:: distributions differ between standard libraries. Each
/// stage draws from its own stream, derived from the seed and the stage's name, so one stage's
/// volume (a test's smaller address count) does not shift another stage's features. One per
/// stage, on the generator's thread.
class DemoRandom
{
public:
  DemoRandom(quint64 seed, std::string_view stream) : m_engine(mix(seed ^ fnv1a(stream))) {}

  /// Uniform in [0, 1), from the top 53 bits.
  double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; }
  double uniform(double low, double high) { return low + (high - low) * uniform(); }
  /// Uniform integer in [0, n); n > 0. The modulo's bias is below 2^-40 for our n.
  int below(qint64 n) { return int(m_engine() % quint64(n)); }
  /// Uniform integer in [low, high].
  int range(int low, int high) { return low + below(qint64(high) - low + 1); }
  bool chance(double probability) { return uniform() < probability; }
  /// Standard normal by Box-Muller (one value per call, no cached twin, so streams stay simple).
  double normal()
  {
    const double u = 1.0 - uniform();
    return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * std::numbers::pi * uniform());
  }
  double normal(double mean, double sigma) { return mean + sigma * normal(); }
  /// Index drawn from cumulative weights (ascending, last = total).
  int weighted(std::span<const double> cumulative)
  {
    const double target = uniform() * cumulative.back();
    std::size_t low = 0, high = cumulative.size() - 1;
    while (low < high) {
      const std::size_t mid = (low + high) / 2;
      if (cumulative[mid] > target)
        high = mid;
      else
        low = mid + 1;
    }
    return int(low);
  }
  template<typename Container> const auto &pick(const Container &items)
  {
    return items[below(qint64(items.size()))];
  }

  /// Running sums of `weights`, for weighted().
  static std::vector<double> cumulative(std::span<const double> weights)
  {
    std::vector<double> sums(weights.size());
    double total = 0;
    for (std::size_t i = 0; i < weights.size(); ++i)
      sums[i] = total += weights[i];
    return sums;
  }

  /// A stable hash of a name (FNV-1a), for deriving streams and per-item choices.
  static constexpr quint64 fnv1a(std::string_view text)
  {
    quint64 hash = 0xcbf29ce484222325ULL;
    for (char c : text)
      hash = (hash ^ quint8(c)) * 0x100000001b3ULL;
    return hash;
  }
  /// SplitMix64's finaliser: spreads neighbouring seeds apart.
  static constexpr quint64 mix(quint64 value)
  {
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
  }

private:
  std::mt19937_64 m_engine;
};

} // namespace rc::demo
