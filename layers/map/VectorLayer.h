#pragma once

#include "data/VectorDataset.h"
#include "map/MapLayer.h"
#include "style/Symbol.h"

#include <QFutureWatcher>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

namespace rc {

class ReprojectionCache;

/// Where a vector layer's features come from: a file or connection, a layer in it (by name, or the
/// first when empty), how to open it and, optionally, which part of it to read.
struct VectorSource
{
  VectorSource(QString path, QString layerName = {}, OpenOptions options = {})
      : path(std::move(path)), layerName(std::move(layerName)), options(std::move(options))
  {}

  QString path;
  QString layerName;
  OpenOptions options;
  /// When set, only features meeting this box (in `filterCrs`) are read: a one-off render of a
  /// window needs no more.
  BBox filter;
  Crs filterCrs;
  /// Fields the project declares personal beyond those their names and values show
  /// (PersonalFields): masked, with the rest, before anything reads the features.
  QStringList personalFields;
};

/// A vector layer backed by an in-memory FeatureStore. Features are read once, on a worker thread,
/// with progress; afterwards pans and zooms never touch the disk. GUI thread object.
class VectorLayer final : public MapLayer
{
  Q_OBJECT

public:
  explicit VectorLayer(VectorSource source, QString name = {}, QObject *parent = nullptr);
  ~VectorLayer() override;

  [[nodiscard]] const VectorSource &source() const { return m_source; }

  /// Starts reading on a worker thread; emits loadProgress() while reading, then loaded() or failed().
  void loadAsync();
  /// Reads the layers in parallel and returns when all are read (the command line). Each layer ends
  /// Ready or Failed, with errorMessage() set.
  static void loadNow(const QList<VectorLayer *> &layers);
  void cancelLoading();

  [[nodiscard]] State state() const override { return m_state; }
  [[nodiscard]] QString errorMessage() const override { return m_error; }
  /// Non-fatal findings of the load, e.g. an assumed CRS.
  [[nodiscard]] QString warningMessage() const { return m_warning; }
  [[nodiscard]] Crs crs() const override { return m_crs; }
  [[nodiscard]] BBox extent() const override;
  [[nodiscard]] std::unique_ptr<LayerRenderer> createRenderer() const override;

  /// The features as every output path sees them: personal fields masked (PersonalFields), their
  /// values reachable only through FeatureStore::clearText() after an audited unmask.
  [[nodiscard]] std::shared_ptr<const FeatureStore> features() const { return m_store; }
  /// A view-driven layer's new window of its source (see ViewFetcher): the old features stay drawn
  /// until this call, the selection follows its features by FID, the subset is dropped, and the
  /// layer turns Ready with `warning` (e.g. a partial set) and `sourceExtent` as its extent (the
  /// whole table, not the window). Emits loaded().
  void replaceFeatures(std::shared_ptr<const FeatureStore> store, const Crs &crs, const BBox &sourceExtent,
                       const QString &warning = {});
  /// A view-driven read failed: the layer turns Failed with `message` until the next
  /// replaceFeatures(). Emits failed().
  void markFailed(const QString &message);
  /// Changes attribute values of the loaded features (live sensor states): the store is swapped
  /// for an updated copy and only this layer redraws. Throws std::invalid_argument as
  /// FeatureStore::withAttributes() does, also for a masked (personal) field, which is never
  /// updated live; nothing changes then.
  void setAttributeValues(std::span<const AttributeChange> changes);
  /// The index of the field, adding it as a column of nulls when the layer lacks it; -1 while
  /// the layer is not Ready.
  int ensureField(const Field &field);
  /// Swaps in `updated`, a copy of `base` with other attribute columns or values made off the GUI
  /// thread (FeatureStore::withField/withAttributes), when the layer's features are still `base`:
  /// only this layer redraws, nothing else is reset. Returns false, changing nothing, when they
  /// are not (reloaded or updated meanwhile: compute again from the new ones).
  bool swapAttributes(const std::shared_ptr<const FeatureStore> &base,
                      std::shared_ptr<const FeatureStore> updated);
  [[nodiscard]] const VectorStyle &style() const { return m_style; }
  void setStyle(const VectorStyle &style);
  /// The style's variant for a dark map (big-screen mode), from the project; none for layers that
  /// keep their colours on any map (the data layers: alarms stay red and amber).
  [[nodiscard]] const std::optional<VectorStyle> &darkStyle() const { return m_darkStyle; }
  void setDarkStyle(std::optional<VectorStyle> style) { m_darkStyle = std::move(style); }

  /// Selected features (indices into features()), ascending. Drawn highlighted above the layer.
  [[nodiscard]] const std::vector<std::uint32_t> &selection() const { return m_selection; }
  void setSelection(std::vector<std::uint32_t> features);
  void clearSelection() { setSelection({}); }

  /// The features drawn at all (indices into features(), ascending), e.g. the events of a time
  /// window; null draws every feature. Shared, not copied: a window over 100k events changes many
  /// times a second while playing.
  [[nodiscard]] const std::shared_ptr<const std::vector<std::uint32_t>> &subset() const { return m_subset; }
  void setSubset(std::shared_ptr<const std::vector<std::uint32_t>> features);

signals:
  void loadProgress(qint64 done, qint64 total);
  void loaded();
  void selectionChanged();
  void subsetChanged();
  void failed(const QString &message);

private:
  struct LoadState;
  struct LoadResult;
  static LoadResult read(const VectorSource &source, LoadState &state);
  void apply(const LoadResult &result);
  void pollProgress();

  VectorSource m_source;
  State m_state = State::Loading;
  QString m_error;
  QString m_warning;
  Crs m_crs;
  BBox m_sourceExtent;
  std::shared_ptr<const FeatureStore> m_store;
  std::shared_ptr<ReprojectionCache> m_reprojection;
  VectorStyle m_style;
  std::optional<VectorStyle> m_darkStyle;
  std::vector<std::uint32_t> m_selection;
  std::shared_ptr<const std::vector<std::uint32_t>> m_subset;
  std::shared_ptr<LoadState> m_loadState;
  std::unique_ptr<QFutureWatcher<LoadResult>> m_watcher;
  QTimer m_progressTimer;
};

} // namespace rc
