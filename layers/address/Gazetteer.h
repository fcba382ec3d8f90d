#pragma once

#include "address/AddressTypes.h"

#include <QHash>
#include <QString>

#include <vector>

namespace rc {

/// How a piece of query text met a name.
enum class NameMatch : quint8 {
  Exact,  ///< the normalized name itself
  Core,   ///< the name without its generic suffix: 鼓楼 for 鼓楼区, 锦安 for 锦安广场
  Alias,  ///< a nickname listed for it
  Fuzzy,  ///< one edit (substitution, insertion, deletion, swap) away from the name or its core
  Prefix, ///< the start of the name, while the operator is still typing
};

struct NameHit
{
  int name = -1;
  NameMatch match = NameMatch::Exact;
};

/// One distinct name of the standard addresses at one level: a district, a town, a community, a
/// road or a compound. Towns and communities are distinct per parent; roads and compounds per name.
struct NameEntry
{
  AddressLevel level = AddressLevel::None;
  QString name; ///< as the source spells it
  QString norm; ///< AddressNormalizer::normalize'd
  int parent = -1;
  QString code; ///< community code (12 digits) when known
};

/// The names of an address index in memory, with the lookups the geocoder needs per keystroke:
/// exact and core forms, aliases, one-edit typos (a deletion-neighbourhood index, since a single
/// wrong character in a three-character Chinese name leaves it no trigram in common with the
/// right one) and prefixes. Filled by add()/addAlias(), then seal()ed; immutable afterwards, so
/// any number of threads may query it.
class Gazetteer
{
public:
  /// Adds a name and returns its id (0, 1, ... in order of addition).
  int add(NameEntry entry);
  void addAlias(const QString &aliasNorm, int name);
  /// Builds the lookup tables; call once after the last add.
  void seal();

  [[nodiscard]] int size() const { return int(m_entries.size()); }
  [[nodiscard]] const NameEntry &entry(int name) const { return m_entries[std::size_t(name)]; }
  /// The core form of a normalized name at its level, or an empty string when it has none
  /// (roads keep their suffix: 宁庭路 and 宁庭街 are different roads).
  [[nodiscard]] static QString coreName(AddressLevel level, QStringView norm);
  /// True for text that only says what kind of place follows or precedes: 小区, 社区, 花园 ...
  [[nodiscard]] static bool isGenericWord(QStringView text);

  /// Names whose normalized form, core or alias is `key`.
  [[nodiscard]] const std::vector<NameHit> &lookup(QStringView key) const;
  /// Names (or cores) within one edit of `key`; keys shorter than 3 characters give nothing, as
  /// one edit in two characters leaves too little to go on.
  [[nodiscard]] std::vector<NameHit> fuzzyLookup(QStringView key) const;
  /// Names (or cores) that start with `prefix`, at most `limit` of them.
  [[nodiscard]] std::vector<NameHit> prefixLookup(QStringView prefix, int limit) const;
  /// Length of the longest key, to bound substring scans.
  [[nodiscard]] int maxKeyLength() const { return m_maxKeyLength; }

  /// Optimal-string-alignment distance (edits with adjacent swaps), capped: returns `cap` + 1 as
  /// soon as it must exceed `cap`.
  [[nodiscard]] static int editDistance(QStringView a, QStringView b, int cap);

private:
  void addKey(const QString &key, NameHit hit);

  std::vector<NameEntry> m_entries;
  std::vector<std::pair<QString, int>> m_aliases;
  QHash<QString, std::vector<NameHit>> m_keys;
  /// Each key of 3+ characters with one character deleted → the keys it came from.
  QHash<QString, std::vector<int>> m_deletions;
  std::vector<QString> m_keyTexts; ///< keys that feed the deletion index, by number
  std::vector<std::vector<NameHit>> m_keyHits;
  std::vector<std::pair<QString, NameHit>> m_sorted; ///< for prefix lookups
  int m_maxKeyLength = 0;
};

} // namespace rc
