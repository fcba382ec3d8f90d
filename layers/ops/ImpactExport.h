#pragma once

#include "ops/ImpactAnalysis.h"

#include <QCoreApplication>
#include <QString>

namespace rc {

/// Writes the list of what an impact analysis found. CSV: one row per feature (layer, fid, code,
/// name, lon, lat; a polygon's point is one inside it), UTF-8 with a BOM so Excel reads the
/// Chinese. GeoPackage (through OGR): one table per layer with every attribute and the full
/// geometry, plus the analysed area. Personal fields (staff names and phones of grids) are
/// masked, as in every export. The file appears only when complete. Runs on any one thread.
class ImpactExport
{
  Q_DECLARE_TR_FUNCTIONS(rc::ImpactExport)

public:
  /// By extension: .csv or .gpkg. Throws Error(InvalidInput) for another extension and
  /// Error(Data) when the file cannot be written.
  static void write(const ImpactData &data, const ImpactResult &result, const QString &path);
  static void writeCsv(const ImpactData &data, const ImpactResult &result, const QString &path);
  static void writeGeoPackage(const ImpactData &data, const ImpactResult &result, const QString &path);
};

} // namespace rc
