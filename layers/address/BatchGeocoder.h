#pragma once

#include "address/AddressTypes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <map>

namespace rc {

class AddressIndex;

/// How one row of a batch came out.
enum class MatchStatus { Matched, Ambiguous, Unmatched };
[[nodiscard]] QString matchStatusKey(MatchStatus status); ///< "matched", "ambiguous", "unmatched"

/// What a batch did: rows per outcome, and per matched level within each outcome.
struct BatchSummary
{
  qint64 rows = 0;
  std::map<MatchStatus, std::map<AddressLevel, qint64>> byStatus;
  double seconds = 0;

  [[nodiscard]] qint64 count(MatchStatus status) const;
};

/// A batch that could not run or was cancelled (code Data); what() is a translated sentence naming
/// the file.
class BatchGeocodeError : public Error
{
public:
  enum class Reason { Read, Column, Write, Cancelled };
  BatchGeocodeError(Reason reason, const QString &message);
  [[nodiscard]] Reason reason() const { return m_reason; }

private:
  Reason m_reason;
};

/// Geocodes a column of a CSV file into a copy with rc_addr_code, rc_full_address, rc_lon, rc_lat,
/// rc_score, rc_matched_level and rc_status added. Reads UTF-8 (BOM or not) or, failing that,
/// GB18030 as Excel writes Chinese CSV; writes UTF-8 with a BOM so that Excel reads it back. The
/// output appears whole or not at all. Runs on the calling thread and spreads rows over the global
/// thread pool (the command line and the app's dialog call it from a worker).
class BatchGeocoder
{
  Q_DECLARE_TR_FUNCTIONS(rc::BatchGeocoder)

public:
  explicit BatchGeocoder(const AddressIndex &index) : m_index(index) {}

  /// The header row of a CSV file (for a column picker). Throws BatchGeocodeError(Read).
  [[nodiscard]] static QStringList columns(const QString &csvPath);

  /// Progress: rows done of the total.
  using Progress = std::function<void(qint64 done, qint64 total)>;
  /// Throws BatchGeocodeError; with `cancel` set it stops at the next chunk with Reason::Cancelled.
  BatchSummary run(const QString &inPath, const QString &column, const QString &outPath,
                   const Progress &progress = {}, const std::atomic_bool *cancel = nullptr) const;

private:
  const AddressIndex &m_index;
};

} // namespace rc
