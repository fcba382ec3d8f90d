#pragma once

#include <QColor>
#include <QString>

namespace rc {

/// How a layer labels its features: which attribute, in what type, from which scale down.
/// Sizes are in points; the halo width is in pixels at 96 DPI.
struct LabelSettings
{
  bool enabled = false;
  QString field;
  /// Noto Sans CJK (Debian's fonts-noto-cjk) draws Chinese and Latin alike; nothing is bundled.
  QString fontFamily = QStringLiteral("Noto Sans CJK SC");
  double size = 9;
  bool bold = false;
  QColor color{0x22, 0x22, 0x22};
  QColor haloColor{255, 255, 255, 230};
  double haloWidth = 1.6;
  /// Higher priorities are placed first and so win collisions (0–10).
  int priority = 5;
  /// Labels show only at scales larger than 1:maxScale; 0 shows them at every scale.
  double maxScale = 0;

  friend bool operator==(const LabelSettings &, const LabelSettings &) = default;
};

} // namespace rc
