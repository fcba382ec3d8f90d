#include "live/AlarmSite.h"

#include "geo/CoordinateTransform.h"
#include "live/LiveLayerUpdater.h"
#include "map/LayerStack.h"
#include "map/VectorLayer.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

/// Sites of one layer: key attribute → name, district, point in the map CRS.
void addSites(QHash<QString, AlarmSite> &sites, const VectorLayer *layer, const QString &keyField,
              const QString &nameField, const QString &districtField,
              const QHash<QString, QString> &districtNames, const Crs &mapCrs)
{
  const auto store = layer->features();
  const int key = store->fieldIndex(keyField), name = store->fieldIndex(nameField);
  const int district = store->fieldIndex(districtField);
  if (key < 0)
    return;
  std::optional<CoordinateTransform> transform;
  try {
    transform.emplace(layer->crs(), mapCrs);
  } catch (const CrsError &) {
    // Unlocated sites still list their alarms; they cannot pulse or be flown to.
  }
  for (std::uint32_t f = 0; f < store->featureCount(); ++f) {
    AlarmSite site;
    site.name = name >= 0 ? store->text(f, name) : QString();
    const QString d = district >= 0 ? store->text(f, district) : QString();
    site.district = districtNames.value(d, d);
    if (transform && store->kind(f) != GeometryKind::Empty) {
      double x = store->firstVertex(f)[0], y = store->firstVertex(f)[1];
      try {
        transform->transform(x, y);
        site.mapPoint = {x, y};
        site.located = true;
      } catch (const CrsError &) {
      }
    }
    sites.insert(store->text(f, key).trimmed(), site);
  }
}

} // namespace

QHash<QString, AlarmSite> alarmSites(const LayerStack &layers, const Crs &mapCrs)
{
  QHash<QString, QString> districtNames;
  for (MapLayer *layer : layers.layers()) {
    const auto *vector = qobject_cast<VectorLayer *>(layer);
    if (!vector || vector->state() != MapLayer::State::Ready ||
        vector->source().layerName.compare(u"districts"_s, Qt::CaseInsensitive) != 0)
      continue;
    const auto store = vector->features();
    const int code = store->fieldIndex(u"code"_s), name = store->fieldIndex(u"name"_s);
    if (code >= 0 && name >= 0)
      for (std::uint32_t f = 0; f < store->featureCount(); ++f)
        districtNames.insert(store->text(f, code), store->text(f, name));
  }
  QHash<QString, AlarmSite> sites;
  if (const VectorLayer *hydro = LiveLayerUpdater::hydroLayer(&layers))
    addSites(sites, hydro, u"stcd"_s, u"stnm"_s, u"addvcd"_s, districtNames, mapCrs);
  if (const VectorLayer *points = LiveLayerUpdater::monitoringLayer(&layers))
    addSites(sites, points, u"mn"_s, u"name"_s, u"district"_s, districtNames, mapCrs);
  return sites;
}

} // namespace rc
