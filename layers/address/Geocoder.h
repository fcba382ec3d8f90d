#pragma once

#include "address/AddressIndex.h"

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace rc {

/// The query engine of an AddressIndex on a SQLite connection of its own. Reads what was typed
/// into name runs and marked numbers, finds candidate places through the gazetteer (exact names,
/// cores and aliases, one-edit typos, prefixes), scores each candidate by how much of the text its
/// levels explain, resolves building, unit and room against the address table, and falls back to
/// the FTS5 trigram index when no name explains the text.
///
/// Not thread-safe: one per thread. AddressIndex keeps a pool of them behind its thread-safe
/// geocode()/reverse(); batch workers may own one each. The index must outlive it.
class Geocoder
{
public:
  explicit Geocoder(const AddressIndex &index);
  ~Geocoder();
  Geocoder(const Geocoder &) = delete;
  Geocoder &operator=(const Geocoder &) = delete;

  /// See AddressIndex::geocode().
  [[nodiscard]] std::vector<GeocodeResult> geocode(QStringView text, const GeocodeOptions &options = {},
                                                   const std::atomic_bool *cancel = nullptr);
  /// See AddressIndex::reverse().
  [[nodiscard]] std::optional<GeocodeResult> reverse(double lon, double lat);

private:
  struct Private;
  std::unique_ptr<Private> d;
};

} // namespace rc
