#include "map/ViewFetchWorker.h"

#include "db/PostgisCredentials.h"
#include "db/PostgisSession.h"
#include "geo/CoordinateTransform.h"

using namespace Qt::StringLiterals;

namespace rc {

ViewFetchWorker::ViewFetchWorker() = default;
ViewFetchWorker::~ViewFetchWorker() = default;

void ViewFetchWorker::fetch(const ViewFetchRequest &request)
{
  // A request superseded while it waited in the queue is not worth a round trip.
  if (*request.cancel) {
    ViewFetchResult cancelled;
    cancelled.id = request.id;
    cancelled.cancelled = true;
    emit fetched(cancelled);
    return;
  }
  ViewFetchResult result = read(request);
  if (!result.error.isEmpty()) {
    m_session.reset();
    m_dataset.reset();
  }
  emit fetched(result);
}

void ViewFetchWorker::open(const VectorSource &source)
{
  m_dataset.reset();
  m_dataset = VectorDataset::open(source.path, source.options);
  m_layerIndex = source.layerName.isEmpty() ? 0 : m_dataset->layerIndex(source.layerName);
  const QString where = PostgisCredentials::withoutPassword(source.path);
  if (m_layerIndex < 0)
    throw DataError(where, tr("has no table named “%1”").arg(source.layerName));
  m_summary = m_dataset->summary(m_layerIndex);
  if (m_summary.geometryColumn.isEmpty() || m_summary.geometryType == u"None")
    throw DataError(
        where, tr("table “%1” has no geometry column, so it cannot be drawn on the map").arg(m_summary.name));
  if (!m_summary.crs.isValid()) {
    throw DataError(where,
                    tr("the geometry of table “%1” has an unknown spatial reference (SRID), so it cannot be "
                       "placed on the map")
                        .arg(m_summary.name));
  }
}

ViewFetchResult ViewFetchWorker::read(const ViewFetchRequest &request)
{
  ViewFetchResult result;
  result.id = request.id;
  // A dataset kept from an earlier read may hold a connection the server has since dropped
  // (restart, network): one fresh connection is tried before the read counts as failed.
  for (int attempt = 0;; ++attempt) {
    const bool reused = bool(m_dataset);
    try {
      if (!m_dataset)
        open(request.source);
      BBox box;
      if (!request.box.isEmpty())
        box = CoordinateTransform(request.boxCrs, m_summary.crs).transformBounds(request.box);
      result.store =
          m_dataset->load(m_layerIndex, {}, request.cancel.get(), box, box.isEmpty() ? 0 : request.limit);
      result.crs = m_summary.crs;
      result.sourceExtent = m_summary.extent;
      if (request.filter && !box.isEmpty()) {
        if (!m_session)
          m_session = PostgisSession::open(request.source.path);
        try {
          const QList<qint64> fids = m_session->fidsWhere(m_summary.name, m_summary.fidColumn,
                                                          m_summary.geometryColumn, *request.filter, box);
          result.filterFids = std::make_shared<const std::vector<qint64>>(fids.begin(), fids.end());
        } catch (const PostgisError &e) {
          if (e.code() != PostgisError::Code::Query || !m_session->isConnected())
            throw;
          result.filterError = e.message();
        }
      }
      return result;
    } catch (const DataError &e) {
      if (*request.cancel) {
        result.cancelled = true;
        return result;
      }
      result.error = e.message();
    } catch (const PostgisError &e) {
      result.error = e.message();
    } catch (const CrsError &e) {
      result.error =
          PostgisCredentials::withoutPassword(request.source.path) + u": "_s + QString::fromUtf8(e.what());
    } catch (const std::bad_alloc &) {
      result.error = tr("%1: not enough memory for the features in view")
                         .arg(PostgisCredentials::withoutPassword(request.source.path));
    }
    m_session.reset();
    m_dataset.reset();
    if (!reused || attempt > 0)
      return result;
    result.error.clear();
  }
}

} // namespace rc
