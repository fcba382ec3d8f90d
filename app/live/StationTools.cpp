#include "live/StationTools.h"

#include "base/MessageBar.h"
#include "geo/CoordinateTransform.h"
#include "inspect/FeatureHitTest.h"
#include "inspect/IdentifyPanel.h"
#include "live/HistoryReplay.h"
#include "live/LiveController.h"
#include "live/StationPanel.h"
#include "live/TimeSlider.h"
#include "map/LayerStack.h"
#include "map/MapCanvas.h"
#include "map/VectorLayer.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMouseEvent>
#include <QToolBar>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

/// How near a double-click must be to a station's symbol, in pixels.
constexpr double kPickTolerance = 8;

} // namespace

StationTools::StationTools(QMainWindow *window, LayerStack *layers, MapCanvas *canvas,
                           IdentifyPanel *identify, LiveController *live, MessageBar *messages)
    : QObject(window), m_window(window), m_layers(layers), m_canvas(canvas), m_identify(identify),
      m_live(live), m_messages(messages), m_panel(new StationPanel), m_dock(new QDockWidget(window)),
      m_slider(new TimeSlider), m_toolbar(new QToolBar(window)), m_chartAction(new QAction(this))
{
  m_dock->setObjectName(u"stationDock"_s);
  m_dock->setWidget(m_panel);
  window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
  m_dock->hide();
  m_toolbar->setObjectName(u"replayToolbar"_s);
  m_toolbar->addWidget(m_slider);
  window->addToolBar(Qt::BottomToolBarArea, m_toolbar);
  m_toolbar->hide();

  m_chartAction->setShortcut(QKeySequence(Qt::Key_F7));
  connect(m_chartAction, &QAction::triggered, this, &StationTools::showIdentified);
  // In the identify results: the context menu, a double-click, and following the chosen feature
  // while the chart is open.
  m_identify->tree()->addAction(m_chartAction);
  m_identify->tree()->setContextMenuPolicy(Qt::ActionsContextMenu);
  connect(m_identify->tree(), &QTreeWidget::itemDoubleClicked, this, &StationTools::showIdentified);
  connect(m_identify, &IdentifyPanel::flashRequested, this, [this](const IdentifiedFeature &feature) {
    if (!m_dock->isVisible() || !feature.store)
      return;
    if (const auto station = StationRef::fromFeature(*feature.store, feature.feature))
      showStation(*station);
  });
  m_canvas->installEventFilter(this);

  connect(m_panel, &StationPanel::failed, this,
          [this](const QString &message) { m_messages->pushMessage(message, MessageBar::Level::Warning); });
  m_panel->setLiveModel(m_live->model());
  connect(m_live, &LiveController::started, this, [this] {
    m_sources.readings = m_live->readingsDatabasePath();
    m_sources.catalog = m_live->catalog();
    m_panel->setSources(m_sources);
  });

  connect(m_toolbar, &QToolBar::visibilityChanged, this, &StationTools::onReplayShown);
  connect(m_slider, &TimeSlider::playingChanged, this, [this](bool playing) {
    // While playing only the map follows; the chart catches up when the replay stops.
    if (!playing && m_panel->station())
      m_panel->setWindowEnd(m_slider->time());
  });

  connect(m_layers, &LayerStack::layerAdded, this, &StationTools::onLayerAdded);
  for (MapLayer *layer : m_layers->layers())
    onLayerAdded(layer);
  retranslate();
}

StationTools::~StationTools() = default;

void StationTools::onLayerAdded(MapLayer *layer)
{
  auto *vector = qobject_cast<VectorLayer *>(layer);
  if (!vector || vector->source().layerName.compare(u"hydro_stations"_s, Qt::CaseInsensitive) != 0)
    return;
  if (vector->state() == MapLayer::State::Ready)
    useStationsLayer(vector);
  else
    connect(vector, &VectorLayer::loaded, this, [this, vector] { useStationsLayer(vector); });
}

void StationTools::useStationsLayer(VectorLayer *layer)
{
  m_stations = layer;
  if (m_sources.geoPackage != layer->source().path) {
    m_sources.geoPackage = layer->source().path;
    // Another city: its catalog comes with the next query unless the live side has one.
    if (!m_live->isRunning())
      m_sources.catalog = nullptr;
    m_panel->setSources(m_sources);
    delete m_replay;
    m_replay = nullptr;
  }
  if (m_toolbar->isVisible())
    onReplayShown(true);
}

