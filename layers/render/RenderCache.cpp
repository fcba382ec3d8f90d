#include "render/RenderCache.h"

using namespace Qt::StringLiterals;

namespace rc {

QString RenderCache::frameKey(const MapSettings &settings)
{
  const BBox e = settings.visibleExtent();
  return u"%1 %2 %3 %4|%5x%6|%7|%8"_s.arg(e.xMin, 0, 'g', 17)
      .arg(e.yMin, 0, 'g', 17)
      .arg(e.xMax, 0, 'g', 17)
      .arg(e.yMax, 0, 'g', 17)
      .arg(settings.outputSize().width())
      .arg(settings.outputSize().height())
      .arg(settings.dpi())
      .arg(settings.destinationCrs().projDefinition());
}

void RenderCache::prepareFor(const MapSettings &settings)
{
  const QString key = frameKey(settings);
  QMutexLocker lock(&m_mutex);
  if (key != m_frameKey) {
    m_images.clear();
    m_frameKey = key;
  }
}

QImage RenderCache::image(const QString &layerId, quint64 revision) const
{
  QMutexLocker lock(&m_mutex);
  const auto it = m_images.constFind(layerId);
  return it != m_images.cend() && it->first == revision ? it->second : QImage();
}

void RenderCache::insert(const QString &layerId, quint64 revision, const QImage &image)
{
  QMutexLocker lock(&m_mutex);
  m_images.insert(layerId, {revision, image});
}

void RenderCache::clear()
{
  QMutexLocker lock(&m_mutex);
  m_images.clear();
  m_frameKey.clear();
}

} // namespace rc
