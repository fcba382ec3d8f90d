#pragma once

#include "live/FeedStatus.h"
#include "live/Hj212PacketAssembler.h"
#include "live/Hj212Parser.h"
#include "live/ReadingValidator.h"

#include <QCoreApplication>

#include <memory>

namespace rc {

/// Turns raw HJ 212 frames, from a TCP connection or an MQTT message, into pollutant readings:
/// parses and checks each frame against the catalog (MN, PW), joins split uploads, validates each
/// value and counts every rejection. Makes the reply a frame asks for (9014 for an upload, 9011
/// with the QnRtn of the fault otherwise). Owned by one feed; touched by its thread only.
class Hj212Intake
{
  Q_DECLARE_TR_FUNCTIONS(rc::Hj212Intake)

public:
  Hj212Intake(std::shared_ptr<const StationCatalog> catalog, FeedCounter &counter);

  struct Outcome
  {
    std::vector<PollutantReading> readings;
    QByteArray reply;      ///< empty when the frame asked for none, or could not be read enough to answer
    bool accepted = false; ///< the frame passed every check (its values may still be turned away)
  };

  /// One whole frame (## … CRLF).
  [[nodiscard]] Outcome accept(QByteArrayView frame, const QDateTime &now);
  /// Counts a piece the stream splitter already turned away.
  void reject(Hj212Rejection rejection, QByteArrayView bytes);
  /// Gives up on split uploads that stopped arriving; each counts as IncompleteUpload.
  void dropStaleUploads(const QDateTime &before);

private:
  void decode(const Hj212Frame &frame, const QDateTime &now, std::vector<PollutantReading> &readings);

  std::shared_ptr<const StationCatalog> m_catalog;
  FeedCounter &m_counter;
  Hj212Parser m_parser;
  ReadingValidator m_validator;
  Hj212PacketAssembler m_assembler;
};

} // namespace rc