void StationTools::onReplayShown(bool visible)
{
  if (!visible) {
    m_slider->pause();
    if (m_panel->station())
      m_panel->setWindowEnd(std::nullopt);
    return;
  }
  if (!m_stations) {
    m_messages->pushMessage(tr("Load the city's hydrological stations to replay their history."),
                            MessageBar::Level::Info);
    return;
  }
  if (m_replay)
    return;
  m_replay = new HistoryReplay(m_sources, this);
  m_replay->setLayer(m_stations);
  connect(m_replay, &HistoryReplay::rangeReady, m_slider, &TimeSlider::setRange);
  connect(m_replay, &HistoryReplay::failed, this,
          [this](const QString &message) { m_messages->pushMessage(message, MessageBar::Level::Warning); });
  connect(m_slider, &TimeSlider::timeChanged, m_replay, &HistoryReplay::setTime);
  m_replay->loadRange();
}

void StationTools::showStation(const StationRef &station)
{
  m_dock->show();
  m_dock->raise();
  if (m_panel->station() == station)
    return;
  m_panel->showStation(station);
}

void StationTools::showIdentified()
{
  const IdentifiedFeature feature = m_identify->currentFeature();
  const auto station =
      feature.store ? StationRef::fromFeature(*feature.store, feature.feature) : std::nullopt;
  if (station)
    showStation(*station);
  else if (sender() == m_chartAction)
    m_messages->pushMessage(
        tr("Identify a station, monitoring point or enterprise first, then choose it in the "
           "results."),
        MessageBar::Level::Info);
}

std::optional<StationRef> StationTools::stationAt(QPointF pixel) const
{
  const QPointF centre = m_canvas->toMap(pixel);
  const QPointF edge = m_canvas->toMap(pixel + QPointF(kPickTolerance, 0));
  const HitShape shape =
      HitShape::point(centre.x(), centre.y(), std::hypot(edge.x() - centre.x(), edge.y() - centre.y()));
  const QList<MapLayer *> layers = m_layers->layers();
  // Top of the map first, as the symbols are drawn.
  for (auto it = layers.crbegin(); it != layers.crend(); ++it) {
    auto *vector = qobject_cast<VectorLayer *>(*it);
    const auto store = vector ? vector->features() : nullptr;
    if (!store || !vector->isVisible() || store->dominantKind() != GeometryKind::Point)
      continue;
    if (store->fieldIndex(u"stcd"_s) < 0 && store->fieldIndex(u"mn"_s) < 0 &&
        store->fieldIndex(u"uscc"_s) < 0)
      continue;
    HitShape local;
    try {
      local = shape.transformed(CoordinateTransform(m_canvas->destinationCrs(), vector->crs()));
    } catch (const CrsError &) {
      continue;
    }
    std::optional<std::uint32_t> nearest;
    double best = std::numeric_limits<double>::infinity();
    for (std::uint32_t f : store->featuresIn(local.bounds()))
      if (local.hits(*store, f) && local.distanceTo(*store, f) < best) {
        best = local.distanceTo(*store, f);
        nearest = f;
      }
    if (nearest)
      if (auto station = StationRef::fromFeature(*store, *nearest))
        return station;
  }
  return std::nullopt;
}

bool StationTools::eventFilter(QObject *watched, QEvent *event)
{
  // A double-click on a station opens its chart; the canvas and its tool still get the click.
  if (watched == m_canvas && event->type() == QEvent::MouseButtonDblClick) {
    const auto *mouse = static_cast<QMouseEvent *>(event);
    if (mouse->button() == Qt::LeftButton)
      if (const auto station = stationAt(mouse->position()))
        showStation(*station);
  }
  return QObject::eventFilter(watched, event);
}

void StationTools::retranslate()
{
  m_dock->setWindowTitle(tr("Station Chart"));
  m_toolbar->setWindowTitle(tr("History Replay"));
  m_toolbar->toggleViewAction()->setText(tr("History &Replay"));
  m_dock->toggleViewAction()->setText(tr("Station &Chart Panel"));
  m_chartAction->setText(tr("Station &Chart"));
  m_chartAction->setToolTip(tr("Chart of the station chosen in the identify results (F7)"));
}

} // namespace rc
