#include "dashboard/KpiPanel.h"

#include <QBoxLayout>
#include <QEvent>
#include <QFrame>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace rc {

KpiPanel::KpiPanel(Qt::Orientation orientation, QWidget *parent)
    : QWidget(parent),
      m_layout(new QBoxLayout(
          orientation == Qt::Horizontal ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom, this))
{
  setObjectName(u"kpiPanel"_s);
  m_layout->setContentsMargins(6, 6, 6, 6);
  m_layout->addStretch(1);
}

void KpiPanel::setTile(const QString &key, const QString &caption, const QString &value, bool alert)
{
  auto it = m_tiles.find(key);
  if (it == m_tiles.end()) {
    Tile tile;
    auto *frame = new QFrame;
    frame->setObjectName(u"kpiTile"_s);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(10, 6, 10, 6);
    tile.frame = frame;
    tile.caption = new QLabel;
    tile.value = new QLabel;
    tile.value->setObjectName(u"kpi_"_s + key);
    tile.caption->setAlignment(Qt::AlignCenter);
    tile.value->setAlignment(Qt::AlignCenter);
    layout->addWidget(tile.caption);
    layout->addWidget(tile.value);
    m_layout->insertWidget(m_layout->count() - 1, frame, 1);
    it = m_tiles.insert(key, tile);
    applyFonts();
  }
  it->caption->setText(caption);
  it->value->setText(value);
  if (it->alert != alert || it->value->styleSheet().isEmpty()) {
    it->alert = alert;
    applyColour(*it);
  }
}

void KpiPanel::removeTile(const QString &key)
{
  if (const auto it = m_tiles.find(key); it != m_tiles.end()) {
    delete it->frame;
    m_tiles.erase(it);
  }
}

QLabel *KpiPanel::valueLabel(const QString &key) const
{
  return m_tiles.value(key).value;
}

QLabel *KpiPanel::captionLabel(const QString &key) const
{
  return m_tiles.value(key).caption;
}

void KpiPanel::changeEvent(QEvent *event)
{
  if (event->type() == QEvent::FontChange)
    applyFonts();
  if (event->type() == QEvent::PaletteChange)
    for (Tile &tile : m_tiles)
      applyColour(tile);
  QWidget::changeEvent(event);
}

void KpiPanel::applyFonts()
{
  // The labels get fonts of their own, so they no longer follow the panel's: derive them here.
  QFont caption = font();
  QFont value = font();
  value.setPointSizeF(font().pointSizeF() * 2.4);
  value.setBold(true);
  for (Tile &tile : m_tiles) {
    tile.caption->setFont(caption);
    tile.value->setFont(value);
  }
}

void KpiPanel::applyColour(Tile &tile)
{
  const QColor normal = palette().color(QPalette::Highlight);
  const QColor colour = tile.alert ? QColor(0xe0, 0x4b, 0x3a) : normal;
  tile.value->setStyleSheet(u"color: %1;"_s.arg(colour.name()));
}

} // namespace rc
