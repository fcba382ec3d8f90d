#include "style/ExpressionParser.h"

#include "style/ExpressionFunctions.h"

#include <QCoreApplication>

#include <limits>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

/// Deep enough for any expression a person writes or a rule generates, shallow enough that the
/// recursive parser and evaluator stay far from the end of a worker thread's stack.
constexpr int kMaxNesting = 200;
constexpr int kMaxDepth = 1000;

std::optional<ComparisonNode::Operator> comparisonOperator(ExpressionToken::Kind kind)
{
  using Kind = ExpressionToken::Kind;
  using Op = ComparisonNode::Operator;
  switch (kind) {
  case Kind::Equal:
    return Op::Equal;
  case Kind::NotEqual:
    return Op::NotEqual;
  case Kind::Less:
    return Op::Less;
  case Kind::LessOrEqual:
    return Op::LessOrEqual;
  case Kind::Greater:
    return Op::Greater;
  case Kind::GreaterOrEqual:
    return Op::GreaterOrEqual;
  default:
    return std::nullopt;
  }
}

QString argumentCountMessage(const FunctionDefinition &function)
{
  const QString name = function.name.toString();
  if (function.maxArguments == FunctionDefinition::kAnyCount)
    return QCoreApplication::translate("rc::Expression",
                                       "wrong number of arguments for %1 (expected at least %2)")
        .arg(name)
        .arg(function.minArguments);
  if (function.minArguments == function.maxArguments)
    return QCoreApplication::translate("rc::Expression", "wrong number of arguments for %1 (expected %2)")
        .arg(name)
        .arg(function.minArguments);
  Q_ASSERT(function.maxArguments == function.minArguments + 1);
  return QCoreApplication::translate("rc::Expression", "wrong number of arguments for %1 (expected %2 or %3)")
      .arg(name)
      .arg(function.minArguments)
      .arg(function.maxArguments);
}

} // namespace

ExpressionParser::NestingGuard::NestingGuard(ExpressionParser &parser) : m_parser(parser)
{
  if (++m_parser.m_nesting > kMaxNesting)
    m_parser.failTooDeep();
}

ExpressionParser::ExpressionParser(std::vector<ExpressionToken> tokens, ExpressionError &error)
    : m_tokens(std::move(tokens)), m_error(error)
{}

std::optional<ParsedExpression> ExpressionParser::parse(QStringView text, ExpressionError &error)
{
  std::vector<ExpressionToken> tokens;
  if (!tokenizeExpression(text, tokens, error))
    return std::nullopt;
  ExpressionParser parser(std::move(tokens), error);
  try {
    ExpressionNodePtr root = parser.parseExpression();
    const ExpressionToken &extra = parser.peek();
    if (extra.kind != Kind::End)
      parser.fail(QCoreApplication::translate("rc::Expression", "unexpected “%1” at position %2")
                      .arg(text.sliced(extra.position, extra.length).toString())
                      .arg(extra.position),
                  extra.position, extra.length);
    return ParsedExpression{std::move(root), std::move(parser.m_fields)};
  } catch (const Failure &) {
    return std::nullopt;
  }
}

ExpressionNodePtr ExpressionParser::parseExpression()
{
  const NestingGuard guard(*this);
  return parseLogical(Kind::Or);
}

ExpressionNodePtr ExpressionParser::parseLogical(Kind op)
{
  const auto operand = [this, op] { return op == Kind::Or ? parseLogical(Kind::And) : parseNot(); };
  std::vector<ExpressionNodePtr> operands;
  operands.push_back(operand());
  while (accept(op))
    operands.push_back(operand());
  if (operands.size() == 1)
    return std::move(operands.front());
  return checked(std::make_unique<LogicalNode>(
      op == Kind::Or ? LogicalNode::Operator::Or : LogicalNode::Operator::And, std::move(operands)));
}

ExpressionNodePtr ExpressionParser::parseNot()
{
  if (!accept(Kind::Not))
    return parseComparison();
  const NestingGuard guard(*this);
  return checked(std::make_unique<NotNode>(parseNot()));
}

