#include "live/StationChart.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QEvent>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QRegularExpression>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

const QColor kLevelColor(31, 95, 168);
const QColor kWarningColor(232, 137, 12);
const QColor kGuaranteedColor(214, 39, 40);
const QColor kRainColor(78, 121, 167);
const QColor kPollutantColor(106, 61, 154);
const QColor kRainTotalColor(0, 128, 96);

QFont chartFont(int pointSize, bool bold = false)
{
  // The CJK face the labels of the map use; without it Chinese falls back to whatever fontconfig finds.
  QFont font(u"Noto Sans CJK SC"_s);
  font.setPointSize(pointSize);
  font.setBold(bold);
  return font;
}

/// The locale's short date without the year ("yyyy/M/d" → "M/d", "dd.MM.yy" → "dd.MM").
QString monthDayFormat(const QLocale &locale)
{
  static const QRegularExpression year(u"[^dM]?y+[^dM]?"_s);
  QString format = locale.dateFormat(QLocale::ShortFormat);
  format.remove(year);
  return format.isEmpty() ? u"M/d"_s : format;
}

/// Tick spacing for a window: every 4 hours for a day, daily for a week, every 5 days beyond.
qint64 tickStep(qint64 lengthMs)
{
  if (lengthMs <= 2 * kDayMs)
    return 4 * kHourMs;
  if (lengthMs <= 10 * kDayMs)
    return kDayMs;
  return 5 * kDayMs;
}

/// `ms` moved back to a multiple of `step` counted from local midnight.
qint64 floorLocal(qint64 ms, qint64 step)
{
  const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms);
  const qint64 midnight = QDateTime(local.date(), QTime(0, 0)).toMSecsSinceEpoch();
  if (step >= kDayMs)
    return midnight;
  return midnight + (ms - midnight) / step * step;
}

QString levelText(double value)
{
  return QLocale().toString(value, 'f', 2);
}

} // namespace

StationChart::StationChart(QWidget *parent) : QChartView(new QChart, parent)
{
  setRenderHint(QPainter::Antialiasing);
  setMinimumSize(320, 240);
  QChart *c = chart();
  c->setBackgroundRoundness(0);
  c->setMargins(QMargins(4, 4, 4, 4));
  c->legend()->setAlignment(Qt::AlignBottom);
  c->legend()->setFont(chartFont(9));
  connect(c, &QChart::plotAreaChanged, this, &StationChart::placeThresholdLabels);
}

QString StationChart::pollutantName(const QString &code)
{
  static const QHash<QString, const char *> names{
      {u"w00000"_s, QT_TR_NOOP("Wastewater flow")},        {u"w01001"_s, QT_TR_NOOP("pH")},
      {u"w01018"_s, QT_TR_NOOP("Chemical oxygen demand")}, {u"w21003"_s, QT_TR_NOOP("Ammonia nitrogen")},
      {u"w21011"_s, QT_TR_NOOP("Total phosphorus")},       {u"w21001"_s, QT_TR_NOOP("Total nitrogen")},
      {u"a00000"_s, QT_TR_NOOP("Flue gas flow")},          {u"a34013"_s, QT_TR_NOOP("Particulate matter")},
      {u"a21026"_s, QT_TR_NOOP("Sulphur dioxide")},        {u"a21002"_s, QT_TR_NOOP("Nitrogen oxides")},
  };
  const auto it = names.constFind(code);
  return it == names.constEnd() ? code : tr(*it);
}

QString StationChart::pollutantUnit(const QString &code)
{
  if (code == u"w01001"_s)
    return {};
  if (code == u"w00000"_s)
    return u"L/s"_s;
  if (code == u"a00000"_s)
    return u"m³/s"_s;
  return code.startsWith(u'a') ? u"mg/m³"_s : u"mg/L"_s;
}

void StationChart::setSeries(const StationSeries &series, int pollutant)
{
  m_series = series;
  m_pollutantIndex = pollutant;
  rebuild();
}

