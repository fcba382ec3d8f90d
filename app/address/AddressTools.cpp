#include "address/AddressTools.h"

#include "address/AddressFormat.h"
#include "address/AddressHierarchyPanel.h"
#include "address/AddressMarker.h"
#include "address/AddressSearchBox.h"
#include "address/GeocodeDialog.h"
#include "address/ReverseGeocodeTool.h"
#include "base/MessageBar.h"
#include "map/MapCanvas.h"

#include "geo/CoordinateTransform.h"
#include "map/LayerStack.h"
#include "map/VectorLayer.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFileInfo>
#include <QMainWindow>
#include <QProgressBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

constexpr double kMetresPerDegree = 111320;
const QString kAddressLayer = u"addresses"_s;
const QString kGridLayer = u"grids"_s;
const QString kFindingsLayer = u"address_findings"_s;

/// How much map a result without an extent of its own needs around it, full width in metres.
double spanMetres(AddressLevel level)
{
  switch (level) {
  case AddressLevel::District:
    return 20000;
  case AddressLevel::Town:
    return 6000;
  case AddressLevel::Community:
  case AddressLevel::Road:
    return 1500;
  case AddressLevel::Grid:
    return 800;
  case AddressLevel::Coordinate:
    return 600;
  case AddressLevel::Compound:
    return 400;
  default:
    return 250;
  }
}

struct RuleStyle
{
  QualityRule rule;
  MarkerShape shape;
  QColor colour;
};

const RuleStyle kRuleStyles[] = {
    {QualityRule::DuplicateCode, MarkerShape::Diamond, {0xD7, 0x30, 0x1F}},
    {QualityRule::DuplicateText, MarkerShape::Square, {0xF1, 0x8C, 0x2E}},
    {QualityRule::OutsideCommunity, MarkerShape::Triangle, {0x7B, 0x32, 0x94}},
    {QualityRule::MissingLevel, MarkerShape::Circle, {0x45, 0x75, 0xB4}},
    {QualityRule::HouseNumberSequence, MarkerShape::Triangle, {0x1A, 0x98, 0x50}},
    {QualityRule::CodeMismatch, MarkerShape::Diamond, {0xC5, 0x1B, 0x7D}},
};

/// The findings layer drawn by rule, each rule its own shape and colour.
VectorStyle findingsStyle()
{
  VectorStyle style;
  style.kind = RendererKind::Categorized;
  style.field = u"rule"_s;
  for (const RuleStyle &r : kRuleStyles) {
    StyleClass c;
    c.label = AddressTools::ruleName(r.rule);
    c.value = ruleKey(r.rule);
    c.symbols.marker = MarkerSymbol(r.shape, 10, r.colour, Qt::white, 1.2);
    style.classes << c;
  }
  return style;
}

} // namespace

/// Shared with the quality check's worker, which may outlive the tools.
struct AddressTools::QualityJob
{
  std::atomic_bool cancel = false;
  std::atomic<double> fraction = 0;
};

