#pragma once

#include "geo/Crs.h"
#include "ops/EventCase.h"
#include "ops/GridCases.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QTableWidget;
class QToolButton;

namespace rc {

class FeatureStore;
class GridEventIndex;
class VectorLayer;

/// Click a grid, see who looks after it and what is open in it: the grid's code and place, its
/// staff (name and phone masked, as everywhere, until an audited unmask: the Unmask… button asks
/// for one and revealStaff() shows them), and its open cases, overdue ones first and in
/// red. The cases are the case desk's open cases of the grid together with the grid's open events
/// of the events layer (the city's record from 12345, grid staff and sensors, which the desk does
/// not hold): an operator asking "what is open here" means both. Double-clicking a case asks for
/// it to be shown (deskCaseActivated / eventActivated).
///
/// The grid is found and its events are collected on a worker from the layers' immutable stores;
/// the desk's cases come from the desk, which reads its database on its own worker. GUI thread.
class GridCasesPanel : public QWidget
{
  Q_OBJECT

public:
  using Clock = std::function<QDateTime()>;
  enum Column { Reference, Origin, Class, Step, Reported, Deadline, ColumnCount };

  explicit GridCasesPanel(QWidget *parent = nullptr);
  ~GridCasesPanel() override;

  void setGridsLayer(VectorLayer *grids);
  void setEventsLayer(VectorLayer *events);
  /// The events of `events` grouped by grid, when already built (the event map's); otherwise the
  /// first request builds one.
  void setEventIndex(std::shared_ptr<const GridEventIndex> index, std::shared_ptr<const FeatureStore> events);
  /// Every case of the desk; the open ones of the shown grid are listed.
  void setDeskCases(QList<EventCase> cases);
  /// "Now" for overdue (tests fix it); empty: the system clock.
  void setClock(Clock clock) { m_clock = std::move(clock); }
  void setTimeLimits(const TimeLimits &limits) { m_limits = limits; }

  /// Shows the grid under a point of the map, given in `crs`.
  void showAt(QPointF point, const Crs &crs);
  /// The grid shown, with its open cases as listed.
  [[nodiscard]] const GridCasesReport &report() const { return m_report; }
  [[nodiscard]] QTableWidget *table() const { return m_table; }
  [[nodiscard]] QString staffText() const;
  [[nodiscard]] QToolButton *unmaskButton() const { return m_unmaskButton; }
  /// The grid shown: its feature in `gridsStore()`, the grids store it was found in.
  [[nodiscard]] std::shared_ptr<const FeatureStore> gridsStore() const { return m_gridsStore; }
  /// Shows the staff of `grid` of `store` in clear: call only after the unmask is recorded. A grid
  /// no longer shown (another click came meanwhile) is left masked.
  void revealStaff(const std::shared_ptr<const FeatureStore> &store, std::uint32_t grid);
  [[nodiscard]] bool isBusy() const { return m_watcher != nullptr; }

signals:
  void deskCaseActivated(qint64 caseId);
  void eventActivated(std::uint32_t feature);
  /// A grid is shown (its feature in the grids layer).
  void gridShown(std::uint32_t feature);
  /// The click missed every grid, or there is no grids layer: a sentence for the message bar.
  void message(const QString &text);
  /// The operator asks to see the shown grid's staff in clear.
  void unmaskRequested(rc::VectorLayer *grids, std::shared_ptr<const rc::FeatureStore> store,
                       std::uint32_t grid);

protected:
  void changeEvent(QEvent *event) override;

private:
  struct Result
  {
    GridCasesReport report;
    std::shared_ptr<const FeatureStore> grids;
    std::shared_ptr<const GridEventIndex> index;
    std::shared_ptr<const FeatureStore> events;
    QString error;
  };
  void onFound();
  void fill();
  void retranslate();

  QPointer<VectorLayer> m_grids, m_events;
  std::shared_ptr<const GridEventIndex> m_index;
  std::shared_ptr<const FeatureStore> m_indexedEvents;
  QList<EventCase> m_deskCases;
  Clock m_clock;
  TimeLimits m_limits;
  GridCasesReport m_layerReport;                    ///< the grid and its layer events, from the worker
  GridCasesReport m_report;                         ///< and the desk's cases
  std::shared_ptr<const FeatureStore> m_gridsStore; ///< the store the shown grid was found in
  bool m_staffRevealed = false;
  std::unique_ptr<QFutureWatcher<Result>> m_watcher;
  QLabel *m_title;
  QLabel *m_staff;
  QToolButton *m_unmaskButton;
  QLabel *m_summary;
  QTableWidget *m_table;
};

} // namespace rc
