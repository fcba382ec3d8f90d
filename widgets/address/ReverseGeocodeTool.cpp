#include "address/ReverseGeocodeTool.h"

#include "map/MapCanvas.h"

#include "geo/CoordinateTransform.h"

#include <QtConcurrent/QtConcurrentRun>

namespace rc {

ReverseGeocodeTool::ReverseGeocodeTool(MapCanvas *canvas) : ClickMapTool(canvas) {}

ReverseGeocodeTool::~ReverseGeocodeTool()
{
  if (m_watcher)
    m_watcher->disconnect(this);
}

void ReverseGeocodeTool::reverseAt(QPointF pixel)
{
  if (!m_index) {
    emit failed(tr("The address index is not loaded; open a layer of standard addresses first."));
    return;
  }
  const QPointF map = canvas()->toMap(pixel);
  double lon = map.x(), lat = map.y();
  try {
    CoordinateTransform(canvas()->destinationCrs(), Crs::cgcs2000()).transform(lon, lat);
  } catch (const CrsError &e) {
    emit failed(QString::fromUtf8(e.what()));
    return;
  }
  m_lon = lon;
  m_lat = lat;
  if (m_watcher)
    m_watcher->disconnect(this);
  m_watcher = std::make_unique<QFutureWatcher<std::optional<GeocodeResult>>>();
  // Written by the worker when the index could not be read, read once it finished.
  const auto failure = std::make_shared<QString>();
  connect(m_watcher.get(), &QFutureWatcherBase::finished, this, [this, failure] {
    const std::optional<GeocodeResult> nearest = m_watcher->result();
    m_watcher.release()->deleteLater();
    if (nearest)
      emit found(*nearest, m_lon, m_lat);
    else
      emit failed(failure->isEmpty() ? tr("The address index is empty.") : *failure);
  });
  // An R*Tree lookup: quick, but it reads the index file, which the UI thread never does. A
  // damaged file fails the lookup, not the program: the slot would rethrow it.
  m_watcher->setFuture(
      QtConcurrent::run([index = m_index, lon, lat, failure]() -> std::optional<GeocodeResult> {
        try {
          return index->reverse(lon, lat);
        } catch (const AddressIndexError &e) {
          *failure = e.message();
          return std::nullopt;
        }
      }));
}

} // namespace rc
