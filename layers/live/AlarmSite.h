#pragma once

#include <QHash>
#include <QPointF>
#include <QString>

namespace rc {

class Crs;
class LayerStack;

/// Where an alarm's source (a station's STCD or a monitoring point's MN) is, as the alarm panel
/// and the map show it.
struct AlarmSite
{
  QString name;
  QString district;
  QPointF mapPoint; ///< in the map's CRS
  bool located = false;
};

/// The sites of the loaded hydro_stations (by STCD) and monitoring_points (by MN) layers, with
/// their district names from a loaded districts layer (by code) and their points in `mapCrs`.
/// Reads the layers' features: the layers' (GUI) thread.
[[nodiscard]] QHash<QString, AlarmSite> alarmSites(const LayerStack &layers, const Crs &mapCrs);

} // namespace rc
