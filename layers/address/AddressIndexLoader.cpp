#include "address/AddressIndexLoader.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace rc {

/// Shared with the worker, which may outlive the loader.
struct AddressIndexLoader::Job
{
  std::atomic_bool cancel = false;
  std::atomic<double> fraction = -1;
};

AddressIndexLoader::AddressIndexLoader(QObject *parent) : QObject(parent)
{
  m_progressTimer.setInterval(150);
  connect(&m_progressTimer, &QTimer::timeout, this, [this] {
    const double fraction = m_job ? m_job->fraction.load() : -1;
    const int percent = fraction < 0 ? -1 : int(fraction * 100);
    if (percent >= 0 && percent != m_shownPercent) {
      m_shownPercent = percent;
      emit progressChanged(percent);
    }
  });
}

AddressIndexLoader::~AddressIndexLoader()
{
  cancel();
}

void AddressIndexLoader::cancel()
{
  if (m_job)
    m_job->cancel = true;
  if (m_watcher) {
    // The worker stops at its next look at the flag; nobody waits for it.
    m_watcher->disconnect(this);
    if (m_watcher->isFinished())
      m_watcher.reset();
    else {
      auto *orphan = m_watcher.release();
      QObject::connect(orphan, &QFutureWatcherBase::finished, orphan, &QObject::deleteLater);
    }
  }
  m_job.reset();
  m_progressTimer.stop();
}

void AddressIndexLoader::load(const QString &sourcePath, const QString &layer)
{
  const QString absolute = QFileInfo(sourcePath).absoluteFilePath();
  if (absolute == m_sourcePath && (m_index || m_watcher))
    return;
  cancel();
  m_sourcePath = absolute;
  m_shownPercent = -1;
  m_job = std::make_shared<Job>();
  m_watcher = std::make_unique<QFutureWatcher<Loaded>>();
  connect(m_watcher.get(), &QFutureWatcherBase::finished, this, &AddressIndexLoader::onFinished);
  m_watcher->setFuture(QtConcurrent::run([absolute, layer, job = m_job]() -> Loaded {
    try {
      AddressIndexOptions options;
      options.layer = layer;
      auto index = AddressIndex::open(
          absolute, options, [&job](double fraction) { job->fraction = fraction; }, &job->cancel);
      // The hierarchy's extents take one pass over the places: worker work for a big city.
      auto hierarchy = std::make_shared<const AddressHierarchy>(index);
      return {std::move(index), std::move(hierarchy), {}};
    } catch (const AddressIndexError &e) {
      return {nullptr, nullptr, e.reason() == AddressIndexError::Reason::Cancelled ? QString() : e.message()};
    } catch (const std::exception &e) {
      // Whatever else a damaged source provokes: the slot reading the result must not rethrow it.
      return {nullptr, nullptr, QString::fromUtf8(e.what())};
    }
  }));
  m_progressTimer.start();
}

void AddressIndexLoader::setIndex(std::shared_ptr<const AddressIndex> index)
{
  cancel();
  m_sourcePath = index->sourcePath().isEmpty() ? index->path() : index->sourcePath();
  m_hierarchy = std::make_shared<const AddressHierarchy>(index);
  m_index = std::move(index);
  emit ready();
}

void AddressIndexLoader::onFinished()
{
  const Loaded loaded = m_watcher->result();
  m_watcher.reset();
  m_job.reset();
  m_progressTimer.stop();
  if (m_shownPercent >= 0)
    emit progressChanged(-1);
  if (!loaded.index) {
    if (!loaded.error.isEmpty())
      emit failed(loaded.error);
    return;
  }
  m_index = loaded.index;
  m_hierarchy = loaded.hierarchy;
  emit ready();
}

} // namespace rc
