#pragma once

#include <QList>
#include <QString>

namespace rc {

/// The value types an attribute column can hold. Dates and times are kept as ISO 8601 text.
enum class FieldType : quint8 { Integer, Real, String };

/// One attribute column of a layer: its name in the source, its type, and an optional display alias
/// (Chinese field names for operators).
struct Field
{
  QString name;
  FieldType type = FieldType::String;
  QString alias;

  [[nodiscard]] QString displayName() const { return alias.isEmpty() ? name : alias; }
  friend bool operator==(const Field &, const Field &) = default;
};

using Fields = QList<Field>;

} // namespace rc
