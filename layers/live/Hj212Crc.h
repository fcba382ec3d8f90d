#pragma once

#include <QByteArrayView>

namespace rc {

/// The CRC-16 of an HJ 212 data segment (the bytes between the 4-digit length and the CRC).
/// HJ 212 shifts the register right by 8 *before* mixing in each byte, so it is not the Modbus
/// CRC-16 that some public implementations use; the standard's own appendix examples decide.
/// Pure; any thread.
[[nodiscard]] quint16 hj212Crc(QByteArrayView dataSegment);

} // namespace rc
