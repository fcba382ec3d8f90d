#include "dashboard/DarkMapTheme.h"

#include "map/LayerStack.h"
#include "map/MapCanvas.h"
#include "map/VectorLayer.h"

namespace rc {

DarkMapTheme::DarkMapTheme(MapCanvas *canvas, LayerStack *layers, QObject *parent)
    : QObject(parent), m_canvas(canvas), m_layers(layers)
{
  if (m_layers)
    connect(m_layers, &LayerStack::layerAdded, this, [this](MapLayer *layer) {
      if (m_active)
        darken(layer);
    });
}

void DarkMapTheme::setDarkBackground(const QColor &colour)
{
  m_darkBackground = colour;
  if (m_active)
    applyBackground();
}

void DarkMapTheme::setActive(bool active)
{
  if (active == m_active)
    return;
  m_active = active;
  if (active) {
    m_savedBackground = m_canvas ? m_canvas->backgroundColor() : QColor();
    applyBackground();
    if (m_layers)
      for (MapLayer *layer : m_layers->layers())
        darken(layer);
    return;
  }
  for (const SavedStyle &saved : std::as_const(m_saved))
    if (saved.layer)
      saved.layer->setStyle(saved.style);
  m_saved.clear();
  if (m_canvas && m_savedBackground.isValid())
    m_canvas->setBackgroundColor(m_savedBackground);
}

void DarkMapTheme::darken(MapLayer *layer)
{
  auto *vector = qobject_cast<VectorLayer *>(layer);
  if (!vector || !vector->darkStyle())
    return;
  m_saved.append({vector, vector->style()});
  vector->setStyle(*vector->darkStyle());
}

void DarkMapTheme::applyBackground()
{
  if (m_canvas && m_darkBackground.isValid())
    m_canvas->setBackgroundColor(m_darkBackground);
}

} // namespace rc
