#pragma once

#include <QAbstractListModel>

namespace rc {

class LayerStack;
class MapLayer;

/// The layer stack as a list for views, top layer first (row 0 is drawn last), as every GIS shows
/// it. Check state toggles visibility; rows reorder by drag and drop. GUI thread.
class LayerListModel : public QAbstractListModel
{
  Q_OBJECT

public:
  enum Role { LayerIdRole = Qt::UserRole + 1, StateRole, OpacityRole, ErrorRole };

  explicit LayerListModel(LayerStack *stack, QObject *parent = nullptr);

  [[nodiscard]] MapLayer *layerAt(const QModelIndex &index) const;
  [[nodiscard]] QModelIndex indexOf(const MapLayer *layer) const;
  /// Moves a row to another row position (both in view order), as a drop does.
  void moveLayerRow(int fromRow, int toRow);

  [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
  [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
  bool setData(const QModelIndex &index, const QVariant &value, int role) override;
  [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
  [[nodiscard]] Qt::DropActions supportedDropActions() const override;
  [[nodiscard]] QStringList mimeTypes() const override;
  [[nodiscard]] QMimeData *mimeData(const QModelIndexList &indexes) const override;
  bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                    const QModelIndex &parent) override;

private:
  [[nodiscard]] int rowOfDrawingIndex(int drawingIndex) const;

  LayerStack *m_stack;
};

} // namespace rc
