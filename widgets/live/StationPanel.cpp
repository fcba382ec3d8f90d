#include "live/StationPanel.h"

#include "live/LiveModel.h"
#include "live/StationChart.h"

#include "base/Error.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

QString stationTypeName(const QString &sttp)
{
  if (sttp == u"ZQ"_s)
    return StationPanel::tr("Hydrological station");
  if (sttp == u"ZZ"_s)
    return StationPanel::tr("Water level station");
  if (sttp == u"RR"_s)
    return StationPanel::tr("Reservoir station");
  if (sttp == u"PP"_s)
    return StationPanel::tr("Rainfall station");
  if (sttp == u"TT"_s)
    return StationPanel::tr("Tide station");
  if (sttp == u"FB"_s)
    return StationPanel::tr("Buoy");
  return sttp;
}

} // namespace

StationPanel::StationPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel), m_dayButton(new QToolButton), m_weekButton(new QToolButton),
      m_monthButton(new QToolButton), m_rangeGroup(new QButtonGroup(this)), m_pollutants(new QComboBox),
      m_chart(new StationChart), m_status(new QLabel)
{
  setObjectName(u"stationPanel"_s);
  m_title->setTextFormat(Qt::PlainText);
  m_title->setWordWrap(true);
  QFont titleFont = m_title->font();
  titleFont.setBold(true);
  m_title->setFont(titleFont);
  m_status->setTextFormat(Qt::PlainText);
  m_status->setWordWrap(true);

  const auto setUpRange = [this](QToolButton *button, int hours) {
    button->setCheckable(true);
    button->setAutoRaise(true);
    m_rangeGroup->addButton(button, hours);
  };
  setUpRange(m_dayButton, 24);
  setUpRange(m_weekButton, 24 * 7);
  setUpRange(m_monthButton, 24 * 30);
  m_weekButton->setChecked(true);
  connect(m_rangeGroup, &QButtonGroup::idClicked, this,
          [this](int hours) { setWindowLength(std::chrono::hours(hours)); });
  m_pollutants->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  m_pollutants->hide();
  connect(m_pollutants, &QComboBox::currentIndexChanged, this, &StationPanel::showPollutant);

  auto *controls = new QHBoxLayout;
  controls->setContentsMargins(0, 0, 0, 0);
  controls->addWidget(m_dayButton);
  controls->addWidget(m_weekButton);
  controls->addWidget(m_monthButton);
  controls->addSpacing(8);
  controls->addWidget(m_pollutants);
  controls->addStretch(1);

  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(m_title);
  layout->addLayout(controls);
  layout->addWidget(m_chart, 1);
  layout->addWidget(m_status);

  connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &StationPanel::onQueryFinished);
  retranslate();
}

StationPanel::~StationPanel()
{
  // The worker works on copies only; waiting keeps it from finishing into a destroyed panel.
  m_watcher.waitForFinished();
}

void StationPanel::setLiveModel(const LiveModel *model)
{
  connect(model, &LiveModel::readingsAdded, this, &StationPanel::addReadings);
}

void StationPanel::setSources(const HistorySources &sources)
{
  const bool changed = sources.geoPackage != m_sources.geoPackage || sources.readings != m_sources.readings;
  m_sources = sources;
  if (changed && m_station)
    query();
}

void StationPanel::showStation(const StationRef &station)
{
  m_station = station;
  m_hasSeries = false;
  m_series = {};
  m_series.station = station;
  m_title->setText(station.name.isEmpty() ? station.code : station.name);
  query();
}

void StationPanel::setWindowLength(std::chrono::hours length)
{
  m_window.length = length;
  if (QAbstractButton *button = m_rangeGroup->button(int(length.count())))
    button->setChecked(true);
  if (m_station)
    query();
}

void StationPanel::setWindowEnd(const std::optional<QDateTime> &end)
{
  m_window.end = end;
  if (m_station)
    query();
}

void StationPanel::query()
{
  if (!m_station)
    return;
  if (m_watcher.isRunning()) {
    // The running query is for an older request; its result is dropped and this one follows.
    m_queryAgain = true;
    return;
  }
  m_queryAgain = false;
  m_error.clear();
  updateStatus();
  m_watcher.setFuture(QtConcurrent::run([given = m_sources, station = *m_station, window = m_window] {
    Result result;
    HistorySources sources = given;
    try {
      if (!sources.catalog && !sources.geoPackage.isEmpty())
        sources.catalog = StationCatalogLoader::fromGeoPackage(sources.geoPackage);
      result.catalog = sources.catalog;
      result.series = StationHistory(sources).series(station, window);
    } catch (const Error &e) {
      result.error = e.message();
    } catch (const std::exception &e) {
      // Whatever else damaged stores provoke: the slot reading the result must not rethrow it.
      result.error = QString::fromUtf8(e.what());
    }
    return result;
  }));
}

