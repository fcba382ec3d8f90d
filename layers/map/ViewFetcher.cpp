#include "map/ViewFetcher.h"

#include "map/VectorLayer.h"
#include "privacy/PersonalDataMask.h"

#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rc {

ViewFetcher::ViewFetcher(VectorLayer *layer, Options options)
    : QObject(layer), m_layer(layer), m_options(options), m_thread(new QThread),
      m_worker(new ViewFetchWorker), m_nextRetryMs(options.firstRetryMs)
{
  qRegisterMetaType<rc::ViewFetchResult>();
  m_thread->setObjectName(u"ViewFetcher "_s + layer->name());
  m_worker->moveToThread(m_thread);
  // Neither waits for a read in progress (a dead server can take minutes to time out): the thread
  // ends after it and then deletes the worker and itself.
  connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
  connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
  connect(m_worker, &ViewFetchWorker::fetched, this, &ViewFetcher::onFetched);
  m_thread->start();

  m_debounce.setSingleShot(true);
  m_debounce.setInterval(m_options.debounceMs);
  connect(&m_debounce, &QTimer::timeout, this, [this] { fetchIfNeeded(); });
  m_retryTimer.setSingleShot(true);
  connect(&m_retryTimer, &QTimer::timeout, this, &ViewFetcher::retry);
  // Shown again, or restyled to show at this scale: the view may need reading now.
  connect(layer, &MapLayer::propertiesChanged, &m_debounce, qOverload<>(&QTimer::start));
  connect(layer, &MapLayer::repaintNeeded, &m_debounce, qOverload<>(&QTimer::start));
}

ViewFetcher::~ViewFetcher()
{
  if (m_inFlight)
    *m_inFlight->cancel = true;
  m_worker->disconnect(this);
  m_thread->quit();
}

ViewFetcher *ViewFetcher::of(const VectorLayer *layer)
{
  return layer ? layer->findChild<ViewFetcher *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

void ViewFetcher::start()
{
  // With a view already given, its read opens the source anyway.
  if (!m_opened && !m_inFlight && !m_view)
    send({});
}

void ViewFetcher::setView(const BBox &extent, const Crs &crs, double scale)
{
  m_view = View{extent, crs, scale};
  m_debounce.start();
}

void ViewFetcher::setServerFilter(std::optional<AttributeFilter> filter)
{
  if (filter == m_filter)
    return;
  // The server compares clear values: a filter on a personal column would answer whether a
  // number or a name is there, whatever the map then shows masked.
  if (filter && readsPersonalData(filter->column)) {
    emit filterRejected(
        tr("“%1” holds personal data: the server cannot be asked to filter by it").arg(filter->column));
    return;
  }
  m_filter = std::move(filter);
  fetchIfNeeded();
}

bool ViewFetcher::readsPersonalData(const QString &column) const
{
  if (PersonalDataMask::isPersonal(column) ||
      m_layer->source().personalFields.contains(column, Qt::CaseInsensitive))
    return true;
  const auto store = m_layer->features();
  return store && store->isMasked(store->fieldIndex(column));
}

void ViewFetcher::fetchIfNeeded()
{
  // After a failure the retry timer decides when to try again.
  if (m_retryTimer.isActive())
    return;
  if (!m_view) {
    start();
    return;
  }
  const View &view = *m_view;
  if (view.extent.isEmpty() || !m_layer->isVisible() || !m_layer->style().isVisibleAtScale(view.scale))
    return;
  const bool failed = m_layer->state() == MapLayer::State::Failed;
  // A partial read covers only the view it was read for: zooming in must read again.
  const bool covered = !failed && !m_fetchedBox.isEmpty() && m_fetchedCrs == view.crs &&
                       m_fetchedBox.contains(view.extent) && m_fetchedFilter == m_filter &&
                       (!m_partial || m_fetchedBox == view.extent);
  if (covered) {
    if (m_inFlight)
      *m_inFlight->cancel = true;
    m_inFlight.reset();
    return;
  }
  if (m_inFlight && !m_inFlight->box.isEmpty() && m_inFlight->boxCrs == view.crs &&
      m_inFlight->box.contains(view.extent) && m_inFlight->filter == m_filter &&
      (!m_partial || m_inFlight->view == view.extent))
    return;
  ViewFetchRequest request;
  request.view = view.extent;
  request.box = view.extent.scaled(1 + 2 * m_options.margin);
  request.boxCrs = view.crs;
  request.limit = m_options.featureLimit;
  request.firstBatchFeatures = m_options.firstBatchFeatures;
  request.filter = m_filter;
  send(std::move(request));
}

void ViewFetcher::send(ViewFetchRequest request)
{
  if (m_inFlight)
    *m_inFlight->cancel = true;
  request.id = m_nextId++;
  request.source = m_layer->source();
  m_inFlight = request;
  ++m_fetchCount;
  QMetaObject::invokeMethod(
      m_worker, [worker = m_worker, request] { worker->fetch(request); }, Qt::QueuedConnection);
  emit fetchStarted();
}

void ViewFetcher::retry()
{
  // Hidden or out of its scale range, the layer reads nothing now; the next view change retries.
  fetchIfNeeded();
}

void ViewFetcher::onFetched(const ViewFetchResult &result)
{
  if (!m_inFlight || result.id != m_inFlight->id)
    return;
  if (!result.complete) {
    show(result,
         m_inFlight->filter ? tr("Server filter: %1").arg(m_inFlight->filter->description()) : QString());
    emit batchShown();
    return;
  }
  const ViewFetchRequest request = *std::exchange(m_inFlight, std::nullopt);
  if (result.cancelled)
    return;
  if (!result.error.isEmpty()) {
    m_layer->markFailed(result.error);
    m_retryTimer.start(m_nextRetryMs);
    m_nextRetryMs = std::min(2 * m_nextRetryMs, m_options.maxRetryMs);
    return;
  }
  m_nextRetryMs = m_options.firstRetryMs;
  m_opened = true;
  m_fetchedBox = result.covered;
  m_fetchedCrs = request.boxCrs;
  m_partial = result.truncated || result.sampleSlices < result.sampleOf;
  m_fetchedFilter = request.filter;
  if (!result.filterError.isEmpty()) {
    m_filter.reset();
    m_fetchedFilter.reset();
  }
  show(result, warningText(result));
  if (!result.filterError.isEmpty())
    emit filterRejected(result.filterError);
  emit fetchFinished();
}

void ViewFetcher::show(const ViewFetchResult &result, const QString &warning)
{
  // The worker built the store, its index and the subset: the swap costs this thread nothing
  // per feature.
  m_layer->replaceFeatures(result.store, result.crs, result.sourceExtent, warning);
  if (result.subset)
    m_layer->setSubset(result.subset);
}

QString ViewFetcher::warningText(const ViewFetchResult &result) const
{
  QStringList lines;
  if (result.sampleSlices < result.sampleOf) {
    lines << tr("Too many features to show here: showing an even sample of about %1 % of them "
                "(%L2 features). Zoom in to see them all.")
                 .arg(qRound(100.0 * result.sampleSlices / result.sampleOf))
                 .arg(result.store->featureCount());
  } else if (result.truncated) {
    lines
        << tr("Showing the first %L1 features in view: zoom in to see them all.").arg(m_options.featureLimit);
  }
  if (m_fetchedFilter)
    lines << tr("Server filter: %1").arg(m_fetchedFilter->description());
  return lines.join(u'\n');
}

} // namespace rc
