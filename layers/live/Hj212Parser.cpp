#include "live/Hj212Parser.h"

#include "live/Hj212Crc.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

constexpr qsizetype kPrefix = 6; // "##" + 4 length digits
constexpr qsizetype kSuffix = 6; // 4 CRC digits + CRLF

bool isDigits(QByteArrayView bytes)
{
  return std::all_of(bytes.begin(), bytes.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool isDigits(QStringView text)
{
  return !text.isEmpty() &&
         std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

std::optional<quint16> hexCrc(QByteArrayView digits)
{
  if (digits.size() != 4)
    return std::nullopt;
  quint16 value = 0;
  for (const char c : digits) {
    int nibble = -1;
    if (c >= '0' && c <= '9')
      nibble = c - '0';
    else if (c >= 'A' && c <= 'F')
      nibble = c - 'A' + 10;
    else if (c >= 'a' && c <= 'f') // the standard writes uppercase; old loggers do not all do so
      nibble = c - 'a' + 10;
    else
      return std::nullopt;
    value = quint16(value << 4 | nibble);
  }
  return value;
}

QString crcText(quint16 crc)
{
  return QString::number(crc, 16).toUpper().rightJustified(4, u'0');
}

/// Fails a segment parse with a reason.
std::nullopt_t fail(QString *reason, const QString &text)
{
  *reason = text;
  return std::nullopt;
}

std::optional<int> positive(QStringView text, int maxDigits)
{
  if (!isDigits(text) || text.size() > maxDigits)
    return std::nullopt;
  return text.toInt();
}

} // namespace

QString hj212RejectionName(Hj212Rejection rejection)
{
  switch (rejection) {
  case Hj212Rejection::None:
    return u"none"_s;
  case Hj212Rejection::BadCrc:
    return u"bad-crc"_s;
  case Hj212Rejection::WrongLength:
    return u"wrong-length"_s;
  case Hj212Rejection::Truncated:
    return u"truncated"_s;
  case Hj212Rejection::Oversized:
    return u"oversized"_s;
  case Hj212Rejection::BadField:
    return u"bad-field"_s;
  case Hj212Rejection::WrongPassword:
    return u"wrong-password"_s;
  case Hj212Rejection::UnknownMn:
    return u"unknown-mn"_s;
  }
  return {};
}

hj212::QnRtn hj212QnRtn(Hj212Rejection rejection)
{
  switch (rejection) {
  case Hj212Rejection::None:
    return hj212::QnRtn::Ready;
  case Hj212Rejection::BadCrc:
    return hj212::QnRtn::CrcError;
  // One answer for both, so a stranger cannot learn which MNs exist by trying them.
  case Hj212Rejection::WrongPassword:
  case Hj212Rejection::UnknownMn:
    return hj212::QnRtn::PasswordError;
  case Hj212Rejection::WrongLength:
  case Hj212Rejection::Truncated:
  case Hj212Rejection::Oversized:
  case Hj212Rejection::BadField:
    return hj212::QnRtn::Refused;
  }
  return hj212::QnRtn::Unknown;
}

Hj212ParseResult Hj212Parser::parse(QByteArrayView bytes) const
{
  Hj212ParseResult result;
  const auto reject = [&result](Hj212Rejection rejection, const QString &reason) {
    if (result.rejection == Hj212Rejection::None) {
      result.rejection = rejection;
      result.reason = reason;
    }
  };

  if (bytes.size() < kPrefix) {
    reject(Hj212Rejection::Truncated,
           tr("the frame ends after %n byte(s), before its length", nullptr, int(bytes.size())));
    return result;
  }
  if (!bytes.startsWith("##")) {
    reject(Hj212Rejection::BadField, tr("the frame does not start with ##"));
    return result;
  }
  if (!isDigits(bytes.sliced(2, 4))) {
    reject(Hj212Rejection::WrongLength,
           tr("the length “%1” is not 4 decimal digits").arg(QString::fromLatin1(bytes.sliced(2, 4))));
    return result;
  }
  result.declaredLength = bytes.sliced(2, 4).toInt();
  if (result.declaredLength > hj212::kMaxDataSegment) {
    reject(Hj212Rejection::Oversized, tr("the declared length %1 exceeds the %2 bytes HJ 212 allows")
                                          .arg(result.declaredLength)
                                          .arg(hj212::kMaxDataSegment));
    return result;
  }

  const bool terminated = bytes.endsWith("\r\n");
  const qsizetype expectedSize = kPrefix + result.declaredLength + kSuffix;
  if (!terminated) {
    if (bytes.size() <= expectedSize - 2) {
      reject(Hj212Rejection::Truncated,
             tr("the frame ends after %1 of its %2 bytes").arg(bytes.size()).arg(expectedSize));
      return result;
    }
    reject(Hj212Rejection::WrongLength,
           tr("no CR LF where the declared length %1 puts the end").arg(result.declaredLength));
    return result;
  }
  if (bytes.size() < kPrefix + kSuffix) {
    reject(Hj212Rejection::Truncated, tr("the frame has no room for its CRC"));
    return result;
  }
  result.segmentLength = int(bytes.size() - kPrefix - kSuffix);
  if (result.segmentLength > hj212::kMaxDataSegment)
    reject(Hj212Rejection::Oversized, tr("the data segment has %1 bytes, more than the %2 HJ 212 allows")
                                          .arg(result.segmentLength)
                                          .arg(hj212::kMaxDataSegment));
  else if (result.segmentLength != result.declaredLength)
    reject(Hj212Rejection::WrongLength, tr("the declared length is %1 but the data segment has %2 bytes")
                                            .arg(result.declaredLength)
                                            .arg(result.segmentLength));

  const QByteArrayView segment = bytes.sliced(kPrefix, result.segmentLength);
  result.computedCrc = hj212Crc(segment);
  result.declaredCrc = hexCrc(bytes.sliced(bytes.size() - kSuffix, 4));
  if (!result.declaredCrc)
    reject(Hj212Rejection::BadCrc, tr("the CRC “%1” is not 4 hex digits")
                                       .arg(QString::fromLatin1(bytes.sliced(bytes.size() - kSuffix, 4))));
  else if (*result.declaredCrc != *result.computedCrc)
    reject(Hj212Rejection::BadCrc, tr("the CRC is %1 but the data segment gives %2")
                                       .arg(crcText(*result.declaredCrc), crcText(*result.computedCrc)));

  QString reason;
  if (auto frame = parseSegment(segment, &reason)) {
    result.frame = std::move(*frame);
    result.segmentRead = true;
  } else {
    reject(Hj212Rejection::BadField, reason);
  }
  if (result.ok())
    checkCredentials(result);
  return result;
}

void Hj212Parser::checkCredentials(Hj212ParseResult &result) const
{
  if (!m_credentials)
    return;
  if (!m_credentials->knowsMn(result.frame.mn)) {
    result.rejection = Hj212Rejection::UnknownMn;
    result.reason = tr("no monitoring point has MN %1").arg(result.frame.mn);
    return;
  }
  const std::optional<QString> password = m_credentials->password(result.frame.mn);
  if (password && *password != result.frame.pw) {
    result.rejection = Hj212Rejection::WrongPassword;
    result.reason = tr("wrong password for MN %1").arg(result.frame.mn);
  }
}

std::optional<Hj212Frame> Hj212Parser::parseSegment(QByteArrayView bytes, QString *reason)
{
  if (!std::all_of(bytes.begin(), bytes.end(), [](char c) { return c >= 0x20 && c < 0x7F; }))
    return fail(reason, tr("the data segment holds bytes that are not printable ASCII"));
  const QString segment = QString::fromLatin1(bytes);

  qsizetype cpStart = -1;
  if (segment.startsWith(u"CP=&&"_s))
    cpStart = 0;
  else if (const qsizetype at = segment.indexOf(u";CP=&&"_s); at >= 0)
    cpStart = at + 1;
  if (cpStart < 0)
    return fail(reason, tr("the data segment has no CP=&&…&&"));
  if (!segment.endsWith(u"&&"_s) || segment.size() < cpStart + 7)
    return fail(reason, tr("CP does not end with &&"));

  Hj212Frame frame;
  QSet<QString> seen;
  const QStringView header = QStringView(segment).first(std::max<qsizetype>(cpStart - 1, 0));
  for (const QStringView part : header.split(u';', Qt::SkipEmptyParts)) {
    const qsizetype equals = part.indexOf(u'=');
    if (equals <= 0)
      return fail(reason, tr("“%1” is not KEY=value").arg(part.toString()));
    const QString key = part.first(equals).toString();
    const QStringView value = part.sliced(equals + 1);
    if (seen.contains(key))
      return fail(reason, tr("%1 appears twice").arg(key));
    seen.insert(key);
    if (key == u"QN") {
      if (value.size() != 17 || !hj212Time(value).isValid())
        return fail(reason, tr("QN “%1” is not a time YYYYMMDDhhmmsszzz").arg(value.toString()));
      frame.qn = value.toString();
    } else if (key == u"ST") {
      if (value.size() != 2 || !isDigits(value))
        return fail(reason, tr("ST “%1” is not 2 digits").arg(value.toString()));
      frame.st = value.toInt();
    } else if (key == u"CN") {
      if (value.size() != 4 || !isDigits(value))
        return fail(reason, tr("CN “%1” is not 4 digits").arg(value.toString()));
      frame.cn = value.toInt();
    } else if (key == u"PW") {
      if (value.size() != hj212::kPasswordLength)
        return fail(reason, tr("PW is not %1 characters").arg(hj212::kPasswordLength));
      frame.pw = value.toString();
    } else if (key == u"MN") {
      if (value.isEmpty() || value.size() > hj212::kMaxMnLength ||
          !std::all_of(value.begin(), value.end(), [](QChar c) { return c.isLetterOrNumber(); }))
        return fail(
            reason,
            tr("MN “%1” is not 1 to %2 letters and digits").arg(value.toString()).arg(hj212::kMaxMnLength));
      frame.mn = value.toString();
    } else if (key == u"Flag") {
      const auto flag = positive(value, 3);
      if (!flag || *flag > 255)
        return fail(reason, tr("Flag “%1” is not a number 0 to 255").arg(value.toString()));
      frame.flag = *flag;
    } else if (key == u"PNUM") {
      const auto count = positive(value, 4);
      if (!count || *count < 1)
        return fail(reason, tr("PNUM “%1” is not a packet count").arg(value.toString()));
      frame.packetCount = *count;
    } else if (key == u"PNO") {
      const auto number = positive(value, 4);
      if (!number || *number < 1)
        return fail(reason, tr("PNO “%1” is not a packet number").arg(value.toString()));
      frame.packetNumber = *number;
    } else {
      return fail(reason, tr("unknown field %1").arg(key));
    }
  }
  for (const char16_t *required : {u"ST", u"CN", u"PW", u"MN"})
    if (!seen.contains(QString::fromUtf16(required)))
      return fail(reason, tr("the data segment has no %1").arg(QString::fromUtf16(required)));
  if (frame.isSplit() != (frame.packetCount > 0) || frame.isSplit() != (frame.packetNumber > 0))
    return fail(reason, tr("Flag and PNUM/PNO disagree on whether the packet is split"));
  if (frame.packetNumber > frame.packetCount)
    return fail(reason, tr("PNO %1 is beyond PNUM %2").arg(frame.packetNumber).arg(frame.packetCount));

  const QStringView cp = QStringView(segment).sliced(cpStart + 5, segment.size() - cpStart - 7);
  // A trailing ';' before the closing && is common in the field and carries nothing.
  for (const QStringView groupText : cp.split(u';', Qt::SkipEmptyParts)) {
    QList<Hj212Item> group;
    for (const QStringView itemText : groupText.split(u',')) {
      const qsizetype equals = itemText.indexOf(u'=');
      if (equals <= 0)
        return fail(reason, tr("CP item “%1” is not KEY=value").arg(itemText.toString()));
      group.append({itemText.first(equals).toString(), itemText.sliced(equals + 1).toString()});
    }
    frame.cp.append(std::move(group));
  }
  return frame;
}

} // namespace rc
