#include "ops/ImpactAnalysis.h"

#include "base/Error.h"
#include "data/VectorDataset.h"
#include "geo/CoordinateTransform.h"
#include "geo/GeodesicMeasure.h"
#include "geo/Geos.h"
#include "ops/FeatureGeometry.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

/// EPSG:4549, CGCS2000 3-degree Gauss-Krüger zone 40 (central meridian 120°E): Fuzhou's metres.
constexpr int kMetricEpsg = 4549;
/// Segments per quarter circle of a buffer: 128 vertices put the polygon within 0.03 % of the
/// true circle (0.6 m at 2 km), well under the accuracy of the addresses themselves.
constexpr int kBufferQuadrantSegments = 32;
/// Cells per side of the raster that classifies point candidates (see the class comment).
constexpr int kCellsPerSide = 32;
/// Cells are tested slightly enlarged, so a point that rounding puts on a cell's edge is still
/// inside the rectangle GEOS judged; degrees, about 0.1 mm.
constexpr double kCellMargin = 1e-9;

const QString &districtTable()
{
  static const QString name = u"districts"_s;
  return name;
}

} // namespace

QString impactLayerTable(ImpactLayer layer)
{
  switch (layer) {
  case ImpactLayer::Addresses:
    return u"addresses"_s;
  case ImpactLayer::Grids:
    return u"grids"_s;
  case ImpactLayer::Communities:
    return u"communities"_s;
  case ImpactLayer::CellSites:
    return u"cell_sites"_s;
  case ImpactLayer::BroadcastPoints:
    return u"broadcast_points"_s;
  case ImpactLayer::MonitoringPoints:
    return u"monitoring_points"_s;
  }
  return {};
}

QString impactLayerTitle(ImpactLayer layer)
{
  switch (layer) {
  case ImpactLayer::Addresses:
    return ImpactAnalysis::tr("Standard addresses");
  case ImpactLayer::Grids:
    return ImpactAnalysis::tr("Grids");
  case ImpactLayer::Communities:
    return ImpactAnalysis::tr("Communities");
  case ImpactLayer::CellSites:
    return ImpactAnalysis::tr("5G sites");
  case ImpactLayer::BroadcastPoints:
    return ImpactAnalysis::tr("Broadcast points");
  case ImpactLayer::MonitoringPoints:
    return ImpactAnalysis::tr("Monitoring points");
  }
  return {};
}

bool isPolygonLayer(ImpactLayer layer)
{
  return layer == ImpactLayer::Grids || layer == ImpactLayer::Communities;
}

ImpactData ImpactData::load(const QString &path, const BBox &filter)
{
  const auto dataset = VectorDataset::open(path);
  const auto read = [&](const QString &table) {
    const int index = dataset->layerIndex(table);
    if (index < 0)
      throw Error(
          Error::Code::MissingLayer,
          ImpactAnalysis::tr("%1 has no layer “%2”, which the impact analysis needs").arg(path, table));
    const Crs crs = dataset->summary(index).crs;
    if (crs.isValid() && crs.authId() != u"EPSG:4490"_s && crs.authId() != u"EPSG:4326"_s)
      throw Error(Error::Code::Data,
                  ImpactAnalysis::tr("layer “%1” of %2 is in %3; the impact analysis needs EPSG:4490")
                      .arg(table, path, crs.authId().isEmpty() ? crs.name() : crs.authId()));
    return dataset->load(index, {}, nullptr, filter);
  };
  ImpactData data;
  for (const ImpactLayer layer : kImpactLayers)
    data.layers[std::size_t(layer)] = read(impactLayerTable(layer));
  data.districts = read(districtTable());
  return data;
}

ImpactQuery ImpactQuery::around(double lon, double lat, double metres)
{
  ImpactQuery query;
  query.kind = Kind::PointBuffer;
  query.lon = lon;
  query.lat = lat;
  query.metres = metres;
  return query;
}

