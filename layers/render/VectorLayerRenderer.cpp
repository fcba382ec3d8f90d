#include "render/VectorLayerRenderer.h"

#include "geo/CoordinateTransform.h"
#include "render/DensityPainter.h"
#include "render/FeatureDrawer.h"
#include "render/LabelEngine.h"

#include <QPainter>

#include <algorithm>
#include <iterator>

#include <cmath>

namespace rc {

VectorLayerRenderer::VectorLayerRenderer(QString layerId, quint64 revision, double opacity,
                                         std::shared_ptr<const FeatureStore> store,
                                         std::shared_ptr<ReprojectionCache> reprojection, Crs sourceCrs,
                                         VectorStyle style)
    : LayerRenderer(std::move(layerId), revision, opacity), m_store(std::move(store)),
      m_reprojection(std::move(reprojection)), m_sourceCrs(std::move(sourceCrs)), m_style(std::move(style))
{}

void VectorLayerRenderer::prepareLabels(LabelEngine &engine, int layerOrder, const MapSettings &settings)
{
  const LabelSettings &labels = m_style.labels;
  const double scale = settings.scale();
  if (!labels.enabled || !m_store || !m_style.isVisibleAtScale(scale) ||
      (labels.maxScale > 0 && scale > labels.maxScale))
    return;
  m_labelField = m_store->fieldIndex(labels.field);
  if (m_labelField < 0)
    return;
  m_labels = &engine;
  m_labelLayer = engine.addLayer(layerOrder, labels, settings.dpi());
}

bool VectorLayerRenderer::prepareFrame(RenderFrame &frame, const MapSettings &settings,
                                       std::shared_ptr<const std::vector<double>> &projected) const
{
  frame.store = m_store.get();
  frame.mapToPixel = settings.mapToPixel();
  frame.symbolScale = settings.symbolScale();
  frame.dpi = settings.dpi();

  // Symbols reach beyond their feature's bounds: widen the query so edge markers aren't cut. Sectors
  // and density kernels reach further still.
  double reach = std::max(m_style.marker.size, m_style.line.width);
  if (m_style.kind == RendererKind::Heatmap || m_style.kind == RendererKind::HexBins ||
      m_style.kind == RendererKind::Clusters)
    reach = std::max(reach, 3 * m_style.radius);
  const double marginPixels = 2 + frame.symbolScale * reach;
  const double mupp = frame.mapToPixel.mapUnitsPerPixel();
  double margin = marginPixels * mupp;
  if (m_style.kind == RendererKind::Sectors) // ranges up to 5 km
    margin += 5000 /
              std::max(1e-9, metresPerMapUnit(settings.destinationCrs(), settings.visibleExtent().centerY()));
  const BBox visible = settings.visibleExtent();
  const BBox query{visible.xMin - margin, visible.yMin - margin, visible.xMax + margin,
                   visible.yMax + margin};

  const CoordinateTransform transform(m_sourceCrs, settings.destinationCrs());
  BBox sourceQuery = query;
  if (transform.isIdentity()) {
    frame.xy = m_store->coordinates().data();
  } else {
    projected = m_reprojection->coordinates(settings.destinationCrs());
    frame.xy = projected->data();
    try {
      sourceQuery = transform.transformBounds(query, CoordinateTransform::Direction::Inverse);
    } catch (const CrsError &) {
      // The view reaches outside the source CRS's domain: test every feature instead.
      sourceQuery = m_store->extent();
    }
  }
  frame.features = m_store->featuresIn(sourceQuery);
  if (m_subset) {
    // Both ascending: one merge pass keeps the subset's features in view, for every renderer kind
    // (the density renderers, the selection and the labels all read frame.features).
    std::vector<std::uint32_t> kept;
    kept.reserve(std::min(frame.features.size(), m_subset->size()));
    std::set_intersection(frame.features.begin(), frame.features.end(), m_subset->begin(), m_subset->end(),
                          std::back_inserter(kept));
    frame.features = std::move(kept);
  }
  return !frame.features.empty();
}

void VectorLayerRenderer::render(QImage &image, const MapSettings &settings,
                                 const std::atomic_bool &cancelled)
{
  draw(image, nullptr, settings, cancelled);
}

void VectorLayerRenderer::renderVector(QPainter &painter, const MapSettings &settings,
                                       const std::atomic_bool &cancelled)
{
  QImage scratch;
  draw(scratch, &painter, settings, cancelled);
}

void VectorLayerRenderer::draw(QImage &image, QPainter *vector, const MapSettings &settings,
                               const std::atomic_bool &cancelled)
{
  if (!m_store || m_store->featureCount() == 0)
    return;
  RenderFrame frame;
  frame.cancelled = &cancelled;
  frame.vectorPainter = vector;
  frame.scale = settings.scale();
  if (!m_style.isVisibleAtScale(frame.scale))
    return;
  std::shared_ptr<const std::vector<double>> projected;
  if (!prepareFrame(frame, settings, projected) || cancelled)
    return;
  const FeatureClassifier classifier(m_style, m_store->fields(), frame.scale,
                                     m_style.kind == RendererKind::Sectors
                                         ? FeatureClassifier::Matching::FirstRule
                                         : FeatureClassifier::Matching::AllRules);

  switch (m_style.kind) {
  case RendererKind::Single: {
    const SymbolSet symbols = m_style.symbols();
    FeatureDrawer(frame, symbols).draw(image, frame.features);
    break;
  }
  case RendererKind::Categorized:
  case RendererKind::Graduated:
  case RendererKind::RuleBased: {
    const auto groups = classifier.split(*m_store, frame.features);
    for (std::size_t c = 0; c < groups.size() && !cancelled; ++c)
      if (!groups[c].empty())
        FeatureDrawer(frame, m_style.classes[qsizetype(c)].symbols).draw(image, groups[c]);
    break;
  }
  case RendererKind::Heatmap:
  case RendererKind::HexBins:
  case RendererKind::Clusters: {
    if (vector) {
      image = QImage(settings.outputSize(), QImage::Format_ARGB32_Premultiplied);
      image.fill(Qt::transparent);
    }
    const DensityPainter density(frame, m_style);
    if (m_style.kind == RendererKind::Heatmap)
      density.drawHeatmap(image);
    else if (m_style.kind == RendererKind::HexBins)
      density.drawHexBins(image);
    else
      density.drawClusters(image);
    if (vector)
      vector->drawImage(QPointF(0, 0), image);
    break;
  }
  case RendererKind::Sectors:
    drawSectors(image, frame, settings, classifier);
    break;
  }
  if (m_selection && !cancelled)
    drawSelection(image, frame);
  if (m_labels && !cancelled)
    collectLabels(frame);
}

void VectorLayerRenderer::drawSelection(QImage &image, const RenderFrame &frame) const
{
  // The selected features in view: both lists are ascending, so one merge pass finds them.
  std::vector<std::uint32_t> selected;
  std::set_intersection(frame.features.begin(), frame.features.end(), m_selection->begin(),
                        m_selection->end(), std::back_inserter(selected));
  if (selected.empty())
    return;
  static const QColor kHighlight(0xFF, 0xD6, 0x00);
  SymbolSet highlight = m_style.symbols();
  highlight.marker.fill = kHighlight;
  highlight.marker.stroke = QColor(0xC6, 0x28, 0x28);
  highlight.marker.strokeWidth = std::max(1.5, highlight.marker.strokeWidth);
  highlight.marker.size = std::max(8.0, highlight.marker.size + 2);
  highlight.marker.svgPath.clear();
  highlight.line = {kHighlight, std::max(3.0, highlight.line.width + 2), Qt::SolidLine};
  highlight.fill = {QColor(0xFF, 0xD6, 0x00, 110), QColor(0xC6, 0x28, 0x28), 1.6};
  FeatureDrawer(frame, highlight).draw(image, selected);
}

void VectorLayerRenderer::drawSectors(QImage &image, const RenderFrame &frame, const MapSettings &settings,
                                      const FeatureClassifier &classifier) const
{
  const double metresPerPixel =
      frame.mapToPixel.mapUnitsPerPixel() *
      metresPerMapUnit(settings.destinationCrs(), settings.visibleExtent().centerY());
  const SectorPainter sectors(frame, m_style, metresPerPixel);
  {
    QPainter imagePainter;
    if (!frame.vectorPainter)
      imagePainter.begin(&image);
    QPainter &painter = frame.vectorPainter ? *frame.vectorPainter : imagePainter;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_style.classes.isEmpty()) {
      sectors.draw(painter, frame.features, m_style.symbols());
    } else {
      const auto groups = classifier.split(*m_store, frame.features);
      for (std::size_t c = 0; c < groups.size(); ++c)
        sectors.draw(painter, groups[c], m_style.classes[qsizetype(c)].symbols);
    }
    painter.restore();
  }
  // The site itself on top of its wedges.
  const SymbolSet symbols = m_style.symbols();
  FeatureDrawer(frame, symbols).draw(image, frame.features);
}

