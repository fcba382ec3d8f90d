#include "map/ClickMapTool.h"

#include <QMouseEvent>

namespace rc {

namespace {
/// A press and release this close are a click, not a drag.
constexpr int kClickPixels = 4;
} // namespace

void ClickMapTool::mousePress(QMouseEvent *event)
{
  if (event->button() == Qt::LeftButton)
    m_pressPos = event->position().toPoint();
}

void ClickMapTool::mouseRelease(QMouseEvent *event)
{
  if (event->button() == Qt::LeftButton &&
      (event->position().toPoint() - m_pressPos).manhattanLength() <= kClickPixels)
    clicked(event->position());
}

} // namespace rc