ExpressionNodePtr ExpressionParser::parseComparison()
{
  ExpressionNodePtr left = parseConcat();
  while (true) {
    const Kind kind = peek().kind;
    if (const std::optional<ComparisonNode::Operator> op = comparisonOperator(kind)) {
      take();
      left = checked(std::make_unique<ComparisonNode>(*op, std::move(left), parseConcat()));
      continue;
    }
    if (accept(Kind::Is)) {
      const bool negated = accept(Kind::Not);
      expect(Kind::Null, u"NULL");
      left = checked(std::make_unique<IsNullNode>(std::move(left), negated));
      continue;
    }
    const Kind afterNot = peek(1).kind;
    const bool negated = kind == Kind::Not && (afterNot == Kind::In || afterNot == Kind::Between ||
                                               afterNot == Kind::Like || afterNot == Kind::ILike);
    if (negated)
      take();
    if (accept(Kind::In)) {
      left = checked(std::make_unique<InNode>(std::move(left), parseInList(), negated));
    } else if (accept(Kind::Between)) {
      ExpressionNodePtr low = parseConcat();
      expect(Kind::And, u"AND");
      left = checked(std::make_unique<BetweenNode>(std::move(left), std::move(low), parseConcat(), negated));
    } else if (peek().kind == Kind::Like || peek().kind == Kind::ILike) {
      const Qt::CaseSensitivity sensitivity =
          take().kind == Kind::Like ? Qt::CaseSensitive : Qt::CaseInsensitive;
      left = checked(std::make_unique<LikeNode>(std::move(left), parseConcat(), sensitivity, negated));
    } else {
      return left;
    }
  }
}

std::vector<ExpressionNodePtr> ExpressionParser::parseInList()
{
  expect(Kind::LeftParen, u"(");
  std::vector<ExpressionNodePtr> items;
  do
    items.push_back(parseExpression());
  while (accept(Kind::Comma));
  expect(Kind::RightParen, u", or )");
  return items;
}

ExpressionNodePtr ExpressionParser::parseConcat()
{
  ExpressionNodePtr left = parseAdditive();
  while (accept(Kind::Concat))
    left = checked(std::make_unique<ConcatNode>(std::move(left), parseAdditive()));
  return left;
}

ExpressionNodePtr ExpressionParser::parseAdditive()
{
  ExpressionNodePtr left = parseMultiplicative();
  while (peek().kind == Kind::Plus || peek().kind == Kind::Minus) {
    const auto op =
        take().kind == Kind::Plus ? ArithmeticNode::Operator::Add : ArithmeticNode::Operator::Subtract;
    left = checked(std::make_unique<ArithmeticNode>(op, std::move(left), parseMultiplicative()));
  }
  return left;
}

ExpressionNodePtr ExpressionParser::parseMultiplicative()
{
  ExpressionNodePtr left = parseUnary();
  while (peek().kind == Kind::Star || peek().kind == Kind::Slash || peek().kind == Kind::Percent) {
    const Kind kind = take().kind;
    const auto op = kind == Kind::Star    ? ArithmeticNode::Operator::Multiply
                    : kind == Kind::Slash ? ArithmeticNode::Operator::Divide
                                          : ArithmeticNode::Operator::Modulo;
    left = checked(std::make_unique<ArithmeticNode>(op, std::move(left), parseUnary()));
  }
  return left;
}

ExpressionNodePtr ExpressionParser::parseUnary()
{
  if (!accept(Kind::Minus))
    return parsePrimary();
  const NestingGuard guard(*this);
  ExpressionNodePtr operand = parseUnary();
  // A negative literal stays a literal, so that comparisons with it read it in place.
  if (const ExpressionValue *value = operand->constant()) {
    if (const auto *integer = std::get_if<qint64>(value);
        integer && *integer != std::numeric_limits<qint64>::min())
      return std::make_unique<LiteralNode>(-*integer);
    if (const auto *real = std::get_if<double>(value))
      return std::make_unique<LiteralNode>(-*real);
  }
  return checked(std::make_unique<NegateNode>(std::move(operand)));
}

