#pragma once

#include "render/LabelEngine.h"
#include "render/LayerRenderer.h"
#include "render/MapSettings.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QImage>
#include <QMutex>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>
#include <vector>

namespace rc {

class RenderCache;

/// Renders one frame from the layers' renderer snapshots (taken on the GUI thread), drawing them in parallel
/// on the global thread pool (one image per layer), then places the labels of all layers in one pass on a
/// worker, and composites layers in order with the labels on top. Cancelling only raises a flag, so the GUI
/// never waits; the job still emits finished(). Exceptions thrown by a layer are caught and reported in
/// errors(); the other layers still draw. Not copyable; lives on the GUI thread; delete it only once finished
/// (deleteLater in the slot).
class RenderJob : public QObject
{
  Q_OBJECT

public:
  RenderJob(MapSettings settings, LayerSnapshots layers, RenderCache *cache = nullptr,
            QObject *parent = nullptr);
  ~RenderJob() override;

  void start();
  /// Asks every renderer to stop; returns at once.
  void cancel();
  void waitForFinished();
  [[nodiscard]] bool isActive() const { return m_active; }
  [[nodiscard]] bool isCancelled() const { return m_cancelled; }

  [[nodiscard]] const MapSettings &settings() const { return m_settings; }
  /// The background and every layer finished so far, composited in order. Thread-safe: the canvas
  /// calls it on a timer for progressive display.
  [[nodiscard]] QImage renderedImage() const;
  /// "layer name: problem" for each layer that failed.
  [[nodiscard]] QStringList errors() const;
  /// Wall time from start() to the last layer finishing.
  [[nodiscard]] qint64 renderTimeMs() const { return m_renderTimeMs; }

signals:
  void finished();

private:
  struct LayerJob
  {
    std::unique_ptr<LayerRenderer> renderer;
    QString layerName;
    QImage image;
    bool cached = false;
    std::atomic_bool done = false;
    QString error;
  };

  void renderLayer(LayerJob &job);
  void onLayersFinished();
  void renderLabels();
  /// The layers and labels stacked into the final image, on the worker that placed the labels, so
  /// that the GUI thread only picks it up (ten full-size layer images take tens of ms to stack).
  void composeFinal();
  [[nodiscard]] QImage composed() const;
  void finish();

  MapSettings m_settings;
  RenderCache *m_cache = nullptr;
  std::vector<std::unique_ptr<LayerJob>> m_jobs;
  /// The jobs left to draw; QtConcurrent::map iterates it in place, so it lives as long as the job.
  std::vector<LayerJob *> m_pending;
  std::atomic_bool m_cancelled = false;
  bool m_active = false;
  bool m_labelPhaseStarted = false;
  LabelEngine m_labels;
  QImage m_labelImage;
  std::atomic_bool m_labelsDone = false;
  QImage m_final;
  std::atomic_bool m_finalReady = false;
  QElapsedTimer m_timer;
  qint64 m_renderTimeMs = 0;
  mutable QMutex m_errorMutex;
  QFutureWatcher<void> m_watcher;
  QFutureWatcher<void> m_labelWatcher;
};

} // namespace rc
