#include "MainWindow.h"

#include "LanguageManager.h"
#include "dashboard/DashboardTools.h"
#include "demo/DemoCityLoader.h"
#include "live/LiveController.h"
#include "live/LiveWiring.h"
#include "live/StationTools.h"
#include "ops/CaseDesk.h"
#include "ops/EventTools.h"
#include "postgis/PostgisLayerTools.h"
#include "postgis/PostgisTools.h"
#include "project/DefaultData.h"
#include "project/LayerOpener.h"

#include "address/AddressTools.h"
#include "base/MessageBar.h"
#include "dashboard/BigScreenMode.h"
#include "dashboard/DarkMapTheme.h"
#include "geo/CoordinateTransform.h"
#include "inspect/AttributeTableWidget.h"
#include "inspect/IdentifyPanel.h"
#include "inspect/IdentifyTool.h"
#include "inspect/SelectTool.h"
#include "layout/ExportDialog.h"
#include "map/LayerPanel.h"
#include "map/LayerStack.h"
#include "map/LegendPanel.h"
#include "map/MapCanvas.h"
#include "map/MeasureTool.h"
#include "map/PositionStatus.h"
#include "map/VectorLayer.h"
#include "ops/ImpactTools.h"
#include "privacy/UnmaskController.h"
#include "project/Project.h"
#include "style/StyleDialog.h"

#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rc {