ExpressionNodePtr ExpressionParser::parsePrimary()
{
  const ExpressionToken &token = take();
  switch (token.kind) {
  case Kind::Integer:
    return std::make_unique<LiteralNode>(token.integer);
  case Kind::Real:
    return std::make_unique<LiteralNode>(token.real);
  case Kind::String:
    return std::make_unique<LiteralNode>(token.text);
  case Kind::True:
  case Kind::False:
    return std::make_unique<LiteralNode>(token.kind == Kind::True);
  case Kind::Null:
    return std::make_unique<LiteralNode>(ExpressionValue());
  case Kind::QuotedIdentifier:
    return parseField(token);
  case Kind::Identifier:
    return peek().kind == Kind::LeftParen ? parseFunction(token) : parseField(token);
  case Kind::Variable:
    if (token.text.compare(u"id"_s, Qt::CaseInsensitive) != 0)
      fail(QCoreApplication::translate("rc::Expression", "unknown variable “$%1”").arg(token.text),
           token.position, token.length);
    return std::make_unique<FidNode>();
  case Kind::LeftParen: {
    ExpressionNodePtr inner = parseExpression();
    expect(Kind::RightParen, u")");
    return inner;
  }
  default:
    fail(QCoreApplication::translate("rc::Expression", "expected a value at position %1").arg(token.position),
         token.position, token.length);
  }
}

ExpressionNodePtr ExpressionParser::parseFunction(const ExpressionToken &name)
{
  const FunctionDefinition *function = findFunction(name.text);
  if (!function)
    fail(QCoreApplication::translate("rc::Expression", "unknown function “%1”").arg(name.text), name.position,
         name.length);
  expect(Kind::LeftParen, u"(");
  std::vector<ExpressionNodePtr> arguments;
  std::vector<const ExpressionToken *> argumentStarts;
  if (!accept(Kind::RightParen)) {
    do {
      argumentStarts.push_back(&peek());
      arguments.push_back(parseExpression());
    } while (accept(Kind::Comma));
    expect(Kind::RightParen, u", or )");
  }
  const int count = int(arguments.size());
  if (count < function->minArguments ||
      (function->maxArguments != FunctionDefinition::kAnyCount && count > function->maxArguments)) {
    const ExpressionToken &closing = m_tokens[m_next - 1];
    fail(argumentCountMessage(*function), name.position, closing.position + closing.length - name.position);
  }
  if (function->name == u"regexp_match") {
    if (const ExpressionValue *pattern = arguments[1]->constant();
        pattern && std::holds_alternative<QString>(*pattern)) {
      QRegularExpression expression(std::get<QString>(*pattern));
      if (!expression.isValid())
        fail(QCoreApplication::translate("rc::Expression", "invalid regular expression: %1")
                 .arg(expression.errorString()),
             argumentStarts[1]->position, argumentStarts[1]->length);
      return checked(std::make_unique<RegexpMatchNode>(std::move(arguments[0]), std::move(expression)));
    }
  }
  return checked(std::make_unique<FunctionNode>(*function, std::move(arguments)));
}

ExpressionNodePtr ExpressionParser::parseField(const ExpressionToken &name)
{
  qsizetype slot = 0;
  while (slot < m_fields.size() && m_fields[slot].name != name.text)
    ++slot;
  if (slot == m_fields.size())
    m_fields.append({name.text, name.position, name.length});
  return std::make_unique<FieldNode>(int(slot));
}

const ExpressionToken &ExpressionParser::peek(std::size_t ahead) const
{
  return m_tokens[std::min(m_next + ahead, m_tokens.size() - 1)];
}

const ExpressionToken &ExpressionParser::take()
{
  const ExpressionToken &token = peek();
  if (token.kind != Kind::End)
    ++m_next;
  return token;
}

bool ExpressionParser::accept(Kind kind)
{
  if (peek().kind != kind)
    return false;
  take();
  return true;
}

void ExpressionParser::expect(Kind kind, QStringView spelling)
{
  if (!accept(kind))
    failExpected(spelling);
}

ExpressionNodePtr ExpressionParser::checked(ExpressionNodePtr node)
{
  if (node->depth() > kMaxDepth)
    failTooDeep();
  return node;
}

void ExpressionParser::fail(QString message, int position, int length)
{
  m_error = {std::move(message), position, length};
  throw Failure{};
}

void ExpressionParser::failTooDeep()
{
  fail(QCoreApplication::translate("rc::Expression", "expression too deeply nested at position %1")
           .arg(peek().position),
       peek().position, peek().length);
}

void ExpressionParser::failExpected(QStringView what)
{
  const ExpressionToken &found = peek();
  fail(QCoreApplication::translate("rc::Expression", "expected %1 at position %2")
           .arg(what)
           .arg(found.position),
       found.position, found.length);
}

} // namespace rc
