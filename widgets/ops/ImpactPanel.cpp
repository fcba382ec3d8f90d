#include "ops/ImpactPanel.h"

#include "base/Error.h"
#include "map/LayerStack.h"
#include "map/MapCanvas.h"
#include "map/VectorLayer.h"
#include "ops/ImpactExport.h"
#include "ops/ImpactOverlay.h"
#include "ops/ImpactTool.h"

#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

constexpr double kDefaultBufferMetres = 500;

bool isLonLat(const Crs &crs)
{
  return !crs.isValid() || crs.authId() == u"EPSG:4490"_s || crs.authId() == u"EPSG:4326"_s;
}

QString districtsTable()
{
  return u"districts"_s;
}

/// A loaded vector layer of the map read from `table`, ready and in lon/lat.
VectorLayer *loadedLayer(const LayerStack &layers, const QString &table)
{
  for (MapLayer *layer : layers.layers()) {
    auto *vector = qobject_cast<VectorLayer *>(layer);
    if (vector && vector->source().layerName == table && vector->state() == MapLayer::State::Ready &&
        vector->features() && isLonLat(vector->crs()))
      return vector;
  }
  return nullptr;
}

} // namespace

struct ImpactPanel::Job
{
  std::shared_ptr<ImpactAnalysis> analysis; ///< reused, or null to build from data or path
  std::optional<ImpactData> data;
  QString path;
  ImpactQuery query;
};

ImpactPanel::ImpactPanel(LayerStack *layers, MapCanvas *canvas, ImpactTool *tool, QWidget *parent)
    : QWidget(parent), m_layers(layers), m_canvas(canvas), m_tool(tool), m_overlay(new ImpactOverlay(canvas)),
      m_pointMode(new QRadioButton(this)), m_polygonMode(new QRadioButton(this)),
      m_bufferLabel(new QLabel(this)), m_buffer(new QDoubleSpinBox(this)), m_summary(new QLabel(this)),
      m_table(new QTableWidget(this)), m_progress(new QProgressBar(this)), m_csvButton(new QPushButton(this)),
      m_gpkgButton(new QPushButton(this)), m_clearButton(new QPushButton(this))
{
  m_pointMode->setChecked(true);
  connect(m_pointMode, &QRadioButton::toggled, this, [this](bool point) {
    m_tool->setMode(point ? ImpactTool::Mode::Point : ImpactTool::Mode::Polygon);
  });
  m_buffer->setRange(0, ImpactAnalysis::kMaxBufferMetres);
  m_buffer->setDecimals(0);
  m_buffer->setSingleStep(100);
  m_buffer->setValue(kDefaultBufferMetres);
  m_buffer->setSuffix(u" m"_s);
  connect(m_tool, &ImpactTool::pointChosen, this,
          [this](double lon, double lat) { analyseAt(lon, lat, bufferMetres()); });
  connect(m_tool, &ImpactTool::polygonChosen, this,
          [this](const QString &wkt) { analyse(ImpactQuery::inside(wkt, bufferMetres())); });
  connect(m_tool, &ImpactTool::failed, this, &ImpactPanel::failed);

  m_summary->setWordWrap(true);
  m_table->setColumnCount(2);
  m_table->setRowCount(int(kImpactLayerCount));
  m_table->verticalHeader()->hide();
  m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_table->setSelectionMode(QAbstractItemView::NoSelection);
  m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
  m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
  for (const ImpactLayer layer : kImpactLayers) {
    m_table->setItem(int(layer), 0, new QTableWidgetItem(impactLayerTitle(layer)));
    auto *count = new QTableWidgetItem(u"–"_s);
    count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(int(layer), 1, count);
  }
  m_progress->setRange(0, 0);
  m_progress->setVisible(false);
  connect(m_csvButton, &QPushButton::clicked, this, [this] { chooseExport(tr("CSV (*.csv)"), u"csv"_s); });
  connect(m_gpkgButton, &QPushButton::clicked, this,
          [this] { chooseExport(tr("GeoPackage (*.gpkg)"), u"gpkg"_s); });
  connect(m_clearButton, &QPushButton::clicked, this, &ImpactPanel::clearResult);

  auto *modes = new QHBoxLayout;
  modes->addWidget(m_pointMode);
  modes->addWidget(m_polygonMode);
  modes->addStretch(1);
  auto *buffer = new QHBoxLayout;
  buffer->addWidget(m_bufferLabel);
  buffer->addWidget(m_buffer, 1);
  auto *buttons = new QHBoxLayout;
  buttons->addWidget(m_csvButton);
  buttons->addWidget(m_gpkgButton);
  buttons->addStretch(1);
  buttons->addWidget(m_clearButton);
  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addLayout(modes);
  layout->addLayout(buffer);
  layout->addWidget(m_summary);
  layout->addWidget(m_progress);
  layout->addWidget(m_table, 1);
  layout->addLayout(buttons);
  retranslate();
  clearResult();
}

