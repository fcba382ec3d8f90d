#pragma once

#include "live/StationHistory.h"

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMainWindow;
class QToolBar;

namespace rc {

class HistoryReplay;
class IdentifyPanel;
class LayerStack;
class LiveController;
class MapCanvas;
class MapLayer;
class MessageBar;
class StationPanel;
class TimeSlider;
class VectorLayer;

/// The station side of the main window: the station chart dock, opened by double-clicking a
/// station, monitoring point or enterprise on the map or in the identify results, or by the
/// "Station Chart" action; and the history replay toolbar whose time slider colours the stations
/// by their level at that time. Finds the city GeoPackage from the loaded hydro_stations layer, the
/// readings database from the LiveController and the live readings in its LiveModel. GUI thread; a
/// child of the window.
class StationTools : public QObject
{
  Q_OBJECT

public:
  StationTools(QMainWindow *window, LayerStack *layers, MapCanvas *canvas, IdentifyPanel *identify,
               LiveController *live, MessageBar *messages);
  ~StationTools() override;

  [[nodiscard]] StationPanel *panel() const { return m_panel; }
  [[nodiscard]] QDockWidget *dock() const { return m_dock; }
  [[nodiscard]] TimeSlider *timeSlider() const { return m_slider; }
  [[nodiscard]] QToolBar *replayToolbar() const { return m_toolbar; }
  /// Shows the chart of the station chosen in the identify results.
  [[nodiscard]] QAction *chartAction() const { return m_chartAction; }

  /// Shows the chart of a station in the dock.
  void showStation(const StationRef &station);
  /// The station, monitoring point or enterprise drawn at a pixel of the canvas, if any.
  [[nodiscard]] std::optional<StationRef> stationAt(QPointF pixel) const;
  void retranslate();

protected:
  bool eventFilter(QObject *watched, QEvent *event) override;

private:
  void onLayerAdded(MapLayer *layer);
  void useStationsLayer(VectorLayer *layer);
  void showIdentified();
  void onReplayShown(bool visible);

  QMainWindow *m_window;
  LayerStack *m_layers;
  MapCanvas *m_canvas;
  IdentifyPanel *m_identify;
  LiveController *m_live;
  MessageBar *m_messages;
  HistorySources m_sources;
  QPointer<VectorLayer> m_stations;
  StationPanel *m_panel;
  QDockWidget *m_dock;
  TimeSlider *m_slider;
  QToolBar *m_toolbar;
  HistoryReplay *m_replay = nullptr;
  QAction *m_chartAction;
};

} // namespace rc
