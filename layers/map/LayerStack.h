#pragma once

#include "map/MapLayer.h"

#include <QList>
#include <QObject>

#include <memory>
#include <vector>

namespace rc {

/// The map document's layers, in drawing order (index 0 is drawn first, at the bottom). Owns them;
/// hands them out by pointer. Emits changes so the canvas and the layer panel follow. GUI thread.
class LayerStack : public QObject
{
  Q_OBJECT

public:
  explicit LayerStack(QObject *parent = nullptr);
  ~LayerStack() override;

  /// Adds on top of the others and takes ownership.
  MapLayer *addLayer(std::unique_ptr<MapLayer> layer);
  /// Removes and deletes the layer.
  void removeLayer(MapLayer *layer);
  /// Moves the layer at drawing index `from` to drawing index `to`.
  void moveLayer(int from, int to);
  void clear();

  [[nodiscard]] int count() const { return int(m_layers.size()); }
  [[nodiscard]] MapLayer *layer(int drawingIndex) const { return m_layers[std::size_t(drawingIndex)].get(); }
  [[nodiscard]] int indexOf(const MapLayer *layer) const;
  [[nodiscard]] MapLayer *layerById(const QString &id) const;
  /// Every layer, bottom first.
  [[nodiscard]] QList<MapLayer *> layers() const;
  /// Visible, drawable layers, bottom first: what a frame draws.
  [[nodiscard]] QList<MapLayer *> visibleLayers() const;

signals:
  void layerAdded(rc::MapLayer *layer, int drawingIndex);
  void layerAboutToBeRemoved(rc::MapLayer *layer, int drawingIndex);
  void layerRemoved();
  void layerMoved(int from, int to);
  void layerPropertiesChanged(rc::MapLayer *layer);
  /// Something that changes the picture happened: a layer added, removed, moved, restyled, toggled.
  void repaintNeeded();

private:
  std::vector<std::unique_ptr<MapLayer>> m_layers;
};

} // namespace rc
