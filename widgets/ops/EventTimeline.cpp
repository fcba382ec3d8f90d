#include "ops/EventTimeline.h"

#include "demo/DemoClock.h"
#include "map/VectorLayer.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QTimeZone>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

/// The operations center works in Beijing time, whatever the machine's zone.
QTimeZone beijingTime()
{
  return QTimeZone(int(demo::clock::kBeijingOffset));
}

} // namespace

EventTimeline::EventTimeline(QWidget *parent)
    : QWidget(parent), m_play(new QToolButton(this)), m_slider(new QSlider(Qt::Horizontal, this)),
      m_label(new QLabel(this)), m_windowBox(new QComboBox(this)), m_classBox(new QComboBox(this)),
      m_stepBox(new QComboBox(this))
{
  auto *layout = new QHBoxLayout(this);
  layout->setContentsMargins(2, 0, 2, 0);
  layout->addWidget(m_play);
  layout->addWidget(m_windowBox);
  layout->addWidget(m_classBox);
  layout->addWidget(m_slider, 1);
  layout->addWidget(m_label);
  layout->addWidget(m_stepBox);
  m_play->setCheckable(true);
  m_slider->setMinimumWidth(240);
  m_label->setMinimumWidth(
      m_label->fontMetrics().horizontalAdvance(u"2026-11-30 23:00 – 2026-11-30 23:00"_s));
  for (int i = 0; i < 4; ++i)
    m_windowBox->addItem(QString());
  m_windowBox->setCurrentIndex(int(m_window));
  m_classBox->addItem(QString());
  m_classBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  for (int hours : {1, 6, 24, 168})
    m_stepBox->addItem(QString(), hours);
  m_timer.setInterval(kTickMs);

  connect(&m_timer, &QTimer::timeout, this, &EventTimeline::advance);
  connect(m_play, &QToolButton::clicked, this, &EventTimeline::togglePlaying);
  connect(m_slider, &QSlider::valueChanged, this,
          [this](int hours) { setStart(m_first.addSecs(qint64(hours) * 3600)); });
  connect(m_windowBox, &QComboBox::activated, this, [this](int row) { setWindow(Window(row)); });
  connect(m_classBox, &QComboBox::activated, this,
          [this](int row) { setEventClass(row <= 0 ? QString() : m_classBox->itemText(row)); });

  const QDateTime first = QDateTime::fromSecsSinceEpoch(demo::clock::kEventYearStart, beijingTime());
  setRange(first, first.addDays(demo::clock::kEventYearDays).addSecs(-3600));
  retranslate();
}

EventTimeline::~EventTimeline()
{
  // Workers keep their own copies of what they read; nothing of this object is touched by them.
  if (m_watcher)
    m_watcher->disconnect(this);
  if (m_indexWatcher)
    m_indexWatcher->disconnect(this);
}

void EventTimeline::setLayer(VectorLayer *layer)
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
    connect(m_layer, &VectorLayer::loaded, this, &EventTimeline::buildIndex);
    buildIndex();
  }
}

void EventTimeline::setActive(bool active)
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

void EventTimeline::buildIndex()
{
  m_index.reset();
  if (!m_layer || m_layer->state() != MapLayer::State::Ready)
    return;
  if (m_indexWatcher)
    m_indexWatcher->disconnect(this);
  m_indexWatcher = std::make_unique<QFutureWatcher<std::shared_ptr<const EventTimelineIndex>>>();
  connect(m_indexWatcher.get(), &QFutureWatcherBase::finished, this, &EventTimeline::onIndexBuilt);
  m_indexWatcher->setFuture(QtConcurrent::run(
      [store = m_layer->features()] { return store ? EventTimelineIndex::build(*store) : nullptr; }));
}

void EventTimeline::onIndexBuilt()
{
  m_index = m_indexWatcher->result();
  m_indexWatcher.release()->deleteLater();
  m_classBox->clear();
  m_classBox->addItem(tr("All classes"));
  if (m_index)
    m_classBox->addItems(m_index->classes());
  if (!m_class.isEmpty() && m_classBox->findText(m_class) < 0)
    m_class.clear();
  m_classBox->setCurrentIndex(m_class.isEmpty() ? 0 : m_classBox->findText(m_class));
  emit indexReady();
  requestWindow();
}

