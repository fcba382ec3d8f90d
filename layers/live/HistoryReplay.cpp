#include "live/HistoryReplay.h"

#include "data/VectorDataset.h"
#include "live/SqliteConnection.h"
#include "map/VectorLayer.h"

#include <QLoggingCategory>
#include <QtConcurrent>

#include <stdexcept>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcReplay, "rc.live.replay")

namespace rc {

HistoryReplay::HistoryReplay(HistorySources sources, QObject *parent)
    : QObject(parent), m_sources(std::move(sources))
{
  connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &HistoryReplay::onFinished);
}

HistoryReplay::~HistoryReplay()
{
  // The worker holds only copies of the sources; waiting keeps it from outliving the connections'
  // driver at exit.
  m_watcher.waitForFinished();
}

void HistoryReplay::setLayer(VectorLayer *layer)
{
  m_layer = layer;
  if (m_applied.isValid())
    write();
}

void HistoryReplay::loadRange()
{
  if (m_watcher.isRunning()) {
    m_rangePending = true;
    return;
  }
  start({}, true);
}

void HistoryReplay::setTime(const QDateTime &time)
{
  if (m_watcher.isRunning()) {
    m_pending = time;
    return;
  }
  start(time, false);
}

void HistoryReplay::start(const QDateTime &time, bool range)
{
  const std::chrono::hours lookBack = m_lookBack;
  m_watcher.setFuture(QtConcurrent::run([given = m_sources, time, range, lookBack] {
    Result result;
    result.time = time;
    HistorySources sources = given;
    try {
      if (!sources.catalog && !sources.geoPackage.isEmpty())
        sources.catalog = StationCatalogLoader::fromGeoPackage(sources.geoPackage);
      result.catalog = sources.catalog;
      const StationHistory history(sources);
      if (range)
        result.range = history.timeRange();
      else
        result.states = history.statesAt(time, lookBack);
    } catch (const StoreError &e) {
      result.error = e.message();
    } catch (const DataError &e) {
      result.error = QString::fromUtf8(e.what());
    }
    return result;
  }));
}

void HistoryReplay::onFinished()
{
  const Result result = m_watcher.result();
  if (!m_sources.catalog)
    m_sources.catalog = result.catalog;
  if (!result.error.isEmpty()) {
    emit failed(result.error);
  } else if (!result.time.isValid()) {
    emit rangeReady(result.range.first, result.range.second);
  } else {
    m_applied = result.time;
    m_states = result.states;
    write();
    emit applied(m_applied);
  }
  if (m_rangePending) {
    m_rangePending = false;
    start({}, true);
  } else if (m_pending) {
    const QDateTime next = *m_pending;
    m_pending.reset();
    start(next, false);
  }
}

void HistoryReplay::write()
{
  VectorLayer *layer = m_layer;
  if (!layer || layer->state() != MapLayer::State::Ready || !layer->features())
    return;
  const int keyField = layer->features()->fieldIndex(u"stcd"_s);
  if (keyField < 0)
    return;
  const int zField = layer->ensureField({u"z"_s, FieldType::Real, {}});
  const int tmField = layer->ensureField({u"tm"_s, FieldType::String, {}});
  const int wrzField = layer->ensureField({u"wrz"_s, FieldType::Real, {}});
  const int grzField = layer->ensureField({u"grz"_s, FieldType::Real, {}});
  const int stateField = layer->ensureField({u"level_state"_s, FieldType::String, {}});
  const std::shared_ptr<const FeatureStore> store = layer->features();

  QHash<QString, const StationState *> byCode;
  for (const StationState &state : std::as_const(m_states))
    byCode.insert(state.stcd, &state);
  std::vector<AttributeChange> changes;
  const auto change = [&](std::uint32_t feature, int field, const QVariant &value) {
    const QVariant current = store->attribute(feature, field);
    if (current.isNull() != value.isNull() || (!value.isNull() && current != value))
      changes.push_back({feature, field, value});
  };
  const auto optional = [](const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(); };
  for (std::uint32_t f = 0; f < store->featureCount(); ++f) {
    const StationState *state = byCode.value(store->text(f, keyField).trimmed());
    if (!state)
      continue;
    change(f, zField, optional(state->z));
    change(f, tmField, state->tm.isValid() ? QVariant(state->tm.toUTC().toString(Qt::ISODate)) : QVariant());
    change(f, wrzField, optional(state->wrz));
    change(f, grzField, optional(state->grz));
    change(f, stateField, state->state ? QVariant(levelStateName(*state->state)) : QVariant());
  }
  if (changes.empty())
    return;
  try {
    layer->setAttributeValues(changes);
  } catch (const std::invalid_argument &e) {
    // A column of another type in a user's own stations layer: the layer keeps its values.
    qCWarning(lcReplay) << layer->name() << e.what();
  }
}

} // namespace rc
