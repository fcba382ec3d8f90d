#include "dashboard/DashboardPanel.h"

#include "dashboard/KpiPanel.h"
#include "data/FeatureStore.h"
#include "geo/CoordinateTransform.h"
#include "map/LayerStack.h"
#include "map/MapCanvas.h"
#include "map/VectorLayer.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent>

#include <cmath>
#include <iterator>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

const QString kEventsTable = u"events"_s;
const QString kCellSitesTable = u"cell_sites"_s;

QFont chartFont(const QFont &base, double scale, bool bold = false)
{
  QFont font(u"Noto Sans CJK SC"_s);
  font.setPointSizeF(base.pointSizeF() * scale);
  font.setBold(bold);
  return font;
}

QStringList groupNames(const QList<EventGroup> &groups)
{
  QStringList names;
  for (const EventGroup &group : groups)
    names << (group.name.isEmpty() ? DashboardPanel::tr("(none)") : group.name);
  return names;
}

void addBars(QChart *c, QAbstractBarSeries *series, const QStringList &categories, bool horizontal)
{
  c->addSeries(series);
  auto *categoryAxis = new QBarCategoryAxis;
  categoryAxis->append(categories);
  auto *valueAxis = new QValueAxis;
  valueAxis->setLabelFormat(u"%.0f"_s);
  c->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
  c->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
  series->attachAxis(categoryAxis);
  series->attachAxis(valueAxis);
  // An empty chart has no range to round (Qt warns about NaN): give it a plain one.
  if (categories.isEmpty()) {
    valueAxis->setRange(0, 1);
    valueAxis->setTickCount(2);
  } else {
    valueAxis->applyNiceNumbers();
  }
}

QString number(qint64 value)
{
  return QLocale().toString(value);
}

/// The colour the map draws an operator's sites in (a style categorized by operator), else one of a
/// few distinct hues by the operator's place: the chart themes run out of colours (and turn to
/// near-white) before operators times bands do.
QColor operatorColour(const VectorStyle &style, const QString &name, int index)
{
  if (style.kind == RendererKind::Categorized && style.field == u"operator"_s)
    for (const StyleClass &c : style.classes)
      if (c.value == name)
        return c.symbols.marker.fill;
  static const QColor fallback[] = {
      QColor(0x1F, 0x77, 0xB4), QColor(0xD6, 0x27, 0x28), QColor(0xFF, 0x7F, 0x0E), QColor(0x94, 0x67, 0xBD),
      QColor(0x2C, 0xA0, 0x2C), QColor(0x8C, 0x56, 0x4B), QColor(0xE3, 0x77, 0xC2), QColor(0x17, 0xBE, 0xCF)};
  return fallback[std::size_t(index) % std::size(fallback)];
}

/// Shade `index` of `count` of a colour: from a little darker to clearly lighter.
QColor bandShade(const QColor &colour, int index, int count)
{
  if (count <= 1)
    return colour;
  const int factor = 80 + 90 * index / (count - 1);
  return factor < 100 ? colour.darker(10000 / factor) : colour.lighter(factor);
}

} // namespace

