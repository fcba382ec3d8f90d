#pragma once

#include "live/StationHistory.h"

#include <QFutureWatcher>
#include <QWidget>

#include <chrono>
#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QToolButton;

namespace rc {

class LiveModel;
class StationChart;

/// The station panel (a dock's content): the chart of one hydrological station, monitoring point or
/// enterprise over the last 24 h, 7 d or 30 d. The history is read on a worker thread from the
/// city GeoPackage and the live readings store; live readings of the shown station are appended
/// as the LiveModel receives them, moving the window on, without reading the history again. GUI
/// thread.
class StationPanel : public QWidget
{
  Q_OBJECT

public:
  explicit StationPanel(QWidget *parent = nullptr);
  ~StationPanel() override;

  /// Where history comes from; the catalog is read from the GeoPackage (on the worker) when null.
  void setSources(const HistorySources &sources);
  /// Follows the model's live readings from now on.
  void setLiveModel(const LiveModel *model);

  /// Shows a station's chart (queried on a worker; loaded() follows).
  void showStation(const StationRef &station);
  [[nodiscard]] std::optional<StationRef> station() const { return m_station; }
  /// 24 h, 7 d or 30 d: the window's length.
  void setWindowLength(std::chrono::hours length);
  /// Ends the window at a fixed time (the replay's), or with nullopt at the newest reading, which
  /// then follows live readings.
  void setWindowEnd(const std::optional<QDateTime> &end);

  [[nodiscard]] bool isLoading() const { return m_watcher.isRunning(); }
  [[nodiscard]] const StationSeries &series() const { return m_series; }
  [[nodiscard]] StationChart *chart() const { return m_chart; }
  [[nodiscard]] QString statusText() const;

public slots:
  /// Live readings: those of the shown station that are newer than its chart are appended.
  void addReadings(const rc::ReadingBatch &batch);

signals:
  void loaded();
  void failed(const QString &message);

protected:
  void changeEvent(QEvent *event) override;

private:
  struct Result
  {
    StationSeries series;
    std::shared_ptr<const StationCatalog> catalog;
    QString error;
  };

  void query();
  void onQueryFinished();
  void showPollutant(int index);
  void updateStatus();
  void retranslate();

  HistorySources m_sources;
  std::optional<StationRef> m_station;
  HistoryWindow m_window;
  StationSeries m_series;
  bool m_hasSeries = false;
  bool m_queryAgain = false;
  ReadingBatch m_waiting; ///< live readings that arrived during a query
  QString m_error;
  QFutureWatcher<Result> m_watcher;

  QLabel *m_title;
  QToolButton *m_dayButton;
  QToolButton *m_weekButton;
  QToolButton *m_monthButton;
  QButtonGroup *m_rangeGroup;
  QComboBox *m_pollutants;
  StationChart *m_chart;
  QLabel *m_status;
};

} // namespace rc
