#include "live/RateBudget.h"

#include <algorithm>

namespace rc {

bool RateBudget::take(Clock::time_point now)
{
  if (m_refill.count() > 0 && now > m_last) {
    const auto earned = (now - m_last) / m_refill;
    if (earned > 0) {
      m_tokens = int(std::min<decltype(earned)>(m_burst, m_tokens + earned));
      m_last += earned * m_refill;
    }
  }
  if (m_tokens >= m_burst)
    m_last = now; // a full bucket earns nothing while it waits
  if (m_tokens == 0)
    return false;
  --m_tokens;
  return true;
}

} // namespace rc