void StationChart::updateLive(const StationSeries &series, StationSeries::Change change)
{
  m_series = series;
  if (change == StationSeries::Change::None)
    return;
  if ((change == StationSeries::Change::Rainfall && !m_rainfall) ||
      (change == StationSeries::Change::Level && !m_level) ||
      (change == StationSeries::Change::Pollutant && !m_pollutant)) {
    // The first reading of a part the chart had nothing for.
    rebuild();
    return;
  }
  if (change == StationSeries::Change::Rainfall)
    fillRainfall();
  fillLines();
  updateAxes();
}

qsizetype StationChart::rainfallBarCount() const
{
  return m_rainTop ? m_rainTop->count() / 4 : 0;
}

QLineSeries *StationChart::addLine(const QString &name, const QColor &color, qreal width, Qt::PenStyle style)
{
  auto *line = new QLineSeries;
  line->setName(name);
  QPen pen(color, width, style);
  pen.setCapStyle(Qt::FlatCap);
  line->setPen(pen);
  chart()->addSeries(line);
  line->attachAxis(m_timeAxis);
  line->attachAxis(m_valueAxis);
  return line;
}

QLineSeries *StationChart::addThreshold(const QString &name, double value, const QColor &color, qreal width,
                                        Qt::PenStyle style)
{
  QLineSeries *line = addLine(name, color, width, style);
  auto *label = new QGraphicsSimpleTextItem(name, chart());
  label->setFont(chartFont(8, true));
  label->setBrush(color.darker(115));
  label->setZValue(10);
  m_labels.append({line, label});
  line->setProperty("threshold", value);
  return line;
}

