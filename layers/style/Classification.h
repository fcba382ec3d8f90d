#pragma once

#include "style/Symbol.h"

#include <vector>

namespace rc {

/// Class breaks for graduated styles. Returns classCount + 1 ascending bounds (first = minimum,
/// last = maximum) of the finite values; fewer when the values have fewer distinct levels. Natural
/// breaks (Jenks) runs on an evenly spaced sample of at most 3,000 sorted values, as QGIS does,
/// so classifying millions of features stays interactive.
[[nodiscard]] std::vector<double> classBreaks(std::vector<double> values, int classCount,
                                              ClassificationMethod method);

/// Graduated classes for the breaks, coloured along a ramp, labelled "lower – upper".
[[nodiscard]] QList<StyleClass> graduatedClasses(const std::vector<double> &breaks, const QString &rampName,
                                                 const SymbolSet &base);

} // namespace rc
