#include "inspect/AttributeTableModel.h"

#include "data/FeatureStore.h"
#include "inspect/FeatureHitTest.h"
#include "privacy/PersonalDataMask.h"

#include <QBrush>
#include <QFont>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <exception>
#include <iterator>
#include <limits>
#include <numeric>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

constexpr int kProgressIntervalMs = 50;
/// Features between two looks at the cancel flag while reading sort keys.
constexpr std::size_t kCancelCheckInterval = 65536;

/// Chunks smaller than this are not worth a thread.
constexpr std::size_t kMinSortChunk = 65536;

/// std::stable_sort on inspectionPool(): chunks sorted side by side, then merged pairwise.
/// std::inplace_merge is stable too (on a tie the left, earlier chunk goes first), so the result is
/// exactly std::stable_sort's. The calling thread works as well, so a busy pool cannot stall it.
template<typename T, typename Less> void parallelStableSort(std::vector<T> &items, Less less)
{
  QThreadPool *pool = inspectionPool();
  const std::size_t chunkCount =
      std::clamp<std::size_t>(std::size_t(pool->maxThreadCount()), 1, items.size() / kMinSortChunk + 1);
  std::vector<std::size_t> bounds(chunkCount + 1);
  for (std::size_t c = 0; c <= chunkCount; ++c)
    bounds[c] = items.size() * c / chunkCount;
  std::vector<std::size_t> chunks(chunkCount);
  std::iota(chunks.begin(), chunks.end(), 0);
  const auto at = [&items, &bounds](std::size_t c) { return items.begin() + std::ptrdiff_t(bounds[c]); };
  QtConcurrent::blockingMap(pool, chunks, [&](std::size_t c) { std::stable_sort(at(c), at(c + 1), less); });
  for (std::size_t width = 1; width < chunkCount; width *= 2)
    for (std::size_t c = 0; c + width < chunkCount; c += 2 * width)
      std::inplace_merge(at(c), at(c + width), at(std::min(c + 2 * width, chunkCount)), less);
}

/// Sorts keyed features (`featureOf` tells an item's feature) and returns the features. Equal keys
/// keep the store order in both directions, so a descending sort is not simply the ascending one
/// reversed.
template<typename Item, typename Less, typename FeatureOf>
std::vector<std::uint32_t> sortKeyed(std::vector<Item> &keyed, bool descending, Less less,
                                     FeatureOf featureOf)
{
  if (descending)
    parallelStableSort(keyed, [&less](const Item &a, const Item &b) { return less(b, a); });
  else
    parallelStableSort(keyed, less);
  std::vector<std::uint32_t> features;
  features.reserve(keyed.size());
  for (const Item &item : keyed)
    features.push_back(featureOf(item));
  return features;
}

/// A text's sort key: its first eight UTF-16 units as two numbers (comparing them orders like
/// comparing the texts' starts) and its length. Most comparisons of a big sort end there, in
/// registers, without touching the texts.
struct TextKey
{
  quint64 high = 0;
  quint64 low = 0;
  std::uint32_t length = 0;
  std::uint32_t feature = 0;
};

TextKey textKey(QStringView text, std::uint32_t feature)
{
  TextKey key;
  for (qsizetype i = 0; i < 8; ++i) {
    quint64 &half = i < 4 ? key.high : key.low;
    half = (half << 16) | (i < text.size() ? text[i].unicode() : 0u);
  }
  key.length = std::uint32_t(std::min<qsizetype>(text.size(), std::numeric_limits<std::uint32_t>::max()));
  key.feature = feature;
  return key;
}

