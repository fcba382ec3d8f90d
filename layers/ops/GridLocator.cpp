#include "ops/GridLocator.h"

#include "base/Error.h"
#include "data/VectorDataset.h"
#include "geo/Geos.h"
#include "ops/FeatureGeometry.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rc {

struct GridLocator::Private
{
  GridAssignment assignment(std::uint32_t feature) const
  {
    const auto text = [&](int field) { return field >= 0 ? store->text(feature, field) : QString(); };
    GridAssignment a;
    a.feature = feature;
    a.gridCode = text(gridCode);
    a.communityCode = text(communityCode);
    a.community = text(community);
    a.town = text(town);
    a.district = text(district);
    a.staffName = text(staffName);
    a.staffPhone = text(staffPhone);
    return a;
  }

  std::shared_ptr<const FeatureStore> store;
  int gridCode = -1, communityCode = -1, community = -1, town = -1, district = -1, staffName = -1,
      staffPhone = -1;
  GeosContext geos;
  std::vector<Geometry> geometries;
  std::vector<PreparedGeometry> prepared; ///< after `geometries`: destroyed before what they prepare
  QHash<QString, std::uint32_t> byCode;
};

GridLocator::GridLocator(std::shared_ptr<const FeatureStore> grids) : d(std::make_unique<Private>())
{
  if (!grids)
    throw Error(Error::Code::MissingLayer, tr("no grid layer"));
  d->store = std::move(grids);
  d->gridCode = d->store->fieldIndex(u"grid_code"_s);
  if (d->gridCode < 0)
    throw Error(Error::Code::MissingLayer, tr("the grid layer has no grid_code field"));
  d->communityCode = d->store->fieldIndex(u"community_code"_s);
  d->community = d->store->fieldIndex(u"community"_s);
  d->town = d->store->fieldIndex(u"town"_s);
  d->district = d->store->fieldIndex(u"district"_s);
  d->staffName = d->store->fieldIndex(u"staff_name"_s);
  d->staffPhone = d->store->fieldIndex(u"staff_phone"_s);
  d->prepared.resize(d->store->featureCount());
  d->geometries.resize(d->store->featureCount());
  for (std::size_t i = 0; i < d->store->featureCount(); ++i)
    d->byCode.insert(d->store->text(i, d->gridCode), std::uint32_t(i));
}

GridLocator::~GridLocator() = default;

std::shared_ptr<const FeatureStore> GridLocator::loadGrids(const QString &path)
{
  const auto dataset = VectorDataset::open(path);
  const int layer = dataset->layerIndex(u"grids"_s);
  if (layer < 0)
    throw Error(Error::Code::MissingLayer, tr("%1 has no layer “grids”").arg(path));
  return dataset->load(layer);
}

const FeatureStore &GridLocator::grids() const
{
  return *d->store;
}

std::optional<GridAssignment> GridLocator::locate(double lon, double lat) const
{
  if (!std::isfinite(lon) || !std::isfinite(lat))
    return std::nullopt;
  std::vector<std::uint32_t> candidates;
  d->store->index().query(BBox(lon, lat, lon, lat), candidates);
  std::sort(candidates.begin(), candidates.end());
  try {
    for (const std::uint32_t feature : candidates) {
      if (d->store->kind(feature) != GeometryKind::Polygon)
        continue;
      PreparedGeometry &prepared = d->prepared[feature];
      if (!prepared) {
        d->geometries[feature] = featureGeometry(d->geos, *d->store, feature);
        prepared = d->geos.prepare(d->geometries[feature].get());
      }
      if (d->geos.covers(prepared, lon, lat))
        return d->assignment(feature);
    }
  } catch (const GeometryError &e) {
    // Grids GEOS cannot read are a fault of the data, not of the point asked about.
    throw Error(Error::Code::Data, e.message());
  }
  return std::nullopt;
}

std::optional<GridAssignment> GridLocator::byCode(const QString &gridCode) const
{
  const auto it = d->byCode.constFind(gridCode);
  if (it == d->byCode.constEnd())
    return std::nullopt;
  return d->assignment(*it);
}

} // namespace rc
