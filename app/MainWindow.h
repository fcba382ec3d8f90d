#pragma once

#include <QMainWindow>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;

namespace rc {

class AddressTools;
class DemoCityLoader;
class LanguageManager;
class LayerOpener;
class LayerPanel;
class ExportDialog;
class EventTools;
class DashboardTools;
class ImpactTools;
class UnmaskController;
class IdentifyPanel;
class IdentifyTool;
class SelectTool;
class StationTools;
class VectorLayer;
class LegendPanel;
class LiveController;
class LiveWiring;
class MeasureTool;
class MapLayer;
class LayerStack;
class MapCanvas;
class MessageBar;
class PositionStatus;
class PostgisTools;

/// The main window: canvas, layer panel, message bar, status bar and the menus that tie them
/// together. Each panel and tool is its own class; this one only wires them.
class MainWindow : public QMainWindow
{
  Q_OBJECT

public:
  explicit MainWindow(LanguageManager *languages, QWidget *parent = nullptr);
  ~MainWindow() override;

  [[nodiscard]] MapCanvas *canvas() const { return m_canvas; }
  [[nodiscard]] LayerStack *layers() const { return m_layers; }
  [[nodiscard]] LayerPanel *layerPanel() const { return m_layerPanel; }
  [[nodiscard]] MessageBar *messageBar() const { return m_messageBar; }
  [[nodiscard]] LayerOpener *opener() const { return m_opener; }
  /// The address search box, hierarchy dock, nearest-address tool and quality check.
  [[nodiscard]] AddressTools *addressTools() const { return m_addressTools; }
  /// The live feeds, alarm dock and feed status of the window.
  [[nodiscard]] LiveWiring *live() const { return m_live; }
  [[nodiscard]] LiveController *liveController() const;
  /// The station chart dock and the history replay toolbar.
  [[nodiscard]] StationTools *stationTools() const { return m_stationTools; }
  /// The impact analysis tool, dock and exports.
  [[nodiscard]] ImpactTools *impactTools() const { return m_impactTools; }
  /// The event time slider and the case desk.
  [[nodiscard]] EventTools *eventTools() const { return m_eventTools; }
  /// The dashboard dock and big-screen mode.
  [[nodiscard]] DashboardTools *dashboardTools() const { return m_dashboardTools; }
  /// Shows personal data in clear after the role check, a reason and the audit record.
  [[nodiscard]] UnmaskController *unmaskController() const { return m_unmask; }
  /// PostGIS layers, import and the role of the database in use (databaseWritableChanged).
  [[nodiscard]] PostgisTools *postgisTools() const { return m_postgisTools; }

  /// Opens data files as layers and .rcproj files as projects (which replace the current map).
  void openPaths(const QStringList &paths);
  void openProject(const QString &path);
  /// Opens the bundled Fuzhou basemap.
  void openDefaultMap();

public slots:
  void showOpenDialog();
  /// Opens files with a chosen text encoding, for shapefiles whose DBF is not GBK and has no .cpg.
  void showOpenWithEncodingDialog();
  void showAbout();
  void showExportDialog();
  void showAttributeTable(rc::MapLayer *layer);
  void zoomToSelection(rc::VectorLayer *layer);
  /// Opens the style dialog of a vector layer (live preview; Cancel restores the style).
  void showStyleDialog(rc::MapLayer *layer);
  /// Impact analysis of a buffer around a point (EPSG:4490 lon/lat), e.g. an alarm's station.
  void analyseImpactAt(double lon, double lat, double metres);

protected:
  void dragEnterEvent(QDragEnterEvent *event) override;
  void dropEvent(QDropEvent *event) override;
  void changeEvent(QEvent *event) override;

private:
  void createActions();
  void createInspectionActions(QActionGroup *tools);
  void createMenus();
  void retranslate();
  void onLayerLoaded();

  LanguageManager *m_languages;
  LayerStack *m_layers;
  MapCanvas *m_canvas;
  MessageBar *m_messageBar;
  LayerPanel *m_layerPanel;
  QDockWidget *m_layerDock;
  LegendPanel *m_legend;
  QDockWidget *m_legendDock;
  PositionStatus *m_position;
  QProgressBar *m_progress;
  LayerOpener *m_opener;
  DemoCityLoader *m_demoLoader;
  MeasureTool *m_measureTool;
  IdentifyTool *m_identifyTool;
  SelectTool *m_selectTool;
  IdentifyPanel *m_identifyPanel;
  QDockWidget *m_identifyDock;
  ExportDialog *m_exportDialog = nullptr;
  AddressTools *m_addressTools = nullptr;
  LiveWiring *m_live = nullptr;
  StationTools *m_stationTools = nullptr;
  ImpactTools *m_impactTools = nullptr;
  DashboardTools *m_dashboardTools = nullptr;
  EventTools *m_eventTools = nullptr;
  UnmaskController *m_unmask = nullptr;
  PostgisTools *m_postgisTools = nullptr;
  QString m_projectTitle;

  QMenu *m_fileMenu = nullptr;
  QMenu *m_viewMenu = nullptr;
  QMenu *m_layerMenu = nullptr;
  QMenu *m_languageMenu = nullptr;
  QMenu *m_helpMenu = nullptr;
  QAction *m_openAction = nullptr;
  QAction *m_openEncodingAction = nullptr;
  QAction *m_quitAction = nullptr;
  QAction *m_zoomFullAction = nullptr;
  QAction *m_zoomLayerAction = nullptr;
  QAction *m_zoomInAction = nullptr;
  QAction *m_zoomOutAction = nullptr;
  QAction *m_panToolAction = nullptr;
  QAction *m_zoomBoxToolAction = nullptr;
  QAction *m_languageSystemAction = nullptr;
  QAction *m_languageChineseAction = nullptr;
  QAction *m_languageEnglishAction = nullptr;
  QAction *m_aboutAction = nullptr;
  QAction *m_styleAction = nullptr;
  QAction *m_measureDistanceAction = nullptr;
  QAction *m_measureAreaAction = nullptr;
  QAction *m_exportAction = nullptr;
  QAction *m_identifyAction = nullptr;
  QAction *m_selectClickAction = nullptr;
  QAction *m_selectBoxAction = nullptr;
  QAction *m_selectPolygonAction = nullptr;
  QAction *m_clearSelectionAction = nullptr;
  QAction *m_attributeTableAction = nullptr;
};

} // namespace rc
