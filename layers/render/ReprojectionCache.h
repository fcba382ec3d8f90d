#pragma once

#include "data/FeatureStore.h"
#include "geo/Crs.h"

#include <QMutex>

#include <memory>
#include <vector>

namespace rc {

/// A FeatureStore's coordinates transformed into the destination CRSs it is drawn in, computed on
/// the first frame that needs each CRS and then reused, so panning a reprojected layer costs no
/// PROJ call. Shared by a layer and its renderers; any thread may ask (the first asker computes,
/// others wait for it).
class ReprojectionCache
{
public:
  ReprojectionCache(std::shared_ptr<const FeatureStore> store, Crs sourceCrs);

  /// Interleaved x,y in `destination`, index-compatible with FeatureStore::coordinates(). Vertices
  /// that cannot be transformed are NaN. Throws CrsError when no transform exists.
  [[nodiscard]] std::shared_ptr<const std::vector<double>> coordinates(const Crs &destination);

private:
  static constexpr int kMaxCrsCount = 2;

  std::shared_ptr<const FeatureStore> m_store;
  Crs m_sourceCrs;
  QMutex m_mutex;
  std::vector<std::pair<Crs, std::shared_ptr<const std::vector<double>>>> m_entries; ///< newest last
};

} // namespace rc
