#include "map/LayerStack.h"

namespace rc {

LayerStack::LayerStack(QObject *parent) : QObject(parent) {}

LayerStack::~LayerStack() = default;

MapLayer *LayerStack::addLayer(std::unique_ptr<MapLayer> layer)
{
  MapLayer *raw = layer.get();
  raw->setParent(nullptr);
  connect(raw, &MapLayer::repaintNeeded, this, &LayerStack::repaintNeeded);
  connect(raw, &MapLayer::propertiesChanged, this, [this, raw] { emit layerPropertiesChanged(raw); });
  m_layers.push_back(std::move(layer));
  emit layerAdded(raw, count() - 1);
  emit repaintNeeded();
  return raw;
}

void LayerStack::removeLayer(MapLayer *layer)
{
  const int index = indexOf(layer);
  if (index < 0)
    return;
  emit layerAboutToBeRemoved(layer, index);
  std::unique_ptr<MapLayer> taken = std::move(m_layers[std::size_t(index)]);
  m_layers.erase(m_layers.begin() + index);
  taken->disconnect(this);
  emit layerRemoved();
  emit repaintNeeded();
}

void LayerStack::moveLayer(int from, int to)
{
  if (from == to || from < 0 || to < 0 || from >= count() || to >= count())
    return;
  auto layer = std::move(m_layers[std::size_t(from)]);
  m_layers.erase(m_layers.begin() + from);
  m_layers.insert(m_layers.begin() + to, std::move(layer));
  emit layerMoved(from, to);
  emit repaintNeeded();
}

void LayerStack::clear()
{
  while (!m_layers.empty())
    removeLayer(m_layers.back().get());
}

int LayerStack::indexOf(const MapLayer *layer) const
{
  for (std::size_t i = 0; i < m_layers.size(); ++i)
    if (m_layers[i].get() == layer)
      return int(i);
  return -1;
}

MapLayer *LayerStack::layerById(const QString &id) const
{
  for (const auto &layer : m_layers)
    if (layer->id() == id)
      return layer.get();
  return nullptr;
}

QList<MapLayer *> LayerStack::layers() const
{
  QList<MapLayer *> result;
  for (const auto &layer : m_layers)
    result << layer.get();
  return result;
}

QList<MapLayer *> LayerStack::visibleLayers() const
{
  QList<MapLayer *> result;
  for (const auto &layer : m_layers)
    if (layer->isVisible() && layer->state() == MapLayer::State::Ready)
      result << layer.get();
  return result;
}

} // namespace rc
