#include "dashboard/BigScreenMode.h"

#include "dashboard/DarkMapTheme.h"
#include "dashboard/DashboardPanel.h"
#include "dashboard/KpiPanel.h"
#include "data/FeatureStore.h"
#include "geo/CoordinateTransform.h"
#include "map/LayerStack.h"
#include "map/MapCanvas.h"
#include "map/VectorLayer.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QEvent>
#include <QGuiApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QStatusBar>
#include <QToolBar>
#include <QWindow>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

const QString kScreenKey = u"bigScreen/screen"_s;
const QString kTourKey = u"bigScreen/tourSeconds"_s;

QPalette darkPalette()
{
  QPalette p;
  const QColor window(0x0b, 0x12, 0x20), base(0x12, 0x1c, 0x30), text(0xdc, 0xe6, 0xf2);
  p.setColor(QPalette::Window, window);
  p.setColor(QPalette::WindowText, text);
  p.setColor(QPalette::Base, base);
  p.setColor(QPalette::AlternateBase, window);
  p.setColor(QPalette::Text, text);
  p.setColor(QPalette::Button, base);
  p.setColor(QPalette::ButtonText, text);
  p.setColor(QPalette::ToolTipBase, base);
  p.setColor(QPalette::ToolTipText, text);
  p.setColor(QPalette::Highlight, QColor(0x3e, 0xa6, 0xff));
  p.setColor(QPalette::HighlightedText, Qt::white);
  p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x99, 0xb0));
  return p;
}