/// The store's features ordered by one column; nulls (and NaN) are the smallest values. Empty when
/// cancelled.
std::vector<std::uint32_t> sortedFeatures(const FeatureStore &store, int column, Qt::SortOrder order,
                                          const std::atomic_bool &cancel)
{
  const std::size_t count = store.featureCount();
  const bool descending = order == Qt::DescendingOrder;
  const auto cancelled = [&cancel](std::size_t feature) {
    return feature % kCancelCheckInterval == 0 && cancel.load(std::memory_order_relaxed);
  };
  std::vector<std::uint32_t> nulls;
  std::vector<std::uint32_t> sorted;
  switch (store.fields()[column].type) {
  case FieldType::Integer: {
    using Pair = std::pair<qint64, std::uint32_t>;
    std::vector<Pair> keyed;
    keyed.reserve(count);
    for (std::uint32_t f = 0; f < count; ++f) {
      if (cancelled(f))
        return {};
      if (store.isNull(f, column))
        nulls.push_back(f);
      else
        keyed.emplace_back(store.attribute(f, column).toLongLong(), f);
    }
    sorted = sortKeyed(
        keyed, descending, [](const Pair &a, const Pair &b) { return a.first < b.first; },
        [](const Pair &pair) { return pair.second; });
    break;
  }
  case FieldType::Real: {
    using Pair = std::pair<double, std::uint32_t>;
    std::vector<Pair> keyed;
    keyed.reserve(count);
    for (std::uint32_t f = 0; f < count; ++f) {
      if (cancelled(f))
        return {};
      // NaN has no place in an order: it sorts with the nulls.
      const double value = store.real(f, column);
      if (std::isnan(value))
        nulls.push_back(f);
      else
        keyed.emplace_back(value, f);
    }
    sorted = sortKeyed(
        keyed, descending, [](const Pair &a, const Pair &b) { return a.first < b.first; },
        [](const Pair &pair) { return pair.second; });
    break;
  }
  case FieldType::String: {
    // Decoded once into one flat buffer: a QString per feature would cost more than the sort.
    std::vector<QChar> text;
    std::vector<std::size_t> start(count + 1, 0);
    std::vector<TextKey> keyed;
    keyed.reserve(count);
    for (std::uint32_t f = 0; f < count; ++f) {
      if (cancelled(f))
        return {};
      if (store.isNull(f, column)) {
        nulls.push_back(f);
      } else {
        const QString value = store.text(f, column);
        text.insert(text.end(), value.begin(), value.end());
        keyed.push_back(textKey(value, f));
      }
      start[f + 1] = text.size();
    }
    const auto view = [&text, &start](std::uint32_t f) {
      return QStringView(text.data() + start[f], qsizetype(start[f + 1] - start[f]));
    };
    const auto less = [&view](const TextKey &a, const TextKey &b) {
      if (a.high != b.high)
        return a.high < b.high;
      if (a.low != b.low)
        return a.low < b.low;
      // The first eight units are equal: a text of eight or fewer is a start of the other.
      if (a.length <= 8 || b.length <= 8)
        return a.length < b.length;
      return view(a.feature).compare(view(b.feature)) < 0;
    };
    sorted = sortKeyed(keyed, descending, less, [](const TextKey &key) { return key.feature; });
    break;
  }
  }
  if (cancel.load())
    return {};
  std::vector<std::uint32_t> result;
  result.reserve(count);
  const std::vector<std::uint32_t> &first = descending ? sorted : nulls;
  const std::vector<std::uint32_t> &second = descending ? nulls : sorted;
  result.insert(result.end(), first.begin(), first.end());
  result.insert(result.end(), second.begin(), second.end());
  return result;
}

} // namespace

struct AttributeTableModel::JobState
{
  std::atomic_bool cancel = false;
  std::atomic<double> progress = -1;
};

AttributeTableModel::AttributeTableModel(QObject *parent) : QAbstractTableModel(parent)
{
  m_progressTimer.setInterval(kProgressIntervalMs);
  connect(&m_progressTimer, &QTimer::timeout, this, [this] {
    if (m_job)
      emit progressChanged(m_job->progress.load());
  });
}

AttributeTableModel::~AttributeTableModel()
{
  // The worker holds its own references to the store and the request: stopping it is enough.
  if (m_job)
    m_job->cancel = true;
}

void AttributeTableModel::setStore(std::shared_ptr<const FeatureStore> store)
{
  abandonJob();
  beginResetModel();
  m_store = std::move(store);
  m_personal.clear();
  m_revealed.clear();
  if (m_store)
    for (int field = 0; field < m_store->fields().size(); ++field)
      m_personal.push_back(m_store->isMasked(field) ||
                           PersonalDataMask::isPersonal(m_store->fields()[field].name));
  m_applied = {};
  m_requested.subset.reset();
  m_permutation.reset();
  m_matches.reset();
  m_order.reset();
  if (m_requested.sortColumn >= columnCount())
    m_requested.sortColumn = -1;
  if (!m_requested.filterText.isEmpty() &&
      !m_requested.filter.prepare(m_store ? m_store->fields() : Fields())) {
    m_requested.filter = {};
    m_requested.filterText.clear();
  }
  endResetModel();
  updateBusy();
  start();
}

