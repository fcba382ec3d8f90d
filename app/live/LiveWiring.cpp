#include "live/LiveWiring.h"

#include "auth/Keyring.h"
#include "base/MessageBar.h"
#include "geo/CoordinateTransform.h"
#include "live/AlarmPanel.h"
#include "live/AlarmPulses.h"
#include "live/AlarmSite.h"
#include "live/FeedStatusIndicator.h"
#include "live/LiveController.h"
#include "live/LiveFeedsDialog.h"
#include "live/LiveLayerUpdater.h"
#include "live/LiveModel.h"
#include "map/LayerStack.h"
#include "map/MapCanvas.h"
#include "map/PulseOverlay.h"
#include "map/VectorLayer.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QSettings>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace rc {

LiveWiring::LiveWiring(QMainWindow *window, LayerStack *layers, MapCanvas *canvas, MessageBar *messages)
    : QObject(window), m_window(window), m_layers(layers), m_canvas(canvas), m_messages(messages),
      m_controller(new LiveController(this)), m_model(m_controller->model()),
      m_updater(new LiveLayerUpdater(layers, m_model, this)), m_panel(new AlarmPanel),
      m_dock(new QDockWidget(window)), m_status(new FeedStatusIndicator), m_pulse(new PulseOverlay(canvas)),
      m_settingsAction(new QAction(this))
{
  m_panel->model()->setLiveModel(m_model);
  m_status->setLiveModel(m_model);
  new AlarmPulses(m_model, m_pulse);
  m_panel->setOperatorName(LiveController::operatorName());
  m_dock->setObjectName(u"alarmDock"_s);
  m_dock->setWidget(m_panel);
  window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
  m_dock->hide();
  window->statusBar()->addPermanentWidget(m_status);

  connect(m_settingsAction, &QAction::triggered, this, &LiveWiring::showSettings);
  connect(m_status, &FeedStatusIndicator::clicked, this, [this] {
    // Off: the settings are what the operator needs; running: the alarms.
    if (m_controller->isRunning())
      m_dock->show();
    else
      showSettings();
  });

  connect(m_controller, &LiveController::sharedAlarmsFailed, this, [this](const QString &message) {
    m_messages->pushMessage(tr("The shared alarms could not be read: %1").arg(message),
                            MessageBar::Level::Warning);
  });
  connect(m_controller, &LiveController::failed, this, [this](const QString &message) {
    m_messages->pushMessage(tr("The live feeds could not start: %1").arg(message),
                            MessageBar::Level::Critical);
  });
  connect(m_model, &LiveModel::alarmRaised, this, [this] {
    // The first alarm brings the panel up; closing it afterwards is the operator's choice.
    if (!m_dock->isVisible() && m_panel->model()->rowCount() == 0)
      m_dock->show();
  });
  connect(m_controller, &LiveController::acknowledgeFailed, this, [this](qint64 id) {
    m_messages->pushMessage(
        tr("Alarm %1 could not be acknowledged: it was already acknowledged or cleared, or the alarm "
           "database refused the write.")
            .arg(id),
        MessageBar::Level::Warning);
  });
  connect(m_controller, &LiveController::acknowledgeRefused, this, [this](qint64 id, const QString &reason) {
    m_messages->pushMessage(tr("Alarm %1 was not acknowledged: %2").arg(id).arg(reason),
                            MessageBar::Level::Warning);
  });
  connect(m_panel, &AlarmPanel::acknowledgeRequested, m_controller, &LiveController::acknowledge);
  connect(m_panel, &AlarmPanel::flyToRequested, this, &LiveWiring::flyTo);
  connect(m_panel, &AlarmPanel::impactRequested, this, [this](const QString &source) {
    const AlarmSite site = m_model->site(source);
    if (!site.located)
      return;
    double lon = site.mapPoint.x(), lat = site.mapPoint.y();
    try {
      CoordinateTransform(m_canvas->destinationCrs(), Crs::cgcs2000()).transform(lon, lat);
    } catch (const CrsError &) {
      return; // a station the map cannot place has no surroundings to analyse
    }
    emit impactRequested(lon, lat);
  });

  // A seat without feeds of its own shows the alarms the other seats share.
  if (!m_controller->sharedDatabase().isEmpty())
    m_controller->setSharedDatabase(m_controller->sharedDatabase());
  connect(m_layers, &LayerStack::layerAdded, this, &LiveWiring::onLayerAdded);
  connect(m_canvas, &MapCanvas::crsChanged, this, &LiveWiring::updateSites);
  retranslate();
}

