#include "style/Expression.h"

#include "data/FeatureStore.h"
#include "style/ExpressionParser.h"

#include <QCoreApplication>
#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace rc {

namespace {

/// Small enough for prompt progress and cancelling and for even sharing between threads, large
/// enough that taking a chunk costs nothing next to evaluating it.
constexpr std::size_t kFeaturesPerChunk = 16384;

/// The field of that name: exact spelling first, so that "Name" and "name" both resolve when a
/// layer has both, then ignoring case, as FeatureStore::fieldIndex() does.
int fieldIndex(const Fields &fields, const QString &name)
{
  for (int i = 0; i < fields.size(); ++i)
    if (fields[i].name == name)
      return i;
  for (int i = 0; i < fields.size(); ++i)
    if (fields[i].name.compare(name, Qt::CaseInsensitive) == 0)
      return i;
  return -1;
}

} // namespace

Expression Expression::parse(const QString &text, ExpressionError *error)
{
  Expression expression;
  expression.m_text = text;
  std::optional<ParsedExpression> parsed = ExpressionParser::parse(text, expression.m_parseError);
  if (!parsed) {
    if (error)
      *error = expression.m_parseError;
    return expression;
  }
  expression.m_root = std::move(parsed->root);
  expression.m_references = std::move(parsed->fields);
  expression.m_prepared = expression.m_references.isEmpty();
  return expression;
}

QStringList Expression::referencedFields() const
{
  QStringList names;
  names.reserve(m_references.size());
  for (const ExpressionFieldReference &reference : m_references)
    names.append(reference.name);
  return names;
}

bool Expression::prepare(const Fields &fields, ExpressionError *error)
{
  m_prepared = false;
  m_bindings.clear();
  if (!isValid()) {
    if (error)
      *error = m_parseError;
    return false;
  }
  for (const ExpressionFieldReference &reference : std::as_const(m_references)) {
    const int index = fieldIndex(fields, reference.name);
    if (index < 0) {
      m_bindings.clear();
      if (error)
        *error = {QCoreApplication::translate("rc::Expression", "unknown field “%1”").arg(reference.name),
                  reference.position, reference.length};
      return false;
    }
    m_bindings.push_back({index, fields[index].type});
  }
  m_prepared = true;
  return true;
}

QVariant Expression::evaluate(const FeatureStore &store, std::size_t feature) const
{
  if (!m_prepared)
    return {};
  return toVariant(m_root->evaluate({store, feature, m_bindings}));
}

bool Expression::matches(const FeatureStore &store, std::size_t feature) const
{
  return m_prepared && m_root->truth({store, feature, m_bindings}) == Truth::True;
}

std::vector<std::uint32_t> filterFeatures(const Expression &expression, const FeatureStore &store,
                                          const std::function<void(double)> &progress,
                                          const std::atomic_bool *cancel)
{
  if (!expression.isPrepared())
    return {};
  const std::size_t featureCount = store.featureCount();
  const std::size_t chunkCount = (featureCount + kFeaturesPerChunk - 1) / kFeaturesPerChunk;
  std::vector<std::vector<std::uint32_t>> chunkMatches(chunkCount);
  std::atomic_size_t nextChunk = 0;
  std::atomic_size_t chunksDone = 0;
  const auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
  // Threads take chunks in turn until none is left, so a thread the pool starts late still helps.
  const auto runChunk = [&]() {
    if (cancelled())
      return false;
    const std::size_t chunk = nextChunk.fetch_add(1);
    if (chunk >= chunkCount)
      return false;
    const std::size_t end = std::min(featureCount, (chunk + 1) * kFeaturesPerChunk);
    std::vector<std::uint32_t> &matches = chunkMatches[chunk];
    for (std::size_t feature = chunk * kFeaturesPerChunk; feature < end; ++feature)
      if (expression.matches(store, feature))
        matches.push_back(std::uint32_t(feature));
    chunksDone.fetch_add(1);
    return true;
  };

  // The calling thread works too, so the filter finishes even when the pool is busy with renders.
  QThreadPool *pool = QThreadPool::globalInstance();
  const int helperCount = int(std::min<std::size_t>(std::max(pool->maxThreadCount() - 1, 0), chunkCount));
  QList<QFuture<void>> helpers;
  for (int i = 0; i < helperCount; ++i)
    helpers.append(QtConcurrent::run(pool, [&runChunk] {
      while (runChunk()) {
      }
    }));
  while (runChunk())
    if (progress)
      progress(double(chunksDone.load()) / double(chunkCount));
  for (QFuture<void> &helper : helpers)
    helper.waitForFinished();
  if (cancelled())
    return {};

  std::size_t total = 0;
  for (const std::vector<std::uint32_t> &matches : chunkMatches)
    total += matches.size();
  std::vector<std::uint32_t> result;
  result.reserve(total);
  for (const std::vector<std::uint32_t> &matches : chunkMatches)
    result.insert(result.end(), matches.begin(), matches.end());
  if (progress)
    progress(1.0);
  return result;
}

} // namespace rc
