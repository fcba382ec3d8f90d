#pragma once

#include "ops/EventCase.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace rc {

class FeatureStore;

/// The events of one district or one class, counted.
struct EventGroup
{
  QString name;
  qint64 total = 0;
  qint64 open = 0;
  qint64 overdue = 0; ///< open and past the class's time limit at the reference time
  qint64 closed = 0;
  qint64 closedLate = 0; ///< closed after the time limit
  qint64 handled = 0;    ///< closed with both report and closing time
  double handlingSeconds = 0;
  std::vector<std::uint32_t> features; ///< ascending feature indices of the events layer

  /// Mean time from report to closing, in hours; NaN when nothing was closed.
  [[nodiscard]] double meanHandlingHours() const;
};

/// Cell sites counted per operator, frequency band and district.
struct CellSiteTable
{
  QStringList operators; ///< in the order first met
  QStringList bands;     ///< lowest frequency first ("700 MHz" before "2.6 GHz"); "" for sites without one
  QStringList districts; ///< in the order first met
  std::vector<std::vector<qint64>> counts;                  ///< [operator][district], every band
  std::vector<std::vector<std::vector<qint64>>> bandCounts; ///< [operator][band][district]

  /// Sites of an operator and band, every district.
  [[nodiscard]] qint64 total(int operatorIndex, int bandIndex) const;
  friend bool operator==(const CellSiteTable &, const CellSiteTable &) = default;
};

/// What the dashboard shows, computed from one snapshot of the layers. A plain value.
struct EventStatistics
{
  enum Flag : quint8 { Open = 1, Overdue = 2 };

  qint64 total = 0, open = 0, closed = 0, overdue = 0, closedLate = 0;
  QDateTime asOf;              ///< the reference time of "overdue" (UTC)
  QList<EventGroup> districts; ///< most events first
  QList<EventGroup> classes;   ///< most events first
  QDate trendEnd;              ///< the last day of the trend, Beijing time
  QList<qint64> trend;         ///< events reported per day, oldest first, ending at trendEnd
  CellSiteTable cellSites;
  bool selectionOnly = false;
  /// Per feature of the events layer: Flag bits (0 for features not aggregated).
  std::vector<quint8> featureFlags;

  /// Feature indices of `group` whose flags contain all of `flags`, ascending.
  [[nodiscard]] std::vector<std::uint32_t> featuresOf(const EventGroup &group, quint8 flags) const;
  /// Every aggregated feature whose flags contain all of `flags`, ascending.
  [[nodiscard]] std::vector<std::uint32_t> featuresWith(quint8 flags) const;
  [[nodiscard]] qint64 handled() const;
  /// Mean handling time over every class, in hours; NaN when nothing was closed.
  [[nodiscard]] double meanHandlingHours() const;
};

/// What one aggregation reads: immutable store snapshots, so a worker thread may read them.
struct DashboardInput
{
  std::shared_ptr<const FeatureStore> events; ///< event_id, class, reported_at, status, closed_at, district
  std::shared_ptr<const FeatureStore> cellSites; ///< operator, band, district; may be null
  std::vector<std::uint32_t> selection;          ///< of the events, used when selectionOnly
  std::vector<std::uint32_t> cellSiteSelection;  ///< of the cell sites, used when selectionOnly
  bool selectionOnly = false;
  TimeLimits limits;
  QDateTime asOf; ///< invalid: the end of the record (its latest report or closing time)
  int trendDays = 30;
};

/// Counts the events layer the way the operations dashboard shows it: per district and class,
/// open and closed (核查结案 and 综合评价, or a closing time, count as closed), overdue against
/// TimeLimits, mean handling time (closed_at − reported_at) and the daily trend; and the cell sites
/// per operator, band and district. Pure; any thread.
class DashboardAggregator
{
public:
  /// A band's frequency in MHz from its label ("700 MHz", "3.5 GHz"); NaN when it has none.
  [[nodiscard]] static double bandMegahertz(const QString &band);
  /// Returns nullopt when `cancel` became true on the way.
  [[nodiscard]] static std::optional<EventStatistics> aggregate(const DashboardInput &input,
                                                                const std::atomic_bool *cancel = nullptr);
  /// Whether a status value means the work is done.
  [[nodiscard]] static bool isClosedStatus(QStringView status);
};

} // namespace rc