ImpactQuery ImpactQuery::inside(QString wkt, double metres)
{
  ImpactQuery query;
  query.kind = Kind::Polygon;
  query.wkt = std::move(wkt);
  query.metres = metres;
  return query;
}

QJsonObject ImpactResult::countsJson() const
{
  QJsonObject counts;
  for (const ImpactLayer layer : kImpactLayers)
    counts.insert(impactLayerTable(layer), count(layer));
  return counts;
}

struct ImpactAnalysis::Private
{
  enum class Cell : quint8 { Outside, Inside, Boundary };

  explicit Private(ImpactData source)
      : data(std::move(source)), toMetric(Crs::cgcs2000(), Crs::fromEpsg(kMetricEpsg)),
        toGeographic(Crs::fromEpsg(kMetricEpsg), Crs::cgcs2000())
  {
    for (const ImpactLayer layer : kImpactLayers)
      if (isPolygonLayer(layer))
        polygons[std::size_t(layer)].resize(data.layer(layer).featureCount());
    districtPolygons.resize(data.districts->featureCount());
  }

  /// The analysis area in EPSG:4490 and its size in square metres.
  std::pair<Geometry, double> buildArea(const ImpactQuery &query) const;
  void checkInCity(const PreparedGeometry &prepared, const BBox &bounds, const ImpactQuery &query);
  [[nodiscard]] std::vector<Cell> classifyCells(const PreparedGeometry &prepared, const BBox &bounds) const;
  [[nodiscard]] std::vector<std::uint32_t> pointHits(const FeatureStore &store,
                                                     const PreparedGeometry &prepared, const BBox &bounds,
                                                     const std::vector<Cell> &cells) const;
  [[nodiscard]] std::vector<std::uint32_t> polygonHits(const FeatureStore &store,
                                                       std::vector<Geometry> &cache,
                                                       const PreparedGeometry &prepared,
                                                       const BBox &bounds) const;
  const GEOSGeometry *cachedGeometry(const FeatureStore &store, std::vector<Geometry> &cache,
                                     std::uint32_t feature) const
  {
    Geometry &slot = cache[feature];
    if (!slot)
      slot = featureGeometry(geos, store, feature);
    return slot.get();
  }

  ImpactData data;
  GeosContext geos;
  CoordinateTransform toMetric;
  CoordinateTransform toGeographic;
  /// GEOS copies of polygon features, made on first test: grids and communities are few
  /// (thousands) and are asked about again by every query nearby.
  std::array<std::vector<Geometry>, kImpactLayerCount> polygons;
  std::vector<Geometry> districtPolygons;
};

std::pair<Geometry, double> ImpactAnalysis::Private::buildArea(const ImpactQuery &query) const
{
  if (!std::isfinite(query.metres) || query.metres < 0 || query.metres > kMaxBufferMetres ||
      (query.kind == ImpactQuery::Kind::PointBuffer && query.metres <= 0))
    throw Error(Error::Code::InvalidInput,
                tr("the buffer must be a distance in metres above 0 and at most %L1 (got %2)")
                    .arg(kMaxBufferMetres, 0, 'f', 0)
                    .arg(query.metres));
  Geometry metric;
  if (query.kind == ImpactQuery::Kind::PointBuffer) {
    if (!std::isfinite(query.lon) || !std::isfinite(query.lat) || std::abs(query.lon) > 180 ||
        std::abs(query.lat) > 90)
      throw Error(Error::Code::InvalidInput,
                  tr("%1, %2 is not a longitude, latitude in degrees").arg(query.lon).arg(query.lat));
    double x = query.lon, y = query.lat;
    toMetric.transform(x, y);
    metric = geos.point(x, y);
  } else {
    Geometry polygon = geos.fromWkt(query.wkt);
    const int type = geos.typeId(polygon.get());
    if ((type != GEOS_POLYGON && type != GEOS_MULTIPOLYGON) || geos.isEmpty(polygon.get()))
      throw Error(Error::Code::InvalidInput,
                  tr("the area must be a POLYGON or MULTIPOLYGON with coordinates"));
    const BBox bounds = geos.bounds(polygon.get());
    if (bounds.xMin < -180 || bounds.xMax > 180 || bounds.yMin < -90 || bounds.yMax > 90)
      throw Error(Error::Code::InvalidInput,
                  tr("the polygon's coordinates are not longitude, latitude in degrees (EPSG:4490)"));
    if (const QString reason = geos.invalidityReason(polygon.get()); !reason.isEmpty())
      throw Error(Error::Code::InvalidInput, tr("the polygon is not valid: %1").arg(reason));
    metric = geos.transformed(polygon.get(), toMetric);
    if (query.metres <= 0) {
      const double area = geos.area(metric.get());
      return {std::move(polygon), area};
    }
  }
  const Geometry buffered = geos.buffer(metric.get(), query.metres, kBufferQuadrantSegments);
  const double area = geos.area(buffered.get());
  return {geos.transformed(buffered.get(), toGeographic), area};
}

