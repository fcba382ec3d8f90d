#include "live/Hj212StreamSplitter.h"

namespace rc {

namespace {

constexpr qsizetype kEnvelope = 12; // "##" + length + CRC + CRLF

bool isBlank(QByteArrayView bytes)
{
  return std::all_of(bytes.begin(), bytes.end(), [](char c) { return c == '\r' || c == '\n' || c == ' '; });
}

} // namespace

Hj212StreamSplitter::Piece Hj212StreamSplitter::take(qsizetype size, Hj212Rejection rejection)
{
  Piece piece{m_buffer.first(size), rejection};
  m_buffer.remove(0, size);
  return piece;
}

std::optional<Hj212StreamSplitter::Piece> Hj212StreamSplitter::next()
{
  while (true) {
    if (m_discardingLine) {
      const qsizetype end = m_buffer.indexOf("\r\n");
      if (end < 0) {
        m_buffer.clear();
        return std::nullopt;
      }
      m_buffer.remove(0, end + 2);
      m_discardingLine = false;
    }
    const qsizetype start = m_buffer.indexOf("##");
    if (start < 0) {
      // Bytes outside a frame are counted once per line, not once per TCP segment.
      const qsizetype lineEnd = m_buffer.indexOf("\r\n");
      const qsizetype garbage = lineEnd >= 0                                           ? lineEnd + 2
                                : m_buffer.size() > kEnvelope + hj212::kMaxDataSegment ? m_buffer.size()
                                                                                       : 0;
      if (garbage == 0)
        return std::nullopt;
      if (!isBlank(QByteArrayView(m_buffer).first(garbage)))
        return take(garbage, Hj212Rejection::BadField);
      m_buffer.remove(0, garbage);
      continue;
    }
    if (start > 0) {
      if (!isBlank(QByteArrayView(m_buffer).first(start)))
        return take(start, Hj212Rejection::BadField);
      m_buffer.remove(0, start);
    }
    if (m_buffer.size() < 6)
      return std::nullopt;

    const QByteArrayView digits = QByteArrayView(m_buffer).sliced(2, 4);
    const bool ok = std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!ok) {
      const qsizetype nextFrame = m_buffer.indexOf("##", 2);
      return take(nextFrame > 0 ? nextFrame : m_buffer.size(), Hj212Rejection::WrongLength);
    }
    const int declared = digits.toInt();
    if (declared > hj212::kMaxDataSegment) {
      m_discardingLine = true;
      return take(6, Hj212Rejection::Oversized);
    }
    const qsizetype size = declared + kEnvelope;
    // The segment never holds CR LF, so an earlier one ends a frame shorter than it claims.
    const qsizetype lineEnd = m_buffer.indexOf("\r\n");
    if (lineEnd >= 0 && lineEnd + 2 < size)
      return take(lineEnd + 2, Hj212Rejection::WrongLength);
    if (m_buffer.size() < size)
      return std::nullopt;
    if (m_buffer.sliced(size - 2, 2) == "\r\n")
      return take(size, Hj212Rejection::None);
    // Longer than it claims: the frame runs to the next CR LF, or to the next frame.
    const qsizetype nextLine = m_buffer.indexOf("\r\n", size);
    const qsizetype nextFrame = m_buffer.indexOf("##", 2);
    if (nextLine >= 0 && (nextFrame < 0 || nextLine < nextFrame))
      return take(nextLine + 2, Hj212Rejection::WrongLength);
    if (nextFrame > 0)
      return take(nextFrame, Hj212Rejection::WrongLength);
    if (m_buffer.size() > size + hj212::kMaxDataSegment) {
      m_discardingLine = true;
      return take(m_buffer.size(), Hj212Rejection::Oversized);
    }
    return std::nullopt;
  }
}

std::optional<Hj212StreamSplitter::Piece> Hj212StreamSplitter::finish()
{
  m_discardingLine = false;
  if (m_buffer.isEmpty() || isBlank(m_buffer)) {
    m_buffer.clear();
    return std::nullopt;
  }
  return take(m_buffer.size(), Hj212Rejection::Truncated);
}

} // namespace rc
