#include "ops/CaseIntakePickTool.h"

#include "geo/CoordinateTransform.h"
#include "map/MapCanvas.h"

namespace rc {

void CaseIntakePickTool::pickAt(QPointF pixel)
{
  const QPointF map = canvas()->toMap(pixel);
  double lon = map.x(), lat = map.y();
  try {
    CoordinateTransform(canvas()->destinationCrs(), Crs::cgcs2000()).transform(lon, lat);
  } catch (const CrsError &e) {
    emit failed(QString::fromUtf8(e.what()));
    return;
  }
  emit picked(lon, lat);
}

} // namespace rc
