#pragma once

#include <QString>

namespace rc {

/// Where the stores that hold what operators did with a city live: cases and their audit trail,
/// alarms and their acknowledgements, readings. For "<dir>/<city>.gpkg" that is
/// "<dir>/operator/<city><suffix>", a folder that the demo city's generator never writes and its
/// manifest never lists, so regenerating, upgrading or reseeding the city cannot touch it (see the
/// README's "Where data lives"). Where <dir> is read-only, the user's own data folder. Stateless.
class OperatorStore
{
public:
  static constexpr char kFolderName[] = "operator";

  /// The store of `cityGeoPackage` with this suffix (".ops.sqlite"). A store that an older version
  /// kept beside the city itself is moved here first, with SQLite's side files (moved, never
  /// deleted; left alone when both exist).
  [[nodiscard]] static QString pathFor(const QString &cityGeoPackage, const QString &suffix);
  /// "<dir>/operator" for "<dir>/<city>.gpkg".
  [[nodiscard]] static QString folderFor(const QString &cityGeoPackage);
};

} // namespace rc
