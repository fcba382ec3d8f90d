#include "live/AlarmEngine.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

Q_LOGGING_CATEGORY(lcAlarm, "rc.live.alarm")

} // namespace

AlarmEngine::AlarmEngine(std::unique_ptr<AlarmStore> store, std::shared_ptr<const StationCatalog> catalog,
                         const AlarmPolicy &policy, QObject *parent)
    : QObject(parent), m_store(std::move(store)), m_catalog(catalog), m_policy(policy),
      m_rules(std::move(catalog), policy)
{}

AlarmEngine::~AlarmEngine() = default;

void AlarmEngine::restore()
{
  for (Alarm &alarm : m_store->openAlarms())
    m_open.insert(alarm.key(), alarm);
}

void AlarmEngine::evaluate(const HydroReading &reading, const QDateTime &receivedAt)
{
  heard(reading.stcd, receivedAt);
  m_scratch.clear();
  m_rules.judge(reading, m_scratch);
  for (const AlarmCondition &condition : std::as_const(m_scratch))
    apply(condition, receivedAt);
}

void AlarmEngine::evaluate(const PollutantReading &reading, const QDateTime &receivedAt)
{
  heard(reading.mn, receivedAt);
  m_scratch.clear();
  m_rules.judge(reading, m_scratch);
  for (const AlarmCondition &condition : std::as_const(m_scratch))
    apply(condition, receivedAt);
}

void AlarmEngine::heard(const QString &source, const QDateTime &receivedAt)
{
  m_lastHeard[source] = receivedAt;
  if (m_open.contains(Alarm::alarmKey(AlarmRule::SensorSilent, source, {})))
    apply({AlarmRule::SensorSilent, source, {}, AlarmSeverity::Warning, false, 0, 0}, receivedAt);
}

void AlarmEngine::apply(const AlarmCondition &c, const QDateTime &at)
{
  const QString key = Alarm::alarmKey(c.rule, c.source, c.parameter);
  const auto found = m_open.find(key);
  if (found == m_open.end()) {
    if (!c.active)
      return;
    Alarm alarm;
    alarm.rule = c.rule;
    alarm.source = c.source;
    alarm.parameter = c.parameter;
    alarm.severity = c.severity;
    alarm.value = alarm.peak = c.value;
    alarm.threshold = c.threshold;
    alarm.raisedAt = at;
    persist(m_open.insert(key, alarm).value(), {{0, AlarmEvent::Raised, at, {}, {}, c.value}}, true);
    return;
  }

  Alarm &alarm = *found;
  alarm.value = c.value;
  if (c.active) {
    alarm.threshold = c.threshold;
    alarm.peak = c.value > alarm.threshold ? std::max(alarm.peak, c.value) : std::min(alarm.peak, c.value);
    if (!alarm.conditionActive) {
      alarm.conditionActive = true;
      alarm.normalSince = {};
      persist(alarm, {{alarm.id, AlarmEvent::ActiveAgain, at, {}, {}, c.value}}, false);
    }
    return;
  }
  if (!alarm.conditionActive)
    return;
  if (alarm.state == AlarmState::Acknowledged) {
    alarm.conditionActive = false;
    alarm.normalSince = at;
    alarm.state = AlarmState::Cleared;
    alarm.clearedAt = at;
    Alarm cleared = alarm;
    m_open.erase(found);
    persist(cleared, {{cleared.id, AlarmEvent::Cleared, at, {}, {}, c.value}}, false);
    return;
  }
  alarm.conditionActive = false;
  alarm.normalSince = at;
  persist(alarm, {{alarm.id, AlarmEvent::ReturnedToNormal, at, {}, {}, c.value}}, false);
}

bool AlarmEngine::persist(Alarm &alarm, const QList<AlarmLogEntry> &entries, bool raised)
{
  bool saved = true;
  try {
    m_store->save(alarm, entries);
  } catch (const sqlite::Error &e) {
    // The alarm is shown all the same; the write is tried again at the next tick.
    qCCritical(lcAlarm).noquote() << e.message();
    m_unsaved.append({alarm.key(), entries});
    saved = false;
  }
  if (raised)
    emit alarmRaised(alarm);
  else
    emit alarmChanged(alarm);
  return saved;
}

