#include "Mutator.h"

#include <algorithm>
#include <array>

namespace rc::fuzz {

namespace {

/// Bytes and numbers at the edges where parsers go wrong: signs, terminators, field separators
/// of the formats (HJ 212, CSV, JSON, XML) and the limits of the integer types.
constexpr std::array<char, 16> kSpecialBytes{'\0', '\xff', '\x7f', '\x80', '\r', '\n', ',', ';',
                                             '=',  '&',    '"',    '{',    '}',  '<',  '-', '#'};
constexpr std::array<const char *, 12> kSpecialNumbers{"0",
                                                       "-1",
                                                       "65535",
                                                       "2147483647",
                                                       "-2147483648",
                                                       "4294967296",
                                                       "1e308",
                                                       "9999999999",
                                                       "1.7976931348623157e309",
                                                       "9223372036854775807",
                                                       "nan",
                                                       "-0"};

} // namespace

Mutator::Mutator(std::vector<QByteArray> corpus, std::uint64_t seed, qsizetype maxSize)
    : m_corpus(std::move(corpus)), m_random(seed), m_maxSize(maxSize)
{
  if (m_corpus.empty())
    m_corpus.emplace_back();
}

QByteArray Mutator::next()
{
  QByteArray input = m_corpus[below(m_corpus.size())];
  const std::size_t mutations = 1 + below(8);
  for (std::size_t m = 0; m < mutations; ++m)
    mutateOnce(input);
  if (input.size() > m_maxSize)
    input.truncate(m_maxSize);
  return input;
}

std::size_t Mutator::below(std::size_t bound)
{
  return std::uniform_int_distribution<std::size_t>(0, bound - 1)(m_random);
}

char Mutator::randomByte()
{
  return below(2) == 0 ? kSpecialBytes[below(kSpecialBytes.size())] : char(below(256));
}

void Mutator::mutateOnce(QByteArray &input)
{
  switch (below(7)) {
  case 0:
    eraseBytes(input);
    break;
  case 1:
    insertBytes(input);
    break;
  case 2:
    changeBit(input);
    break;
  case 3:
    changeByte(input);
    break;
  case 4:
    copyPart(input);
    break;
  case 5:
    crossOver(input);
    break;
  default:
    rewriteNumber(input);
    break;
  }
}

void Mutator::eraseBytes(QByteArray &input)
{
  if (input.isEmpty())
    return;
  const std::size_t at = below(std::size_t(input.size()));
  input.remove(qsizetype(at),
               qsizetype(1 + below(std::min<std::size_t>(16, std::size_t(input.size()) - at))));
}

void Mutator::insertBytes(QByteArray &input)
{
  const qsizetype at = qsizetype(below(std::size_t(input.size()) + 1));
  // Mostly one byte; sometimes a run of one byte, as in a padded or flooding field.
  const qsizetype count = below(4) == 0 ? qsizetype(1 + below(128)) : 1;
  input.insert(at, count, randomByte());
}

void Mutator::changeBit(QByteArray &input)
{
  if (input.isEmpty())
    return;
  const std::size_t at = below(std::size_t(input.size()));
  input[qsizetype(at)] = char(input[qsizetype(at)] ^ (1 << below(8)));
}

void Mutator::changeByte(QByteArray &input)
{
  if (input.isEmpty())
    return;
  input[qsizetype(below(std::size_t(input.size())))] = randomByte();
}

void Mutator::copyPart(QByteArray &input)
{
  if (input.isEmpty())
    return;
  const std::size_t from = below(std::size_t(input.size()));
  const QByteArray part = input.mid(qsizetype(from), qsizetype(1 + below(64)));
  input.insert(qsizetype(below(std::size_t(input.size()) + 1)), part);
}

void Mutator::crossOver(QByteArray &input)
{
  const QByteArray &other = m_corpus[below(m_corpus.size())];
  if (other.isEmpty())
    return;
  const std::size_t from = below(std::size_t(other.size()));
  const QByteArray part = other.mid(qsizetype(from), qsizetype(1 + below(256)));
  const qsizetype at = qsizetype(below(std::size_t(input.size()) + 1));
  // Either splice the part in or overwrite with it, as libFuzzer's CrossOver and CopyPart do.
  if (below(2) == 0)
    input.insert(at, part);
  else
    input.replace(at, std::min(part.size(), input.size() - at), part);
}

void Mutator::rewriteNumber(QByteArray &input)
{
  // A run of digits (with its sign) becomes another number: lengths, counts, CRCs, coordinates
  // and indexes are what hostile files lie about.
  std::vector<qsizetype> digits;
  for (qsizetype i = 0; i < input.size(); ++i) {
    if (input[i] >= '0' && input[i] <= '9' && (i == 0 || input[i - 1] < '0' || input[i - 1] > '9'))
      digits.push_back(i);
  }
  if (digits.empty()) {
    insertBytes(input);
    return;
  }
  const qsizetype start = digits[below(digits.size())];
  qsizetype end = start;
  while (end < input.size() && input[end] >= '0' && input[end] <= '9')
    ++end;
  const QByteArray number = below(2) == 0 ? QByteArray(kSpecialNumbers[below(kSpecialNumbers.size())])
                                          : QByteArray::number(qint64(m_random()) >> below(64));
  input.replace(start, end - start, number);
}

} // namespace rc::fuzz
