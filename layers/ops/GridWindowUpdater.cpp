#include "ops/GridWindowUpdater.h"

#include "data/FeatureStore.h"
#include "map/VectorLayer.h"
#include "ops/EventTimelineIndex.h"
#include "ops/EventTimelineModel.h"
#include "ops/GridEventIndex.h"
#include "ops/GridWindowChoropleth.h"

#include <QtConcurrent/QtConcurrentRun>

#include <optional>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

/// "2026-07-03 14:00–15:00" or "2026-07-01 00:00", "– 2026-08-01 00:00" (a line each, so a
/// narrow legend need not cut them), then the class if any.
QStringList windowText(const QDateTime &from, const QDateTime &to, const QString &eventClass)
{
  QStringList lines{from.toString(u"yyyy-MM-dd HH:mm"_s)};
  if (from.date() == to.date())
    lines.first() += u"–"_s + to.toString(u"HH:mm"_s);
  else
    lines << u"– "_s + to.toString(u"yyyy-MM-dd HH:mm"_s);
  if (!eventClass.isEmpty())
    lines << eventClass;
  return lines;
}

} // namespace

GridWindowUpdater::GridWindowUpdater(EventTimelineModel *timeline, QObject *parent)
    : QObject(parent), m_timeline(timeline)
{
  connect(timeline, &EventTimelineModel::indexReady, this, &GridWindowUpdater::buildEventIndex);
  connect(timeline, &EventTimelineModel::windowApplied, this, &GridWindowUpdater::onWindowApplied);
  connect(timeline, &EventTimelineModel::activeChanged, this, [this](bool active) {
    if (!active)
      restoreYear();
  });
  buildEventIndex();
}

GridWindowUpdater::~GridWindowUpdater()
{
  restoreYear();
  // Workers hold their own copies of what they read.
  if (m_watcher)
    m_watcher->disconnect(this);
  if (m_indexWatcher)
    m_indexWatcher->disconnect(this);
}

void GridWindowUpdater::setGridsLayer(VectorLayer *grids)
{
  if (grids == m_grids)
    return;
  if (m_grids) {
    restoreYear();
    m_grids->disconnect(this);
  }
  m_grids = grids;
  m_hourlyBreaks.clear();
  if (!m_grids)
    return;
  connect(m_grids, &VectorLayer::loaded, this, [this] {
    // New features: the saved store is stale, the window style is not (put the year's back, so
    // the next window starts from it).
    if (m_yearStore && m_grids->style() == m_lastStyle)
      m_grids->setStyle(m_yearStyle);
    forgetYear();
    m_hourlyBreaks.clear();
    request();
  });
  request();
}

void GridWindowUpdater::buildEventIndex()
{
  VectorLayer *events = m_timeline ? m_timeline->layer() : nullptr;
  const std::shared_ptr<const FeatureStore> store = events ? events->features() : nullptr;
  if (!store || store == m_indexedEvents)
    return;
  if (m_indexWatcher)
    m_indexWatcher->disconnect(this);
  m_indexWatcher = std::make_unique<QFutureWatcher<std::shared_ptr<const GridEventIndex>>>();
  connect(m_indexWatcher.get(), &QFutureWatcherBase::finished, this, [this, store] {
    m_eventIndex = m_indexWatcher->result();
    m_indexWatcher.release()->deleteLater();
    m_indexedEvents = store;
    m_hourlyBreaks.clear();
    emit eventIndexReady();
    request();
  });
  m_indexWatcher->setFuture(QtConcurrent::run([store] { return GridEventIndex::build(*store); }));
}

void GridWindowUpdater::onWindowApplied(const QDateTime &from, const QDateTime &to)
{
  m_from = from;
  m_to = to;
  // The layer may have been reloaded since the index was built: the timeline rebuilt its own.
  if (m_timeline && m_timeline->layer() && m_timeline->layer()->features() != m_indexedEvents)
    buildEventIndex();
  request();
}

