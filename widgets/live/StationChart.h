#pragma once

#include "live/StationHistory.h"

#include <QChartView>

#include <chrono>

class QAreaSeries;
class QCategoryAxis;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QValueAxis;

namespace rc {

/// A station's chart: the level (Z, RZ or TDZ) against horizontal warning (警戒水位) and guaranteed
/// (保证水位) levels or a reservoir's flood limit, hourly rainfall as bars, or one pollutant of a
/// monitoring point against its limits; time on a locale-formatted axis spanning exactly the
/// window, with ticks on whole local hours or days. Displays a StationSeries and computes only axis ranges.
/// GUI thread; owned by the station panel.
class StationChart : public QChartView
{
  Q_OBJECT

public:
  explicit StationChart(QWidget *parent = nullptr);

  /// Shows the series; for an ecology source, the pollutant at index `pollutant` of it.
  void setSeries(const StationSeries &series, int pollutant = 0);
  /// Brings the chart up to date after StationSeries::append() changed `change` (and maybe slid
  /// the window), redrawing only that line.
  void updateLive(const StationSeries &series, StationSeries::Change change);

  // What is drawn, for tests and the panel; null when the series has no such part.
  [[nodiscard]] QLineSeries *levelLine() const { return m_level; }
  [[nodiscard]] QLineSeries *warningLine() const { return m_warning; }
  [[nodiscard]] QLineSeries *guaranteedLine() const { return m_guaranteed; }
  [[nodiscard]] QLineSeries *floodLimitLine() const { return m_floodLimit; }
  [[nodiscard]] QAreaSeries *rainfallBars() const { return m_rainfall; }
  /// A rainfall station's running total over the window.
  [[nodiscard]] QLineSeries *accumulatedRainfallLine() const { return m_rainTotal; }
  [[nodiscard]] QLineSeries *pollutantLine() const { return m_pollutant; }
  [[nodiscard]] QLineSeries *upperLimitLine() const { return m_upperLimit; }
  [[nodiscard]] QLineSeries *lowerLimitLine() const { return m_lowerLimit; }
  [[nodiscard]] qsizetype rainfallBarCount() const;
  /// Time as ms since the epoch, labelled at whole local hours or days.
  [[nodiscard]] QCategoryAxis *timeAxis() const { return m_timeAxis; }
  [[nodiscard]] QValueAxis *valueAxis() const { return m_valueAxis; }

  /// The display name and unit of an HJ 212 pollutant code ("w01018" → 化学需氧量, mg/L).
  [[nodiscard]] static QString pollutantName(const QString &code);
  [[nodiscard]] static QString pollutantUnit(const QString &code);

protected:
  void changeEvent(QEvent *event) override;

private:
  void rebuild();
  void fillLines();
  void updateAxes();
  void placeThresholdLabels();
  QLineSeries *addLine(const QString &name, const QColor &color, qreal width, Qt::PenStyle style);
  QLineSeries *addThreshold(const QString &name, double value, const QColor &color, qreal width,
                            Qt::PenStyle style);
  void fillRainfall();

  StationSeries m_series;
  int m_pollutantIndex = 0;
  QCategoryAxis *m_timeAxis = nullptr;
  QValueAxis *m_valueAxis = nullptr;
  QValueAxis *m_rainAxis = nullptr;
  QValueAxis *m_totalAxis = nullptr;
  QLineSeries *m_level = nullptr;
  QLineSeries *m_warning = nullptr;
  QLineSeries *m_guaranteed = nullptr;
  QLineSeries *m_floodLimit = nullptr;
  QAreaSeries *m_rainfall = nullptr;
  QLineSeries *m_rainTop = nullptr; ///< the bars' outline, owned by m_rainfall
  QLineSeries *m_rainTotal = nullptr;
  QLineSeries *m_pollutant = nullptr;
  QLineSeries *m_upperLimit = nullptr;
  QLineSeries *m_lowerLimit = nullptr;
  /// Value labels drawn on the threshold lines, with the line each belongs to.
  QList<std::pair<QLineSeries *, QGraphicsSimpleTextItem *>> m_labels;
};

} // namespace rc
