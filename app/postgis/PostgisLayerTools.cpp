#include "postgis/PostgisLayerTools.h"

#include "base/MessageBar.h"
#include "map/LayerPanel.h"
#include "map/LayerStack.h"
#include "map/MapCanvas.h"
#include "map/VectorLayer.h"
#include "map/ViewFetcher.h"
#include "postgis/ServerFilterDialog.h"
#include "privacy/PersonalDataMask.h"

#include <QMenu>

using namespace Qt::StringLiterals;

namespace rc {

PostgisLayerTools::PostgisLayerTools(QObject *parent, MapCanvas *canvas, LayerStack *layers,
                                     LayerPanel *panel, MessageBar *messages)
    : QObject(parent), m_canvas(canvas), m_layers(layers), m_panel(panel), m_messages(messages)
{
  connect(canvas, &MapCanvas::extentChanged, this, qOverload<>(&PostgisLayerTools::sendView));
  connect(canvas, &MapCanvas::crsChanged, this, qOverload<>(&PostgisLayerTools::sendView));
  connect(layers, &LayerStack::layerAdded, this, [this](MapLayer *layer) {
    const auto *vector = qobject_cast<VectorLayer *>(layer);
    if (ViewFetcher *fetcher = ViewFetcher::of(vector)) {
      connect(fetcher, &ViewFetcher::filterRejected, this, [this](const QString &message) {
        m_messages->pushMessage(message, MessageBar::Level::Warning);
      });
      sendView(layer);
    }
  });
  connect(panel, &LayerPanel::contextMenuAboutToShow, this, &PostgisLayerTools::addMenuActions);
}

void PostgisLayerTools::sendView()
{
  for (MapLayer *layer : m_layers->layers())
    sendView(layer);
}

void PostgisLayerTools::sendView(MapLayer *layer)
{
  ViewFetcher *fetcher = ViewFetcher::of(qobject_cast<VectorLayer *>(layer));
  // Before the first zoom there is no view: the layer reads nothing until there is one.
  if (!fetcher || m_canvas->extent().isEmpty())
    return;
  fetcher->setView(m_canvas->visibleExtent(), m_canvas->destinationCrs(), m_canvas->scale());
}

void PostgisLayerTools::addMenuActions(QMenu *menu, MapLayer *layer)
{
  auto *vector = qobject_cast<VectorLayer *>(layer);
  ViewFetcher *fetcher = ViewFetcher::of(vector);
  if (!fetcher)
    return;
  menu->addSeparator();
  menu->addAction(tr("Server Filter…"), this, [this, vector] { editServerFilter(vector); });
  QAction *clear = menu->addAction(tr("Clear Server Filter"), fetcher,
                                   [fetcher] { fetcher->setServerFilter(std::nullopt); });
  clear->setEnabled(fetcher->serverFilter().has_value());
}

void PostgisLayerTools::editServerFilter(VectorLayer *layer)
{
  ViewFetcher *fetcher = ViewFetcher::of(layer);
  if (!fetcher)
    return;
  // The layer's fields are the table's columns as GDAL reads them; the server checks the name again.
  QStringList columns;
  if (const auto store = layer->features()) {
    // Personal columns are not offered: the server would compare their clear values.
    for (int f = 0; f < store->fields().size(); ++f)
      if (!store->isMasked(f) && !PersonalDataMask::isPersonal(store->fields()[f].name))
        columns << store->fields()[f].name;
  }
  ServerFilterDialog dialog(columns, fetcher->serverFilter(), m_panel->window());
  if (dialog.exec() == QDialog::Accepted)
    fetcher->setServerFilter(dialog.filter());
}

} // namespace rc