void GridWindowUpdater::request()
{
  if (!m_timeline || !m_timeline->isActive() || !m_grids || m_grids->state() != MapLayer::State::Ready ||
      !m_eventIndex || !m_timeline->index() || !m_timeline->layer())
    return;
  const std::shared_ptr<const std::vector<std::uint32_t>> subset = m_timeline->layer()->subset();
  if (!subset || !m_from.isValid() || m_timeline->layer()->features() != m_indexedEvents)
    return;
  if (m_watcher) {
    m_wanted = true;
    return;
  }
  m_wanted = false;
  // Until the operator restyles the grids, the year's style stays the one to derive from.
  const VectorStyle yearStyle =
      m_yearStore && m_grids->style() == m_lastStyle ? m_yearStyle : m_grids->style();
  if (!GridWindowChoropleth::hasYearClasses(yearStyle))
    return;
  const QString eventClass = m_timeline->shownClass();
  const QDateTime from = m_from, to = m_to;
  std::optional<std::vector<double>> hourly;
  if (const auto it = m_hourlyBreaks.constFind(eventClass); it != m_hourlyBreaks.constEnd())
    hourly = *it;

  m_watcher = std::make_unique<QFutureWatcher<Result>>();
  connect(m_watcher.get(), &QFutureWatcherBase::finished, this, [this, yearStyle] {
    const Result result = m_watcher->result();
    m_watcher.release()->deleteLater();
    if (result.updated && m_timeline && m_timeline->isActive() && m_grids) {
      if (m_grids->swapAttributes(result.base, result.updated)) {
        if (!m_yearStore)
          m_yearStore = result.base;
        m_lastStore = result.updated;
        m_hourlyBreaks.insert(result.eventClass, result.hourlyBreaks);
        m_yearStyle = yearStyle;
        m_lastStyle = GridWindowChoropleth::windowStyle(yearStyle, result.breaks, result.what);
        m_grids->setStyle(m_lastStyle);
        emit windowShown(result.what.join(u" "_s));
      } else {
        m_wanted = true; // the grids changed under the worker: count again on the new ones
      }
    }
    if (m_wanted)
      request();
  });
  m_watcher->setFuture(
      QtConcurrent::run([events = m_eventIndex, times = m_timeline->index(), subset,
                         store = m_grids->features(), eventClass, hourly, fromMs = from.toMSecsSinceEpoch(),
                         toMs = to.toMSecsSinceEpoch(), what = windowText(from, to, eventClass)]() -> Result {
        Result result;
        result.base = store;
        result.eventClass = eventClass;
        result.what = what;
        try {
          const std::vector<std::uint32_t> codeIds = events->codeIdsOf(*store);
          const std::vector<std::uint32_t> counts = events->countPerGrid(*subset, codeIds);
          if (hourly) {
            result.hourlyBreaks = *hourly;
          } else {
            const qint64 first = times->firstMs(), end = times->lastMs() + 1;
            const std::vector<std::uint32_t> year = times->window(first, end, eventClass);
            result.hourlyBreaks =
                GridWindowChoropleth::hourlyBreaks(events->countPerGrid(year, codeIds), *store, end - first);
          }
          result.breaks = GridWindowChoropleth::windowBreaks(result.hourlyBreaks, toMs - fromMs);
          std::shared_ptr<const FeatureStore> withColumn = store;
          int field = store->fieldIndex(GridWindowChoropleth::countField());
          if (field < 0) {
            withColumn = store->withField({GridWindowChoropleth::countField(), FieldType::Integer, {}});
            field = int(withColumn->fields().size()) - 1;
          }
          std::vector<AttributeChange> changes;
          changes.reserve(counts.size());
          for (std::size_t g = 0; g < counts.size(); ++g)
            changes.push_back({std::uint32_t(g), field, QVariant::fromValue(qint64(counts[g]))});
          result.updated = withColumn->withAttributes(changes);
        } catch (const std::exception &) {
          // Out of memory or a column that cannot hold a count: the grids keep what they show.
          result.updated.reset();
        }
        return result;
      }));
}

void GridWindowUpdater::restoreYear()
{
  if (m_grids && m_yearStore) {
    if (m_grids->features() == m_lastStore)
      m_grids->swapAttributes(m_lastStore, m_yearStore);
    if (m_grids->style() == m_lastStyle)
      m_grids->setStyle(m_yearStyle);
    forgetYear();
    emit yearRestored();
  }
}

void GridWindowUpdater::forgetYear()
{
  m_yearStore.reset();
  m_lastStore.reset();
  m_lastStyle = {};
}

} // namespace rc
