#pragma once

#include <QTimer>
#include <QTreeWidget>

namespace rc {

class LayerStack;

/// The legend: each visible layer, top first, with a swatch per symbol, class or rule of its style,
/// rebuilt whenever a layer or its style changes (coalesced, so a burst of changes rebuilds once).
class LegendPanel : public QTreeWidget
{
  Q_OBJECT

public:
  explicit LegendPanel(LayerStack *stack, QWidget *parent = nullptr);

public slots:
  void rebuild();

private:
  LayerStack *m_stack;
  QTimer m_rebuildTimer;
};

} // namespace rc
