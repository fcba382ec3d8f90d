#include "live/ReadingValidator.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

bool finite(std::initializer_list<std::optional<double>> values)
{
  return std::all_of(values.begin(), values.end(), [](const auto &v) { return !v || std::isfinite(*v); });
}

} // namespace

std::optional<ReadingFault> ReadingValidator::checkTime(const QDateTime &tm, const QDateTime &now) const
{
  if (!tm.isValid())
    return ReadingFault{FeedRejection::BadField, tr("the reading has no valid time")};
  if (now.secsTo(tm) > m_futureTolerance.count())
    return ReadingFault{FeedRejection::FutureTime,
                        tr("the reading's time %1 is in the future").arg(tm.toUTC().toString(Qt::ISODate))};
  return std::nullopt;
}

std::optional<ReadingFault> ReadingValidator::check(const HydroReading &r, const QDateTime &now) const
{
  if (!m_catalog->station(r.stcd))
    return ReadingFault{FeedRejection::UnknownStation, tr("no station has STCD “%1”").arg(r.stcd)};
  if (!finite({r.z, r.q, r.rz, r.inq, r.otq, r.w, r.drp, r.intv, r.dyp, r.tdz, r.airp}))
    return ReadingFault{FeedRejection::NotANumber,
                        tr("a value of station %1 is not a finite number").arg(r.stcd)};
  return checkTime(r.tm, now);
}

std::optional<ReadingFault> ReadingValidator::check(const PollutantReading &r, const QDateTime &now) const
{
  if (!m_catalog->monitoringPoint(r.mn))
    return ReadingFault{FeedRejection::UnknownMn, tr("no monitoring point has MN “%1”").arg(r.mn)};
  if (!finite({r.rtd, r.min, r.avg, r.max, r.cou}))
    return ReadingFault{FeedRejection::NotANumber,
                        tr("%1 of MN %2 is not a finite number").arg(r.code, r.mn)};
  return checkTime(r.tm, now);
}

} // namespace rc
