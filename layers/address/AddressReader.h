#pragma once

#include "address/AddressTypes.h"
#include "geo/Crs.h"

#include <memory>

namespace rc {

/// Streams the standard addresses of one layer of a GDAL source (GeoPackage, CSV with lon/lat or
/// x/y columns, shapefile ...) one at a time, so that a 3-million-address city never sits in
/// memory. Columns are found by their GB/T 39609-style names (addr_code, district, town,
/// community, road, house_no, compound, building, unit, room, full_address, grid_code) or their
/// Chinese headings (地址编码, 区县, 街道, 社区, 街路巷, 门牌号, 小区, 楼栋, 单元, 户室, 标准地址,
/// 网格编码). Points are returned in CGCS2000 longitude/latitude whatever the layer's CRS; a source
/// without a CRS is taken as EPSG:4490, or EPSG:4549 (Gauss-Krüger zone 40) when its coordinates
/// are metres. Owns its GDAL dataset, so it belongs to the thread that reads it.
class AddressReader
{
public:
  /// Opens `layer` of `path`; an empty name takes the layer called "addresses", else the first
  /// point layer. Throws AddressIndexError(Source) when the source, the layer or the address
  /// columns cannot be found.
  ///
  /// A source whose headings are none of the known ones maps them in a small JSON file beside it,
  /// `<name>.fields.json`, e.g. {"addr_code": "DZBM", "full_address": "BZDZQC", "road": "JLXMC"};
  /// keys are the standard names (addr_code, district, town, community, road, house_no, compound,
  /// building, unit, room, full_address, grid_code). A damaged file, an unknown key or a field the
  /// layer lacks is an error naming the file, never a silent fallback.
  explicit AddressReader(const QString &path, const QString &layer = {});
  /// The field-mapping file of a source (which may not exist).
  [[nodiscard]] static QString fieldMapPathFor(const QString &sourcePath);
  ~AddressReader();
  AddressReader(const AddressReader &) = delete;
  AddressReader &operator=(const AddressReader &) = delete;

  [[nodiscard]] QString layerName() const;
  /// Features in the layer, or -1 when the driver cannot tell without reading them all.
  [[nodiscard]] qint64 featureCount() const;
  /// The layer's own CRS (what the points are converted from).
  [[nodiscard]] Crs sourceCrs() const;

  /// Reads the next address into `out`; false after the last. Features without a point get NaN
  /// coordinates. Throws AddressIndexError(Source) on read errors.
  [[nodiscard]] bool next(StandardAddress &out);

private:
  struct Private;
  std::unique_ptr<Private> d;
};

} // namespace rc
