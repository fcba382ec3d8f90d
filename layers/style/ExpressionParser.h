#pragma once

#include "style/Expression.h"
#include "style/ExpressionLexer.h"

#include <optional>

namespace rc {

struct ParsedExpression
{
  ExpressionNodePtr root;
  QList<ExpressionFieldReference> fields; ///< distinct names; FieldNode slots index this list
};

/// Recursive-descent parser from expression text to a node tree, with SQL's precedence (see
/// Expression). Used once per parse on the caller's thread.
class ExpressionParser
{
public:
  /// The tree, or nullopt with the error filled.
  [[nodiscard]] static std::optional<ParsedExpression> parse(QStringView text, ExpressionError &error);

private:
  using Kind = ExpressionToken::Kind;
  /// Unwinds the descent once m_error is set, so that no error path can be forgotten.
  struct Failure
  {
  };
  /// Counts open parentheses, NOTs and minus signs, which recurse in the parser.
  class NestingGuard
  {
  public:
    explicit NestingGuard(ExpressionParser &parser);
    ~NestingGuard() { --m_parser.m_nesting; }
    NestingGuard(const NestingGuard &) = delete;
    NestingGuard &operator=(const NestingGuard &) = delete;

  private:
    ExpressionParser &m_parser;
  };

  ExpressionParser(std::vector<ExpressionToken> tokens, ExpressionError &error);

  ExpressionNodePtr parseExpression();
  ExpressionNodePtr parseLogical(Kind op);
  ExpressionNodePtr parseNot();
  ExpressionNodePtr parseComparison();
  ExpressionNodePtr parseConcat();
  ExpressionNodePtr parseAdditive();
  ExpressionNodePtr parseMultiplicative();
  ExpressionNodePtr parseUnary();
  ExpressionNodePtr parsePrimary();
  ExpressionNodePtr parseFunction(const ExpressionToken &name);
  ExpressionNodePtr parseField(const ExpressionToken &name);
  std::vector<ExpressionNodePtr> parseInList();

  [[nodiscard]] const ExpressionToken &peek(std::size_t ahead = 0) const;
  const ExpressionToken &take();
  bool accept(Kind kind);
  void expect(Kind kind, QStringView spelling);
  /// Rejects trees deeper than evaluation should recurse.
  ExpressionNodePtr checked(ExpressionNodePtr node);
  [[noreturn]] void fail(QString message, int position, int length);
  [[noreturn]] void failExpected(QStringView what);
  [[noreturn]] void failTooDeep();

  std::vector<ExpressionToken> m_tokens;
  std::size_t m_next = 0;
  int m_nesting = 0;
  ExpressionError &m_error;
  QList<ExpressionFieldReference> m_fields;
};

} // namespace rc
