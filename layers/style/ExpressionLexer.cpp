#include "style/ExpressionLexer.h"

#include <QCoreApplication>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

using Kind = ExpressionToken::Kind;

/// The code point at i, joining a surrogate pair, so that names may use any Unicode letter.
char32_t codePointAt(QStringView text, qsizetype i, qsizetype *units)
{
  if (i + 1 < text.size() && text[i].isHighSurrogate() && text[i + 1].isLowSurrogate()) {
    *units = 2;
    return QChar::surrogateToUcs4(text[i], text[i + 1]);
  }
  *units = 1;
  return text[i].unicode();
}

bool startsName(char32_t c)
{
  return c == U'_' || QChar::isLetter(c);
}

bool continuesName(char32_t c)
{
  return c == U'_' || QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

bool isDigit(QStringView text, qsizetype i)
{
  return i < text.size() && text[i] >= u'0' && text[i] <= u'9';
}

Kind keywordKind(QStringView name)
{
  static constexpr std::array<std::pair<QStringView, Kind>, 11> keywords{{
      {u"and", Kind::And},
      {u"or", Kind::Or},
      {u"not", Kind::Not},
      {u"is", Kind::Is},
      {u"null", Kind::Null},
      {u"in", Kind::In},
      {u"between", Kind::Between},
      {u"like", Kind::Like},
      {u"ilike", Kind::ILike},
      {u"true", Kind::True},
      {u"false", Kind::False},
  }};
  for (const auto &[keyword, kind] : keywords)
    if (keyword.compare(name, Qt::CaseInsensitive) == 0)
      return kind;
  return Kind::Identifier;
}

/// Reads up to the closing quote; a doubled quote stands for one. Returns the end past the
/// closing quote, or -1 when the text ends first.
qsizetype readQuoted(QStringView text, qsizetype open, QString &contents)
{
  const QChar quote = text[open];
  for (qsizetype i = open + 1; i < text.size(); ++i) {
    if (text[i] != quote) {
      contents += text[i];
      continue;
    }
    if (i + 1 < text.size() && text[i + 1] == quote) {
      contents += quote;
      ++i;
      continue;
    }
    return i + 1;
  }
  return -1;
}

qsizetype readName(QStringView text, qsizetype i)
{
  qsizetype units = 0;
  while (i < text.size() && continuesName(codePointAt(text, i, &units)))
    i += units;
  return i;
}

qsizetype readNumber(QStringView text, qsizetype i, bool *isReal)
{
  *isReal = false;
  while (isDigit(text, i))
    ++i;
  if (i < text.size() && text[i] == u'.') {
    *isReal = true;
    ++i;
    while (isDigit(text, i))
      ++i;
  }
  if (i < text.size() && (text[i] == u'e' || text[i] == u'E')) {
    const qsizetype digits =
        i + 1 < text.size() && (text[i + 1] == u'+' || text[i + 1] == u'-') ? i + 2 : i + 1;
    if (isDigit(text, digits)) {
      *isReal = true;
      i = digits;
      while (isDigit(text, i))
        ++i;
    }
  }
  return i;
}

/// The operator at i and its length in units, or End when none starts there.
std::pair<Kind, int> readOperator(QStringView text, qsizetype i)
{
  const char16_t c = text[i].unicode();
  const char16_t next = i + 1 < text.size() ? text[i + 1].unicode() : u'\0';
  switch (c) {
  case u'(':
    return {Kind::LeftParen, 1};
  case u')':
    return {Kind::RightParen, 1};
  case u',':
    return {Kind::Comma, 1};
  case u'+':
    return {Kind::Plus, 1};
  case u'-':
    return {Kind::Minus, 1};
  case u'*':
    return {Kind::Star, 1};
  case u'/':
    return {Kind::Slash, 1};
  case u'%':
    return {Kind::Percent, 1};
  case u'=':
    return {Kind::Equal, 1};
  case u'|':
    return next == u'|' ? std::pair{Kind::Concat, 2} : std::pair{Kind::End, 0};
  case u'!':
    return next == u'=' ? std::pair{Kind::NotEqual, 2} : std::pair{Kind::End, 0};
  case u'<':
    if (next == u'=')
      return {Kind::LessOrEqual, 2};
    return next == u'>' ? std::pair{Kind::NotEqual, 2} : std::pair{Kind::Less, 1};
  case u'>':
    return next == u'=' ? std::pair{Kind::GreaterOrEqual, 2} : std::pair{Kind::Greater, 1};
  default:
    return {Kind::End, 0};
  }
}

void fail(ExpressionError &error, QString message, qsizetype position, qsizetype length)
{
  error = {std::move(message), int(position), int(length)};
}

} // namespace

bool tokenizeExpression(QStringView text, std::vector<ExpressionToken> &tokens, ExpressionError &error)
{
  qsizetype i = 0;
  while (true) {
    while (i < text.size() && text[i].isSpace())
      ++i;
    ExpressionToken token;
    token.position = int(i);
    if (i == text.size()) {
      tokens.push_back(std::move(token));
      return true;
    }
    const QChar c = text[i];
    qsizetype units = 0;
    qsizetype end = i + 1;
    if (c == u'\'' || c == u'"') {
      token.kind = c == u'\'' ? Kind::String : Kind::QuotedIdentifier;
      end = readQuoted(text, i, token.text);
      if (end < 0) {
        fail(error,
             c == u'\'' ? QCoreApplication::translate("rc::Expression", "unterminated string")
                        : QCoreApplication::translate("rc::Expression", "unterminated quoted field name"),
             i, text.size() - i);
        return false;
      }
    } else if (isDigit(text, i) || (c == u'.' && isDigit(text, i + 1))) {
      bool isReal = false;
      end = readNumber(text, i, &isReal);
      const QString digits = text.sliced(i, end - i).toString();
      bool ok = false;
      if (!isReal)
        token.integer = digits.toLongLong(&ok);
      // Integers too large for 64 bits become reals rather than errors.
      token.kind = ok ? Kind::Integer : Kind::Real;
      if (!ok)
        token.real = digits.toDouble();
    } else if (startsName(codePointAt(text, i, &units))) {
      end = readName(text, i + units);
      token.text = text.sliced(i, end - i).toString();
      token.kind = keywordKind(token.text);
    } else if (c == u'$' && i + 1 < text.size() && startsName(codePointAt(text, i + 1, &units))) {
      end = readName(text, i + 1 + units);
      token.kind = Kind::Variable;
      token.text = text.sliced(i + 1, end - i - 1).toString();
    } else {
      const auto [kind, length] = readOperator(text, i);
      if (kind == Kind::End) {
        codePointAt(text, i, &units);
        fail(error,
             QCoreApplication::translate("rc::Expression", "unexpected character “%1” at position %2")
                 .arg(text.sliced(i, units).toString())
                 .arg(i),
             i, units);
        return false;
      }
      token.kind = kind;
      end = i + length;
    }
    token.length = int(end - i);
    tokens.push_back(std::move(token));
    i = end;
  }
}

} // namespace rc
