#pragma once

#include "live/Hj212Frame.h"

#include <QByteArrayView>
#include <QCoreApplication>

#include <optional>

namespace rc {

/// Why a frame was turned away. Feeds count rejections by this reason.
enum class Hj212Rejection {
  None,
  BadCrc,
  WrongLength,
  Truncated,
  Oversized,
  BadField,
  WrongPassword,
  UnknownMn,
};

/// A stable, untranslated name for logs, JSON and counters ("bad-crc", "wrong-length", ...).
[[nodiscard]] QString hj212RejectionName(Hj212Rejection rejection);
/// The QnRtn a 9011 reply carries for a rejected request (Ready for None). An unknown MN gets the
/// same answer as a wrong password (3), so replies do not reveal which MNs exist.
[[nodiscard]] hj212::QnRtn hj212QnRtn(Hj212Rejection rejection);

/// Who may send: the monitoring points the console knows and their passwords. Implemented by the
/// station catalog; must be safe to read from the thread that parses.
class Hj212Credentials
{
public:
  virtual ~Hj212Credentials() = default;
  [[nodiscard]] virtual bool knowsMn(const QString &mn) const = 0;
  /// The password the point must send; nullopt when the console does not check it.
  [[nodiscard]] virtual std::optional<QString> password(const QString &mn) const = 0;
};

/// What the parser made of one frame. When the segment could be read, `frame` holds its fields
/// even for a rejected frame, so a reply (QnRtn 3, 4, 9) and the command line can use them.
struct Hj212ParseResult
{
  Hj212Rejection rejection = Hj212Rejection::None;
  QString reason; ///< a translated sentence naming the fault; empty when accepted
  Hj212Frame frame;
  bool segmentRead = false; ///< `frame` holds the segment's fields
  int declaredLength = -1;  ///< the 4 digits after ##; -1 when unreadable
  int segmentLength = -1;   ///< bytes between the length and the CRC; -1 when unknown
  std::optional<quint16> declaredCrc;
  std::optional<quint16> computedCrc;

  [[nodiscard]] bool ok() const { return rejection == Hj212Rejection::None; }
  [[nodiscard]] bool lengthValid() const { return declaredLength >= 0 && declaredLength == segmentLength; }
  [[nodiscard]] bool crcValid() const { return declaredCrc && computedCrc && *declaredCrc == *computedCrc; }
};

/// Reads one whole HJ 212 frame (`##`, length, segment, CRC, CRLF) into fields and checks it:
/// size, length, CRC, every header field, the CP layout and, given credentials, MN and PW.
/// Stateless apart from the borrowed credentials (which must outlive it); any thread.
class Hj212Parser
{
  Q_DECLARE_TR_FUNCTIONS(rc::Hj212Parser)

public:
  explicit Hj212Parser(const Hj212Credentials *credentials = nullptr) : m_credentials(credentials) {}

  [[nodiscard]] Hj212ParseResult parse(QByteArrayView frame) const;

  /// Reads a data segment alone; on failure returns nullopt and sets `reason`.
  [[nodiscard]] static std::optional<Hj212Frame> parseSegment(QByteArrayView segment, QString *reason);

private:
  void checkCredentials(Hj212ParseResult &result) const;

  const Hj212Credentials *m_credentials;
};

} // namespace rc
