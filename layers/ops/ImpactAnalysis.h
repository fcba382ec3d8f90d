#pragma once

#include "data/FeatureStore.h"
#include "geo/BBox.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

namespace rc {

/// The layers an impact analysis reports on, in the order of its report.
enum class ImpactLayer : quint8 {
  Addresses,
  Grids,
  Communities,
  CellSites,
  BroadcastPoints,
  MonitoringPoints
};
inline constexpr std::size_t kImpactLayerCount = 6;
inline constexpr std::array<ImpactLayer, kImpactLayerCount> kImpactLayers{
    ImpactLayer::Addresses, ImpactLayer::Grids,           ImpactLayer::Communities,
    ImpactLayer::CellSites, ImpactLayer::BroadcastPoints, ImpactLayer::MonitoringPoints};

/// The layer's table in the demo city's GeoPackage ("addresses", "cell_sites", ...), also its key
/// in the JSON report.
[[nodiscard]] QString impactLayerTable(ImpactLayer layer);
/// The layer's name for people ("标准地址", "5G 基站", ...).
[[nodiscard]] QString impactLayerTitle(ImpactLayer layer);
/// Polygon layers are hit when they intersect the area, point layers when the area covers them.
[[nodiscard]] bool isPolygonLayer(ImpactLayer layer);

/// The data an analysis reads: the six layers in EPSG:4490 lon/lat and the districts, whose
/// union is the city. The stores are shared with the map's layers, never copied.
struct ImpactData
{
  std::array<std::shared_ptr<const FeatureStore>, kImpactLayerCount> layers;
  std::shared_ptr<const FeatureStore> districts;

  [[nodiscard]] const FeatureStore &layer(ImpactLayer which) const { return *layers[std::size_t(which)]; }

  /// Reads the layers from a demo-city GeoPackage. With a non-empty `filter` only the features
  /// whose bounds meet it (a command-line query reads just its neighbourhood). Throws
  /// Error(MissingLayer) naming the absent table, Error(Data) when the file cannot be read.
  [[nodiscard]] static ImpactData load(const QString &path, const BBox &filter = {});
};

/// What to analyse: a point with a buffer, or a polygon with an optional buffer. Coordinates are
/// EPSG:4490 longitude, latitude; buffers are metres, measured in EPSG:4549 (CGCS2000 3-degree
/// Gauss-Krüger zone 40), whose scale error over Fuzhou is below 1e-4.
struct ImpactQuery
{
  enum class Kind : quint8 { PointBuffer, Polygon };

  static ImpactQuery around(double lon, double lat, double metres);
  static ImpactQuery inside(QString wkt, double metres = 0);

  Kind kind = Kind::PointBuffer;
  double lon = 0, lat = 0;
  double metres = 0;
  QString wkt;
};

/// The answer: the area analysed and, per layer, the hits as ascending feature indices into that
/// layer's FeatureStore. A plain value for the UI thread, the table and the exporters.
struct ImpactResult
{
  QByteArray areaWkb; ///< EPSG:4490, ISO WKB, to draw and to export
  BBox areaBounds;    ///< EPSG:4490
  double areaSquareMetres = 0;
  std::array<std::vector<std::uint32_t>, kImpactLayerCount> hits;

  [[nodiscard]] const std::vector<std::uint32_t> &features(ImpactLayer layer) const
  {
    return hits[std::size_t(layer)];
  }
  [[nodiscard]] qsizetype count(ImpactLayer layer) const { return qsizetype(features(layer).size()); }
  /// {"addresses": n, "grids": n, ...}: the counts per layer, keyed by table name.
  [[nodiscard]] QJsonObject countsJson() const;
};

/// Which standard addresses, grids, communities, 5G sites, broadcast points and monitoring points
/// an area touches. Geometry is GEOS's: buffers are built in metres and transformed back, the area
/// is prepared once per query, and each layer's spatial index narrows the candidates to the
/// area's box. Point layers are then classified cell by cell: GEOS decides for each cell of a
/// 32 × 32 raster over the box whether it lies wholly inside, wholly outside or across the
/// boundary, and only points in boundary cells are tested one by one.
///
/// Owns a GEOS context and caches the GEOS geometries of polygon features it has tested, so one
/// analysis belongs to one thread at a time (run it on a worker, not the UI thread); the data it
/// reads is immutable and may be shared.
class ImpactAnalysis
{
  Q_DECLARE_TR_FUNCTIONS(rc::ImpactAnalysis)

public:
  /// Throws Error(MissingLayer) when a layer of `data` is null.
  explicit ImpactAnalysis(ImpactData data);
  ~ImpactAnalysis();
  ImpactAnalysis(const ImpactAnalysis &) = delete;
  ImpactAnalysis &operator=(const ImpactAnalysis &) = delete;

  [[nodiscard]] const ImpactData &data() const;

  /// A box (EPSG:4490) that holds the query's whole area, to read only that part of a big source
  /// (ImpactData::load's filter). Throws Error(InvalidInput) for text that is not WKT.
  [[nodiscard]] static BBox searchBounds(const ImpactQuery &query);

  /// Throws Error(InvalidInput) for unreadable WKT, a geometry that is not a valid polygon,
  /// coordinates that are not longitude/latitude, a non-positive or absurd buffer; and
  /// Error(OutsideCity) when the area misses every district.
  [[nodiscard]] ImpactResult run(const ImpactQuery &query);

  /// Largest buffer accepted: beyond it the question is about the region, not an incident.
  static constexpr double kMaxBufferMetres = 50'000;

private:
  struct Private;
  std::unique_ptr<Private> d;
};

} // namespace rc
