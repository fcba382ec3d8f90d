#pragma once

#include "map/MapTool.h"

#include <QPoint>

namespace rc {

/// A map tool that answers clicks: a left press and release within a few pixels of each other is a
/// click; anything further is a drag, which it leaves alone.
class ClickMapTool : public MapTool
{
  Q_OBJECT

public:
  using MapTool::MapTool;

  void mousePress(QMouseEvent *event) override;
  void mouseRelease(QMouseEvent *event) override;

protected:
  /// A click at a widget pixel of the canvas.
  virtual void clicked(QPointF pixel) = 0;

private:
  QPoint m_pressPos;
};

} // namespace rc