void StationPanel::onQueryFinished()
{
  Result result = m_watcher.result();
  if (!m_sources.catalog)
    m_sources.catalog = result.catalog;
  if (m_queryAgain) {
    query();
    return;
  }
  m_error = result.error;
  if (!m_error.isEmpty()) {
    updateStatus();
    emit failed(m_error);
    return;
  }
  m_series = std::move(result.series);
  m_hasSeries = true;

  QString title = m_series.station.name.isEmpty() ? m_series.station.code : m_series.station.name;
  if (m_series.station.kind == StationRef::Kind::Hydro)
    title += u" · "_s + stationTypeName(m_series.sttp) + u" · "_s + m_series.station.code;
  else if (m_series.station.kind == StationRef::Kind::MonitoringPoint)
    title += u" · "_s + tr("Online monitoring point");
  else
    title += u" · "_s + tr("Enterprise");
  m_title->setText(title);

  {
    const QSignalBlocker blocker(m_pollutants);
    const QString previous = m_pollutants->currentData().toString();
    m_pollutants->clear();
    const bool severalPoints =
        std::any_of(m_series.pollutants.begin(), m_series.pollutants.end(),
                    [this](const PollutantSeries &p) { return p.mn != m_series.pollutants.front().mn; });
    for (const PollutantSeries &p : std::as_const(m_series.pollutants)) {
      QString text = StationChart::pollutantName(p.code);
      if (severalPoints)
        text = tr("%1 (MN …%2)").arg(text, p.mn.right(4));
      m_pollutants->addItem(text, QString(p.mn + u'/' + p.code));
    }
    m_pollutants->setCurrentIndex(std::max(0, m_pollutants->findData(previous)));
    m_pollutants->setVisible(!m_series.pollutants.isEmpty());
  }
  m_chart->setSeries(m_series, m_pollutants->currentIndex());

  // Readings that came in while the query ran: those the history already held are skipped.
  const ReadingBatch waiting = std::exchange(m_waiting, {});
  addReadings(waiting);
  updateStatus();
  emit loaded();
}

void StationPanel::addReadings(const ReadingBatch &batch)
{
  if (!m_station || batch.empty())
    return;
  if (m_watcher.isRunning()) {
    m_waiting.hydro.insert(m_waiting.hydro.end(), batch.hydro.begin(), batch.hydro.end());
    m_waiting.pollutants.insert(m_waiting.pollutants.end(), batch.pollutants.begin(), batch.pollutants.end());
    return;
  }
  if (!m_hasSeries)
    return;
  const bool follow = !m_window.end.has_value();
  // The chart is brought up to date once per batch and changed part, however many readings came.
  QList<StationSeries::Change> changes;
  const auto note = [&](StationSeries::Change change) {
    if (change != StationSeries::Change::None && !changes.contains(change))
      changes.append(change);
  };
  for (const HydroReading &reading : batch.hydro)
    note(m_series.append(reading, follow));
  for (const PollutantReading &reading : batch.pollutants)
    note(m_series.append(reading, follow));
  for (StationSeries::Change change : std::as_const(changes))
    m_chart->updateLive(m_series, change);
  if (!changes.isEmpty())
    updateStatus();
}

void StationPanel::showPollutant(int index)
{
  if (m_hasSeries)
    m_chart->setSeries(m_series, index);
  updateStatus();
}

QString StationPanel::statusText() const
{
  return m_status->text();
}

void StationPanel::updateStatus()
{
  if (!m_station) {
    m_status->setText(
        tr("Double-click a station on the map, or choose Station Chart on an identified station."));
    return;
  }
  if (!m_error.isEmpty()) {
    m_status->setText(m_error);
    return;
  }
  if (m_watcher.isRunning() || !m_hasSeries) {
    m_status->setText(tr("Loading the history…"));
    return;
  }
  const QLocale locale;
  const auto when = [&](double ms) {
    return locale.toString(QDateTime::fromMSecsSinceEpoch(qint64(ms)), QLocale::ShortFormat);
  };
  if (m_series.station.kind == StationRef::Kind::Hydro && !m_series.level.isEmpty()) {
    const QPointF last = m_series.level.back();
    QString text = tr("Latest %1 m at %2").arg(locale.toString(last.y(), 'f', 2), when(last.x()));
    const StationSeries &s = m_series;
    const std::optional<double> warning = s.levelTable == HydroTable::Reservoir && !s.floodLimit.isEmpty()
                                              ? std::optional(s.floodLimit.back().y())
                                              : s.wrz;
    switch (levelState(last.y(), warning, s.grz)) {
    case LevelState::AboveGuaranteed:
      text += u" — "_s + tr("above the guaranteed level");
      break;
    case LevelState::AboveWarning:
      text += u" — "_s + (s.levelTable == HydroTable::Reservoir ? tr("above the flood limit level")
                                                                : tr("above the warning level"));
      break;
    case LevelState::Normal:
      break;
    }
    m_status->setText(text);
  } else if (m_series.station.kind == StationRef::Kind::Hydro && !m_series.rainfall.isEmpty()) {
    double total = 0;
    for (const QPointF &p : m_series.rainfall)
      total += p.y();
    m_status->setText(tr("%1 mm in this period; last hour %2 mm at %3")
                          .arg(locale.toString(total, 'f', 1),
                               locale.toString(m_series.rainfall.back().y(), 'f', 1),
                               when(m_series.rainfall.back().x())));
  } else if (const int i = m_pollutants->currentIndex();
             i >= 0 && i < m_series.pollutants.size() && !m_series.pollutants[i].values.isEmpty()) {
    const PollutantSeries &p = m_series.pollutants[i];
    QString text = tr("Latest %1 %2 at %3")
                       .arg(locale.toString(p.values.back().y(), 'g', 6), StationChart::pollutantUnit(p.code),
                            when(p.values.back().x()));
    if (p.limit && p.limit->exceededBy(p.values.back().y()))
      text += u" — "_s + tr("over the limit");
    m_status->setText(text);
  } else {
    m_status->setText(tr("No readings in this period."));
  }
}

void StationPanel::retranslate()
{
  m_dayButton->setText(tr("24 h"));
  m_weekButton->setText(tr("7 d"));
  m_monthButton->setText(tr("30 d"));
  m_dayButton->setToolTip(tr("The last 24 hours"));
  m_weekButton->setToolTip(tr("The last 7 days"));
  m_monthButton->setToolTip(tr("The last 30 days"));
  m_pollutants->setToolTip(tr("Pollutant"));
  updateStatus();
}

void StationPanel::changeEvent(QEvent *event)
{
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QWidget::changeEvent(event);
}

} // namespace rc
