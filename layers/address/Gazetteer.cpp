#include "address/Gazetteer.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

/// Generic endings per level, longest first so that 街道 wins over a shorter one.
constexpr std::array<QStringView, 3> kDistrictSuffixes{u"区", u"县", u"市"};
constexpr std::array<QStringView, 4> kTownSuffixes{u"街道办事处", u"街道", u"镇", u"乡"};
constexpr std::array<QStringView, 8> kCommunitySuffixes{
    u"社区居民委员会", u"居民委员会", u"村民委员会", u"社区居委会", u"村委会", u"居委会", u"社区", u"村"};
constexpr std::array<QStringView, 26> kCompoundSuffixes{
    u"小区", u"花园", u"新村", u"公寓", u"家园", u"大厦", u"广场", u"雅居", u"名城",
    u"山庄", u"嘉园", u"华庭", u"新苑", u"佳园", u"丽景", u"公馆", u"世家", u"御园",
    u"苑",   u"府",   u"城",   u"园",   u"庭",   u"居",   u"阁",   u"湾"};

/// Words callers wrap around an address ("…小区附近", "…门口") that name no place themselves.
constexpr std::array<QStringView, 30> kGenericWords{
    u"小区", u"社区", u"花园", u"新村", u"公寓", u"家园", u"大厦",   u"广场", u"附近", u"旁边",
    u"对面", u"门口", u"楼下", u"里面", u"边上", u"路口", u"交叉口", u"这里", u"那里", u"村",
    u"街道", u"区",   u"镇",   u"乡",   u"苑",   u"旁",   u"在",     u"的",   u"住",   u"内"};

template<std::size_t N> QString stripSuffix(QStringView norm, const std::array<QStringView, N> &suffixes)
{
  for (QStringView suffix : suffixes) {
    if (norm.endsWith(suffix) && norm.size() - suffix.size() >= 2)
      return norm.chopped(suffix.size()).toString();
  }
  return {};
}

std::vector<QString> deletions(QStringView key)
{
  std::vector<QString> out;
  out.reserve(std::size_t(key.size()));
  for (qsizetype i = 0; i < key.size(); ++i) {
    QString variant = key.toString();
    variant.remove(i, 1);
    if (std::find(out.begin(), out.end(), variant) == out.end())
      out.push_back(std::move(variant));
  }
  return out;
}

void appendUnique(std::vector<NameHit> &hits, NameHit hit)
{
  for (NameHit &h : hits) {
    if (h.name == hit.name) {
      // One name met several ways (its core equals an alias): keep the better way.
      h.match = std::min(h.match, hit.match);
      return;
    }
  }
  hits.push_back(hit);
}

} // namespace

int Gazetteer::add(NameEntry entry)
{
  m_entries.push_back(std::move(entry));
  return int(m_entries.size()) - 1;
}

void Gazetteer::addAlias(const QString &aliasNorm, int name)
{
  if (!aliasNorm.isEmpty())
    m_aliases.emplace_back(aliasNorm, name);
}

QString Gazetteer::coreName(AddressLevel level, QStringView norm)
{
  switch (level) {
  case AddressLevel::District:
    return stripSuffix(norm, kDistrictSuffixes);
  case AddressLevel::Town:
    return stripSuffix(norm, kTownSuffixes);
  case AddressLevel::Community:
    return stripSuffix(norm, kCommunitySuffixes);
  case AddressLevel::Compound:
    return stripSuffix(norm, kCompoundSuffixes);
  default:
    return {};
  }
}

bool Gazetteer::isGenericWord(QStringView text)
{
  if (text.isEmpty())
    return true;
  for (QStringView word : kGenericWords) {
    if (text.startsWith(word) && isGenericWord(text.mid(word.size())))
      return true;
  }
  return false;
}

void Gazetteer::addKey(const QString &key, NameHit hit)
{
  if (key.isEmpty())
    return;
  appendUnique(m_keys[key], hit);
}

