#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace rc::demo {

enum class FieldType { Integer, Integer64, Real, Text, DateTime };

struct FieldSpec
{
  QString name;
  FieldType type = FieldType::Text;
};

enum class TableGeometry { None, Point, LineString, MultiLineString, MultiPolygon };

/// One table being written: set the current row's values, then write() it. Handed out by
/// GpkgWriter::beginTable(), valid until endTable(). Field indices are positions in the table's
/// field list.
class GpkgTable
{
public:
  GpkgTable(const GpkgTable &) = delete;
  GpkgTable &operator=(const GpkgTable &) = delete;
  ~GpkgTable();

  void setInteger(int field, qint64 value);
  void setReal(int field, double value);
  void setText(int field, const QString &value);
  /// A UTC instant in seconds since the epoch, stored as GeoPackage's ISO 8601 "…Z".
  void setDateTime(int field, qint64 utcSeconds);
  void setPoint(double x, double y);
  /// ISO WKB in EPSG:4490 (from GeosContext::wkb).
  void setWkb(const QByteArray &wkb);
  /// Appends the row and starts an empty one. Throws DemoDataError(Write).
  void write();
  [[nodiscard]] qint64 rowCount() const { return m_rows; }

private:
  friend class GpkgWriter;
  struct Private;
  explicit GpkgTable(std::unique_ptr<Private> d);
  std::unique_ptr<Private> d;
  qint64 m_rows = 0;
};

/// Writes the demo GeoPackage through GDAL: EPSG:4490 (traditional lon, lat order), one
/// transaction per table, spatial index on every geometry table, attribute-only tables for
/// histories. Owns the dataset; one table at a time; used on the generator's thread only.
class GpkgWriter
{
public:
  /// Creates (replacing) the file. Throws DemoDataError(Write).
  explicit GpkgWriter(const QString &path);
  ~GpkgWriter();
  GpkgWriter(const GpkgWriter &) = delete;
  GpkgWriter &operator=(const GpkgWriter &) = delete;

  /// Creates a table and opens its transaction. `title` becomes the GeoPackage identifier.
  GpkgTable &beginTable(const QString &name, const QString &title, TableGeometry geometry,
                        const QList<FieldSpec> &fields);
  /// Commits the current table.
  void endTable();
  /// Flushes and closes the file (also builds the spatial indexes). Throws DemoDataError(Write).
  void close();

private:
  struct Private;
  std::unique_ptr<Private> d;
};

} // namespace rc::demo
