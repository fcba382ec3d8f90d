#include "address/CoordinateInput.h"

#include "geo/CoordinateTransform.h"

#include <QRegularExpression>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

/// Full-width forms and CJK punctuation that appear in typed coordinates, as ASCII.
QString asciiForms(QStringView text)
{
  QString out;
  out.reserve(text.size());
  for (QChar c : text) {
    char16_t u = c.unicode();
    if (u >= 0xFF01 && u <= 0xFF5E)
      u = char16_t(u - 0xFF01 + 0x21);
    else if (u == 0x3000)
      u = u' ';
    else if (u == u'、')
      u = u',';
    out += QChar(u);
  }
  out.replace(u"东经"_s, u"E"_s)
      .replace(u"西经"_s, u"W"_s)
      .replace(u"北纬"_s, u"N"_s)
      .replace(u"南纬"_s, u"S"_s);
  return out.trimmed();
}

bool inChina(double lon, double lat)
{
  return lon >= 73.66 && lon <= 135.05 && lat >= 3.86 && lat <= 53.55;
}

/// One angle with its hemisphere letter, if any ('E', 'W', 'N', 'S' or 0).
struct Angle
{
  double degrees;
  char hemisphere;
};

std::optional<std::pair<Angle, Angle>> parseAngles(const QString &text)
{
  static const QRegularExpression angle(
      uR"(([NSEWnsew])?\s*(\d+(?:\.\d+)?)\s*(?:°|度|º)\s*(?:(\d+(?:\.\d+)?)\s*(?:'|′|’|分))?\s*)"
      uR"((?:(\d+(?:\.\d+)?)\s*(?:"|″|”|''|′′|秒))?\s*([NSEWnsew])?)"_s);
  static const QRegularExpression decimal(
      uR"(^([NSEWnsew])?\s*([+-]?\d+(?:\.\d+)?)\s*([NSEWnsew])?\s*[,;\s]\s*)"
      uR"(([NSEWnsew])?\s*([+-]?\d+(?:\.\d+)?)\s*([NSEWnsew])?$)"_s);
  const auto hemisphere = [](const QString &before, const QString &after) {
    const QString h = (before.isEmpty() ? after : before).toUpper();
    return h.isEmpty() ? char(0) : char(h.at(0).toLatin1());
  };
  if (text.contains(u'°') || text.contains(u'度') || text.contains(u'º')) {
    std::vector<Angle> angles;
    qsizetype consumed = 0;
    for (auto it = angle.globalMatch(text); it.hasNext();) {
      const QRegularExpressionMatch m = it.next();
      // Only separators may lie between and around the two angles.
      if (!QStringView(text).mid(consumed, m.capturedStart() - consumed).trimmed().isEmpty() &&
          QStringView(text).mid(consumed, m.capturedStart() - consumed).trimmed() != u",")
        return std::nullopt;
      consumed = m.capturedEnd();
      const double value =
          m.captured(2).toDouble() + m.captured(3).toDouble() / 60 + m.captured(4).toDouble() / 3600;
      if (m.captured(3).toDouble() >= 60 || m.captured(4).toDouble() >= 60)
        return std::nullopt;
      angles.push_back({value, hemisphere(m.captured(1), m.captured(5))});
    }
    if (angles.size() != 2 || !QStringView(text).mid(consumed).trimmed().isEmpty())
      return std::nullopt;
    return std::pair(angles[0], angles[1]);
  }
  const QRegularExpressionMatch m = decimal.match(text);
  if (!m.hasMatch())
    return std::nullopt;
  return std::pair(Angle{m.captured(2).toDouble(), hemisphere(m.captured(1), m.captured(3))},
                   Angle{m.captured(5).toDouble(), hemisphere(m.captured(4), m.captured(6))});
}

} // namespace

CoordinateInput CoordinateInput::parse(QStringView raw)
{
  CoordinateInput input;
  const QString text = asciiForms(raw);
  if (text.isEmpty())
    return input;
  if (std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; })) {
    if (text.size() == 15) {
      input.kind = Kind::GridCode;
      input.code = text;
    } else if (text.size() >= 6) {
      input.kind = Kind::AddressCode;
      input.code = text;
    }
    return input;
  }
  const auto angles = parseAngles(text);
  if (!angles)
    return input;
  auto [first, second] = *angles;
  const auto signedValue = [](const Angle &a) {
    return a.hemisphere == 'W' || a.hemisphere == 'S' ? -a.degrees : a.degrees;
  };
  const bool firstIsLat = first.hemisphere == 'N' || first.hemisphere == 'S' || second.hemisphere == 'E' ||
                          second.hemisphere == 'W';
  if (std::abs(first.degrees) <= 180 && std::abs(second.degrees) <= 180) {
    // Latitude first is common in international notation; with no letter, the range decides.
    const bool swapped = firstIsLat || (first.hemisphere == 0 && second.hemisphere == 0 &&
                                        std::abs(first.degrees) <= 90 && std::abs(second.degrees) > 90);
    const double lon = signedValue(swapped ? second : first), lat = signedValue(swapped ? first : second);
    if (inChina(lon, lat)) {
      input.kind = Kind::LonLat;
      input.lon = lon;
      input.lat = lat;
    }
    return input;
  }
  if (first.hemisphere || second.hemisphere)
    return input;
  // Metres: the easting is the smaller value (with its zone prefix 40 it lies in 40 000 000s).
  double easting = first.degrees, northing = second.degrees;
  if (easting > northing && !(easting >= 4e7 && easting < 4.1e7))
    std::swap(easting, northing);
  if (northing >= 4e7 && northing < 4.1e7)
    std::swap(easting, northing);
  const bool prefixed = easting >= 4e7 && easting < 4.1e7;
  const double plainEasting = prefixed ? easting - 4e7 : easting;
  if (plainEasting < 2e5 || plainEasting > 8e5 || northing < 1e6 || northing > 6e6)
    return input;
  try {
    const CoordinateTransform toLonLat(Crs::fromEpsg(prefixed ? 4528 : 4549), Crs::cgcs2000());
    double x = easting, y = northing;
    toLonLat.transform(x, y);
    if (inChina(x, y)) {
      input.kind = Kind::GaussKruger;
      input.lon = x;
      input.lat = y;
    }
  } catch (const CrsError &) {
    // PROJ without its database: the text stays address text.
  }
  return input;
}

} // namespace rc
