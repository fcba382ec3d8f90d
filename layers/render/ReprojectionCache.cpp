#include "render/ReprojectionCache.h"

#include "geo/CoordinateTransform.h"

namespace rc {

ReprojectionCache::ReprojectionCache(std::shared_ptr<const FeatureStore> store, Crs sourceCrs)
    : m_store(std::move(store)), m_sourceCrs(std::move(sourceCrs))
{}

std::shared_ptr<const std::vector<double>> ReprojectionCache::coordinates(const Crs &destination)
{
  QMutexLocker lock(&m_mutex);
  for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
    if (it->first == destination) {
      auto found = *it;
      m_entries.erase(it);
      m_entries.push_back(found);
      return found.second;
    }
  }
  const CoordinateTransform transform(m_sourceCrs, destination);
  const std::span<const double> source = m_store->coordinates();
  auto projected = std::make_shared<std::vector<double>>(source.begin(), source.end());
  transform.transformInPlace(projected->data(), projected->size() / 2);
  if (int(m_entries.size()) >= kMaxCrsCount)
    m_entries.erase(m_entries.begin());
  m_entries.emplace_back(destination, projected);
  return projected;
}

} // namespace rc
