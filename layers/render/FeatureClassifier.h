#pragma once

#include "style/Expression.h"
#include "style/Symbol.h"

#include <QHash>
#include <QStringList>

#include <vector>

namespace rc {

/// Sorts the features of a frame into the classes of a classified style: categories by text value,
/// graduated classes by numeric ranges, rules by expression (every matching rule, or "else" when
/// none did). Built on the GUI thread with the renderer snapshot (rules are parsed and bound to the
/// fields there); split() is const and runs on the worker.
class FeatureClassifier
{
public:
  enum class Matching { AllRules, FirstRule };

  /// `scale` is the frame's scale denominator: rules outside their scale range take no feature.
  FeatureClassifier(const VectorStyle &style, const Fields &fields, double scale,
                    Matching matching = Matching::AllRules);

  /// Rules that do not parse or name unknown fields; they match nothing.
  [[nodiscard]] QStringList problems() const { return m_problems; }
  /// Per class, in class order, the features it draws; features no visible class takes are left out.
  [[nodiscard]] std::vector<std::vector<std::uint32_t>>
  split(const FeatureStore &store, const std::vector<std::uint32_t> &features) const;
  /// The class that draws a feature first, or -1.
  [[nodiscard]] int classOf(const FeatureStore &store, std::uint32_t feature) const;

private:
  RendererKind m_kind;
  Matching m_matching;
  QList<StyleClass> m_classes;
  int m_field = -1;
  QHash<QString, int> m_categoryIndex;
  std::vector<Expression> m_rules; ///< one per class; invalid for else-rules and broken rules
  QStringList m_problems;
};

} // namespace rc
