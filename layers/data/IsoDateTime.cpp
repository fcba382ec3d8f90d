#include "data/IsoDateTime.h"

#include <QDate>

namespace rc {

namespace {

/// The value of `count` digits at `at`, or -1 when one of them is not a digit.
int digits(QStringView text, qsizetype at, int count)
{
  if (at + count > text.size())
    return -1;
  int value = 0;
  for (int i = 0; i < count; ++i) {
    const char16_t c = text[at + i].unicode();
    if (c < u'0' || c > u'9')
      return -1;
    value = value * 10 + (c - u'0');
  }
  return value;
}

} // namespace

std::optional<qint64> parseIsoDateTimeMs(QStringView text)
{
  text = text.trimmed();
  const int year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
  if (year < 0 || month < 0 || day < 0 || text.size() < 10 || text[4] != u'-' || text[7] != u'-')
    return std::nullopt;
  const QDate date(year, month, day);
  if (!date.isValid())
    return std::nullopt;
  qint64 ms = (date.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * 86400000;
  if (text.size() == 10)
    return ms;
  if (text[10] != u'T' && text[10] != u' ')
    return std::nullopt;
  const int hour = digits(text, 11, 2), minute = digits(text, 14, 2);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || text.size() < 16 || text[13] != u':')
    return std::nullopt;
  ms += (hour * 60 + minute) * 60000;
  qsizetype at = 16;
  if (at < text.size() && text[at] == u':') {
    const int second = digits(text, at + 1, 2);
    if (second < 0 || second > 60)
      return std::nullopt;
    ms += second * 1000;
    at += 3;
    if (at < text.size() && text[at] == u'.') {
      ++at;
      int scale = 100;
      while (at < text.size() && text[at].isDigit()) {
        ms += (text[at].unicode() - u'0') * scale;
        scale /= 10;
        ++at;
      }
    }
  }
  if (at == text.size())
    return ms;
  if (text[at] == u'Z' && at + 1 == text.size())
    return ms;
  if ((text[at] == u'+' || text[at] == u'-') && text.size() >= at + 6) {
    const int zoneHours = digits(text, at + 1, 2), zoneMinutes = digits(text, at + 4, 2);
    if (zoneHours < 0 || zoneMinutes < 0)
      return std::nullopt;
    const qint64 offset = (zoneHours * 60 + zoneMinutes) * 60000;
    return text[at] == u'+' ? ms - offset : ms + offset;
  }
  return std::nullopt;
}

} // namespace rc
