#include "map/LayerPanel.h"

#include "map/LayerListModel.h"
#include "map/LayerStack.h"
#include "map/MapLayer.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace rc {

namespace {

/// Adds state icons (loading, failed) to the layer list for display.
class LayerDecorationModel : public QIdentityProxyModel
{
public:
  using QIdentityProxyModel::QIdentityProxyModel;

  QVariant data(const QModelIndex &index, int role) const override
  {
    if (role == Qt::DecorationRole) {
      const auto state = MapLayer::State(QIdentityProxyModel::data(index, LayerListModel::StateRole).toInt());
      if (state == MapLayer::State::Failed)
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
      if (state == MapLayer::State::Loading)
        return QApplication::style()->standardIcon(QStyle::SP_BrowserReload);
      return {};
    }
    return QIdentityProxyModel::data(index, role);
  }
};

} // namespace

LayerPanel::LayerPanel(LayerStack *stack, QWidget *parent)
    : QWidget(parent), m_stack(stack), m_model(new LayerListModel(stack, this)), m_view(new QListView(this)),
      m_opacityLabel(new QLabel(this)), m_opacity(new QSlider(Qt::Horizontal, this)),
      m_zoomButton(new QToolButton(this)), m_removeButton(new QToolButton(this))
{
  auto *proxy = new LayerDecorationModel(this);
  proxy->setSourceModel(m_model);
  m_view->setModel(proxy);
  m_view->setDragDropMode(QAbstractItemView::InternalMove);
  m_view->setDefaultDropAction(Qt::MoveAction);
  m_view->setSelectionMode(QAbstractItemView::SingleSelection);
  m_view->setContextMenuPolicy(Qt::CustomContextMenu);
  connect(m_view, &QListView::customContextMenuRequested, this, &LayerPanel::showContextMenu);
  connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
          &LayerPanel::syncOpacitySlider);
  connect(m_model, &QAbstractItemModel::dataChanged, this, &LayerPanel::syncOpacitySlider);
  m_view->setEditTriggers(QAbstractItemView::EditKeyPressed);
  connect(m_view, &QListView::doubleClicked, this, [this] {
    if (MapLayer *layer = currentLayer())
      emit styleRequested(layer);
  });

  m_opacity->setRange(0, 100);
  connect(m_opacity, &QSlider::valueChanged, this, [this](int value) {
    if (MapLayer *layer = currentLayer())
      layer->setOpacity(value / 100.0);
  });
  m_zoomButton->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
  connect(m_zoomButton, &QToolButton::clicked, this, [this] {
    if (MapLayer *layer = currentLayer())
      emit zoomToLayerRequested(layer);
  });
  m_removeButton->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
  connect(m_removeButton, &QToolButton::clicked, this, &LayerPanel::removeCurrentLayer);

  auto *tools = new QHBoxLayout;
  tools->addWidget(m_opacityLabel);
  tools->addWidget(m_opacity, 1);
  tools->addWidget(m_zoomButton);
  tools->addWidget(m_removeButton);
  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(m_view, 1);
  layout->addLayout(tools);
  retranslate();
  syncOpacitySlider();
}

MapLayer *LayerPanel::currentLayer() const
{
  const auto *proxy = static_cast<QIdentityProxyModel *>(m_view->model());
  return m_model->layerAt(proxy->mapToSource(m_view->currentIndex()));
}

void LayerPanel::setCurrentLayer(const MapLayer *layer)
{
  const auto *proxy = static_cast<QIdentityProxyModel *>(m_view->model());
  m_view->setCurrentIndex(proxy->mapFromSource(m_model->indexOf(layer)));
}

void LayerPanel::removeCurrentLayer()
{
  if (MapLayer *layer = currentLayer())
    m_stack->removeLayer(layer);
}

void LayerPanel::syncOpacitySlider()
{
  const MapLayer *layer = currentLayer();
  m_opacity->setEnabled(layer);
  m_zoomButton->setEnabled(layer);
  m_removeButton->setEnabled(layer);
  const QSignalBlocker block(m_opacity);
  m_opacity->setValue(layer ? int(std::lround(layer->opacity() * 100)) : 100);
}

void LayerPanel::showContextMenu(const QPoint &pos)
{
  if (!currentLayer())
    return;
  QMenu menu(this);
  menu.addAction(tr("Zoom to Layer"), this, [this] { emit zoomToLayerRequested(currentLayer()); });
  menu.addAction(tr("Style…"), this, [this] { emit styleRequested(currentLayer()); });
  menu.addAction(tr("Rename"), this, [this] { m_view->edit(m_view->currentIndex()); });
  menu.addSeparator();
  menu.addAction(tr("Remove Layer"), this, &LayerPanel::removeCurrentLayer);
  emit contextMenuAboutToShow(&menu, currentLayer());
  menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void LayerPanel::changeEvent(QEvent *event)
{
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QWidget::changeEvent(event);
}

void LayerPanel::retranslate()
{
  m_opacityLabel->setText(tr("Opacity"));
  m_opacity->setToolTip(tr("Opacity of the selected layer"));
  m_zoomButton->setToolTip(tr("Zoom to the selected layer"));
  m_removeButton->setToolTip(tr("Remove the selected layer"));
}

} // namespace rc