void VectorLayerRenderer::collectLabels(const RenderFrame &frame) const
{
  // Beyond this many, labels could not fit the frame anyway; placement cost stays bounded.
  constexpr std::size_t kMaxCandidates = 20000;
  const double markerRadius = m_style.marker.size * frame.symbolScale / 2;
  std::vector<LabelCandidate> candidates;
  QPolygonF line;
  for (std::uint32_t f : frame.features) {
    if (candidates.size() >= kMaxCandidates || *frame.cancelled)
      break;
    QString text = m_store->text(f, m_labelField).trimmed();
    if (text.isEmpty())
      continue;
    LabelCandidate c;
    c.text = std::move(text);
    switch (m_store->kind(f)) {
    case GeometryKind::Point:
      c.anchor = frame.anchor(f);
      c.markerRadius = markerRadius;
      break;
    case GeometryKind::Polygon: {
      // The centre of the outer ring's bounds: cheap, and inside for the compact shapes of
      // administrative units and grids.
      const auto [first, last] = m_store->ringVertexRange(f, 0);
      BBox box;
      for (std::size_t v = first; v < last; ++v)
        box.include(frame.xy[2 * v], frame.xy[2 * v + 1]);
      c.placement = LabelCandidate::Placement::Area;
      c.anchor = frame.mapToPixel.toPixel(box.centerX(), box.centerY());
      break;
    }
    case GeometryKind::Line: {
      std::size_t longest = 0, longestCount = 0;
      for (std::size_t r = 0; r < m_store->ringCount(f); ++r) {
        const auto [rf, rl] = m_store->ringVertexRange(f, r);
        if (rl - rf > longestCount) {
          longest = r;
          longestCount = rl - rf;
        }
      }
      const auto [rf, rl] = m_store->ringVertexRange(f, longest);
      ringToPixels(line, frame, rf, rl);
      c.placement = LabelCandidate::Placement::Line;
      c.line = line;
      break;
    }
    case GeometryKind::Empty:
      continue;
    }
    if (std::isfinite(c.anchor.x()) && std::isfinite(c.anchor.y()))
      candidates.push_back(std::move(c));
  }
  m_labels->addCandidates(m_labelLayer, std::move(candidates));
}

} // namespace rc
