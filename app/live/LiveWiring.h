#pragma once

#include <QObject>
#include <QString>

class QAction;
class QDockWidget;
class QMainWindow;

namespace rc {

class AlarmPanel;
class FeedStatusIndicator;
class LayerStack;
class LiveController;
class LiveLayerUpdater;
class LiveModel;
class MapCanvas;
class MapLayer;
class MessageBar;
class PulseOverlay;

/// The live side of the main window, assembled: owns the LiveController and builds what observes
/// its LiveModel (the map layers' LiveLayerUpdater, the alarm dock, the feed-status indicator in
/// the status bar and the pulsing alarm symbols on the canvas); it tells the model where the
/// alarms' sites are on the map, and hands the operator's requests to the controller and the
/// canvas. The feeds start by themselves, when enabled, once the city's hydro_stations layer is
/// loaded. GUI thread; a child of the window.
class LiveWiring : public QObject
{
  Q_OBJECT

public:
  LiveWiring(QMainWindow *window, LayerStack *layers, MapCanvas *canvas, MessageBar *messages);
  ~LiveWiring() override;

  [[nodiscard]] LiveController *controller() const { return m_controller; }
  [[nodiscard]] LiveLayerUpdater *layerUpdater() const { return m_updater; }
  [[nodiscard]] AlarmPanel *alarmPanel() const { return m_panel; }
  [[nodiscard]] QDockWidget *alarmDock() const { return m_dock; }
  [[nodiscard]] FeedStatusIndicator *feedStatus() const { return m_status; }
  [[nodiscard]] PulseOverlay *pulseOverlay() const { return m_pulse; }
  /// Opens the "Live feeds" settings dialog.
  [[nodiscard]] QAction *settingsAction() const { return m_settingsAction; }

  /// The city GeoPackage the feeds run for: the source of the hydro_stations layer; empty when none
  /// is loaded.
  [[nodiscard]] QString cityGeoPackage() const;
  /// Starts (or restarts) the feeds with the saved settings when they are enabled and a city is loaded.
  void startFeeds();
  void showSettings();
  void retranslate();

signals:
  /// The operator asked what lies around an alarm's station, at this longitude/latitude (CGCS2000).
  void impactRequested(double lon, double lat);

private:
  void onLayerAdded(MapLayer *layer);
  void updateSites();
  void flyTo(const QString &source);

  QMainWindow *m_window;
  LayerStack *m_layers;
  MapCanvas *m_canvas;
  MessageBar *m_messages;
  LiveController *m_controller;
  LiveModel *m_model; ///< the controller's
  LiveLayerUpdater *m_updater;
  AlarmPanel *m_panel;
  QDockWidget *m_dock;
  FeedStatusIndicator *m_status;
  PulseOverlay *m_pulse;
  QAction *m_settingsAction;
};

} // namespace rc
