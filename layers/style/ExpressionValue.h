#pragma once

#include <QString>
#include <QVariant>

#include <optional>
#include <variant>

namespace rc {

/// A value while an expression evaluates: NULL (std::monostate), boolean, integer, real or text.
/// Cheaper than QVariant on the per-feature path: no type registry, and numbers never allocate.
/// A NaN never appears: whatever would produce one yields NULL instead.
using ExpressionValue = std::variant<std::monostate, bool, qint64, double, QString>;

/// -1, 0 or 1 as a is less than, equal to or greater than b.
template<typename T> [[nodiscard]] int threeWay(T a, T b)
{
  return a < b ? -1 : (b < a ? 1 : 0);
}

/// SQL's three truth values; a filter keeps a feature only on True.
enum class Truth : quint8 { False, True, Unknown };

[[nodiscard]] inline bool isNull(const ExpressionValue &value)
{
  return std::holds_alternative<std::monostate>(value);
}

/// NULL for NaN, so that no NaN leaks into comparisons.
[[nodiscard]] ExpressionValue realValue(double value);

/// A number as integer or real; booleans count as 1 and 0.
using Number = std::variant<qint64, double>;

[[nodiscard]] inline double toDouble(const Number &number)
{
  return std::holds_alternative<qint64>(number) ? double(std::get<qint64>(number)) : std::get<double>(number);
}

/// Text that reads as a finite number, surrounding spaces allowed: "42" is an integer, "4.2e1" a
/// real; nullopt otherwise.
[[nodiscard]] std::optional<Number> parseNumber(const QString &text);

/// The value as a number: numbers and booleans as they are, text when parseNumber() accepts it;
/// nullopt for NULL and for text that is not a number.
[[nodiscard]] std::optional<Number> toNumber(const ExpressionValue &value);

/// The value as text: integers in decimal, reals in their shortest exact form, booleans as
/// "true"/"false". An empty string for NULL; callers check isNull() first where NULL matters.
[[nodiscard]] QString toText(const ExpressionValue &value);

/// The value as a truth: numbers are true unless zero; text is false when empty, by its number
/// when it reads as one ("0" is false), else true; NULL is Unknown.
[[nodiscard]] Truth toTruth(const ExpressionValue &value);

/// Orders two values, or nullopt when either is NULL. The rule:
/// - two numbers (booleans as 1 and 0) compare numerically, integers exactly;
/// - a number and a text compare numerically when the text reads as a number, else as texts;
/// - two texts always compare as texts (case-sensitive, by UTF-16 code unit), even when both look
///   numeric, so that codes such as station numbers keep their leading zeros: '007' <> '7'.
[[nodiscard]] std::optional<int> compareValues(const ExpressionValue &left, const ExpressionValue &right);

/// An invalid QVariant for NULL, else a bool, qint64, double or QString QVariant.
[[nodiscard]] QVariant toVariant(const ExpressionValue &value);

} // namespace rc