MainWindow::MainWindow(LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent), m_languages(languages), m_layers(new LayerStack(this)),
      m_canvas(new MapCanvas(m_layers)), m_messageBar(new MessageBar), m_layerPanel(new LayerPanel(m_layers)),
      m_layerDock(new QDockWidget(this)), m_legend(new LegendPanel(m_layers)),
      m_legendDock(new QDockWidget(this)), m_position(new PositionStatus(m_canvas)),
      m_progress(new QProgressBar), m_opener(new LayerOpener(m_layers, this)),
      m_demoLoader(new DemoCityLoader(this)), m_measureTool(new MeasureTool(m_canvas)),
      m_identifyTool(new IdentifyTool(m_canvas, m_layers)), m_selectTool(new SelectTool(m_canvas, m_layers)),
      m_identifyPanel(new IdentifyPanel), m_identifyDock(new QDockWidget(this))
{
  setObjectName(u"mainWindow"_s);
  setAcceptDrops(true);
  resize(1280, 800);

  auto *central = new QWidget;
  auto *layout = new QVBoxLayout(central);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);
  layout->addWidget(m_messageBar);
  layout->addWidget(m_canvas, 1);
  setCentralWidget(central);

  m_layerDock->setObjectName(u"layerDock"_s);
  m_layerDock->setWidget(m_layerPanel);
  addDockWidget(Qt::LeftDockWidgetArea, m_layerDock);
  m_identifyDock->setObjectName(u"identifyDock"_s);
  m_identifyDock->setWidget(m_identifyPanel);
  addDockWidget(Qt::RightDockWidgetArea, m_identifyDock);
  m_identifyDock->hide();
  m_legendDock->setObjectName(u"legendDock"_s);
  m_legendDock->setWidget(m_legend);
  addDockWidget(Qt::LeftDockWidgetArea, m_legendDock);

  m_progress->setMinimumWidth(220);
  m_progress->setMaximumWidth(320);
  m_progress->setRange(0, 100);
  m_progress->hide();
  statusBar()->addWidget(m_position, 1);
  statusBar()->addPermanentWidget(m_progress);

  connect(m_layerPanel, &LayerPanel::zoomToLayerRequested, m_canvas, &MapCanvas::zoomToLayer);
  connect(m_layerPanel, &LayerPanel::styleRequested, this, &MainWindow::showStyleDialog);
  connect(m_canvas, &MapCanvas::renderErrors, this, [this](const QStringList &errors) {
    m_messageBar->pushMessage(errors.join(u'\n'), MessageBar::Level::Critical);
  });
  connect(m_opener, &LayerOpener::failed, this, [this](const QString &message) {
    m_messageBar->pushMessage(message, MessageBar::Level::Critical);
  });
  connect(m_opener, &LayerOpener::warning, this,
          [this](const QString &message) { m_messageBar->pushMessage(message, MessageBar::Level::Warning); });
  connect(m_opener, &LayerOpener::progressChanged, this, [this](int percent) {
    m_progress->setVisible(percent >= 0);
    m_progress->setValue(std::max(0, percent));
  });
  connect(m_opener, &LayerOpener::layerLoaded, this, &MainWindow::onLayerLoaded);
  connect(m_demoLoader, &DemoCityLoader::progressChanged, this, [this](int percent, const QString &stage) {
    m_progress->setVisible(true);
    m_progress->setValue(percent);
    m_progress->setFormat(stage + u" %p%"_s);
  });
  connect(m_demoLoader, &DemoCityLoader::ready, this, [this](const QString &path) {
    m_progress->setFormat(u"%p%"_s);
    m_messageBar->clearMessages();
    openProject(path);
  });
  connect(m_demoLoader, &DemoCityLoader::failed, this, [this](const QString &message) {
    m_progress->hide();
    m_messageBar->pushMessage(message, MessageBar::Level::Critical);
  });

  m_live = new LiveWiring(this, m_layers, m_canvas, m_messageBar);
  m_addressTools = new AddressTools(this, m_canvas, m_layers, m_messageBar);
  m_stationTools =
      new StationTools(this, m_layers, m_canvas, m_identifyPanel, m_live->controller(), m_messageBar);
  m_impactTools = new ImpactTools(this, m_canvas, m_layers, m_messageBar);
  // One click from an alarm to what lies within 2 km of its station.
  connect(m_live, &LiveWiring::impactRequested, this,
          [this](double lon, double lat) { analyseImpactAt(lon, lat, 2000); });
  m_dashboardTools = new DashboardTools(this, m_layers, m_canvas, m_live->controller()->model());
  m_eventTools = new EventTools(this, m_canvas, m_layers, m_messageBar, m_addressTools->loader());
  m_unmask = new UnmaskController(this, this);
  m_unmask->attach(m_identifyPanel);
  m_unmask->attach(m_eventTools->gridCases());
  connect(m_unmask, &UnmaskController::refused, this,
          [this](const QString &message) { m_messageBar->pushMessage(message, MessageBar::Level::Warning); });
  connect(m_unmask, &UnmaskController::failed, this, [this](const QString &message) {
    m_messageBar->pushMessage(message, MessageBar::Level::Critical);
  });
  m_postgisTools = new PostgisTools(this, m_opener, m_messageBar);
  connect(m_postgisTools, &PostgisTools::sharedDatabaseChanged, m_eventTools->desk(),
          &CaseDesk::setSharedDatabase);
  connect(m_postgisTools, &PostgisTools::sharedDatabaseChanged, m_live->controller(),
          &LiveController::setSharedDatabase);
  new PostgisLayerTools(this, m_canvas, m_layers, m_layerPanel, m_messageBar);
  createActions();
  createMenus();
  retranslate();
}

LiveController *MainWindow::liveController() const
{
  return m_live->controller();
}

MainWindow::~MainWindow()
{
  // The canvas holds the tool by plain pointer; it must not outlive it.
  m_canvas->setMapTool(nullptr);
}

