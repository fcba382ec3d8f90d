#include "live/TimeSlider.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

constexpr double kSpeeds[] = {1, 3, 6, 12, 24};

} // namespace

TimeSlider::TimeSlider(QWidget *parent)
    : QWidget(parent), m_play(new QToolButton), m_slider(new QSlider(Qt::Horizontal)), m_label(new QLabel),
      m_speed(new QComboBox)
{
  setObjectName(u"timeSlider"_s);
  m_play->setAutoRaise(true);
  m_slider->setMinimumWidth(240);
  m_slider->setEnabled(false);
  m_label->setMinimumWidth(m_label->fontMetrics().horizontalAdvance(u"0000/00/00 00:00"_s) + 8);
  for (double speed : kSpeeds)
    m_speed->addItem({}, speed);
  m_speed->setCurrentIndex(2);

  auto *layout = new QHBoxLayout(this);
  layout->setContentsMargins(2, 0, 2, 0);
  layout->addWidget(m_play);
  layout->addWidget(m_slider, 1);
  layout->addWidget(m_label);
  layout->addWidget(m_speed);

  // Ten steps a second: smooth enough on the map, and each step is one small worker query.
  m_timer.setInterval(100);
  connect(&m_timer, &QTimer::timeout, this, &TimeSlider::advance);
  connect(m_play, &QToolButton::clicked, this, &TimeSlider::togglePlaying);
  connect(m_slider, &QSlider::valueChanged, this, [this](int minutes) {
    if (m_first.isValid())
      setTime(m_first.addSecs(qint64(minutes) * 60));
  });
  retranslate();
}

void TimeSlider::setRange(const QDateTime &first, const QDateTime &last)
{
  if (!first.isValid() || !last.isValid() || last < first)
    return;
  m_first = first;
  m_last = last;
  {
    const QSignalBlocker blocker(m_slider);
    m_slider->setRange(0, int(first.secsTo(last) / 60));
    m_slider->setSingleStep(60);
    m_slider->setPageStep(24 * 60);
  }
  m_slider->setEnabled(true);
  setTime(m_time.isValid() ? m_time : first);
}

void TimeSlider::setTime(const QDateTime &time)
{
  if (!m_first.isValid() || !time.isValid())
    return;
  QDateTime clamped = std::clamp(time, m_first, m_last);
  clamped = m_first.addSecs(m_first.secsTo(clamped) / 60 * 60);
  if (clamped == m_time)
    return;
  m_time = clamped;
  {
    const QSignalBlocker blocker(m_slider);
    m_slider->setValue(int(m_first.secsTo(m_time) / 60));
  }
  updateLabel();
  emit timeChanged(m_time);
}

double TimeSlider::speed() const
{
  return m_speed->currentData().toDouble();
}

void TimeSlider::setSpeed(double hoursPerSecond)
{
  const int index = m_speed->findData(hoursPerSecond);
  if (index >= 0)
    m_speed->setCurrentIndex(index);
}

void TimeSlider::play()
{
  if (!m_first.isValid() || isPlaying())
    return;
  if (m_time >= m_last)
    setTime(m_first);
  m_clock.start();
  m_timer.start();
  retranslate();
  emit playingChanged(true);
}

void TimeSlider::pause()
{
  if (!isPlaying())
    return;
  m_timer.stop();
  retranslate();
  emit playingChanged(false);
}

void TimeSlider::togglePlaying()
{
  isPlaying() ? pause() : play();
}

void TimeSlider::advance()
{
  // Whole minutes of history for the real time that passed; the remainder carries to the next step.
  const qint64 elapsedMs = m_clock.elapsed();
  const qint64 minutes = qint64(double(elapsedMs) * speed() * 60.0 / 1000.0);
  if (minutes <= 0)
    return;
  m_clock.restart();
  setTime(m_time.addSecs(minutes * 60));
  if (m_time >= m_last)
    pause();
}

void TimeSlider::updateLabel()
{
  m_label->setText(m_time.isValid() ? QLocale().toString(m_time.toLocalTime(), QLocale::ShortFormat)
                                    : QString());
}

void TimeSlider::retranslate()
{
  m_play->setIcon(style()->standardIcon(isPlaying() ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
  m_play->setToolTip(isPlaying() ? tr("Pause the replay") : tr("Play the history"));
  m_slider->setToolTip(tr("Time of the replay"));
  m_speed->setToolTip(tr("Replay speed"));
  for (int i = 0; i < m_speed->count(); ++i)
    m_speed->setItemText(i, tr("%1 h/s").arg(m_speed->itemData(i).toDouble()));
  updateLabel();
}

void TimeSlider::changeEvent(QEvent *event)
{
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QWidget::changeEvent(event);
}

} // namespace rc
