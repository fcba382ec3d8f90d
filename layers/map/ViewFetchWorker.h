#pragma once

#include "data/VectorDataset.h"
#include "db/AttributeFilter.h"
#include "map/VectorLayer.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace rc {

class PostgisSession;

/// One read of a view-driven layer: the box of the source to read (in `boxCrs`; empty: only
/// open the source and describe it) and the server filter to apply to it.
struct ViewFetchRequest
{
  quint64 id = 0;
  VectorSource source{QString()};
  BBox box;
  Crs boxCrs;
  qint64 limit = -1;
  std::optional<AttributeFilter> filter;
  std::shared_ptr<std::atomic_bool> cancel = std::make_shared<std::atomic_bool>(false);
};

/// What a read found. `error` set: the read failed (the source is unreachable or unusable);
/// `filterError` set: the features were read but the filter was refused (an unknown column, a
/// value the column cannot hold), so `filterFids` is empty.
struct ViewFetchResult
{
  quint64 id = 0;
  bool cancelled = false;
  QString error;
  QString filterError;
  std::shared_ptr<const FeatureStore> store;
  Crs crs;
  BBox sourceExtent;
  /// FIDs meeting the filter within the box, ascending; null without a filter.
  std::shared_ptr<const std::vector<qint64>> filterFids;
};

/// Reads windows of one source on the thread it lives on (a ViewFetcher's own thread), keeping
/// its GDAL dataset and libpq session open between reads, as both belong to the thread that
/// opened them. A failed read drops them, so the next one reconnects.
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
  void open(const VectorSource &source);

  std::unique_ptr<VectorDataset> m_dataset;
  std::unique_ptr<PostgisSession> m_session;
  int m_layerIndex = -1;
  LayerSummary m_summary;
};

} // namespace rc