AddressTools::AddressTools(QMainWindow *window, MapCanvas *canvas, LayerStack *layers, MessageBar *messages)
    : QObject(window), m_window(window), m_canvas(canvas), m_layers(layers), m_messages(messages),
      m_loader(new AddressIndexLoader(this)), m_searchBox(new AddressSearchBox),
      m_toolbar(new QToolBar(window)), m_hierarchyPanel(new AddressHierarchyPanel),
      m_hierarchyDock(new QDockWidget(window)), m_reverseTool(new ReverseGeocodeTool(canvas)),
      m_marker(new AddressMarker(canvas)), m_progress(new QProgressBar), m_searchAction(new QAction(this)),
      m_reverseAction(new QAction(this)), m_qualityAction(new QAction(this)),
      m_geocodeAction(new QAction(this))
{
  m_toolbar->setObjectName(u"addressToolbar"_s);
  m_toolbar->addWidget(m_searchBox);
  m_hierarchyDock->setObjectName(u"addressHierarchyDock"_s);
  m_hierarchyDock->setWidget(m_hierarchyPanel);
  window->addDockWidget(Qt::RightDockWidgetArea, m_hierarchyDock);
  m_hierarchyDock->hide();
  m_reverseTool->setParent(this);
  m_progress->setRange(0, 100);
  m_progress->setMaximumWidth(280);
  m_progress->hide();
  window->statusBar()->addPermanentWidget(m_progress);

  m_searchAction->setShortcut(QKeySequence::Find);
  connect(m_searchAction, &QAction::triggered, this, [this] {
    m_toolbar->show();
    m_searchBox->setFocus(Qt::ShortcutFocusReason);
    m_searchBox->selectAll();
  });
  m_reverseAction->setCheckable(true);
  m_reverseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
  connect(m_reverseAction, &QAction::triggered, this, [this] { m_canvas->setMapTool(m_reverseTool); });
  connect(m_qualityAction, &QAction::triggered, this, &AddressTools::checkQuality);
  connect(m_geocodeAction, &QAction::triggered, this, &AddressTools::showGeocodeDialog);
  m_qualityTimer.setInterval(150);
  connect(&m_qualityTimer, &QTimer::timeout, this, [this] {
    if (m_qualityJob)
      showProgress(int(100 * m_qualityJob->fraction), tr("Checking addresses"));
  });

  connect(m_layers, &LayerStack::layerAdded, this, [this](MapLayer *layer) { onLayerAdded(layer); });
  connect(m_loader, &AddressIndexLoader::ready, this, &AddressTools::onIndexReady);
  connect(m_loader, &AddressIndexLoader::progressChanged, this,
          [this](int percent) { showProgress(percent, tr("Building the address index")); });
  connect(m_loader, &AddressIndexLoader::failed, this, [this](const QString &message) {
    m_hierarchyPanel->setStatus(message);
    m_messages->pushMessage(message, MessageBar::Level::Warning);
  });
  connect(m_searchBox, &AddressSearchBox::resultChosen, this,
          qOverload<const GeocodeResult &>(&AddressTools::goTo));
  connect(m_searchBox, &AddressSearchBox::nothingFound, this, [this](const QString &text) {
    m_messages->pushMessage(tr("No standard address matches “%1”.").arg(text), MessageBar::Level::Info);
  });
  connect(m_hierarchyPanel, &AddressHierarchyPanel::nodeChosen, this,
          qOverload<const AddressNode &>(&AddressTools::goTo));
  connect(
      m_reverseTool, &ReverseGeocodeTool::found, this,
      [this](const GeocodeResult &nearest, double lon, double lat) {
        m_marker->showAt(nearest.lon, nearest.lat, AddressFormat::title(nearest));
        m_marker->setOrigin(lon, lat);
        const QString grid = nearest.gridCode.isEmpty() ? tr("no grid") : tr("grid %1").arg(nearest.gridCode);
        const QString community = nearest.community.isEmpty() ? tr("no community") : nearest.community;
        m_messages->pushMessage(tr("Nearest standard address: %1 — %2 away; %3, %4")
                                    .arg(AddressFormat::shortAddress(nearest),
                                         AddressFormat::distance(nearest.distanceMetres), grid, community),
                                MessageBar::Level::Info);
      });
  connect(m_reverseTool, &ReverseGeocodeTool::failed, this,
          [this](const QString &message) { m_messages->pushMessage(message, MessageBar::Level::Warning); });

  for (MapLayer *layer : m_layers->layers())
    onLayerAdded(layer);
  window->installEventFilter(this);
  retranslate();
}

AddressTools::~AddressTools()
{
  if (m_qualityJob)
    m_qualityJob->cancel = true;
  if (m_qualityWatcher)
    m_qualityWatcher->disconnect(this);
}

void AddressTools::retranslate()
{
  m_toolbar->setWindowTitle(tr("Address Search"));
  m_hierarchyDock->setWindowTitle(tr("Address Hierarchy"));
  m_searchAction->setText(tr("&Find Address…"));
  m_searchAction->setToolTip(tr("Search standard addresses, codes and coordinates (Ctrl+F)"));
  m_reverseAction->setText(tr("&Nearest Address"));
  m_reverseAction->setToolTip(tr("Click the map for the nearest standard address, its grid and community"));
  m_qualityAction->setText(tr("Check Address &Quality"));
  m_qualityAction->setToolTip(tr("Check the standard addresses and show the findings as a layer"));
  m_geocodeAction->setText(tr("&Geocode a File…"));
  m_geocodeAction->setToolTip(tr("Find the standard address of every row of a CSV file"));
}

void AddressTools::showGeocodeDialog()
{
  // Modeless, so the operator keeps working on the map while a long file runs.
  auto *dialog = new GeocodeDialog(m_loader->index(), m_window);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->show();
}

bool AddressTools::eventFilter(QObject *watched, QEvent *event)
{
  if (watched == m_window && event->type() == QEvent::LanguageChange)
    retranslate();
  return QObject::eventFilter(watched, event);
}

