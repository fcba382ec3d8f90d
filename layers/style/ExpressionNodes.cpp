#include "style/ExpressionNodes.h"

#include "data/FeatureStore.h"
#include "style/ExpressionFunctions.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace rc {

namespace {

int depthAbove(std::initializer_list<const ExpressionNodePtr *> children)
{
  int deepest = 0;
  for (const ExpressionNodePtr *child : children)
    deepest = std::max(deepest, (*child)->depth());
  return deepest + 1;
}

int depthAbove(const std::vector<ExpressionNodePtr> &children, int deepest = 0)
{
  for (const ExpressionNodePtr &child : children)
    deepest = std::max(deepest, child->depth());
  return deepest + 1;
}

/// Integers up to this magnitude convert to double and back exactly.
constexpr double kExactInDouble = 0x1p53;

Truth truthOf(bool value)
{
  return value ? Truth::True : Truth::False;
}

Truth truthOf(ComparisonNode::Operator op, int order)
{
  using Op = ComparisonNode::Operator;
  switch (op) {
  case Op::Equal:
    return truthOf(order == 0);
  case Op::NotEqual:
    return truthOf(order != 0);
  case Op::Less:
    return truthOf(order < 0);
  case Op::LessOrEqual:
    return truthOf(order <= 0);
  case Op::Greater:
    return truthOf(order > 0);
  case Op::GreaterOrEqual:
    return truthOf(order >= 0);
  }
  return Truth::Unknown;
}

/// The operator with its operands swapped: 1 < x is x > 1.
ComparisonNode::Operator mirrored(ComparisonNode::Operator op)
{
  using Op = ComparisonNode::Operator;
  switch (op) {
  case Op::Less:
    return Op::Greater;
  case Op::LessOrEqual:
    return Op::GreaterOrEqual;
  case Op::Greater:
    return Op::Less;
  case Op::GreaterOrEqual:
    return Op::LessOrEqual;
  case Op::Equal:
  case Op::NotEqual:
    break;
  }
  return op;
}

ExpressionValue truthValue(Truth truth)
{
  if (truth == Truth::Unknown)
    return {};
  return truth == Truth::True;
}

Truth negate(Truth truth)
{
  if (truth == Truth::Unknown)
    return truth;
  return truth == Truth::True ? Truth::False : Truth::True;
}

ExpressionValue arithmetic(ArithmeticNode::Operator op, const Number &left, const Number &right)
{
  using Op = ArithmeticNode::Operator;
  const bool integers = std::holds_alternative<qint64>(left) && std::holds_alternative<qint64>(right);
  const double l = toDouble(left), r = toDouble(right);
  if ((op == Op::Divide || op == Op::Modulo) && r == 0)
    return {};
  // Integers stay integers unless they overflow; division is always real, as in QGIS: 7 / 2 is 3.5.
  if (integers && op != Op::Divide) {
    const qint64 a = std::get<qint64>(left), b = std::get<qint64>(right);
    if (op == Op::Modulo)
      return b == -1 ? qint64(0) : a % b; // the one remainder that overflows in C++
    qint64 result = 0;
    const bool overflowed = op == Op::Add        ? __builtin_add_overflow(a, b, &result)
                            : op == Op::Subtract ? __builtin_sub_overflow(a, b, &result)
                                                 : __builtin_mul_overflow(a, b, &result);
    if (!overflowed)
      return result;
  }
  switch (op) {
  case Op::Add:
    return realValue(l + r);
  case Op::Subtract:
    return realValue(l - r);
  case Op::Multiply:
    return realValue(l * r);
  case Op::Divide:
    return realValue(l / r);
  case Op::Modulo:
    return realValue(std::fmod(l, r));
  }
  return {};
}

bool sameCharacter(char16_t a, char16_t b, Qt::CaseSensitivity sensitivity)
{
  if (a == b)
    return true;
  return sensitivity == Qt::CaseInsensitive &&
         QChar::toCaseFolded(char32_t(a)) == QChar::toCaseFolded(char32_t(b));
}

/// UTF-16 units of the character at i: 2 for a surrogate pair, so that _ matches one character.
qsizetype characterLength(QStringView text, qsizetype i)
{
  return i + 1 < text.size() && QChar::isHighSurrogate(text[i].unicode()) &&
                 QChar::isLowSurrogate(text[i + 1].unicode())
             ? 2
             : 1;
}

/// Whether text matches a LIKE pattern (see LikeNode).
bool likeMatches(QStringView text, QStringView pattern, Qt::CaseSensitivity sensitivity)
{
  // Greedy matching that backtracks only to the last %, which is enough because a later % can
  // absorb whatever an earlier one would have: linear for typical patterns, O(n·m) at worst.
  qsizetype t = 0, p = 0;
  qsizetype starPattern = -1, starText = 0;
  while (t < text.size()) {
    if (p < pattern.size() && pattern[p] == u'%') {
      starPattern = ++p;
      starText = t;
      continue;
    }
    if (p < pattern.size()) {
      if (pattern[p] == u'_') {
        t += characterLength(text, t);
        ++p;
        continue;
      }
      const qsizetype literal = pattern[p] == u'\\' && p + 1 < pattern.size() ? p + 1 : p;
      if (sameCharacter(pattern[literal].unicode(), text[t].unicode(), sensitivity)) {
        p = literal + 1;
        ++t;
        continue;
      }
    }
    if (starPattern < 0)
      return false;
    p = starPattern;
    starText += characterLength(text, starText);
    t = starText;
  }
  while (p < pattern.size() && pattern[p] == u'%')
    ++p;
  return p == pattern.size();
}

} // namespace

