#include "map/LegendPanel.h"

#include "map/LayerStack.h"
#include "map/VectorLayer.h"
#include "render/SymbolPreview.h"
#include "style/ColorRamp.h"

#include <QHeaderView>
#include <QPainter>

namespace rc {

namespace {

constexpr QSize kSwatch(22, 16);

QIcon rampIcon(const QString &rampName, double devicePixelRatio)
{
  QImage image(kSwatch * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
  image.setDevicePixelRatio(devicePixelRatio);
  image.fill(Qt::white);
  const ColorRamp ramp(rampName);
  QPainter painter(&image);
  for (int x = 0; x < kSwatch.width(); ++x) {
    painter.setPen(ramp.color(double(x) / (kSwatch.width() - 1)));
    painter.drawLine(x, 2, x, kSwatch.height() - 3);
  }
  return QIcon(QPixmap::fromImage(image));
}

} // namespace

LegendPanel::LegendPanel(LayerStack *stack, QWidget *parent) : QTreeWidget(parent), m_stack(stack)
{
  setHeaderHidden(true);
  setIconSize(kSwatch);
  setRootIsDecorated(true);
  setSelectionMode(QAbstractItemView::NoSelection);
  m_rebuildTimer.setSingleShot(true);
  m_rebuildTimer.setInterval(50);
  connect(&m_rebuildTimer, &QTimer::timeout, this, &LegendPanel::rebuild);
  const auto schedule = [this] { m_rebuildTimer.start(); };
  connect(stack, &LayerStack::repaintNeeded, this, schedule);
  connect(stack, &LayerStack::layerPropertiesChanged, this, schedule);
  rebuild();
}

void LegendPanel::rebuild()
{
  clear();
  const double ratio = devicePixelRatioF();
  const QList<MapLayer *> layers = m_stack->layers();
  for (auto it = layers.crbegin(); it != layers.crend(); ++it) {
    const auto *layer = qobject_cast<const VectorLayer *>(*it);
    if (!layer || !layer->isVisible())
      continue;
    const GeometryKind kind = layer->features() ? layer->features()->dominantKind() : GeometryKind::Point;
    const QList<LegendEntry> entries = legendEntries(layer->style());
    auto *item = new QTreeWidgetItem(this, {layer->name()});
    const auto iconFor = [&](const LegendEntry &entry) {
      return entry.isRamp ? rampIcon(entry.rampName, ratio)
                          : QIcon(QPixmap::fromImage(symbolPreview(entry.symbols, kind, kSwatch, ratio)));
    };
    if (entries.size() == 1 && entries.first().label.isEmpty()) {
      item->setIcon(0, iconFor(entries.first()));
      continue;
    }
    // The classes' shared context, once: the rows below stay short enough for a narrow dock.
    for (const QString &line : layer->style().legendTitle) {
      auto *title = new QTreeWidgetItem(item, {line});
      title->setToolTip(0, line);
      QFont font = title->font(0);
      font.setItalic(true);
      title->setFont(0, font);
    }
    for (const LegendEntry &entry : entries) {
      auto *child = new QTreeWidgetItem(item, {entry.label});
      child->setIcon(0, iconFor(entry));
    }
    item->setExpanded(true);
  }
}

} // namespace rc
