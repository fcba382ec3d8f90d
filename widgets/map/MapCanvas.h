#pragma once

#include "render/MapSettings.h"
#include "render/RenderCache.h"

#include <QImage>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace rc {

class LayerStack;
class MapLayer;
class MapTool;
class RenderJob;

/// The map view. It only displays images: each change of extent starts a RenderJob on the thread
/// pool and, until the job finishes, the canvas keeps showing the last image moved and scaled to the
/// new extent, with partial frames from slow jobs. The UI thread never waits for a render.
/// Drag or arrow keys pan, the wheel zooms around the cursor, Shift+drag (or the zoom-box tool)
/// zooms to a box, +/- zoom around the centre.
class MapCanvas : public QWidget
{
  Q_OBJECT

public:
  enum class Tool { Pan, ZoomBox };

  explicit MapCanvas(LayerStack *layers, QWidget *parent = nullptr);

  /// The layers the canvas draws (lent by the window).
  [[nodiscard]] LayerStack *layers() const { return m_layers; }
  ~MapCanvas() override;

  [[nodiscard]] const Crs &destinationCrs() const { return m_crs; }
  void setDestinationCrs(const Crs &crs);
  /// The extent asked for; the frame shows it whole, grown on one axis to the widget's shape.
  [[nodiscard]] BBox extent() const { return m_extent; }
  void setExtent(const BBox &extent);
  /// The extent actually shown (the widget's aspect ratio).
  [[nodiscard]] BBox visibleExtent() const;
  /// Settings of the frame the canvas shows now (extent, size, DPI, CRS); its layers are layers().
  [[nodiscard]] MapSettings mapSettings() const;
  [[nodiscard]] double scale() const { return mapSettings().scale(); }
  [[nodiscard]] QPointF toMap(QPointF pixel) const;

  /// Data credits drawn in the map's lower right corner (licences require them on the map).
  void setAttribution(const QString &text);
  [[nodiscard]] QString attribution() const { return m_attribution; }

  [[nodiscard]] QColor backgroundColor() const { return m_background; }
  void setBackgroundColor(QColor color);

  /// Draws symbols and labels `factor` times their size, as for a wall screen read from across a
  /// room (scale ranges follow, so a view reads as it would on a desktop screen); 1 is normal.
  void setSymbolScale(double factor);
  [[nodiscard]] double symbolScale() const { return m_symbolScale; }

  [[nodiscard]] Tool tool() const { return m_tool; }
  /// Chooses a built-in tool and drops any map tool.
  void setTool(Tool tool);
  /// Hands the mouse to a map tool (not owned); null returns to the built-in tool.
  void setMapTool(MapTool *tool);
  [[nodiscard]] MapTool *mapTool() const { return m_mapTool; }
  /// The widget pixel of a map point given in the canvas CRS.
  [[nodiscard]] QPointF toPixel(QPointF mapPoint) const;

  /// Multiplies the map units per pixel by `factor` (< 1 zooms in), keeping the map point under
  /// `anchor` (widget pixels) where it is.
  void zoomByFactor(double factor, QPointF anchor);
  void zoomIn();
  void zoomOut();
  void panByPixels(QPointF delta);
  void zoomToFullExtent();
  void zoomToLayer(const MapLayer *layer);
  /// Shows the box (in the canvas CRS) with a 5 % margin.
  void zoomToBox(BBox box);

  [[nodiscard]] bool isRendering() const;
  /// The last finished frame.
  [[nodiscard]] QImage lastImage() const { return m_image; }

public slots:
  /// Schedules a new frame; calls within one event-loop turn coalesce into one.
  void refresh();

signals:
  void mapToolChanged(rc::MapTool *tool);
  void extentChanged();
  void crsChanged();
  void cursorMoved(QPointF mapPoint);
  void renderStarted();
  void renderFinished();
  /// A layer failed to draw ("layer: problem").
  void renderErrors(const QStringList &errors);

protected:
  void paintEvent(QPaintEvent *event) override;
  void resizeEvent(QResizeEvent *event) override;
  void mousePressEvent(QMouseEvent *event) override;
  void mouseMoveEvent(QMouseEvent *event) override;
  void mouseReleaseEvent(QMouseEvent *event) override;
  void mouseDoubleClickEvent(QMouseEvent *event) override;
  void wheelEvent(QWheelEvent *event) override;
  void keyPressEvent(QKeyEvent *event) override;

private:
  [[nodiscard]] BBox layerExtentInCanvasCrs(const MapLayer *layer) const;
  [[nodiscard]] QRectF imageTargetRect() const;
  void startRender();
  void onJobFinished();
  void showPartialFrame();

  LayerStack *m_layers;
  Crs m_crs;
  BBox m_extent;
  QColor m_background = MapSettings().backgroundColor();
  double m_symbolScale = 1;
  QString m_attribution;
  Tool m_tool = Tool::Pan;
  MapTool *m_mapTool = nullptr;

  QImage m_image;
  BBox m_imageExtent;
  RenderCache m_cache;
  QPointer<RenderJob> m_job;
  bool m_renderPending = false;
  QTimer m_refreshTimer;
  QTimer m_partialTimer;

  enum class Gesture { None, Pan, ZoomBox };
  Gesture m_gesture = Gesture::None;
  QPoint m_pressPos;
  QPoint m_dragPos;
};

} // namespace rc
