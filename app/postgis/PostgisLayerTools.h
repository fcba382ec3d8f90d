#pragma once

#include <QObject>

class QMenu;

namespace rc {

class LayerPanel;
class LayerStack;
class MapCanvas;
class MapLayer;
class MessageBar;
class VectorLayer;

/// Feeds the map's view to the view-driven database layers (see ViewFetcher) and offers their
/// server-side filter in the layer list's context menu (Server Filter…, Clear Server Filter).
/// Owned by the window; GUI thread.
class PostgisLayerTools final : public QObject
{
  Q_OBJECT

public:
  PostgisLayerTools(QObject *parent, MapCanvas *canvas, LayerStack *layers, LayerPanel *panel,
                    MessageBar *messages);

  /// Opens the filter dialog for a view-driven layer.
  void editServerFilter(VectorLayer *layer);

private:
  void sendView();
  void sendView(MapLayer *layer);
  void addMenuActions(QMenu *menu, MapLayer *layer);

  MapCanvas *m_canvas;
  LayerStack *m_layers;
  LayerPanel *m_panel;
  MessageBar *m_messages;
};

} // namespace rc