void AttributeTableModel::setSubset(std::shared_ptr<const std::vector<std::uint32_t>> subset)
{
  const Request &current = isBusy() ? m_requested : m_applied;
  if (subset == current.subset || (subset && current.subset && *subset == *current.subset))
    return;
  m_requested.subset = std::move(subset);
  start();
}

std::size_t AttributeTableModel::featureCount() const
{
  if (!m_store)
    return 0;
  return m_applied.subset ? m_applied.subset->size() : m_store->featureCount();
}

int AttributeTableModel::rowCount(const QModelIndex &parent) const
{
  if (parent.isValid() || !m_store)
    return 0;
  return m_order ? int(m_order->rows.size()) : int(m_store->featureCount());
}

int AttributeTableModel::columnCount(const QModelIndex &parent) const
{
  return parent.isValid() || !m_store ? 0 : int(m_store->fields().size());
}

std::uint32_t AttributeTableModel::featureAt(int row) const
{
  return m_order ? m_order->rows[std::size_t(row)] : std::uint32_t(row);
}

int AttributeTableModel::rowOf(std::uint32_t feature) const
{
  if (!m_store || feature >= m_store->featureCount())
    return -1;
  if (!m_order)
    return int(feature);
  if (!m_order->rowOfFeature.empty())
    return m_order->rowOfFeature[feature];
  const auto it = std::lower_bound(m_order->rows.begin(), m_order->rows.end(), feature);
  return it != m_order->rows.end() && *it == feature ? int(it - m_order->rows.begin()) : -1;
}

QVariant AttributeTableModel::data(const QModelIndex &index, int role) const
{
  if (!index.isValid() || !m_store || index.row() >= rowCount() || index.column() >= columnCount())
    return {};
  const std::uint32_t feature = featureAt(index.row());
  const int field = index.column();
  switch (role) {
  case Qt::DisplayRole:
    // NULL as SQL and the filter expressions spell it, apart from an empty text.
    if (m_store->isNull(feature, field))
      return u"NULL"_s;
    if (m_personal[std::size_t(field)])
      return shownText(feature, field);
    return m_store->text(feature, field);
  case Qt::TextAlignmentRole:
    if (m_store->fields()[field].type != FieldType::String)
      return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    return {};
  case Qt::ForegroundRole:
    return m_store->isNull(feature, field) ? QVariant(QBrush(Qt::gray)) : QVariant();
  case Qt::FontRole:
    if (m_store->isNull(feature, field)) {
      QFont font;
      font.setItalic(true);
      return font;
    }
    return {};
  case ValueRole:
    if (m_personal[std::size_t(field)] && !m_store->isNull(feature, field))
      return shownText(feature, field);
    return m_store->attribute(feature, field);
  case FeatureRole:
    return qulonglong(feature);
  default:
    return {};
  }
}

QString AttributeTableModel::shownText(std::uint32_t feature, int field) const
{
  if (isRevealed(feature))
    return m_store->clearText(feature, field);
  // Masked by the layer already (PersonalFields); a store from elsewhere is masked here by name.
  return PersonalDataMask::display(m_store->fields()[field].name, m_store->text(feature, field));
}

bool AttributeTableModel::isPersonalColumn(int column) const
{
  return column >= 0 && std::size_t(column) < m_personal.size() && m_personal[std::size_t(column)];
}

bool AttributeTableModel::hasPersonalColumns() const
{
  return std::find(m_personal.begin(), m_personal.end(), true) != m_personal.end();
}

void AttributeTableModel::revealFeatures(const std::vector<std::uint32_t> &features)
{
  if (!hasPersonalColumns() || features.empty())
    return;
  m_revealed.insert(features.begin(), features.end());
  emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole, ValueRole});
}

void AttributeTableModel::maskAll()
{
  if (m_revealed.empty())
    return;
  m_revealed.clear();
  emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole, ValueRole});
}