const QString kDarkStyleSheet = uR"(
QMainWindow, QDockWidget, QScrollArea, QScrollArea > QWidget > QWidget { background: #0b1220; color: #dce6f2; }
QDockWidget::title { background: #16213a; padding: 6px; }
QFrame#kpiTile { background: #121c30; border: 1px solid #2a3c5e; border-radius: 8px; }
QLabel, QCheckBox { color: #dce6f2; background: transparent; }
)"_s;

} // namespace

BigScreenMode::BigScreenMode(QMainWindow *window, MapCanvas *canvas, LayerStack *layers,
                             DashboardPanel *dashboard, QDockWidget *dashboardDock)
    : QObject(window), m_window(window), m_canvas(canvas), m_layers(layers), m_dashboard(dashboard),
      m_dashboardDock(dashboardDock), m_kpis(new KpiPanel), m_kpiDock(new QDockWidget(window)),
      m_mapTheme(new DarkMapTheme(canvas, layers, this)), m_toggleAction(new QAction(this)),
      m_tourAction(new QAction(this)), m_screenMenu(new QMenu(window)), m_screenGroup(new QActionGroup(this)),
      m_escape(new QShortcut(QKeySequence(Qt::Key_Escape), window))
{
  m_kpiDock->setObjectName(u"bigScreenKpiDock"_s);
  m_kpiDock->setWidget(m_kpis);
  m_kpiDock->setFeatures(QDockWidget::NoDockWidgetFeatures);
  m_kpiDock->setTitleBarWidget(new QWidget);
  window->addDockWidget(Qt::TopDockWidgetArea, m_kpiDock);
  m_kpiDock->hide();

  m_toggleAction->setCheckable(true);
  m_toggleAction->setShortcut(QKeySequence(Qt::Key_F11));
  connect(m_toggleAction, &QAction::toggled, this, &BigScreenMode::setActive);
  m_tourAction->setCheckable(true);
  connect(m_tourAction, &QAction::toggled, this, [this](bool on) {
    if (on && m_active)
      m_tourTimer.start();
    else
      m_tourTimer.stop();
  });
  m_escape->setEnabled(false);
  connect(m_escape, &QShortcut::activated, this, &BigScreenMode::leave);

  const QSettings settings;
  m_screenName = settings.value(kScreenKey).toString();
  m_tourTimer.setInterval(std::max(5, settings.value(kTourKey, 20).toInt()) * 1000);
  connect(&m_tourTimer, &QTimer::timeout, this, &BigScreenMode::nextView);

  connect(qApp, &QGuiApplication::screenAdded, this, &BigScreenMode::rebuildScreenMenu);
  connect(qApp, &QGuiApplication::screenRemoved, this, &BigScreenMode::rebuildScreenMenu);
  rebuildScreenMenu();
  window->installEventFilter(this);
  retranslate();
}

BigScreenMode::~BigScreenMode() = default;

QScreen *BigScreenMode::chosenScreen() const
{
  for (QScreen *screen : QGuiApplication::screens())
    if (screen->name() == m_screenName)
      return screen;
  return m_window->screen();
}

void BigScreenMode::setTourInterval(int seconds)
{
  m_tourTimer.setInterval(std::max(1, seconds) * 1000);
}

double BigScreenMode::fontPointSize() const
{
  // Readable across a control room: about 1.6 times the desktop size at 1080 lines, growing with height.
  const double lines = std::max(1080, m_window->height());
  return m_saved.font.pointSizeF() * 1.6 * lines / 1080.0;
}

void BigScreenMode::setActive(bool active)
{
  if (active)
    enter();
  else
    leave();
}

void BigScreenMode::enter(QScreen *screen)
{
  if (m_active)
    return;
  if (!screen)
    screen = chosenScreen();
  m_saved.state = m_window->saveState();
  m_saved.geometry = m_window->saveGeometry();
  m_saved.windowState = m_window->windowState();
  m_saved.styleSheet = m_window->styleSheet();
  m_saved.palette = m_window->palette();
  m_saved.font = m_window->font();
  m_saved.menuBar = m_window->menuBar()->isVisible();
  m_saved.statusBar = m_window->statusBar()->isVisible();
  m_saved.extent = m_canvas ? m_canvas->extent() : BBox();
  m_active = true;

  for (QDockWidget *dock : m_window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly))
    if (dock != m_dashboardDock && dock != m_kpiDock)
      dock->hide();
  for (QToolBar *toolbar : m_window->findChildren<QToolBar *>(Qt::FindDirectChildrenOnly))
    toolbar->hide();
  m_window->menuBar()->hide();
  m_window->statusBar()->hide();
  m_dashboardDock->setFloating(false);
  m_window->addDockWidget(Qt::RightDockWidgetArea, m_dashboardDock);
  m_dashboardDock->show();
  m_kpiDock->show();

  m_window->setPalette(darkPalette());
  m_window->setStyleSheet(kDarkStyleSheet);
  m_dashboard->setDarkTheme(true);
  m_mapTheme->setActive(true);
  if (screen) {
    m_window->setScreen(screen);
    m_window->setGeometry(screen->geometry());
  }
  m_window->showFullScreen();
  applyScale();
  collectViews();
  m_viewIndex = 0;
  if (m_tourAction->isChecked())
    m_tourTimer.start();
  m_escape->setEnabled(true);
  m_toggleAction->setChecked(true);
  emit activeChanged(true);
}

void BigScreenMode::leave()
{
  if (!m_active)
    return;
  m_active = false;
  m_tourTimer.stop();
  m_escape->setEnabled(false);
  m_dashboard->setDarkTheme(false);
  m_mapTheme->setActive(false);
  if (m_canvas)
    m_canvas->setSymbolScale(1);
  m_window->setStyleSheet(m_saved.styleSheet);
  m_window->setPalette(m_saved.palette);
  m_window->setFont(m_saved.font);
  m_kpis->setFont(QFont());
  m_dashboard->setFont(QFont());
  m_kpiDock->hide();
  // Docks first: the big-screen dashboard would otherwise hold the window wider than it was.
  m_window->restoreState(m_saved.state);
  m_window->setWindowState(m_saved.windowState);
  m_window->restoreGeometry(m_saved.geometry);
  m_window->menuBar()->setVisible(m_saved.menuBar);
  m_window->statusBar()->setVisible(m_saved.statusBar);
  if (m_canvas && !m_saved.extent.isEmpty())
    m_canvas->setExtent(m_saved.extent);
  m_toggleAction->setChecked(false);
  emit activeChanged(false);
}

