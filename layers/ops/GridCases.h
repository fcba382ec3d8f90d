#pragma once

#include "ops/EventCase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace rc {

class FeatureStore;
class GridEventIndex;

/// One open case of a grid: a case of the case desk (the workflow's store) or an open event of
/// the events layer (the city's event record: 12345, grid staff, sensors).
struct GridOpenCase
{
  enum class Origin : quint8 { Desk, Layer };
  Origin origin = Origin::Layer;
  qint64 caseId = 0;         ///< Desk: the case's id
  std::uint32_t feature = 0; ///< Layer: the event's feature in the events layer
  QString reference;         ///< the desk's case number, or the event's event_id
  QString eventClass, subclass;
  QString step; ///< the workflow step reached, for people
  QDateTime reportedAt, deadline;
  qint64 overdueSeconds = 0; ///< how long past its deadline; 0 when in time

  [[nodiscard]] bool isOverdue() const { return overdueSeconds > 0; }
};

/// A grid with its staff and its open cases, for the grid cases panel.
struct GridCasesReport
{
  bool found = false;            ///< false: the point lies in no grid
  std::uint32_t gridFeature = 0; ///< in the grids layer
  QString gridCode, community, town, district;
  QString staffName, staffPhone; ///< personal data: masked (PersonalDataMask) before it leaves the worker
  QList<GridOpenCase> cases;     ///< overdue first (longest overdue first), then newest first
  QDateTime asOf;                ///< the time "overdue" is measured at
};

/// Collects a grid's open cases. An event of the layer is open while it has no closed_at and its
/// status is not a finished step (核查结案, 综合评价, or a finished state's key); its deadline is
/// its report time plus its class's time limit, as on the dashboard. Pure; any thread.
class GridCaseFinder
{
  Q_DECLARE_TR_FUNCTIONS(rc::GridCaseFinder)

public:
  /// The grid covering the point (grids' CRS); the first in layer order on a shared edge.
  [[nodiscard]] static std::optional<std::uint32_t> gridAt(const FeatureStore &grids, double x, double y);
  /// The grid's particulars, staff masked, and the open events of `events` in it (through
  /// `index`, built over `events`; both may be null: no layer events).
  [[nodiscard]] static GridCasesReport report(const FeatureStore &grids, std::uint32_t grid,
                                              const FeatureStore *events, const GridEventIndex *index,
                                              const TimeLimits &limits, const QDateTime &asOf);
  /// Adds the open ones of the desk's cases that lie in the report's grid, then sorts the list.
  static void addDeskCases(GridCasesReport &report, const QList<EventCase> &cases);
  /// Overdue first, longest overdue first; then newest first.
  static void sort(QList<GridOpenCase> &cases);
  [[nodiscard]] static bool isOpenEvent(const FeatureStore &events, std::size_t feature);
};

} // namespace rc
