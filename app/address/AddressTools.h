#pragma once

#include "address/AddressHierarchy.h"
#include "address/AddressIndexLoader.h"
#include "address/AddressQuality.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <map>
#include <memory>

class QAction;
class QDockWidget;
class QMainWindow;
class QProgressBar;
class QToolBar;

namespace rc {

class AddressHierarchyPanel;
class AddressMarker;
class AddressSearchBox;
class LayerStack;
class MapCanvas;
class MapLayer;
class MessageBar;
class ReverseGeocodeTool;
class VectorLayer;

/// The standard-address features of the main window, wired together: the search box (its own
/// toolbar, Ctrl+F), the hierarchy browser dock, the reverse-geocoding map tool, the quality check
/// with its findings layer, and the pin that marks where each of them took the map. The address
/// index comes from the first layer of standard addresses that appears in the layer stack
/// (the demo city's `addresses`), opened or built on a worker and reused across starts.
///
/// Adds its dock and status-bar progress to the window itself; the window places the toolbar
/// (after its own) and puts the actions into its menus. Owned by the window; GUI thread.
class AddressTools final : public QObject
{
  Q_OBJECT

public:
  AddressTools(QMainWindow *window, MapCanvas *canvas, LayerStack *layers, MessageBar *messages);
  ~AddressTools() override;

  [[nodiscard]] AddressSearchBox *searchBox() const { return m_searchBox; }
  /// The search box's toolbar, for the window to add.
  [[nodiscard]] QToolBar *toolbar() const { return m_toolbar; }
  [[nodiscard]] AddressHierarchyPanel *hierarchyPanel() const { return m_hierarchyPanel; }
  [[nodiscard]] QDockWidget *hierarchyDock() const { return m_hierarchyDock; }
  [[nodiscard]] ReverseGeocodeTool *reverseTool() const { return m_reverseTool; }
  [[nodiscard]] AddressMarker *marker() const { return m_marker; }
  [[nodiscard]] AddressIndexLoader *loader() const { return m_loader; }
  /// Ctrl+F: to the search box.
  [[nodiscard]] QAction *searchAction() const { return m_searchAction; }
  /// The reverse-geocoding tool; checkable, for the window's group of map tools.
  [[nodiscard]] QAction *reverseAction() const { return m_reverseAction; }
  [[nodiscard]] QAction *qualityCheckAction() const { return m_qualityAction; }
  /// Opens the dialog that geocodes a CSV file with the loaded index.
  [[nodiscard]] QAction *geocodeFileAction() const { return m_geocodeAction; }
  /// The layer of the last quality check's findings, while it is in the stack.
  [[nodiscard]] VectorLayer *findingsLayer() const;
  [[nodiscard]] bool isCheckingQuality() const { return m_qualityWatcher != nullptr; }

  /// Takes the map to a search result and marks it.
  void goTo(const GeocodeResult &result);
  /// Takes the map to an entry of the hierarchy and marks it.
  void goTo(const AddressNode &node);
  /// Checks the quality of the loaded address source on a worker; the findings become a layer.
  void checkQuality();
  void showGeocodeDialog();

  /// Where the findings of a source's check are written: beside it, or in the cache when its
  /// folder is read-only.
  [[nodiscard]] static QString findingsPathFor(const QString &sourcePath);
  /// The translated name of a quality rule, for the legend and messages.
  [[nodiscard]] static QString ruleName(QualityRule rule);

signals:
  /// A quality check ended, with the count per rule (nothing when it failed or was cancelled).
  void qualityChecked(const std::map<rc::QualityRule, qint64> &counts);

protected:
  bool eventFilter(QObject *watched, QEvent *event) override;

private:
  struct QualityJob;
  struct QualityOutcome
  {
    std::map<QualityRule, qint64> counts;
    qint64 addressCount = 0;
    QString findingsPath;
    QString error;
  };

  void onLayerAdded(MapLayer *layer);
  void onIndexReady();
  void onQualityFinished();
  void showProgress(int percent, const QString &label);
  void zoomToLonLat(const BBox &lonLatBox, double minimumMetres);
  /// The extent of a grid's polygon in a loaded grids layer, in lon/lat; empty when not loaded.
  [[nodiscard]] BBox gridBounds(const QString &gridCode) const;
  void retranslate();

  QMainWindow *m_window;
  MapCanvas *m_canvas;
  LayerStack *m_layers;
  MessageBar *m_messages;
  AddressIndexLoader *m_loader;
  AddressSearchBox *m_searchBox;
  QToolBar *m_toolbar;
  AddressHierarchyPanel *m_hierarchyPanel;
  QDockWidget *m_hierarchyDock;
  ReverseGeocodeTool *m_reverseTool;
  AddressMarker *m_marker;
  QProgressBar *m_progress;
  QAction *m_searchAction;
  QAction *m_reverseAction;
  QAction *m_qualityAction;
  QAction *m_geocodeAction;

  std::shared_ptr<QualityJob> m_qualityJob;
  std::unique_ptr<QFutureWatcher<QualityOutcome>> m_qualityWatcher;
  QTimer m_qualityTimer;
  QPointer<VectorLayer> m_findingsLayer;
};

} // namespace rc
