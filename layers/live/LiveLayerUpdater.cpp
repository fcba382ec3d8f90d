#include "live/LiveLayerUpdater.h"

#include "live/LevelState.h"
#include "live/StationStateWriter.h"
#include "map/LayerStack.h"
#include "map/VectorLayer.h"

#include <QLoggingCategory>
#include <QTimeZone>

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

} // namespace

LiveLayerUpdater::LiveLayerUpdater(LayerStack *layers, QObject *parent) : QObject(parent), m_layers(layers)
{
  m_timer.setSingleShot(true);
  m_timer.setInterval(std::chrono::milliseconds(500));
  connect(&m_timer, &QTimer::timeout, this, &LiveLayerUpdater::apply);
}

void LiveLayerUpdater::setCatalog(std::shared_ptr<const StationCatalog> catalog)
{
  m_catalog = std::move(catalog);
  m_levels.clear();
  m_points.clear();
  m_dirtyStations.clear();
  m_dirtyPoints.clear();
}

VectorLayer *LiveLayerUpdater::hydroLayer(const LayerStack *layers)
{
  return layerOfTable(layers, u"hydro_stations"_s);
}

VectorLayer *LiveLayerUpdater::monitoringLayer(const LayerStack *layers)
{
  return layerOfTable(layers, u"monitoring_points"_s);
}

void LiveLayerUpdater::addReadings(const ReadingBatch &batch)
{
  if (!m_catalog)
    return;
  for (const HydroReading &r : batch.hydro) {
    const HydroStation *station = m_catalog->station(r.stcd);
    if (!station)
      continue;
    Level level;
    level.tm = r.tm;
    switch (r.table) {
    case HydroTable::River:
      if (!r.z)
        continue;
      level.z = *r.z;
      level.warning = station->wrz;
      level.guaranteed = station->grz;
      break;
    case HydroTable::Tide:
      if (!r.tdz)
        continue;
      level.z = *r.tdz;
      level.warning = station->wrz;
      level.guaranteed = station->grz;
      break;
    case HydroTable::Reservoir:
      if (!r.rz)
        continue;
      level.z = *r.rz;
      level.warning = station->floodLimitOn(r.tm.toTimeZone(QTimeZone(8 * 3600)).date());
      break;
    case HydroTable::Rainfall:
      continue;
    }
    // Feeds may deliver out of order; the map shows the newest.
    const auto known = m_levels.constFind(r.stcd);
    if (known != m_levels.constEnd() && known->tm > r.tm)
      continue;
    m_levels.insert(r.stcd, level);
    m_dirtyStations.insert(r.stcd);
  }
  for (const PollutantReading &r : batch.pollutants) {
    const MonitoringPoint *point = m_catalog->monitoringPoint(r.mn);
    if (!point)
      continue;
    PointState &state = m_points[r.mn];
    state.heard = true;
    const auto value = r.value();
    const auto limit = point->limits.constFind(r.code);
    const bool over = (r.flag && *r.flag == Hj212DataFlag::OverLimit) ||
                      (value && limit != point->limits.constEnd() && limit->exceededBy(*value));
    if (over)
      state.overLimit.insert(r.code);
    else
      state.overLimit.remove(r.code);
    m_dirtyPoints.insert(r.mn);
  }
  schedule();
}

void LiveLayerUpdater::updateAlarm(const Alarm &alarm)
{
  if (alarm.rule != AlarmRule::SensorSilent || !m_catalog || !m_catalog->monitoringPoint(alarm.source))
    return;
  m_points[alarm.source].silent = alarm.isOpen() && alarm.conditionActive;
  m_dirtyPoints.insert(alarm.source);
  schedule();
}

void LiveLayerUpdater::schedule()
{
  if ((!m_dirtyStations.isEmpty() || !m_dirtyPoints.isEmpty()) && !m_timer.isActive())
    m_timer.start();
}

void LiveLayerUpdater::apply()
{
  if (VectorLayer *layer = hydroLayer(m_layers); layer && !m_dirtyStations.isEmpty())
    applyLevels(layer);
  if (VectorLayer *layer = monitoringLayer(m_layers); layer && !m_dirtyPoints.isEmpty())
    applyPointStates(layer);
  // States for layers not (yet) loaded stay in m_levels / m_points and are applied when they are.
}

void LiveLayerUpdater::applyLevels(VectorLayer *layer)
{
  QList<StationState> states;
  for (const QString &stcd : std::as_const(m_dirtyStations)) {
    const Level &level = m_levels[stcd];
    states.append({stcd, level.tm, level.z, level.warning, level.guaranteed,
                   levelState(level.z, level.warning, level.guaranteed)});
  }
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
    const PointState &state = m_points[mn];
    if (state.silent)
      change(changes, *store, *feature, statusField, u"离线"_s);
    else if (!state.overLimit.isEmpty())
      change(changes, *store, *feature, statusField, u"超标"_s);
    else if (state.heard)
      change(changes, *store, *feature, statusField, u"在线"_s);
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
