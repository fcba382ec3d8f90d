#include "ops/GridCasesTool.h"

#include "map/MapCanvas.h"

namespace rc {

void GridCasesTool::clicked(QPointF pixel)
{
  emit clickedAt(canvas()->toMap(pixel));
}

} // namespace rc
