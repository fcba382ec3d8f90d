#pragma once

#include "map/VectorLayer.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <cstdint>
#include <vector>

class QItemSelection;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTableView;
class QToolButton;

namespace rc {

class AttributeTableModel;
struct ExpressionError;

/// The attribute table of one vector layer: a table over AttributeTableModel, an expression filter
/// (Enter applies it; a parse error or unknown field is shown in red under it, with its position,
/// and nothing is applied), a progress bar and Cancel while a filter or sort runs, "N of M
/// features", and the table's selection kept in step with the layer's both ways. For a dock or a
/// window of its own; follows the layer when it reloads. GUI thread.
class AttributeTableWidget : public QWidget
{
  Q_OBJECT

public:
  explicit AttributeTableWidget(VectorLayer *layer, QWidget *parent = nullptr);
  ~AttributeTableWidget() override;

  [[nodiscard]] VectorLayer *layer() const { return m_layer; }
  [[nodiscard]] AttributeTableModel *model() const { return m_model; }
  [[nodiscard]] QTableView *view() const { return m_view; }
  [[nodiscard]] QLineEdit *filterEdit() const { return m_filter; }
  [[nodiscard]] QProgressBar *progressBar() const { return m_progress; }
  /// The expression error under the filter; empty when there is none.
  [[nodiscard]] QString errorText() const;
  /// "N of M features, K selected".
  [[nodiscard]] QString statusText() const;

public slots:
  /// Applies the expression in the filter box (what Enter does).
  void applyFilter();
  void clearFilter();
  void cancelFilter();

signals:
  void zoomToSelectionRequested(rc::VectorLayer *layer);

protected:
  void changeEvent(QEvent *event) override;

private:
  void retranslate();
  /// "Attribute table — layer name", kept up when the layer is renamed.
  void updateTitle();
  void showError(const QString &text, const ExpressionError &error);
  void hideError();
  void updateStatus();
  void onBusyChanged(bool busy);
  void onProgress(double fraction);
  void onLayerLoaded();
  /// The layer's selection into the view, as ranges of consecutive rows.
  void selectRowsFromLayer();
  /// The view's selection into the layer; features the filter hides keep their state.
  void selectFeaturesFromView();

  QPointer<VectorLayer> m_layer;
  AttributeTableModel *m_model;
  QLineEdit *m_filter;
  QLabel *m_error;
  QTableView *m_view;
  QProgressBar *m_progress;
  QToolButton *m_cancel;
  QLabel *m_status;
  QToolButton *m_zoomButton;
  QToolButton *m_clearSelectionButton;
  QString m_errorText;
  /// Set while one side's selection is written into the other, so the echo is ignored.
  bool m_syncing = false;
  /// A drag over the rows changes the selection at every step; the layer follows once per turn.
  QTimer m_viewSelectionTimer;
};

} // namespace rc
