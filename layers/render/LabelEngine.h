#pragma once

#include "style/LabelSettings.h"

#include <QImage>
#include <QMutex>
#include <QPolygonF>
#include <QRectF>

#include <vector>

class QFont;
class QFontMetricsF;
class QPainter;

namespace rc {

/// One label a layer would like to show, in output pixels.
struct LabelCandidate
{
  enum class Placement : quint8 { Point, Area, Line };
  QString text;
  Placement placement = Placement::Point;
  QPointF anchor;          ///< the point, or an area's centre
  double markerRadius = 0; ///< point labels sit clear of their marker
  QPolygonF line;          ///< for Line: the path the text follows
};

/// Collects label candidates from every layer renderer of a frame, then places them all at once,
/// as QGIS's labelling engine does after the layers are drawn: higher priority first, then upper
/// layers first, each label in the first candidate position that collides with no placed label.
/// Point labels try eight positions around their marker, area labels their centre, line labels run
/// along the line, upright. Text has a halo so it reads on any background.
/// Thread-safe collection (renderers add from workers); place() runs once, on one thread.
class LabelEngine
{
public:
  /// Registers a layer's settings; returns its handle. `layerOrder` is its drawing index.
  int addLayer(int layerOrder, const LabelSettings &settings, double dpi);
  void addCandidates(int layer, std::vector<LabelCandidate> candidates);
  [[nodiscard]] bool hasCandidates() const;
  /// True when the renderer of drawing index `layerOrder` registered labels.
  [[nodiscard]] bool hasLayer(int layerOrder) const;

  /// Places and draws the labels into a transparent image of `size`; returns how many were placed.
  int place(QImage &image);
  /// The same on any painter (a PDF page) whose frame is `size` pixels from its origin.
  int place(QPainter &painter, QSize size);

private:
  struct Layer
  {
    int order = 0;
    LabelSettings settings;
    double dpi = 96;
    std::vector<LabelCandidate> candidates;
  };
  class CollisionGrid;
  static bool placeOnLine(QPainter &painter, CollisionGrid &grid, const QRectF &frame,
                          const LabelCandidate &candidate, const LabelSettings &settings, const QFont &font,
                          const QFontMetricsF &metrics, double dpi);

  mutable QMutex m_mutex;
  std::vector<Layer> m_layers;
};

} // namespace rc
