#include "live/Hj212PacketAssembler.h"

namespace rc {

std::optional<Hj212Frame> Hj212PacketAssembler::add(const Hj212Frame &packet, const QDateTime &now)
{
  if (!packet.isSplit())
    return packet;
  const QString key = packet.mn + u'/' + QString::number(packet.cn) + u'/' + packet.qn;
  Pending &pending = m_pending[key];
  if (!pending.packets.isEmpty() && pending.packets.first().packetCount != packet.packetCount) {
    pending.packets.clear();
    ++m_dropped;
  }
  pending.packets.insert(packet.packetNumber, packet);
  pending.lastSeen = now;
  if (pending.packets.size() < packet.packetCount)
    return std::nullopt;

  Hj212Frame whole = pending.packets.first();
  whole.flag = *whole.flag & ~2;
  whole.packetCount = 0;
  whole.packetNumber = 0;
  whole.cp.clear();
  for (const Hj212Frame &part : std::as_const(pending.packets))
    for (const auto &group : part.cp)
      // Each packet repeats the DataTime group so that it stands alone; the whole needs it once.
      if (!whole.cp.contains(group) || group.size() != 1 || group.first().key != u"DataTime")
        whole.cp.append(group);
  m_pending.remove(key);
  return whole;
}

int Hj212PacketAssembler::dropStale(const QDateTime &before)
{
  int dropped = 0;
  for (auto it = m_pending.begin(); it != m_pending.end();) {
    if (it->lastSeen < before) {
      it = m_pending.erase(it);
      ++dropped;
    } else {
      ++it;
    }
  }
  m_dropped += dropped;
  return dropped;
}

} // namespace rc