void Gazetteer::seal()
{
  for (int id = 0; id < size(); ++id) {
    const NameEntry &e = m_entries[std::size_t(id)];
    addKey(e.norm, {id, NameMatch::Exact});
    const QString core = coreName(e.level, e.norm);
    if (!core.isEmpty())
      addKey(core, {id, NameMatch::Core});
  }
  for (const auto &[alias, name] : m_aliases)
    addKey(alias, {name, NameMatch::Alias});

  for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it) {
    m_maxKeyLength = std::max(m_maxKeyLength, int(it.key().size()));
    for (const NameHit &hit : it.value())
      m_sorted.emplace_back(it.key(), hit);
    if (it.key().size() < 3)
      continue;
    const int keyNumber = int(m_keyTexts.size());
    m_keyTexts.push_back(it.key());
    m_keyHits.push_back(it.value());
    for (QString &variant : deletions(it.key()))
      m_deletions[variant].push_back(keyNumber);
  }
  std::sort(m_sorted.begin(), m_sorted.end(), [](const auto &a, const auto &b) {
    return a.first < b.first || (a.first == b.first && a.second.name < b.second.name);
  });
}

const std::vector<NameHit> &Gazetteer::lookup(QStringView key) const
{
  static const std::vector<NameHit> none;
  const auto it = m_keys.constFind(key.toString());
  return it == m_keys.cend() ? none : it.value();
}

std::vector<NameHit> Gazetteer::fuzzyLookup(QStringView key) const
{
  std::vector<NameHit> hits;
  if (key.size() < 3)
    return hits;
  std::vector<int> candidates;
  const auto collect = [&](const QString &variant) {
    if (const auto it = m_deletions.constFind(variant); it != m_deletions.cend())
      candidates.insert(candidates.end(), it.value().begin(), it.value().end());
  };
  const QString whole = key.toString();
  collect(whole); // the key lacks a character of a name
  for (const QString &variant : deletions(key)) {
    collect(variant); // a substituted or swapped character
    // The key has one character too many.
    if (variant.size() >= 3) {
      for (const NameHit &hit : lookup(variant))
        appendUnique(hits, {hit.name, NameMatch::Fuzzy});
    }
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  for (const int k : candidates) {
    const QString &text = m_keyTexts[std::size_t(k)];
    if (text == whole || editDistance(whole, text, 1) > 1)
      continue;
    for (const NameHit &hit : m_keyHits[std::size_t(k)])
      appendUnique(hits, {hit.name, NameMatch::Fuzzy});
  }
  return hits;
}

std::vector<NameHit> Gazetteer::prefixLookup(QStringView prefix, int limit) const
{
  std::vector<NameHit> hits;
  if (prefix.isEmpty())
    return hits;
  auto it = std::lower_bound(m_sorted.begin(), m_sorted.end(), prefix,
                             [](const auto &entry, QStringView p) { return QStringView(entry.first) < p; });
  for (; it != m_sorted.end() && it->first.startsWith(prefix) && int(hits.size()) < limit; ++it)
    appendUnique(hits, {it->second.name, NameMatch::Prefix});
  return hits;
}

int Gazetteer::editDistance(QStringView a, QStringView b, int cap)
{
  const qsizetype n = a.size(), m = b.size();
  if (std::abs(n - m) > cap)
    return cap + 1;
  // Three rows suffice for the optimal-string-alignment recurrence.
  std::vector<int> before(std::size_t(m + 1)), previous(std::size_t(m + 1)), current(std::size_t(m + 1));
  for (qsizetype j = 0; j <= m; ++j)
    previous[std::size_t(j)] = int(j);
  for (qsizetype i = 1; i <= n; ++i) {
    current[0] = int(i);
    int rowMinimum = current[0];
    for (qsizetype j = 1; j <= m; ++j) {
      const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      int value = std::min({previous[std::size_t(j)] + 1, current[std::size_t(j - 1)] + 1,
                            previous[std::size_t(j - 1)] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        value = std::min(value, before[std::size_t(j - 2)] + 1);
      current[std::size_t(j)] = value;
      rowMinimum = std::min(rowMinimum, value);
    }
    if (rowMinimum > cap)
      return cap + 1;
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return std::min(previous[std::size_t(m)], cap + 1);
}

} // namespace rc
