#pragma once

#include "style/Symbol.h"

#include <QColor>
#include <QList>
#include <QObject>
#include <QPointer>

namespace rc {

class LayerStack;
class MapCanvas;
class MapLayer;
class VectorLayer;

/// Switches a map between its own look and its dark variant, for big-screen mode: every vector
/// layer with a dark style (VectorLayer::darkStyle(), from the project) draws with it, and the
/// canvas takes the dark background; switching back restores the styles and the background it
/// replaced. Layers added while dark (the demo city arriving) turn dark as they come. It is style
/// data throughout, not an inversion of pixels: layers without a dark style, the data layers, keep
/// their colours, so an alarm stays red. Lends the canvas and the stack; GUI thread.
class DarkMapTheme : public QObject
{
  Q_OBJECT

public:
  DarkMapTheme(MapCanvas *canvas, LayerStack *layers, QObject *parent = nullptr);

  /// The background of the dark map (the project's); invalid keeps the map's own.
  [[nodiscard]] QColor darkBackground() const { return m_darkBackground; }
  void setDarkBackground(const QColor &colour);
  [[nodiscard]] bool isActive() const { return m_active; }
  void setActive(bool active);

private:
  void darken(MapLayer *layer);
  void applyBackground();

  struct SavedStyle
  {
    QPointer<VectorLayer> layer;
    VectorStyle style;
  };

  QPointer<MapCanvas> m_canvas;
  QPointer<LayerStack> m_layers;
  QColor m_darkBackground;
  QColor m_savedBackground;
  QList<SavedStyle> m_saved;
  bool m_active = false;
};

} // namespace rc