QVariant AttributeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
  if (!m_store)
    return {};
  if (orientation == Qt::Vertical) {
    // Rows are labelled by FID, the number the operators and the source data know a feature by.
    if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
      return m_store->fid(featureAt(section));
    return {};
  }
  if (section < 0 || section >= columnCount())
    return {};
  const Field &field = m_store->fields()[section];
  switch (role) {
  case Qt::DisplayRole:
    return field.displayName();
  case Qt::ToolTipRole: {
    const QString type = field.type == FieldType::Integer ? tr("integer")
                         : field.type == FieldType::Real  ? tr("real")
                                                          : tr("text");
    return tr("%1 (%2)").arg(field.name, type);
  }
  default:
    return {};
  }
}

void AttributeTableModel::sort(int column, Qt::SortOrder order)
{
  // Rows in the order of the clear values would tell what the masks hide.
  if (column >= columnCount() || isPersonalColumn(column))
    return;
  column = std::max(column, -1);
  const Request &current = isBusy() ? m_requested : m_applied;
  if (current.sortColumn == column && (column < 0 || current.sortOrder == order))
    return;
  m_requested.sortColumn = column;
  m_requested.sortOrder = order;
  start();
}

bool AttributeTableModel::checkFilter(const QString &text, ExpressionError *error) const
{
  Expression expression = Expression::parse(text, error);
  return expression.isValid() && expression.prepare(m_store ? m_store->fields() : Fields(), error) &&
         !readsPersonalData(expression, text, error);
}

bool AttributeTableModel::readsPersonalData(const Expression &expression, const QString &text,
                                            ExpressionError *error) const
{
  // A filter on a masked column would let anyone probe for a number or a name.
  for (const QString &name : expression.referencedFields()) {
    const int field = m_store ? m_store->fieldIndex(name) : -1;
    if (!isPersonalColumn(field) && !PersonalDataMask::isPersonal(name))
      continue;
    if (error) {
      error->message = tr("“%1” holds personal data, masked here: rows cannot be filtered by it").arg(name);
      error->position = int(text.indexOf(name, 0, Qt::CaseInsensitive));
      error->length = error->position >= 0 ? int(name.size()) : 0;
    }
    return true;
  }
  return false;
}

bool AttributeTableModel::setFilterExpression(const QString &text, ExpressionError *error)
{
  const QString trimmed = text.trimmed();
  if (trimmed.isEmpty()) {
    clearFilter();
    return true;
  }
  Expression expression = Expression::parse(trimmed, error);
  if (!expression.isValid() || !expression.prepare(m_store ? m_store->fields() : Fields(), error) ||
      readsPersonalData(expression, trimmed, error))
    return false;
  const Request &current = isBusy() ? m_requested : m_applied;
  if (current.filterText == trimmed)
    return true;
  m_requested.filterText = trimmed;
  m_requested.filter = std::move(expression);
  start();
  return true;
}

void AttributeTableModel::clearFilter()
{
  const Request &current = isBusy() ? m_requested : m_applied;
  if (current.filterText.isEmpty())
    return;
  m_requested.filterText.clear();
  m_requested.filter = {};
  start();
}

void AttributeTableModel::cancel()
{
  if (!isBusy())
    return;
  abandonJob();
  m_requested = m_applied;
  updateBusy();
}

void AttributeTableModel::abandonJob()
{
  if (m_job)
    m_job->cancel = true;
  m_job.reset();
  // The worker keeps what it reads alive itself; its result is simply not awaited any more.
  if (m_watcher) {
    m_watcher->disconnect(this);
    m_watcher.release()->deleteLater();
  }
}

