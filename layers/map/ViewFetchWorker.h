#pragma once

#include "data/VectorDataset.h"
#include "map/VectorLayer.h"
#include "postgis/AttributeFilter.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace rc {

class PostgisSession;

/// One read of a view-driven layer: `view`, what the map shows, and `box`, the view with its
/// margin (both in `boxCrs`; empty: only open the source and describe it), with the server filter
/// to apply. The view is read first, the margin after it.
struct ViewFetchRequest
{
  quint64 id = 0;
  VectorSource source{QString()};
  BBox view;
  BBox box;
  Crs boxCrs;
  qint64 limit = -1;
  qint64 firstBatchFeatures = 20000;
  std::optional<AttributeFilter> filter;
  std::shared_ptr<std::atomic_bool> cancel = std::make_shared<std::atomic_bool>(false);
};

/// What a read found, so far (`complete` false: a batch to show while the read goes on) or in
/// the end. `error` set: the read failed (the source is unreachable or unusable); `filterError`
/// set: the features were read but the filter was refused (an unknown column, a value the column
/// cannot hold), so `subset` is null.
struct ViewFetchResult
{
  quint64 id = 0;
  bool complete = true;
  bool cancelled = false;
  QString error;
  QString filterError;
  std::shared_ptr<const FeatureStore> store;
  Crs crs;
  BBox sourceExtent;
  /// Features of `store` meeting the filter, ascending; null without a filter.
  std::shared_ptr<const std::vector<std::uint32_t>> subset;
  /// The box (request's CRS) all of whose features `store` holds, or an even sample of them:
  /// the request's box, or only its view when the margin was not read (a sample, or the limit).
  BBox covered;
  /// Of `sampleOf` equal slices of the view (by a hash of the FID), how many were read: fewer
  /// than all when the view holds more features than the limit.
  int sampleSlices = 1;
  int sampleOf = 1;
  /// Whether a read stopped at the limit part-way, so what it kept is not an even sample.
  bool truncated = false;
};

/// Reads windows of one source on the thread it lives on (a ViewFetcher's own thread), keeping
/// its GDAL dataset and libpq session open between reads, as both belong to the thread that
/// opened them. A failed read drops them, so the next one reconnects.
///
/// A read comes in pieces, each shown as it arrives (fetched() with `complete` false): first an
/// even sample of the view, one slice of 16 by a hash of the FID, then more slices doubling the
/// density, then the margin around the view. A view holding more than the limit stops after the
/// slices that fit, so the map shows an evenly thinned set rather than a strip of the view.
class ViewFetchWorker final : public QObject
{
  Q_OBJECT

public:
  ViewFetchWorker();
  ~ViewFetchWorker() override;

  void fetch(const ViewFetchRequest &request);

signals:
  void fetched(const rc::ViewFetchResult &result);

private:
  ViewFetchResult read(const ViewFetchRequest &request);
  void readPieces(const ViewFetchRequest &request, ViewFetchResult &result);
  void open(const VectorSource &source);

  std::unique_ptr<VectorDataset> m_dataset;
  std::unique_ptr<PostgisSession> m_session;
  int m_layerIndex = -1;
  LayerSummary m_summary;
};

} // namespace rc
