#include "style/ExpressionFunctions.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace rc {

namespace {

using Arguments = FunctionArguments;

std::optional<QString> textArgument(const Arguments &arguments, std::size_t index)
{
  const ExpressionValue value = arguments[index];
  if (isNull(value))
    return std::nullopt;
  return toText(value);
}

ExpressionValue fromNumber(const Number &number)
{
  if (const auto *integer = std::get_if<qint64>(&number))
    return *integer;
  return realValue(std::get<double>(number));
}

bool fitsInteger(double value)
{
  return value >= -0x1p63 && value < 0x1p63;
}

/// An integral real as an integer when it fits, so that round(2.6) is 3 rather than 3.0.
ExpressionValue integralValue(double value)
{
  if (fitsInteger(value))
    return qint64(value);
  return realValue(value);
}

/// Reals round half away from zero, as SQL's CAST to an integer does.
std::optional<qint64> toInteger(const ExpressionValue &value)
{
  const std::optional<Number> number = toNumber(value);
  if (!number)
    return std::nullopt;
  if (const auto *integer = std::get_if<qint64>(&*number))
    return *integer;
  const double rounded = std::round(std::get<double>(*number));
  if (!fitsInteger(rounded))
    return std::nullopt;
  return qint64(rounded);
}

ExpressionValue lower(const Arguments &arguments)
{
  const std::optional<QString> text = textArgument(arguments, 0);
  return text ? ExpressionValue(text->toLower()) : ExpressionValue();
}

ExpressionValue upper(const Arguments &arguments)
{
  const std::optional<QString> text = textArgument(arguments, 0);
  return text ? ExpressionValue(text->toUpper()) : ExpressionValue();
}

/// In UTF-16 code units, as everywhere in Qt; every Chinese character in common use is one unit.
ExpressionValue length(const Arguments &arguments)
{
  const std::optional<QString> text = textArgument(arguments, 0);
  return text ? ExpressionValue(qint64(text->size())) : ExpressionValue();
}

/// substr(text, start[, length]): start counts from 1, or from the end when negative; a negative
/// length leaves that many characters off the end.
ExpressionValue substr(const Arguments &arguments)
{
  const std::optional<QString> text = textArgument(arguments, 0);
  if (!text)
    return {};
  const std::optional<qint64> start = toInteger(arguments[1]);
  if (!start)
    return {};
  const qint64 size = text->size();
  const qint64 from = std::clamp(*start > 0 ? *start - 1 : (*start < 0 ? size + *start : 0), qint64(0), size);
  qint64 count = size - from;
  if (arguments.count() == 3) {
    const std::optional<qint64> length = toInteger(arguments[2]);
    if (!length)
      return {};
    count = *length >= 0 ? std::min(*length, count) : std::max(qint64(0), count + *length);
  }
  return text->mid(from, count);
}

/// Unlike ||, skips NULL arguments: concat('a', NULL) is 'a'.
ExpressionValue concat(const Arguments &arguments)
{
  QString result;
  for (std::size_t i = 0; i < arguments.count(); ++i) {
    const ExpressionValue value = arguments[i];
    if (!isNull(value))
      result += toText(value);
  }
  return result;
}

ExpressionValue coalesce(const Arguments &arguments)
{
  for (std::size_t i = 0; i < arguments.count(); ++i) {
    ExpressionValue value = arguments[i];
    if (!isNull(value))
      return value;
  }
  return {};
}

/// round(x[, digits]), half away from zero; an integer when no decimals are kept.
ExpressionValue round(const Arguments &arguments)
{
  const std::optional<Number> number = toNumber(arguments[0]);
  if (!number)
    return {};
  qint64 digits = 0;
  if (arguments.count() == 2) {
    const std::optional<qint64> given = toInteger(arguments[1]);
    if (!given)
      return {};
    digits = *given;
  }
  if (std::holds_alternative<qint64>(*number) && digits >= 0)
    return fromNumber(*number);
  const double value = toDouble(*number);
  // Scaling by 10^|digits| in the exact direction: 0.01 has no exact double, 100 has.
  const double scale = std::pow(10.0, double(std::min(std::abs(digits), qint64(400))));
  if (digits <= 0)
    return std::isfinite(scale) ? integralValue(std::round(value / scale) * scale)
                                : ExpressionValue(qint64(0));
  // Past the precision of a double there is nothing left to round.
  if (!std::isfinite(value * scale))
    return fromNumber(*number);
  return realValue(std::round(value * scale) / scale);
}

ExpressionValue abs(const Arguments &arguments)
{
  const std::optional<Number> number = toNumber(arguments[0]);
  if (!number)
    return {};
  if (const auto *integer = std::get_if<qint64>(&*number)) {
    if (*integer != std::numeric_limits<qint64>::min())
      return std::abs(*integer);
  }
  return std::fabs(toDouble(*number));
}

ExpressionValue floor(const Arguments &arguments)
{
  const std::optional<Number> number = toNumber(arguments[0]);
  if (!number)
    return {};
  if (std::holds_alternative<qint64>(*number))
    return fromNumber(*number);
  return integralValue(std::floor(std::get<double>(*number)));
}

ExpressionValue ceil(const Arguments &arguments)
{
  const std::optional<Number> number = toNumber(arguments[0]);
  if (!number)
    return {};
  if (std::holds_alternative<qint64>(*number))
    return fromNumber(*number);
  return integralValue(std::ceil(std::get<double>(*number)));
}

/// The least (sign -1) or greatest (sign 1) number; NULLs and text that is not a number are
/// skipped, as SQL's aggregates skip NULLs.
ExpressionValue extreme(const Arguments &arguments, int sign)
{
  ExpressionValue best;
  for (std::size_t i = 0; i < arguments.count(); ++i) {
    const std::optional<Number> number = toNumber(arguments[i]);
    if (!number)
      continue;
    ExpressionValue candidate = fromNumber(*number);
    if (isNull(best) || compareValues(candidate, best).value_or(0) * sign > 0)
      best = std::move(candidate);
  }
  return best;
}

ExpressionValue min(const Arguments &arguments)
{
  return extreme(arguments, -1);
}

ExpressionValue max(const Arguments &arguments)
{
  return extreme(arguments, 1);
}

ExpressionValue toInt(const Arguments &arguments)
{
  const std::optional<qint64> integer = toInteger(arguments[0]);
  return integer ? ExpressionValue(*integer) : ExpressionValue();
}

ExpressionValue toReal(const Arguments &arguments)
{
  const std::optional<Number> number = toNumber(arguments[0]);
  return number ? realValue(toDouble(*number)) : ExpressionValue();
}

ExpressionValue toString(const Arguments &arguments)
{
  const std::optional<QString> text = textArgument(arguments, 0);
  return text ? ExpressionValue(*text) : ExpressionValue();
}

ExpressionValue startsWith(const Arguments &arguments)
{
  const std::optional<QString> text = textArgument(arguments, 0);
  if (!text)
    return {};
  const std::optional<QString> prefix = textArgument(arguments, 1);
  return prefix ? ExpressionValue(text->startsWith(*prefix)) : ExpressionValue();
}

ExpressionValue contains(const Arguments &arguments)
{
  const std::optional<QString> text = textArgument(arguments, 0);
  if (!text)
    return {};
  const std::optional<QString> part = textArgument(arguments, 1);
  return part ? ExpressionValue(text->contains(*part)) : ExpressionValue();
}

/// For patterns computed per feature; the parser turns a literal pattern into a RegexpMatchNode.
/// TRUE when the pattern matches anywhere in the text; NULL for an invalid pattern.
ExpressionValue regexpMatch(const Arguments &arguments)
{
  const std::optional<QString> text = textArgument(arguments, 0);
  if (!text)
    return {};
  const std::optional<QString> pattern = textArgument(arguments, 1);
  if (!pattern)
    return {};
  const QRegularExpression expression(*pattern);
  if (!expression.isValid())
    return {};
  return expression.match(*text).hasMatch();
}

/// if(condition, then, else): a NULL condition takes the else branch, as a filter drops it.
ExpressionValue ifThenElse(const Arguments &arguments)
{
  return toTruth(arguments[0]) == Truth::True ? arguments[1] : arguments[2];
}

constexpr int kAny = FunctionDefinition::kAnyCount;

const FunctionDefinition kFunctions[] = {
    {u"lower", 1, 1, &lower},        {u"upper", 1, 1, &upper},
    {u"length", 1, 1, &length},      {u"substr", 2, 3, &substr},
    {u"concat", 1, kAny, &concat},   {u"coalesce", 1, kAny, &coalesce},
    {u"round", 1, 2, &round},        {u"abs", 1, 1, &abs},
    {u"floor", 1, 1, &floor},        {u"ceil", 1, 1, &ceil},
    {u"min", 1, kAny, &min},         {u"max", 1, kAny, &max},
    {u"to_int", 1, 1, &toInt},       {u"to_real", 1, 1, &toReal},
    {u"to_string", 1, 1, &toString}, {u"starts_with", 2, 2, &startsWith},
    {u"contains", 2, 2, &contains},  {u"regexp_match", 2, 2, &regexpMatch},
    {u"if", 3, 3, &ifThenElse},
};

} // namespace

const FunctionDefinition *findFunction(QStringView name)
{
  const auto *found =
      std::find_if(std::begin(kFunctions), std::end(kFunctions), [name](const FunctionDefinition &f) {
        return f.name.compare(name, Qt::CaseInsensitive) == 0;
      });
  return found == std::end(kFunctions) ? nullptr : found;
}

} // namespace rc
