#pragma once

#include "data/VectorDataset.h"
#include "map/MapLayer.h"
#include "render/Symbol.h"

#include <QFutureWatcher>
#include <QTimer>

#include <atomic>
#include <memory>

namespace rc {

class ReprojectionCache;

/// Where a vector layer's features come from: a file or connection, a layer in it (by name, or the
/// first when empty), how to open it and, optionally, which part of it to read.
struct VectorSource
{
  VectorSource(QString path, QString layerName = {}, OpenOptions options = {})
      : path(std::move(path)), layerName(std::move(layerName)), options(std::move(options))
  {
  }

  QString path;
  QString layerName;
  OpenOptions options;
  /// When set, only features meeting this box (in `filterCrs`) are read: a one-off render of a
  /// window needs no more.
  BBox filter;
  Crs filterCrs;
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

  [[nodiscard]] std::shared_ptr<const FeatureStore> features() const { return m_store; }
  /// Changes attribute values of the loaded features (live sensor states): the store is swapped
  /// for an updated copy and only this layer redraws. Throws std::invalid_argument as
  /// FeatureStore::withAttributes() does; nothing changes then.
  void setAttributeValues(std::span<const AttributeChange> changes);
  /// The index of the field, adding it as a column of nulls when the layer lacks it; -1 while
  /// the layer is not Ready.
  int ensureField(const Field &field);
  [[nodiscard]] const VectorStyle &style() const { return m_style; }
  void setStyle(const VectorStyle &style);

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
  std::shared_ptr<const FeatureStore> m_store;
  std::shared_ptr<ReprojectionCache> m_reprojection;
  VectorStyle m_style;
  std::vector<std::uint32_t> m_selection;
  std::shared_ptr<const std::vector<std::uint32_t>> m_subset;
  std::shared_ptr<LoadState> m_loadState;
  std::unique_ptr<QFutureWatcher<LoadResult>> m_watcher;
  QTimer m_progressTimer;
};

} // namespace rc
