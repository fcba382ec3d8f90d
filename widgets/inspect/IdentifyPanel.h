#pragma once

#include "inspect/IdentifyTool.h"

#include <QWidget>

class QLabel;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace rc {

/// The identify results: layer → feature → attributes under their display names (Chinese field
/// aliases), with "showing N of M" where a layer had more hits than are listed. Choosing a feature
/// flashes it; double-clicking or the zoom button zooms to it. Personal fields (phones, ID numbers,
/// names) are masked until revealFeature(), which the caller does after an authorised, audited
/// unmask; the Unmask button asks for that. Displays what IdentifyTool found; GUI thread, owned by
/// its dock.
class IdentifyPanel : public QWidget
{
  Q_OBJECT

public:
  explicit IdentifyPanel(QWidget *parent = nullptr);

  [[nodiscard]] QTreeWidget *tree() const { return m_tree; }
  [[nodiscard]] QString summaryText() const;
  [[nodiscard]] const IdentifyResults &results() const { return m_results; }
  /// The feature of the current item (or of the feature an attribute row belongs to); a null
  /// store when the current item is a layer or there is none.
  [[nodiscard]] IdentifiedFeature currentFeature() const;
  [[nodiscard]] QToolButton *unmaskButton() const { return m_unmaskButton; }
  /// Shows a feature's personal fields in clear until the next results.
  void revealFeature(const rc::IdentifiedFeature &feature);

public slots:
  void setResults(const rc::IdentifyResults &results);
  /// Shows that a search is running; the old results stay until the new ones come.
  void showSearching();
  void clear();
  void zoomToCurrentFeature();

signals:
  void flashRequested(const rc::IdentifiedFeature &feature);
  /// Asks the canvas to show this box, given in the canvas CRS.
  void zoomRequested(const rc::BBox &canvasBounds);
  /// The operator asks to see the current feature's personal fields in clear.
  void unmaskRequested(rc::VectorLayer *layer, const rc::IdentifiedFeature &feature);

protected:
  void changeEvent(QEvent *event) override;

private:
  void retranslate();
  void updateSummary();
  [[nodiscard]] QTreeWidgetItem *featureItem(QTreeWidgetItem *item) const;
  void fillFeature(QTreeWidgetItem *item, const IdentifyLayerResult &layer, std::uint32_t feature) const;
  void onCurrentItemChanged();
  void updateButtons();
  /// Fills the tree from m_results.
  void rebuildTree();

  IdentifyResults m_results;
  bool m_searching = false;
  QLabel *m_summary;
  QTreeWidget *m_tree;
  QToolButton *m_zoomButton;
  QToolButton *m_flashButton;
  QToolButton *m_unmaskButton;
  /// Features shown in clear: their store and index.
  QList<QPair<const FeatureStore *, std::uint32_t>> m_revealed;
};

} // namespace rc
