#include "live/Sl323JsonDecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

/// Thrown inside decoding one object; becomes that object's fault.
struct Fault
{
  ReadingFault fault;
};

int digits(QStringView text, qsizetype from, qsizetype count)
{
  int value = 0;
  for (qsizetype i = from; i < from + count; ++i) {
    const char16_t c = text[i].unicode();
    if (c < u'0' || c > u'9')
      return -1;
    value = value * 10 + (c - u'0');
  }
  return value;
}

/// "yyyy-MM-dd HH:mm:ss" (Beijing time, as SL 323 writes TM) or ISO 8601 with 'T' and an optional
/// "Z" or "±hh:mm". Read by hand: QDateTime::fromString() costs tens of microseconds a call, which
/// a feed of ten thousand readings a second cannot pay.
QDateTime readTime(QStringView text)
{
  if (text.size() < 19 || text[4] != u'-' || text[7] != u'-' || (text[10] != u' ' && text[10] != u'T') ||
      text[13] != u':' || text[16] != u':')
    return {};
  QStringView rest = text.sliced(19);
  int milliseconds = 0;
  if (rest.startsWith(u'.')) {
    qsizetype n = 1;
    while (n < rest.size() && rest[n] >= u'0' && rest[n] <= u'9')
      ++n;
    if (n == 1)
      return {};
    milliseconds = digits(rest, 1, std::min<qsizetype>(n - 1, 3)) * (n - 1 == 1 ? 100 : n - 1 == 2 ? 10 : 1);
    rest = rest.sliced(n);
  }
  int offsetSeconds = 8 * 3600;
  if (rest == u"Z") {
    offsetSeconds = 0;
  } else if (rest.size() == 6 && (rest[0] == u'+' || rest[0] == u'-') && rest[3] == u':') {
    const int hours = digits(rest, 1, 2), minutes = digits(rest, 4, 2);
    if (hours < 0 || minutes < 0)
      return {};
    offsetSeconds = (rest[0] == u'-' ? -1 : 1) * (hours * 3600 + minutes * 60);
  } else if (!rest.isEmpty()) {
    return {};
  }
  const QDate date(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
  const QTime time(digits(text, 11, 2), digits(text, 14, 2), digits(text, 17, 2), milliseconds);
  if (!date.isValid() || !time.isValid())
    return {};
  return QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds);
}

std::optional<double> readNumber(const QJsonObject &object, const QString &key)
{
  const QJsonValue value = object.value(key);
  if (value.isUndefined() || value.isNull())
    return std::nullopt;
  double number = 0;
  if (value.isDouble()) {
    number = value.toDouble();
  } else if (value.isString()) {
    bool ok = false;
    number = value.toString().toDouble(&ok);
    if (!ok)
      throw Fault{{FeedRejection::BadField,
                   Sl323JsonDecoder::tr("%1 “%2” is not a number").arg(key, value.toString())}};
  } else {
    throw Fault{{FeedRejection::BadField, Sl323JsonDecoder::tr("%1 is not a number").arg(key)}};
  }
  if (!std::isfinite(number))
    throw Fault{{FeedRejection::NotANumber, Sl323JsonDecoder::tr("%1 is not a finite number").arg(key)}};
  return number;
}

HydroReading readObject(const QJsonValue &value)
{
  if (!value.isObject())
    throw Fault{{FeedRejection::MalformedJson, Sl323JsonDecoder::tr("a reading is not a JSON object")}};
  const QJsonObject o = value.toObject();
  const QString tableName = o.value(u"table"_s).toString();
  const std::optional<HydroTable> table = sl323Table(tableName);
  if (!table)
    throw Fault{{FeedRejection::BadField, Sl323JsonDecoder::tr("unknown table “%1”").arg(tableName)}};
  HydroReading r;
  r.table = *table;
  r.stcd = o.value(u"STCD"_s).toString().trimmed();
  if (r.stcd.isEmpty())
    throw Fault{{FeedRejection::BadField, Sl323JsonDecoder::tr("the reading has no STCD")}};
  r.tm = readTime(o.value(u"TM"_s).toString());
  if (!r.tm.isValid())
    throw Fault{{FeedRejection::BadField,
                 Sl323JsonDecoder::tr("TM “%1” is not a time").arg(o.value(u"TM"_s).toString())}};
  bool hasValue = false;
  switch (r.table) {
  case HydroTable::River:
    r.z = readNumber(o, u"Z"_s);
    r.q = readNumber(o, u"Q"_s);
    r.wptn = o.value(u"WPTN"_s).toVariant().toString();
    hasValue = r.z || r.q;
    break;
  case HydroTable::Reservoir:
    r.rz = readNumber(o, u"RZ"_s);
    r.inq = readNumber(o, u"INQ"_s);
    r.otq = readNumber(o, u"OTQ"_s);
    r.w = readNumber(o, u"W"_s);
    hasValue = r.rz || r.inq || r.otq || r.w;
    break;
  case HydroTable::Rainfall:
    r.drp = readNumber(o, u"DRP"_s);
    r.intv = readNumber(o, u"INTV"_s);
    r.dyp = readNumber(o, u"DYP"_s);
    hasValue = r.drp || r.dyp;
    break;
  case HydroTable::Tide:
    r.tdz = readNumber(o, u"TDZ"_s);
    r.airp = readNumber(o, u"AIRP"_s);
    r.hltdmk = o.value(u"HLTDMK"_s).toVariant().toString();
    hasValue = r.tdz.has_value();
    break;
  }
  if (!hasValue)
    throw Fault{{FeedRejection::BadField,
                 Sl323JsonDecoder::tr("the %1 reading of %2 has no value").arg(tableName, r.stcd)}};
  return r;
}

} // namespace

Sl323JsonDecoder::Result Sl323JsonDecoder::decode(QByteArrayView payload)
{
  Result result;
  if (payload.size() > kMaxPayload) {
    result.faults.append({FeedRejection::Oversized,
                          tr("the message has %1 bytes, more than the %2 a batch of readings may have")
                              .arg(payload.size())
                              .arg(kMaxPayload)});
    return result;
  }
  QJsonParseError error;
  const QJsonDocument document = QJsonDocument::fromJson(payload.toByteArray(), &error);
  if (error.error != QJsonParseError::NoError) {
    result.faults.append({FeedRejection::MalformedJson,
                          tr("malformed JSON at byte %1: %2").arg(error.offset).arg(error.errorString())});
    return result;
  }
  const QJsonArray items = document.isArray() ? document.array() : QJsonArray{document.object()};
  for (const QJsonValue &item : items) {
    try {
      result.readings.push_back(readObject(item));
    } catch (const Fault &fault) {
      result.faults.append(fault.fault);
    }
  }
  return result;
}

} // namespace rc