void BigScreenMode::applyScale()
{
  QFont font = m_saved.font;
  font.setPointSizeF(fontPointSize());
  m_window->setFont(font);
  // A style sheet on the window stops fonts from propagating to docked widgets: give them theirs.
  m_kpis->setFont(font);
  // Charts share a third of the width two by two: full big-screen type would elide every label.
  QFont chartFont = font;
  chartFont.setPointSizeF(font.pointSizeF() * 0.55);
  m_dashboard->setFont(chartFont);
  // The map's type and symbols grow with the screen like the rest, or a 4K wall shows specks.
  if (m_canvas)
    m_canvas->setSymbolScale(std::max(1.0, m_window->height() / 1080.0));
  // Map about two thirds of the width, the dashboard the rest.
  m_window->resizeDocks({m_dashboardDock}, {int(m_window->width() * 0.32)}, Qt::Horizontal);
}

void BigScreenMode::collectViews()
{
  m_views.clear();
  if (!m_canvas)
    return;
  m_views.append({tr("City"), m_saved.extent});
  if (!m_layers)
    return;
  for (MapLayer *layer : m_layers->layers()) {
    auto *districts = qobject_cast<VectorLayer *>(layer);
    if (!districts || districts->source().layerName != u"districts"_s || !districts->features())
      continue;
    const FeatureStore &store = *districts->features();
    const int nameField = store.fieldIndex(u"name"_s);
    try {
      const CoordinateTransform transform(districts->crs(), m_canvas->destinationCrs());
      for (std::size_t f = 0; f < store.featureCount(); ++f)
        m_views.append({nameField >= 0 ? store.text(f, nameField) : QString::number(f + 1),
                        transform.transformBounds(store.featureBounds(f))});
    } catch (const CrsError &) {
      // A districts layer in a CRS that cannot reach the map's: the tour shows the city alone.
    }
    break;
  }
}

void BigScreenMode::nextView()
{
  if (m_views.isEmpty() || !m_canvas)
    return;
  m_viewIndex = (m_viewIndex + 1) % int(m_views.size());
  const View &view = m_views[m_viewIndex];
  if (!view.extent.isEmpty())
    m_canvas->zoomToBox(view.extent);
  m_kpis->setTile(u"view"_s, tr("View"), view.name);
}

bool BigScreenMode::eventFilter(QObject *watched, QEvent *event)
{
  if (watched == m_window) {
    if (event->type() == QEvent::Resize && m_active)
      applyScale();
    else if (event->type() == QEvent::LanguageChange)
      retranslate();
  }
  return QObject::eventFilter(watched, event);
}

void BigScreenMode::rebuildScreenMenu()
{
  m_screenMenu->clear();
  const QList<QAction *> old = m_screenGroup->actions();
  for (QAction *action : old)
    delete action;
  for (QScreen *screen : QGuiApplication::screens()) {
    auto *action = new QAction(m_screenGroup);
    const QRect geometry = screen->geometry();
    action->setText(u"%1 (%2×%3)"_s.arg(screen->name()).arg(geometry.width()).arg(geometry.height()));
    action->setCheckable(true);
    action->setChecked(screen == chosenScreen());
    connect(action, &QAction::triggered, this, [this, name = screen->name()] {
      m_screenName = name;
      QSettings().setValue(kScreenKey, name);
    });
    m_screenMenu->addAction(action);
  }
}

void BigScreenMode::retranslate()
{
  m_toggleAction->setText(tr("&Big Screen"));
  m_toggleAction->setToolTip(tr("Full-screen operations display: map, key figures and dashboard, dark theme "
                                "(F11 or Esc leaves)"));
  m_tourAction->setText(tr("Big-Screen &Tour"));
  m_tourAction->setToolTip(tr("In big-screen mode, show the city and each district in turn"));
  m_screenMenu->setTitle(tr("Big-Screen &Monitor"));
  m_kpiDock->setWindowTitle(tr("Key Figures"));
}

} // namespace rc
