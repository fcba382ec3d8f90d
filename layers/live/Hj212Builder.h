#pragma once

#include "live/Hj212Frame.h"

#include <QByteArray>

namespace rc {

/// Writes HJ 212 frames: the data segment in the standard's field order, the 4-digit length, the
/// uppercase CRC and CRLF; splits uploads too long for one frame; makes the 9011/9014 replies.
/// Stateless; any thread.
class Hj212Builder
{
public:
  [[nodiscard]] static QByteArray dataSegment(const Hj212Frame &frame);
  /// `##` + length + segment + CRC + CRLF. The caller keeps the segment within 1024 bytes.
  [[nodiscard]] static QByteArray wrap(QByteArrayView dataSegment);
  [[nodiscard]] static QByteArray build(const Hj212Frame &frame) { return wrap(dataSegment(frame)); }

  /// The frame as packets of at most `maxSegment` bytes each (Flag bit 1, PNUM, PNO), CP groups kept
  /// whole and a leading DataTime group repeated in each packet; the frame itself when it fits.
  /// Empty when a single CP group does not fit a packet.
  [[nodiscard]] static QList<Hj212Frame> split(const Hj212Frame &frame,
                                               int maxSegment = hj212::kMaxDataSegment);

  /// The 9011 request reply to `request`: same QN, PW and MN, ST 91, CP=&&QnRtn=n&&.
  [[nodiscard]] static Hj212Frame requestReply(const Hj212Frame &request, hj212::QnRtn qnRtn);
  /// The 9014 data reply to an upload that asked for one: same QN, PW and MN, ST 91, empty CP.
  [[nodiscard]] static Hj212Frame dataReply(const Hj212Frame &request);
};

} // namespace rc