QString AddressTools::ruleName(QualityRule rule)
{
  switch (rule) {
  case QualityRule::DuplicateCode:
    return tr("Duplicate address code");
  case QualityRule::DuplicateText:
    return tr("Duplicate address text");
  case QualityRule::OutsideCommunity:
    return tr("Outside its community");
  case QualityRule::MissingLevel:
    return tr("Missing level");
  case QualityRule::HouseNumberSequence:
    return tr("House number out of sequence");
  case QualityRule::CodeMismatch:
    return tr("Code does not match its parents");
  }
  return {};
}

VectorLayer *AddressTools::findingsLayer() const
{
  return m_findingsLayer;
}

void AddressTools::onLayerAdded(MapLayer *layer)
{
  const auto *vector = qobject_cast<VectorLayer *>(layer);
  if (!vector || vector->source().layerName.compare(kAddressLayer, Qt::CaseInsensitive) != 0)
    return;
  const QFileInfo source(vector->source().path);
  if (!source.isFile() || source.absoluteFilePath() == m_loader->sourcePath())
    return;
  m_hierarchyPanel->setStatus(tr("Opening the address index…"));
  m_loader->load(source.absoluteFilePath(), vector->source().layerName);
}

void AddressTools::onIndexReady()
{
  m_searchBox->setIndex(m_loader->index());
  m_reverseTool->setIndex(m_loader->index());
  m_hierarchyPanel->setHierarchy(m_loader->hierarchy());
}

void AddressTools::showProgress(int percent, const QString &label)
{
  m_progress->setVisible(percent >= 0);
  m_progress->setValue(std::max(0, percent));
  m_progress->setFormat(label + u" %p%"_s);
}

void AddressTools::zoomToLonLat(const BBox &lonLatBox, double minimumMetres)
{
  BBox box = lonLatBox;
  const double latSpan = minimumMetres / kMetresPerDegree;
  const double lonSpan = latSpan / std::max(0.1, std::cos(box.centerY() * std::numbers::pi / 180));
  if (box.width() < lonSpan) {
    box.xMin = box.centerX() - lonSpan / 2;
    box.xMax = box.xMin + lonSpan;
  }
  if (box.height() < latSpan) {
    box.yMin = box.centerY() - latSpan / 2;
    box.yMax = box.yMin + latSpan;
  }
  try {
    m_canvas->zoomToBox(
        CoordinateTransform(Crs::cgcs2000(), m_canvas->destinationCrs()).transformBounds(box));
  } catch (const CrsError &e) {
    m_messages->pushMessage(QString::fromUtf8(e.what()), MessageBar::Level::Warning);
  }
}

BBox AddressTools::gridBounds(const QString &gridCode) const
{
  for (MapLayer *layer : m_layers->layers()) {
    const auto *vector = qobject_cast<VectorLayer *>(layer);
    if (!vector || vector->source().layerName.compare(kGridLayer, Qt::CaseInsensitive) != 0)
      continue;
    const auto store = vector->features();
    if (!store)
      continue;
    int field = store->fieldIndex(u"grid_code"_s);
    if (field < 0)
      field = store->fieldIndex(u"code"_s);
    if (field < 0)
      continue;
    // A few thousand grids in memory: a scan is quicker than a click.
    for (std::size_t f = 0; f < store->featureCount(); ++f) {
      if (store->text(f, field) != gridCode)
        continue;
      try {
        return CoordinateTransform(vector->crs(), Crs::cgcs2000()).transformBounds(store->featureBounds(f));
      } catch (const CrsError &) {
        return {};
      }
    }
  }
  return {};
}

void AddressTools::goTo(const GeocodeResult &result)
{
  if (!std::isfinite(result.lon) || !std::isfinite(result.lat)) {
    m_messages->pushMessage(tr("“%1” has no position on the map.").arg(AddressFormat::title(result)),
                            MessageBar::Level::Warning);
    return;
  }
  BBox box(result.lon, result.lat, result.lon, result.lat);
  if (result.matchedLevel == AddressLevel::Grid) {
    const BBox grid = gridBounds(result.gridCode);
    if (!grid.isEmpty())
      box = grid;
  }
  zoomToLonLat(box, box.width() > 0 ? 200 : spanMetres(result.matchedLevel));
  m_marker->showAt(result.lon, result.lat, AddressFormat::title(result));
}

