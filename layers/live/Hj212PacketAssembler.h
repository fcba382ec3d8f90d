#pragma once

#include "live/Hj212Frame.h"

#include <QDateTime>
#include <QHash>
#include <QMap>

#include <optional>

namespace rc {

/// Joins the packets of a split upload (Flag bit 1, PNUM, PNO) back into one frame, whatever order
/// they come in; gives up on uploads whose packets stop coming. Owned by the feed that receives
/// the packets; touched by its thread only.
class Hj212PacketAssembler
{
public:
  /// The whole upload once its last packet is in (the frame itself when it was not split);
  /// nullopt while packets are missing. A packet whose PNUM disagrees with its siblings' starts the
  /// upload over, and the packets held so far count as dropped.
  [[nodiscard]] std::optional<Hj212Frame> add(const Hj212Frame &packet, const QDateTime &now);
  /// Forgets uploads that got no packet since `before`; returns how many were dropped.
  int dropStale(const QDateTime &before);
  /// Uploads given up on so far (incomplete when stale, or started over).
  [[nodiscard]] int droppedCount() const { return m_dropped; }
  [[nodiscard]] qsizetype pendingCount() const { return m_pending.size(); }

private:
  struct Pending
  {
    QMap<int, Hj212Frame> packets; ///< by PNO
    QDateTime lastSeen;
  };

  QHash<QString, Pending> m_pending; ///< by MN, CN and QN
  int m_dropped = 0;
};

} // namespace rc
