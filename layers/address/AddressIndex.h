#pragma once

#include "address/AddressTypes.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace rc {

class Gazetteer;
class Geocoder;

/// What to index: the address layer of the source and an optional list of nicknames.
struct AddressIndexOptions
{
  /// The address layer; empty takes "addresses", else the first point layer.
  QString layer;
  /// A UTF-8 CSV of `alias,name` rows (name: a compound, road or community as the standard
  /// addresses spell it, e.g. `锦安,锦安广场`); empty uses `<source base name>.aliases.csv` beside
  /// the source when there is one.
  QString aliasesPath;
};

/// Build progress, 0–1.
using AddressIndexProgress = std::function<void(double fraction)>;

/// How to geocode one text.
struct GeocodeOptions
{
  int limit = 10;
  /// The operator is still typing: the last word may be the start of a name or house number.
  bool prefix = false;
};

/// The standard address database of one address layer, as a SQLite file beside its source
/// (fuzhou.gpkg → fuzhou.addr.sqlite): per-level names, places (road + house number + compound),
/// sites (a building's point) with an R*Tree, the addresses themselves, and an FTS5 trigram index
/// with a column per level and the normalized full text of each place. Opening loads the names
/// and places (a process holding the 3-million-address city stays under 100 MB) into memory;
/// queries then run on per-thread SQLite connections.
///
/// Names are found through an in-memory gazetteer (exact, core, alias, one-edit and prefix
/// lookups) rather than through FTS5 alone: on the demo city, an FTS5 trigram OR-query finds a
/// compound or road name with one wrong character in its top 5 for 14 % of names (0 % of
/// three-character names, whose only trigram the typo destroys), the one-edit lookup for all of
/// them. FTS5 answers the rest: text in which no name is recognised, and infix fragments.
///
/// Owned through std::shared_ptr<const AddressIndex>, shared by the search box, batch jobs and
/// the map. Every const member is thread-safe: geocode() and reverse() borrow a connection from
/// an internal pool, so each connection serves one thread at a time.
class AddressIndex
{
public:
  /// Opens `path`, which is an index file or an address source. For a source the index beside it
  /// (or, where that folder is read-only, in the user's cache) is reused while the source's size
  /// and modification time match what it was built from; otherwise it is built first, reporting
  /// `progress` and polling `cancel`. Throws AddressIndexError (Cancelled when cancelled).
  [[nodiscard]] static std::shared_ptr<const AddressIndex> open(const QString &path,
                                                                const AddressIndexOptions &options = {},
                                                                const AddressIndexProgress &progress = {},
                                                                const std::atomic_bool *cancel = nullptr);
  /// Builds (or rebuilds) the index of `sourcePath` at `indexPath`, atomically: a cancelled or
  /// failed build leaves any previous index untouched. Throws AddressIndexError.
  static void build(const QString &sourcePath, const QString &indexPath,
                    const AddressIndexOptions &options = {}, const AddressIndexProgress &progress = {},
                    const std::atomic_bool *cancel = nullptr);
  /// Where the index of a source lives: beside it, or in the cache when its folder is read-only.
  [[nodiscard]] static QString indexPathFor(const QString &sourcePath);
  /// True when `path` is an address index file (by its content, not its name).
  [[nodiscard]] static bool isIndexFile(const QString &path);
  /// True when `indexPath` exists and was built from `sourcePath` as the source is now.
  [[nodiscard]] static bool isCurrent(const QString &indexPath, const QString &sourcePath,
                                      const AddressIndexOptions &options = {});

  ~AddressIndex();
  AddressIndex(const AddressIndex &) = delete;
  AddressIndex &operator=(const AddressIndex &) = delete;

  [[nodiscard]] QString path() const { return m_path; }
  [[nodiscard]] QString sourcePath() const { return m_sourcePath; }
  [[nodiscard]] qint64 addressCount() const { return m_addressCount; }
  [[nodiscard]] qint64 placeCount() const;
  [[nodiscard]] const Gazetteer &gazetteer() const { return *m_gazetteer; }

  /// Ranked standard addresses for what an operator typed: free address text, an address code, a
  /// 15-digit grid code, or a coordinate ("119.30,26.08", 119°18'00"E 26°04'48"N, Gauss-Krüger
  /// zone 40 metres "429964,2885885"). Best first: exact matches of every level before fuzzy ones.
  /// With options.prefix this is the search-as-you-type call. Thread-safe. When `cancel` turns
  /// true the search stops early and returns what it has (possibly nothing).
  [[nodiscard]] std::vector<GeocodeResult> geocode(QStringView text, const GeocodeOptions &options = {},
                                                   const std::atomic_bool *cancel = nullptr) const;
  /// The standard address nearest to a CGCS2000 lon/lat, with its grid, community and geodesic
  /// distance; nullopt when the index is empty. Thread-safe.
  [[nodiscard]] std::optional<GeocodeResult> reverse(double lon, double lat) const;

  /// In-memory tables shared by every connection; defined in AddressIndex.cpp.
  struct Tables;
  [[nodiscard]] const Tables &tables() const { return *m_tables; }

private:
  AddressIndex() = default;
  void load();

  /// A pooled connection, handed back on destruction.
  class Lease;
  [[nodiscard]] Lease lease() const;

  QString m_path;
  QString m_sourcePath;
  qint64 m_addressCount = 0;
  std::unique_ptr<Gazetteer> m_gazetteer;
  std::unique_ptr<Tables> m_tables;
  mutable std::mutex m_poolMutex;
  mutable std::vector<std::unique_ptr<Geocoder>> m_idle;
};

} // namespace rc