void MainWindow::createActions()
{
  m_openAction = new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton), {}, this);
  m_openAction->setShortcut(QKeySequence::Open);
  connect(m_openAction, &QAction::triggered, this, &MainWindow::showOpenDialog);
  m_openEncodingAction = new QAction(this);
  connect(m_openEncodingAction, &QAction::triggered, this, &MainWindow::showOpenWithEncodingDialog);
  m_quitAction = new QAction(this);
  m_quitAction->setShortcut(QKeySequence::Quit);
  connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

  m_zoomFullAction = new QAction(this);
  m_zoomFullAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
  connect(m_zoomFullAction, &QAction::triggered, m_canvas, &MapCanvas::zoomToFullExtent);
  m_zoomLayerAction = new QAction(this);
  m_zoomLayerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
  connect(m_zoomLayerAction, &QAction::triggered, this,
          [this] { m_canvas->zoomToLayer(m_layerPanel->currentLayer()); });
  m_zoomInAction = new QAction(this);
  m_zoomInAction->setShortcut(QKeySequence::ZoomIn);
  connect(m_zoomInAction, &QAction::triggered, m_canvas, &MapCanvas::zoomIn);
  m_zoomOutAction = new QAction(this);
  m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
  connect(m_zoomOutAction, &QAction::triggered, m_canvas, &MapCanvas::zoomOut);

  auto *tools = new QActionGroup(this);
  m_panToolAction = new QAction(tools);
  m_panToolAction->setCheckable(true);
  m_panToolAction->setChecked(true);
  m_panToolAction->setShortcut(QKeySequence(Qt::Key_P));
  connect(m_panToolAction, &QAction::triggered, this, [this] { m_canvas->setTool(MapCanvas::Tool::Pan); });
  m_zoomBoxToolAction = new QAction(tools);
  m_zoomBoxToolAction->setCheckable(true);
  m_zoomBoxToolAction->setShortcut(QKeySequence(Qt::Key_Z));
  connect(m_zoomBoxToolAction, &QAction::triggered, this,
          [this] { m_canvas->setTool(MapCanvas::Tool::ZoomBox); });
  m_measureTool->setParent(this);
  const auto addMeasure = [this, tools](MeasureTool::Mode mode, const QKeySequence &shortcut) {
    auto *action = new QAction(tools);
    action->setCheckable(true);
    action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, [this, mode] {
      m_measureTool->setMode(mode);
      m_canvas->setMapTool(m_measureTool);
    });
    return action;
  };
  m_measureDistanceAction =
      addMeasure(MeasureTool::Mode::Distance, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
  m_measureAreaAction = addMeasure(MeasureTool::Mode::Area, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
  connect(m_measureTool, &MeasureTool::resultChanged, this,
          [this](const QString &text) { statusBar()->showMessage(text); });
  connect(m_measureTool, &MeasureTool::measured, this,
          [this](const QString &text) { statusBar()->showMessage(text); });
  connect(m_measureTool, &MeasureTool::cleared, statusBar(), &QStatusBar::clearMessage);
  connect(m_canvas, &MapCanvas::mapToolChanged, this, [this](MapTool *tool) {
    if (!tool)
      (m_canvas->tool() == MapCanvas::Tool::ZoomBox ? m_zoomBoxToolAction : m_panToolAction)
          ->setChecked(true);
  });

  createInspectionActions(tools);
  m_addressTools->reverseAction()->setActionGroup(tools);
  m_impactTools->toolAction()->setActionGroup(tools);
  m_eventTools->gridCasesAction()->setActionGroup(tools);

  m_exportAction = new QAction(this);
  m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
  connect(m_exportAction, &QAction::triggered, this, &MainWindow::showExportDialog);

  auto *languages = new QActionGroup(this);
  const auto addLanguage = [this, languages](const QString &preference) {
    auto *action = new QAction(languages);
    action->setCheckable(true);
    action->setChecked(m_languages->preference() == preference);
    connect(action, &QAction::triggered, this,
            [this, preference] { m_languages->setPreference(preference); });
    return action;
  };
  m_languageSystemAction = addLanguage(u"system"_s);
  m_languageChineseAction = addLanguage(u"zh_CN"_s);
  m_languageEnglishAction = addLanguage(u"en"_s);

  m_styleAction = new QAction(this);
  m_styleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Y));
  connect(m_styleAction, &QAction::triggered, this,
          [this] { showStyleDialog(m_layerPanel->currentLayer()); });

  m_aboutAction = new QAction(this);
  connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createInspectionActions(QActionGroup *tools)
{
  m_identifyTool->setParent(this);
  m_selectTool->setParent(this);
  m_identifyAction = new QAction(tools);
  m_identifyAction->setCheckable(true);
  m_identifyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
  connect(m_identifyAction, &QAction::triggered, this, [this] { m_canvas->setMapTool(m_identifyTool); });
  connect(m_identifyTool, &IdentifyTool::identifyStarted, this, [this] {
    m_identifyPanel->showSearching();
    m_identifyDock->show();
  });
  connect(m_identifyTool, &IdentifyTool::identified, m_identifyPanel, &IdentifyPanel::setResults);
  connect(m_identifyPanel, &IdentifyPanel::flashRequested, m_identifyTool, &IdentifyTool::flashFeature);
  connect(m_identifyPanel, &IdentifyPanel::zoomRequested, m_canvas, &MapCanvas::zoomToBox);

  const auto addSelect = [this, tools](SelectTool::Mode mode, const QKeySequence &shortcut) {
    auto *action = new QAction(tools);
    action->setCheckable(true);
    action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, [this, mode] {
      // Selecting acts on the layer chosen in the panel, or on every visible layer.
      m_selectTool->setLayer(qobject_cast<VectorLayer *>(m_layerPanel->currentLayer()));
      m_selectTool->setMode(mode);
      m_canvas->setMapTool(m_selectTool);
    });
    return action;
  };
  m_selectClickAction = addSelect(SelectTool::Mode::Click, QKeySequence(Qt::Key_S));
  m_selectBoxAction = addSelect(SelectTool::Mode::Box, QKeySequence(Qt::SHIFT | Qt::Key_S));
  m_selectPolygonAction =
      addSelect(SelectTool::Mode::Polygon, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
  m_clearSelectionAction = new QAction(this);
  m_clearSelectionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
  connect(m_clearSelectionAction, &QAction::triggered, this, [this] {
    for (MapLayer *layer : m_layers->layers())
      if (auto *vector = qobject_cast<VectorLayer *>(layer))
        vector->clearSelection();
  });
  m_attributeTableAction = new QAction(this);
  m_attributeTableAction->setShortcut(QKeySequence(Qt::Key_F6));
  connect(m_attributeTableAction, &QAction::triggered, this,
          [this] { showAttributeTable(m_layerPanel->currentLayer()); });
}

