#pragma once

#include "geo/CoordinateTransform.h"

#include <QWidget>

class QLabel;

namespace rc {

class MapCanvas;

/// Status-bar readout of the cursor position in longitude/latitude (CGCS2000) and in CGCS2000
/// 3-degree Gauss-Krüger zone 40 metres (EPSG:4549, what Fuzhou's surveys use), and the map scale.
class PositionStatus : public QWidget
{
  Q_OBJECT

public:
  explicit PositionStatus(MapCanvas *canvas, QWidget *parent = nullptr);

  [[nodiscard]] QString positionText() const;
  [[nodiscard]] QString scaleText() const;

public slots:
  void showPosition(QPointF mapPoint);
  void updateScale();

protected:
  void changeEvent(QEvent *event) override;

private:
  void updateTransforms();

  MapCanvas *m_canvas;
  QLabel *m_position;
  QLabel *m_scale;
  CoordinateTransform m_toLonLat;
  CoordinateTransform m_toGaussKruger;
  bool m_transformsValid = false;
  QPointF m_lastPoint;
};

} // namespace rc
