#include "map/MapLayer.h"

#include <QUuid>

namespace rc {

MapLayer::MapLayer(QString name, QObject *parent)
    : QObject(parent), m_id(QUuid::createUuid().toString(QUuid::WithoutBraces)), m_name(std::move(name))
{}

void MapLayer::setName(const QString &name)
{
  if (name == m_name)
    return;
  m_name = name;
  emit propertiesChanged();
}

void MapLayer::setVisible(bool visible)
{
  if (visible == m_visible)
    return;
  m_visible = visible;
  emit propertiesChanged();
  emit repaintNeeded();
}

void MapLayer::setOpacity(double opacity)
{
  opacity = std::clamp(opacity, 0.0, 1.0);
  if (qFuzzyCompare(opacity, m_opacity))
    return;
  m_opacity = opacity;
  // Opacity is applied when compositing, so the cached layer image stays valid.
  emit propertiesChanged();
  emit repaintNeeded();
}

void MapLayer::triggerRepaint()
{
  ++m_revision;
  emit repaintNeeded();
}

LayerSnapshots snapshotsOf(const QList<MapLayer *> &layers)
{
  LayerSnapshots snapshots;
  snapshots.reserve(layers.size());
  for (const MapLayer *layer : layers) {
    LayerSnapshot snapshot{layer->name(), nullptr, {}};
    try {
      snapshot.renderer = layer->createRenderer();
    } catch (const std::exception &e) {
      snapshot.error = QString::fromUtf8(e.what());
    }
    snapshots.push_back(std::move(snapshot));
  }
  return snapshots;
}

} // namespace rc
