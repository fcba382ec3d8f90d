#pragma once

#include "map/MapTool.h"

#include "inspect/FeatureHitTest.h"

#include <QFutureWatcher>
#include <QList>
#include <QPoint>
#include <QPointF>
#include <QPointer>

#include <atomic>
#include <memory>
#include <vector>

namespace rc {

class LayerStack;
class VectorLayer;

/// The select map tool, in three modes: Click picks the one feature under the cursor (a few
/// pixels' tolerance; where several are, the one pickFeature() prefers, in the topmost layer that
/// has one), Box picks those a dragged box meets (a plain click in Box mode picks as Click does),
/// Polygon picks those a drawn polygon meets (click the vertices; double-click, right-click or
/// Enter finishes, Backspace removes the last vertex, Esc cancels). Box and polygon pick by
/// intersection (see HitShape). Without a modifier the result replaces the selection; Shift adds to
/// it, Ctrl removes from it, Ctrl+Shift keeps only what was selected and is picked again. Works on
/// one layer, or on every visible vector layer when none is set, and picks only features the layer
/// draws (features outside its subset cannot be picked). The search runs on a worker; the
/// result goes to VectorLayer::setSelection. Owned by the main window; GUI thread.
class SelectTool final : public MapTool
{
  Q_OBJECT

public:
  enum class Mode { Click, Box, Polygon };
  Q_ENUM(Mode)

  SelectTool(MapCanvas *canvas, LayerStack *layers);
  ~SelectTool() override;

  [[nodiscard]] Mode mode() const { return m_mode; }
  void setMode(Mode mode);
  /// The layer to select in, or null (the default) for every visible vector layer.
  [[nodiscard]] VectorLayer *layer() const { return m_layer; }
  void setLayer(VectorLayer *layer);
  [[nodiscard]] double tolerancePixels() const { return m_tolerance; }
  void setTolerancePixels(double pixels);

  /// Selects with a shape given in the canvas CRS, combining with the current selection as the
  /// modifiers say (see the class comment).
  void select(const HitShape &canvasShape, Qt::KeyboardModifiers modifiers);
  [[nodiscard]] bool isBusy() const { return m_watcher != nullptr; }
  /// Vertices of the polygon being drawn.
  [[nodiscard]] int polygonVertexCount() const { return int(m_polygon.size()); }

  void mousePress(QMouseEvent *event) override;
  void mouseMove(QMouseEvent *event) override;
  void mouseRelease(QMouseEvent *event) override;
  void mouseDoubleClick(QMouseEvent *event) override;
  bool keyPress(QKeyEvent *event) override;
  void paint(QPainter &painter) override;
  void deactivate() override;

signals:
  /// A selection was worked out and handed to the layers (whether or not it changed anything).
  void selectionApplied();

private:
  enum class Combine { Replace, Add, Remove, Intersect };
  struct Target
  {
    QPointer<VectorLayer> layer;
    std::shared_ptr<const FeatureStore> store;
    HitShape shape; ///< in the layer's CRS
  };

  void finishPolygon(Qt::KeyboardModifiers modifiers);
  void resetGesture();
  void cancelSearch();
  void onSearchFinished();
  [[nodiscard]] static Combine combineFor(Qt::KeyboardModifiers modifiers);

  LayerStack *m_layers;
  QPointer<VectorLayer> m_layer;
  Mode m_mode = Mode::Click;
  double m_tolerance = 4;

  bool m_pressed = false;
  bool m_dragging = false;
  bool m_afterDoubleClick = false;
  QPoint m_pressPos;
  QPoint m_dragPos;
  QList<QPointF> m_polygon; ///< in canvas CRS coordinates, so the map can move while drawing
  QPointF m_hover;          ///< widget pixels

  Combine m_combine = Combine::Replace;
  bool m_pickOne = false;
  QList<Target> m_targets;
  std::shared_ptr<std::atomic_bool> m_cancel;
  std::unique_ptr<QFutureWatcher<std::vector<HitList>>> m_watcher;
};

} // namespace rc