void AlarmEngine::tick(const QDateTime &now)
{
  if (!m_unsaved.isEmpty()) {
    const auto unsaved = std::exchange(m_unsaved, {});
    for (const auto &[key, entries] : unsaved) {
      const auto found = m_open.find(key);
      if (found == m_open.end())
        continue;
      try {
        m_store->save(*found, entries);
      } catch (const sqlite::Error &e) {
        qCCritical(lcAlarm).noquote() << e.message();
        m_unsaved.append({key, entries});
      }
    }
  }

  for (Alarm &alarm : m_open) {
    if (alarm.state != AlarmState::Raised)
      continue;
    const auto interval = alarm.severity == AlarmSeverity::Critical ? m_policy.escalateCriticalAfter
                                                                    : m_policy.escalateWarningAfter;
    const QDateTime since = alarm.escalatedAt.isValid() ? alarm.escalatedAt : alarm.raisedAt;
    if (interval.count() > 0 && since.secsTo(now) >= interval.count()) {
      ++alarm.escalationLevel;
      alarm.escalatedAt = now;
      persist(alarm, {{alarm.id, AlarmEvent::Escalated, now, {}, {}, alarm.value}}, false);
    }
  }

  if (m_policy.silentAfter.count() <= 0)
    return;
  const auto watch = [&](const QString &source) {
    auto last = m_lastHeard.find(source);
    if (last == m_lastHeard.end())
      last = m_lastHeard.insert(source, now);
    const qint64 silentSeconds = last->secsTo(now);
    if (silentSeconds >= m_policy.silentAfter.count())
      apply({AlarmRule::SensorSilent,
             source,
             {},
             AlarmSeverity::Warning,
             true,
             silentSeconds / 60.0,
             m_policy.silentAfter.count() / 60.0},
            now);
  };
  for (const HydroStation *station : m_catalog->stations())
    watch(station->stcd);
  for (const MonitoringPoint *point : m_catalog->monitoringPoints())
    watch(point->mn);
}

bool AlarmEngine::acknowledge(qint64 id, const QString &by, const QString &note, const QDateTime &at)
{
  const auto found = std::find_if(m_open.begin(), m_open.end(), [id](const Alarm &a) { return a.id == id; });
  if (id == 0 || found == m_open.end() || found->state != AlarmState::Raised)
    return false;
  Alarm changed = *found;
  changed.state = AlarmState::Acknowledged;
  changed.acknowledgedBy = by;
  changed.acknowledgedAt = at;
  changed.acknowledgementNote = note;
  QList<AlarmLogEntry> entries{{id, AlarmEvent::Acknowledged, at, by, note, changed.value}};
  if (!changed.conditionActive) {
    changed.state = AlarmState::Cleared;
    changed.clearedAt = at;
    entries.append({id, AlarmEvent::Cleared, at, {}, {}, changed.value});
  }
  try {
    m_store->save(changed, entries);
  } catch (const sqlite::Error &e) {
    qCCritical(lcAlarm).noquote() << e.message();
    return false;
  }
  if (changed.isOpen())
    *found = changed;
  else
    m_open.erase(found);
  emit alarmChanged(changed);
  return true;
}

QList<Alarm> AlarmEngine::openAlarms() const
{
  QList<Alarm> alarms = m_open.values();
  std::sort(alarms.begin(), alarms.end(),
            [](const Alarm &a, const Alarm &b) { return a.raisedAt < b.raisedAt; });
  return alarms;
}

const Alarm *AlarmEngine::openAlarm(AlarmRule rule, const QString &source, const QString &parameter) const
{
  const auto found = m_open.constFind(Alarm::alarmKey(rule, source, parameter));
  return found == m_open.constEnd() ? nullptr : &*found;
}

} // namespace rc
