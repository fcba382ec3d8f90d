#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace rc {

/// The replay control: a time within the history's range, picked on a slider or played forward at
/// a chosen speed (history hours per second). Emits timeChanged() for every step; what the time
/// means is up to the listener (HistoryReplay colours the stations by it). Keeps no data and does
/// no work per step beyond the signal. GUI thread; sits in a toolbar.
class TimeSlider : public QWidget
{
  Q_OBJECT

public:
  explicit TimeSlider(QWidget *parent = nullptr);

  /// The span that can be replayed; the time is kept inside it.
  void setRange(const QDateTime &first, const QDateTime &last);
  [[nodiscard]] QDateTime first() const { return m_first; }
  [[nodiscard]] QDateTime last() const { return m_last; }
  [[nodiscard]] QDateTime time() const { return m_time; }
  /// Moves to `time` (clamped to the range, whole minutes); timeChanged() when it moved.
  void setTime(const QDateTime &time);

  [[nodiscard]] bool isPlaying() const { return m_timer.isActive(); }
  /// History hours played per second of real time.
  [[nodiscard]] double speed() const;
  void setSpeed(double hoursPerSecond);

public slots:
  void play();
  void pause();
  void togglePlaying();

signals:
  void timeChanged(const QDateTime &time);
  void playingChanged(bool playing);

protected:
  void changeEvent(QEvent *event) override;

private:
  void advance();
  void updateLabel();
  void retranslate();

  QDateTime m_first, m_last, m_time;
  QToolButton *m_play;
  QSlider *m_slider;
  QLabel *m_label;
  QComboBox *m_speed;
  QTimer m_timer;
  QElapsedTimer m_clock; ///< real time since the last step, so slow frames do not slow the replay
};

} // namespace rc
