#include "live/Hj212Frame.h"

#include <QHash>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

const QTimeZone &beijing()
{
  static const QTimeZone zone(8 * 3600);
  return zone;
}

bool allDigits(QStringView text)
{
  return std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

/// Reads a CP number; HJ 212 has no NaN or infinity, so those are malformed like any other text.
std::optional<double> number(const QString &text, bool *malformed)
{
  bool ok = false;
  const double value = text.toDouble(&ok);
  if (!ok || !std::isfinite(value)) {
    *malformed = true;
    return std::nullopt;
  }
  return value;
}

} // namespace

namespace hj212 {

bool isDataUpload(int cn)
{
  return cn == cn::kRealTimeData || cn == cn::kMinuteData || cn == cn::kHourlyData || cn == cn::kDailyData;
}

QString currentPollutantCode(const QString &code)
{
  // HJ 212-2017 appendix B lists each 2017 code beside the HJ/T 212-2005 code it replaces.
  static const QHash<QString, QString> legacy{
      {u"B01"_s, u"w00000"_s}, {u"001"_s, u"w01001"_s}, {u"003"_s, u"w01012"_s}, {u"010"_s, u"w01017"_s},
      {u"011"_s, u"w01018"_s}, {u"060"_s, u"w21003"_s}, {u"065"_s, u"w21001"_s}, {u"101"_s, u"w21011"_s},
      {u"B02"_s, u"a00000"_s}, {u"01"_s, u"a34013"_s},  {u"02"_s, u"a21026"_s},  {u"03"_s, u"a21002"_s},
      {u"S01"_s, u"a19001"_s}, {u"S03"_s, u"a01012"_s},
  };
  return legacy.value(code, code);
}

} // namespace hj212

std::optional<Hj212DataFlag> hj212DataFlag(QStringView text)
{
  if (text.size() != 1)
    return std::nullopt;
  switch (text.front().unicode()) {
  case u'N':
  case u'F':
  case u'M':
  case u'S':
  case u'D':
  case u'C':
  case u'T':
  case u'B':
    return Hj212DataFlag(char(text.front().unicode()));
  default:
    return std::nullopt;
  }
}

QString Hj212Frame::cpValue(QStringView key) const
{
  for (const auto &group : cp)
    for (const Hj212Item &item : group)
      if (item.key == key)
        return item.value;
  return {};
}

QDateTime Hj212Frame::dataTime() const
{
  const QString text = cpValue(u"DataTime");
  return text.size() == 14 ? hj212Time(text) : QDateTime();
}

QList<Hj212PollutantValues> Hj212Frame::pollutants() const
{
  QList<Hj212PollutantValues> result;
  QHash<QString, qsizetype> index;
  for (const auto &group : cp) {
    for (const Hj212Item &item : group) {
      const qsizetype dash = item.key.indexOf(u'-');
      if (dash <= 0)
        continue;
      const QString code = item.key.left(dash);
      const QStringView field = QStringView(item.key).mid(dash + 1);
      auto found = index.constFind(code);
      if (found == index.constEnd()) {
        found = index.insert(code, result.size());
        result.append({hj212::currentPollutantCode(code), code, {}, {}, {}, {}, {}, {}, false});
      }
      Hj212PollutantValues &values = result[*found];
      if (field == u"Rtd")
        values.rtd = number(item.value, &values.malformed);
      else if (field == u"Min")
        values.min = number(item.value, &values.malformed);
      else if (field == u"Avg")
        values.avg = number(item.value, &values.malformed);
      else if (field == u"Max")
        values.max = number(item.value, &values.malformed);
      else if (field == u"Cou")
        values.cou = number(item.value, &values.malformed);
      else if (field == u"Flag") {
        values.flag = hj212DataFlag(item.value);
        values.malformed = values.malformed || !values.flag;
      }
    }
  }
  return result;
}

void Hj212Frame::setDataTime(const QDateTime &time)
{
  cp.append({{u"DataTime"_s, hj212DataTimeText(time)}});
}

void Hj212Frame::addRealTimeValue(const QString &code, double value, Hj212DataFlag flag)
{
  cp.append({{code + u"-Rtd"_s, hj212Number(value)}, {code + u"-Flag"_s, QString(QChar(char16_t(flag)))}});
}

QString hj212QnText(const QDateTime &time)
{
  return time.toTimeZone(beijing()).toString(u"yyyyMMddHHmmsszzz"_s);
}

QString hj212DataTimeText(const QDateTime &time)
{
  return time.toTimeZone(beijing()).toString(u"yyyyMMddHHmmss"_s);
}

QDateTime hj212Time(QStringView text)
{
  if ((text.size() != 14 && text.size() != 17) || !allDigits(text))
    return {};
  const QDate date(text.mid(0, 4).toInt(), text.mid(4, 2).toInt(), text.mid(6, 2).toInt());
  const QTime time(text.mid(8, 2).toInt(), text.mid(10, 2).toInt(), text.mid(12, 2).toInt(),
                   text.size() == 17 ? text.mid(14, 3).toInt() : 0);
  if (!date.isValid() || !time.isValid())
    return {};
  return QDateTime(date, time, beijing());
}

QString hj212Number(double value)
{
  QString text = QString::number(value, 'f', 6);
  while (text.endsWith(u'0'))
    text.chop(1);
  if (text.endsWith(u'.'))
    text.chop(1);
  return text == u"-0"_s ? u"0"_s : text;
}

} // namespace rc
