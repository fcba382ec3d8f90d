#pragma once

#include "live/Alarm.h"
#include "live/Readings.h"
#include "live/StationCatalog.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <memory>

namespace rc {

class LayerStack;
class VectorLayer;

/// Keeps the map's live layers showing the latest readings: hydro_stations gets each station's
/// level (`z`, `tm`), its thresholds (`wrz`, `grz`) and `level_state` (normal / warning /
/// guaranteed), monitoring_points its `status` (在线 / 超标 / 离线). Changes are gathered and
/// applied at most once per interval, and only to the features whose values differ, so a storm
/// redraws each of the two layers a couple of times a second at most and an unchanged layer never.
/// The layers' in-memory features change; the GeoPackage is never written. GUI thread object.
class LiveLayerUpdater : public QObject
{
  Q_OBJECT

public:
  explicit LiveLayerUpdater(LayerStack *layers, QObject *parent = nullptr);

  void setCatalog(std::shared_ptr<const StationCatalog> catalog);
  void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }

  void addReadings(const rc::ReadingBatch &batch);
  /// Silent loggers show offline while their SensorSilent alarm's condition holds.
  void updateAlarm(const rc::Alarm &alarm);

  /// The layers the demo city's tables are loaded as (by source table name), or null.
  [[nodiscard]] static VectorLayer *hydroLayer(const LayerStack *layers);
  [[nodiscard]] static VectorLayer *monitoringLayer(const LayerStack *layers);

  /// Layer updates applied so far (each one redraw of one layer).
  [[nodiscard]] int layerUpdates() const { return m_layerUpdates; }

signals:
  /// A live layer was given new values (the layer alone redraws).
  void layerUpdated(rc::VectorLayer *layer);

private:
  /// The latest level of a station and the thresholds it is judged by.
  struct Level
  {
    double z = 0;
    QDateTime tm;
    std::optional<double> warning, guaranteed;
  };
  /// What a monitoring point's last readings and alarms say.
  struct PointState
  {
    QSet<QString> overLimit; ///< pollutant codes whose latest value is over its limit
    bool silent = false;
    bool heard = false;
  };

  void schedule();
  void apply();
  void applyLevels(VectorLayer *layer);
  void applyPointStates(VectorLayer *layer);

  LayerStack *m_layers;
  std::shared_ptr<const StationCatalog> m_catalog;
  QHash<QString, Level> m_levels;      ///< by STCD
  QHash<QString, PointState> m_points; ///< by MN
  QSet<QString> m_dirtyStations, m_dirtyPoints;
  QTimer m_timer;
  int m_layerUpdates = 0;
};

} // namespace rc
