#pragma once

// GEOS geometries of FeatureStore features, for the operations center's spatial questions.
// Internal to rc_layers (and tests): it includes GEOS.

#include "data/FeatureStore.h"
#include "geo/Geos.h"

namespace rc {

/// The feature's geometry as GEOS sees it: a point or multipoint, a (multi)linestring, or a
/// multipolygon whose parts keep their holes. An empty feature gives an empty collection.
/// Throws GeometryError when GEOS refuses the rings (a ring with fewer than four vertices).
[[nodiscard]] Geometry featureGeometry(const GeosContext &geos, const FeatureStore &store,
                                       std::size_t feature);

} // namespace rc
