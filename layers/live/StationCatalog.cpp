#include "live/StationCatalog.h"

#include "data/VectorDataset.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace rc {

bool FloodLimitSeason::contains(const QDate &date) const
{
  const int mmdd = date.month() * 100 + date.day();
  if (beginMmdd <= endMmdd)
    return mmdd >= beginMmdd && mmdd <= endMmdd;
  return mmdd >= beginMmdd || mmdd <= endMmdd;
}

std::optional<double> HydroStation::floodLimitOn(const QDate &date) const
{
  for (const FloodLimitSeason &season : floodLimits)
    if (season.contains(date))
      return season.fsltdz;
  return std::nullopt;
}

std::optional<PollutantLimit> PollutantLimit::parse(QStringView text)
{
  bool ok = false;
  // A band "6-9"; a leading '-' would be a negative ceiling, so look for the dash after it.
  const qsizetype dash = text.indexOf(u'-', 1);
  if (dash > 0) {
    bool lowOk = false;
    const double low = text.first(dash).toDouble(&lowOk);
    const double high = text.sliced(dash + 1).toDouble(&ok);
    if (!lowOk || !ok || low > high)
      return std::nullopt;
    return PollutantLimit{low, high};
  }
  const double ceiling = text.toDouble(&ok);
  if (!ok)
    return std::nullopt;
  return PollutantLimit{std::nullopt, ceiling};
}

void StationCatalog::addStation(HydroStation station)
{
  const QString stcd = station.stcd;
  m_stations.insert(stcd, std::move(station));
}

void StationCatalog::addMonitoringPoint(MonitoringPoint point)
{
  const QString mn = point.mn;
  m_points.insert(mn, std::move(point));
}

const HydroStation *StationCatalog::station(const QString &stcd) const
{
  const auto it = m_stations.constFind(stcd);
  return it == m_stations.constEnd() ? nullptr : &*it;
}

const MonitoringPoint *StationCatalog::monitoringPoint(const QString &mn) const
{
  const auto it = m_points.constFind(mn);
  return it == m_points.constEnd() ? nullptr : &*it;
}

QList<const HydroStation *> StationCatalog::stations() const
{
  QList<const HydroStation *> list;
  for (const HydroStation &station : m_stations)
    list.append(&station);
  std::sort(list.begin(), list.end(), [](auto *a, auto *b) { return a->stcd < b->stcd; });
  return list;
}

QList<const MonitoringPoint *> StationCatalog::monitoringPoints() const
{
  QList<const MonitoringPoint *> list;
  for (const MonitoringPoint &point : m_points)
    list.append(&point);
  std::sort(list.begin(), list.end(), [](auto *a, auto *b) { return a->mn < b->mn; });
  return list;
}

std::optional<QString> StationCatalog::password(const QString &mn) const
{
  const MonitoringPoint *point = monitoringPoint(mn);
  return point ? point->password : std::nullopt;
}

namespace {

QList<QVariantMap> rows(const VectorDataset &dataset, const QString &table)
{
  const int layer = dataset.layerIndex(table);
  return layer < 0 ? QList<QVariantMap>() : dataset.sample(layer, std::numeric_limits<int>::max());
}

std::optional<double> optionalNumber(const QVariant &value)
{
  bool ok = false;
  const double number = value.toDouble(&ok);
  return value.isNull() || !ok ? std::nullopt : std::optional<double>(number);
}

} // namespace

std::shared_ptr<const StationCatalog> StationCatalogLoader::fromGeoPackage(const QString &path)
{
  const auto dataset = VectorDataset::open(path);
  auto catalog = std::make_shared<StationCatalog>();

  QHash<QString, HydroStation> stations;
  for (const QVariantMap &row : rows(*dataset, u"hydro_stations"_s)) {
    HydroStation s;
    s.stcd = row.value(u"stcd"_s).toString().trimmed();
    s.stnm = row.value(u"stnm"_s).toString();
    s.sttp = row.value(u"sttp"_s).toString();
    s.rvnm = row.value(u"rvnm"_s).toString();
    s.addvcd = row.value(u"addvcd"_s).toString();
    s.lgtd = row.value(u"lgtd"_s).toDouble();
    s.lttd = row.value(u"lttd"_s).toDouble();
    if (!s.stcd.isEmpty())
      stations.insert(s.stcd, s);
  }
  for (const QVariantMap &row : rows(*dataset, u"st_rvfcch_b"_s)) {
    const auto it = stations.find(row.value(u"stcd"_s).toString().trimmed());
    if (it == stations.end())
      continue;
    it->wrz = optionalNumber(row.value(u"wrz"_s));
    it->grz = optionalNumber(row.value(u"grz"_s));
    it->wrq = optionalNumber(row.value(u"wrq"_s));
    it->grq = optionalNumber(row.value(u"grq"_s));
  }
  for (const QVariantMap &row : rows(*dataset, u"st_rsvrfsr_b"_s)) {
    const auto it = stations.find(row.value(u"stcd"_s).toString().trimmed());
    const auto limit = optionalNumber(row.value(u"fsltdz"_s));
    if (it != stations.end() && limit)
      it->floodLimits.append({row.value(u"bgmd"_s).toInt(), row.value(u"edmd"_s).toInt(), *limit});
  }
  for (HydroStation &station : stations)
    catalog->addStation(std::move(station));

  QHash<QString, MonitoringPoint> points;
  for (const QVariantMap &row : rows(*dataset, u"monitoring_points"_s)) {
    MonitoringPoint p;
    p.mn = row.value(u"mn"_s).toString().trimmed();
    p.name = row.value(u"name"_s).toString();
    p.enterprise = row.value(u"enterprise"_s).toString();
    p.st = row.value(u"st"_s).toInt();
    if (const QString pw = row.value(u"pw"_s).toString(); !pw.isEmpty())
      p.password = pw;
    for (const QString &code : row.value(u"pollutants"_s).toString().split(u';', Qt::SkipEmptyParts))
      p.pollutants.append(code.trimmed());
    for (const QString &entry : row.value(u"limits"_s).toString().split(u';', Qt::SkipEmptyParts)) {
      const qsizetype equals = entry.indexOf(u'=');
      if (equals <= 0)
        continue;
      if (const auto limit = PollutantLimit::parse(QStringView(entry).sliced(equals + 1).trimmed()))
        p.limits.insert(entry.first(equals).trimmed(), *limit);
    }
    if (!p.mn.isEmpty())
      points.insert(p.mn, std::move(p));
  }
  // Passwords kept apart from the map layer, so that no map or table shows them.
  for (const QVariantMap &row : rows(*dataset, u"hj212_credentials"_s)) {
    const auto it = points.find(row.value(u"mn"_s).toString().trimmed());
    if (const QString pw = row.value(u"pw"_s).toString(); it != points.end() && !pw.isEmpty())
      it->password = pw;
  }
  for (MonitoringPoint &point : points)
    catalog->addMonitoringPoint(std::move(point));
  return catalog;
}

} // namespace rc