void ImpactAnalysis::Private::checkInCity(const PreparedGeometry &prepared, const BBox &bounds,
                                          const ImpactQuery &query)
{
  std::vector<std::uint32_t> candidates;
  data.districts->index().query(bounds, candidates);
  for (const std::uint32_t district : candidates)
    if (geos.intersectsGeometry(prepared, cachedGeometry(*data.districts, districtPolygons, district)))
      return;
  if (query.kind == ImpactQuery::Kind::PointBuffer)
    throw Error(Error::Code::OutsideCity,
                tr("the point %1, %2 lies outside the city (no district within %L3 m)")
                    .arg(query.lon, 0, 'f', 6)
                    .arg(query.lat, 0, 'f', 6)
                    .arg(query.metres, 0, 'f', 0));
  throw Error(Error::Code::OutsideCity, tr("the area lies outside the city (it meets no district)"));
}

std::vector<ImpactAnalysis::Private::Cell>
ImpactAnalysis::Private::classifyCells(const PreparedGeometry &prepared, const BBox &bounds) const
{
  std::vector<Cell> cells(std::size_t(kCellsPerSide) * kCellsPerSide);
  const double width = bounds.width() / kCellsPerSide, height = bounds.height() / kCellsPerSide;
  for (int row = 0; row < kCellsPerSide; ++row)
    for (int column = 0; column < kCellsPerSide; ++column) {
      const BBox box(bounds.xMin + column * width - kCellMargin, bounds.yMin + row * height - kCellMargin,
                     bounds.xMin + (column + 1) * width + kCellMargin,
                     bounds.yMin + (row + 1) * height + kCellMargin);
      const Geometry rectangle = geos.rectangle(box);
      Cell &cell = cells[std::size_t(row) * kCellsPerSide + column];
      if (geos.containsProperly(prepared, rectangle.get()))
        cell = Cell::Inside;
      else if (geos.intersectsGeometry(prepared, rectangle.get()))
        cell = Cell::Boundary;
      else
        cell = Cell::Outside;
    }
  return cells;
}

std::vector<std::uint32_t> ImpactAnalysis::Private::pointHits(const FeatureStore &store,
                                                              const PreparedGeometry &prepared,
                                                              const BBox &bounds,
                                                              const std::vector<Cell> &cells) const
{
  std::vector<std::uint32_t> candidates;
  store.index().query(bounds, candidates);
  std::vector<std::uint32_t> hits;
  const double columnsPerUnit = kCellsPerSide / bounds.width(), rowsPerUnit = kCellsPerSide / bounds.height();
  for (const std::uint32_t feature : candidates) {
    if (store.kind(feature) != GeometryKind::Point || store.ringCount(feature) != 1) {
      // Multipoints and stray other geometries: any part inside counts.
      const Geometry geometry = featureGeometry(geos, store, feature);
      if (geos.intersectsGeometry(prepared, geometry.get()))
        hits.push_back(feature);
      continue;
    }
    const double *xy = store.firstVertex(feature);
    const int column = std::clamp(int((xy[0] - bounds.xMin) * columnsPerUnit), 0, kCellsPerSide - 1);
    const int row = std::clamp(int((xy[1] - bounds.yMin) * rowsPerUnit), 0, kCellsPerSide - 1);
    switch (cells[std::size_t(row) * kCellsPerSide + column]) {
    case Cell::Inside:
      hits.push_back(feature);
      break;
    case Cell::Boundary:
      if (geos.covers(prepared, xy[0], xy[1]))
        hits.push_back(feature);
      break;
    case Cell::Outside:
      break;
    }
  }
  std::sort(hits.begin(), hits.end());
  return hits;
}

