#pragma once

#include <QColor>
#include <QToolButton>

namespace rc {

/// A button that shows a colour swatch and opens a colour picker (with alpha) when clicked.
class ColorButton : public QToolButton
{
  Q_OBJECT

public:
  explicit ColorButton(QWidget *parent = nullptr);

  [[nodiscard]] QColor color() const { return m_color; }
  void setColor(const QColor &color);

signals:
  void colorChanged(const QColor &color);

private:
  void pick();

  QColor m_color;
};

} // namespace rc
