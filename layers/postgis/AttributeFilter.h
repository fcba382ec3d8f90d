#pragma once

#include <QCoreApplication>
#include <QString>

namespace rc {

/// One condition on a column of a database table, as the server-side filter of a PostGIS layer
/// holds it. The value stays text: the server converts it to the column's type, and it travels
/// as a bind parameter, never inside the SQL.
struct AttributeFilter
{
  Q_DECLARE_TR_FUNCTIONS(rc::AttributeFilter)

public:
  enum class Comparison { Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual, Contains, StartsWith };

  QString column;
  Comparison comparison = Comparison::Equal;
  QString value;

  /// "=", "≠", "contains", ... for menus and the layer's tooltip.
  [[nodiscard]] static QString comparisonName(Comparison comparison);
  /// "name contains 鼓楼" for the layer's tooltip.
  [[nodiscard]] QString description() const;

  friend bool operator==(const AttributeFilter &, const AttributeFilter &) = default;
};

} // namespace rc
