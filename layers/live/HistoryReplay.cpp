#include "live/HistoryReplay.h"

#include "base/Error.h"
#include "live/StationStateWriter.h"
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
    } catch (const Error &e) {
      result.error = e.message();
    } catch (const std::exception &e) {
      // Whatever else damaged stores provoke: the slot reading the result must not rethrow it.
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
  if (!m_layer)
    return;
  try {
    StationStateWriter::write(*m_layer, m_states);
  } catch (const std::invalid_argument &e) {
    // A column of another type in a user's own stations layer: the layer keeps its values.
    qCWarning(lcReplay) << m_layer->name() << e.what();
  }
}

} // namespace rc
