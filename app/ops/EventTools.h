#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <cstdint>

class QAction;
class QDockWidget;
class QMainWindow;
class QToolBar;

namespace rc {

class AddressIndexLoader;
class CaseDesk;
class CaseIntakePickTool;
class Crs;
class EventTimeline;
class EventTimelineModel;
class GridCasesPanel;
class GridCasesTool;
class GridWindowUpdater;
class LayerStack;
class MapCanvas;
class MapLayer;
class MessageBar;
class PulseOverlay;
class VectorLayer;
struct EventCase;

/// The event map and the case desk in a main window: the time slider toolbar bound to the
/// "events" layer, with the "grids" choropleth following its window, the case desk dock opened on
/// the workflow beside the "grids" layer's data, the map pick of the intake form, the grid cases
/// tool and dock, and a flash of a case's place when the operator clicks it. The window only
/// places the toggles. Owned by the window; GUI thread.
class EventTools : public QObject
{
  Q_OBJECT

public:
  EventTools(QMainWindow *window, MapCanvas *canvas, LayerStack *layers, MessageBar *messages,
             AddressIndexLoader *addresses);
  ~EventTools() override;

  [[nodiscard]] EventTimelineModel *timelineModel() const { return m_timelineModel; }
  [[nodiscard]] EventTimeline *timeline() const { return m_timeline; }
  [[nodiscard]] QToolBar *timelineToolbar() const { return m_toolbar; }
  [[nodiscard]] CaseDesk *desk() const { return m_desk; }
  [[nodiscard]] QDockWidget *deskDock() const { return m_dock; }
  [[nodiscard]] CaseIntakePickTool *pickTool() const { return m_pickTool; }
  [[nodiscard]] PulseOverlay *flash() const { return m_flash; }
  [[nodiscard]] GridWindowUpdater *gridWindow() const { return m_gridWindow; }
  [[nodiscard]] GridCasesPanel *gridCases() const { return m_gridCases; }
  [[nodiscard]] QDockWidget *gridCasesDock() const { return m_gridCasesDock; }
  [[nodiscard]] GridCasesTool *gridCasesTool() const { return m_gridCasesTool; }
  /// Checkable: the grid cases tool on the map (belongs in the window's map tool group).
  [[nodiscard]] QAction *gridCasesAction() const { return m_gridCasesAction; }

  /// Shows where a case is: a pulse on its place for a few seconds, the map moved there when it
  /// lies outside the view.
  void flashCase(const rc::EventCase &eventCase);
  /// The same for a point in `crs`.
  void flashAt(double x, double y, const Crs &crs);

protected:
  bool eventFilter(QObject *watched, QEvent *event) override;

private:
  void onLayerAdded(MapLayer *layer);
  /// Opens the desk on the city of the grids layer seen last, once the desk is shown: a window
  /// that never shows the desk creates no workflow database beside the data.
  void openDesk();
  /// Shows an event of the events layer: selected, and flashed on the map.
  void showLayerEvent(std::uint32_t feature);
  void retranslate();

  QPointer<MapCanvas> m_canvas;
  MessageBar *m_messages;
  EventTimelineModel *m_timelineModel;
  EventTimeline *m_timeline;
  QToolBar *m_toolbar;
  CaseDesk *m_desk;
  QDockWidget *m_dock;
  CaseIntakePickTool *m_pickTool;
  PulseOverlay *m_flash;
  GridWindowUpdater *m_gridWindow;
  GridCasesPanel *m_gridCases;
  QDockWidget *m_gridCasesDock;
  GridCasesTool *m_gridCasesTool;
  QAction *m_gridCasesAction;
  QPointer<VectorLayer> m_grids, m_events;
  QTimer m_flashEnd;
  QString m_gridsPath;
};

} // namespace rc
