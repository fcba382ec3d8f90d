#include "ops/EventTools.h"

#include "address/AddressIndexLoader.h"
#include "base/MessageBar.h"
#include "geo/CoordinateTransform.h"
#include "map/LayerStack.h"
#include "map/MapCanvas.h"
#include "map/PulseOverlay.h"
#include "map/VectorLayer.h"
#include "ops/CaseDesk.h"
#include "ops/CaseDeskModel.h"
#include "ops/CaseIntakeForm.h"
#include "ops/CaseIntakePickTool.h"
#include "ops/EventTimeline.h"
#include "ops/EventTimelineModel.h"
#include "ops/GridCasesPanel.h"
#include "ops/GridCasesTool.h"
#include "ops/GridWindowUpdater.h"
#include "ops/OpsDatabase.h"
#include "postgis/PostgisConnections.h"
#include "privacy/UnmaskController.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QFileInfo>
#include <QMainWindow>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace rc {

namespace {
constexpr int kFlashMs = 4000;
} // namespace

EventTools::EventTools(QMainWindow *window, MapCanvas *canvas, LayerStack *layers, MessageBar *messages,
                       AddressIndexLoader *addresses)
    : QObject(window), m_canvas(canvas), m_messages(messages), m_timelineModel(new EventTimelineModel(this)),
      m_timeline(new EventTimeline(m_timelineModel)), m_toolbar(new QToolBar(window)), m_desk(new CaseDesk),
      m_dock(new QDockWidget(window)), m_pickTool(new CaseIntakePickTool(canvas)),
      m_flash(new PulseOverlay(canvas)), m_gridWindow(new GridWindowUpdater(m_timelineModel, this)),
      m_gridCases(new GridCasesPanel), m_gridCasesDock(new QDockWidget(window)),
      m_gridCasesTool(new GridCasesTool(canvas)), m_gridCasesAction(new QAction(this))
{
  m_pickTool->setParent(this);
  m_gridCasesTool->setParent(this);
  m_toolbar->setObjectName(u"eventTimelineToolbar"_s);
  m_toolbar->addWidget(m_timeline);
  window->addToolBar(Qt::BottomToolBarArea, m_toolbar);
  m_toolbar->hide();
  // Hidden, the slider filters nothing: the events layer shows the whole year again.
  connect(m_toolbar, &QToolBar::visibilityChanged, m_timelineModel, &EventTimelineModel::setActive);
  m_timelineModel->setActive(false);

  m_dock->setObjectName(u"caseDeskDock"_s);
  m_dock->setWidget(m_desk);
  window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
  m_dock->hide();
  connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
    if (visible)
      openDesk();
  });
  m_desk->setOperator(UnmaskController::systemOperator());
  m_desk->setSharedDatabase(PostgisConnections::sharedDatabase());
  connect(m_desk, &CaseDesk::message, messages, [messages](const QString &text, bool warning) {
    messages->pushMessage(text, warning ? MessageBar::Level::Warning : MessageBar::Level::Info);
  });
  connect(m_desk, &CaseDesk::caseActivated, this, &EventTools::flashCase);
  connect(m_desk->intakeForm(), &CaseIntakeForm::pickRequested, this,
          [this] { m_canvas->setMapTool(m_pickTool); });
  connect(m_pickTool, &CaseIntakePickTool::picked, this, [this](double lon, double lat) {
    m_canvas->setMapTool(nullptr);
    m_desk->intakeForm()->setLocation(lon, lat);
  });
  connect(m_pickTool, &CaseIntakePickTool::failed, messages,
          [messages](const QString &text) { messages->pushMessage(text, MessageBar::Level::Warning); });

  if (addresses) {
    connect(addresses, &AddressIndexLoader::ready, this,
            [this, addresses] { m_desk->setAddressIndex(addresses->index()); });
    m_desk->setAddressIndex(addresses->index());
  }

  m_gridCasesDock->setObjectName(u"gridCasesDock"_s);
  m_gridCasesDock->setWidget(m_gridCases);
  window->addDockWidget(Qt::RightDockWidgetArea, m_gridCasesDock);
  m_gridCasesDock->hide();
  m_gridCasesAction->setCheckable(true);
  connect(m_gridCasesAction, &QAction::triggered, this, [this, window] {
    m_canvas->setMapTool(m_gridCasesTool);
    m_gridCasesDock->show();
    m_gridCasesDock->raise();
    // Split under the dashboard it gets a sliver; the cases list needs half the height.
    window->resizeDocks({m_gridCasesDock}, {window->height() / 2}, Qt::Vertical);
    // The desk's open cases belong in the list; its database is read only where there is one: the
    // shared one, or a file beside the data (the list must not create it).
    const bool deskDatabase =
        !m_desk->sharedDatabase().isEmpty() || QFileInfo::exists(OpsDatabase::pathBeside(m_gridsPath));
    if (deskDatabase && QFileInfo(m_gridsPath).isFile() && m_gridsPath != m_desk->dataPath())
      m_desk->open(m_gridsPath);
  });
  connect(m_gridCasesTool, &GridCasesTool::clickedAt, this, [this](QPointF point) {
    m_gridCasesDock->show();
    m_gridCases->showAt(point, m_canvas->destinationCrs());
  });
  connect(m_gridCases, &GridCasesPanel::message, messages,
          [messages](const QString &text) { messages->pushMessage(text, MessageBar::Level::Info); });
  connect(m_gridCases, &GridCasesPanel::gridShown, this, [this](std::uint32_t feature) {
    if (m_grids)
      m_grids->setSelection({feature});
  });
  connect(m_gridCases, &GridCasesPanel::deskCaseActivated, this, [this](qint64 id) {
    m_dock->show();
    m_dock->raise();
    m_desk->selectCase(id);
    if (const std::optional<EventCase> selected = m_desk->selectedCase(); selected && selected->id == id)
      flashCase(*selected);
  });
  connect(m_gridCases, &GridCasesPanel::eventActivated, this, &EventTools::showLayerEvent);
  connect(m_desk->model(), &QAbstractItemModel::modelReset, m_gridCases,
          [this] { m_gridCases->setDeskCases(m_desk->model()->cases()); });
  connect(m_gridWindow, &GridWindowUpdater::eventIndexReady, m_gridCases,
          [this] { m_gridCases->setEventIndex(m_gridWindow->eventIndex(), m_gridWindow->indexedEvents()); });

  m_flashEnd.setSingleShot(true);
  m_flashEnd.setInterval(kFlashMs);
  connect(&m_flashEnd, &QTimer::timeout, m_flash, [this] { m_flash->setMarkers({}); });

  connect(layers, &LayerStack::layerAdded, this, &EventTools::onLayerAdded);
  for (MapLayer *layer : layers->layers())
    onLayerAdded(layer);
  window->installEventFilter(this);
  retranslate();
}