void EventTimeline::setRange(const QDateTime &first, const QDateTime &last)
{
  m_first = first.toTimeZone(beijingTime());
  m_last = std::max(m_first, last.toTimeZone(beijingTime()));
  const QSignalBlocker block(m_slider);
  m_slider->setRange(0, int(m_first.secsTo(m_last) / 3600));
  setStart(m_start.isValid() ? m_start : m_first);
  syncControls();
}

void EventTimeline::setStart(const QDateTime &start)
{
  QDateTime clamped = std::clamp(start.toTimeZone(beijingTime()), m_first, m_last);
  clamped = m_first.addSecs(m_first.secsTo(clamped) / 3600 * 3600);
  if (clamped == m_start)
    return;
  m_start = clamped;
  syncControls();
  requestWindow();
}

QDateTime EventTimeline::end() const
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

void EventTimeline::setWindow(Window window)
{
  if (window == m_window)
    return;
  m_window = window;
  syncControls();
  requestWindow();
}

void EventTimeline::setEventClass(const QString &eventClass)
{
  if (eventClass == m_class)
    return;
  m_class = eventClass;
  syncControls();
  requestWindow();
}

int EventTimeline::stepHours() const
{
  return m_stepBox->currentData().toInt();
}

void EventTimeline::setStepHours(int hours)
{
  const int row = m_stepBox->findData(hours);
  if (row >= 0)
    m_stepBox->setCurrentIndex(row);
}

void EventTimeline::play()
{
  if (m_timer.isActive())
    return;
  if (m_start >= m_last)
    setStart(m_first);
  setActive(true);
  m_timer.start();
  m_play->setChecked(true);
  emit playingChanged(true);
}

void EventTimeline::pause()
{
  if (!m_timer.isActive())
    return;
  m_timer.stop();
  m_play->setChecked(false);
  emit playingChanged(false);
}

void EventTimeline::togglePlaying()
{
  if (m_timer.isActive())
    pause();
  else
    play();
}

void EventTimeline::advance()
{
  const QDateTime next = m_start.addSecs(qint64(stepHours()) * 3600);
  setStart(next);
  if (next >= m_last)
    pause();
}

void EventTimeline::requestWindow()
{
  if (!m_active || !m_index || !m_layer)
    return;
  if (m_watcher) {
    m_wanted = true;
    return;
  }
  m_wanted = false;
  m_running = {m_index, m_start.toMSecsSinceEpoch(), end().toMSecsSinceEpoch(), m_class};
  m_watcher = std::make_unique<QFutureWatcher<std::shared_ptr<const std::vector<std::uint32_t>>>>();
  connect(m_watcher.get(), &QFutureWatcherBase::finished, this, &EventTimeline::onWindowComputed);
  m_watcher->setFuture(QtConcurrent::run([request = m_running] {
    return std::make_shared<const std::vector<std::uint32_t>>(
        request.index->window(request.fromMs, request.toMs, request.eventClass));
  }));
}

void EventTimeline::onWindowComputed()
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

void EventTimeline::syncControls()
{
  {
    const QSignalBlocker block(m_slider);
    m_slider->setValue(int(m_first.secsTo(m_start) / 3600));
  }
  m_windowBox->setCurrentIndex(int(m_window));
  const QString format = m_window == Window::Hour ? u"yyyy-MM-dd HH:mm"_s : u"yyyy-MM-dd HH:00"_s;
  m_label->setText(tr("%1 – %2").arg(m_start.toString(format), end().toString(format)));
}

void EventTimeline::changeEvent(QEvent *event)
{
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QWidget::changeEvent(event);
}

void EventTimeline::retranslate()
{
  m_play->setText(tr("Play"));
  m_play->setToolTip(tr("Play the event year: the window moves by the chosen step ten times a second"));
  m_windowBox->setItemText(int(Window::Hour), tr("Hour"));
  m_windowBox->setItemText(int(Window::Day), tr("Day"));
  m_windowBox->setItemText(int(Window::Week), tr("Week"));
  m_windowBox->setItemText(int(Window::Month), tr("Month"));
  m_windowBox->setToolTip(tr("How long a time window the map shows"));
  m_classBox->setItemText(0, tr("All classes"));
  m_classBox->setToolTip(tr("Event class shown"));
  m_stepBox->setItemText(0, tr("1 h per step"));
  m_stepBox->setItemText(1, tr("6 h per step"));
  m_stepBox->setItemText(2, tr("1 day per step"));
  m_stepBox->setItemText(3, tr("1 week per step"));
  m_slider->setToolTip(tr("Start of the time window (Beijing time)"));
}

} // namespace rc
