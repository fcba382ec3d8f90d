#pragma once

#include "map/ClickMapTool.h"

namespace rc {

/// The map tool of the intake form: one click places the case. Emits the point in EPSG:4490,
/// whatever the canvas CRS. Owned by whoever creates it; GUI thread.
class CaseIntakePickTool final : public ClickMapTool
{
  Q_OBJECT

public:
  explicit CaseIntakePickTool(MapCanvas *canvas) : ClickMapTool(canvas) {}

  /// Picks the point under a widget pixel of the canvas, as a click does.
  void pickAt(QPointF pixel);

signals:
  void picked(double lon, double lat);
  void failed(const QString &message);

protected:
  void clicked(QPointF pixel) override { pickAt(pixel); }
};

} // namespace rc