EventTools::~EventTools()
{
  if (m_canvas && (m_canvas->mapTool() == m_pickTool || m_canvas->mapTool() == m_gridCasesTool))
    m_canvas->setMapTool(nullptr);
}

void EventTools::onLayerAdded(MapLayer *layer)
{
  auto *vector = qobject_cast<VectorLayer *>(layer);
  if (!vector)
    return;
  const QString table = vector->source().layerName;
  if (table.compare(u"events"_s, Qt::CaseInsensitive) == 0 && !m_timelineModel->layer()) {
    m_timelineModel->setLayer(vector);
    m_events = vector;
    m_gridCases->setEventsLayer(vector);
  } else if (table.compare(u"grids"_s, Qt::CaseInsensitive) == 0) {
    m_grids = vector;
    m_gridWindow->setGridsLayer(vector);
    m_gridCases->setGridsLayer(vector);
    m_gridsPath = QFileInfo(vector->source().path).absoluteFilePath();
    openDesk();
  }
}

void EventTools::openDesk()
{
  // The workflow database lies beside the city's data; the grids are read from there too, on the
  // desk's worker, so the desk does not wait for the layer to load.
  if (m_dock->isVisible() && QFileInfo(m_gridsPath).isFile() && m_gridsPath != m_desk->dataPath())
    m_desk->open(m_gridsPath);
}

void EventTools::showLayerEvent(std::uint32_t feature)
{
  if (!m_events || !m_events->features() || feature >= m_events->features()->featureCount())
    return;
  m_events->setSelection({feature});
  if (m_events->features()->kind(feature) == GeometryKind::Empty)
    return;
  const double *point = m_events->features()->firstVertex(feature);
  flashAt(point[0], point[1], m_events->crs());
}

void EventTools::flashCase(const EventCase &eventCase)
{
  if (eventCase.hasLocation)
    flashAt(eventCase.lon, eventCase.lat, Crs::cgcs2000());
}

void EventTools::flashAt(double x, double y, const Crs &crs)
{
  if (!m_canvas)
    return;
  try {
    CoordinateTransform(crs, m_canvas->destinationCrs()).transform(x, y);
  } catch (const CrsError &e) {
    m_messages->pushMessage(QString::fromUtf8(e.what()), MessageBar::Level::Warning);
    return;
  }
  const BBox visible = m_canvas->visibleExtent();
  if (!visible.contains(x, y)) {
    const double hw = visible.width() / 2, hh = visible.height() / 2;
    m_canvas->setExtent(BBox{x - hw, y - hh, x + hw, y + hh});
  }
  m_flash->setMarkers({PulseMarker{QPointF(x, y), QColor(0xC6, 0x28, 0x28)}});
  m_flashEnd.start();
}

bool EventTools::eventFilter(QObject *watched, QEvent *event)
{
  if (event->type() == QEvent::LanguageChange && watched == parent())
    retranslate();
  return QObject::eventFilter(watched, event);
}

void EventTools::retranslate()
{
  m_toolbar->setWindowTitle(tr("Event Time Slider"));
  m_toolbar->toggleViewAction()->setToolTip(
      tr("Show the events of a time window and class on the event map, and play the year"));
  m_dock->setWindowTitle(tr("Case Desk"));
  m_gridCasesDock->setWindowTitle(tr("Grid Cases"));
  m_gridCasesAction->setText(tr("&Grid Cases"));
  m_gridCasesAction->setToolTip(tr("Click a grid to see its staff and its open cases, overdue ones first"));
}

} // namespace rc