ImpactPanel::~ImpactPanel()
{
  // Workers hold their own copies of the data; waiting keeps exports from being cut off.
  if (m_watcher)
    m_watcher->waitForFinished();
  if (m_exportWatcher)
    m_exportWatcher->waitForFinished();
}

double ImpactPanel::bufferMetres() const
{
  return m_buffer->value();
}

void ImpactPanel::setBufferMetres(double metres)
{
  m_buffer->setValue(metres);
}

qsizetype ImpactPanel::shownCount(ImpactLayer layer) const
{
  bool ok = false;
  const qlonglong count = QLocale().toLongLong(m_table->item(int(layer), 1)->text(), &ok);
  return ok ? qsizetype(count) : -1;
}

QString ImpactPanel::summaryText() const
{
  return m_summary->text();
}

std::optional<ImpactData> ImpactPanel::dataFromLayers() const
{
  ImpactData data;
  for (const ImpactLayer layer : kImpactLayers) {
    const VectorLayer *vector = loadedLayer(*m_layers, impactLayerTable(layer));
    if (!vector)
      return std::nullopt;
    data.layers[std::size_t(layer)] = vector->features();
  }
  const VectorLayer *districts = loadedLayer(*m_layers, districtsTable());
  if (!districts)
    return std::nullopt;
  data.districts = districts->features();
  return data;
}

QString ImpactPanel::geoPackageBehindLayers() const
{
  QStringList tables{districtsTable()};
  for (const ImpactLayer layer : kImpactLayers)
    tables << impactLayerTable(layer);
  for (MapLayer *layer : m_layers->layers())
    if (auto *vector = qobject_cast<VectorLayer *>(layer);
        vector && tables.contains(vector->source().layerName) &&
        vector->source().path.endsWith(u".gpkg"_s, Qt::CaseInsensitive))
      return vector->source().path;
  return {};
}

void ImpactPanel::analyseAt(double lon, double lat, double metres)
{
  analyse(ImpactQuery::around(lon, lat, metres));
}

void ImpactPanel::analyse(const ImpactQuery &query)
{
  if (isBusy()) {
    m_pending = query;
    return;
  }
  start(query);
}

void ImpactPanel::start(ImpactQuery query)
{
  Job job;
  job.query = std::move(query);
  if (std::optional<ImpactData> data = dataFromLayers()) {
    const bool same = m_analysis && m_analysis->data().districts == data->districts &&
                      m_analysis->data().layers == data->layers;
    if (same)
      job.analysis = m_analysis;
    else
      job.data = std::move(data);
  } else if (m_analysis) {
    // Read from the GeoPackage before: the file is still what the map shows.
    job.analysis = m_analysis;
  } else {
    job.path = geoPackageBehindLayers();
    if (job.path.isEmpty()) {
      emit failed(tr("The impact analysis needs the city's layers: open the demo city first"));
      return;
    }
  }
  setBusy(true, job.path.isEmpty() ? tr("Analysing…") : tr("Reading the city's layers…"));
  m_watcher = std::make_unique<QFutureWatcher<Outcome>>();
  connect(m_watcher.get(), &QFutureWatcher<Outcome>::finished, this, &ImpactPanel::onFinished);
  m_watcher->setFuture(QtConcurrent::run([job = std::move(job)]() mutable {
    Outcome outcome;
    try {
      outcome.analysis = job.analysis;
      if (!outcome.analysis)
        outcome.analysis =
            std::make_shared<ImpactAnalysis>(job.data ? std::move(*job.data) : ImpactData::load(job.path));
      QElapsedTimer timer;
      timer.start();
      outcome.result = outcome.analysis->run(job.query);
      outcome.milliseconds = timer.elapsed();
    } catch (const std::exception &e) {
      // Errors of ours and of the standard library alike: what() is the sentence to show.
      outcome.error = QString::fromUtf8(e.what());
    }
    return outcome;
  }));
}

