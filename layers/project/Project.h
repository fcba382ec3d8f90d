#pragma once

#include "base/Error.h"
#include "geo/BBox.h"
#include "geo/Crs.h"
#include "style/Symbol.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rc {

/// One layer as a project file records it. `source` is relative to the project file's folder when
/// the data lies beside it (the usual case: fuzhou.gpkg next to fuzhou.rcproj).
struct ProjectLayer
{
  QString source;
  QString layerName;
  QString name;
  bool visible = true;
  double opacity = 1;
  VectorStyle style;
  /// The style on a dark map (big-screen mode): basemap layers have one, data layers none and keep
  /// their colours.
  std::optional<VectorStyle> darkStyle;
};

/// A map document on disk (.rcproj, JSON): title, CRS, start view and layers, bottom first.
struct Project
{
  static constexpr int kFormatVersion = 1;

  QString title;
  Crs crs = Crs::cgcs2000();
  BBox startExtent;      ///< in crs
  QColor background;     ///< the map's background (the sea, for a coastal city); invalid: the default
  QColor darkBackground; ///< the background on a dark map; invalid: the map keeps `background`
  QList<ProjectLayer> layers;
};

/// A project file that cannot be used at all (code Data). what() names the file and the problem.
class ProjectError : public Error
{
public:
  explicit ProjectError(const QString &message);
};

/// Reads and writes .rcproj files. Reading resolves layer sources against the file's folder; parts
/// that are damaged but not essential (a style value) fall back to defaults and are reported in
/// `warnings`. A file from a newer format version is refused with a message, not misread.
class ProjectFile
{
  Q_DECLARE_TR_FUNCTIONS(rc::ProjectFile)

public:
  [[nodiscard]] static Project read(const QString &path, QStringList *warnings = nullptr);
  /// Writes atomically (a crash leaves the old file). Sources inside the file's folder are stored
  /// relative to it. Throws ProjectError when the file cannot be written.
  static void write(const Project &project, const QString &path);
};

} // namespace rc
