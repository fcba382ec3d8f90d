#pragma once

#include "map/ClickMapTool.h"

namespace rc {

/// The map tool of the grid cases panel: a click asks for the grid under it. Emits the point in
/// the canvas CRS. Owned by whoever creates it; GUI thread.
class GridCasesTool final : public ClickMapTool
{
  Q_OBJECT

public:
  explicit GridCasesTool(MapCanvas *canvas) : ClickMapTool(canvas) {}

signals:
  void clickedAt(QPointF mapPoint);

protected:
  void clicked(QPointF pixel) override;
};

} // namespace rc
