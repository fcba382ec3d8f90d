#pragma once

#include "dashboard/DashboardStatistics.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>

class QChart;
class QChartView;
class QCheckBox;
class QLabel;

namespace rc {

class KpiPanel;
class LayerStack;
class MapCanvas;
class VectorLayer;

/// The operations dashboard: events per district and class, open and closed, overdue, mean
/// handling time, the 30-day trend, alarms by type and 5G sites per operator, band and district.
/// It finds the `events` and `cell_sites` layers in the stack by table name and aggregates their
/// store snapshots on a worker (DashboardAggregator) whenever their data or, in "selection only"
/// mode, their selection changes. Clicking a bar or slice selects those events or sites on the map
/// and zooms to them. Lends the stack and canvas; GUI thread.
class DashboardPanel : public QWidget
{
  Q_OBJECT

public:
  /// The grouping a chart category belongs to, for selectEvents().
  enum class Grouping { Districts, Classes };
  /// Which events of a category a chart part stands for.
  enum class Part { All, Open, Closed, OpenInTime, Overdue };

  DashboardPanel(LayerStack *layers, MapCanvas *canvas, QWidget *parent = nullptr);
  ~DashboardPanel() override;

  [[nodiscard]] const EventStatistics &statistics() const { return m_stats; }
  [[nodiscard]] bool isAggregating() const { return m_watcher.isRunning(); }
  [[nodiscard]] VectorLayer *eventsLayer() const;
  [[nodiscard]] KpiPanel *kpis() const { return m_kpis; }
  [[nodiscard]] QChart *chart(const QString &objectName) const;
  [[nodiscard]] TimeLimits &timeLimits() { return m_limits; }

  void setSelectionOnly(bool on);
  [[nodiscard]] bool selectionOnly() const;
  /// Open alarms per type (already translated), from the live feeds; empty hides the figures.
  void setAlarmCounts(const QList<QPair<QString, qint64>> &counts);
  void setDarkTheme(bool dark);

public slots:
  /// Aggregates again now (the usual trigger is a change of the layers).
  void refresh();
  /// Selects the `part` of the events of group `index` (a district or class of statistics(); -1:
  /// every aggregated event) in the events layer and zooms the map to them.
  void selectEvents(rc::DashboardPanel::Grouping grouping, int index, rc::DashboardPanel::Part part);
  /// Selects the cell sites of an operator and band (-1: every band) in a district (indices into
  /// statistics().cellSites).
  void selectCellSites(int operatorIndex, int bandIndex, int districtIndex);

signals:
  void statisticsChanged();
  /// Events were selected from a chart: how many.
  void eventsSelected(qint64 count);

protected:
  void changeEvent(QEvent *event) override;

private:
  [[nodiscard]] VectorLayer *layerByTable(const QString &table) const;
  void watchLayers();
  void scheduleRefresh();
  void onAggregated();
  void applyTheme();
  void rebuildCharts();
  /// The charts and figures of the events.
  void rebuildEventCharts();
  void rebuildAlarmChart();
  void rebuildCellSiteChart();
  static void clearChart(QChart *chart);
  void styleChart(QChart *chart, const QString &title) const;
  void select(VectorLayer *layer, std::vector<std::uint32_t> features);
  void retranslate();

  QPointer<LayerStack> m_layers;
  QPointer<MapCanvas> m_canvas;
  KpiPanel *m_kpis;
  QCheckBox *m_selectionOnly;
  QLabel *m_status;
  QList<QChartView *> m_views;
  QTimer m_refreshTimer;
  QFutureWatcher<std::optional<EventStatistics>> m_watcher;
  std::shared_ptr<std::atomic_bool> m_cancel;
  bool m_pending = false;
  const FeatureStore *m_aggregatedEvents = nullptr;
  const FeatureStore *m_aggregatedSites = nullptr;
  EventStatistics m_stats;
  TimeLimits m_limits;
  QList<QPair<QString, qint64>> m_alarms;
  bool m_dark = false;
  QList<QMetaObject::Connection> m_layerConnections;
};

} // namespace rc