std::vector<std::uint32_t> ImpactAnalysis::Private::polygonHits(const FeatureStore &store,
                                                                std::vector<Geometry> &cache,
                                                                const PreparedGeometry &prepared,
                                                                const BBox &bounds) const
{
  std::vector<std::uint32_t> candidates;
  store.index().query(bounds, candidates);
  std::vector<std::uint32_t> hits;
  for (const std::uint32_t feature : candidates)
    if (geos.intersectsGeometry(prepared, cachedGeometry(store, cache, feature)))
      hits.push_back(feature);
  std::sort(hits.begin(), hits.end());
  return hits;
}

ImpactAnalysis::ImpactAnalysis(ImpactData data)
{
  for (const ImpactLayer layer : kImpactLayers)
    if (!data.layers[std::size_t(layer)])
      throw Error(Error::Code::MissingLayer,
                  tr("the impact analysis has no “%1” layer").arg(impactLayerTable(layer)));
  if (!data.districts)
    throw Error(Error::Code::MissingLayer, tr("the impact analysis has no “%1” layer").arg(districtTable()));
  d = std::make_unique<Private>(std::move(data));
}

ImpactAnalysis::~ImpactAnalysis() = default;

const ImpactData &ImpactAnalysis::data() const
{
  return d->data;
}

BBox ImpactAnalysis::searchBounds(const ImpactQuery &query)
{
  BBox box;
  if (query.kind == ImpactQuery::Kind::PointBuffer) {
    box = BBox(query.lon, query.lat, query.lon, query.lat);
  } else {
    const GeosContext geos;
    box = geos.bounds(geos.fromWkt(query.wkt).get());
  }
  if (box.isEmpty() || !box.isFinite())
    return box;
  // A metre more than asked, so features on the area's very edge are read even without a buffer.
  const double metres = std::isfinite(query.metres) ? std::max(0.0, query.metres) + 1 : 1;
  return GeodesicMeasure::lonLatBoundsAround(box, metres);
}

ImpactResult ImpactAnalysis::run(const ImpactQuery &query)
{
  auto [area, squareMetres] = d->buildArea(query);
  const PreparedGeometry prepared = d->geos.prepare(area.get());
  ImpactResult result;
  result.areaBounds = d->geos.bounds(area.get());
  result.areaSquareMetres = squareMetres;
  result.areaWkb = d->geos.wkb(area.get());
  if (result.areaBounds.isEmpty() || !(result.areaBounds.width() > 0) || !(result.areaBounds.height() > 0))
    throw Error(Error::Code::InvalidInput, tr("the area has no extent"));
  d->checkInCity(prepared, result.areaBounds, query);

  const std::vector<Private::Cell> cells = d->classifyCells(prepared, result.areaBounds);
  for (const ImpactLayer layer : kImpactLayers) {
    const FeatureStore &store = d->data.layer(layer);
    result.hits[std::size_t(layer)] =
        isPolygonLayer(layer)
            ? d->polygonHits(store, d->polygons[std::size_t(layer)], prepared, result.areaBounds)
            : d->pointHits(store, prepared, result.areaBounds, cells);
  }
  return result;
}

} // namespace rc
