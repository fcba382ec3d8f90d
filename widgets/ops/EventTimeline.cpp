#include "ops/EventTimeline.h"

#include "ops/EventTimelineModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace rc {

EventTimeline::EventTimeline(EventTimelineModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_play(new QToolButton(this)),
      m_slider(new QSlider(Qt::Horizontal, this)), m_label(new QLabel(this)),
      m_windowBox(new QComboBox(this)), m_classBox(new QComboBox(this)), m_stepBox(new QComboBox(this))
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
  m_classBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  for (int hours : {1, 6, 24, 168})
    m_stepBox->addItem(QString(), hours);

  connect(m_play, &QToolButton::clicked, m_model, &EventTimelineModel::togglePlaying);
  connect(m_slider, &QSlider::valueChanged, m_model,
          [this](int hours) { m_model->setStart(m_model->first().addSecs(qint64(hours) * 3600)); });
  connect(m_windowBox, &QComboBox::activated, m_model,
          [this](int row) { m_model->setWindow(EventTimelineModel::Window(row)); });
  connect(m_classBox, &QComboBox::activated, m_model,
          [this](int row) { m_model->setEventClass(row <= 0 ? QString() : m_classBox->itemText(row)); });
  connect(m_stepBox, &QComboBox::activated, m_model,
          [this](int row) { m_model->setStepHours(m_stepBox->itemData(row).toInt()); });
  connect(m_model, &EventTimelineModel::indexReady, this, &EventTimeline::fillClasses);
  connect(m_model, &EventTimelineModel::changed, this, &EventTimeline::syncControls);
  connect(m_model, &EventTimelineModel::playingChanged, m_play, &QToolButton::setChecked);

  fillClasses();
  retranslate();
}

void EventTimeline::fillClasses()
{
  m_classBox->clear();
  m_classBox->addItem(tr("All classes"));
  if (m_model->index())
    m_classBox->addItems(m_model->index()->classes());
  syncControls();
}

void EventTimeline::syncControls()
{
  {
    const QSignalBlocker block(m_slider);
    m_slider->setRange(0, int(m_model->first().secsTo(m_model->last()) / 3600));
    m_slider->setValue(int(m_model->first().secsTo(m_model->start()) / 3600));
  }
  m_windowBox->setCurrentIndex(int(m_model->window()));
  const QString eventClass = m_model->eventClass();
  m_classBox->setCurrentIndex(eventClass.isEmpty() ? 0 : std::max(0, m_classBox->findText(eventClass)));
  m_stepBox->setCurrentIndex(std::max(0, m_stepBox->findData(m_model->stepHours())));
  m_play->setChecked(m_model->isPlaying());
  const QString format =
      m_model->window() == EventTimelineModel::Window::Hour ? u"yyyy-MM-dd HH:mm"_s : u"yyyy-MM-dd HH:00"_s;
  m_label->setText(m_model->start().isValid()
                       ? tr("%1 – %2").arg(m_model->start().toString(format), m_model->end().toString(format))
                       : QString());
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
  m_windowBox->setItemText(int(EventTimelineModel::Window::Hour), tr("Hour"));
  m_windowBox->setItemText(int(EventTimelineModel::Window::Day), tr("Day"));
  m_windowBox->setItemText(int(EventTimelineModel::Window::Week), tr("Week"));
  m_windowBox->setItemText(int(EventTimelineModel::Window::Month), tr("Month"));
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
