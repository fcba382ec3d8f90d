#pragma once

#include "geo/Geos.h"

#include <QString>

namespace rc::demo {

class AdministrativeDivisions;
class GpkgWriter;
class NameMaker;
class ProgressReporter;
struct SeedTables;

/// The ecology cloud's registry: exactly 7,663 enterprises with unified social credit codes
/// (GB 32100-2015, valid check digits), 545 of them key pollutant dischargers, and exactly 773
/// HJ 212 online monitoring points watching those dischargers (outfalls, stacks, plant-boundary
/// air and noise, the river section downstream), with their pollutant codes and limits.
/// Enterprises cluster in the industrial zones of industrial_zones.csv. Generator thread.
class EcologyGenerator
{
public:
  EcologyGenerator(const GeosContext &geos, const AdministrativeDivisions &divisions,
                   const SeedTables &tables, const NameMaker &names)
      : m_geos(geos), m_divisions(divisions), m_tables(tables), m_names(names)
  {}

  void write(GpkgWriter &writer, quint64 seed, ProgressReporter &progress) const;

  /// GB 32100-2015's check character of the first 17 characters of a credit code.
  [[nodiscard]] static QChar creditCodeCheck(const QString &first17);
  /// GB 11714's check character of the first 8 characters of an organisation code.
  [[nodiscard]] static QChar organisationCodeCheck(const QString &first8);

private:
  const GeosContext &m_geos;
  const AdministrativeDivisions &m_divisions;
  const SeedTables &m_tables;
  const NameMaker &m_names;
};

} // namespace rc::demo