LiveWiring::~LiveWiring() = default;

QString LiveWiring::cityGeoPackage() const
{
  const VectorLayer *hydro = LiveLayerUpdater::hydroLayer(m_layers);
  return hydro ? hydro->source().path : QString();
}

void LiveWiring::startFeeds()
{
  const LiveFeedsConfig config = LiveFeedsConfig::load(QSettings());
  const QString city = cityGeoPackage();
  if (!config.enabled || city.isEmpty()) {
    if (m_controller->isRunning() || m_controller->isStarting())
      m_controller->stop();
    return;
  }
  if ((m_controller->isRunning() || m_controller->isStarting()) && m_controller->cityGeoPackage() == city &&
      m_controller->config() == config)
    return;
  m_controller->start(config, city);
}

void LiveWiring::showSettings()
{
  auto *dialog = new LiveFeedsDialog(m_window);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->setConfig(LiveFeedsConfig::load(QSettings()));
  connect(dialog, &QDialog::accepted, this, [this, dialog] {
    QSettings settings;
    const LiveFeedsConfig config = dialog->config();
    config.save(settings);
    settings.sync();
    // The password goes to the keyring only; the live thread reads it from there at each start.
    QString error;
    if (!dialog->password().isEmpty() &&
        !Keyring::write(
            QString::fromLatin1(LiveFeedsConfig::kBrokerKeyringService),
            LiveFeedsConfig::brokerKeyringKey(config.brokerUser, config.brokerHost, config.brokerPort),
            dialog->password(), &error))
      m_messages->pushMessage(tr("The system keyring cannot store the broker password (%1); the feeds "
                                 "connect without it.")
                                  .arg(error),
                              MessageBar::Level::Warning);
    if (dialog->config().enabled && cityGeoPackage().isEmpty())
      m_messages->pushMessage(tr("The live feeds start when a city with hydrology stations is open."),
                              MessageBar::Level::Info);
    startFeeds();
  });
  dialog->open();
}

void LiveWiring::retranslate()
{
  m_settingsAction->setText(tr("&Live Feeds…"));
  m_dock->setWindowTitle(tr("Alarms"));
}

void LiveWiring::onLayerAdded(MapLayer *layer)
{
  auto *vector = qobject_cast<VectorLayer *>(layer);
  if (!vector)
    return;
  connect(vector, &VectorLayer::loaded, this, [this, vector] {
    const QString table = vector->source().layerName;
    if (table.compare(u"hydro_stations"_s, Qt::CaseInsensitive) == 0 ||
        table.compare(u"monitoring_points"_s, Qt::CaseInsensitive) == 0 ||
        table.compare(u"districts"_s, Qt::CaseInsensitive) == 0) {
      updateSites();
      startFeeds();
    }
  });
}

void LiveWiring::updateSites()
{
  m_model->setSites(alarmSites(*m_layers, m_canvas->destinationCrs()));
}

void LiveWiring::flyTo(const QString &source)
{
  const AlarmSite site = m_model->site(source);
  if (!site.located)
    return;
  // Close enough to see the station among its neighbours: about 3 km across.
  const double half = m_canvas->destinationCrs().isGeographic() ? 0.015 : 1500;
  m_canvas->zoomToBox({site.mapPoint.x() - half, site.mapPoint.y() - half, site.mapPoint.x() + half,
                       site.mapPoint.y() + half});
}

} // namespace rc
