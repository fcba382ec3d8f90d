#pragma once

#include <QByteArray>
#include <QList>
#include <QPolygonF>
#include <QWidget>

namespace rc {

class MapCanvas;

/// The area of the last impact analysis drawn over the map: a translucent fill with a dashed
/// outline, following pans and zooms until cleared. A transparent child laid over the canvas
/// (mouse events pass through), like the address marker. Owned by the canvas; GUI thread.
class ImpactOverlay final : public QWidget
{
  Q_OBJECT

public:
  explicit ImpactOverlay(MapCanvas *canvas);

  /// Draws the area given as ISO WKB (Polygon or MultiPolygon, EPSG:4490); returns false, drawing
  /// nothing, for anything else.
  bool showArea(const QByteArray &wkb);
  void clear();
  [[nodiscard]] bool isShown() const { return !m_rings.isEmpty(); }
  /// The rings, EPSG:4490 lon/lat, shells and holes alike.
  [[nodiscard]] const QList<QPolygonF> &rings() const { return m_rings; }

  /// The rings of an ISO WKB polygon or multipolygon; empty for another or a damaged geometry.
  [[nodiscard]] static QList<QPolygonF> ringsFromWkb(const QByteArray &wkb);

protected:
  bool eventFilter(QObject *watched, QEvent *event) override;
  void paintEvent(QPaintEvent *event) override;

private:
  MapCanvas *m_canvas;
  QList<QPolygonF> m_rings;
};

} // namespace rc