void MainWindow::showAttributeTable(MapLayer *layer)
{
  auto *vector = qobject_cast<VectorLayer *>(layer);
  if (!vector || vector->state() != MapLayer::State::Ready)
    return;
  // One table per layer: asking again brings the open one forward.
  for (AttributeTableWidget *open : findChildren<AttributeTableWidget *>(Qt::FindDirectChildrenOnly))
    if (open->layer() == vector && open->isVisible()) {
      open->raise();
      open->activateWindow();
      return;
    }
  auto *table = new AttributeTableWidget(vector, this);
  table->setWindowFlag(Qt::Window);
  table->setAttribute(Qt::WA_DeleteOnClose);
  table->setWindowTitle(tr("Attribute table — %1").arg(vector->name()));
  connect(vector, &QObject::destroyed, table, &QWidget::close);
  connect(table, &AttributeTableWidget::zoomToSelectionRequested, this, &MainWindow::zoomToSelection);
  m_unmask->attach(table);
  table->resize(900, 520);
  table->show();
}

void MainWindow::analyseImpactAt(double lon, double lat, double metres)
{
  m_impactTools->analyseAt(lon, lat, metres);
}

void MainWindow::zoomToSelection(VectorLayer *layer)
{
  const auto store = layer ? layer->features() : nullptr;
  if (!store || layer->selection().empty())
    return;
  BBox box;
  for (std::uint32_t f : layer->selection())
    box.include(store->featureBounds(f));
  try {
    m_canvas->zoomToBox(CoordinateTransform(layer->crs(), m_canvas->destinationCrs()).transformBounds(box));
  } catch (const CrsError &e) {
    m_messageBar->pushMessage(QString::fromUtf8(e.what()), MessageBar::Level::Warning);
  }
}

