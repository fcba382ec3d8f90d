#include "postgis/AttributeFilter.h"

using namespace Qt::StringLiterals;

namespace rc {

QString AttributeFilter::comparisonName(Comparison comparison)
{
  switch (comparison) {
  case Comparison::Equal:
    return u"="_s;
  case Comparison::NotEqual:
    return u"≠"_s;
  case Comparison::Less:
    return u"<"_s;
  case Comparison::LessOrEqual:
    return u"≤"_s;
  case Comparison::Greater:
    return u">"_s;
  case Comparison::GreaterOrEqual:
    return u"≥"_s;
  case Comparison::Contains:
    return tr("contains");
  case Comparison::StartsWith:
    return tr("starts with");
  }
  return {};
}

QString AttributeFilter::description() const
{
  return tr("%1 %2 “%3”").arg(column, comparisonName(comparison), value);
}

} // namespace rc