void AddressTools::goTo(const AddressNode &node)
{
  if (node.bounds.isEmpty()) {
    m_messages->pushMessage(tr("“%1” has no position on the map.").arg(node.label),
                            MessageBar::Level::Warning);
    return;
  }
  zoomToLonLat(node.bounds, std::min(spanMetres(node.level), 400.0));
  m_marker->showAt(node.bounds.centerX(), node.bounds.centerY(), node.label);
}

QString AddressTools::findingsPathFor(const QString &sourcePath)
{
  const QFileInfo source(sourcePath);
  if (QFileInfo(source.absolutePath()).isWritable())
    return source.absolutePath() + u'/' + source.completeBaseName() + u".findings.gpkg"_s;
  const QString cache =
      QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/address-findings"_s;
  QDir().mkpath(cache);
  const QByteArray key =
      QCryptographicHash::hash(source.absoluteFilePath().toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
  return cache + u'/' + source.completeBaseName() + u'-' + QString::fromLatin1(key) + u".findings.gpkg"_s;
}

void AddressTools::checkQuality()
{
  if (m_qualityWatcher)
    return;
  const QString source = m_loader->sourcePath();
  if (source.isEmpty() || AddressIndex::isIndexFile(source)) {
    m_messages->pushMessage(tr("Open a layer of standard addresses first (a layer named “addresses”)."),
                            MessageBar::Level::Warning);
    return;
  }
  m_qualityJob = std::make_shared<QualityJob>();
  m_qualityWatcher = std::make_unique<QFutureWatcher<QualityOutcome>>();
  connect(m_qualityWatcher.get(), &QFutureWatcherBase::finished, this, &AddressTools::onQualityFinished);
  const QString findingsPath = findingsPathFor(source);
  m_qualityWatcher->setFuture(
      QtConcurrent::run([source, findingsPath, job = m_qualityJob]() -> QualityOutcome {
        QualityOutcome outcome;
        try {
          const QualityReport report = AddressQuality::check(
              source, {}, [&job](double fraction) { job->fraction = fraction; }, &job->cancel);
          AddressQuality::writeGeoPackage(report, findingsPath, kFindingsLayer);
          outcome.counts = report.counts();
          outcome.addressCount = report.addressCount;
          outcome.findingsPath = findingsPath;
        } catch (const AddressIndexError &e) {
          outcome.error = e.reason() == AddressIndexError::Reason::Cancelled ? QString() : e.message();
        } catch (const std::exception &e) {
          // Whatever else a damaged source provokes: the slot reading the outcome must not rethrow it.
          outcome.error = QString::fromUtf8(e.what());
        }
        return outcome;
      }));
  m_qualityAction->setEnabled(false);
  showProgress(0, tr("Checking addresses"));
  m_qualityTimer.start();
}

void AddressTools::onQualityFinished()
{
  const QualityOutcome outcome = m_qualityWatcher->result();
  m_qualityWatcher.release()->deleteLater();
  m_qualityJob.reset();
  m_qualityTimer.stop();
  m_qualityAction->setEnabled(true);
  showProgress(-1, {});
  if (outcome.findingsPath.isEmpty()) {
    if (!outcome.error.isEmpty())
      m_messages->pushMessage(outcome.error, MessageBar::Level::Critical);
    return;
  }
  if (m_findingsLayer)
    m_layers->removeLayer(m_findingsLayer);
  auto layer = std::make_unique<VectorLayer>(VectorSource(outcome.findingsPath, kFindingsLayer),
                                             tr("Address findings"));
  layer->setStyle(findingsStyle());
  auto *added = static_cast<VectorLayer *>(m_layers->addLayer(std::move(layer)));
  m_findingsLayer = added;
  connect(added, &VectorLayer::failed, this,
          [this](const QString &message) { m_messages->pushMessage(message, MessageBar::Level::Critical); });
  added->loadAsync();

  qint64 total = 0;
  QStringList parts;
  for (const auto &[rule, count] : outcome.counts) {
    total += count;
    if (count > 0)
      parts << u"%1 %2"_s.arg(ruleName(rule)).arg(count);
  }
  m_messages->pushMessage(total == 0
                              ? tr("Address check: no problems in %L1 addresses.").arg(outcome.addressCount)
                              : tr("Address check: %L1 findings in %L2 addresses — %3")
                                    .arg(total)
                                    .arg(outcome.addressCount)
                                    .arg(parts.join(u", "_s)),
                          total == 0 ? MessageBar::Level::Info : MessageBar::Level::Warning);
  emit qualityChecked(outcome.counts);
}

} // namespace rc
