#pragma once

#include "data/Field.h"
#include "style/ExpressionValue.h"

#include <QRegularExpression>

#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace rc {

class FeatureStore;

/// Where one field reference of an expression reads: a column of the store and its type.
struct FieldBinding
{
  int column = -1;
  FieldType type = FieldType::String;
};

/// What a node reads while evaluating one feature. Lives on the evaluating thread's stack.
struct EvaluationContext
{
  const FeatureStore &store;
  std::size_t feature;
  std::span<const FieldBinding> fields; ///< indexed by FieldNode's slot
};

/// A node of a parsed expression tree. Trees are built once by ExpressionParser and never change
/// after, so one tree may be shared by copies of an Expression and evaluated from any number of
/// threads at once.
class ExpressionNode
{
public:
  virtual ~ExpressionNode() = default;
  ExpressionNode(const ExpressionNode &) = delete;
  ExpressionNode &operator=(const ExpressionNode &) = delete;

  [[nodiscard]] virtual ExpressionValue evaluate(const EvaluationContext &context) const = 0;
  /// The value as a truth; predicates answer without building a value, which is what filters ask.
  [[nodiscard]] virtual Truth truth(const EvaluationContext &context) const
  {
    return toTruth(evaluate(context));
  }
  /// The value for literals, so that operators read it in place: copying a shared literal QString
  /// on every feature would make worker threads fight over its reference count.
  [[nodiscard]] virtual const ExpressionValue *constant() const { return nullptr; }
  /// Levels below and including this node; the parser caps it, as evaluation recurses that deep.
  [[nodiscard]] int depth() const { return m_depth; }

protected:
  explicit ExpressionNode(int depth) : m_depth(depth) {}

private:
  int m_depth;
};

using ExpressionNodePtr = std::unique_ptr<const ExpressionNode>;

/// A node whose value is TRUE, FALSE or NULL: it computes truth(), and evaluate() follows from it.
class PredicateNode : public ExpressionNode
{
public:
  [[nodiscard]] ExpressionValue evaluate(const EvaluationContext &context) const final;
  [[nodiscard]] Truth truth(const EvaluationContext &context) const override = 0;

protected:
  using ExpressionNode::ExpressionNode;
};

/// A node's value, read in place for literals and evaluated otherwise.
class Operand
{
public:
  Operand(const ExpressionNode &node, const EvaluationContext &context)
      : m_constant(node.constant()), m_value(m_constant ? ExpressionValue() : node.evaluate(context))
  {}
  [[nodiscard]] const ExpressionValue &operator*() const { return m_constant ? *m_constant : m_value; }

private:
  const ExpressionValue *m_constant;
  ExpressionValue m_value;
};

class LiteralNode final : public ExpressionNode
{
public:
  explicit LiteralNode(ExpressionValue value) : ExpressionNode(1), m_value(std::move(value)) {}
  [[nodiscard]] ExpressionValue evaluate(const EvaluationContext &) const override { return m_value; }
  [[nodiscard]] const ExpressionValue *constant() const override { return &m_value; }

private:
  ExpressionValue m_value;
};

/// A field reference; the slot indexes EvaluationContext::fields, filled by Expression::prepare().
class FieldNode final : public ExpressionNode
{
public:
  explicit FieldNode(int slot) : ExpressionNode(1), m_slot(slot) {}
  [[nodiscard]] ExpressionValue evaluate(const EvaluationContext &context) const override;
  [[nodiscard]] int slot() const { return m_slot; }

private:
  int m_slot;
};

/// $id: the feature's FID.
class FidNode final : public ExpressionNode
{
public:
  FidNode() : ExpressionNode(1) {}
  [[nodiscard]] ExpressionValue evaluate(const EvaluationContext &context) const override;
};

class NotNode final : public PredicateNode
{
public:
  explicit NotNode(ExpressionNodePtr operand);
  [[nodiscard]] Truth truth(const EvaluationContext &context) const override;

private:
  ExpressionNodePtr m_operand;
};

class NegateNode final : public ExpressionNode
{
public:
  explicit NegateNode(ExpressionNodePtr operand);
  [[nodiscard]] ExpressionValue evaluate(const EvaluationContext &context) const override;

private:
  ExpressionNodePtr m_operand;
};

/// AND or OR over any number of operands, kept flat so that a long generated chain
/// ("id = 1 OR id = 2 OR ...") stays shallow; stops at the first operand that decides.
class LogicalNode final : public PredicateNode
{
public:
  enum class Operator : quint8 { And, Or };
  LogicalNode(Operator op, std::vector<ExpressionNodePtr> operands);
  [[nodiscard]] Truth truth(const EvaluationContext &context) const override;

private:
  Operator m_operator;
  std::vector<ExpressionNodePtr> m_operands;
};

