#pragma once

#include <chrono>

namespace rc {

/// A token bucket: `burst` events at once, then one more every `refill`. Feeds use it to bound
/// what a single peer may cost (rejected frames answered, log lines). A plain value; one thread.
class RateBudget
{
public:
  using Clock = std::chrono::steady_clock;

  RateBudget(int burst, std::chrono::milliseconds refill, Clock::time_point now = Clock::now())
      : m_burst(burst), m_refill(refill), m_tokens(burst), m_last(now)
  {}

  /// Spends one token; false when none is left, and the event should be refused.
  [[nodiscard]] bool take(Clock::time_point now = Clock::now());

private:
  int m_burst;
  std::chrono::milliseconds m_refill;
  int m_tokens;
  Clock::time_point m_last; ///< when the tokens were last topped up
};

} // namespace rc
