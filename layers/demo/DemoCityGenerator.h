#pragma once

#include "base/Error.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

namespace rc {

/// What the demo city generator makes and where. The same seed, scale and overrides give the same
/// features, value for value and coordinate for coordinate.
struct DemoCityOptions
{
  enum class Scale { Demo, City };
  static constexpr quint64 kDefaultSeed = 20261129;

  QString outDir; ///< receives fuzhou.gpkg and fuzhou.rcproj
  Scale scale = Scale::Demo;
  quint64 seed = kDefaultSeed;
  QString basemapDir;   ///< the bundled open basemap (land_simpl50m.geojson, districts.csv, ...)
  QString seedTableDir; ///< resources/demo; empty: the "demo" folder beside basemapDir

  /// Smaller volumes for tests (-1: the scale's own). The exact-count layers (enterprises,
  /// monitoring points, tide stations, buoys, broadcast points) never change.
  qint64 addressCount = -1;
  qint64 eventCount = -1;
  qint64 cellSiteCount = -1;
};

/// A failed or cancelled generation (code Data). what() is a UTF-8, translated sentence for stderr
/// or the message bar; nothing half-written is left in the output folder.
class DemoDataError : public Error
{
public:
  enum class Reason { Cancelled, MissingInput, Geometry, Write };
  DemoDataError(Reason reason, const QString &message);
  [[nodiscard]] Reason reason() const { return m_reason; }

private:
  Reason m_reason;
};

/// Progress of a generation: overall fraction 0..1 and the translated name of the stage running.
using DemoProgress = std::function<void(double fraction, const QString &stage)>;

/// Generates the Fuzhou demo city: a GeoPackage in EPSG:4490 with the basemap, schematic
/// administrative divisions, governance grids, roads, standard addresses, 5G sites, ecology,
/// hydrology, broadcast points and a year of city-management events, plus the project file that
/// shows them. Stateless; runs on the calling thread (the app calls it from a worker). Progress is
/// reported on that thread; `cancel` is polled and, when set, ends the run with Reason::Cancelled.
class DemoCityGenerator
{
  Q_DECLARE_TR_FUNCTIONS(rc::DemoCityGenerator)

public:
  /// Counts the issue fixes exactly, whatever the scale.
  static constexpr int kEnterpriseCount = 7663;
  static constexpr int kKeyDischargerCount = 545;
  static constexpr int kMonitoringPointCount = 773;
  static constexpr int kTideStationCount = 3;
  static constexpr int kOceanBuoyCount = 7;
  static constexpr int kEcologicalBuoyCount = 2;
  static constexpr int kBroadcastPointCount = 200;

  [[nodiscard]] static qint64 addressCount(const DemoCityOptions &options);
  [[nodiscard]] static qint64 eventCount(const DemoCityOptions &options);
  [[nodiscard]] static qint64 cellSiteCount(const DemoCityOptions &options);

  [[nodiscard]] static QString geoPackagePath(const QString &outDir);
  [[nodiscard]] static QString projectPath(const QString &outDir);

  /// Writes outDir/fuzhou.gpkg and outDir/fuzhou.rcproj, replacing earlier ones. Throws
  /// DemoDataError on a missing input, a geometry failure, a write failure or cancellation.
  static void generate(const DemoCityOptions &options, const DemoProgress &progress,
                       const std::atomic_bool *cancel = nullptr);
};

} // namespace rc
