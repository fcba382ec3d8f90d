#include "render/RenderJob.h"

#include "map/MapLayer.h"
#include "render/RenderCache.h"

#include <QCoreApplication>
#include <QPainter>
#include <QtConcurrent/QtConcurrentMap>

using namespace Qt::StringLiterals;

namespace rc {

RenderJob::RenderJob(MapSettings settings, RenderCache *cache, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_cache(cache)
{
  if (m_cache)
    m_cache->prepareFor(m_settings);
  for (MapLayer *layer : m_settings.layers()) {
    auto job = std::make_unique<LayerJob>();
    job->layerName = layer->name();
    try {
      job->renderer = layer->createRenderer();
    } catch (const std::exception &e) {
      job->error = QString::fromUtf8(e.what());
    }
    if (!job->renderer && job->error.isEmpty())
      continue;
    if (m_cache && job->renderer) {
      job->image = m_cache->image(job->renderer->layerId(), job->renderer->revision());
      job->cached = !job->image.isNull();
    }
    m_jobs.push_back(std::move(job));
  }
  connect(&m_watcher, &QFutureWatcher<void>::finished, this, &RenderJob::onFinished);
}

RenderJob::~RenderJob()
{
  cancel();
  m_watcher.waitForFinished();
}

void RenderJob::start()
{
  if (m_active)
    return;
  m_active = true;
  m_timer.start();
  for (auto &job : m_jobs) {
    if (job->cached || !job->renderer)
      job->done = true;
    else
      m_pending.push_back(job.get());
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
  // The watcher's finished signal is queued; deliver it now so callers see a finished job.
  if (m_active)
    onFinished();
}

void RenderJob::onFinished()
{
  if (!m_active)
    return;
  m_renderTimeMs = m_timer.elapsed();
  m_active = false;
  emit finished();
}

QImage RenderJob::renderedImage() const
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
