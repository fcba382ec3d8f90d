#pragma once

#include "render/FeatureClassifier.h"
#include "render/LayerRenderer.h"
#include "render/RenderFrame.h"
#include "render/ReprojectionCache.h"
#include "style/Symbol.h"

#include <memory>

namespace rc {

/// Draws a FeatureStore with a VectorStyle. Only features whose bounds meet the view are visited
/// (spatial index); then the style's renderer decides how: one symbol set, per class (categories,
/// graduated classes, rules), as densities (heatmap, hexagons, clusters) or as antenna sectors.
/// Labels are handed to the frame's label engine.
class VectorLayerRenderer final : public LayerRenderer
{
public:
  VectorLayerRenderer(QString layerId, quint64 revision, double opacity,
                      std::shared_ptr<const FeatureStore> store,
                      std::shared_ptr<ReprojectionCache> reprojection, Crs sourceCrs, VectorStyle style);

  /// Features to highlight above the layer, ascending (a copy of the layer's selection).
  void setSelection(std::shared_ptr<const std::vector<std::uint32_t>> selection)
  {
    m_selection = std::move(selection);
  }

  /// The only features drawn, ascending (the layer's subset); null draws all.
  void setSubset(std::shared_ptr<const std::vector<std::uint32_t>> subset) { m_subset = std::move(subset); }

  void prepareLabels(LabelEngine &engine, int layerOrder, const MapSettings &settings) override;
  void render(QImage &image, const MapSettings &settings, const std::atomic_bool &cancelled) override;
  /// Shapes, markers and sectors as vector paths; the density renderers, raster by nature, as an image.
  void renderVector(QPainter &painter, const MapSettings &settings,
                    const std::atomic_bool &cancelled) override;

private:
  /// Draws into `image`, or on `vector` when it is set (then `image` is only a scratch surface for
  /// the density renderers and may start null).
  void draw(QImage &image, QPainter *vector, const MapSettings &settings, const std::atomic_bool &cancelled);
  /// Fills the frame's coordinates and visible features; false when nothing is in view.
  bool prepareFrame(RenderFrame &frame, const MapSettings &settings,
                    std::shared_ptr<const std::vector<double>> &projected) const;
  void drawSectors(QImage &image, const RenderFrame &frame, const MapSettings &settings,
                   const FeatureClassifier &classifier) const;
  void collectLabels(const RenderFrame &frame) const;
  void drawSelection(QImage &image, const RenderFrame &frame) const;

  std::shared_ptr<const FeatureStore> m_store;
  std::shared_ptr<ReprojectionCache> m_reprojection;
  Crs m_sourceCrs;
  VectorStyle m_style;
  std::shared_ptr<const std::vector<std::uint32_t>> m_selection;
  std::shared_ptr<const std::vector<std::uint32_t>> m_subset;
  LabelEngine *m_labels = nullptr;
  int m_labelLayer = -1;
  int m_labelField = -1;
};

} // namespace rc
