#include "live/Hj212Crc.h"

#include <array>

namespace rc {

namespace {

// After `reg = (reg >> 8) ^ byte` the register holds at most 8 bits, so the eight shift-and-xor
// steps depend on that byte alone and fold into a table of the reflected 0xA001 polynomial.
constexpr std::array<quint16, 256> makeTable()
{
  std::array<quint16, 256> table{};
  for (unsigned i = 0; i < 256; ++i) {
    unsigned reg = i;
    for (int bit = 0; bit < 8; ++bit)
      reg = (reg & 1u) ? (reg >> 1) ^ 0xA001u : reg >> 1;
    table[i] = quint16(reg);
  }
  return table;
}

constexpr std::array<quint16, 256> kTable = makeTable();

} // namespace

quint16 hj212Crc(QByteArrayView dataSegment)
{
  quint16 reg = 0xFFFF;
  for (const char c : dataSegment)
    reg = kTable[(reg >> 8) ^ quint8(c)];
  return reg;
}

} // namespace rc