/// Compares by compareValues(). A field against a literal, the term most filters are made of,
/// reads a numeric column or compares a text column without building intermediate values.
class ComparisonNode final : public PredicateNode
{
public:
  enum class Operator : quint8 { Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual };
  ComparisonNode(Operator op, ExpressionNodePtr left, ExpressionNodePtr right);
  [[nodiscard]] Truth truth(const EvaluationContext &context) const override;

private:
  /// The answer for a field against a literal, or nullopt where only the general rule applies.
  [[nodiscard]] std::optional<Truth> fieldAgainstLiteral(const EvaluationContext &context) const;

  Operator m_operator;
  ExpressionNodePtr m_left; ///< the field, when comparing a field with a literal
  ExpressionNodePtr m_right;
  int m_fieldSlot = -1;                   ///< set when m_left is a field and m_right a literal
  const QString *m_literalText = nullptr; ///< the literal, when it is text
  std::optional<double> m_literalNumber;  ///< the literal as a number, when a double holds it exactly
};

/// + - * / %. Integers stay integers except for / and on overflow; dividing by zero and
/// operands that are not numbers give NULL.
class ArithmeticNode final : public ExpressionNode
{
public:
  enum class Operator : quint8 { Add, Subtract, Multiply, Divide, Modulo };
  ArithmeticNode(Operator op, ExpressionNodePtr left, ExpressionNodePtr right);
  [[nodiscard]] ExpressionValue evaluate(const EvaluationContext &context) const override;

private:
  Operator m_operator;
  ExpressionNodePtr m_left;
  ExpressionNodePtr m_right;
};

/// a || b: NULL when either side is NULL, as in SQL (concat() skips NULLs instead).
class ConcatNode final : public ExpressionNode
{
public:
  ConcatNode(ExpressionNodePtr left, ExpressionNodePtr right);
  [[nodiscard]] ExpressionValue evaluate(const EvaluationContext &context) const override;

private:
  ExpressionNodePtr m_left;
  ExpressionNodePtr m_right;
};

class IsNullNode final : public PredicateNode
{
public:
  IsNullNode(ExpressionNodePtr operand, bool negated);
  [[nodiscard]] Truth truth(const EvaluationContext &context) const override;

private:
  ExpressionNodePtr m_operand;
  bool m_negated;
};

/// x [NOT] IN (a, b, ...): TRUE on a match, else NULL when x or an item is NULL, else FALSE.
class InNode final : public PredicateNode
{
public:
  InNode(ExpressionNodePtr operand, std::vector<ExpressionNodePtr> items, bool negated);
  [[nodiscard]] Truth truth(const EvaluationContext &context) const override;

private:
  ExpressionNodePtr m_operand;
  std::vector<ExpressionNodePtr> m_items;
  bool m_negated;
};

/// x [NOT] BETWEEN low AND high, bounds included: the same as x >= low AND x <= high.
class BetweenNode final : public PredicateNode
{
public:
  BetweenNode(ExpressionNodePtr operand, ExpressionNodePtr low, ExpressionNodePtr high, bool negated);
  [[nodiscard]] Truth truth(const EvaluationContext &context) const override;

private:
  ExpressionNodePtr m_operand;
  ExpressionNodePtr m_low;
  ExpressionNodePtr m_high;
  bool m_negated;
};

/// x [NOT] LIKE / ILIKE pattern: % any run of characters, _ one character, a backslash makes the
/// next character literal (\% \_ \\). ILIKE ignores case.
class LikeNode final : public PredicateNode
{
public:
  LikeNode(ExpressionNodePtr operand, ExpressionNodePtr pattern, Qt::CaseSensitivity sensitivity,
           bool negated);
  [[nodiscard]] Truth truth(const EvaluationContext &context) const override;

private:
  ExpressionNodePtr m_operand;
  ExpressionNodePtr m_pattern;
  Qt::CaseSensitivity m_sensitivity;
  bool m_negated;
};

/// regexp_match() with a literal pattern, compiled once by the parser (which also reports a bad
/// pattern). Matching through a shared const QRegularExpression is thread-safe: Qt compiles the
/// pattern under its own lock and matching only reads it.
class RegexpMatchNode final : public PredicateNode
{
public:
  RegexpMatchNode(ExpressionNodePtr subject, QRegularExpression pattern);
  [[nodiscard]] Truth truth(const EvaluationContext &context) const override;

private:
  ExpressionNodePtr m_subject;
  QRegularExpression m_pattern;
};

struct FunctionDefinition;

class FunctionNode final : public ExpressionNode
{
public:
  FunctionNode(const FunctionDefinition &function, std::vector<ExpressionNodePtr> arguments);
  [[nodiscard]] ExpressionValue evaluate(const EvaluationContext &context) const override;

private:
  const FunctionDefinition &m_function;
  std::vector<ExpressionNodePtr> m_arguments;
};

} // namespace rc
