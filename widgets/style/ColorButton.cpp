#include "style/ColorButton.h"

#include <QColorDialog>
#include <QPainter>

namespace rc {

ColorButton::ColorButton(QWidget *parent) : QToolButton(parent)
{
  setIconSize(QSize(28, 14));
  connect(this, &QToolButton::clicked, this, &ColorButton::pick);
}

void ColorButton::setColor(const QColor &color)
{
  if (color == m_color)
    return;
  m_color = color;
  QPixmap swatch(iconSize());
  swatch.fill(Qt::transparent);
  QPainter painter(&swatch);
  // A checkerboard under translucent colours, so alpha is visible.
  for (int x = 0; x < swatch.width(); x += 4)
    for (int y = 0; y < swatch.height(); y += 4)
      painter.fillRect(x, y, 4, 4, ((x + y) / 4) % 2 ? QColor(0xDD, 0xDD, 0xDD) : Qt::white);
  painter.fillRect(swatch.rect(), color);
  painter.setPen(QColor(0x66, 0x66, 0x66));
  painter.drawRect(swatch.rect().adjusted(0, 0, -1, -1));
  setIcon(swatch);
  setToolTip(color.name(QColor::HexArgb));
  emit colorChanged(color);
}

void ColorButton::pick()
{
  const QColor chosen = QColorDialog::getColor(m_color, this, {}, QColorDialog::ShowAlphaChannel);
  if (chosen.isValid())
    setColor(chosen);
}

} // namespace rc
