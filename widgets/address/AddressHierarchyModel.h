#pragma once

#include "address/AddressHierarchy.h"

#include <QAbstractItemModel>
#include <QThreadPool>

#include <memory>
#include <vector>

namespace rc {

/// The standard address hierarchy as a lazily filled tree: a level is listed only when a view
/// opens its parent (canFetchMore()/fetchMore()), on a worker thread, and inserted when it arrives.
/// Columns: the name (with the level in its tool tip) and the number of addresses under it.
/// GUI thread; the hierarchy it reads is immutable.
class AddressHierarchyModel final : public QAbstractItemModel
{
  Q_OBJECT

public:
  enum Column { NameColumn, CountColumn, ColumnCount };

  explicit AddressHierarchyModel(QObject *parent = nullptr);
  ~AddressHierarchyModel() override;

  /// Starts over with another hierarchy (null empties the tree).
  void setHierarchy(std::shared_ptr<const AddressHierarchy> hierarchy);
  [[nodiscard]] std::shared_ptr<const AddressHierarchy> hierarchy() const { return m_hierarchy; }
  /// The node behind an index; null for the invisible root.
  [[nodiscard]] const AddressNode *node(const QModelIndex &index) const;
  /// Levels being listed now.
  [[nodiscard]] int pendingFetches() const { return m_pending; }

  [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
  [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
  [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
  [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
  [[nodiscard]] bool hasChildren(const QModelIndex &parent = {}) const override;
  [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
  void fetchMore(const QModelIndex &parent) override;
  [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
  [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
  /// A level could not be read from the index file.
  void failed(const QString &message);
  /// The children of `parent` arrived (possibly none).
  void fetched(const QModelIndex &parent);

private:
  struct Item;
  [[nodiscard]] Item *itemOf(const QModelIndex &index) const;
  [[nodiscard]] QModelIndex indexOf(Item *item) const;

  std::shared_ptr<const AddressHierarchy> m_hierarchy;
  std::unique_ptr<Item> m_root;
  /// Bumped when the tree starts over, so that answers for the old one are dropped.
  quint64 m_generation = 0;
  int m_pending = 0;
  QThreadPool m_pool;
};

} // namespace rc
