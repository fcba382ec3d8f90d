#pragma once

#include "map/ViewFetchWorker.h"
#include "postgis/AttributeFilter.h"

#include <QObject>
#include <QTimer>

#include <optional>

class QThread;

namespace rc {

class VectorLayer;

/// Makes a VectorLayer over a large database table (a "PG:" source) view-driven: instead of the
/// whole table, the layer holds what is in view, enlarged by a margin, read through GDAL with the
/// box pushed to the server (its spatial index answers). Reads run on the fetcher's own thread,
/// debounced, and a read no longer wanted is cancelled; the old features stay drawn until the
/// first batch of the new ones arrives. Batches are shown as they come (the view first, thin and
/// even, then denser, then the margin); a view holding more than the limit shows an even sample
/// (see ViewFetchWorker). A read that fails marks the layer Failed and is retried with a growing delay until
/// the server answers again. Optionally a server-side attribute filter narrows what is drawn (the
/// layer's subset) to the FIDs the server returns for it. A child of its layer; GUI thread.
class ViewFetcher final : public QObject
{
  Q_OBJECT

public:
  struct Options
  {
    /// Added to each side of the view, as a fraction of its size, so short pans read nothing.
    /// Read after the view, so it costs the first frame nothing.
    double margin = 0.25;
    /// At most this many features per read: a whole city of addresses would stall the map, so
    /// the layer shows an even sample then and says so (its warning) until the user zooms in.
    qint64 featureLimit = 200000;
    /// The first batch of a read is shown once this many features have come in (or 100 ms).
    qint64 firstBatchFeatures = 20000;
    int debounceMs = 150;
    int firstRetryMs = 2000;
    int maxRetryMs = 30000;
  };

  /// Attaches to `layer` (which must not be loaded with loadAsync()) as its child.
  explicit ViewFetcher(VectorLayer *layer, Options options);
  explicit ViewFetcher(VectorLayer *layer) : ViewFetcher(layer, Options()) {}
  ~ViewFetcher() override;

  /// The fetcher of a layer, if it is view-driven.
  [[nodiscard]] static ViewFetcher *of(const VectorLayer *layer);

  /// Opens the source to learn its extent and CRS, with no features yet (until setView()).
  void start();
  /// The map now shows `extent` (in `crs`) at 1:`scale`; reads after a short pause if the layer
  /// is shown at that scale and the view leaves the box already read.
  void setView(const BBox &extent, const Crs &crs, double scale);

  [[nodiscard]] const std::optional<AttributeFilter> &serverFilter() const { return m_filter; }
  /// Draws only the features meeting `filter` (evaluated by the server); none restores all. A
  /// filter the server refuses, or one on a personal column (it would be a lookup of clear
  /// values), is dropped with filterRejected().
  void setServerFilter(std::optional<AttributeFilter> filter);

  /// What the last read covered, in the view's CRS: the view and its margin, or only the view
  /// when the margin was not read (a sampled view, or the limit reached in the margin); empty
  /// before the first read.
  [[nodiscard]] BBox fetchedBox() const { return m_fetchedBox; }
  [[nodiscard]] bool isFetching() const { return m_inFlight.has_value(); }
  /// Whether the last read stopped at the feature limit (so the layer holds a sample of the view).
  [[nodiscard]] bool isPartial() const { return m_partial; }
  /// Reads sent to the worker so far (superseded ones included).
  [[nodiscard]] int fetchCount() const { return m_fetchCount; }
  /// Delay before the next retry after a failure; 0 while reads succeed.
  [[nodiscard]] int retryDelayMs() const { return m_retryTimer.isActive() ? m_retryTimer.interval() : 0; }

signals:
  void fetchStarted();
  /// Part of a read arrived and the layer shows it; more follows.
  void batchShown();
  /// A read arrived and the layer shows it.
  void fetchFinished();
  void filterRejected(const QString &message);

private:
  /// Whether the column holds personal data (by name, the project's list, or the layer's masks).
  [[nodiscard]] bool readsPersonalData(const QString &column) const;

  struct View
  {
    BBox extent;
    Crs crs;
    double scale = 0;
  };
  void fetchIfNeeded();
  void send(ViewFetchRequest request);
  void onFetched(const ViewFetchResult &result);
  void retry();
  void show(const ViewFetchResult &result, const QString &warning);
  [[nodiscard]] QString warningText(const ViewFetchResult &result) const;

  VectorLayer *m_layer;
  Options m_options;
  QThread *m_thread;
  ViewFetchWorker *m_worker;
  QTimer m_debounce;
  QTimer m_retryTimer;
  int m_nextRetryMs;
  std::optional<View> m_view;
  std::optional<AttributeFilter> m_filter;
  /// What the last successful read covered.
  BBox m_fetchedBox;
  Crs m_fetchedCrs;
  std::optional<AttributeFilter> m_fetchedFilter;
  bool m_partial = false;
  bool m_opened = false;
  /// The read under way and what it covers.
  std::optional<ViewFetchRequest> m_inFlight;
  quint64 m_nextId = 1;
  int m_fetchCount = 0;
};

} // namespace rc
