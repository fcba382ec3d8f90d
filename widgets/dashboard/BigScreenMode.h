#pragma once

#include "geo/BBox.h"

#include <QByteArray>
#include <QFont>
#include <QObject>
#include <QPalette>
#include <QPointer>
#include <QTimer>

class QAction;
class QActionGroup;
class QDockWidget;
class QMainWindow;
class QMenu;
class QScreen;
class QShortcut;

namespace rc {

class DarkMapTheme;
class DashboardPanel;
class KpiPanel;
class LayerStack;
class MapCanvas;

/// Turns a main window into the operations center's wall display and back: full screen on a
/// chosen monitor, dark theme (the map's dark variant too, see DarkMapTheme), type scaled to the screen, the
/// map with a KPI strip above it and the dashboard beside it, and an optional tour through saved views (the
/// view on entering and the extent of each district). Leaving (F11 or Esc) restores the window's layout, look
/// and view. Owned by the window; GUI thread.
class BigScreenMode : public QObject
{
  Q_OBJECT

public:
  /// A view the tour shows: a name and an extent in the canvas's CRS.
  struct View
  {
    QString name;
    BBox extent;
  };

  BigScreenMode(QMainWindow *window, MapCanvas *canvas, LayerStack *layers, DashboardPanel *dashboard,
                QDockWidget *dashboardDock);
  ~BigScreenMode() override;

  /// Checkable, F11.
  [[nodiscard]] QAction *toggleAction() const { return m_toggleAction; }
  /// Checkable: rotate through tourViews() while in big-screen mode.
  [[nodiscard]] QAction *tourAction() const { return m_tourAction; }
  /// The monitors to show the big screen on; rebuilt when monitors come and go.
  [[nodiscard]] QMenu *screenMenu() const { return m_screenMenu; }
  [[nodiscard]] KpiPanel *kpis() const { return m_kpis; }
  [[nodiscard]] QDockWidget *kpiDock() const { return m_kpiDock; }
  /// The map's dark look, worn while active; the window sets its background per project.
  [[nodiscard]] DarkMapTheme *mapTheme() const { return m_mapTheme; }
  [[nodiscard]] bool isActive() const { return m_active; }

  /// The monitor chosen in screenMenu(); null: the one the window is on.
  [[nodiscard]] QScreen *chosenScreen() const;
  void setTourInterval(int seconds);
  [[nodiscard]] int tourInterval() const { return m_tourTimer.interval() / 1000; }
  /// The views of the tour, computed on entering.
  [[nodiscard]] const QList<View> &tourViews() const { return m_views; }
  /// The point size big-screen type has at the window's current height.
  [[nodiscard]] double fontPointSize() const;

public slots:
  /// Enters on `screen` (null: chosenScreen()).
  void enter(QScreen *screen = nullptr);
  void leave();
  void setActive(bool active);
  /// Shows the next view of the tour.
  void nextView();

signals:
  void activeChanged(bool active);

protected:
  bool eventFilter(QObject *watched, QEvent *event) override;

private:
  struct SavedLayout
  {
    QByteArray state, geometry;
    Qt::WindowStates windowState;
    QString styleSheet;
    QPalette palette;
    QFont font;
    bool menuBar = true, statusBar = true;
    BBox extent;
  };
  void collectViews();
  void applyScale();
  void rebuildScreenMenu();
  void retranslate();

  QMainWindow *m_window;
  QPointer<MapCanvas> m_canvas;
  QPointer<LayerStack> m_layers;
  DashboardPanel *m_dashboard;
  QDockWidget *m_dashboardDock;
  KpiPanel *m_kpis;
  QDockWidget *m_kpiDock;
  DarkMapTheme *m_mapTheme;
  QAction *m_toggleAction;
  QAction *m_tourAction;
  QMenu *m_screenMenu;
  QActionGroup *m_screenGroup;
  QShortcut *m_escape;
  QTimer m_tourTimer;
  QString m_screenName;
  QList<View> m_views;
  int m_viewIndex = 0;
  bool m_active = false;
  SavedLayout m_saved;
};

} // namespace rc
