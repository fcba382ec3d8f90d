#pragma once

#include "map/VectorLayer.h"
#include "style/Symbol.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

namespace rc {

class EventTimelineModel;
class EventTimelineIndex;
class FeatureStore;
class GridEventIndex;

/// Keeps the grids choropleth on the event timeline's window and class while the timeline is on:
/// each applied window is counted per grid on a worker (GridEventIndex over the timeline's subset),
/// written into the grids' window_events column on a copy of the grid store made there too, and
/// the year's choropleth classes are swapped for the window's (GridWindowChoropleth, breaks of the
/// class's year rate scaled to the window). Switched off, the grids get back the store and the
/// style they had, unless someone changed them meanwhile. Like the timeline, one computation runs
/// at a time and newer windows coalesce into one, so playback skips frames rather than stalling.
/// Grids whose style has no year choropleth are left alone. Owned by EventTools; GUI thread.
class GridWindowUpdater : public QObject
{
  Q_OBJECT

public:
  explicit GridWindowUpdater(EventTimelineModel *timeline, QObject *parent = nullptr);
  ~GridWindowUpdater() override;

  void setGridsLayer(VectorLayer *grids);
  [[nodiscard]] VectorLayer *gridsLayer() const { return m_grids; }
  /// The events grouped by grid code, once built for the timeline's events layer.
  [[nodiscard]] std::shared_ptr<const GridEventIndex> eventIndex() const { return m_eventIndex; }
  /// The events store the index was built from.
  [[nodiscard]] std::shared_ptr<const FeatureStore> indexedEvents() const { return m_indexedEvents; }
  /// The grids show a window, not the year.
  [[nodiscard]] bool isShowingWindow() const { return bool(m_yearStore); }
  /// An index build or a window is being computed.
  [[nodiscard]] bool isBusy() const { return m_watcher != nullptr || m_indexWatcher != nullptr; }

signals:
  void eventIndexReady();
  /// The grids now show the window `what` ("2026-07-03 14:00–15:00 市容环境").
  void windowShown(const QString &what);
  /// The grids show the year again.
  void yearRestored();

private:
  struct Result
  {
    std::shared_ptr<const FeatureStore> base, updated;
    std::vector<double> hourlyBreaks, breaks;
    QString eventClass;
    QStringList what; ///< the window (one or two lines), then the class (when one is chosen)
  };
  void buildEventIndex();
  void onWindowApplied(const QDateTime &from, const QDateTime &to);
  void request();
  void onComputed();
  void restoreYear();
  /// Forgets what was saved of the grids (they were reloaded or replaced).
  void forgetYear();

  QPointer<EventTimelineModel> m_timeline;
  QPointer<VectorLayer> m_grids;
  std::shared_ptr<const GridEventIndex> m_eventIndex;
  std::shared_ptr<const FeatureStore> m_indexedEvents;
  /// Per class (empty: all): the year's breaks in events per km² per hour.
  QHash<QString, std::vector<double>> m_hourlyBreaks;
  /// What the grids had before the first window, and what was set last.
  std::shared_ptr<const FeatureStore> m_yearStore, m_lastStore;
  VectorStyle m_yearStyle, m_lastStyle;
  /// The window the events layer shows now.
  QDateTime m_from, m_to;
  bool m_wanted = false;
  std::unique_ptr<QFutureWatcher<Result>> m_watcher;
  std::unique_ptr<QFutureWatcher<std::shared_ptr<const GridEventIndex>>> m_indexWatcher;
};

} // namespace rc
