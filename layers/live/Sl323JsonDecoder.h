#pragma once

#include "live/ReadingValidator.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>

namespace rc {

/// Reads the SL 323-shaped JSON the hydrology loggers publish over MQTT: one object or an array of
/// objects, each `{"table": "ST_RIVER_R", "STCD": "...", "TM": "2024-07-29 08:00:00", "Z": 5.31,
/// "Q": 1200}` with the table's own columns (RZ/INQ/OTQ/W, DRP/INTV/DYP, TDZ/AIRP/HLTDMK). TM is
/// Beijing time unless it carries an offset. Numbers may come as JSON numbers or numeric strings.
/// Each bad object is one fault; the good ones in the same message are kept. Stateless; any thread.
class Sl323JsonDecoder
{
  Q_DECLARE_TR_FUNCTIONS(rc::Sl323JsonDecoder)

public:
  struct Result
  {
    std::vector<HydroReading> readings;
    QList<ReadingFault> faults;
  };

  /// A broker may pass on messages of up to 256 MB; parsing one as JSON would take several times
  /// that in memory. No logger's batch comes near this, so a larger payload is one Oversized fault.
  static constexpr qsizetype kMaxPayload = qsizetype(1) << 20;

  [[nodiscard]] static Result decode(QByteArrayView payload);
};

} // namespace rc