void MainWindow::createMenus()
{
  m_fileMenu = menuBar()->addMenu(QString());
  m_fileMenu->addAction(m_openAction);
  m_fileMenu->addAction(m_openEncodingAction);
  m_fileMenu->addAction(m_exportAction);
  m_fileMenu->addAction(m_live->settingsAction());
  m_fileMenu->addAction(m_postgisTools->addLayerAction());
  m_fileMenu->addAction(m_postgisTools->importAction());
  m_fileMenu->addSeparator();
  m_fileMenu->addAction(m_quitAction);

  m_viewMenu = menuBar()->addMenu(QString());
  m_viewMenu->addAction(m_panToolAction);
  m_viewMenu->addAction(m_zoomBoxToolAction);
  m_viewMenu->addAction(m_identifyAction);
  m_viewMenu->addAction(m_selectClickAction);
  m_viewMenu->addAction(m_selectBoxAction);
  m_viewMenu->addAction(m_selectPolygonAction);
  m_viewMenu->addAction(m_clearSelectionAction);
  m_viewMenu->addAction(m_measureDistanceAction);
  m_viewMenu->addAction(m_measureAreaAction);
  m_viewMenu->addAction(m_impactTools->toolAction());
  m_viewMenu->addAction(m_addressTools->reverseAction());
  m_viewMenu->addAction(m_addressTools->searchAction());
  m_viewMenu->addSeparator();
  m_viewMenu->addAction(m_zoomInAction);
  m_viewMenu->addAction(m_zoomOutAction);
  m_viewMenu->addAction(m_zoomFullAction);
  m_viewMenu->addAction(m_zoomLayerAction);
  m_viewMenu->addSeparator();
  m_viewMenu->addAction(m_layerDock->toggleViewAction());
  m_viewMenu->addAction(m_legendDock->toggleViewAction());
  m_viewMenu->addAction(m_addressTools->hierarchyDock()->toggleViewAction());
  m_viewMenu->addAction(m_live->alarmDock()->toggleViewAction());
  m_viewMenu->addAction(m_stationTools->dock()->toggleViewAction());
  m_viewMenu->addAction(m_stationTools->replayToolbar()->toggleViewAction());
  m_viewMenu->addAction(m_stationTools->chartAction());
  m_viewMenu->addAction(m_dashboardTools->dashboardAction());
  m_viewMenu->addSeparator();
  m_viewMenu->addAction(m_dashboardTools->bigScreen()->toggleAction());
  m_viewMenu->addAction(m_dashboardTools->bigScreen()->tourAction());
  m_viewMenu->addMenu(m_dashboardTools->bigScreen()->screenMenu());
  m_viewMenu->addAction(m_eventTools->timelineToolbar()->toggleViewAction());
  m_viewMenu->addAction(m_eventTools->deskDock()->toggleViewAction());
  m_viewMenu->addAction(m_eventTools->gridCasesAction());

  m_layerMenu = menuBar()->addMenu(QString());
  m_layerMenu->addAction(m_styleAction);
  m_layerMenu->addAction(m_attributeTableAction);
  m_layerMenu->addSeparator();
  m_layerMenu->addAction(m_addressTools->qualityCheckAction());
  m_layerMenu->addAction(m_addressTools->geocodeFileAction());

  m_languageMenu = menuBar()->addMenu(QString());
  m_languageMenu->addAction(m_languageSystemAction);
  m_languageMenu->addAction(m_languageChineseAction);
  m_languageMenu->addAction(m_languageEnglishAction);

  m_helpMenu = menuBar()->addMenu(QString());
  m_helpMenu->addAction(m_aboutAction);

  auto *toolbar = addToolBar(QString());
  toolbar->setObjectName(u"mapToolbar"_s);
  toolbar->addAction(m_openAction);
  toolbar->addSeparator();
  toolbar->addAction(m_panToolAction);
  toolbar->addAction(m_zoomBoxToolAction);
  toolbar->addAction(m_zoomInAction);
  toolbar->addAction(m_zoomOutAction);
  toolbar->addAction(m_zoomFullAction);
  toolbar->addSeparator();
  toolbar->addAction(m_identifyAction);
  toolbar->addAction(m_selectClickAction);
  toolbar->addAction(m_selectBoxAction);
  toolbar->addAction(m_selectPolygonAction);
  toolbar->addAction(m_measureDistanceAction);
  toolbar->addAction(m_measureAreaAction);
  toolbar->addAction(m_impactTools->toolAction());
  toolbar->addAction(m_eventTools->gridCasesAction());
  toolbar->addAction(m_addressTools->reverseAction());
  addToolBar(m_addressTools->toolbar());
}

