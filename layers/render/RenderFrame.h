#pragma once

#include "data/FeatureStore.h"
#include "render/MapSettings.h"

#include <QPolygonF>

class QPainter;

#include <atomic>
#include <cstdint>
#include <vector>

namespace rc {

/// What the drawing passes of one layer in one frame share: the store, its coordinates in the
/// destination CRS, the features in view, and the pixel mapping. Lives on the render worker.
struct RenderFrame
{
  const FeatureStore *store = nullptr;
  const double *xy = nullptr;
  std::vector<std::uint32_t> features;
  MapToPixel mapToPixel;
  double symbolScale = 1;
  double dpi = 96;
  double scale = 0;
  const std::atomic_bool *cancelled = nullptr;
  /// Set when drawing to a vector device (a PDF page): drawers paint shapes on it rather than into
  /// the layer's image, and markers as paths rather than stamped sprites.
  QPainter *vectorPainter = nullptr;

  [[nodiscard]] QPointF pixel(std::size_t vertex) const
  {
    return mapToPixel.toPixel(xy[2 * vertex], xy[2 * vertex + 1]);
  }
  /// A point feature's position, or any feature's first vertex, in pixels.
  [[nodiscard]] QPointF anchor(std::uint32_t feature) const
  {
    return pixel(store->vertexRange(feature).first);
  }
};

/// The ring's vertices in pixels, without those within half a pixel of the last one kept: they
/// cannot change the picture, and at small scales they are most of the vertices.
void ringToPixels(QPolygonF &out, const RenderFrame &frame, std::size_t firstVertex, std::size_t lastVertex);

} // namespace rc
