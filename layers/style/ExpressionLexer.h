#pragma once

#include "style/Expression.h"

#include <QString>
#include <QStringView>

#include <vector>

namespace rc {

/// One token of expression text. Positions and lengths are in UTF-16 code units, as QString and
/// the editing widgets count them.
struct ExpressionToken
{
  enum class Kind : quint8 {
    End,
    Integer,
    Real,
    String,
    Identifier,       ///< a bare name: a field, or a function when "(" follows
    QuotedIdentifier, ///< a "double-quoted" field name
    Variable,         ///< $name
    LeftParen,
    RightParen,
    Comma,
    Plus,
    Minus,
    Star,
    Slash,
    Percent,
    Concat,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    And,
    Or,
    Not,
    Is,
    Null,
    In,
    Between,
    Like,
    ILike,
    True,
    False,
  };

  Kind kind = Kind::End;
  int position = 0;
  int length = 0;
  QString text; ///< the name, the string's contents without quotes, or the variable's name
  qint64 integer = 0;
  double real = 0;
};

/// Splits expression text into tokens, ending with an End token. On a malformed token (an
/// unterminated string, a stray character) returns false and fills the error.
[[nodiscard]] bool tokenizeExpression(QStringView text, std::vector<ExpressionToken> &tokens,
                                      ExpressionError &error);

} // namespace rc
