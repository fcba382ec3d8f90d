#include "ops/EventTimelineModel.h"

#include "data/IsoDateTime.h"
#include "map/VectorLayer.h"

#include <QtConcurrent/QtConcurrentRun>

namespace rc {

EventTimelineModel::EventTimelineModel(QObject *parent) : QObject(parent)
{
  m_timer.setInterval(kTickMs);
  connect(&m_timer, &QTimer::timeout, this, &EventTimelineModel::advance);
}

EventTimelineModel::~EventTimelineModel()
{
  // Workers keep their own copies of what they read; nothing of this object is touched by them.
  if (m_watcher)
    m_watcher->disconnect(this);
  if (m_indexWatcher)
    m_indexWatcher->disconnect(this);
}

void EventTimelineModel::setLayer(VectorLayer *layer)
{
  if (layer == m_layer)
    return;
  if (m_layer) {
    m_layer->disconnect(this);
    m_layer->setSubset(nullptr);
  }
  m_layer = layer;
  m_index.reset();
  m_shown = 0;
  if (m_layer) {
    connect(m_layer, &VectorLayer::loaded, this, &EventTimelineModel::buildIndex);
    buildIndex();
  }
}

void EventTimelineModel::setActive(bool active)
{
  if (active == m_active)
    return;
  m_active = active;
  if (!m_active) {
    pause();
    if (m_layer)
      m_layer->setSubset(nullptr);
  } else {
    requestWindow();
  }
  emit activeChanged(m_active);
}

void EventTimelineModel::buildIndex()
{
  m_index.reset();
  if (!m_layer || m_layer->state() != MapLayer::State::Ready)
    return;
  if (m_indexWatcher)
    m_indexWatcher->disconnect(this);
  m_indexWatcher = std::make_unique<QFutureWatcher<std::shared_ptr<const EventTimelineIndex>>>();
  connect(m_indexWatcher.get(), &QFutureWatcherBase::finished, this, &EventTimelineModel::onIndexBuilt);
  m_indexWatcher->setFuture(QtConcurrent::run(
      [store = m_layer->features()] { return store ? EventTimelineIndex::build(*store) : nullptr; }));
}

void EventTimelineModel::onIndexBuilt()
{
  m_index = m_indexWatcher->result();
  m_indexWatcher.release()->deleteLater();
  if (m_index && !m_class.isEmpty() && !m_index->classes().contains(m_class))
    m_class.clear();
  if (m_index && m_index->timedCount() > 0) {
    const QDateTime first = QDateTime::fromMSecsSinceEpoch(m_index->firstMs(), beijingTime());
    const QDateTime last = QDateTime::fromMSecsSinceEpoch(m_index->lastMs(), beijingTime());
    setRange(first.date().startOfDay(beijingTime()),
             last.addSecs(-(last.time().minute() * 60 + last.time().second())));
  }
  emit indexReady();
  emit changed();
  requestWindow();
}

void EventTimelineModel::setRange(const QDateTime &first, const QDateTime &last)
{
  m_first = first.toTimeZone(beijingTime());
  m_last = std::max(m_first, last.toTimeZone(beijingTime()));
  const bool inside = m_start.isValid() && m_start >= m_first && m_start <= m_last;
  const QDateTime start = inside ? m_start : m_first;
  m_start = {}; // so that setStart() applies and announces the start in the new range
  setStart(start);
}

void EventTimelineModel::setStart(const QDateTime &start)
{
  if (!m_first.isValid()) {
    m_start = start.toTimeZone(beijingTime()); // kept for the range the index brings
    return;
  }
  QDateTime clamped = std::clamp(start.toTimeZone(beijingTime()), m_first, m_last);
  clamped = m_first.addSecs(m_first.secsTo(clamped) / 3600 * 3600);
  if (clamped == m_start)
    return;
  m_start = clamped;
  emit changed();
  requestWindow();
}

QDateTime EventTimelineModel::end() const
{
  switch (m_window) {
  case Window::Hour:
    return m_start.addSecs(3600);
  case Window::Day:
    return m_start.addDays(1);
  case Window::Week:
    return m_start.addDays(7);
  case Window::Month:
    return m_start.addMonths(1);
  }
  return m_start;
}

void EventTimelineModel::setWindow(Window window)
{
  if (window == m_window)
    return;
  m_window = window;
  emit changed();
  requestWindow();
}

void EventTimelineModel::setEventClass(const QString &eventClass)
{
  if (eventClass == m_class)
    return;
  m_class = eventClass;
  emit changed();
  requestWindow();
}

void EventTimelineModel::setStepHours(int hours)
{
  if (hours < 1 || hours == m_stepHours)
    return;
  m_stepHours = hours;
  emit changed();
}

void EventTimelineModel::play()
{
  if (m_timer.isActive())
    return;
  if (m_start >= m_last)
    setStart(m_first);
  setActive(true);
  m_timer.start();
  emit playingChanged(true);
}

void EventTimelineModel::pause()
{
  if (!m_timer.isActive())
    return;
  m_timer.stop();
  emit playingChanged(false);
}

void EventTimelineModel::togglePlaying()
{
  if (m_timer.isActive())
    pause();
  else
    play();
}

void EventTimelineModel::advance()
{
  const QDateTime next = m_start.addSecs(qint64(m_stepHours) * 3600);
  setStart(next);
  if (next >= m_last)
    pause();
}

void EventTimelineModel::requestWindow()
{
  if (!m_active || !m_index || !m_layer || !m_start.isValid())
    return;
  if (m_watcher) {
    m_wanted = true;
    return;
  }
  m_wanted = false;
  m_running = {m_index, m_start.toMSecsSinceEpoch(), end().toMSecsSinceEpoch(), m_class};
  m_watcher = std::make_unique<QFutureWatcher<std::shared_ptr<const std::vector<std::uint32_t>>>>();
  connect(m_watcher.get(), &QFutureWatcherBase::finished, this, &EventTimelineModel::onWindowComputed);
  m_watcher->setFuture(QtConcurrent::run([request = m_running] {
    return std::make_shared<const std::vector<std::uint32_t>>(
        request.index->window(request.fromMs, request.toMs, request.eventClass));
  }));
}

void EventTimelineModel::onWindowComputed()
{
  const auto features = m_watcher->result();
  m_watcher.release()->deleteLater();
  // A window of an index that has since been replaced (the layer reloaded) is not applied.
  if (m_active && m_layer && m_running.index == m_index) {
    m_shown = features->size();
    m_shownClass = m_running.eventClass;
    m_layer->setSubset(features);
    emit windowApplied(QDateTime::fromMSecsSinceEpoch(m_running.fromMs, beijingTime()),
                       QDateTime::fromMSecsSinceEpoch(m_running.toMs, beijingTime()), int(m_shown));
  }
  if (m_wanted)
    requestWindow();
}

} // namespace rc
