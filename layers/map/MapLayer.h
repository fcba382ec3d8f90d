#pragma once

#include "geo/BBox.h"
#include "geo/Crs.h"
#include "render/LayerRenderer.h"

#include <QObject>
#include <QString>

#include <memory>

namespace rc {

/// A layer of the map: identity, name, visibility, opacity and the ability to hand out a renderer
/// snapshot. Lives on the GUI thread; workers only ever see its snapshots. Each change that alters
/// the picture bumps revision() and emits repaintNeeded().
class MapLayer : public QObject
{
  Q_OBJECT

public:
  enum class State { Loading, Ready, Failed };

  explicit MapLayer(QString name, QObject *parent = nullptr);

  [[nodiscard]] QString id() const { return m_id; }
  [[nodiscard]] QString name() const { return m_name; }
  void setName(const QString &name);
  [[nodiscard]] bool isVisible() const { return m_visible; }
  void setVisible(bool visible);
  [[nodiscard]] double opacity() const { return m_opacity; }
  void setOpacity(double opacity);
  [[nodiscard]] quint64 revision() const { return m_revision; }

  [[nodiscard]] virtual State state() const = 0;
  /// Why the layer failed, as a sentence naming the source; empty unless state() is Failed.
  [[nodiscard]] virtual QString errorMessage() const = 0;
  [[nodiscard]] virtual Crs crs() const = 0;
  /// Bounds of the layer's data in crs(); empty while loading.
  [[nodiscard]] virtual BBox extent() const = 0;
  /// A snapshot for drawing this layer on a worker thread, or null when there is nothing to draw.
  /// GUI thread only.
  [[nodiscard]] virtual std::unique_ptr<LayerRenderer> createRenderer() const = 0;

signals:
  void repaintNeeded();
  /// Name, visibility, opacity or state changed: what the layer panel shows.
  void propertiesChanged();

protected:
  void triggerRepaint();

private:
  QString m_id;
  QString m_name;
  bool m_visible = true;
  double m_opacity = 1;
  quint64 m_revision = 1;
};

/// The layers' renderer snapshots for one frame, bottom first; a layer whose snapshot throws comes
/// with the error instead, so the frame still draws the others. GUI thread.
[[nodiscard]] LayerSnapshots snapshotsOf(const QList<MapLayer *> &layers);

} // namespace rc
