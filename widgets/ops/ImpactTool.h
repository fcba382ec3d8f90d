#pragma once

#include "map/MapTool.h"

#include <QCoreApplication>
#include <QList>
#include <QPoint>
#include <QPointF>

namespace rc {

/// The map tool of the impact analysis. In Point mode a click chooses the centre of a buffer; in
/// Polygon mode clicks add vertices, a double-click or Enter closes the area, Backspace takes the
/// last vertex back and Esc drops the drawing. Reports positions in EPSG:4490 lon/lat, whatever
/// the canvas CRS. Owned by the main window; GUI thread.
class ImpactTool final : public MapTool
{
  Q_OBJECT

public:
  enum class Mode { Point, Polygon };

  explicit ImpactTool(MapCanvas *canvas);

  [[nodiscard]] Mode mode() const { return m_mode; }
  void setMode(Mode mode);

  void mouseRelease(QMouseEvent *event) override;
  void mouseMove(QMouseEvent *event) override;
  void mouseDoubleClick(QMouseEvent *event) override;
  bool keyPress(QKeyEvent *event) override;
  void paint(QPainter &painter) override;
  void deactivate() override;

signals:
  void pointChosen(double lon, double lat);
  /// A closed polygon as WKT in EPSG:4490.
  void polygonChosen(const QString &wkt);
  /// A position could not be turned into lon/lat (the canvas CRS has no way there).
  void failed(const QString &message);

private:
  [[nodiscard]] bool toLonLat(QPointF pixel, QPointF &lonLat);
  void finishPolygon();

  Mode m_mode = Mode::Point;
  QList<QPointF> m_vertices; ///< lon/lat
  QList<QPoint> m_pixels;    ///< as clicked, for the rubber band
  QPoint m_hover;
};

} // namespace rc
