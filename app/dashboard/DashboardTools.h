#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QAction;
class QDockWidget;
class QMainWindow;

namespace rc {

class BigScreenMode;
class DashboardPanel;
class LayerStack;
class LiveModel;
class MapCanvas;

/// The dashboard dock and big-screen mode in a main window, and what feeds their key figures:
/// the dashboard's event statistics and, when live feeds run, the LiveModel's open alarms and
/// readings per second. The window only places the actions. Owned by the window; GUI thread.
class DashboardTools : public QObject
{
  Q_OBJECT

public:
  /// `live` may be null (no alarms or readings then).
  DashboardTools(QMainWindow *window, LayerStack *layers, MapCanvas *canvas, const LiveModel *live);
  ~DashboardTools() override;

  [[nodiscard]] DashboardPanel *panel() const { return m_panel; }
  [[nodiscard]] QDockWidget *dock() const { return m_dock; }
  [[nodiscard]] BigScreenMode *bigScreen() const { return m_bigScreen; }
  /// Shows and raises the dashboard dock (Ctrl+Shift+D).
  [[nodiscard]] QAction *dashboardAction() const { return m_dashboardAction; }

protected:
  bool eventFilter(QObject *watched, QEvent *event) override;

private:
  void updateFigures();
  void retranslate();

  DashboardPanel *m_panel;
  QDockWidget *m_dock;
  BigScreenMode *m_bigScreen;
  QAction *m_dashboardAction;
  QPointer<const LiveModel> m_live;
  QTimer m_figureTimer;
};

} // namespace rc