void StationChart::rebuild()
{
  QChart *c = chart();
  for (const auto &[line, label] : std::as_const(m_labels))
    delete label;
  m_labels.clear();
  c->removeAllSeries();
  for (QAbstractAxis *axis : c->axes()) {
    c->removeAxis(axis);
    delete axis;
  }
  m_level = m_warning = m_guaranteed = m_floodLimit = m_rainTop = m_pollutant = m_upperLimit = m_lowerLimit =
      nullptr;
  m_rainfall = nullptr;
  m_rainTotal = nullptr;
  m_rainAxis = m_totalAxis = nullptr;

  const StationSeries &s = m_series;
  const bool ecology = s.station.kind != StationRef::Kind::Hydro;
  const bool hasLevel = !ecology && (!s.level.isEmpty() || (s.sttp != u"PP"_s && s.rainfall.isEmpty()));
  const bool hasRain = !ecology && !s.rainfall.isEmpty();

  m_timeAxis = new QCategoryAxis;
  m_timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
  m_timeAxis->setLabelsFont(chartFont(9));
  m_timeAxis->setTitleFont(chartFont(9));
  c->addAxis(m_timeAxis, Qt::AlignBottom);
  m_valueAxis = new QValueAxis;
  m_valueAxis->setLabelsFont(chartFont(9));
  m_valueAxis->setTitleFont(chartFont(9));
  c->addAxis(m_valueAxis, Qt::AlignLeft);
  connect(m_valueAxis, &QValueAxis::rangeChanged, this, &StationChart::placeThresholdLabels);

  if (hasRain) {
    QValueAxis *axis = m_valueAxis;
    if (hasLevel) {
      m_rainAxis = new QValueAxis;
      m_rainAxis->setLabelsFont(chartFont(9));
      m_rainAxis->setTitleFont(chartFont(9));
      m_rainAxis->setGridLineVisible(false);
      c->addAxis(m_rainAxis, Qt::AlignRight);
      axis = m_rainAxis;
    }
    axis->setTitleText(tr("Rainfall (mm)"));
    axis->setLabelFormat(u"%.0f"_s);
    m_rainTop = new QLineSeries;
    m_rainfall = new QAreaSeries(m_rainTop);
    m_rainfall->setName(tr("Hourly rainfall"));
    QColor fill = kRainColor;
    fill.setAlpha(hasLevel ? 120 : 200);
    m_rainfall->setBrush(fill);
    m_rainfall->setPen(QPen(kRainColor.darker(120), 0.6));
    c->addSeries(m_rainfall);
    m_rainfall->attachAxis(m_timeAxis);
    m_rainfall->attachAxis(axis);
    if (!hasLevel) {
      // A rainfall station's chart also answers "how much so far", which alarms judge by.
      m_totalAxis = new QValueAxis;
      m_totalAxis->setLabelsFont(chartFont(9));
      m_totalAxis->setTitleFont(chartFont(9));
      m_totalAxis->setGridLineVisible(false);
      m_totalAxis->setLabelFormat(u"%.0f"_s);
      m_totalAxis->setTitleText(tr("Accumulated rainfall (mm)"));
      c->addAxis(m_totalAxis, Qt::AlignRight);
      m_rainTotal = new QLineSeries;
      m_rainTotal->setName(tr("Accumulated rainfall"));
      m_rainTotal->setPen(QPen(kRainTotalColor, 1.8));
      c->addSeries(m_rainTotal);
      m_rainTotal->attachAxis(m_timeAxis);
      m_rainTotal->attachAxis(m_totalAxis);
    }
    fillRainfall();
  }

  if (hasLevel) {
    QString name = tr("Water level");
    if (s.levelTable == HydroTable::Reservoir)
      name = tr("Reservoir level");
    else if (s.levelTable == HydroTable::Tide)
      name = tr("Tide level");
    m_valueAxis->setTitleText(tr("%1 (m)").arg(name));
    m_valueAxis->setLabelFormat(u"%.2f"_s);
    if (s.levelTable == HydroTable::Reservoir && !s.floodLimit.isEmpty()) {
      m_floodLimit = addThreshold(tr("Flood limit level %1 m").arg(levelText(s.floodLimit.back().y())),
                                  s.floodLimit.back().y(), kWarningColor, 1.6, Qt::DashLine);
    }
    if (s.wrz)
      m_warning = addThreshold(tr("Warning level %1 m").arg(levelText(*s.wrz)), *s.wrz, kWarningColor, 1.6,
                               Qt::DashLine);
    if (s.grz)
      m_guaranteed = addThreshold(tr("Guaranteed level %1 m").arg(levelText(*s.grz)), *s.grz,
                                  kGuaranteedColor, 1.6, Qt::DashLine);
    m_level = addLine(name, kLevelColor, 2.0, Qt::SolidLine);
  } else if (!hasRain && !ecology) {
    m_valueAxis->setTitleText(tr("Rainfall (mm)"));
  }

  if (ecology && m_pollutantIndex >= 0 && m_pollutantIndex < s.pollutants.size()) {
    const PollutantSeries &p = s.pollutants[m_pollutantIndex];
    const QString unit = pollutantUnit(p.code);
    const QString name = pollutantName(p.code);
    m_valueAxis->setTitleText(unit.isEmpty() ? name : tr("%1 (%2)").arg(name, unit));
    m_valueAxis->setLabelFormat(p.code == u"w01001"_s ? u"%.1f"_s : u"%.2f"_s);
    const auto limitText = [](double v) { return QLocale().toString(v, 'g', 6); };
    if (p.limit && p.limit->upper)
      m_upperLimit = addThreshold(p.limit->lower ? tr("Upper limit %1").arg(limitText(*p.limit->upper))
                                                 : tr("Discharge limit %1").arg(limitText(*p.limit->upper)),
                                  *p.limit->upper, kGuaranteedColor, 1.6, Qt::DashLine);
    if (p.limit && p.limit->lower)
      m_lowerLimit = addThreshold(tr("Lower limit %1").arg(limitText(*p.limit->lower)), *p.limit->lower,
                                  kGuaranteedColor, 1.6, Qt::DashLine);
    m_pollutant = addLine(name, kPollutantColor, 1.8, Qt::SolidLine);
  } else if (ecology) {
    m_valueAxis->setTitleText(tr("Value"));
  }

  // Line markers in the legend are short strokes; the threshold values are in their names.
  for (QLegendMarker *marker : c->legend()->markers())
    marker->setFont(chartFont(9));
  fillLines();
  updateAxes();
}

