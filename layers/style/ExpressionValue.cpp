#include "style/ExpressionValue.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

int compareNumbers(const Number &left, const Number &right)
{
  if (std::holds_alternative<qint64>(left) && std::holds_alternative<qint64>(right))
    return threeWay(std::get<qint64>(left), std::get<qint64>(right));
  return threeWay(toDouble(left), toDouble(right));
}

std::optional<Number> numberOf(const ExpressionValue &value)
{
  if (const auto *b = std::get_if<bool>(&value))
    return Number(qint64(*b));
  if (const auto *i = std::get_if<qint64>(&value))
    return Number(*i);
  if (const auto *d = std::get_if<double>(&value))
    return Number(*d);
  return std::nullopt;
}

} // namespace

ExpressionValue realValue(double value)
{
  if (std::isnan(value))
    return {};
  return value;
}

std::optional<Number> parseNumber(const QString &text)
{
  bool ok = false;
  const qint64 integer = text.trimmed().toLongLong(&ok);
  if (ok)
    return Number(integer);
  // QString::toDouble() also reads "inf" and "nan", which no one means as a number in an attribute.
  const double real = text.toDouble(&ok);
  if (ok && std::isfinite(real))
    return Number(real);
  return std::nullopt;
}

std::optional<Number> toNumber(const ExpressionValue &value)
{
  if (const auto *text = std::get_if<QString>(&value))
    return parseNumber(*text);
  return numberOf(value);
}

QString toText(const ExpressionValue &value)
{
  if (const auto *text = std::get_if<QString>(&value))
    return *text;
  if (const auto *b = std::get_if<bool>(&value))
    return *b ? u"true"_s : u"false"_s;
  if (const auto *i = std::get_if<qint64>(&value))
    return QString::number(*i);
  if (const auto *d = std::get_if<double>(&value))
    return QString::number(*d, 'g', QLocale::FloatingPointShortest);
  return {};
}

Truth toTruth(const ExpressionValue &value)
{
  if (isNull(value))
    return Truth::Unknown;
  if (const auto *text = std::get_if<QString>(&value)) {
    if (text->isEmpty())
      return Truth::False;
    const std::optional<Number> number = parseNumber(*text);
    return !number || toDouble(*number) != 0 ? Truth::True : Truth::False;
  }
  return toDouble(*numberOf(value)) != 0 ? Truth::True : Truth::False;
}

std::optional<int> compareValues(const ExpressionValue &left, const ExpressionValue &right)
{
  if (isNull(left) || isNull(right))
    return std::nullopt;
  const auto *leftText = std::get_if<QString>(&left);
  const auto *rightText = std::get_if<QString>(&right);
  if (leftText && rightText)
    return threeWay(QString::compare(*leftText, *rightText), 0);
  if (!leftText && !rightText)
    return compareNumbers(*numberOf(left), *numberOf(right));
  const std::optional<Number> leftNumber = toNumber(left);
  const std::optional<Number> rightNumber = toNumber(right);
  if (leftNumber && rightNumber)
    return compareNumbers(*leftNumber, *rightNumber);
  return threeWay(QString::compare(toText(left), toText(right)), 0);
}

QVariant toVariant(const ExpressionValue &value)
{
  if (const auto *text = std::get_if<QString>(&value))
    return *text;
  if (const auto *b = std::get_if<bool>(&value))
    return *b;
  if (const auto *i = std::get_if<qint64>(&value))
    return QVariant::fromValue(*i);
  if (const auto *d = std::get_if<double>(&value))
    return *d;
  return {};
}

} // namespace rc
