#include "ops/FeatureGeometry.h"

namespace rc {

Geometry featureGeometry(const GeosContext &geos, const FeatureStore &store, std::size_t feature)
{
  const std::size_t rings = store.ringCount(feature);
  std::vector<Geometry> parts;
  switch (store.kind(feature)) {
  case GeometryKind::Empty:
    return geos.collection(GEOS_GEOMETRYCOLLECTION, {});
  case GeometryKind::Point:
    for (std::size_t r = 0; r < rings; ++r) {
      const FeatureStore::Ring ring = store.ring(feature, r);
      parts.push_back(geos.point(ring.xy[0], ring.xy[1]));
    }
    return parts.size() == 1 ? std::move(parts.front()) : geos.collection(GEOS_MULTIPOINT, std::move(parts));
  case GeometryKind::Line:
    for (std::size_t r = 0; r < rings; ++r)
      parts.push_back(geos.lineString(store.ring(feature, r).xy));
    return geos.collection(GEOS_MULTILINESTRING, std::move(parts));
  case GeometryKind::Polygon:
    break;
  }
  // A part is an exterior ring followed by its holes.
  std::vector<std::span<const double>> partRings;
  const auto closePart = [&] {
    if (!partRings.empty())
      parts.push_back(geos.polygon(std::span<const std::span<const double>>(partRings)));
    partRings.clear();
  };
  for (std::size_t r = 0; r < rings; ++r) {
    const FeatureStore::Ring ring = store.ring(feature, r);
    if (ring.startsPart)
      closePart();
    partRings.push_back(ring.xy);
  }
  closePart();
  return geos.collection(GEOS_MULTIPOLYGON, std::move(parts));
}

} // namespace rc
