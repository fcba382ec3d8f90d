#pragma once

#include "live/FeedStatus.h"
#include "live/Readings.h"
#include "live/StationCatalog.h"

#include <QCoreApplication>

#include <chrono>
#include <memory>
#include <optional>

namespace rc {

/// A reason to turn a reading away and the sentence that explains it (translated).
struct ReadingFault
{
  FeedRejection reason;
  QString detail;
};

/// The checks every reading passes whatever feed brought it: a known station or monitoring point,
/// a time not in the future (beyond a tolerance for logger clocks), finite values. Immutable; any
/// thread.
class ReadingValidator
{
  Q_DECLARE_TR_FUNCTIONS(rc::ReadingValidator)

public:
  explicit ReadingValidator(std::shared_ptr<const StationCatalog> catalog,
                            std::chrono::seconds futureTolerance = std::chrono::minutes(5))
      : m_catalog(std::move(catalog)), m_futureTolerance(futureTolerance)
  {}

  [[nodiscard]] std::optional<ReadingFault> check(const HydroReading &reading, const QDateTime &now) const;
  [[nodiscard]] std::optional<ReadingFault> check(const PollutantReading &reading,
                                                  const QDateTime &now) const;

private:
  [[nodiscard]] std::optional<ReadingFault> checkTime(const QDateTime &tm, const QDateTime &now) const;

  std::shared_ptr<const StationCatalog> m_catalog;
  std::chrono::seconds m_futureTolerance;
};

} // namespace rc
