#include "map/ViewFetchWorker.h"

#include "auth/PostgisCredentials.h"
#include "geo/CoordinateTransform.h"
#include "postgis/PostgisSession.h"

#include <QElapsedTimer>

#include <algorithm>

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

namespace {

/// The view is read in slices of equal expected size, by a hash of the FID.
constexpr int kSlices = 16;
/// A view expected to hold fewer features than this is read whole after its first slice: so
/// small a read gains nothing from pieces.
constexpr qint64 kSmallView = 20000;
/// The first batch is shown once the request's firstBatchFeatures or this much time has come
/// in; later ones at most every kBatchEveryMs, so the layer is not rebuilt more often than the
/// eye can follow.
constexpr qint64 kFirstBatchMs = 100;
constexpr qint64 kBatchEveryMs = 250;

/// An attribute filter keeping slices [first, last] of kSlices. Knuth's multiplicative hash of
/// the FID (its low 20 bits, so the product fits 64 bits), top 4 of 32 bits: addresses imported
/// street by street land in different slices, so each slice is spread evenly over the map. The
/// same arithmetic holds in SQLite (GeoPackage) and PostgreSQL. The column name comes from the
/// source's own metadata, quoted.
QString sliceWhere(const QString &fidColumn, int first, int last)
{
  const QString column = u'"' + QString(fidColumn).replace(u'"', u"\"\""_s) + u'"';
  const QString slice = u"(abs((("_s + column + u" % 1048576) * 2654435761) % 4294967296) / 268435456)"_s;
  return slice + u" BETWEEN "_s + QString::number(first) + u" AND "_s + QString::number(last);
}

/// The features of `store` whose FID is in `fids`; both are in ascending FID order.
std::shared_ptr<const std::vector<std::uint32_t>> subsetOf(const FeatureStore &store,
                                                           const std::vector<qint64> &fids)
{
  auto subset = std::make_shared<std::vector<std::uint32_t>>();
  auto fid = fids.begin();
  for (std::size_t feature = 0; feature < store.featureCount() && fid != fids.end(); ++feature) {
    fid = std::lower_bound(fid, fids.end(), store.fid(feature));
    if (fid != fids.end() && *fid == store.fid(feature))
      subset->push_back(std::uint32_t(feature));
  }
  return subset;
}

/// The part of `outer` outside `inner` as up to four boxes (top and bottom full width).
QList<BBox> ringAround(const BBox &inner, const BBox &outer)
{
  const QList<BBox> candidates{{outer.xMin, inner.yMax, outer.xMax, outer.yMax},
                               {outer.xMin, outer.yMin, outer.xMax, inner.yMin},
                               {outer.xMin, inner.yMin, inner.xMin, inner.yMax},
                               {inner.xMax, inner.yMin, outer.xMax, inner.yMax}};
  QList<BBox> ring;
  for (const BBox &box : candidates) {
    if (box.width() > 0 && box.height() > 0)
      ring.append(box);
  }
  return ring;
}

} // namespace

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
      result.crs = m_summary.crs;
      result.sourceExtent = m_summary.extent;
      if (request.box.isEmpty())
        result.store = m_dataset->load(m_layerIndex, {}, request.cancel.get(), {}, 0);
      else
        readPieces(request, result);
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
    } catch (const std::exception &e) {
      // Anything else damaged data provokes fails this view's read, not the fetch thread.
      result.error =
          PostgisCredentials::withoutPassword(request.source.path) + u": "_s + QString::fromUtf8(e.what());
    }
    m_session.reset();
    m_dataset.reset();
    // A batch shown before the failure must not pass for the whole view.
    result.store.reset();
    result.subset.reset();
    if (!reused || attempt > 0)
      return result;
    result.error.clear();
  }
}

