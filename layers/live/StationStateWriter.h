#pragma once

#include "live/StationHistory.h"

#include <QList>

namespace rc {

class VectorLayer;

/// Writes stations' levels into a stations layer in place: its stcd-keyed features get z, tm,
/// wrz, grz and level_state (the columns the hydrology style matches on), added when the data
/// lacks them. Only values that differ are written, so an unchanged layer is not redrawn. Shared
/// by the live feeds and the history replay. GUI thread (the layer's).
class StationStateWriter
{
public:
  /// True when the layer changed. Throws std::invalid_argument when a column of the user's own
  /// data has a type these values cannot take; the layer then keeps its values.
  static bool write(VectorLayer &layer, const QList<StationState> &states);
};

} // namespace rc
