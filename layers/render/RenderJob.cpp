#include "render/RenderJob.h"

#include "render/RenderCache.h"

#include <QCoreApplication>
#include <QPainter>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace rc {

RenderJob::RenderJob(MapSettings settings, LayerSnapshots layers, RenderCache *cache, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_cache(cache)
{
  if (m_cache)
    m_cache->prepareFor(m_settings);
  for (LayerSnapshot &layer : layers) {
    if (!layer.renderer && layer.error.isEmpty())
      continue;
    auto job = std::make_unique<LayerJob>();
    job->layerName = layer.layerName;
    job->renderer = std::move(layer.renderer);
    job->error = layer.error;
    if (job->renderer)
      job->renderer->prepareLabels(m_labels, int(m_jobs.size()), m_settings);
    if (m_cache && job->renderer) {
      job->image = m_cache->image(job->renderer->layerId(), job->renderer->revision());
      job->cached = !job->image.isNull();
    }
    m_jobs.push_back(std::move(job));
  }
  connect(&m_watcher, &QFutureWatcher<void>::finished, this, &RenderJob::onLayersFinished);
  connect(&m_labelWatcher, &QFutureWatcher<void>::finished, this, &RenderJob::finish);
}

RenderJob::~RenderJob()
{
  cancel();
  m_watcher.waitForFinished();
  m_labelWatcher.waitForFinished();
}

void RenderJob::start()
{
  if (m_active)
    return;
  m_active = true;
  m_timer.start();
  for (std::size_t i = 0; i < m_jobs.size(); ++i) {
    LayerJob &job = *m_jobs[i];
    // A cached image comes without its labels: a labelled layer draws again to collect them.
    if (!job.renderer || (job.cached && !m_labels.hasLayer(int(i))))
      job.done = true;
    else
      m_pending.push_back(&job);
  }
  m_watcher.setFuture(QtConcurrent::map(m_pending, [this](LayerJob *job) { renderLayer(*job); }));
}

void RenderJob::renderLayer(LayerJob &job)
{
  if (m_cancelled) {
    job.done = true;
    return;
  }
  QImage image(m_settings.outputSize(), QImage::Format_ARGB32_Premultiplied);
  image.setDevicePixelRatio(1);
  image.fill(Qt::transparent);
  QString error;
  try {
    job.renderer->render(image, m_settings, m_cancelled);
  } catch (const std::exception &e) {
    error = QString::fromUtf8(e.what());
  } catch (...) {
    error = QCoreApplication::translate("rc::RenderJob", "unexpected failure while drawing");
  }
  if (!error.isEmpty()) {
    QMutexLocker lock(&m_errorMutex);
    job.error = error;
  } else if (!m_cancelled) {
    job.image = image;
    if (m_cache)
      m_cache->insert(job.renderer->layerId(), job.renderer->revision(), image);
  }
  job.done = true;
}

void RenderJob::cancel()
{
  m_cancelled = true;
}

void RenderJob::waitForFinished()
{
  if (!m_active)
    return;
  m_watcher.waitForFinished();
  // The watchers' signals are queued; run what they would have started now, on this thread.
  if (!m_labelPhaseStarted) {
    m_labelPhaseStarted = true;
    renderLabels();
    composeFinal();
  }
  m_labelWatcher.waitForFinished();
  finish();
}

void RenderJob::onLayersFinished()
{
  if (!m_active || m_labelPhaseStarted)
    return;
  m_labelPhaseStarted = true;
  if (m_cancelled) {
    finish();
    return;
  }
  m_labelWatcher.setFuture(QtConcurrent::run([this] {
    renderLabels();
    composeFinal();
  }));
}

void RenderJob::renderLabels()
{
  if (m_cancelled || !m_labels.hasCandidates())
    return;
  QImage image(m_settings.outputSize(), QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::transparent);
  m_labels.place(image);
  m_labelImage = image;
  m_labelsDone = true;
}

void RenderJob::finish()
{
  if (!m_active)
    return;
  m_renderTimeMs = m_timer.elapsed();
  m_active = false;
  emit finished();
}

void RenderJob::composeFinal()
{
  if (m_cancelled)
    return;
  m_final = composed();
  m_finalReady = true;
}

QImage RenderJob::renderedImage() const
{
  return m_finalReady ? m_final : composed();
}

QImage RenderJob::composed() const
{
  QImage result(m_settings.outputSize(), QImage::Format_ARGB32_Premultiplied);
  result.fill(m_settings.backgroundColor());
  QPainter painter(&result);
  for (const auto &job : m_jobs) {
    if (!job->done || job->image.isNull())
      continue;
    painter.setOpacity(job->renderer->opacity());
    painter.drawImage(0, 0, job->image);
  }
  if (m_labelsDone) {
    painter.setOpacity(1);
    painter.drawImage(0, 0, m_labelImage);
  }
  return result;
}

QStringList RenderJob::errors() const
{
  QMutexLocker lock(&m_errorMutex);
  QStringList result;
  for (const auto &job : m_jobs)
    if (!job->error.isEmpty())
      result << job->layerName + u": "_s + job->error;
  return result;
}

} // namespace rc
