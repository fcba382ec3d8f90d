#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QDockWidget;
class QMainWindow;
class QToolBar;

namespace rc {

class AddressIndexLoader;
class CaseDesk;
class CaseIntakePickTool;
class EventTimeline;
class LayerStack;
class MapCanvas;
class MapLayer;
class MessageBar;
class PulseOverlay;
class VectorLayer;
struct EventCase;

/// The event map and the case desk in a main window: the time slider toolbar bound to the
/// "events" layer, the case desk dock opened on the workflow beside the "grids" layer's data,
/// the map pick of the intake form, and a flash of a case's place when the operator clicks it.
/// The window only places the toggles. Owned by the window; GUI thread.
class EventTools : public QObject
{
  Q_OBJECT

public:
  EventTools(QMainWindow *window, MapCanvas *canvas, LayerStack *layers, MessageBar *messages,
             AddressIndexLoader *addresses);
  ~EventTools() override;

  [[nodiscard]] EventTimeline *timeline() const { return m_timeline; }
  [[nodiscard]] QToolBar *timelineToolbar() const { return m_toolbar; }
  [[nodiscard]] CaseDesk *desk() const { return m_desk; }
  [[nodiscard]] QDockWidget *deskDock() const { return m_dock; }
  [[nodiscard]] CaseIntakePickTool *pickTool() const { return m_pickTool; }
  [[nodiscard]] PulseOverlay *flash() const { return m_flash; }

  /// Shows where a case is: a pulse on its place for a few seconds, the map moved there when it
  /// lies outside the view.
  void flashCase(const rc::EventCase &eventCase);

protected:
  bool eventFilter(QObject *watched, QEvent *event) override;

private:
  void onLayerAdded(MapLayer *layer);
  /// Opens the desk on the city of the grids layer seen last, once the desk is shown: a window
  /// that never shows the desk creates no workflow database beside the data.
  void openDesk();
  void retranslate();

  QPointer<MapCanvas> m_canvas;
  MessageBar *m_messages;
  EventTimeline *m_timeline;
  QToolBar *m_toolbar;
  CaseDesk *m_desk;
  QDockWidget *m_dock;
  CaseIntakePickTool *m_pickTool;
  PulseOverlay *m_flash;
  QTimer m_flashEnd;
  QString m_gridsPath;
};

} // namespace rc
