#include "map/VectorLayer.h"

#include "geo/CoordinateTransform.h"
#include "privacy/PersonalFields.h"
#include "render/ReprojectionCache.h"
#include "render/VectorLayerRenderer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace rc {

/// Shared between the layer and its loader thread, so the loader never touches the layer itself
/// (which may be deleted while it reads).
struct VectorLayer::LoadState
{
  std::atomic<qint64> done = 0;
  std::atomic<qint64> total = -1;
  std::atomic_bool cancel = false;
};

struct VectorLayer::LoadResult
{
  std::shared_ptr<const FeatureStore> store;
  Crs crs;
  QString layerName;
  QString error;
  QString warning;
};

VectorLayer::VectorLayer(VectorSource source, QString name, QObject *parent)
    : MapLayer(name.isEmpty() ? (source.layerName.isEmpty() ? QFileInfo(source.path).completeBaseName()
                                                            : source.layerName)
                              : name,
               parent),
      m_source(std::move(source)), m_style(VectorStyle::defaultFor(0))
{
  m_progressTimer.setInterval(100);
  connect(&m_progressTimer, &QTimer::timeout, this, &VectorLayer::pollProgress);
}

VectorLayer::~VectorLayer()
{
  cancelLoading();
}

VectorLayer::LoadResult VectorLayer::read(const VectorSource &source, LoadState &state)
{
  LoadResult result;
  try {
    const auto dataset = VectorDataset::open(source.path, source.options);
    int index = 0;
    if (!source.layerName.isEmpty()) {
      index = dataset->layerIndex(source.layerName);
      if (index < 0)
        throw DataError(
            source.path,
            QCoreApplication::translate("rc::VectorLayer", "has no layer named “%1”").arg(source.layerName));
    }
    const LayerSummary summary = dataset->summary(index);
    result.layerName = summary.name;
    BBox filter;
    if (!source.filter.isEmpty() && summary.crs.isValid())
      filter = CoordinateTransform(source.filterCrs, summary.crs).transformBounds(source.filter);
    result.store = dataset->load(
        index,
        [&state](qint64 done, qint64 total) {
          state.done = done;
          state.total = total;
        },
        &state.cancel, filter);
    // Classified and masked here, once, so nothing downstream ever reads a personal value.
    result.store = PersonalFields::masked(result.store, source.personalFields);
    result.crs = summary.crs;
    if (!result.crs.isValid()) {
      // Chinese government and survey data without a .prj is nearly always lon/lat on CGCS2000.
      const BBox e = result.store->extent();
      if (e.isEmpty() || (e.xMin >= -180 && e.xMax <= 180 && e.yMin >= -90 && e.yMax <= 90)) {
        result.crs = Crs::cgcs2000();
        result.warning = QCoreApplication::translate("rc::VectorLayer",
                                                     "%1: the layer declares no coordinate reference system; "
                                                     "assumed CGCS2000 longitude/latitude (EPSG:4490)")
                             .arg(source.path);
      } else {
        result.store.reset();
        result.error = QCoreApplication::translate(
                           "rc::VectorLayer",
                           "%1: the layer declares no coordinate reference system and its coordinates "
                           "are not longitude/latitude, so it cannot be placed on the map")
                           .arg(source.path);
      }
    }
  } catch (const DataError &e) {
    result.error = e.message();
  } catch (const CrsError &e) {
    result.error = source.path + u": "_s + QString::fromUtf8(e.what());
  } catch (const std::bad_alloc &) {
    result.error = QCoreApplication::translate("rc::VectorLayer", "%1: not enough memory to load the layer")
                       .arg(source.path);
  } catch (const std::exception &e) {
    // Anything else a damaged source provokes fails this layer, not the program: the slot that
    // reads the result would rethrow it.
    result.error = source.path + u": "_s + QString::fromUtf8(e.what());
  }
  return result;
}

void VectorLayer::loadAsync()
{
  cancelLoading();
  m_state = State::Loading;
  m_loadState = std::make_shared<LoadState>();
  m_watcher = std::make_unique<QFutureWatcher<LoadResult>>();
  connect(m_watcher.get(), &QFutureWatcher<LoadResult>::finished, this, [this] {
    m_progressTimer.stop();
    const auto state = m_loadState;
    if (!state || state->cancel)
      return;
    apply(m_watcher->result());
  });
  m_watcher->setFuture(
      QtConcurrent::run([source = m_source, state = m_loadState] { return read(source, *state); }));
  m_progressTimer.start();
  emit propertiesChanged();
}

void VectorLayer::loadNow(const QList<VectorLayer *> &layers)
{
  for (VectorLayer *layer : layers)
    layer->cancelLoading();
  const QList<LoadResult> results = QtConcurrent::blockingMapped(layers, [](const VectorLayer *layer) {
    LoadState state;
    return read(layer->m_source, state);
  });
  for (qsizetype i = 0; i < layers.size(); ++i)
    layers[i]->apply(results[i]);
}

void VectorLayer::cancelLoading()
{
  if (m_loadState)
    m_loadState->cancel = true;
  m_loadState.reset();
  m_progressTimer.stop();
  if (m_watcher) {
    // The worker keeps its own LoadState; let the watcher go without waiting for it.
    m_watcher->disconnect(this);
    m_watcher.release()->deleteLater();
  }
}

void VectorLayer::pollProgress()
{
  if (m_loadState)
    emit loadProgress(m_loadState->done, m_loadState->total);
}

