#pragma once

#include "render/MapSettings.h"

#include <QHash>
#include <QImage>
#include <QMutex>
#include <QString>

namespace rc {

/// Finished layer images of the last frame, keyed by layer id and the layer's revision, so that a
/// change to one layer (a live sensor update, a style edit) redraws that layer alone
/// (QgsMapRendererCache). An image is valid only for the frame geometry it was drawn for: a new
/// extent, size or CRS empties the cache. Keying by revision keeps a job that started before a layer
/// changed from caching a stale image. Thread-safe: render workers fill it.
class RenderCache
{
public:
  /// Forgets every image unless `settings` describe the same frame geometry as the cached ones.
  void prepareFor(const MapSettings &settings);
  /// The cached image of that revision of the layer, or a null image.
  [[nodiscard]] QImage image(const QString &layerId, quint64 revision) const;
  void insert(const QString &layerId, quint64 revision, const QImage &image);
  void clear();

private:
  [[nodiscard]] static QString frameKey(const MapSettings &settings);

  mutable QMutex m_mutex;
  QString m_frameKey;
  QHash<QString, std::pair<quint64, QImage>> m_images;
};

} // namespace rc
