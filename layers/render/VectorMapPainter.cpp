#include "render/VectorMapPainter.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace rc {

VectorMapPainter::VectorMapPainter(MapSettings settings, LayerSnapshots layers)
    : m_settings(std::move(settings))
{
  for (LayerSnapshot &layer : layers) {
    if (!layer.error.isEmpty())
      m_errors << layer.layerName + u": "_s + layer.error;
    if (!layer.renderer)
      continue;
    Layer entry{layer.layerName, std::move(layer.renderer)};
    entry.renderer->prepareLabels(m_labels, int(m_layers.size()), m_settings);
    m_layers.push_back(std::move(entry));
  }
}

void VectorMapPainter::paint(QPainter &painter, const std::atomic_bool &cancelled)
{
  const QRectF frame(QPointF(0, 0), m_settings.outputSize());
  painter.save();
  painter.setClipRect(frame, Qt::IntersectClip);
  painter.fillRect(frame, m_settings.backgroundColor());
  for (const Layer &layer : m_layers) {
    if (cancelled)
      break;
    painter.save();
    painter.setOpacity(layer.renderer->opacity());
    try {
      layer.renderer->renderVector(painter, m_settings, cancelled);
    } catch (const std::exception &e) {
      m_errors << layer.name + u": "_s + QString::fromUtf8(e.what());
    }
    painter.restore();
  }
  if (!cancelled && m_labels.hasCandidates())
    m_labels.place(painter, m_settings.outputSize());
  painter.restore();
}

} // namespace rc
