#pragma once

#include "render/LayerRenderer.h"
#include "render/ReprojectionCache.h"
#include "render/Symbol.h"

#include <memory>

namespace rc {

/// Draws a FeatureStore with a VectorStyle: polygons, then lines, then points, each in feature
/// order. Only features whose bounds meet the view are visited (spatial index); vertices closer than
/// half a pixel are merged and features smaller than a pixel become a dot, so a full-extent frame
/// of a dense layer costs about one operation per pixel, not per vertex.
class VectorLayerRenderer final : public LayerRenderer
{
public:
  VectorLayerRenderer(QString layerId, quint64 revision, double opacity, std::shared_ptr<const FeatureStore> store,
                      std::shared_ptr<ReprojectionCache> reprojection, Crs sourceCrs, VectorStyle style);

  void prepareLabels(LabelEngine &engine, int layerOrder, const MapSettings &settings) override;
  void render(QImage &image, const MapSettings &settings, const std::atomic_bool &cancelled) override;

private:
  struct Frame;
  void drawPolygons(QPainter &painter, const Frame &frame) const;
  void drawLines(QPainter &painter, const Frame &frame) const;
  void drawPoints(QImage &image, const Frame &frame) const;
  void collectLabels(const Frame &frame) const;

  std::shared_ptr<const FeatureStore> m_store;
  std::shared_ptr<ReprojectionCache> m_reprojection;
  Crs m_sourceCrs;
  VectorStyle m_style;
  LabelEngine *m_labels = nullptr;
  int m_labelLayer = -1;
  int m_labelField = -1;
};

} // namespace rc