void StationChart::fillLines()
{
  const StationSeries &s = m_series;
  const double from = double(s.from.toMSecsSinceEpoch()), to = double(s.to.toMSecsSinceEpoch());
  if (m_level)
    m_level->replace(s.level);
  if (m_pollutant && m_pollutantIndex < s.pollutants.size())
    m_pollutant->replace(s.pollutants[m_pollutantIndex].values);
  if (m_floodLimit)
    m_floodLimit->replace(s.floodLimit);
  for (QLineSeries *line : {m_warning, m_guaranteed, m_upperLimit, m_lowerLimit})
    if (line) {
      const double value = line->property("threshold").toDouble();
      line->replace({QPointF(from, value), QPointF(to, value)});
    }
}

void StationChart::fillRainfall()
{
  if (!m_rainTop)
    return;
  // Each hour a bar ending at the hour's end. Up to a week a bar is a few pixels wide and keeps a
  // gap to its neighbour; over a month a gap would be thinner than a pixel and only shimmer.
  const bool gaps = m_series.to.toMSecsSinceEpoch() - m_series.from.toMSecsSinceEpoch() <= 8 * kDayMs;
  const double inset = gaps ? 0.1 * kHourMs : 0;
  QList<QPointF> outline, total;
  outline.reserve(m_series.rainfall.size() * 4);
  double highest = 0, sum = 0;
  for (const QPointF &hour : m_series.rainfall) {
    const double left = hour.x() - kHourMs + inset, right = hour.x() - inset;
    outline << QPointF(left, 0) << QPointF(left, hour.y()) << QPointF(right, hour.y()) << QPointF(right, 0);
    highest = std::max(highest, hour.y());
    sum += hour.y();
    total << QPointF(hour.x(), sum);
  }
  m_rainTop->replace(outline);
  if (m_rainTotal) {
    m_rainTotal->replace(total);
    m_totalAxis->setRange(0, std::max(10.0, sum * 1.1));
    m_totalAxis->applyNiceNumbers();
  }
  QValueAxis *axis = m_rainAxis ? m_rainAxis : m_valueAxis;
  axis->setRange(0, std::max(10.0, highest * 1.15));
  axis->applyNiceNumbers();
}

void StationChart::updateAxes()
{
  const StationSeries &s = m_series;
  const qint64 from = s.from.toMSecsSinceEpoch(), to = s.to.toMSecsSinceEpoch();
  const qint64 step = tickStep(to - from);
  // A category axis rather than a date-time one: its ticks can sit on local midnights (or every
  // 4 h) while the axis spans exactly the window; the date-time axis spaces ticks from its ends.
  for (const QString &label : m_timeAxis->categoriesLabels())
    m_timeAxis->remove(label);
  m_timeAxis->setRange(double(from), double(to));
  m_timeAxis->setStartValue(double(from));
  const QLocale locale;
  const QString dayFormat = monthDayFormat(locale), timeFormat = locale.timeFormat(QLocale::ShortFormat);
  // Ticks strictly after the start, so a window of exactly a day never has one label twice.
  for (qint64 tick = floorLocal(from, step) + step; tick <= to; tick += step) {
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(tick);
    // Midnight carries the date; other ticks of a day's window the time.
    const bool midnight = time.time() == QTime(0, 0);
    m_timeAxis->append(locale.toString(time, midnight ? dayFormat : timeFormat), double(tick));
  }
  m_timeAxis->setTitleText(
      tr("%1 – %2").arg(locale.toString(QDateTime::fromMSecsSinceEpoch(from), QLocale::ShortFormat),
                        locale.toString(QDateTime::fromMSecsSinceEpoch(to), QLocale::ShortFormat)));

  // The value range holds the data and every threshold line, so the lines are always in view.
  double low = std::numeric_limits<double>::infinity(), high = -low;
  const auto include = [&](double v) {
    low = std::min(low, v);
    high = std::max(high, v);
  };
  const QList<QPointF> *values = m_level ? &s.level : nullptr;
  if (m_pollutant && m_pollutantIndex < s.pollutants.size())
    values = &s.pollutants[m_pollutantIndex].values;
  if (values)
    for (const QPointF &p : *values)
      include(p.y());
  for (QLineSeries *line : {m_warning, m_guaranteed, m_upperLimit, m_lowerLimit, m_floodLimit})
    if (line)
      include(line->property("threshold").toDouble());
  if (!values && !m_rainfall)
    return;
  if (!std::isfinite(low)) {
    if (!m_rainfall || m_rainAxis)
      m_valueAxis->setRange(0, 1);
  } else {
    const double pad = std::max(0.08 * (high - low), m_pollutant ? 0.05 * std::abs(high) + 0.01 : 0.25);
    m_valueAxis->setRange(low - pad, high + pad);
    m_valueAxis->applyNiceNumbers();
  }
  placeThresholdLabels();
}

