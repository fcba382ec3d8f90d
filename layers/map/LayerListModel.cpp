#include "map/LayerListModel.h"

#include "map/LayerStack.h"
#include "map/VectorLayer.h"

#include <QMimeData>

using namespace Qt::StringLiterals;

namespace rc {

namespace {
const QString kLayerMimeType = u"application/x-rongcheng-layer-id"_s;
}

LayerListModel::LayerListModel(LayerStack *stack, QObject *parent)
    : QAbstractListModel(parent), m_stack(stack)
{
  connect(stack, &LayerStack::layerAdded, this, [this](MapLayer *, int drawingIndex) {
    // Adding at drawing index i means the layer appears at row count-1-i of the new list.
    const int row = m_stack->count() - 1 - drawingIndex;
    beginInsertRows({}, row, row);
    endInsertRows();
  });
  connect(stack, &LayerStack::layerAboutToBeRemoved, this, [this](MapLayer *, int drawingIndex) {
    const int row = rowOfDrawingIndex(drawingIndex);
    beginRemoveRows({}, row, row);
  });
  connect(stack, &LayerStack::layerRemoved, this, [this] { endRemoveRows(); });
  connect(stack, &LayerStack::layerMoved, this, [this] {
    // Moves are rare and small; a reset keeps the row arithmetic out of the way.
    beginResetModel();
    endResetModel();
  });
  connect(stack, &LayerStack::layerPropertiesChanged, this, [this](MapLayer *layer) {
    const QModelIndex index = indexOf(layer);
    emit dataChanged(index, index);
  });
}

int LayerListModel::rowOfDrawingIndex(int drawingIndex) const
{
  return m_stack->count() - 1 - drawingIndex;
}

MapLayer *LayerListModel::layerAt(const QModelIndex &index) const
{
  if (!index.isValid() || index.row() >= m_stack->count())
    return nullptr;
  return m_stack->layer(m_stack->count() - 1 - index.row());
}

QModelIndex LayerListModel::indexOf(const MapLayer *layer) const
{
  const int drawingIndex = m_stack->indexOf(layer);
  return drawingIndex < 0 ? QModelIndex() : index(rowOfDrawingIndex(drawingIndex));
}

void LayerListModel::moveLayerRow(int fromRow, int toRow)
{
  const int n = m_stack->count();
  if (fromRow < 0 || fromRow >= n)
    return;
  toRow = std::clamp(toRow, 0, n - 1);
  m_stack->moveLayer(n - 1 - fromRow, n - 1 - toRow);
}

int LayerListModel::rowCount(const QModelIndex &parent) const
{
  return parent.isValid() ? 0 : m_stack->count();
}

QVariant LayerListModel::data(const QModelIndex &index, int role) const
{
  const MapLayer *layer = layerAt(index);
  if (!layer)
    return {};
  switch (role) {
  case Qt::DisplayRole:
  case Qt::EditRole:
    return layer->name();
  case Qt::CheckStateRole:
    return layer->isVisible() ? Qt::Checked : Qt::Unchecked;
  case Qt::ToolTipRole: {
    if (layer->state() == MapLayer::State::Failed)
      return layer->errorMessage();
    // A view-driven layer says when it shows a partial set or a server filter.
    const auto *vector = qobject_cast<const VectorLayer *>(layer);
    return vector && !vector->warningMessage().isEmpty() ? layer->name() + u'\n' + vector->warningMessage()
                                                         : layer->name();
  }
  case LayerIdRole:
    return layer->id();
  case StateRole:
    return int(layer->state());
  case OpacityRole:
    return layer->opacity();
  case ErrorRole:
    return layer->errorMessage();
  default:
    return {};
  }
}

bool LayerListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
  MapLayer *layer = layerAt(index);
  if (!layer)
    return false;
  if (role == Qt::CheckStateRole) {
    layer->setVisible(value.toInt() == Qt::Checked);
    return true;
  }
  if (role == Qt::EditRole && !value.toString().trimmed().isEmpty()) {
    layer->setName(value.toString().trimmed());
    return true;
  }
  if (role == OpacityRole) {
    layer->setOpacity(value.toDouble());
    return true;
  }
  return false;
}

Qt::ItemFlags LayerListModel::flags(const QModelIndex &index) const
{
  if (!index.isValid())
    return Qt::ItemIsDropEnabled;
  return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsEditable |
         Qt::ItemIsDragEnabled;
}

Qt::DropActions LayerListModel::supportedDropActions() const
{
  return Qt::MoveAction;
}

QStringList LayerListModel::mimeTypes() const
{
  return {kLayerMimeType};
}

QMimeData *LayerListModel::mimeData(const QModelIndexList &indexes) const
{
  if (indexes.isEmpty() || !layerAt(indexes.first()))
    return nullptr;
  auto *data = new QMimeData;
  data->setData(kLayerMimeType, layerAt(indexes.first())->id().toUtf8());
  return data;
}

bool LayerListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                  const QModelIndex &parent)
{
  if (action != Qt::MoveAction || !data || !data->hasFormat(kLayerMimeType))
    return false;
  const MapLayer *layer = m_stack->layerById(QString::fromUtf8(data->data(kLayerMimeType)));
  if (!layer)
    return false;
  const int fromRow = indexOf(layer).row();
  int toRow = row >= 0 ? row : (parent.isValid() ? parent.row() : m_stack->count());
  // Dropping below itself: the row it lands on shifts up once it has left its old place.
  if (toRow > fromRow)
    --toRow;
  moveLayerRow(fromRow, toRow);
  // The move is done; returning false keeps the view from also removing the dragged row.
  return false;
}

} // namespace rc
