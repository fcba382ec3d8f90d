#pragma once

#include <QColor>
#include <QElapsedTimer>
#include <QList>
#include <QPointF>
#include <QTimer>
#include <QWidget>

namespace rc {

class MapCanvas;

/// A pulsing ring on the map, in the canvas CRS.
struct PulseMarker
{
  QPointF mapPoint;
  QColor color;
};

/// Pulsing rings over the map for alarms nobody has acknowledged yet. A transparent child of the
/// canvas that ignores the mouse: each animation step repaints only the rings' own rectangles,
/// and the canvas under them only blits its finished image, so no layer is ever re-rendered for
/// the animation. Idle (no timer) while there is nothing to pulse. GUI thread.
class PulseOverlay : public QWidget
{
  Q_OBJECT

public:
  explicit PulseOverlay(MapCanvas *canvas);

  void setMarkers(const QList<rc::PulseMarker> &markers);
  [[nodiscard]] const QList<PulseMarker> &markers() const { return m_markers; }
  [[nodiscard]] bool isAnimating() const { return m_timer.isActive(); }

protected:
  void paintEvent(QPaintEvent *event) override;
  bool eventFilter(QObject *watched, QEvent *event) override;

private:
  void step();
  /// The rings' squares: many small rectangles, not their union, which at a storm's crest would be
  /// the whole map.
  [[nodiscard]] QRegion dirtyRegion() const;

  MapCanvas *m_canvas;
  QList<PulseMarker> m_markers;
  QTimer m_timer;
  QElapsedTimer m_clock;
  double m_phase = 0;
};

} // namespace rc
