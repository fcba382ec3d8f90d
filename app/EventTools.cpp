#include "EventTools.h"

#include "CaseDesk.h"
#include "CaseIntakeForm.h"
#include "CaseIntakePickTool.h"
#include "EventTimeline.h"
#include "MapCanvas.h"
#include "MessageBar.h"
#include "PulseOverlay.h"
#include "UnmaskController.h"
#include "domain/address/AddressIndexLoader.h"
#include "geo/CoordinateTransform.h"
#include "map/LayerStack.h"
#include "map/VectorLayer.h"

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
    : QObject(window), m_canvas(canvas), m_messages(messages), m_timeline(new EventTimeline),
      m_toolbar(new QToolBar(window)), m_desk(new CaseDesk), m_dock(new QDockWidget(window)),
      m_pickTool(new CaseIntakePickTool(canvas)), m_flash(new PulseOverlay(canvas))
{
  m_pickTool->setParent(this);
  m_toolbar->setObjectName(u"eventTimelineToolbar"_s);
  m_toolbar->addWidget(m_timeline);
  window->addToolBar(Qt::BottomToolBarArea, m_toolbar);
  m_toolbar->hide();
  // Hidden, the slider filters nothing: the events layer shows the whole year again.
  connect(m_toolbar, &QToolBar::visibilityChanged, m_timeline, &EventTimeline::setActive);
  m_timeline->setActive(false);

  m_dock->setObjectName(u"caseDeskDock"_s);
  m_dock->setWidget(m_desk);
  window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
  m_dock->hide();
  connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
    if (visible)
      openDesk();
  });
  m_desk->setOperator(UnmaskController::systemOperator());
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
  if (m_canvas && m_canvas->mapTool() == m_pickTool)
    m_canvas->setMapTool(nullptr);
}

void EventTools::onLayerAdded(MapLayer *layer)
{
  auto *vector = qobject_cast<VectorLayer *>(layer);
  if (!vector)
    return;
  const QString table = vector->source().layerName;
  if (table.compare(u"events"_s, Qt::CaseInsensitive) == 0 && !m_timeline->layer())
    m_timeline->setLayer(vector);
  else if (table.compare(u"grids"_s, Qt::CaseInsensitive) == 0) {
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

void EventTools::flashCase(const EventCase &eventCase)
{
  if (!eventCase.hasLocation || !m_canvas)
    return;
  double x = eventCase.lon, y = eventCase.lat;
  try {
    CoordinateTransform(Crs::cgcs2000(), m_canvas->destinationCrs()).transform(x, y);
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
}

} // namespace rc