ExpressionValue PredicateNode::evaluate(const EvaluationContext &context) const
{
  return truthValue(truth(context));
}

ExpressionValue FieldNode::evaluate(const EvaluationContext &context) const
{
  const FieldBinding &field = context.fields[m_slot];
  switch (field.type) {
  case FieldType::Integer: {
    // real() reads the column without a QVariant; it is exact up to 2^53.
    const double value = context.store.real(context.feature, field.column);
    if (std::isnan(value))
      return {};
    if (std::abs(value) < kExactInDouble)
      return qint64(value);
    return context.store.attribute(context.feature, field.column).toLongLong();
  }
  case FieldType::Real:
    return realValue(context.store.real(context.feature, field.column));
  case FieldType::String:
    break;
  }
  if (context.store.isNull(context.feature, field.column))
    return {};
  return context.store.text(context.feature, field.column);
}

ExpressionValue FidNode::evaluate(const EvaluationContext &context) const
{
  return context.store.fid(context.feature);
}

NotNode::NotNode(ExpressionNodePtr operand)
    : PredicateNode(depthAbove({&operand})), m_operand(std::move(operand))
{}

Truth NotNode::truth(const EvaluationContext &context) const
{
  return negate(m_operand->truth(context));
}

NegateNode::NegateNode(ExpressionNodePtr operand)
    : ExpressionNode(depthAbove({&operand})), m_operand(std::move(operand))
{}

ExpressionValue NegateNode::evaluate(const EvaluationContext &context) const
{
  const std::optional<Number> number = toNumber(*Operand(*m_operand, context));
  if (!number)
    return {};
  return arithmetic(ArithmeticNode::Operator::Subtract, Number(qint64(0)), *number);
}

LogicalNode::LogicalNode(Operator op, std::vector<ExpressionNodePtr> operands)
    : PredicateNode(depthAbove(operands)), m_operator(op), m_operands(std::move(operands))
{}

Truth LogicalNode::truth(const EvaluationContext &context) const
{
  const Truth deciding = m_operator == Operator::And ? Truth::False : Truth::True;
  bool unknown = false;
  for (const ExpressionNodePtr &operand : m_operands) {
    const Truth truth = operand->truth(context);
    if (truth == deciding)
      return deciding;
    unknown = unknown || truth == Truth::Unknown;
  }
  return unknown ? Truth::Unknown : negate(deciding);
}

ComparisonNode::ComparisonNode(Operator op, ExpressionNodePtr left, ExpressionNodePtr right)
    : PredicateNode(depthAbove({&left, &right})), m_operator(op), m_left(std::move(left)),
      m_right(std::move(right))
{
  if (dynamic_cast<const FieldNode *>(m_right.get()) && m_left->constant()) {
    std::swap(m_left, m_right);
    m_operator = mirrored(m_operator);
  }
  const auto *field = dynamic_cast<const FieldNode *>(m_left.get());
  const ExpressionValue *literal = m_right->constant();
  if (!field || !literal)
    return;
  m_fieldSlot = field->slot();
  m_literalText = std::get_if<QString>(literal);
  if (const std::optional<Number> number = toNumber(*literal);
      number && std::abs(toDouble(*number)) < kExactInDouble)
    m_literalNumber = toDouble(*number);
}

std::optional<Truth> ComparisonNode::fieldAgainstLiteral(const EvaluationContext &context) const
{
  const FieldBinding &field = context.fields[m_fieldSlot];
  if (field.type == FieldType::String) {
    // Two texts always compare as texts.
    if (!m_literalText)
      return std::nullopt;
    if (context.store.isNull(context.feature, field.column))
      return Truth::Unknown;
    return truthOf(
        m_operator,
        threeWay(QString::compare(context.store.text(context.feature, field.column), *m_literalText), 0));
  }
  // A number against a number, or against text that reads as one, compares numerically.
  if (!m_literalNumber)
    return std::nullopt;
  const double value = context.store.real(context.feature, field.column);
  if (std::isnan(value))
    return Truth::Unknown;
  if (std::abs(value) >= kExactInDouble)
    return std::nullopt;
  return truthOf(m_operator, threeWay(value, *m_literalNumber));
}

Truth ComparisonNode::truth(const EvaluationContext &context) const
{
  if (m_fieldSlot >= 0) {
    if (const std::optional<Truth> answer = fieldAgainstLiteral(context))
      return *answer;
  }
  const Operand left(*m_left, context);
  if (isNull(*left))
    return Truth::Unknown;
  const std::optional<int> order = compareValues(*left, *Operand(*m_right, context));
  if (!order)
    return Truth::Unknown;
  return truthOf(m_operator, *order);
}

