#pragma once

#include "style/Symbol.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace rc {

/// Where the bundled Fuzhou basemap lives (installed share/rongcheng/basemap, else the source
/// tree), and the cartography its layers get by name, so the first map a user sees reads well.
class DefaultData
{
public:
  /// The bundled basemap folder; empty when it cannot be found.
  [[nodiscard]] static QString basemapDirectory();
  /// The bundled files, bottom layer first.
  [[nodiscard]] static QStringList basemapFiles();
  /// A style for a layer by its name ("land", "water", "rivers", "pois", ...), or the n-th default.
  [[nodiscard]] static VectorStyle styleFor(const QString &layerName, int layerNumber);
  /// The variant of styleFor() on a dark map (big-screen mode); none for layers it does not know.
  [[nodiscard]] static std::optional<VectorStyle> darkStyleFor(const QString &layerName, int layerNumber);
  /// A display name for known basemap layers (translated), else the name itself.
  [[nodiscard]] static QString displayName(const QString &layerName);
  /// The map background under the basemap: the sea.
  [[nodiscard]] static QColor seaColor() { return {0xC9, 0xDF, 0xEF}; }
  /// The sea on a dark map.
  [[nodiscard]] static QColor darkSeaColor() { return {0x08, 0x11, 0x1F}; }
  /// The licence line shown in the About box and the map's corner.
  [[nodiscard]] static QString attribution();
};

} // namespace rc
