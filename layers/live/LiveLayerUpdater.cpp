#include "live/LiveLayerUpdater.h"

#include "live/LiveModel.h"
#include "live/StationStateWriter.h"
#include "map/LayerStack.h"
#include "map/VectorLayer.h"

#include <QHash>
#include <QLoggingCategory>

#include <stdexcept>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLiveLayers, "rc.live.layers")

namespace rc {

namespace {

VectorLayer *layerOfTable(const LayerStack *layers, const QString &table)
{
  for (MapLayer *layer : layers->layers()) {
    auto *vector = qobject_cast<VectorLayer *>(layer);
    if (vector && vector->state() == MapLayer::State::Ready &&
        vector->source().layerName.compare(table, Qt::CaseInsensitive) == 0)
      return vector;
  }
  return nullptr;
}

/// Features by their key attribute (STCD or MN).
QHash<QString, std::uint32_t> featuresByKey(const FeatureStore &store, int keyField)
{
  QHash<QString, std::uint32_t> features;
  features.reserve(qsizetype(store.featureCount()));
  for (std::uint32_t f = 0; f < store.featureCount(); ++f)
    features.insert(store.text(f, keyField).trimmed(), f);
  return features;
}

/// Adds a change when the feature's value differs, so an unchanged layer is not redrawn.
void change(std::vector<AttributeChange> &changes, const FeatureStore &store, std::uint32_t feature,
            int field, const QVariant &value)
{
  const QVariant current = store.attribute(feature, field);
  if (current.isNull() != value.isNull() || (!value.isNull() && current != value))
    changes.push_back({feature, field, value});
}

/// The stored value of a point's `status` attribute, which the map styles match on.
QString pointStatusValue(PointStatus status)
{
  switch (status) {
  case PointStatus::Offline:
    return u"离线"_s;
  case PointStatus::OverLimit:
    return u"超标"_s;
  case PointStatus::Online:
    break;
  }
  return u"在线"_s;
}

} // namespace

LiveLayerUpdater::LiveLayerUpdater(LayerStack *layers, const LiveModel *model, QObject *parent)
    : QObject(parent), m_layers(layers), m_model(model)
{
  m_timer.setSingleShot(true);
  m_timer.setInterval(std::chrono::milliseconds(500));
  connect(&m_timer, &QTimer::timeout, this, &LiveLayerUpdater::apply);
  connect(model, &LiveModel::stationsChanged, this, [this](const QSet<QString> &stcds) {
    m_dirtyStations.unite(stcds);
    schedule();
  });
  connect(model, &LiveModel::pointsChanged, this, [this](const QSet<QString> &mns) {
    m_dirtyPoints.unite(mns);
    schedule();
  });
}

VectorLayer *LiveLayerUpdater::hydroLayer(const LayerStack *layers)
{
  return layerOfTable(layers, u"hydro_stations"_s);
}

VectorLayer *LiveLayerUpdater::monitoringLayer(const LayerStack *layers)
{
  return layerOfTable(layers, u"monitoring_points"_s);
}

void LiveLayerUpdater::schedule()
{
  if ((!m_dirtyStations.isEmpty() || !m_dirtyPoints.isEmpty()) && !m_timer.isActive())
    m_timer.start();
}

void LiveLayerUpdater::apply()
{
  if (!m_model)
    return;
  if (VectorLayer *layer = hydroLayer(m_layers); layer && !m_dirtyStations.isEmpty())
    applyLevels(layer);
  if (VectorLayer *layer = monitoringLayer(m_layers); layer && !m_dirtyPoints.isEmpty())
    applyPointStates(layer);
  // Changes for layers not (yet) loaded stay marked and are applied when they are.
}

void LiveLayerUpdater::applyLevels(VectorLayer *layer)
{
  QList<StationState> states;
  for (const QString &stcd : std::as_const(m_dirtyStations))
    if (const std::optional<StationState> state = m_model->station(stcd))
      states.append(*state);
  m_dirtyStations.clear();
  try {
    if (!StationStateWriter::write(*layer, states))
      return;
  } catch (const std::invalid_argument &e) {
    // A column of an unexpected type in a user's own data: the layer keeps its values.
    qCWarning(lcLiveLayers) << layer->name() << e.what();
    return;
  }
  ++m_layerUpdates;
  emit layerUpdated(layer);
}

void LiveLayerUpdater::applyPointStates(VectorLayer *layer)
{
  const int keyField = layer->features()->fieldIndex(u"mn"_s);
  if (keyField < 0)
    return;
  const int statusField = layer->ensureField({u"status"_s, FieldType::String, {}});
  const std::shared_ptr<const FeatureStore> store = layer->features();
  const QHash<QString, std::uint32_t> features = featuresByKey(*store, keyField);
  std::vector<AttributeChange> changes;
  for (const QString &mn : std::as_const(m_dirtyPoints)) {
    const auto feature = features.constFind(mn);
    if (feature == features.constEnd())
      continue;
    if (const std::optional<PointStatus> status = m_model->pointStatus(mn))
      change(changes, *store, *feature, statusField, pointStatusValue(*status));
  }
  m_dirtyPoints.clear();
  if (changes.empty())
    return;
  try {
    layer->setAttributeValues(changes);
  } catch (const std::invalid_argument &e) {
    qCWarning(lcLiveLayers) << layer->name() << e.what();
    return;
  }
  ++m_layerUpdates;
  emit layerUpdated(layer);
}

} // namespace rc
