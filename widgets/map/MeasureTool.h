#pragma once

#include "map/MapTool.h"

#include "geo/CoordinateTransform.h"
#include "geo/GeodesicMeasure.h"

#include <QList>
#include <QPointF>

namespace rc {

/// Measures geodesic distance along a polyline or the area and perimeter of a polygon drawn on the
/// canvas: click to place vertices, a rubber band follows the cursor with the running total, and
/// double-click or Enter finishes; Backspace removes the last vertex, Esc clears. Segment lengths are
/// painted along the line. Vertices are kept in WGS 84 longitude/latitude so that the measurement
/// survives a change of the canvas CRS. Owned by the main window; GUI thread.
class MeasureTool final : public MapTool
{
  Q_OBJECT

public:
  enum class Mode { Distance, Area };

  explicit MeasureTool(MapCanvas *canvas, Mode mode = Mode::Distance);

  [[nodiscard]] Mode mode() const { return m_mode; }
  /// Switching mode starts a new measurement.
  void setMode(Mode mode);
  /// The placed vertices, WGS 84 longitude/latitude.
  [[nodiscard]] const QList<QPointF> &vertices() const { return m_vertices; }
  [[nodiscard]] bool isFinished() const { return m_finished; }
  /// "Distance: 1.234 km" or "Area: …, perimeter: …" for what is drawn (with the rubber band while
  /// drawing); empty before the first vertex.
  [[nodiscard]] QString resultText() const;
  void clear();

  void mousePress(QMouseEvent *event) override;
  void mouseMove(QMouseEvent *event) override;
  void mouseDoubleClick(QMouseEvent *event) override;
  bool keyPress(QKeyEvent *event) override;
  void paint(QPainter &painter) override;
  void deactivate() override;

signals:
  /// The running result changed (a vertex placed or removed, the cursor moved while drawing).
  void resultChanged(const QString &text);
  /// The measurement was finished by double-click or Enter.
  void measured(const QString &text);
  /// The measurement was cleared (Esc, a mode change, the tool put away).
  void cleared();

private:
  /// Vertices plus the cursor while drawing: what the running total measures.
  [[nodiscard]] QList<QPointF> liveVertices() const;
  [[nodiscard]] QString resultText(const QList<QPointF> &vertices) const;
  void finish();
  void updateCanvasTransform();
  [[nodiscard]] bool toLonLat(QPointF widgetPixel, QPointF &lonLat) const;
  [[nodiscard]] QPointF toWidget(QPointF lonLat) const;

  Mode m_mode;
  GeodesicMeasure m_measure;
  /// Canvas CRS to WGS 84; invalid when PROJ cannot relate them (nothing can be measured then).
  CoordinateTransform m_canvasToLonLat;
  bool m_transformValid = false;
  QList<QPointF> m_vertices;
  QPointF m_cursor;
  bool m_hasCursor = false;
  bool m_finished = false;
};

} // namespace rc
