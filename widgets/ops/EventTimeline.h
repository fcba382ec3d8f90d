#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace rc {

class EventTimelineModel;

/// The time slider of the event map: shows an EventTimelineModel (its window, class, step and start)
/// and forwards what the operator changes to it. Sits in a toolbar; GUI thread.
class EventTimeline : public QWidget
{
  Q_OBJECT

public:
  /// Shows `model`, which outlives the widget.
  explicit EventTimeline(EventTimelineModel *model, QWidget *parent = nullptr);

  [[nodiscard]] EventTimelineModel *model() const { return m_model; }

protected:
  void changeEvent(QEvent *event) override;

private:
  void fillClasses();
  void syncControls();
  void retranslate();

  EventTimelineModel *m_model;
  QToolButton *m_play;
  QSlider *m_slider;
  QLabel *m_label;
  QComboBox *m_windowBox;
  QComboBox *m_classBox;
  QComboBox *m_stepBox;
};

} // namespace rc
