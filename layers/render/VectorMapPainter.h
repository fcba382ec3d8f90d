#pragma once

#include "render/LabelEngine.h"
#include "render/LayerRenderer.h"
#include "render/MapSettings.h"

#include <QStringList>

#include <atomic>
#include <memory>
#include <vector>

class QPainter;

namespace rc {

/// Draws a map frame on a vector device (a PDF page): shapes and markers as paths, labels as text,
/// the density layers (raster by nature) as images, from the layers' renderer snapshots (taken on the
/// GUI thread); paint() runs once, on a worker, layer after layer, since a page's painter is not
/// shared between threads.
class VectorMapPainter
{
public:
  VectorMapPainter(MapSettings settings, LayerSnapshots layers);

  /// Paints the frame with its top left corner at the painter's origin, in the frame's pixels.
  void paint(QPainter &painter, const std::atomic_bool &cancelled);
  /// "layer: problem" for layers that failed to draw; the frame is still painted without them.
  [[nodiscard]] QStringList errors() const { return m_errors; }

private:
  struct Layer
  {
    QString name;
    std::unique_ptr<LayerRenderer> renderer;
  };

  MapSettings m_settings;
  std::vector<Layer> m_layers;
  LabelEngine m_labels;
  QStringList m_errors;
};

} // namespace rc
