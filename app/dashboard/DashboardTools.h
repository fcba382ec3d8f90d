#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QTimer>

#include "live/Alarm.h"

class QAction;
class QDockWidget;
class QMainWindow;

namespace rc {

class BigScreenMode;
class DashboardPanel;
class LayerStack;
class LiveController;
class MapCanvas;
struct ReadingBatch;

/// The dashboard dock and big-screen mode in a main window, and what feeds their key figures:
/// the dashboard's event statistics and, when live feeds run, the open alarms and readings per
/// second. The window only places the actions. Owned by the window; GUI thread.
class DashboardTools : public QObject
{
  Q_OBJECT

public:
  /// `live` may be null (no alarms or readings then).
  DashboardTools(QMainWindow *window, LayerStack *layers, MapCanvas *canvas, LiveController *live);
  ~DashboardTools() override;

  [[nodiscard]] DashboardPanel *panel() const { return m_panel; }
  [[nodiscard]] QDockWidget *dock() const { return m_dock; }
  [[nodiscard]] BigScreenMode *bigScreen() const { return m_bigScreen; }
  /// Shows and raises the dashboard dock (Ctrl+Shift+D).
  [[nodiscard]] QAction *dashboardAction() const { return m_dashboardAction; }
  [[nodiscard]] qint64 openAlarmCount() const { return m_openAlarms.size(); }
  /// Readings received over the last few seconds, per second.
  [[nodiscard]] double readingsPerSecond() const;

protected:
  bool eventFilter(QObject *watched, QEvent *event) override;

private:
  void onAlarm(const Alarm &alarm);
  void onReadings(const ReadingBatch &batch);
  void updateFigures();
  void retranslate();

  DashboardPanel *m_panel;
  QDockWidget *m_dock;
  BigScreenMode *m_bigScreen;
  QAction *m_dashboardAction;
  QHash<qint64, AlarmRule> m_openAlarms;
  /// When readings arrived and how many: the window of readingsPerSecond().
  QQueue<QPair<QDateTime, qint64>> m_readings;
  bool m_live = false;
  QTimer m_figureTimer;
};

} // namespace rc
