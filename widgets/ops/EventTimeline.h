#pragma once

#include "ops/EventTimelineIndex.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace rc {

class VectorLayer;

/// The time slider of the event map: a window (hour, day, week or month) starting at a chosen
/// time of the event year, and an event class; the events layer then draws only the events
/// reported in the window (heatmap and points alike, through VectorLayer::setSubset). Playing
/// moves the window by a step each tick: hour steps show the daily rhythm, day and week steps the
/// seasons. The time index is built on a worker when the layer loads and every window is computed
/// on a worker too; while one is computed, newer requests coalesce into one, so a fast playback
/// skips frames rather than stalling the window. GUI thread; sits in a toolbar.
class EventTimeline : public QWidget
{
  Q_OBJECT

public:
  enum class Window { Hour, Day, Week, Month };

  explicit EventTimeline(QWidget *parent = nullptr);
  ~EventTimeline() override;

  /// The layer to filter (reported_at and class fields); its subset is cleared when another is set.
  void setLayer(VectorLayer *layer);
  [[nodiscard]] VectorLayer *layer() const { return m_layer; }
  [[nodiscard]] std::shared_ptr<const EventTimelineIndex> index() const { return m_index; }

  /// Whether the layer is filtered at all; off, it shows every event.
  void setActive(bool active);
  [[nodiscard]] bool isActive() const { return m_active; }

  /// The span the slider covers (local days of the demo's event year by default).
  void setRange(const QDateTime &first, const QDateTime &last);
  [[nodiscard]] QDateTime start() const { return m_start; }
  /// Moves the window's start (clamped to the range, whole hours).
  void setStart(const QDateTime &start);
  /// The end of the window, exclusive.
  [[nodiscard]] QDateTime end() const;
  [[nodiscard]] Window window() const { return m_window; }
  void setWindow(Window window);
  /// Empty: every class.
  [[nodiscard]] QString eventClass() const { return m_class; }
  void setEventClass(const QString &eventClass);
  /// Hours the window moves per tick while playing.
  [[nodiscard]] int stepHours() const;
  void setStepHours(int hours);
  [[nodiscard]] bool isPlaying() const { return m_timer.isActive(); }
  /// An index build or a window is being computed, or one is waiting.
  [[nodiscard]] bool isBusy() const { return m_watcher != nullptr || m_indexWatcher != nullptr; }
  /// Events in the window last applied to the layer.
  [[nodiscard]] std::size_t shownCount() const { return m_shown; }
  /// The class of the window last applied (empty: every class); the combo box may already show
  /// the next one.
  [[nodiscard]] QString shownClass() const { return m_shownClass; }

  static constexpr int kTickMs = 100;

public slots:
  void play();
  void pause();
  void togglePlaying();

signals:
  /// The index of a newly loaded layer is ready (the class list is filled).
  void indexReady();
  /// The layer now shows `count` events: those of the window [from, to).
  void windowApplied(const QDateTime &from, const QDateTime &to, int count);
  /// Switched on or off; off, the layer shows the whole year.
  void activeChanged(bool active);
  void playingChanged(bool playing);

protected:
  void changeEvent(QEvent *event) override;

private:
  struct Request
  {
    std::shared_ptr<const EventTimelineIndex> index;
    qint64 fromMs = 0, toMs = 0;
    QString eventClass;
  };
  void buildIndex();
  void onIndexBuilt();
  /// Computes the window on a worker, or marks it wanted when one is under way.
  void requestWindow();
  void onWindowComputed();
  void advance();
  void syncControls();
  void retranslate();

  QPointer<VectorLayer> m_layer;
  std::shared_ptr<const EventTimelineIndex> m_index;
  bool m_active = true;
  QDateTime m_first, m_last, m_start;
  Window m_window = Window::Day;
  QString m_class;
  std::size_t m_shown = 0;
  QString m_shownClass;
  bool m_wanted = false;
  Request m_running;
  std::unique_ptr<QFutureWatcher<std::shared_ptr<const EventTimelineIndex>>> m_indexWatcher;
  std::unique_ptr<QFutureWatcher<std::shared_ptr<const std::vector<std::uint32_t>>>> m_watcher;
  QToolButton *m_play;
  QSlider *m_slider;
  QLabel *m_label;
  QComboBox *m_windowBox;
  QComboBox *m_classBox;
  QComboBox *m_stepBox;
  QTimer m_timer;
};

} // namespace rc