ArithmeticNode::ArithmeticNode(Operator op, ExpressionNodePtr left, ExpressionNodePtr right)
    : ExpressionNode(depthAbove({&left, &right})), m_operator(op), m_left(std::move(left)),
      m_right(std::move(right))
{}

ExpressionValue ArithmeticNode::evaluate(const EvaluationContext &context) const
{
  const std::optional<Number> left = toNumber(*Operand(*m_left, context));
  if (!left)
    return {};
  const std::optional<Number> right = toNumber(*Operand(*m_right, context));
  if (!right)
    return {};
  return arithmetic(m_operator, *left, *right);
}

ConcatNode::ConcatNode(ExpressionNodePtr left, ExpressionNodePtr right)
    : ExpressionNode(depthAbove({&left, &right})), m_left(std::move(left)), m_right(std::move(right))
{}

ExpressionValue ConcatNode::evaluate(const EvaluationContext &context) const
{
  const Operand left(*m_left, context);
  if (isNull(*left))
    return {};
  const Operand right(*m_right, context);
  if (isNull(*right))
    return {};
  return QString(toText(*left) + toText(*right));
}

IsNullNode::IsNullNode(ExpressionNodePtr operand, bool negated)
    : PredicateNode(depthAbove({&operand})), m_operand(std::move(operand)), m_negated(negated)
{}

Truth IsNullNode::truth(const EvaluationContext &context) const
{
  return isNull(*Operand(*m_operand, context)) != m_negated ? Truth::True : Truth::False;
}

InNode::InNode(ExpressionNodePtr operand, std::vector<ExpressionNodePtr> items, bool negated)
    : PredicateNode(depthAbove(items, operand->depth())), m_operand(std::move(operand)),
      m_items(std::move(items)), m_negated(negated)
{}

Truth InNode::truth(const EvaluationContext &context) const
{
  const Operand operand(*m_operand, context);
  if (isNull(*operand))
    return Truth::Unknown;
  bool unknown = false;
  for (const ExpressionNodePtr &item : m_items) {
    const std::optional<int> order = compareValues(*operand, *Operand(*item, context));
    if (order == 0)
      return truthOf(!m_negated);
    unknown = unknown || !order;
  }
  return unknown ? Truth::Unknown : truthOf(m_negated);
}

BetweenNode::BetweenNode(ExpressionNodePtr operand, ExpressionNodePtr low, ExpressionNodePtr high,
                         bool negated)
    : PredicateNode(depthAbove({&operand, &low, &high})), m_operand(std::move(operand)),
      m_low(std::move(low)), m_high(std::move(high)), m_negated(negated)
{}

Truth BetweenNode::truth(const EvaluationContext &context) const
{
  const Operand operand(*m_operand, context);
  if (isNull(*operand))
    return Truth::Unknown;
  const std::optional<int> low = compareValues(*operand, *Operand(*m_low, context));
  if (low && *low < 0)
    return truthOf(m_negated);
  const std::optional<int> high = compareValues(*operand, *Operand(*m_high, context));
  if (high && *high > 0)
    return truthOf(m_negated);
  if (!low || !high)
    return Truth::Unknown;
  return truthOf(!m_negated);
}

LikeNode::LikeNode(ExpressionNodePtr operand, ExpressionNodePtr pattern, Qt::CaseSensitivity sensitivity,
                   bool negated)
    : PredicateNode(depthAbove({&operand, &pattern})), m_operand(std::move(operand)),
      m_pattern(std::move(pattern)), m_sensitivity(sensitivity), m_negated(negated)
{}

Truth LikeNode::truth(const EvaluationContext &context) const
{
  const Operand operand(*m_operand, context);
  if (isNull(*operand))
    return Truth::Unknown;
  const Operand pattern(*m_pattern, context);
  if (isNull(*pattern))
    return Truth::Unknown;
  const auto *text = std::get_if<QString>(&*operand);
  const auto *patternText = std::get_if<QString>(&*pattern);
  return truthOf(likeMatches(text ? *text : toText(*operand), patternText ? *patternText : toText(*pattern),
                             m_sensitivity) != m_negated);
}

RegexpMatchNode::RegexpMatchNode(ExpressionNodePtr subject, QRegularExpression pattern)
    : PredicateNode(depthAbove({&subject})), m_subject(std::move(subject)), m_pattern(std::move(pattern))
{}

Truth RegexpMatchNode::truth(const EvaluationContext &context) const
{
  const Operand subject(*m_subject, context);
  if (isNull(*subject))
    return Truth::Unknown;
  return truthOf(m_pattern.match(toText(*subject)).hasMatch());
}

FunctionNode::FunctionNode(const FunctionDefinition &function, std::vector<ExpressionNodePtr> arguments)
    : ExpressionNode(depthAbove(arguments)), m_function(function), m_arguments(std::move(arguments))
{}

ExpressionValue FunctionNode::evaluate(const EvaluationContext &context) const
{
  return m_function.call(FunctionArguments(m_arguments, context));
}

} // namespace rc
