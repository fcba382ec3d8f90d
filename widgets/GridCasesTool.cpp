#include "GridCasesTool.h"

#include "MapCanvas.h"

namespace rc {

void GridCasesTool::clicked(QPointF pixel)
{
  emit clickedAt(canvas()->toMap(pixel));
}

} // namespace rc
