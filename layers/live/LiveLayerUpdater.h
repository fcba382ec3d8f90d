#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>

namespace rc {

class LayerStack;
class LiveModel;
class VectorLayer;

/// Keeps the map's live layers showing what the LiveModel holds: hydro_stations gets each
/// station's level (`z`, `tm`), its thresholds (`wrz`, `grz`) and `level_state` (normal / warning
/// / guaranteed) through the StationStateWriter, monitoring_points its `status` (在线 / 超标 /
/// 离线). Observes the model; changes are gathered and applied at most once per interval, and only
/// to the features whose values differ, so a storm redraws each of the two layers a couple of
/// times a second at most and an unchanged layer never. The layers' in-memory features change;
/// the GeoPackage is never written. GUI thread object.
class LiveLayerUpdater : public QObject
{
  Q_OBJECT

public:
  LiveLayerUpdater(LayerStack *layers, const LiveModel *model, QObject *parent = nullptr);

  void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }

  /// The layers the demo city's tables are loaded as (by source table name), or null.
  [[nodiscard]] static VectorLayer *hydroLayer(const LayerStack *layers);
  [[nodiscard]] static VectorLayer *monitoringLayer(const LayerStack *layers);

  /// Layer updates applied so far (each one redraw of one layer).
  [[nodiscard]] int layerUpdates() const { return m_layerUpdates; }

signals:
  /// A live layer was given new values (the layer alone redraws).
  void layerUpdated(rc::VectorLayer *layer);

private:
  void schedule();
  void apply();
  void applyLevels(VectorLayer *layer);
  void applyPointStates(VectorLayer *layer);

  LayerStack *m_layers;
  QPointer<const LiveModel> m_model;
  QSet<QString> m_dirtyStations, m_dirtyPoints; ///< changed in the model since the last apply()
  QTimer m_timer;
  int m_layerUpdates = 0;
};

} // namespace rc