void VectorLayer::apply(const LoadResult &result)
{
  m_warning = result.warning;
  if (!result.error.isEmpty() || !result.store) {
    m_state = State::Failed;
    m_error = result.error;
    emit propertiesChanged();
    emit failed(m_error);
    return;
  }
  m_store = result.store;
  m_selection.clear();
  m_subset.reset();
  m_crs = result.crs;
  m_reprojection = std::make_shared<ReprojectionCache>(m_store, m_crs);
  m_state = State::Ready;
  m_error.clear();
  emit loadProgress(qint64(m_store->featureCount()), qint64(m_store->featureCount()));
  triggerRepaint();
  emit propertiesChanged();
  emit loaded();
}

void VectorLayer::replaceFeatures(std::shared_ptr<const FeatureStore> store, const Crs &crs,
                                  const BBox &sourceExtent, const QString &warning)
{
  // A view window is read afresh (by ViewFetcher): classified and masked like a whole layer.
  store = PersonalFields::masked(store, m_source.personalFields);
  std::vector<qint64> selectedFids;
  for (const std::uint32_t feature : m_selection)
    selectedFids.push_back(m_store->fid(feature));
  std::sort(selectedFids.begin(), selectedFids.end());
  // Stores keep their features in FID order, so each selected FID is a binary search: a view-driven
  // layer swaps stores of 200,000 features on the GUI thread several times a read.
  std::vector<std::uint32_t> selection;
  for (const qint64 fid : selectedFids) {
    std::size_t first = 0, count = store->featureCount();
    while (count > 0) {
      const std::size_t half = count / 2;
      if (store->fid(first + half) < fid) {
        first += half + 1;
        count -= half + 1;
      } else {
        count = half;
      }
    }
    if (first < store->featureCount() && store->fid(first) == fid)
      selection.push_back(std::uint32_t(first));
  }
  const bool selectionChanges = selection != m_selection;
  const bool hadSubset = bool(m_subset);
  m_store = std::move(store);
  m_crs = crs;
  m_sourceExtent = sourceExtent;
  m_reprojection = std::make_shared<ReprojectionCache>(m_store, m_crs);
  m_selection = std::move(selection);
  m_subset.reset();
  m_warning = warning;
  m_state = State::Ready;
  m_error.clear();
  triggerRepaint();
  emit propertiesChanged();
  if (selectionChanges)
    emit selectionChanged();
  if (hadSubset)
    emit subsetChanged();
  emit loaded();
}

void VectorLayer::markFailed(const QString &message)
{
  if (m_state == State::Failed && m_error == message)
    return;
  m_state = State::Failed;
  m_error = message;
  triggerRepaint();
  emit propertiesChanged();
  emit failed(m_error);
}

BBox VectorLayer::extent() const
{
  if (!m_sourceExtent.isEmpty())
    return m_sourceExtent;
  return m_store ? m_store->extent() : BBox();
}

void VectorLayer::setAttributeValues(std::span<const AttributeChange> changes)
{
  if (!m_store || changes.empty())
    return;
  for (const AttributeChange &change : changes)
    if (m_store->isMasked(change.field))
      throw std::invalid_argument("personal fields are not updated live");
  // The geometry is the same, so the reprojected coordinates stay valid for the new store.
  m_store = m_store->withAttributes(changes);
  triggerRepaint();
}

int VectorLayer::ensureField(const Field &field)
{
  if (m_state != State::Ready || !m_store)
    return -1;
  const int existing = m_store->fieldIndex(field.name);
  if (existing >= 0)
    return existing;
  m_store = m_store->withField(field);
  return int(m_store->fields().size()) - 1;
}

bool VectorLayer::swapAttributes(const std::shared_ptr<const FeatureStore> &base,
                                 std::shared_ptr<const FeatureStore> updated)
{
  if (!base || base != m_store || !updated || updated->featureCount() != base->featureCount())
    return false;
  // Same geometry: the reprojected coordinates, the selection and the subset stay valid.
  m_store = std::move(updated);
  triggerRepaint();
  return true;
}

void VectorLayer::setStyle(const VectorStyle &style)
{
  if (style == m_style)
    return;
  m_style = style;
  triggerRepaint();
}

void VectorLayer::setSelection(std::vector<std::uint32_t> features)
{
  // Filters and box selections arrive sorted already; a 3M-row selection need not pay for a sort.
  if (!std::is_sorted(features.begin(), features.end()))
    std::sort(features.begin(), features.end());
  features.erase(std::unique(features.begin(), features.end()), features.end());
  if (m_store)
    std::erase_if(features, [this](std::uint32_t f) { return f >= m_store->featureCount(); });
  if (features == m_selection)
    return;
  m_selection = std::move(features);
  triggerRepaint();
  emit selectionChanged();
}

void VectorLayer::setSubset(std::shared_ptr<const std::vector<std::uint32_t>> features)
{
  if (features == m_subset || (features && m_subset && *features == *m_subset))
    return;
  Q_ASSERT(!features || std::is_sorted(features->begin(), features->end()));
  m_subset = std::move(features);
  triggerRepaint();
  emit subsetChanged();
}

std::unique_ptr<LayerRenderer> VectorLayer::createRenderer() const
{
  if (m_state != State::Ready || !m_store)
    return nullptr;
  auto renderer = std::make_unique<VectorLayerRenderer>(id(), revision(), opacity(), m_store, m_reprojection,
                                                        m_crs, m_style);
  if (!m_selection.empty())
    renderer->setSelection(std::make_shared<const std::vector<std::uint32_t>>(m_selection));
  renderer->setSubset(m_subset);
  return renderer;
}

} // namespace rc
