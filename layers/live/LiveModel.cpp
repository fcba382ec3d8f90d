#include "live/LiveModel.h"

#include "live/LevelState.h"

#include <QTimeZone>

namespace rc {

namespace {

constexpr qint64 kRateWindowMs = 5000;

} // namespace

LiveModel::LiveModel(QObject *parent) : QObject(parent) {}

void LiveModel::start(std::shared_ptr<const StationCatalog> catalog, const QList<Alarm> &alarms)
{
  m_running = true;
  m_catalog = std::move(catalog);
  m_stations.clear();
  m_points.clear();
  QSet<QString> points;
  setAlarms(alarms, points);
  emit started();
  emit alarmsReplaced(m_alarms);
  if (!points.isEmpty())
    emit pointsChanged(points);
}

void LiveModel::stop()
{
  m_running = false;
  m_feeds.clear();
  m_deliveries.clear();
  emit stopped();
}

void LiveModel::addReadings(const ReadingBatch &batch)
{
  const QDateTime now = QDateTime::currentDateTimeUtc();
  m_deliveries.enqueue({now, qint64(batch.size())});
  while (!m_deliveries.isEmpty() && m_deliveries.head().first.msecsTo(now) > kRateWindowMs)
    m_deliveries.dequeue();

  QSet<QString> stations, points;
  if (m_catalog) {
    for (const HydroReading &r : batch.hydro) {
      const HydroStation *station = m_catalog->station(r.stcd);
      if (!station)
        continue;
      StationState state{r.stcd, r.tm, {}, {}, {}, {}};
      switch (r.table) {
      case HydroTable::River:
        state.z = r.z;
        state.wrz = station->wrz;
        state.grz = station->grz;
        break;
      case HydroTable::Tide:
        state.z = r.tdz;
        state.wrz = station->wrz;
        state.grz = station->grz;
        break;
      case HydroTable::Reservoir:
        state.z = r.rz;
        state.wrz = station->floodLimitOn(r.tm.toTimeZone(QTimeZone(8 * 3600)).date());
        break;
      case HydroTable::Rainfall:
        break;
      }
      if (!state.z)
        continue;
      // Feeds may deliver out of order; the newest counts.
      const auto known = m_stations.constFind(r.stcd);
      if (known != m_stations.constEnd() && known->tm > r.tm)
        continue;
      state.state = levelState(*state.z, state.wrz, state.grz);
      m_stations.insert(r.stcd, state);
      stations.insert(r.stcd);
    }
    for (const PollutantReading &r : batch.pollutants) {
      const MonitoringPoint *point = m_catalog->monitoringPoint(r.mn);
      if (!point)
        continue;
      PointState &state = m_points[r.mn];
      state.heard = true;
      const auto value = r.value();
      const auto limit = point->limits.constFind(r.code);
      const bool over = (r.flag && *r.flag == Hj212DataFlag::OverLimit) ||
                        (value && limit != point->limits.constEnd() && limit->exceededBy(*value));
      if (over)
        state.overLimit.insert(r.code);
      else
        state.overLimit.remove(r.code);
      points.insert(r.mn);
    }
  }
  emit readingsAdded(batch);
  if (!stations.isEmpty())
    emit stationsChanged(stations);
  if (!points.isEmpty())
    emit pointsChanged(points);
}

void LiveModel::addAlarm(const Alarm &alarm)
{
  keepAlarm(alarm);
  emit alarmRaised(alarm);
}

void LiveModel::updateAlarm(const Alarm &alarm)
{
  keepAlarm(alarm);
  emit alarmChanged(alarm);
}

void LiveModel::replaceAlarms(const QList<Alarm> &alarms)
{
  QSet<QString> points;
  setAlarms(alarms, points);
  emit alarmsReplaced(m_alarms);
  if (!points.isEmpty())
    emit pointsChanged(points);
}

void LiveModel::setAlarms(const QList<Alarm> &alarms, QSet<QString> &changedPoints)
{
  m_alarms = alarms;
  m_alarmRows.clear();
  for (qsizetype row = 0; row < m_alarms.size(); ++row)
    m_alarmRows.insert(m_alarms[row].id, row);
  for (const Alarm &alarm : alarms)
    noteSilence(alarm, changedPoints);
}

void LiveModel::keepAlarm(const Alarm &alarm)
{
  if (const auto row = m_alarmRows.constFind(alarm.id); row != m_alarmRows.constEnd()) {
    m_alarms[*row] = alarm;
  } else {
    m_alarmRows.insert(alarm.id, m_alarms.size());
    m_alarms.append(alarm);
  }
  QSet<QString> points;
  noteSilence(alarm, points);
  if (!points.isEmpty())
    emit pointsChanged(points);
}

void LiveModel::noteSilence(const Alarm &alarm, QSet<QString> &changedPoints)
{
  if (alarm.rule != AlarmRule::SensorSilent || !m_catalog || !m_catalog->monitoringPoint(alarm.source))
    return;
  m_points[alarm.source].silent = alarm.isOpen() && alarm.conditionActive;
  changedPoints.insert(alarm.source);
}

void LiveModel::setFeedStatus(const FeedStatus &status)
{
  m_feeds.insert(status.name, status);
  emit feedStatusChanged(status);
}

void LiveModel::setSites(const QHash<QString, AlarmSite> &sites)
{
  m_sites = sites;
  emit sitesChanged();
}

std::optional<StationState> LiveModel::station(const QString &stcd) const
{
  const auto known = m_stations.constFind(stcd);
  return known != m_stations.constEnd() ? std::optional(*known) : std::nullopt;
}

std::optional<PointStatus> LiveModel::pointStatus(const QString &mn) const
{
  const auto known = m_points.constFind(mn);
  if (known == m_points.constEnd())
    return std::nullopt;
  if (known->silent)
    return PointStatus::Offline;
  if (!known->overLimit.isEmpty())
    return PointStatus::OverLimit;
  if (known->heard)
    return PointStatus::Online;
  return std::nullopt;
}

double LiveModel::readingsPerSecond() const
{
  const QDateTime now = QDateTime::currentDateTimeUtc();
  qint64 count = 0;
  for (const auto &[at, n] : m_deliveries)
    if (at.msecsTo(now) <= kRateWindowMs)
      count += n;
  return double(count) * 1000.0 / double(kRateWindowMs);
}

} // namespace rc
