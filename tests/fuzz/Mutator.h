#pragma once

#include <QByteArray>

#include <random>
#include <vector>

namespace rc::fuzz {

/// Makes new inputs from a corpus by the byte-level mutations libFuzzer uses (erase, insert,
/// change a bit or byte, copy a part, cross over with another input, rewrite a number), stacked
/// a few at a time. Without coverage feedback, but seeded: the same seed and corpus give the same
/// inputs in the same order, so a failure of the ctest fuzz run replays exactly. Not thread-safe.
class Mutator
{
public:
  Mutator(std::vector<QByteArray> corpus, std::uint64_t seed, qsizetype maxSize);

  /// The next input: a corpus entry with one to eight mutations.
  [[nodiscard]] QByteArray next();

private:
  [[nodiscard]] std::size_t below(std::size_t bound); ///< uniform in [0, bound); bound > 0
  [[nodiscard]] char randomByte();
  void mutateOnce(QByteArray &input);
  void eraseBytes(QByteArray &input);
  void insertBytes(QByteArray &input);
  void changeBit(QByteArray &input);
  void changeByte(QByteArray &input);
  void copyPart(QByteArray &input);
  void crossOver(QByteArray &input);
  void rewriteNumber(QByteArray &input);

  std::vector<QByteArray> m_corpus;
  std::mt19937_64 m_random;
  qsizetype m_maxSize;
};

} // namespace rc::fuzz
