#include "demo/DemoCityGenerator.h"

#include "base/AtomicFile.h"

#include "demo/AddressGenerator.h"
#include "demo/AdministrativeDivisions.h"
#include "demo/Basemap.h"
#include "demo/BroadcastGenerator.h"
#include "demo/CellSiteGenerator.h"
#include "demo/DemoProject.h"
#include "demo/EcologyGenerator.h"
#include "demo/EventGenerator.h"
#include "demo/GpkgWriter.h"
#include "demo/GridTiler.h"
#include "demo/HydrologyGenerator.h"
#include "demo/NameMaker.h"
#include "demo/ProgressReporter.h"
#include "demo/RoadNetwork.h"
#include "demo/SeedTables.h"
#include "demo/UrbanDensity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace rc {

using namespace demo;

DemoDataError::DemoDataError(Reason reason, const QString &message)
    : Error(Code::Data, message), m_reason(reason)
{}

qint64 DemoCityGenerator::addressCount(const DemoCityOptions &options)
{
  if (options.addressCount >= 0)
    return options.addressCount;
  return options.scale == DemoCityOptions::Scale::City ? 3'000'000 : 300'000;
}

qint64 DemoCityGenerator::eventCount(const DemoCityOptions &options)
{
  if (options.eventCount >= 0)
    return options.eventCount;
  return options.scale == DemoCityOptions::Scale::City ? 1'000'000 : 200'000;
}

qint64 DemoCityGenerator::cellSiteCount(const DemoCityOptions &options)
{
  if (options.cellSiteCount >= 0)
    return options.cellSiteCount;
  return options.scale == DemoCityOptions::Scale::City ? 35'000 : 8'000;
}

QString DemoCityGenerator::geoPackagePath(const QString &outDir)
{
  return outDir + u"/fuzhou.gpkg"_s;
}

QString DemoCityGenerator::projectPath(const QString &outDir)
{
  return outDir + u"/fuzhou.rcproj"_s;
}

namespace {

/// Removes a GeoPackage and SQLite's side files.
void removeGeoPackage(const QString &path)
{
  for (const QString &suffix : {QString(), u"-journal"_s, u"-wal"_s, u"-shm"_s})
    QFile::remove(path + suffix);
}

} // namespace

void DemoCityGenerator::generate(const DemoCityOptions &options, const DemoProgress &progress,
                                 const std::atomic_bool *cancel)
{
  if (options.outDir.isEmpty())
    throw DemoDataError(DemoDataError::Reason::MissingInput, tr("no output folder given"));
  if (options.basemapDir.isEmpty() || !QFileInfo(options.basemapDir).isDir())
    throw DemoDataError(DemoDataError::Reason::MissingInput,
                        tr("the basemap folder “%1” does not exist").arg(options.basemapDir));
  const QString seedTableDir = options.seedTableDir.isEmpty()
                                   ? QDir(options.basemapDir + u"/../demo"_s).absolutePath()
                                   : options.seedTableDir;
  if (!QDir().mkpath(options.outDir))
    throw DemoDataError(DemoDataError::Reason::Write, tr("cannot create the folder %1").arg(options.outDir));

  ProgressReporter reporter(progress, cancel);
  const QString partial = options.outDir + u"/fuzhou.partial.gpkg"_s;
  try {
    GeosContext geos;
    reporter.beginStage(tr("Reading the basemap"), 0.0, 0.02);
    const SeedTables tables = SeedTables::load(seedTableDir, options.basemapDir);
    const Basemap basemap(geos, options.basemapDir, seedTableDir);
    const UrbanDensity density(tables.urbanCentres);
    const NameMaker names(tables);
    GpkgWriter writer(partial);
    basemap.write(writer);

    reporter.beginStage(tr("Districts, towns and communities"), 0.02, 0.10);
    const AdministrativeDivisions divisions(geos, basemap, tables, density, names, options.seed, reporter);
    divisions.write(writer);

    reporter.beginStage(tr("Governance grids"), 0.10, 0.16);
    const GridTiler grids(geos, divisions, names, options.seed, reporter);

    reporter.beginStage(tr("Roads"), 0.16, 0.22);
    const RoadNetwork roads(geos, divisions, tables, density, names, options.seed, reporter);
    roads.write(writer);

    reporter.beginStage(tr("Standard addresses"), 0.22, 0.60);
    AddressGenerator(geos, divisions, grids, roads, names)
        .write(writer, addressCount(options), options.seed, reporter);

    reporter.beginStage(tr("5G sites"), 0.60, 0.64);
    CellSiteGenerator(geos, divisions).write(writer, cellSiteCount(options), options.seed, reporter);

    reporter.beginStage(tr("Enterprises and monitoring points"), 0.64, 0.66);
    EcologyGenerator(geos, divisions, tables, names).write(writer, options.seed, reporter);

    reporter.beginStage(tr("Hydrology"), 0.66, 0.70);
    HydrologyGenerator(geos, basemap, divisions, tables).write(writer, options.seed, reporter);

    reporter.beginStage(tr("Coastal broadcast points"), 0.70, 0.71);
    BroadcastGenerator(geos, basemap, divisions).write(writer, options.seed);

    reporter.beginStage(tr("City-management events"), 0.71, 0.85);
    const std::vector<GridEventTally> tallies =
        EventGenerator(geos, divisions, grids, tables, density, names)
            .write(writer, eventCount(options), options.seed, reporter);
    // The grids carry their event counts for the choropleth, so they follow the events.
    grids.write(writer, divisions, tallies);

    reporter.beginStage(tr("Building spatial indexes"), 0.85, 1.0);
    writer.close();
    const QString target = geoPackagePath(options.outDir);
    try {
      AtomicFile::replace(partial, target);
    } catch (const FileWriteError &e) {
      throw DemoDataError(DemoDataError::Reason::Write, e.message());
    }
    try {
      ProjectFile::write(DemoProject::build(target), projectPath(options.outDir));
    } catch (const ProjectError &e) {
      throw DemoDataError(DemoDataError::Reason::Write, QString::fromUtf8(e.what()));
    }
    reporter.update(1);
  } catch (const GeometryError &e) {
    // Callers know one failure type for a generation: DemoDataError.
    removeGeoPackage(partial);
    throw DemoDataError(DemoDataError::Reason::Geometry, e.message());
  } catch (...) {
    removeGeoPackage(partial);
    throw;
  }
}

} // namespace rc