void MainWindow::retranslate()
{
  setWindowTitle(tr("Rongcheng — Fuzhou City Operations GIS"));
  m_fileMenu->setTitle(tr("&File"));
  m_viewMenu->setTitle(tr("&View"));
  m_languageMenu->setTitle(tr("&Language"));
  m_helpMenu->setTitle(tr("&Help"));
  m_openAction->setText(tr("&Open Data…"));
  m_openAction->setToolTip(tr("Open a GIS data file as layers (Ctrl+O)"));
  m_openEncodingAction->setText(tr("Open with &Encoding…"));
  m_quitAction->setText(tr("&Quit"));
  m_zoomFullAction->setText(tr("Zoom to &Full Extent"));
  m_zoomLayerAction->setText(tr("Zoom to &Layer"));
  m_zoomInAction->setText(tr("Zoom &In"));
  m_zoomOutAction->setText(tr("Zoom &Out"));
  m_panToolAction->setText(tr("&Pan"));
  m_zoomBoxToolAction->setText(tr("&Zoom to Box"));
  m_languageSystemAction->setText(tr("Follow the &System"));
  m_languageChineseAction->setText(u"简体中文"_s);
  m_languageEnglishAction->setText(u"English"_s);
  m_aboutAction->setText(tr("&About Rongcheng"));
  m_layerDock->setWindowTitle(tr("Layers"));
  m_legendDock->setWindowTitle(tr("Legend"));
  m_layerMenu->setTitle(tr("La&yer"));
  m_styleAction->setText(tr("&Style…"));
  m_measureDistanceAction->setText(tr("Measure &Distance"));
  m_measureAreaAction->setText(tr("Measure &Area"));
  m_exportAction->setText(tr("&Export Map…"));
  m_identifyAction->setText(tr("&Identify Features"));
  m_selectClickAction->setText(tr("Select by &Click"));
  m_selectBoxAction->setText(tr("Select by &Box"));
  m_selectPolygonAction->setText(tr("Select by Pol&ygon"));
  m_clearSelectionAction->setText(tr("Clear Selection"));
  m_attributeTableAction->setText(tr("Open &Attribute Table"));
  m_identifyDock->setWindowTitle(tr("Identify Results"));
  m_canvas->setAttribution(tr("Basemap: GSHHG (LGPL-3.0+), Natural Earth"));
  m_live->retranslate();
  m_postgisTools->retranslate();
  m_stationTools->retranslate();
}

void MainWindow::changeEvent(QEvent *event)
{
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QMainWindow::changeEvent(event);
}

void MainWindow::openPaths(const QStringList &paths)
{
  QStringList data;
  for (const QString &path : paths) {
    if (path.endsWith(u".rcproj"_s, Qt::CaseInsensitive))
      openProject(path);
    else
      data << path;
  }
  if (!data.isEmpty())
    m_opener->open(data);
}

void MainWindow::openProject(const QString &path)
{
  QStringList warnings;
  Project project;
  try {
    project = ProjectFile::read(path, &warnings);
  } catch (const ProjectError &e) {
    m_messageBar->pushMessage(QString::fromUtf8(e.what()), MessageBar::Level::Critical);
    return;
  }
  for (const QString &warning : warnings)
    m_messageBar->pushMessage(warning, MessageBar::Level::Warning);
  m_layers->clear();
  m_canvas->setDestinationCrs(project.crs);
  m_canvas->setBackgroundColor(project.background.isValid() ? project.background
                                                            : MapSettings().backgroundColor());
  m_dashboardTools->bigScreen()->mapTheme()->setDarkBackground(project.darkBackground);
  if (!project.startExtent.isEmpty())
    m_canvas->setExtent(project.startExtent);
  m_projectTitle = project.title;
  if (!project.title.isEmpty())
    setWindowTitle(project.title + u" — "_s + tr("Rongcheng"));
  m_opener->openProject(project);
}

