#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMainWindow;

namespace rc {

class ImpactPanel;
class ImpactTool;
class LayerStack;
class MapCanvas;
class MessageBar;

/// The impact analysis in a main window: the map tool and its action, the results dock, messages.
/// The window only places the action; alarms and scripts call analyseAt(). Owned by the window;
/// GUI thread.
class ImpactTools : public QObject
{
  Q_OBJECT

public:
  ImpactTools(QMainWindow *window, MapCanvas *canvas, LayerStack *layers, MessageBar *messages);
  ~ImpactTools() override;

  /// Checkable, for the window's map tool group.
  [[nodiscard]] QAction *toolAction() const { return m_action; }
  [[nodiscard]] ImpactPanel *panel() const { return m_panel; }
  [[nodiscard]] QDockWidget *dock() const { return m_dock; }
  [[nodiscard]] ImpactTool *tool() const { return m_tool; }

public slots:
  /// Shows the dock and analyses a buffer of `metres` around a lon/lat (EPSG:4490) point.
  void analyseAt(double lon, double lat, double metres);

protected:
  bool eventFilter(QObject *watched, QEvent *event) override;

private:
  void retranslate();

  QPointer<MapCanvas> m_canvas;
  ImpactTool *m_tool;
  ImpactPanel *m_panel;
  QDockWidget *m_dock;
  QAction *m_action;
};

} // namespace rc