void ImpactPanel::onFinished()
{
  Outcome outcome = m_watcher->result();
  m_watcher.release()->deleteLater();
  setBusy(false, {});
  if (outcome.analysis)
    m_analysis = std::move(outcome.analysis);
  if (outcome.result) {
    highlight(false);
    m_result = std::move(outcome.result);
    m_resultData = std::shared_ptr<const ImpactData>(m_analysis, &m_analysis->data());
    showResult();
    m_summary->setText(tr("Area %1 km², analysed in %2 ms")
                           .arg(QLocale().toString(m_result->areaSquareMetres / 1e6, 'f', 2))
                           .arg(outcome.milliseconds));
    highlight(true);
    m_overlay->showArea(m_result->areaWkb);
    emit finished();
  } else {
    m_summary->setText(outcome.error);
    emit failed(outcome.error);
  }
  if (m_pending)
    start(*std::exchange(m_pending, std::nullopt));
}

void ImpactPanel::showResult()
{
  const QLocale locale;
  for (const ImpactLayer layer : kImpactLayers)
    m_table->item(int(layer), 1)
        ->setText(m_result ? locale.toString(qlonglong(m_result->count(layer))) : u"–"_s);
  m_csvButton->setEnabled(m_result.has_value());
  m_gpkgButton->setEnabled(m_result.has_value());
  m_clearButton->setEnabled(m_result.has_value());
}

void ImpactPanel::highlight(bool on)
{
  for (const ImpactLayer layer : kImpactLayers) {
    QPointer<VectorLayer> &shown = m_highlighted[std::size_t(layer)];
    if (!on) {
      if (shown)
        shown->clearSelection();
      shown.clear();
      continue;
    }
    // Hits are indices into the analysed store: only a layer showing that very store can take them.
    VectorLayer *vector = loadedLayer(*m_layers, impactLayerTable(layer));
    if (!vector || vector->features() != m_resultData->layers[std::size_t(layer)])
      continue;
    vector->setSelection(m_result->features(layer));
    shown = vector;
  }
}

void ImpactPanel::clearResult()
{
  highlight(false);
  m_result.reset();
  m_resultData.reset();
  m_overlay->clear();
  m_summary->setText(tr("Click the map for a buffer around a point, or draw an area"));
  showResult();
}

void ImpactPanel::chooseExport(const QString &filter, const QString &suffix)
{
  const QString path =
      QFileDialog::getSaveFileName(this, tr("Export the impact list"), u"impact.%1"_s.arg(suffix), filter);
  if (!path.isEmpty())
    exportTo(path);
}

void ImpactPanel::exportTo(const QString &path)
{
  if (!m_result || m_exportWatcher) {
    emit failed(m_result ? tr("An export is running") : tr("There is no impact analysis to export"));
    return;
  }
  setBusy(true, tr("Exporting %1…").arg(path));
  m_exportWatcher = std::make_unique<QFutureWatcher<QString>>();
  connect(m_exportWatcher.get(), &QFutureWatcher<QString>::finished, this, [this, path] {
    const QString error = m_exportWatcher->result();
    m_exportWatcher.release()->deleteLater();
    setBusy(false, {});
    if (error.isEmpty()) {
      m_summary->setText(tr("Exported to %1").arg(path));
      emit exported(path);
    } else {
      m_summary->setText(error);
      emit failed(error);
    }
  });
  m_exportWatcher->setFuture(QtConcurrent::run([data = m_resultData, result = *m_result, path]() -> QString {
    try {
      ImpactExport::write(*data, result, path);
      return {};
    } catch (const std::exception &e) {
      return QString::fromUtf8(e.what());
    }
  }));
}

void ImpactPanel::setBusy(bool busy, const QString &what)
{
  m_progress->setVisible(busy || m_watcher || m_exportWatcher);
  if (busy)
    m_summary->setText(what);
  const bool canExport = m_result.has_value() && !m_exportWatcher;
  m_csvButton->setEnabled(canExport);
  m_gpkgButton->setEnabled(canExport);
}

void ImpactPanel::changeEvent(QEvent *event)
{
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QWidget::changeEvent(event);
}

void ImpactPanel::retranslate()
{
  m_pointMode->setText(tr("Point and buffer"));
  m_polygonMode->setText(tr("Draw an area"));
  m_bufferLabel->setText(tr("Buffer:"));
  m_table->setHorizontalHeaderLabels({tr("Layer"), tr("Inside")});
  for (const ImpactLayer layer : kImpactLayers)
    m_table->item(int(layer), 0)->setText(impactLayerTitle(layer));
  m_csvButton->setText(tr("Export CSV…"));
  m_gpkgButton->setText(tr("Export GeoPackage…"));
  m_clearButton->setText(tr("Clear"));
}

} // namespace rc
