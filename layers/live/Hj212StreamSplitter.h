#pragma once

#include "live/Hj212Parser.h"

#include <QByteArray>

#include <optional>

namespace rc {

/// Cuts the byte stream of one HJ 212 TCP connection into frames. Loggers send frames back to back
/// and sometimes garbage, frames cut short or frames that lie about their length; each of those
/// comes out as a piece with its rejection so the server can count it and resynchronise on the
/// next `##`. Owned by one connection; touched by that connection's thread only.
class Hj212StreamSplitter
{
public:
  struct Piece
  {
    QByteArray bytes;
    Hj212Rejection rejection = Hj212Rejection::None; ///< None: a whole frame for Hj212Parser
  };

  void append(QByteArrayView data) { m_buffer.append(data); }
  /// The next frame or rejected piece; nullopt while more bytes are needed.
  [[nodiscard]] std::optional<Piece> next();
  /// At the end of the stream: what is left of an unfinished frame, as Truncated.
  [[nodiscard]] std::optional<Piece> finish();
  [[nodiscard]] qsizetype bufferedBytes() const { return m_buffer.size(); }

private:
  Piece take(qsizetype size, Hj212Rejection rejection);

  QByteArray m_buffer;
  bool m_discardingLine = false; ///< inside an oversized frame: drop through its CRLF
};

} // namespace rc
