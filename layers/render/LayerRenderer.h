#pragma once

#include "render/MapSettings.h"

#include <QImage>
#include <QPainter>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

namespace rc {

class LabelEngine;

/// A snapshot of one layer, taken on the GUI thread, that draws the layer on a worker thread without
/// touching the live layer (QGIS's QgsMapLayerRenderer). Owned by the render job.
class LayerRenderer
{
public:
  LayerRenderer(QString layerId, quint64 revision, double opacity)
      : m_layerId(std::move(layerId)), m_revision(revision), m_opacity(opacity)
  {}
  virtual ~LayerRenderer() = default;
  LayerRenderer(const LayerRenderer &) = delete;
  LayerRenderer &operator=(const LayerRenderer &) = delete;

  [[nodiscard]] const QString &layerId() const { return m_layerId; }
  /// The layer's revision when this snapshot was taken (see RenderCache).
  [[nodiscard]] quint64 revision() const { return m_revision; }
  [[nodiscard]] double opacity() const { return m_opacity; }

  /// Registers the layer's labels with the frame's engine before drawing starts (GUI thread);
  /// renderers without labels keep this no-op.
  virtual void prepareLabels(LabelEngine &engine, int layerOrder, const MapSettings &settings)
  {
    Q_UNUSED(engine);
    Q_UNUSED(layerOrder);
    Q_UNUSED(settings);
  }

  /// Draws into `image` (transparent, the output size, premultiplied ARGB). Runs on a worker thread;
  /// polls `cancelled` and returns early when it is set. May throw; the job reports what it throws.
  virtual void render(QImage &image, const MapSettings &settings, const std::atomic_bool &cancelled) = 0;

  /// Draws on a vector device (a PDF page) whose coordinates are the frame's pixels, clipped to the
  /// frame. By default the layer is drawn as an image; renderers of shapes override this.
  virtual void renderVector(QPainter &painter, const MapSettings &settings, const std::atomic_bool &cancelled)
  {
    QImage image(settings.outputSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    render(image, settings, cancelled);
    painter.drawImage(QPointF(0, 0), image);
  }

private:
  QString m_layerId;
  quint64 m_revision;
  double m_opacity;
};

/// One layer of a frame as a job receives it: its renderer snapshot, or why none could be taken.
struct LayerSnapshot
{
  QString layerName;
  std::unique_ptr<LayerRenderer> renderer; ///< null with an error, or when there is nothing to draw
  QString error;
};
/// A frame's layers in drawing order: the first is drawn first, at the bottom.
using LayerSnapshots = std::vector<LayerSnapshot>;

} // namespace rc
