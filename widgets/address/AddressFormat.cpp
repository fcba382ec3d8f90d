#include "address/AddressFormat.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

const QString kSeparator = u" › "_s;

/// The road with its house number, or whichever of the two there is.
QString roadAndHouse(const GeocodeResult &r)
{
  return r.road + (r.houseNo.isEmpty() ? QString() : r.houseNo + u'号');
}

} // namespace

QString AddressFormat::levelName(AddressLevel level)
{
  switch (level) {
  case AddressLevel::District:
    return tr("District");
  case AddressLevel::Town:
    return tr("Town");
  case AddressLevel::Community:
    return tr("Community");
  case AddressLevel::Grid:
    return tr("Grid");
  case AddressLevel::Road:
    return tr("Road");
  case AddressLevel::House:
    return tr("House number");
  case AddressLevel::Compound:
    return tr("Compound");
  case AddressLevel::Building:
    return tr("Building");
  case AddressLevel::Unit:
    return tr("Unit");
  case AddressLevel::Room:
    return tr("Room");
  case AddressLevel::Coordinate:
    return tr("Coordinate");
  case AddressLevel::None:
    break;
  }
  return {};
}

QString AddressFormat::suffix(const QString &building, const QString &unit, const QString &room)
{
  QString text;
  if (!building.isEmpty())
    text += building + u"号楼"_s;
  if (!unit.isEmpty())
    text += unit + u"单元"_s;
  if (!room.isEmpty())
    text += room + u"室"_s;
  return text;
}

QStringList AddressFormat::levels(const GeocodeResult &r)
{
  QStringList parts;
  for (const QString &part :
       {r.district, r.town, r.community, roadAndHouse(r), r.compound, suffix(r.building, r.unit, r.room)}) {
    if (!part.isEmpty())
      parts << part;
  }
  return parts;
}

QString AddressFormat::title(const GeocodeResult &r)
{
  if (r.matchedLevel == AddressLevel::Coordinate)
    return lonLat(r.lon, r.lat);
  if (r.matchedLevel == AddressLevel::Grid)
    return tr("Grid %1").arg(r.gridCode);
  const QString inside = suffix(r.building, r.unit, r.room);
  const QString place = !r.compound.isEmpty() ? r.compound : roadAndHouse(r);
  if (!inside.isEmpty())
    return place.isEmpty() ? inside : place + u' ' + inside;
  const QStringList parts = levels(r);
  return parts.isEmpty() ? r.fullAddress : parts.last();
}

QString AddressFormat::breadcrumb(const GeocodeResult &r)
{
  if (r.matchedLevel == AddressLevel::Coordinate) {
    const QString nearest = shortAddress(r);
    if (nearest.isEmpty())
      return {};
    return std::isfinite(r.distanceMetres)
               ? tr("Nearest address: %1, %2 away").arg(nearest, distance(r.distanceMetres))
               : tr("Nearest address: %1").arg(nearest);
  }
  QStringList parts{r.district, r.town, r.community};
  if (r.matchedLevel != AddressLevel::Grid) {
    const bool inside = !r.building.isEmpty() || !r.unit.isEmpty() || !r.room.isEmpty();
    // The title holds the finest level, and with a building also the compound (or door plate).
    const QStringList all = levels(r);
    parts = all.mid(0, std::max<qsizetype>(0, all.size() - 1));
    if (inside && !parts.isEmpty() && parts.last() == (r.compound.isEmpty() ? roadAndHouse(r) : r.compound))
      parts.removeLast();
  }
  parts.removeAll(QString());
  return parts.join(kSeparator);
}

QString AddressFormat::shortAddress(const GeocodeResult &r)
{
  return levels(r).join(QString());
}

QString AddressFormat::distance(double metres)
{
  if (!std::isfinite(metres))
    return {};
  const QLocale locale;
  if (metres < 1000)
    return tr("%1 m").arg(locale.toString(std::lround(metres)));
  return tr("%1 km").arg(locale.toString(metres / 1000, 'f', metres < 10000 ? 2 : 1));
}

QString AddressFormat::lonLat(double lon, double lat)
{
  return u"%1, %2"_s.arg(lon, 0, 'f', 6).arg(lat, 0, 'f', 6);
}

} // namespace rc