void StationChart::placeThresholdLabels()
{
  const QRectF plot = chart()->plotArea();
  if (plot.isEmpty() || !m_valueAxis)
    return;
  // The data line the labels must not cover, in scene pixels.
  QList<QPointF> data;
  if (QLineSeries *line = m_level ? m_level : m_pollutant)
    for (const QPointF &p : line->points())
      data.append(chart()->mapToPosition(p, line));
  const auto coversData = [&](const QRectF &label) {
    const QRectF box = label.adjusted(-2, -2, 2, 2);
    const QLineF edges[] = {{box.topLeft(), box.topRight()},
                            {box.topRight(), box.bottomRight()},
                            {box.bottomRight(), box.bottomLeft()},
                            {box.bottomLeft(), box.topLeft()}};
    // The segments from the point before the box's columns to the one after them.
    const auto first = std::lower_bound(data.begin(), data.end(), box.left(),
                                        [](const QPointF &p, double x) { return p.x() < x; });
    for (auto it = first == data.begin() ? first : first - 1; it != data.end(); ++it) {
      if (box.contains(*it))
        return true;
      if (it + 1 == data.end() || it->x() > box.right())
        break;
      const QLineF segment(*it, *(it + 1));
      for (const QLineF &edge : edges)
        if (segment.intersects(edge, nullptr) == QLineF::BoundedIntersection)
          return true;
    }
    return false;
  };
  // Each label sits on its line at the right end, or else the left end, above or below the line,
  // wherever it covers neither the data nor another label.
  QList<QRectF> placed;
  for (const auto &[line, label] : std::as_const(m_labels)) {
    const double y = chart()->mapToPosition(QPointF(0, line->property("threshold").toDouble()), line).y();
    const QRectF text = label->boundingRect();
    const double right = plot.right() - text.width() - 6, left = plot.left() + 6;
    const QRectF candidates[] = {{QPointF(right, y - text.height() - 1), text.size()},
                                 {QPointF(left, y - text.height() - 1), text.size()},
                                 {QPointF(right, y + 1), text.size()},
                                 {QPointF(left, y + 1), text.size()}};
    QRectF box = candidates[0];
    for (const QRectF &candidate : candidates) {
      const bool free = !coversData(candidate) &&
                        std::none_of(placed.begin(), placed.end(),
                                     [&](const QRectF &other) { return other.intersects(candidate); });
      if (free) {
        box = candidate;
        break;
      }
    }
    label->setPos(box.topLeft());
    label->setVisible(y >= plot.top() && y <= plot.bottom());
    placed.append(box);
  }
}

void StationChart::changeEvent(QEvent *event)
{
  if (event->type() == QEvent::LanguageChange)
    rebuild();
  QChartView::changeEvent(event);
}

} // namespace rc
