#pragma once

#include <QWidget>

class QListView;
class QMenu;
class QSlider;
class QToolButton;
class QLabel;

namespace rc {

class LayerListModel;
class LayerStack;
class MapLayer;

/// The layer list: visibility check boxes, order by drag and drop, opacity of the current layer,
/// remove and zoom-to-layer; loading and failed layers are marked. Edits go straight to the layers.
class LayerPanel : public QWidget
{
  Q_OBJECT

public:
  explicit LayerPanel(LayerStack *stack, QWidget *parent = nullptr);

  [[nodiscard]] MapLayer *currentLayer() const;
  void setCurrentLayer(const MapLayer *layer);
  [[nodiscard]] LayerListModel *model() const { return m_model; }
  [[nodiscard]] QListView *view() const { return m_view; }

public slots:
  void removeCurrentLayer();

signals:
  void zoomToLayerRequested(rc::MapLayer *layer);
  void styleRequested(rc::MapLayer *layer);
  /// The context menu of `layer` is about to open: others may add their actions to `menu`.
  void contextMenuAboutToShow(QMenu *menu, rc::MapLayer *layer);

protected:
  void changeEvent(QEvent *event) override;

private:
  void retranslate();
  void syncOpacitySlider();
  void showContextMenu(const QPoint &pos);

  LayerStack *m_stack;
  LayerListModel *m_model;
  QListView *m_view;
  QLabel *m_opacityLabel;
  QSlider *m_opacity;
  QToolButton *m_zoomButton;
  QToolButton *m_removeButton;
};

} // namespace rc
