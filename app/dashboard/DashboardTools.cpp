#include "dashboard/DashboardTools.h"

#include "live/LiveController.h"

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

namespace {

constexpr qint64 kReadingWindowMs = 5000;

} // namespace

DashboardTools::DashboardTools(QMainWindow *window, LayerStack *layers, MapCanvas *canvas,
                               LiveController *live)
    : QObject(window), m_panel(new DashboardPanel(layers, canvas)), m_dock(new QDockWidget(window)),
      m_bigScreen(nullptr), m_dashboardAction(new QAction(this))
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
    connect(live, &LiveController::started, this, [this](const QList<Alarm> &alarms) {
      m_live = true;
      m_openAlarms.clear();
      for (const Alarm &alarm : alarms)
        onAlarm(alarm);
      updateFigures();
    });
    connect(live, &LiveController::stopped, this, [this] {
      m_live = false;
      m_readings.clear();
      updateFigures();
    });
    // A storm raises alarms by the hundred: the figures follow on the clock below, not per alarm.
    connect(live, &LiveController::alarmRaised, this, &DashboardTools::onAlarm);
    connect(live, &LiveController::alarmChanged, this, &DashboardTools::onAlarm);
    connect(live, &LiveController::readingsReceived, this, &DashboardTools::onReadings);
  }
  // Alarm counts and readings per second (which decays when feeds fall silent) follow on a clock.
  m_figureTimer.setInterval(1000);
  connect(&m_figureTimer, &QTimer::timeout, this, &DashboardTools::updateFigures);
  m_figureTimer.start();
  window->installEventFilter(this);
  retranslate();
  updateFigures();
}

DashboardTools::~DashboardTools() = default;

double DashboardTools::readingsPerSecond() const
{
  const QDateTime now = QDateTime::currentDateTimeUtc();
  qint64 count = 0;
  for (const auto &[at, n] : m_readings)
    if (at.msecsTo(now) <= kReadingWindowMs)
      count += n;
  return double(count) * 1000.0 / double(kReadingWindowMs);
}

void DashboardTools::onAlarm(const Alarm &alarm)
{
  if (alarm.isOpen())
    m_openAlarms.insert(alarm.id, alarm.rule);
  else
    m_openAlarms.remove(alarm.id);
}

void DashboardTools::onReadings(const ReadingBatch &batch)
{
  const QDateTime now = QDateTime::currentDateTimeUtc();
  m_readings.enqueue({now, qint64(batch.size())});
  while (!m_readings.isEmpty() && m_readings.head().first.msecsTo(now) > kReadingWindowMs)
    m_readings.dequeue();
}

void DashboardTools::updateFigures()
{
  std::map<AlarmRule, qint64> perRule;
  for (AlarmRule rule : std::as_const(m_openAlarms))
    ++perRule[rule];
  QList<QPair<QString, qint64>> counts;
  for (const auto &[rule, count] : perRule)
    counts.append({alarmRuleTitle(rule), count});
  m_panel->setAlarmCounts(counts);

  const EventStatistics &stats = m_panel->statistics();
  KpiPanel *kpis = m_bigScreen->kpis();
  const QLocale locale;
  kpis->setTile(u"open"_s, tr("Open events"), locale.toString(stats.open));
  kpis->setTile(u"overdue"_s, tr("Overdue"), locale.toString(stats.overdue), stats.overdue > 0);
  kpis->setTile(u"alarms"_s, tr("Active alarms"), m_live ? locale.toString(openAlarmCount()) : u"–"_s,
                !m_openAlarms.isEmpty());
  kpis->setTile(u"readings"_s, tr("Readings/s"),
                m_live ? locale.toString(readingsPerSecond(), 'f', 1) : u"–"_s);
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
