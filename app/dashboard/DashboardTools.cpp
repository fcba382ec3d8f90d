#include "dashboard/DashboardTools.h"

#include "live/LiveModel.h"

#include "dashboard/BigScreenMode.h"
#include "dashboard/DashboardPanel.h"
#include "dashboard/KpiPanel.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QLocale>
#include <QMainWindow>

#include <map>

using namespace Qt::StringLiterals;

namespace rc {

DashboardTools::DashboardTools(QMainWindow *window, LayerStack *layers, MapCanvas *canvas,
                               const LiveModel *live)
    : QObject(window), m_panel(new DashboardPanel(layers, canvas)), m_dock(new QDockWidget(window)),
      m_bigScreen(nullptr), m_dashboardAction(new QAction(this)), m_live(live)
{
  m_dock->setObjectName(u"dashboardDock"_s);
  m_dock->setWidget(m_panel);
  window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
  m_dock->hide();
  m_bigScreen = new BigScreenMode(window, canvas, layers, m_panel, m_dock);
  m_dashboardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
  connect(m_dashboardAction, &QAction::triggered, this, [this] {
    m_dock->show();
    m_dock->raise();
  });
  connect(m_panel, &DashboardPanel::statisticsChanged, this, &DashboardTools::updateFigures);
  if (live) {
    connect(live, &LiveModel::started, this, &DashboardTools::updateFigures);
    connect(live, &LiveModel::stopped, this, &DashboardTools::updateFigures);
  }
  // A storm raises alarms by the hundred: alarm counts and readings per second (which decays when
  // feeds fall silent) follow on a clock, not per alarm or delivery.
  m_figureTimer.setInterval(1000);
  connect(&m_figureTimer, &QTimer::timeout, this, &DashboardTools::updateFigures);
  m_figureTimer.start();
  window->installEventFilter(this);
  retranslate();
  updateFigures();
}

DashboardTools::~DashboardTools() = default;

void DashboardTools::updateFigures()
{
  std::map<AlarmRule, qint64> perRule;
  qint64 open = 0;
  if (m_live)
    for (const Alarm &alarm : m_live->alarms())
      if (alarm.isOpen()) {
        ++perRule[alarm.rule];
        ++open;
      }
  QList<QPair<QString, qint64>> counts;
  for (const auto &[rule, count] : perRule)
    counts.append({alarmRuleTitle(rule), count});
  m_panel->setAlarmCounts(counts);

  const EventStatistics &stats = m_panel->statistics();
  KpiPanel *kpis = m_bigScreen->kpis();
  const QLocale locale;
  kpis->setTile(u"open"_s, tr("Open events"), locale.toString(stats.open));
  kpis->setTile(u"overdue"_s, tr("Overdue"), locale.toString(stats.overdue), stats.overdue > 0);
  const bool running = m_live && m_live->isRunning();
  kpis->setTile(u"alarms"_s, tr("Active alarms"), running ? locale.toString(open) : u"–"_s, open > 0);
  kpis->setTile(u"readings"_s, tr("Readings/s"),
                running ? locale.toString(m_live->readingsPerSecond(), 'f', 1) : u"–"_s);
  kpis->setTile(u"events"_s, tr("Events in record"), locale.toString(stats.total));
}

bool DashboardTools::eventFilter(QObject *watched, QEvent *event)
{
  if (event->type() == QEvent::LanguageChange && watched == parent()) {
    retranslate();
    updateFigures();
  }
  return QObject::eventFilter(watched, event);
}

void DashboardTools::retranslate()
{
  m_dashboardAction->setText(tr("&Dashboard"));
  m_dashboardAction->setToolTip(tr("Events per district and class, overdue cases, handling times, trend, "
                                   "alarms and 5G sites; click a bar to select those features"));
  m_dock->setWindowTitle(tr("Dashboard"));
}

} // namespace rc
