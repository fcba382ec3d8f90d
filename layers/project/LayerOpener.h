#pragma once

#include "data/VectorDataset.h"
#include "map/VectorLayer.h"
#include "project/Project.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace rc {

class LayerStack;

/// Turns paths (File ▸ Open, dropped files, the command line) into loading layers without blocking
/// the UI: a worker lists each source's layers, then every layer reads its features on its own
/// worker. Reports problems and progress; owns nothing (layers go to the stack). GUI thread.
class LayerOpener : public QObject
{
  Q_OBJECT

public:
  explicit LayerOpener(LayerStack *stack, QObject *parent = nullptr);

  void open(const QStringList &paths, const OpenOptions &options = {});
  /// Adds a project's layers, in its order and with its styles, and starts loading them.
  void openProject(const Project &project);
  /// Sources being listed plus layers being read.
  [[nodiscard]] int pendingCount() const { return m_listing + int(m_progress.size()); }

signals:
  void failed(const QString &message);
  void warning(const QString &message);
  /// Overall progress of the loads under way, 0–100; -1 when nothing is loading.
  void progressChanged(int percent);
  void layerLoaded(rc::VectorLayer *layer);
  void idle();

private:
  struct Listing;
  /// Adds the finished listings at the head of the queue, so layers stack in the order asked for
  /// whichever source answers first.
  void flushListings();
  void addLayers(const Listing &listing);
  void trackLayer(VectorLayer *layer);
  void startLayer(std::unique_ptr<VectorLayer> layer);
  void finishLayer(VectorLayer *layer);
  void reportProgress();

  LayerStack *m_stack;
  int m_listing = 0;
  std::vector<std::shared_ptr<Listing>> m_queue;
  QHash<VectorLayer *, std::pair<qint64, qint64>> m_progress;
};

} // namespace rc
