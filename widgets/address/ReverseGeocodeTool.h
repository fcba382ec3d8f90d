#pragma once

#include "map/ClickMapTool.h"

#include "address/AddressIndex.h"

#include <QFutureWatcher>

#include <memory>
#include <optional>

namespace rc {

/// The reverse-geocoding map tool: a click on the map asks the address index, on a worker thread,
/// for the standard address nearest the clicked point, with its grid, community and distance.
/// Owned by the main window; GUI thread.
class ReverseGeocodeTool final : public ClickMapTool
{
  Q_OBJECT

public:
  explicit ReverseGeocodeTool(MapCanvas *canvas);
  ~ReverseGeocodeTool() override;

  void setIndex(std::shared_ptr<const AddressIndex> index) { m_index = std::move(index); }
  [[nodiscard]] bool isBusy() const { return m_watcher != nullptr; }

  /// Looks up the point under a widget pixel of the canvas, as a click does.
  void reverseAt(QPointF pixel);

signals:
  /// The nearest address to the clicked CGCS2000 point `lon, lat`.
  void found(const rc::GeocodeResult &nearest, double lon, double lat);
  /// Nothing to look in (no index, an empty one, a point that cannot be placed).
  void failed(const QString &message);

protected:
  void clicked(QPointF pixel) override { reverseAt(pixel); }

private:
  std::shared_ptr<const AddressIndex> m_index;
  std::unique_ptr<QFutureWatcher<std::optional<GeocodeResult>>> m_watcher;
  double m_lon = 0;
  double m_lat = 0;
};

} // namespace rc
