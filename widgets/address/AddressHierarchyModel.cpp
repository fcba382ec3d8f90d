#include "address/AddressHierarchyModel.h"

#include "address/AddressFormat.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace rc {

struct AddressHierarchyModel::Item
{
  AddressNode node;
  Item *parent = nullptr;
  int row = 0;
  std::vector<std::unique_ptr<Item>> children;
  enum class State { NotFetched, Fetching, Fetched } state = State::NotFetched;
};

namespace {

struct Listing
{
  std::vector<AddressNode> nodes;
  QString error;
};

} // namespace

AddressHierarchyModel::AddressHierarchyModel(QObject *parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Item>())
{
  m_pool.setMaxThreadCount(2);
}

AddressHierarchyModel::~AddressHierarchyModel() = default;

void AddressHierarchyModel::setHierarchy(std::shared_ptr<const AddressHierarchy> hierarchy)
{
  beginResetModel();
  m_hierarchy = std::move(hierarchy);
  m_root = std::make_unique<Item>();
  ++m_generation;
  m_pending = 0;
  endResetModel();
}

AddressHierarchyModel::Item *AddressHierarchyModel::itemOf(const QModelIndex &index) const
{
  return index.isValid() ? static_cast<Item *>(index.internalPointer()) : m_root.get();
}

QModelIndex AddressHierarchyModel::indexOf(Item *item) const
{
  return item == m_root.get() ? QModelIndex() : createIndex(item->row, 0, item);
}

const AddressNode *AddressHierarchyModel::node(const QModelIndex &index) const
{
  return index.isValid() ? &itemOf(index)->node : nullptr;
}

QModelIndex AddressHierarchyModel::index(int row, int column, const QModelIndex &parent) const
{
  const Item *item = itemOf(parent);
  if (row < 0 || column < 0 || column >= ColumnCount || row >= int(item->children.size()))
    return {};
  return createIndex(row, column, item->children[std::size_t(row)].get());
}

QModelIndex AddressHierarchyModel::parent(const QModelIndex &child) const
{
  if (!child.isValid())
    return {};
  return indexOf(itemOf(child)->parent);
}

int AddressHierarchyModel::rowCount(const QModelIndex &parent) const
{
  if (parent.column() > 0)
    return 0;
  return int(itemOf(parent)->children.size());
}

int AddressHierarchyModel::columnCount(const QModelIndex &) const
{
  return ColumnCount;
}

bool AddressHierarchyModel::hasChildren(const QModelIndex &parent) const
{
  if (parent.column() > 0)
    return false;
  const Item *item = itemOf(parent);
  if (item == m_root.get())
    return m_hierarchy != nullptr;
  if (item->state == Item::State::Fetched)
    return !item->children.empty();
  return item->node.hasChildren;
}

bool AddressHierarchyModel::canFetchMore(const QModelIndex &parent) const
{
  if (!m_hierarchy || parent.column() > 0)
    return false;
  const Item *item = itemOf(parent);
  return item->state == Item::State::NotFetched && (item == m_root.get() || item->node.hasChildren);
}

void AddressHierarchyModel::fetchMore(const QModelIndex &parent)
{
  if (!canFetchMore(parent))
    return;
  Item *item = itemOf(parent);
  item->state = Item::State::Fetching;
  ++m_pending;
  const bool root = item == m_root.get();
  auto *watcher = new QFutureWatcher<Listing>(this);
  // Items live as long as their generation: a reset drops the answer instead of using `item`.
  connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, item, generation = m_generation] {
    watcher->deleteLater();
    if (generation != m_generation)
      return;
    --m_pending;
    Listing listing = watcher->result();
    item->state = Item::State::Fetched;
    const QModelIndex parentIndex = indexOf(item);
    if (!listing.nodes.empty()) {
      beginInsertRows(parentIndex, 0, int(listing.nodes.size()) - 1);
      for (AddressNode &node : listing.nodes) {
        auto child = std::make_unique<Item>();
        child->node = std::move(node);
        child->parent = item;
        child->row = int(item->children.size());
        item->children.push_back(std::move(child));
      }
      endInsertRows();
    } else if (parentIndex.isValid()) {
      // The expander goes: there was nothing after all.
      emit dataChanged(parentIndex, parentIndex);
    }
    if (!listing.error.isEmpty())
      emit failed(listing.error);
    emit fetched(parentIndex);
  });
  watcher->setFuture(
      QtConcurrent::run(&m_pool, [hierarchy = m_hierarchy, node = item->node, root]() -> Listing {
        try {
          return {root ? hierarchy->roots() : hierarchy->children(node), {}};
        } catch (const AddressIndexError &e) {
          return {{}, e.message()};
        }
      }));
}

QVariant AddressHierarchyModel::data(const QModelIndex &index, int role) const
{
  if (!index.isValid())
    return {};
  const AddressNode &node = itemOf(index)->node;
  if (index.column() == CountColumn) {
    if (role == Qt::DisplayRole)
      return QLocale().toString(node.addressCount);
    if (role == Qt::TextAlignmentRole)
      return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole)
      return QColor(0x70, 0x70, 0x70);
    return {};
  }
  switch (role) {
  case Qt::DisplayRole:
    return node.label;
  case Qt::ToolTipRole: {
    QString tip = AddressFormat::levelName(node.level) + u": "_s + node.label;
    if (!node.addrCode.isEmpty())
      tip += u"\n"_s + node.addrCode;
    return tip;
  }
  default:
    return {};
  }
}

QVariant AddressHierarchyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
    return {};
  return section == NameColumn ? tr("Standard address") : tr("Addresses");
}

} // namespace rc
