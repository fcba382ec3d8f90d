#pragma once

#include "map/VectorLayer.h"
#include "ops/EventTimelineIndex.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <vector>

namespace rc {

/// The event map's time window: a window (hour, day, week or month) starting at a chosen time of
/// the events' span, and an event class; the events layer then draws only the events reported in
/// the window (heatmap and points alike, through VectorLayer::setSubset). Playing moves the window
/// by a step each tick: hour steps show the daily rhythm, day and week steps the seasons. The time
/// index is built on a worker when the layer loads and every window is computed on a worker too;
/// while one is computed, newer requests coalesce into one, so a fast playback skips frames rather
/// than stalling. The time slider (widgets/ops/EventTimeline) shows it; the grid choropleth
/// (GridWindowUpdater) follows it. GUI thread object.
class EventTimelineModel : public QObject
{
  Q_OBJECT

public:
  enum class Window { Hour, Day, Week, Month };

  explicit EventTimelineModel(QObject *parent = nullptr);
  ~EventTimelineModel() override;

  /// The layer to filter (reported_at and class fields); its subset is cleared when another is set.
  void setLayer(VectorLayer *layer);
  [[nodiscard]] VectorLayer *layer() const { return m_layer; }
  [[nodiscard]] std::shared_ptr<const EventTimelineIndex> index() const { return m_index; }

  /// Whether the layer is filtered at all; off, it shows every event.
  void setActive(bool active);
  [[nodiscard]] bool isActive() const { return m_active; }

  /// The span the window's start may take: from the first event's midnight to the last event's
  /// hour once the index is built, Beijing time.
  void setRange(const QDateTime &first, const QDateTime &last);
  [[nodiscard]] QDateTime first() const { return m_first; }
  [[nodiscard]] QDateTime last() const { return m_last; }
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
  [[nodiscard]] int stepHours() const { return m_stepHours; }
  void setStepHours(int hours);
  [[nodiscard]] bool isPlaying() const { return m_timer.isActive(); }
  /// An index build or a window is being computed, or one is waiting.
  [[nodiscard]] bool isBusy() const { return m_watcher != nullptr || m_indexWatcher != nullptr; }
  /// Events in the window last applied to the layer.
  [[nodiscard]] std::size_t shownCount() const { return m_shown; }
  /// The class of the window last applied (empty: every class); eventClass() may already be the
  /// next one.
  [[nodiscard]] QString shownClass() const { return m_shownClass; }

  static constexpr int kTickMs = 100;

public slots:
  void play();
  void pause();
  void togglePlaying();

signals:
  /// The index of a newly loaded layer is ready (its classes and span are known).
  void indexReady();
  /// Range, start, window, class or step changed: what the slider shows.
  void changed();
  /// The layer now shows `count` events: those of the window [from, to).
  void windowApplied(const QDateTime &from, const QDateTime &to, int count);
  /// Switched on or off; off, the layer shows every event.
  void activeChanged(bool active);
  void playingChanged(bool playing);

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

  QPointer<VectorLayer> m_layer;
  std::shared_ptr<const EventTimelineIndex> m_index;
  bool m_active = true;
  QDateTime m_first, m_last, m_start;
  Window m_window = Window::Day;
  QString m_class;
  int m_stepHours = 1;
  std::size_t m_shown = 0;
  QString m_shownClass;
  bool m_wanted = false;
  Request m_running;
  std::unique_ptr<QFutureWatcher<std::shared_ptr<const EventTimelineIndex>>> m_indexWatcher;
  std::unique_ptr<QFutureWatcher<std::shared_ptr<const std::vector<std::uint32_t>>>> m_watcher;
  QTimer m_timer;
};

} // namespace rc