DashboardPanel::DashboardPanel(LayerStack *layers, MapCanvas *canvas, QWidget *parent)
    : QWidget(parent), m_layers(layers), m_canvas(canvas), m_kpis(new KpiPanel),
      m_selectionOnly(new QCheckBox), m_status(new QLabel)
{
  setObjectName(u"dashboardPanel"_s);
  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(m_kpis);
  auto *row = new QHBoxLayout;
  row->addWidget(m_selectionOnly);
  row->addWidget(m_status, 1);
  layout->addLayout(row);

  auto *charts = new QWidget;
  auto *grid = new QGridLayout(charts);
  grid->setContentsMargins(0, 0, 0, 0);
  const QStringList names{u"districtChart"_s, u"classChart"_s, u"statusChart"_s,  u"handlingChart"_s,
                          u"trendChart"_s,    u"alarmChart"_s, u"cellSiteChart"_s};
  for (const QString &name : names) {
    auto *chart = new QChart;
    chart->setObjectName(name);
    auto *view = new QChartView(chart);
    view->setObjectName(name + u"View"_s);
    view->setRenderHint(QPainter::Antialiasing);
    // The 5G chart's legend lists every operator and band: give it the room.
    view->setMinimumHeight(name == u"cellSiteChart"_s ? 420 : 260);
    m_views << view;
  }
  // Thirteen districts need a full row to keep their names; the class charts share rows.
  const int spans[] = {2, 1, 1, 1, 1, 2, 2};
  for (int i = 0, row = 0, column = 0; i < int(m_views.size()); ++i) {
    grid->addWidget(m_views[i], row, column, 1, spans[i]);
    column += spans[i];
    if (column >= 2) {
      ++row;
      column = 0;
    }
  }
  auto *scroll = new QScrollArea;
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  scroll->setWidget(charts);
  layout->addWidget(scroll, 1);

  m_refreshTimer.setSingleShot(true);
  m_refreshTimer.setInterval(150);
  connect(&m_refreshTimer, &QTimer::timeout, this, &DashboardPanel::refresh);
  connect(&m_watcher, &QFutureWatcherBase::finished, this, &DashboardPanel::onAggregated);
  connect(m_selectionOnly, &QCheckBox::toggled, this, &DashboardPanel::scheduleRefresh);
  if (m_layers) {
    connect(m_layers, &LayerStack::layerAdded, this, &DashboardPanel::watchLayers);
    connect(m_layers, &LayerStack::layerRemoved, this, &DashboardPanel::watchLayers);
  }
  retranslate();
  watchLayers();
  applyTheme();
  rebuildCharts();
}

DashboardPanel::~DashboardPanel()
{
  if (m_cancel)
    m_cancel->store(true);
  m_watcher.waitForFinished();
}

VectorLayer *DashboardPanel::layerByTable(const QString &table) const
{
  if (!m_layers)
    return nullptr;
  for (MapLayer *layer : m_layers->layers())
    if (auto *vector = qobject_cast<VectorLayer *>(layer); vector && vector->source().layerName == table)
      return vector;
  return nullptr;
}

VectorLayer *DashboardPanel::eventsLayer() const
{
  return layerByTable(kEventsTable);
}

QChart *DashboardPanel::chart(const QString &objectName) const
{
  for (QChartView *view : m_views)
    if (view->chart()->objectName() == objectName)
      return view->chart();
  return nullptr;
}

void DashboardPanel::setSelectionOnly(bool on)
{
  m_selectionOnly->setChecked(on);
}

bool DashboardPanel::selectionOnly() const
{
  return m_selectionOnly->isChecked();
}

void DashboardPanel::setAlarmCounts(const QList<QPair<QString, qint64>> &counts)
{
  if (counts == m_alarms)
    return;
  m_alarms = counts;
  rebuildAlarmChart();
}

void DashboardPanel::setDarkTheme(bool dark)
{
  if (dark == m_dark)
    return;
  m_dark = dark;
  applyTheme();
  rebuildCharts();
}

