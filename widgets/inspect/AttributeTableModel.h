#pragma once

#include "style/Expression.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QTimer>

#include <atomic>
#include <memory>
#include <unordered_set>
#include <vector>

namespace rc {

class FeatureStore;

/// A virtual table over a FeatureStore: one row per feature, one column per field, headed by the
/// field's display name (the Chinese alias). Values are read from the store's columns when a view
/// asks for them and never copied, so a layer of millions of features opens at once.
///
/// Sorting (by a typed, stable sort) and filtering (by an expression) run on a worker thread; the
/// rows in view stay as they are until the result is in, then the model resets to it. A new sort or
/// filter, or cancel(), abandons the running one. Rows map to feature indices (featureAt(), rowOf())
/// so that views can follow the layer's selection. Lives on the GUI thread; the store is shared,
/// immutable, with the workers.
///
/// Personal fields (PersonalDataMask::fieldKind: phones, ID numbers, names) are masked in every
/// role a view or an export reads; a feature shows them in clear only after revealFeatures(), which
/// the caller may do once the unmask has been authorised and audited.
///
/// A subset (the layer's, see VectorLayer::subset()) limits the rows to the features the map draws;
/// sort and filter work within it, and a new subset reuses both, merging them again only.
class AttributeTableModel final : public QAbstractTableModel
{
  Q_OBJECT

public:
  enum Role {
    /// The raw value: qint64, double, QString, or a null QVariant.
    ValueRole = Qt::UserRole,
    /// The feature index the row shows (qulonglong).
    FeatureRole,
  };

  explicit AttributeTableModel(QObject *parent = nullptr);
  ~AttributeTableModel() override;

  /// Shows another snapshot (the layer reloaded). The sort and the filter are kept and run again;
  /// a filter that no longer fits the fields is dropped, and so is the subset (its indices were
  /// the old snapshot's).
  void setStore(std::shared_ptr<const FeatureStore> store);
  [[nodiscard]] const std::shared_ptr<const FeatureStore> &store() const { return m_store; }
  /// Limits the rows to these features (ascending indices into the store); null shows them all.
  void setSubset(std::shared_ptr<const std::vector<std::uint32_t>> subset);
  /// The subset the rows are limited to now (not one still being merged).
  [[nodiscard]] const std::shared_ptr<const std::vector<std::uint32_t>> &subset() const
  {
    return m_applied.subset;
  }
  /// Features the table can show (the subset, or the whole store), filtered out or not: the M of
  /// "N of M".
  [[nodiscard]] std::size_t featureCount() const;

  [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
  [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
  [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
  [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                    int role = Qt::DisplayRole) const override;
  /// Starts ordering the rows by a column; a negative column returns to the store's order. Nulls
  /// come first in ascending order; equal values keep the store's order. Personal columns are not
  /// sorted: their order would tell what the masks hide.
  void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
  [[nodiscard]] int sortColumn() const { return m_applied.sortColumn; }
  [[nodiscard]] Qt::SortOrder sortOrder() const { return m_applied.sortOrder; }

  /// Checks an expression against the store's fields: syntax, then field names.
  [[nodiscard]] bool checkFilter(const QString &text, ExpressionError *error = nullptr) const;
  /// Starts filtering the rows by an expression; an empty text shows every feature. Returns false,
  /// with *error filled and nothing changed, when the expression does not parse, names a field
  /// the store lacks, or reads a personal (masked) column.
  [[nodiscard]] bool setFilterExpression(const QString &text, ExpressionError *error = nullptr);
  void clearFilter();
  /// The expression the rows are filtered by now (not one still running).
  [[nodiscard]] QString filterExpression() const { return m_applied.filterText; }

  [[nodiscard]] std::uint32_t featureAt(int row) const;
  /// The row showing a feature, or -1 when the filter hides it.
  [[nodiscard]] int rowOf(std::uint32_t feature) const;
  /// True when rows go up with feature indices (no sort): ascending features map to ascending rows.
  [[nodiscard]] bool rowsInFeatureOrder() const { return !m_order || m_order->rowOfFeature.empty(); }

  /// Whether a column holds personal data, masked unless its feature is revealed.
  [[nodiscard]] bool isPersonalColumn(int column) const;
  [[nodiscard]] bool hasPersonalColumns() const;
  /// Shows the personal fields of these features in clear, until the store changes or maskAll().
  void revealFeatures(const std::vector<std::uint32_t> &features);
  void maskAll();
  [[nodiscard]] bool isRevealed(std::uint32_t feature) const { return m_revealed.contains(feature); }

  [[nodiscard]] bool isBusy() const { return m_watcher != nullptr; }
  /// Abandons the running sort or filter; the rows stay as they are.
  void cancel();

signals:
  void busyChanged(bool busy);
  /// How far the running filter is, 0 to 1; negative while a step with no measure (a sort) runs.
  void progressChanged(double fraction);

private:
  /// True (with the error, and where in `text`) when the filter reads a personal column.
  /// A personal field's text: masked, or the value after revealFeatures().
  [[nodiscard]] QString shownText(std::uint32_t feature, int field) const;
  [[nodiscard]] bool readsPersonalData(const Expression &expression, const QString &text,
                                       ExpressionError *error) const;
  /// What the rows should be: ordered by a column (or not), filtered by an expression (or not) and
  /// limited to a subset (or not).
  struct Request
  {
    int sortColumn = -1;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    QString filterText;
    Expression filter;
    std::shared_ptr<const std::vector<std::uint32_t>> subset;
  };
  /// The rows shown, as feature indices. Absent: every feature in store order.
  struct RowOrder
  {
    std::vector<std::uint32_t> rows;
    std::vector<std::int32_t> rowOfFeature; ///< only for sorted orders; else rows is ascending
  };
  /// Feature indices shared between the model and its workers: a sort order or filter matches.
  using FeatureList = std::shared_ptr<const std::vector<std::uint32_t>>;
  struct JobState;
  struct JobResult
  {
    FeatureList permutation; ///< the store's features in sort order, when sorted
    FeatureList matches;     ///< the features the filter keeps, ascending, when filtered
    std::shared_ptr<const RowOrder> order;
  };

  /// The worker: filters and sorts what the caches do not already hold, then merges the two into
  /// rows. Returns no order when cancelled.
  static JobResult compute(std::shared_ptr<const FeatureStore> store, Request request,
                           FeatureList permutation, FeatureList matches, std::shared_ptr<JobState> job);

  /// Starts the worker for m_requested (or applies it at once when it needs none).
  void start();
  void abandonJob();
  void onJobFinished();
  /// Emits busyChanged() when isBusy() differs from what was last said.
  void updateBusy();

  std::shared_ptr<const FeatureStore> m_store;
  /// Per column: personal (masked) or not; follows the store.
  std::vector<bool> m_personal;
  std::unordered_set<std::uint32_t> m_revealed;
  Request m_applied;
  Request m_requested;
  /// Caches of the applied sort and filter, so that changing one does not redo the other.
  FeatureList m_permutation;
  FeatureList m_matches;
  std::shared_ptr<const RowOrder> m_order;

  std::shared_ptr<JobState> m_job;
  std::unique_ptr<QFutureWatcher<JobResult>> m_watcher;
  QTimer m_progressTimer;
  bool m_reportedBusy = false;
};

} // namespace rc