void AttributeTableModel::start()
{
  abandonJob();
  const bool sorted = m_requested.sortColumn >= 0, filtered = !m_requested.filterText.isEmpty();
  if (!m_store || (!sorted && !filtered)) {
    // The store's own order, or the subset's (ascending too), needs no worker.
    beginResetModel();
    m_applied = m_requested;
    m_permutation.reset();
    m_matches.reset();
    m_order.reset();
    if (m_store && m_applied.subset) {
      auto order = std::make_shared<RowOrder>();
      order->rows = *m_applied.subset;
      m_order = std::move(order);
    }
    endResetModel();
    updateBusy();
    return;
  }

  // What the applied rows already worked out and the request still needs is handed over, not redone.
  const bool samePermutation = m_permutation && m_applied.sortColumn == m_requested.sortColumn &&
                               m_applied.sortOrder == m_requested.sortOrder;
  FeatureList permutation = samePermutation ? m_permutation : nullptr;
  FeatureList matches = m_matches && m_applied.filterText == m_requested.filterText ? m_matches : nullptr;
  m_job = std::make_shared<JobState>();
  m_watcher = std::make_unique<QFutureWatcher<JobResult>>();
  connect(m_watcher.get(), &QFutureWatcher<JobResult>::finished, this, &AttributeTableModel::onJobFinished);
  m_watcher->setFuture(QtConcurrent::run(inspectionPool(), &AttributeTableModel::compute, m_store,
                                         m_requested, std::move(permutation), std::move(matches), m_job));
  updateBusy();
}

AttributeTableModel::JobResult AttributeTableModel::compute(std::shared_ptr<const FeatureStore> store,
                                                            Request request, FeatureList permutation,
                                                            FeatureList matches,
                                                            std::shared_ptr<JobState> job)
{
  JobResult result;
  try {
    const std::size_t count = store->featureCount();
    result.matches = std::move(matches);
    if (!request.filterText.isEmpty() && !result.matches) {
      job->progress = 0;
      result.matches = std::make_shared<const std::vector<std::uint32_t>>(filterFeatures(
          request.filter, *store, [&job](double fraction) { job->progress = fraction; }, &job->cancel));
    }
    result.permutation = std::move(permutation);
    if (request.sortColumn >= 0 && !result.permutation && !job->cancel) {
      job->progress = -1;
      result.permutation = std::make_shared<const std::vector<std::uint32_t>>(
          sortedFeatures(*store, request.sortColumn, request.sortOrder, job->cancel));
    }
    if (job->cancel)
      return {};
    // The features shown, ascending, when not all are: the filter's matches within the subset. The
    // filter ran over the whole store, so a new subset (a timeline step) costs this merge only.
    const FeatureList &subset = request.subset;
    std::vector<std::uint32_t> shown;
    if (result.matches && subset)
      std::set_intersection(result.matches->begin(), result.matches->end(), subset->begin(), subset->end(),
                            std::back_inserter(shown));
    else if (result.matches || subset)
      shown = result.matches ? *result.matches : *subset;
    const bool limited = result.matches || subset;
    auto order = std::make_shared<RowOrder>();
    if (result.permutation && limited) {
      std::vector<std::uint8_t> keep(count, 0);
      for (const std::uint32_t f : shown)
        if (f < count)
          keep[f] = 1;
      order->rows.reserve(shown.size());
      for (const std::uint32_t f : *result.permutation)
        if (keep[f])
          order->rows.push_back(f);
    } else if (result.permutation) {
      order->rows = *result.permutation;
    } else {
      std::erase_if(shown, [count](std::uint32_t f) { return f >= count; });
      order->rows = std::move(shown);
    }
    if (result.permutation) {
      order->rowOfFeature.assign(count, -1);
      for (std::size_t row = 0; row < order->rows.size(); ++row)
        order->rowOfFeature[order->rows[row]] = std::int32_t(row);
    }
    result.order = std::move(order);
  } catch (const std::exception &) {
    // Out of memory for the keys, most likely: the rows stay as they were.
    return {};
  }
  return result;
}

void AttributeTableModel::onJobFinished()
{
  JobResult result = m_watcher->result();
  m_watcher.release()->deleteLater();
  m_job.reset();
  if (!result.order) {
    m_requested = m_applied;
    updateBusy();
    return;
  }
  beginResetModel();
  m_applied = m_requested;
  m_permutation = std::move(result.permutation);
  m_matches = std::move(result.matches);
  m_order = std::move(result.order);
  endResetModel();
  emit progressChanged(1.0);
  updateBusy();
}

void AttributeTableModel::updateBusy()
{
  if (isBusy())
    m_progressTimer.start();
  else
    m_progressTimer.stop();
  if (isBusy() == m_reportedBusy)
    return;
  m_reportedBusy = isBusy();
  emit busyChanged(m_reportedBusy);
}

} // namespace rc
