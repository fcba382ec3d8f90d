#pragma once

#include "map/MapTool.h"

#include "geo/CoordinateTransform.h"
#include "inspect/FeatureHitTest.h"
#include "map/VectorLayer.h"

#include <QFutureWatcher>
#include <QList>
#include <QPoint>
#include <QPointer>
#include <QPolygonF>
#include <QTimer>

#include <atomic>
#include <memory>
#include <vector>

namespace rc {

class LayerStack;

/// One feature of an identify result, enough to flash it or zoom to it: the layer snapshot it came
/// from (its index refers to that snapshot, even if the layer reloads) and the way to the canvas CRS.
struct IdentifiedFeature
{
  std::shared_ptr<const FeatureStore> store;
  std::uint32_t feature = 0;
  CoordinateTransform toCanvas;
};

/// What one layer gave for an identify.
struct IdentifyLayerResult
{
  QPointer<VectorLayer> layer;
  QString layerName;
  std::shared_ptr<const FeatureStore> store; ///< the snapshot searched
  CoordinateTransform toCanvas;              ///< layer CRS to canvas CRS at the time of the search
  std::vector<std::uint32_t> features;       ///< the first hits, ascending, at most the configured count
  std::size_t total = 0;                     ///< every hit

  [[nodiscard]] IdentifiedFeature identified(std::size_t i) const { return {store, features[i], toCanvas}; }
};

/// The outcome of one identify: the layers with hits, top of the map first.
struct IdentifyResults
{
  QList<IdentifyLayerResult> layers;

  [[nodiscard]] std::size_t total() const;
  [[nodiscard]] std::size_t shown() const;
};

/// The identify map tool: a click (within a few pixels' tolerance) or a dragged box finds the
/// features under it in the chosen layer or in every visible vector layer (only those the layer
/// draws: a subset, e.g. the event timeline's window, hides the rest), on a worker thread so a
/// big layer never stalls the map; identified() hands the results over (capped per layer, with
/// totals) and the hits flash on the map. Owned by the main window; GUI thread.
class IdentifyTool final : public MapTool
{
  Q_OBJECT

public:
  IdentifyTool(MapCanvas *canvas, LayerStack *layers);
  ~IdentifyTool() override;

  /// Features listed per layer; the rest are only counted.
  [[nodiscard]] int maximumResults() const { return m_maximumResults; }
  void setMaximumResults(int count);
  [[nodiscard]] double tolerancePixels() const { return m_tolerance; }
  void setTolerancePixels(double pixels);
  /// The layer to search, or null (the default) for every visible vector layer.
  [[nodiscard]] VectorLayer *layer() const { return m_layer; }
  void setLayer(VectorLayer *layer);

  /// Identifies at a widget pixel of the canvas, as a click does.
  void identifyAt(QPointF pixel);
  /// Identifies in a rectangle of widget pixels, as a drag does.
  void identifyInRect(const QRectF &pixels);
  [[nodiscard]] bool isBusy() const { return m_watcher != nullptr; }
  /// Stops a running search; no results follow.
  void cancel();
  [[nodiscard]] bool isFlashing() const { return m_flashTimer.isActive(); }

  void mousePress(QMouseEvent *event) override;
  void mouseMove(QMouseEvent *event) override;
  void mouseRelease(QMouseEvent *event) override;
  bool keyPress(QKeyEvent *event) override;
  void paint(QPainter &painter) override;
  void deactivate() override;

public slots:
  /// Blinks the features on the map a few times (drawn while this tool is the canvas's tool).
  void flashFeatures(const QList<rc::IdentifiedFeature> &features);
  void flashFeature(const rc::IdentifiedFeature &feature);

signals:
  void identifyStarted();
  void identified(const rc::IdentifyResults &results);

private:
  /// A feature's outline in canvas CRS coordinates, so it stays put when the map moves.
  struct FlashShape
  {
    GeometryKind kind = GeometryKind::Empty;
    QList<QPolygonF> rings;
  };

  void search(const HitShape &canvasShape);
  void onSearchFinished();
  void onFlashTick();

  LayerStack *m_layers;
  QPointer<VectorLayer> m_layer;
  int m_maximumResults = 100;
  double m_tolerance = 4;

  bool m_pressed = false;
  bool m_dragging = false;
  QPoint m_pressPos;
  QPoint m_dragPos;

  IdentifyResults m_pending;
  std::shared_ptr<std::atomic_bool> m_cancel;
  std::unique_ptr<QFutureWatcher<std::vector<HitList>>> m_watcher;

  QList<FlashShape> m_flash;
  QTimer m_flashTimer;
  int m_flashTicks = 0;
};

} // namespace rc
