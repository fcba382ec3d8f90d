#pragma once

#include "geo/CoordinateTransform.h"

#include <QElapsedTimer>
#include <QPointF>
#include <QTimer>
#include <QWidget>

namespace rc {

class MapCanvas;

/// The highlight of a found address on the map: a pin with its name at a CGCS2000 lon/lat, ringed
/// by a few expanding pulses when it appears, that follows pans and zooms and fades out after a
/// while. A transparent child laid over the canvas (mouse events pass through), so it works
/// whatever map tool is active. Owned by the canvas; GUI thread.
class AddressMarker final : public QWidget
{
  Q_OBJECT

public:
  explicit AddressMarker(MapCanvas *canvas);

  /// Shows the pin at the point and starts the pulses; replaces any earlier one.
  void showAt(double lon, double lat, const QString &label);
  /// Draws a dashed line from `lon, lat` to the pin (a clicked point to its nearest address).
  void setOrigin(double lon, double lat);
  void clear();
  [[nodiscard]] bool isShown() const { return m_shown; }
  /// The pin's position in canvas widget pixels (invalid when hidden or not transformable).
  [[nodiscard]] QPointF pixel() const;

  /// How long the pin stays before it fades, in milliseconds.
  static constexpr int kLifetimeMs = 12000;

protected:
  bool eventFilter(QObject *watched, QEvent *event) override;
  void paintEvent(QPaintEvent *event) override;

private:
  [[nodiscard]] bool toPixel(double lon, double lat, QPointF &pixel) const;

  MapCanvas *m_canvas;
  bool m_shown = false;
  double m_lon = 0;
  double m_lat = 0;
  bool m_hasOrigin = false;
  double m_originLon = 0;
  double m_originLat = 0;
  QString m_label;
  QElapsedTimer m_age;
  QTimer m_animation;
};

} // namespace rc