void ViewFetchWorker::readPieces(const ViewFetchRequest &request, ViewFetchResult &result)
{
  const CoordinateTransform toSource(request.boxCrs, m_summary.crs);
  const BBox box = toSource.transformBounds(request.box);
  const BBox view = request.view.isEmpty() ? box : toSource.transformBounds(request.view);

  // The filter's FIDs come first, so that every batch shows only what meets it.
  std::optional<std::vector<qint64>> filterFids;
  if (request.filter) {
    if (!m_session)
      m_session = PostgisSession::open(request.source.path);
    try {
      const QList<qint64> fids = m_session->fidsWhere(m_summary.name, m_summary.fidColumn,
                                                      m_summary.geometryColumn, *request.filter, box);
      filterFids.emplace(fids.begin(), fids.end());
    } catch (const PostgisError &e) {
      if (e.reason() != PostgisError::Reason::Query || !m_session->isConnected())
        throw;
      result.filterError = e.message();
    }
  }

  std::vector<std::shared_ptr<const FeatureStore>> parts;
  qint64 held = 0;
  const auto room = [&] {
    return request.limit < 0 ? qint64(-1) : std::max<qint64>(0, request.limit - held);
  };
  // Reads one piece; false when it stopped at the limit.
  const auto readPiece = [&](const BBox &rect, const QString &where) {
    const qint64 limit = room();
    auto store = m_dataset->load(m_layerIndex, {}, request.cancel.get(), rect, limit, where);
    const auto count = qint64(store->featureCount());
    held += count;
    parts.push_back(std::move(store));
    return limit < 0 || count < limit;
  };
  const auto merge = [&] {
    auto store = FeatureStore::merged(parts);
    parts.assign(1, store);
    result.store = store;
    result.subset = filterFids ? subsetOf(*store, *filterFids) : nullptr;
  };
  QElapsedTimer sinceBatch;
  sinceBatch.start();
  bool shownBatch = false;
  const auto showBatch = [&] {
    const bool due = shownBatch ? sinceBatch.elapsed() >= kBatchEveryMs
                                : held >= request.firstBatchFeatures || sinceBatch.elapsed() >= kFirstBatchMs;
    if (!due || *request.cancel)
      return;
    merge();
    ViewFetchResult batch = result;
    batch.complete = false;
    emit fetched(batch);
    shownBatch = true;
    sinceBatch.restart();
  };

  // The view first, in slices doubling in number (1, 1, 2, 4, 8): each adds as many features as
  // are on screen already, spread evenly. Slices that would pass the limit are not read.
  bool complete = true;
  if (m_summary.fidColumn.isEmpty()) {
    complete = readPiece(view, {});
    result.truncated = !complete;
  } else {
    result.sampleOf = kSlices;
    int slicesRead = 0;
    while (slicesRead < kSlices) {
      int last = slicesRead + std::max(1, slicesRead) - 1;
      if (slicesRead > 0) {
        const double perSlice = double(held) / slicesRead;
        if (perSlice * kSlices <= double(kSmallView))
          last = kSlices - 1;
        if (request.limit >= 0) {
          const qint64 fit = perSlice > 0 ? qint64(double(request.limit - held) / perSlice) : kSlices;
          if (fit <= 0)
            break;
          last = int(std::min<qint64>(last, slicesRead + fit - 1));
        }
      }
      const bool whole = readPiece(view, sliceWhere(m_summary.fidColumn, slicesRead, last));
      slicesRead = last + 1;
      if (!whole) {
        result.truncated = true;
        break;
      }
      if (slicesRead < kSlices)
        showBatch();
    }
    result.sampleSlices = slicesRead;
    complete = slicesRead == kSlices && !result.truncated;
  }

  // Then the margin, which only a complete view is worth: a sample is read again on any move.
  result.covered = request.view.isEmpty() ? request.box : request.view;
  if (complete && view != box) {
    showBatch();
    bool marginWhole = true;
    for (const BBox &rect : ringAround(view, box)) {
      if (!(marginWhole = readPiece(rect, {})))
        break;
    }
    if (marginWhole)
      result.covered = request.box;
  }
  merge();
}

} // namespace rc
