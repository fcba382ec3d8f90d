#include "project/LayerOpener.h"

#include "project/DefaultData.h"

#include "auth/PostgisCredentials.h"
#include "map/LayerStack.h"
#include "map/VectorLayer.h"
#include "map/ViewFetcher.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace rc {

/// What the listing worker found in one source.
struct LayerOpener::Listing
{
  QString path;
  OpenOptions options;
  QStringList layerNames;
  QString error;
  bool done = false;
};

LayerOpener::LayerOpener(LayerStack *stack, QObject *parent) : QObject(parent), m_stack(stack) {}

void LayerOpener::open(const QStringList &paths, const OpenOptions &options)
{
  for (const QString &path : paths) {
    ++m_listing;
    auto slot = std::make_shared<Listing>(Listing{path, options, {}, {}, false});
    m_queue.push_back(slot);
    auto *watcher = new QFutureWatcher<Listing>(this);
    connect(watcher, &QFutureWatcher<Listing>::finished, this, [this, watcher, slot] {
      --m_listing;
      *slot = watcher->result();
      slot->done = true;
      watcher->deleteLater();
      flushListings();
      // A file that failed to list starts no layer: the progress must end here too.
      reportProgress();
      if (pendingCount() == 0)
        emit idle();
    });
    watcher->setFuture(QtConcurrent::run([path, options] {
      Listing listing{path, options, {}, {}, true};
      try {
        const auto dataset = VectorDataset::open(path, options);
        for (int i = 0; i < dataset->layerCount(); ++i)
          listing.layerNames << dataset->summary(i).name;
      } catch (const DataError &e) {
        listing.error = e.message();
      } catch (const std::exception &e) {
        // Anything else a damaged file provokes (std::bad_alloc too) fails this file, not the
        // program: the slot that reads the result would rethrow it.
        listing.error = QString(path + QStringLiteral(": ") + QString::fromUtf8(e.what()));
      }
      return listing;
    }));
  }
  reportProgress();
}

void LayerOpener::flushListings()
{
  while (!m_queue.empty() && m_queue.front()->done) {
    const std::shared_ptr<Listing> listing = m_queue.front();
    m_queue.erase(m_queue.begin());
    addLayers(*listing);
  }
}

void LayerOpener::addLayers(const Listing &listing)
{
  if (!listing.error.isEmpty()) {
    emit failed(listing.error);
    return;
  }
  // One file, one layer: named after the file. A database table is named after itself.
  const bool single = listing.layerNames.size() == 1 && !PostgisCredentials::isPostgisSource(listing.path);
  for (const QString &layerName : listing.layerNames) {
    const QString name = single ? QFileInfo(listing.path).completeBaseName() : layerName;
    auto layer = std::make_unique<VectorLayer>(VectorSource{listing.path, layerName, listing.options},
                                               DefaultData::displayName(name));
    layer->setStyle(DefaultData::styleFor(name, m_stack->count()));
    layer->setDarkStyle(DefaultData::darkStyleFor(name, m_stack->count()));
    startLayer(std::move(layer));
  }
}

void LayerOpener::openProject(const Project &project)
{
  for (const ProjectLayer &entry : project.layers) {
    VectorSource source(entry.source, entry.layerName);
    source.personalFields = entry.personalFields;
    auto layer = std::make_unique<VectorLayer>(std::move(source), entry.name);
    layer->setStyle(entry.style);
    layer->setDarkStyle(entry.darkStyle);
    layer->setVisible(entry.visible);
    layer->setOpacity(entry.opacity);
    startLayer(std::move(layer));
  }
  reportProgress();
}

void LayerOpener::startLayer(std::unique_ptr<VectorLayer> layer)
{
  VectorLayer *raw = layer.get();
  // A database table may hold millions of rows: it reads what is in view, not everything.
  if (PostgisCredentials::isPostgisSource(raw->source().path))
    new ViewFetcher(raw);
  m_stack->addLayer(std::move(layer));
  trackLayer(raw);
  if (ViewFetcher *fetcher = ViewFetcher::of(raw))
    fetcher->start();
  else
    raw->loadAsync();
}

void LayerOpener::trackLayer(VectorLayer *layer)
{
  m_progress.insert(layer, {0, -1});
  connect(layer, &VectorLayer::loadProgress, this, [this, layer](qint64 done, qint64 total) {
    if (m_progress.contains(layer)) {
      m_progress[layer] = {done, total};
      reportProgress();
    }
  });
  connect(layer, &VectorLayer::loaded, this, [this, layer] {
    if (!layer->warningMessage().isEmpty())
      emit warning(layer->warningMessage());
    finishLayer(layer);
    emit layerLoaded(layer);
  });
  connect(layer, &VectorLayer::failed, this, [this, layer](const QString &message) {
    finishLayer(layer);
    emit failed(message);
  });
  // A layer removed while loading must not be waited for.
  connect(layer, &QObject::destroyed, this, [this, layer] { finishLayer(layer); });
}

void LayerOpener::finishLayer(VectorLayer *layer)
{
  if (!m_progress.remove(layer))
    return;
  reportProgress();
  if (pendingCount() == 0)
    emit idle();
}

void LayerOpener::reportProgress()
{
  if (pendingCount() == 0) {
    emit progressChanged(-1);
    return;
  }
  qint64 done = 0, total = 0;
  for (const auto &[layerDone, layerTotal] : std::as_const(m_progress)) {
    done += layerDone;
    total += std::max(layerTotal, layerDone);
  }
  emit progressChanged(total > 0 ? int(100 * done / total) : 0);
}

} // namespace rc