void MainWindow::openDefaultMap()
{
  if (DemoCityLoader::isGenerated()) {
    openProject(DemoCityLoader::projectPath());
    return;
  }
  // First start: show the real basemap at once and swap in the demo city when it is generated.
  m_demoLoader->ensure();
  m_messageBar->pushMessage(tr("Generating the Fuzhou demo city for the first start (about a minute)…"),
                            MessageBar::Level::Info);
  const QStringList files = DefaultData::basemapFiles();
  if (files.isEmpty()) {
    m_messageBar->pushMessage(tr("The bundled Fuzhou basemap was not found; open data with File ▸ Open."),
                              MessageBar::Level::Warning);
    return;
  }
  // The first view is the urban core over Gulou and Taijiang, not the whole municipality.
  m_canvas->setBackgroundColor(DefaultData::seaColor());
  m_dashboardTools->bigScreen()->mapTheme()->setDarkBackground(DefaultData::darkSeaColor());
  m_canvas->setExtent({119.10, 25.90, 119.60, 26.22});
  m_opener->open(files);
}

void MainWindow::onLayerLoaded()
{
  if (m_canvas->extent().isEmpty())
    m_canvas->zoomToFullExtent();
}

void MainWindow::showOpenDialog()
{
  const QStringList paths = QFileDialog::getOpenFileNames(
      this, tr("Open Data"), {},
      tr("GIS data and projects (*.rcproj *.gpkg *.shp *.geojson *.json *.csv *.fgb *.kml *.kmz *.gml *.gpx "
         "*.sqlite);;All files (*)"));
  if (!paths.isEmpty())
    openPaths(paths);
}

void MainWindow::showOpenWithEncodingDialog()
{
  // GBK is what a shapefile without .cpg is read as already; these are the usual alternatives.
  const QStringList encodings{u"UTF-8"_s, u"GB18030"_s, u"GBK"_s, u"Big5"_s, u"ISO-8859-1"_s};
  bool ok = false;
  const QString encoding =
      QInputDialog::getItem(this, tr("Open with Encoding"), tr("Text encoding of the attribute table (DBF):"),
                            encodings, 0, false, &ok);
  if (!ok)
    return;
  const QStringList paths =
      QFileDialog::getOpenFileNames(this, tr("Open Data"), {}, tr("Shapefiles (*.shp *.dbf);;All files (*)"));
  if (!paths.isEmpty())
    m_opener->open(paths, OpenOptions{encoding});
}

void MainWindow::showStyleDialog(MapLayer *layer)
{
  auto *vector = qobject_cast<VectorLayer *>(layer);
  if (!vector || vector->state() != MapLayer::State::Ready)
    return;
  auto *dialog = new StyleDialog(vector, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  // Modeless, so the map stays usable for judging the preview.
  dialog->show();
}

void MainWindow::showExportDialog()
{
  if (!m_exportDialog) {
    m_exportDialog = new ExportDialog(m_canvas, this);
    connect(m_exportDialog, &ExportDialog::exported, this, [this](const QString &path) {
      m_messageBar->pushMessage(tr("Exported to %1").arg(path), MessageBar::Level::Info);
    });
  }
  m_exportDialog->setTitle(m_projectTitle.isEmpty() ? tr("Fuzhou") : m_projectTitle);
  m_exportDialog->setAttribution(DefaultData::attribution());
  // Modeless: the window stays usable while a big export renders.
  m_exportDialog->show();
  m_exportDialog->raise();
}

void MainWindow::showAbout()
{
  QMessageBox::about(
      this, tr("About Rongcheng"),
      tr("<h3>Rongcheng %1</h3><p>A desktop GIS and city operations console for Fuzhou.</p>"
         "<p>Built on Qt, GDAL and PROJ.</p><p><small>%2</small></p>")
          .arg(QApplication::applicationVersion(), DefaultData::attribution().toHtmlEscaped()));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
  if (event->mimeData()->hasUrls())
    event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
  QStringList paths;
  for (const QUrl &url : event->mimeData()->urls())
    if (url.isLocalFile())
      paths << url.toLocalFile();
  if (!paths.isEmpty()) {
    openPaths(paths);
    event->acceptProposedAction();
  }
}

} // namespace rc
