#pragma once

#include "live/StationHistory.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <memory>

namespace rc {

class VectorLayer;

/// Replays the history over the map: setTime(T) finds each station's newest level at T on a worker
/// thread and writes `z`, `tm`, `wrz`, `grz` and `level_state` into the stations layer's features
/// (the same columns the live updater keeps), so only that layer redraws. Only the newest requested
/// time is queried: a request made while one runs waits, and those in between are dropped, so a
/// fast replay never queues work or stalls the map. GUI thread object; owns its worker futures.
class HistoryReplay : public QObject
{
  Q_OBJECT

public:
  explicit HistoryReplay(HistorySources sources, QObject *parent = nullptr);
  ~HistoryReplay() override;

  /// The stations layer to write into (a layer with an stcd field); null stops writing.
  void setLayer(VectorLayer *layer);
  /// How old a station's newest reading may be and still count at T (default 6 h).
  void setLookBack(std::chrono::hours hours) { m_lookBack = hours; }

  /// Finds the first and last reading time on a worker; rangeReady() follows.
  void loadRange();
  /// Shows the stations as they were at `time`; applied() follows (possibly for a later time).
  void setTime(const QDateTime &time);
  [[nodiscard]] bool isBusy() const { return m_watcher.isRunning(); }

signals:
  void rangeReady(const QDateTime &first, const QDateTime &last);
  void applied(const QDateTime &time);
  void failed(const QString &message);

private:
  struct Result
  {
    QDateTime time;
    QList<StationState> states;
    std::pair<QDateTime, QDateTime> range;
    std::shared_ptr<const StationCatalog> catalog;
    QString error;
  };

  void start(const QDateTime &time, bool range);
  void onFinished();
  void write();

  HistorySources m_sources;
  QPointer<VectorLayer> m_layer;
  std::chrono::hours m_lookBack{6};
  QFutureWatcher<Result> m_watcher;
  std::optional<QDateTime> m_pending;
  bool m_rangePending = false;
  QDateTime m_applied;
  QList<StationState> m_states;
};

} // namespace rc
