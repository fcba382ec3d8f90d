#include "ops/ImpactTools.h"

#include "base/MessageBar.h"
#include "map/MapCanvas.h"
#include "ops/ImpactPanel.h"
#include "ops/ImpactTool.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>

using namespace Qt::StringLiterals;

namespace rc {

ImpactTools::ImpactTools(QMainWindow *window, MapCanvas *canvas, LayerStack *layers, MessageBar *messages)
    : QObject(window), m_canvas(canvas), m_tool(new ImpactTool(canvas)),
      m_panel(new ImpactPanel(layers, canvas, m_tool)), m_dock(new QDockWidget(window)),
      m_action(new QAction(this))
{
  m_tool->setParent(this);
  m_dock->setObjectName(u"impactDock"_s);
  m_dock->setWidget(m_panel);
  window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
  m_dock->hide();
  m_action->setCheckable(true);
  m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
  connect(m_action, &QAction::triggered, this, [this] {
    m_canvas->setMapTool(m_tool);
    m_dock->show();
    m_dock->raise();
  });
  connect(m_panel, &ImpactPanel::failed, messages,
          [messages](const QString &message) { messages->pushMessage(message, MessageBar::Level::Warning); });
  connect(m_panel, &ImpactPanel::exported, messages, [messages](const QString &path) {
    messages->pushMessage(ImpactTools::tr("Impact list written to %1").arg(path), MessageBar::Level::Info);
  });
  window->installEventFilter(this);
  retranslate();
}

ImpactTools::~ImpactTools()
{
  if (m_canvas && m_canvas->mapTool() == m_tool)
    m_canvas->setMapTool(nullptr);
}

void ImpactTools::analyseAt(double lon, double lat, double metres)
{
  m_dock->show();
  m_dock->raise();
  m_panel->analyseAt(lon, lat, metres);
}

bool ImpactTools::eventFilter(QObject *watched, QEvent *event)
{
  if (event->type() == QEvent::LanguageChange && watched == parent())
    retranslate();
  return QObject::eventFilter(watched, event);
}

void ImpactTools::retranslate()
{
  m_action->setText(tr("Impact &Analysis"));
  m_action->setToolTip(tr("Which addresses, grids, communities, 5G sites, broadcast and monitoring points an "
                          "area touches: click a point (with the buffer of the panel) or draw an area"));
  m_dock->setWindowTitle(tr("Impact Analysis"));
}

} // namespace rc
