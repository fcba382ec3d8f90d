#pragma once

#include <QColor>
#include <QStringList>

namespace rc {

/// A named sequential colour ramp (ColorBrewer's YlOrRd, Blues, Greens, Purples; Viridis; Heat for
/// density maps, which starts transparent). color(t) interpolates for t in 0..1.
class ColorRamp
{
public:
  explicit ColorRamp(const QString &name);
  [[nodiscard]] static QStringList names();
  [[nodiscard]] QColor color(double t) const;

private:
  QList<QColor> m_stops;
};

} // namespace rc
