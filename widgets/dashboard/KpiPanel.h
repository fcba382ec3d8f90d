#pragma once

#include <QHash>
#include <QWidget>

class QBoxLayout;
class QLabel;

namespace rc {

/// A row (or column) of key figures, each a caption over a large number: the operations
/// center's open events, overdue cases, active alarms, readings per second. Only displays what it
/// is given; the numbers scale with the widget's font, so a big screen gets big figures. GUI thread.
class KpiPanel : public QWidget
{
  Q_OBJECT

public:
  explicit KpiPanel(Qt::Orientation orientation = Qt::Horizontal, QWidget *parent = nullptr);

  /// Adds a tile, or changes it: `key` identifies it (and names its value label "kpi_<key>").
  /// An alert tile draws its value in the warning colour.
  void setTile(const QString &key, const QString &caption, const QString &value, bool alert = false);
  void removeTile(const QString &key);
  [[nodiscard]] QLabel *valueLabel(const QString &key) const;
  [[nodiscard]] QLabel *captionLabel(const QString &key) const;

protected:
  void changeEvent(QEvent *event) override;

private:
  struct Tile
  {
    QWidget *frame = nullptr;
    QLabel *caption = nullptr;
    QLabel *value = nullptr;
    bool alert = false;
  };
  void applyFonts();
  void applyColour(Tile &tile);

  QBoxLayout *m_layout;
  QHash<QString, Tile> m_tiles;
};

} // namespace rc
