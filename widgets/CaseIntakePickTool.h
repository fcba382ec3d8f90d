#pragma once

#include "MapTool.h"

#include <QPoint>

namespace rc {

/// The map tool of the intake form: one click places the case. Emits the point in EPSG:4490,
/// whatever the canvas CRS. Owned by whoever creates it; GUI thread.
class CaseIntakePickTool final : public MapTool
{
  Q_OBJECT

public:
  explicit CaseIntakePickTool(MapCanvas *canvas) : MapTool(canvas) {}

  /// Picks the point under a widget pixel of the canvas, as a click does.
  void pickAt(QPointF pixel);
  void mousePress(QMouseEvent *event) override;
  void mouseRelease(QMouseEvent *event) override;

signals:
  void picked(double lon, double lat);
  void failed(const QString &message);

private:
  QPoint m_pressPos;
};

} // namespace rc
