#pragma once

#include <QCursor>
#include <QObject>

class QKeyEvent;
class QMouseEvent;
class QPainter;

namespace rc {

class MapCanvas;

/// An interaction on the map (identify, select, measure, ...) that takes over the canvas's mouse
/// while active, as QgsMapTool does. The wheel always zooms and the canvas keeps panning with the
/// middle button, whatever the tool. Owned by whoever creates it (usually the main window);
/// GUI thread.
class MapTool : public QObject
{
  Q_OBJECT

public:
  explicit MapTool(MapCanvas *canvas) : QObject(nullptr), m_canvas(canvas) {}

  [[nodiscard]] MapCanvas *canvas() const { return m_canvas; }
  [[nodiscard]] virtual QCursor cursor() const { return Qt::CrossCursor; }

  virtual void mousePress(QMouseEvent *event) { Q_UNUSED(event); }
  virtual void mouseMove(QMouseEvent *event) { Q_UNUSED(event); }
  virtual void mouseRelease(QMouseEvent *event) { Q_UNUSED(event); }
  virtual void mouseDoubleClick(QMouseEvent *event) { Q_UNUSED(event); }
  /// Returns true when the tool used the key (Esc to cancel, Backspace to undo a vertex, ...).
  virtual bool keyPress(QKeyEvent *event)
  {
    Q_UNUSED(event);
    return false;
  }
  /// Draws the tool's rubber bands over the map, in widget pixels.
  virtual void paint(QPainter &painter) { Q_UNUSED(painter); }
  virtual void activate() {}
  virtual void deactivate() {}

private:
  MapCanvas *m_canvas;
};

} // namespace rc