void DashboardPanel::applyTheme()
{
  // Once per change of theme: setTheme() restyles everything and is too slow for every refresh;
  // series added later take the theme's colours by themselves.
  for (QChartView *view : std::as_const(m_views)) {
    view->chart()->setTheme(m_dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    if (m_dark)
      view->chart()->setBackgroundBrush(QColor(0x14, 0x1c, 0x2b));
    // Around the chart's rounded card: the page's colour, not a white frame on the dark wall.
    view->setBackgroundBrush(m_dark ? QBrush(QColor(0x0b, 0x12, 0x20)) : QBrush(Qt::NoBrush));
  }
}

void DashboardPanel::watchLayers()
{
  for (const auto &connection : std::as_const(m_layerConnections))
    disconnect(connection);
  m_layerConnections.clear();
  // Data changes swap the store (a load, live attribute updates); other repaints leave it.
  const auto onData = [this] {
    const VectorLayer *events = eventsLayer();
    const VectorLayer *sites = layerByTable(kCellSitesTable);
    if ((events ? events->features().get() : nullptr) != m_aggregatedEvents ||
        (sites ? sites->features().get() : nullptr) != m_aggregatedSites)
      scheduleRefresh();
  };
  for (VectorLayer *layer : {eventsLayer(), layerByTable(kCellSitesTable)}) {
    if (!layer)
      continue;
    m_layerConnections << connect(layer, &MapLayer::repaintNeeded, this, onData);
    m_layerConnections << connect(layer, &VectorLayer::loaded, this, onData);
  }
  for (VectorLayer *layer : {eventsLayer(), layerByTable(kCellSitesTable)})
    if (layer)
      m_layerConnections << connect(layer, &VectorLayer::selectionChanged, this, [this] {
        if (selectionOnly())
          scheduleRefresh();
      });
  onData();
}

void DashboardPanel::scheduleRefresh()
{
  m_refreshTimer.start();
}

void DashboardPanel::refresh()
{
  if (m_watcher.isRunning()) {
    m_pending = true;
    m_cancel->store(true);
    return;
  }
  m_pending = false;
  DashboardInput input;
  const VectorLayer *events = eventsLayer();
  const VectorLayer *sites = layerByTable(kCellSitesTable);
  input.events = events && events->state() == MapLayer::State::Ready ? events->features() : nullptr;
  input.cellSites = sites && sites->state() == MapLayer::State::Ready ? sites->features() : nullptr;
  input.selectionOnly = selectionOnly();
  if (input.selectionOnly && events)
    input.selection = events->selection();
  if (input.selectionOnly && sites)
    input.cellSiteSelection = sites->selection();
  input.limits = m_limits;
  m_aggregatedEvents = input.events.get();
  m_aggregatedSites = input.cellSites.get();
  m_cancel = std::make_shared<std::atomic_bool>(false);
  m_status->setText(tr("Counting…"));
  m_watcher.setFuture(QtConcurrent::run([input = std::move(input), cancel = m_cancel] {
    return DashboardAggregator::aggregate(input, cancel.get());
  }));
}

void DashboardPanel::onAggregated()
{
  std::optional<EventStatistics> result = m_watcher.future().result();
  if (m_pending || !result) {
    refresh();
    return;
  }
  // The sites change far less often than the events (live updates, a new selection of events):
  // their chart, the biggest, is redrawn only when its figures change.
  const bool sitesChanged =
      result->cellSites != m_stats.cellSites || result->selectionOnly != m_stats.selectionOnly;
  m_stats = std::move(*result);
  rebuildEventCharts();
  if (sitesChanged)
    rebuildCellSiteChart();
  emit statisticsChanged();
}

void DashboardPanel::styleChart(QChart *chart, const QString &title) const
{
  chart->setTitle(title);
  chart->setTitleFont(chartFont(font(), 1.15, true));
  chart->legend()->setFont(chartFont(font(), 0.9));
  chart->setMargins(QMargins(4, 4, 4, 4));
  for (QAbstractAxis *axis : chart->axes())
    axis->setLabelsFont(chartFont(font(), 0.85));
}

void DashboardPanel::rebuildCharts()
{
  rebuildEventCharts();
  rebuildAlarmChart();
  rebuildCellSiteChart();
}

void DashboardPanel::rebuildEventCharts()
{
  const EventStatistics &s = m_stats;
  for (const QString &name :
       {u"districtChart"_s, u"classChart"_s, u"statusChart"_s, u"handlingChart"_s, u"trendChart"_s})
    clearChart(chart(name));
  const QString scope = s.selectionOnly ? tr(" (selection)") : QString();
  // Closed and open stacked per group, in the order of statistics().
  const auto openClosedSets = [this](QAbstractBarSeries *series, const QList<EventGroup> &groups,
                                     Grouping grouping) {
    auto *closed = new QBarSet(tr("Closed"));
    auto *open = new QBarSet(tr("Open"));
    for (const EventGroup &group : groups) {
      *closed << double(group.closed);
      *open << double(group.open);
    }
    series->append(closed);
    series->append(open);
    connect(closed, &QBarSet::clicked, this,
            [this, grouping](int i) { selectEvents(grouping, i, Part::Closed); });
    connect(open, &QBarSet::clicked, this,
            [this, grouping](int i) { selectEvents(grouping, i, Part::Open); });
    return groupNames(groups);
  };

  // Events per district, open and closed stacked; busiest first. (Vertical: QtCharts elides the
  // category labels of horizontal bars to "...".)
  {
    QChart *c = chart(u"districtChart"_s);
    auto *series = new QStackedBarSeries;
    addBars(c, series, openClosedSets(series, s.districts, Grouping::Districts), false);
    styleChart(c, tr("Events per district") + scope);
  }
  // Events per class.
  {
    QChart *c = chart(u"classChart"_s);
    auto *series = new QStackedBarSeries;
    addBars(c, series, openClosedSets(series, s.classes, Grouping::Classes), false);
    styleChart(c, tr("Events per class") + scope);
  }
  // Open in time, overdue, closed.
  {
    QChart *c = chart(u"statusChart"_s);
    auto *series = new QPieSeries;
    series->setHoleSize(0.35);
    const struct
    {
      QString label;
      qint64 value;
      Part part;
      QColor colour;
    } slices[] = {{tr("Open in time"), s.open - s.overdue, Part::OpenInTime, QColor(0x3b, 0x8e, 0xd0)},
                  {tr("Overdue"), s.overdue, Part::Overdue, QColor(0xe0, 0x4b, 0x3a)},
                  {tr("Closed"), s.closed, Part::Closed, QColor(0x4c, 0xaf, 0x50)}};
    for (const auto &entry : slices) {
      QPieSlice *slice =
          series->append(u"%1 %2"_s.arg(entry.label, number(entry.value)), double(entry.value));
      const Part part = entry.part;
      connect(slice, &QPieSlice::clicked, this, [this, part] { selectEvents(Grouping::Classes, -1, part); });
    }
    c->addSeries(series);
    styleChart(c, tr("Open and closed") + scope);
    for (int i = 0; i < 3; ++i) {
      series->slices()[i]->setBrush(slices[i].colour);
      series->slices()[i]->setLabelFont(chartFont(font(), 0.85));
    }
    c->legend()->setAlignment(Qt::AlignRight);
  }
  // Mean handling time against the time limit, per class.
  {
    QChart *c = chart(u"handlingChart"_s);
    auto *series = new QBarSeries;
    auto *mean = new QBarSet(tr("Mean handling time (h)"));
    auto *limit = new QBarSet(tr("Time limit (h)"));
    for (const EventGroup &group : s.classes) {
      const double hours = group.meanHandlingHours();
      *mean << (std::isnan(hours) ? 0.0 : hours);
      *limit << m_limits.hours(group.name);
    }
    series->append(mean);
    series->append(limit);
    connect(mean, &QBarSet::clicked, this,
            [this](int i) { selectEvents(Grouping::Classes, i, Part::Closed); });
    addBars(c, series, groupNames(s.classes), false);
    styleChart(c, tr("Mean handling time per class") + scope);
  }
  // Events reported per day over the last 30 days of the record.
  {
    QChart *c = chart(u"trendChart"_s);
    auto *series = new QLineSeries;
    series->setName(tr("Events reported per day"));
    double top = 1;
    for (int i = 0; i < s.trend.size(); ++i) {
      const QDate day = s.trendEnd.addDays(i - s.trend.size() + 1);
      series->append(double(QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch()), double(s.trend[i]));
      top = std::max(top, double(s.trend[i]));
    }
    c->addSeries(series);
    auto *x = new QDateTimeAxis;
    x->setFormat(u"MM-dd"_s);
    // Every ten days: more dates than this elide to "11…" in the dashboard's half-width charts.
    x->setTickCount(4);
    auto *y = new QValueAxis;
    y->setRange(0, top * 1.1);
    y->setLabelFormat(u"%.0f"_s);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    y->applyNiceNumbers();
    QPen pen = series->pen();
    pen.setWidthF(2.5);
    series->setPen(pen);
    styleChart(c, s.trendEnd.isValid()
                      ? tr("Trend, 30 days to %1").arg(QLocale().toString(s.trendEnd, QLocale::ShortFormat)) +
                            scope
                      : tr("Trend, 30 days"));
    c->legend()->hide();
  }
  if (!eventsLayer())
    m_status->setText(tr("No events layer in the map"));
  else
    m_status->setText(tr("%1 events as of %2 (UTC)")
                          .arg(number(s.total), QLocale().toString(s.asOf.toUTC(), u"yyyy-MM-dd HH:mm"_s)));
  m_kpis->setTile(u"open"_s, tr("Open events"), number(s.open));
  m_kpis->setTile(u"overdue"_s, tr("Overdue"), number(s.overdue), s.overdue > 0);
  m_kpis->setTile(u"closed"_s, tr("Closed"), number(s.closed));
  const double mean = s.meanHandlingHours();
  m_kpis->setTile(u"handling"_s, tr("Mean handling"),
                  std::isnan(mean) ? u"–"_s : tr("%1 h").arg(QLocale().toString(mean, 'f', 1)));
}

void DashboardPanel::clearChart(QChart *c)
{
  c->removeAllSeries();
  for (QAbstractAxis *axis : c->axes()) {
    c->removeAxis(axis);
    delete axis;
  }
}

/// Open alarms per type, from the live feeds: on its own, as alarms change far more often than events.
void DashboardPanel::rebuildAlarmChart()
{
  QChart *c = chart(u"alarmChart"_s);
  clearChart(c);
  auto *series = new QHorizontalBarSeries;
  auto *set = new QBarSet(tr("Open alarms"));
  QStringList types;
  for (const auto &[type, count] : std::as_const(m_alarms)) {
    types << type;
    *set << double(count);
  }
  series->append(set);
  addBars(c, series, types, true);
  styleChart(c, m_alarms.isEmpty() ? tr("Alarms by type: none open or no live feeds")
                                   : tr("Open alarms by type"));
  c->legend()->hide();
}

/// One bar part per operator and band, stacked per district: an operator's bands in shades of the
/// colour the map draws its sites in, lowest band darkest.
void DashboardPanel::rebuildCellSiteChart()
{
  QChart *c = chart(u"cellSiteChart"_s);
  clearChart(c);
  auto *series = new QStackedBarSeries;
  const CellSiteTable &table = m_stats.cellSites;
  const VectorLayer *sites = layerByTable(kCellSitesTable);
  for (int o = 0; o < table.operators.size(); ++o) {
    const QColor colour = operatorColour(sites ? sites->style() : VectorStyle(), table.operators[o], o);
    QList<int> present;
    for (int b = 0; b < table.bands.size(); ++b)
      if (table.total(o, b) > 0)
        present << b;
    for (qsizetype i = 0; i < present.size(); ++i) {
      const int b = present[i];
      const QString band = table.bands[b].isEmpty() ? tr("(no band)") : table.bands[b];
      auto *set = new QBarSet(tr("%1 %2").arg(table.operators[o], band));
      for (qint64 count : table.bandCounts[std::size_t(o)][std::size_t(b)])
        *set << double(count);
      series->append(set);
      set->setColor(bandShade(colour, int(i), int(present.size())));
      set->setBorderColor(set->color());
      connect(set, &QBarSet::clicked, this, [this, o, b](int d) { selectCellSites(o, b, d); });
    }
  }
  addBars(c, series, table.districts, false);
  styleChart(c, tr("5G sites per operator and band, by district") +
                    (m_stats.selectionOnly ? tr(" (selection)") : QString()));
  c->legend()->setAlignment(Qt::AlignRight);
  c->legend()->setFont(chartFont(font(), 0.8));
}

void DashboardPanel::selectEvents(Grouping grouping, int index, Part part)
{
  VectorLayer *layer = eventsLayer();
  const QList<EventGroup> &groups = grouping == Grouping::Districts ? m_stats.districts : m_stats.classes;
  if (!layer || !layer->features() || index >= groups.size() ||
      m_stats.featureFlags.size() != layer->features()->featureCount())
    return;
  const auto keep = [part](quint8 flags) {
    switch (part) {
    case Part::All:
      return true;
    case Part::Open:
      return (flags & EventStatistics::Open) != 0;
    case Part::Closed:
      return (flags & EventStatistics::Open) == 0;
    case Part::OpenInTime:
      return flags == EventStatistics::Open;
    case Part::Overdue:
      return (flags & EventStatistics::Overdue) != 0;
    }
    return false;
  };
  std::vector<std::uint32_t> features;
  const auto collect = [&](const EventGroup &group) {
    for (std::uint32_t f : group.features)
      if (keep(m_stats.featureFlags[f]))
        features.push_back(f);
  };
  if (index >= 0) {
    collect(groups[index]);
  } else {
    for (const EventGroup &group : groups)
      collect(group);
    std::sort(features.begin(), features.end());
  }
  emit eventsSelected(qint64(features.size()));
  select(layer, std::move(features));
}

void DashboardPanel::selectCellSites(int operatorIndex, int bandIndex, int districtIndex)
{
  VectorLayer *layer = layerByTable(kCellSitesTable);
  const CellSiteTable &table = m_stats.cellSites;
  if (!layer || !layer->features() || operatorIndex < 0 || operatorIndex >= table.operators.size() ||
      bandIndex >= table.bands.size() || districtIndex < 0 || districtIndex >= table.districts.size())
    return;
  const FeatureStore &store = *layer->features();
  const int operatorField = store.fieldIndex(u"operator"_s);
  const int bandField = store.fieldIndex(u"band"_s);
  const int districtField = store.fieldIndex(u"district"_s);
  const auto text = [&store](std::size_t f, int field) {
    return field < 0 ? QString() : store.text(f, field);
  };
  const auto matches = [&](std::size_t f) {
    return store.text(f, operatorField) == table.operators[operatorIndex] &&
           (bandIndex < 0 || text(f, bandField) == table.bands[bandIndex]) &&
           text(f, districtField) == table.districts[districtIndex];
  };
  std::vector<std::uint32_t> features;
  // In "selection only" the bar stands for selected sites: clicking it narrows the selection to them.
  if (m_stats.selectionOnly) {
    for (const std::uint32_t f : layer->selection())
      if (matches(f))
        features.push_back(f);
  } else {
    for (std::size_t f = 0; f < store.featureCount(); ++f)
      if (matches(f))
        features.push_back(std::uint32_t(f));
  }
  select(layer, std::move(features));
}

void DashboardPanel::select(VectorLayer *layer, std::vector<std::uint32_t> features)
{
  BBox box;
  for (std::uint32_t f : features)
    box.include(layer->features()->featureBounds(f));
  layer->setSelection(std::move(features));
  if (!m_canvas || box.isEmpty())
    return;
  try {
    BBox target = CoordinateTransform(layer->crs(), m_canvas->destinationCrs()).transformBounds(box);
    // A single point or a tight cluster: keep some surroundings in view.
    const double pad = std::max({target.width(), target.height(), 0.004}) * 0.1;
    target = BBox(target.xMin - pad, target.yMin - pad, target.xMax + pad, target.yMax + pad);
    m_canvas->zoomToBox(target);
  } catch (const CrsError &) {
    // The selection stands; the map just cannot follow to a box it cannot transform.
  }
}

void DashboardPanel::changeEvent(QEvent *event)
{
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  if (event->type() == QEvent::FontChange) {
    // A style sheet above (big-screen mode) stops fonts from reaching the children by themselves.
    for (QWidget *child : {static_cast<QWidget *>(m_kpis), static_cast<QWidget *>(m_selectionOnly),
                           static_cast<QWidget *>(m_status)})
      child->setFont(font());
  }
  if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
    rebuildCharts();
  QWidget::changeEvent(event);
}

void DashboardPanel::retranslate()
{
  m_selectionOnly->setText(tr("Selection only"));
  m_selectionOnly->setToolTip(tr("Count only the events selected on the map"));
}

} // namespace rc
