#include "address/Geocoder.h"

#include "address/AddressIndexTables.h"
#include "address/AddressNormalizer.h"
#include "address/CoordinateInput.h"
#include "address/Gazetteer.h"
#include "base/Sqlite.h"
#include "geo/GeodesicMeasure.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

using Tables = AddressIndex::Tables;

// How much each level of a query counts towards a score. The locating levels (road, house number,
// compound) weigh most: callers drop the administrative ones freely.
constexpr double kDistrictWeight = 1.0;
constexpr double kTownWeight = 1.0;
constexpr double kCommunityWeight = 1.5;
constexpr double kRoadWeight = 3.0;
constexpr double kHouseWeight = 3.0;
constexpr double kCompoundWeight = 3.0;
constexpr double kBuildingWeight = 2.0;
constexpr double kUnitWeight = 1.0;
constexpr double kRoomWeight = 2.0;
/// Penalty per character of query text that no level of a candidate explains.
constexpr double kUnexplainedPerCharacter = 0.6;
/// A number the candidate contradicts costs this share of its level's weight.
constexpr double kWrongNumberShare = 0.7;

constexpr double kCoreFactor = 0.92;
constexpr double kFuzzyFactor = 0.75;
constexpr double kPrefixFactor = 0.7;

/// Bounds that keep a query's work small whatever is typed.
constexpr std::size_t kMaxCandidates = 4000;
constexpr int kMaxAddressRows = 5000;
constexpr int kResolvedPlaces = 8;
constexpr double kResolveShare = 0.5;
constexpr int kFtsRows = 200;
constexpr int kPrefixNames = 40;
constexpr std::size_t kPlacesPerPrefixName = 60;
constexpr int kRowsPerPlace = 5;

/// Below this best score the names alone are not trusted and the trigram index is asked too.
constexpr double kFallbackScore = 0.6;

/// Which number of the query was typed last, for prefix matching while typing.
enum class LastNumber : quint8 { None, House, Building, Unit, Room, Bare };

/// What was typed, read into levels.
struct Query
{
  std::vector<QString> names;
  QString house, building, unit, room;
  std::vector<QString> bare; ///< numbers without a marker: a house, building, unit or room
  bool prefix = false;
  bool endsWithName = false;
  LastNumber last = LastNumber::None;

  [[nodiscard]] bool hasNumbersBelowHouse() const
  {
    return !building.isEmpty() || !unit.isEmpty() || !room.isEmpty() || !bare.empty();
  }
  /// The building number a candidate should look for.
  [[nodiscard]] const QString &buildingFor(bool houseAsBuilding) const
  {
    return houseAsBuilding ? house : building;
  }
};

Query readQuery(QStringView normalized, bool prefix)
{
  Query q;
  q.prefix = prefix;
  const std::vector<AddressToken> tokens = tokenizeAddress(normalized);
  using Marker = AddressToken::Marker;
  for (const AddressToken &t : tokens) {
    if (t.kind == AddressToken::Kind::Name) {
      q.names.push_back(t.text);
      q.endsWithName = true;
      continue;
    }
    q.endsWithName = false;
    const QStringList parts = t.parts();
    const auto take = [&](QString &slot, LastNumber which) {
      if (slot.isEmpty()) {
        slot = t.text;
        q.last = which;
      }
    };
    switch (t.marker) {
    case Marker::House:
      // The first 号 is read as the house number; a candidate whose house it is not may still
      // take it as a building (锦安广场2号), see scorePlace().
      if (q.house.isEmpty())
        take(q.house, LastNumber::House);
      else
        take(q.building, LastNumber::Building);
      break;
    case Marker::Building:
    case Marker::BuildingOrFloor:
      // A bare 楼 after a building is a floor, which standard addresses do not record.
      take(q.building, LastNumber::Building);
      break;
    case Marker::Unit:
      take(q.unit, LastNumber::Unit);
      break;
    case Marker::Room:
      take(q.room, LastNumber::Room);
      break;
    case Marker::Floor:
    case Marker::Group:
      break;
    case Marker::None:
      if (parts.size() == 3 && q.building.isEmpty() && q.unit.isEmpty() && q.room.isEmpty()) {
        q.building = parts[0];
        q.unit = parts[1];
        q.room = parts[2];
        q.last = LastNumber::Room;
      } else {
        q.bare.push_back(t.text);
        q.last = LastNumber::Bare;
      }
      break;
    }
  }
  return q;
}

/// Which characters of the query's name runs some level of a candidate has explained.
class Coverage
{
public:
  explicit Coverage(const Query &q) : m_query(q)
  {
    for (const QString &n : q.names)
      m_covered.emplace_back(std::size_t(n.size()), false);
  }

  /// Claims an uncovered occurrence of `form`.
  bool claimExact(QStringView form)
  {
    if (form.isEmpty())
      return false;
    for (std::size_t t = 0; t < m_query.names.size(); ++t) {
      const QString &name = m_query.names[t];
      for (qsizetype at = name.indexOf(form); at >= 0; at = name.indexOf(form, at + 1)) {
        if (isFree(t, at, form.size())) {
          cover(t, at, form.size());
          return true;
        }
      }
    }
    return false;
  }

  /// Claims an uncovered window within one edit of `form` (3+ characters).
  bool claimFuzzy(QStringView form)
  {
    if (form.size() < 3)
      return false;
    for (std::size_t t = 0; t < m_query.names.size(); ++t) {
      const QString &name = m_query.names[t];
      for (qsizetype length : {form.size(), form.size() - 1, form.size() + 1}) {
        for (qsizetype at = 0; at + length <= name.size(); ++at) {
          if (isFree(t, at, length) &&
              Gazetteer::editDistance(QStringView(name).mid(at, length), form, 1) <= 1) {
            cover(t, at, length);
            return true;
          }
        }
      }
    }
    return false;
  }

  /// Claims the unfinished end of the text when `form` starts with it.
  bool claimPrefix(QStringView form)
  {
    if (!m_query.prefix || !m_query.endsWithName || m_query.names.empty())
      return false;
    const std::size_t t = m_query.names.size() - 1;
    const QString &name = m_query.names[t];
    for (qsizetype at = 0; at < name.size(); ++at) {
      const qsizetype length = name.size() - at;
      if (length < form.size() && isFree(t, at, length) && form.startsWith(QStringView(name).mid(at))) {
        cover(t, at, length);
        return true;
      }
    }
    return false;
  }

  /// Penalty for what no level explained; words like 附近 or a lone 小区 cost nothing.
  [[nodiscard]] double unexplained() const
  {
    double penalty = 0;
    for (std::size_t t = 0; t < m_query.names.size(); ++t) {
      const QString &name = m_query.names[t];
      qsizetype start = -1;
      for (qsizetype i = 0; i <= name.size(); ++i) {
        const bool free = i < name.size() && !m_covered[t][std::size_t(i)];
        if (free && start < 0)
          start = i;
        if (!free && start >= 0) {
          if (!Gazetteer::isGenericWord(QStringView(name).mid(start, i - start)))
            penalty += kUnexplainedPerCharacter * double(i - start);
          start = -1;
        }
      }
    }
    return penalty;
  }

private:
  [[nodiscard]] bool isFree(std::size_t t, qsizetype at, qsizetype length) const
  {
    for (qsizetype i = at; i < at + length; ++i) {
      if (m_covered[t][std::size_t(i)])
        return false;
    }
    return true;
  }
  void cover(std::size_t t, qsizetype at, qsizetype length)
  {
    for (qsizetype i = at; i < at + length; ++i)
      m_covered[t][std::size_t(i)] = true;
  }

  const Query &m_query;
  std::vector<std::vector<bool>> m_covered;
};

double weightOf(AddressLevel level)
{
  switch (level) {
  case AddressLevel::District:
    return kDistrictWeight;
  case AddressLevel::Town:
    return kTownWeight;
  case AddressLevel::Community:
    return kCommunityWeight;
  case AddressLevel::Road:
    return kRoadWeight;
  case AddressLevel::House:
    return kHouseWeight;
  case AddressLevel::Compound:
    return kCompoundWeight;
  case AddressLevel::Building:
    return kBuildingWeight;
  case AddressLevel::Unit:
    return kUnitWeight;
  case AddressLevel::Room:
    return kRoomWeight;
  default:
    return 0;
  }
}

/// A read-only connection tuned for many small lookups: the file memory-mapped, so cold pages
/// come straight from the operating system's cache, and a private page cache of 8 MB.
sqlite::Database openForQueries(const QString &path)
{
  sqlite::Database db(path, sqlite::Database::Mode::ReadOnly);
  db.exec("PRAGMA mmap_size=1073741824; PRAGMA cache_size=-8192;");
  return db;
}

/// Which ways a name can meet the text of a query, whatever other names have claimed.
struct NameProbe
{
  std::vector<QString> alternates; ///< its aliases and core, longest first
  bool exact = false;
  bool alternate = false;
  bool fuzzy = false;
  bool prefix = false;
};

/// True when some window of the texts is within one edit of `form` (3+ characters).
bool containsFuzzy(const std::vector<QString> &texts, QStringView form)
{
  if (form.size() < 3)
    return false;
  for (const QString &text : texts) {
    for (qsizetype length : {form.size(), form.size() - 1, form.size() + 1}) {
      for (qsizetype at = 0; at + length <= text.size(); ++at) {
        if (Gazetteer::editDistance(QStringView(text).mid(at, length), form, 1) <= 1)
          return true;
      }
    }
  }
  return false;
}

constexpr unsigned bit(AddressLevel level)
{
  return 1u << unsigned(level);
}

/// One scored candidate: a place, or for text that names only divisions, a division.
struct Candidate
{
  int place = -1;
  int division = -1;
  double credit = 0;    ///< weights of the matched levels, times how well each matched
  double shortfall = 0; ///< what fuzzy, core and prefix matches fell short of full weight
  double penalty = 0;   ///< text and numbers this candidate contradicts or cannot explain
  bool inexact = false;
  unsigned credited = 0;        ///< bit(level) per level the text matched
  int bareHouse = -1;           ///< the bare number read as this place's house number
  bool houseAsBuilding = false; ///< the text's 号 number is this place's building, not its house

  void award(AddressLevel level, double factor)
  {
    credit += weightOf(level) * factor;
    shortfall += weightOf(level) * (1 - factor);
    credited |= bit(level);
    inexact = inexact || factor < kCoreFactor;
  }
  [[nodiscard]] double score() const { return credit <= 0 ? 0 : credit / (credit + shortfall + penalty); }
  [[nodiscard]] bool has(AddressLevel level) const { return credited & bit(level); }
  [[nodiscard]] AddressLevel level() const
  {
    for (AddressLevel l : {AddressLevel::Compound, AddressLevel::House, AddressLevel::Road,
                           AddressLevel::Community, AddressLevel::Town, AddressLevel::District}) {
      if (has(l))
        return l;
    }
    return AddressLevel::None;
  }
};

/// One row of the address table with its site's point.
struct AddressRow
{
  qint64 id = 0;
  int place = -1;
  QString addrCode, building, unit, room, fullAddress, gridCode;
  double lon = 0, lat = 0;
};

/// The name levels of a place (or of a division and its parents), finest first.
std::array<std::pair<AddressLevel, int>, 5> levelsOf(const Tables::Place &p)
{
  return {{{AddressLevel::Compound, p.compound},
           {AddressLevel::Road, p.road},
           {AddressLevel::Community, p.community},
           {AddressLevel::Town, p.town},
           {AddressLevel::District, p.district}}};
}

/// A number typed while still typing may be the start of the stored one.
bool numberMatches(const QString &stored, const QString &typed, bool typingThis, bool *partial)
{
  if (stored == typed)
    return true;
  if (typingThis && !typed.isEmpty() && stored.startsWith(typed)) {
    *partial = true;
    return true;
  }
  return false;
}

} // namespace

struct Geocoder::Private
{
  explicit Private(const AddressIndex &i)
      : tables(i.tables()), names(i.gazetteer()), db(openForQueries(i.path())),
        rowsOfPlace(db, "SELECT a.id, a.addr_code, a.building, a.unit, a.room, a.full_address, s.grid_code, "
                        "s.lon, s.lat FROM addresses a JOIN sites s ON s.id = a.site WHERE a.place = ?1 "
                        "ORDER BY a.id LIMIT ?2"),
        rowsOfRoom(db, "SELECT a.id, a.addr_code, a.building, a.unit, a.room, a.full_address, s.grid_code, "
                       "s.lon, s.lat FROM addresses a JOIN sites s ON s.id = a.site WHERE a.place = ?1 AND "
                       "a.building = ?2 AND a.unit = ?3 AND a.room = ?4"),
        rowsOfBuilding(db, "SELECT a.id, a.addr_code, a.building, a.unit, a.room, a.full_address, "
                           "s.grid_code, s.lon, s.lat FROM addresses a JOIN sites s ON s.id = a.site "
                           "WHERE a.place = ?1 AND a.building = ?2 ORDER BY a.id LIMIT ?3"),
        rowsOfCode(db, "SELECT a.id, a.addr_code, a.building, a.unit, a.room, a.full_address, s.grid_code, "
                       "s.lon, s.lat, a.place FROM addresses a JOIN sites s ON s.id = a.site "
                       "WHERE a.addr_code = ?1 LIMIT 20"),
        rowById(db, "SELECT a.id, a.addr_code, a.building, a.unit, a.room, a.full_address, s.grid_code, "
                    "s.lon, s.lat, a.place FROM addresses a JOIN sites s ON s.id = a.site WHERE a.id = ?1"),
        prefixOfPlace(db, "SELECT prefix FROM places WHERE id = ?1"),
        fts(db, "SELECT rowid FROM places_fts WHERE places_fts MATCH ?1 ORDER BY rank LIMIT ?2"),
        grid(db, "SELECT community, lon, lat, address_count FROM grids WHERE code = ?1"),
        sitesInBox(db, "SELECT s.id, s.lon, s.lat FROM sites_rtree r JOIN sites s ON s.id = r.id "
                       "WHERE r.max_lon >= ?1 AND r.min_lon <= ?2 AND r.max_lat >= ?3 AND r.min_lat <= ?4"),
        site(db, "SELECT place, building, grid_code, lon, lat, address_count, first_address FROM sites "
                 "WHERE id = ?1")
  {}

  std::vector<GeocodeResult> geocodeText(const QString &normalized, const GeocodeOptions &options,
                                         const std::atomic_bool *cancel);
  std::vector<GeocodeResult> special(const CoordinateInput &input);
  std::optional<GeocodeResult> nearest(double lon, double lat);
  GeocodeResult siteResult(qint64 site, double distance);

  void collectNameCandidates(const Query &q, std::vector<Candidate> &out);
  void collectTextCandidates(const Query &q, std::vector<Candidate> &out);
  void addPlaces(const std::vector<int> &places, const Query &q, QSet<int> &seen,
                 std::vector<Candidate> &out);
  void scorePlace(Candidate &c, const Query &q);
  void scoreDivision(Candidate &c, const Query &q);
  void scoreNames(Candidate &c, const Query &q, const std::vector<std::pair<AddressLevel, int>> &levels);
  const NameProbe &probe(AddressLevel level, int name, const Query &q);
  [[nodiscard]] AddressLevel finestLevel(const AddressRow &row) const;
  void resolveNumbers(const Candidate &c, const Query &q, std::vector<GeocodeResult> &out);

  std::vector<AddressRow> fetchRows(sqlite::Statement &statement, int place);
  [[nodiscard]] AddressRow readRow(sqlite::Statement &statement, int place) const;
  [[nodiscard]] QString prefixOf(int place);
  [[nodiscard]] QString composeFull(int place, const QString &building, const QString &unit,
                                    const QString &room);
  [[nodiscard]] QString divisionText(int name) const;
  void fillPlace(GeocodeResult &r, int place) const;
  void fillDivision(GeocodeResult &r, int name) const;
  [[nodiscard]] GeocodeResult fromRow(const AddressRow &row, AddressLevel level);
  [[nodiscard]] GeocodeResult fromPlaces(const std::vector<int> &places, AddressLevel level);

  const Tables &tables;
  const Gazetteer &names;
  /// Per query: which ways each name could meet the text at all, so that the thousands of
  /// candidates sharing a district or community do not each search the text for it again.
  std::unordered_map<int, NameProbe> probes;
  sqlite::Database db;
  sqlite::Statement rowsOfPlace, rowsOfRoom, rowsOfBuilding, rowsOfCode, rowById, prefixOfPlace, fts, grid,
      sitesInBox, site;
};

Geocoder::Geocoder(const AddressIndex &index)
{
  try {
    d = std::make_unique<Private>(index);
  } catch (const sqlite::Error &e) {
    throw AddressIndexError(
        AddressIndexError::Reason::Index,
        QCoreApplication::translate("rc::AddressIndex", "Cannot read the address index %1: %2")
            .arg(index.path(), e.detail()));
  }
}

Geocoder::~Geocoder() = default;

std::vector<GeocodeResult> Geocoder::geocode(QStringView text, const GeocodeOptions &options,
                                             const std::atomic_bool *cancel)
{
  if (text.trimmed().isEmpty() || options.limit <= 0)
    return {};
  try {
    const sqlite::CancelGuard guard(d->db, cancel);
    const CoordinateInput input = CoordinateInput::parse(text);
    if (input.kind != CoordinateInput::Kind::None) {
      std::vector<GeocodeResult> results = d->special(input);
      if (int(results.size()) > options.limit)
        results.resize(std::size_t(options.limit));
      return results;
    }
    return d->geocodeText(AddressNormalizer::normalize(text), options, cancel);
  } catch (const sqlite::Error &e) {
    if (e.interrupted())
      return {};
    throw AddressIndexError(AddressIndexError::Reason::Index, e.detail());
  }
}

std::vector<GeocodeResult> Geocoder::Private::special(const CoordinateInput &input)
{
  std::vector<GeocodeResult> results;
  switch (input.kind) {
  case CoordinateInput::Kind::LonLat:
  case CoordinateInput::Kind::GaussKruger: {
    // The point itself is the answer; the nearest standard address says what is there.
    GeocodeResult r;
    if (const std::optional<GeocodeResult> found = nearest(input.lon, input.lat))
      r = *found;
    r.lon = input.lon;
    r.lat = input.lat;
    r.matchedLevel = AddressLevel::Coordinate;
    r.score = 1;
    r.exact = true;
    results.push_back(r);
    break;
  }
  case CoordinateInput::Kind::GridCode: {
    grid.bind(1, QStringView(input.code));
    if (grid.step()) {
      GeocodeResult r;
      if (!grid.isNull(0))
        fillDivision(r, int(grid.integer(0)));
      r.fullAddress = divisionText(grid.isNull(0) ? -1 : int(grid.integer(0)));
      r.gridCode = input.code;
      r.lon = grid.isNull(1) ? std::nan("") : grid.real(1);
      r.lat = grid.isNull(2) ? std::nan("") : grid.real(2);
      r.addressCount = grid.integer(3);
      r.matchedLevel = AddressLevel::Grid;
      r.score = 1;
      r.exact = true;
      results.push_back(r);
    }
    grid.reset();
    break;
  }
  case CoordinateInput::Kind::AddressCode: {
    rowsOfCode.bind(1, QStringView(input.code));
    std::vector<AddressRow> rows;
    while (rowsOfCode.step())
      rows.push_back(readRow(rowsOfCode, int(rowsOfCode.integer(9))));
    rowsOfCode.reset();
    for (const AddressRow &row : rows) {
      GeocodeResult r = fromRow(row, finestLevel(row));
      r.score = 1;
      r.exact = true;
      results.push_back(r);
    }
    break;
  }
  case CoordinateInput::Kind::None:
    break;
  }
  return results;
}

std::vector<GeocodeResult> Geocoder::Private::geocodeText(const QString &normalized,
                                                          const GeocodeOptions &options,
                                                          const std::atomic_bool *cancel)
{
  const auto cancelled = [&] { return cancel && cancel->load(std::memory_order_relaxed); };
  const Query q = readQuery(normalized, options.prefix);
  probes.clear();
  if (q.names.empty() && q.house.isEmpty())
    return {};

  std::vector<Candidate> candidates;
  collectNameCandidates(q, candidates);
  double best = 0;
  for (const Candidate &c : candidates)
    best = std::max(best, c.score());
  if (best < kFallbackScore && !cancelled())
    collectTextCandidates(q, candidates);
  if (cancelled())
    return {};

  // One entry per thing a result can stand for: a place, a compound, a road in a district, a
  // division. The best-scored candidate speaks for its group.
  struct Group
  {
    Candidate best;
    bool scored = false;
    std::vector<int> places;
  };
  std::map<std::tuple<int, int, int>, Group> groups;
  for (Candidate c : candidates) {
    const AddressLevel level = c.level();
    if (level == AddressLevel::None || c.score() <= 0)
      continue;
    if (c.place >= 0 && level <= AddressLevel::Community) {
      // A place that matched only its divisions answers for the division.
      const Tables::Place &p = tables.places[std::size_t(c.place)];
      c.division = level == AddressLevel::Community ? p.community
                   : level == AddressLevel::Town    ? p.town
                                                    : p.district;
      c.place = -1;
    }
    std::tuple<int, int, int> key;
    if (c.place < 0) {
      key = {int(level), c.division, -1};
    } else {
      const Tables::Place &p = tables.places[std::size_t(c.place)];
      switch (level) {
      case AddressLevel::Compound:
        key = c.has(AddressLevel::House) ? std::tuple{int(AddressLevel::House), c.place, -1}
                                         : std::tuple{int(level), p.compound, p.community};
        break;
      case AddressLevel::House:
        key = {int(level), c.place, -1};
        break;
      default: // a road, per district: the same name in two districts is two roads
        key = {int(level), p.road, p.district};
        break;
      }
    }
    Group &g = groups[key];
    if (!g.scored || c.score() > g.best.score())
      g.best = c;
    g.scored = true;
    if (c.place >= 0)
      g.places.push_back(c.place);
  }

  std::vector<const Group *> ranked;
  for (const auto &[key, g] : groups)
    ranked.push_back(&g);
  std::sort(ranked.begin(), ranked.end(), [](const Group *a, const Group *b) {
    if (a->best.score() != b->best.score())
      return a->best.score() > b->best.score();
    return a->best.level() > b->best.level();
  });

  std::vector<GeocodeResult> results;
  int resolved = 0;
  for (const Group *g : ranked) {
    if (cancelled())
      return {};
    if (int(results.size()) >= options.limit * 3)
      break;
    const AddressLevel level = g->best.level();
    const bool singlePlace = g->places.size() == 1 || level == AddressLevel::House;
    const bool numbersBelow = q.hasNumbersBelowHouse() || g->best.houseAsBuilding;
    // Rooms are looked up for the best few places only; a place far behind the best cannot win.
    const bool worthResolving =
        resolved < kResolvedPlaces && g->best.score() >= kResolveShare * ranked.front()->best.score();
    if (numbersBelow && g->best.place >= 0 && level >= AddressLevel::House && worthResolving) {
      ++resolved;
      for (const int place : g->places) {
        Candidate c = g->best;
        c.place = place;
        resolveNumbers(c, q, results);
        if (!singlePlace && int(results.size()) >= options.limit * 3)
          break;
      }
      continue;
    }
    GeocodeResult r;
    if (g->best.place < 0) {
      fillDivision(r, g->best.division);
      r.fullAddress = divisionText(g->best.division);
      const Tables::NamePoint &point = tables.namePoints[std::size_t(g->best.division)];
      r.lon = point.lon;
      r.lat = point.lat;
      r.addressCount = point.addressCount;
      r.matchedLevel = level;
    } else {
      r = fromPlaces(singlePlace ? std::vector<int>{g->best.place} : g->places, level);
    }
    // Numbers the text gave below this level and could not place count against it.
    Candidate c = g->best;
    if (numbersBelow && !(g->best.place >= 0 && level >= AddressLevel::House))
      c.penalty += kWrongNumberShare * kBuildingWeight;
    r.score = c.score();
    r.exact = !c.inexact && c.penalty == 0;
    results.push_back(r);
  }

  std::stable_sort(results.begin(), results.end(), [](const GeocodeResult &a, const GeocodeResult &b) {
    if (a.exact != b.exact)
      return a.exact;
    if (a.score != b.score)
      return a.score > b.score;
    if (a.matchedLevel != b.matchedLevel)
      return a.matchedLevel > b.matchedLevel;
    return a.addrCode < b.addrCode;
  });
  if (int(results.size()) > options.limit)
    results.resize(std::size_t(options.limit));
  return results;
}

void Geocoder::Private::addPlaces(const std::vector<int> &places, const Query &q, QSet<int> &seen,
                                  std::vector<Candidate> &out)
{
  for (const int place : places) {
    if (out.size() >= kMaxCandidates)
      return;
    if (seen.contains(place))
      continue;
    seen.insert(place);
    Candidate c;
    c.place = place;
    scorePlace(c, q);
    out.push_back(c);
  }
}

void Geocoder::Private::collectNameCandidates(const Query &q, std::vector<Candidate> &out)
{
  // Every name the text contains: for each start, the longest key there; then one-edit matches
  // for what no key of three or more characters covers; then, while typing, prefixes of the end.
  std::vector<NameHit> hits;
  const auto keep = [&](const std::vector<NameHit> &found) {
    for (const NameHit &h : found) {
      if (std::none_of(hits.begin(), hits.end(), [&](const NameHit &k) { return k.name == h.name; }))
        hits.push_back(h);
    }
  };
  const int maxKey = names.maxKeyLength();
  for (std::size_t t = 0; t < q.names.size(); ++t) {
    const QString &text = q.names[t];
    std::vector<bool> solid(std::size_t(text.size()), false);
    // Forward maximum matching: a name of three or more characters is read whole, so the core 兴山
    // inside 芝兴山庄 does not bring in the 兴山公寓 across town.
    for (qsizetype at = 0; at < text.size();) {
      qsizetype step = 1;
      for (qsizetype length = std::min<qsizetype>(maxKey, text.size() - at); length >= 2; --length) {
        const std::vector<NameHit> &found = names.lookup(QStringView(text).mid(at, length));
        if (found.empty())
          continue;
        keep(found);
        if (length >= 3) {
          std::fill(solid.begin() + at, solid.begin() + at + length, true);
          step = length;
        }
        break;
      }
      at += step;
    }
    for (qsizetype start = 0; start < text.size();) {
      if (solid[std::size_t(start)]) {
        ++start;
        continue;
      }
      qsizetype end = start;
      while (end < text.size() && !solid[std::size_t(end)])
        ++end;
      // Widen by one character each side: a typo next to a recognised key still belongs to it.
      const qsizetype from = std::max<qsizetype>(0, start - 1),
                      to = std::min<qsizetype>(text.size(), end + 1);
      const QStringView run = QStringView(text).mid(from, to - from);
      for (qsizetype length = std::min<qsizetype>(run.size(), maxKey + 1); length >= 3; --length) {
        for (qsizetype at = 0; at + length <= run.size(); ++at)
          keep(names.fuzzyLookup(run.mid(at, length)));
      }
      start = end;
    }
  }
  if (q.prefix && q.endsWithName && !q.names.empty()) {
    const QString &last = q.names.back();
    for (qsizetype length = std::min<qsizetype>(last.size(), maxKey); length >= 1; --length) {
      const std::vector<NameHit> found = names.prefixLookup(QStringView(last).right(length), kPrefixNames);
      if (!found.empty()) {
        keep(found);
        break;
      }
    }
  }

  // Places through the most locating names; divisions only when nothing finer was named.
  QSet<int> seen;
  bool located = false;
  for (const NameHit &h : hits) {
    const AddressLevel level = names.entry(h.name).level;
    if (level != AddressLevel::Road && level != AddressLevel::Compound)
      continue;
    located = true;
    std::vector<int> places = tables.placesOfName[std::size_t(h.name)];
    if (!q.house.isEmpty() && level == AddressLevel::Road) {
      const bool typing = q.prefix && q.last == LastNumber::House;
      std::vector<int> numbered;
      for (const int p : places) {
        const QString &house = tables.places[std::size_t(p)].house;
        if (house == q.house || (typing && house.startsWith(q.house)))
          numbered.push_back(p);
      }
      // A road met only through a typo must at least have the number: one edit in a three-character
      // name reaches dozens of roads, and the number is what tells them apart.
      if (!numbered.empty() || h.match == NameMatch::Fuzzy)
        places = std::move(numbered);
    }
    // A name the operator has only begun to type stands for its first few places: the results
    // are grouped by road or compound anyway, and the next keystroke narrows them.
    if (h.match == NameMatch::Prefix && places.size() > kPlacesPerPrefixName)
      places.resize(kPlacesPerPrefixName);
    addPlaces(places, q, seen, out);
  }
  if (located)
    return;
  for (const NameHit &h : hits) {
    const AddressLevel level = names.entry(h.name).level;
    if (level == AddressLevel::Community && (!q.house.isEmpty() || !q.bare.empty())) {
      // 湖阳社区56号: the places of the community with that number.
      std::vector<int> numbered;
      for (const int p : tables.placesOfName[std::size_t(h.name)]) {
        const QString &house = tables.places[std::size_t(p)].house;
        if (house == q.house || std::find(q.bare.begin(), q.bare.end(), house) != q.bare.end())
          numbered.push_back(p);
      }
      addPlaces(numbered, q, seen, out);
    }
    Candidate c;
    c.division = h.name;
    scoreDivision(c, q);
    out.push_back(c);
  }
}

void Geocoder::Private::collectTextCandidates(const Query &q, std::vector<Candidate> &out)
{
  // The FTS5 trigram index: first the runs as substrings, then any of their trigrams, best
  // bm25 first. Every piece is quoted, so nothing typed is read as FTS syntax.
  QSet<int> seen;
  for (const Candidate &c : out) {
    if (c.place >= 0)
      seen.insert(c.place);
  }
  std::vector<int> found;
  const auto run = [&](const QString &match) {
    fts.bind(1, QStringView(match)).bind(2, kFtsRows);
    while (fts.step()) {
      // The text index is not checked when the index is opened (it would mean reading all of
      // it), so a row id outside the places is skipped here.
      const qint64 place = fts.integer(0);
      if (place >= 0 && place < qint64(tables.places.size()))
        found.push_back(int(place));
    }
    fts.reset();
  };
  QStringList trigrams;
  for (const QString &name : q.names) {
    if (name.size() >= 3)
      run(u"full : "_s + sqlite::ftsString(name));
    for (qsizetype at = 0; at + 3 <= name.size(); ++at) {
      const QString trigram = name.mid(at, 3);
      if (!trigrams.contains(trigram) && trigrams.size() < 32)
        trigrams << trigram;
    }
  }
  if (!trigrams.isEmpty()) {
    QStringList quoted;
    for (const QString &t : std::as_const(trigrams))
      quoted << sqlite::ftsString(t);
    run(u"full : ("_s + quoted.join(u" OR "_s) + u')');
  }
  addPlaces(found, q, seen, out);
}

void Geocoder::Private::scoreNames(Candidate &c, const Query &q,
                                   const std::vector<std::pair<AddressLevel, int>> &levels)
{
  Coverage coverage(q);
  std::vector<std::pair<AddressLevel, int>> open = levels;
  // Longest names claim first, so 湖阳社区 is the community's before 湖阳 can be a compound's core.
  std::sort(open.begin(), open.end(), [&](const auto &a, const auto &b) {
    return names.entry(a.second).norm.size() > names.entry(b.second).norm.size();
  });
  const auto pass = [&](auto claim) {
    for (auto it = open.begin(); it != open.end();) {
      if (const double factor = claim(*it); factor > 0) {
        c.award(it->first, factor);
        it = open.erase(it);
      } else {
        ++it;
      }
    }
  };
  pass([&](const auto &l) {
    return probe(l.first, l.second, q).exact && coverage.claimExact(names.entry(l.second).norm) ? 1.0 : 0.0;
  });
  pass([&](const auto &l) {
    const NameProbe &p = probe(l.first, l.second, q);
    if (!p.alternate)
      return 0.0;
    for (const QString &form : p.alternates) {
      if (coverage.claimExact(form))
        return kCoreFactor;
    }
    return 0.0;
  });
  pass([&](const auto &l) {
    if (!probe(l.first, l.second, q).fuzzy)
      return 0.0;
    const QString &norm = names.entry(l.second).norm;
    return coverage.claimFuzzy(norm) || coverage.claimFuzzy(Gazetteer::coreName(l.first, norm)) ? kFuzzyFactor
                                                                                                : 0.0;
  });
  pass([&](const auto &l) {
    return probe(l.first, l.second, q).prefix && coverage.claimPrefix(names.entry(l.second).norm)
               ? kPrefixFactor
               : 0.0;
  });
  c.penalty += coverage.unexplained();
}

const NameProbe &Geocoder::Private::probe(AddressLevel level, int name, const Query &q)
{
  const auto found = probes.find(name);
  if (found != probes.end())
    return found->second;
  NameProbe p;
  const QString &norm = names.entry(name).norm;
  const auto contains = [&](const QString &form) {
    return !form.isEmpty() && std::any_of(q.names.begin(), q.names.end(),
                                          [&](const QString &text) { return text.contains(form); });
  };
  // Longest form first: the alias 老锦安 before the core 锦安 inside it.
  p.alternates = tables.aliasesOfName[std::size_t(name)];
  const QString core = Gazetteer::coreName(level, norm);
  if (!core.isEmpty())
    p.alternates.push_back(core);
  std::sort(p.alternates.begin(), p.alternates.end(),
            [](const QString &a, const QString &b) { return a.size() > b.size(); });
  p.exact = contains(norm);
  p.alternate = std::any_of(p.alternates.begin(), p.alternates.end(), contains);
  p.fuzzy = containsFuzzy(q.names, norm) || containsFuzzy(q.names, core);
  if (q.prefix && q.endsWithName && !q.names.empty()) {
    const QString &last = q.names.back();
    for (qsizetype at = 0; at < last.size() && !p.prefix; ++at)
      p.prefix = last.size() - at < norm.size() && norm.startsWith(QStringView(last).mid(at));
  }
  return probes.emplace(name, std::move(p)).first->second;
}

void Geocoder::Private::scorePlace(Candidate &c, const Query &q)
{
  const Tables::Place &p = tables.places[std::size_t(c.place)];
  std::vector<std::pair<AddressLevel, int>> levels;
  for (const auto &l : levelsOf(p)) {
    if (l.second >= 0)
      levels.push_back(l);
  }
  scoreNames(c, q, levels);
  if (!q.house.isEmpty()) {
    bool partial = false;
    if (numberMatches(p.house, q.house, q.prefix && q.last == LastNumber::House, &partial))
      c.award(AddressLevel::House, partial ? kPrefixFactor : 1.0);
    else if (q.building.isEmpty() &&
             (c.has(AddressLevel::Compound) || !q.unit.isEmpty() || !q.room.isEmpty()))
      c.houseAsBuilding = true; // resolveNumbers() checks it against the buildings
    else
      c.penalty += kHouseWeight * kWrongNumberShare;
    return;
  }
  for (std::size_t i = 0; i < q.bare.size(); ++i) {
    bool partial = false;
    const bool typing = q.prefix && q.last == LastNumber::Bare && i + 1 == q.bare.size();
    if (!p.house.isEmpty() && numberMatches(p.house, q.bare[i], typing, &partial)) {
      c.award(AddressLevel::House, partial ? kPrefixFactor : 1.0);
      c.bareHouse = int(i);
      return;
    }
  }
}

void Geocoder::Private::scoreDivision(Candidate &c, const Query &q)
{
  std::vector<std::pair<AddressLevel, int>> levels;
  for (int n = c.division; n >= 0; n = names.entry(n).parent)
    levels.emplace_back(names.entry(n).level, n);
  scoreNames(c, q, levels);
  // A division is only an answer for its own level: its parents merely confirm it.
  if (!c.has(names.entry(c.division).level))
    c.credited = 0;
  else
    c.credited = bit(names.entry(c.division).level);
  if (!q.house.isEmpty())
    c.penalty += kHouseWeight * kWrongNumberShare;
}

void Geocoder::Private::resolveNumbers(const Candidate &c, const Query &q, std::vector<GeocodeResult> &out)
{
  std::vector<QString> bare = q.bare;
  if (c.bareHouse >= 0)
    bare.erase(bare.begin() + c.bareHouse);
  const QString &building = q.buildingFor(c.houseAsBuilding);
  std::vector<AddressRow> rows;
  if (!building.isEmpty() && !q.unit.isEmpty() && !q.room.isEmpty() && bare.empty() &&
      !(q.prefix && q.last == LastNumber::Room)) {
    // Every level given: the index finds the room itself; the wider reads below are for near misses.
    rowsOfRoom.bind(1, c.place)
        .bind(2, QStringView(building))
        .bind(3, QStringView(q.unit))
        .bind(4, QStringView(q.room));
    rows = fetchRows(rowsOfRoom, c.place);
  }
  if (rows.empty() && !building.isEmpty() && !(q.prefix && q.last == LastNumber::Building)) {
    rowsOfBuilding.bind(1, c.place).bind(2, QStringView(building)).bind(3, kMaxAddressRows);
    rows = fetchRows(rowsOfBuilding, c.place);
  }
  if (rows.empty()) {
    rowsOfPlace.bind(1, c.place).bind(2, kMaxAddressRows);
    rows = fetchRows(rowsOfPlace, c.place);
  }

  // Each row scored on the numbers; bare numbers take whichever free level they fit.
  struct Scored
  {
    const AddressRow *row;
    double credit = 0, shortfall = 0, penalty = 0;
    bool inexact = false;
    unsigned matched = 0;

    void award(AddressLevel level, bool partial)
    {
      const double factor = partial ? kPrefixFactor : 1.0;
      credit += weightOf(level) * factor;
      shortfall += weightOf(level) * (1 - factor);
      matched |= bit(level);
      inexact = inexact || partial;
    }
  };
  std::vector<Scored> scored;
  scored.reserve(rows.size());
  double bestNet = -1e9;
  for (const AddressRow &row : rows) {
    Scored s{&row};
    const auto check = [&](const QString &typed, const QString &stored, AddressLevel level,
                           LastNumber which) {
      if (typed.isEmpty())
        return;
      bool partial = false;
      if (numberMatches(stored, typed, q.prefix && q.last == which, &partial)) {
        s.award(level, partial);
      } else {
        s.penalty += weightOf(level) * kWrongNumberShare;
      }
    };
    check(building, row.building, AddressLevel::Building,
          c.houseAsBuilding ? LastNumber::House : LastNumber::Building);
    check(q.unit, row.unit, AddressLevel::Unit, LastNumber::Unit);
    check(q.room, row.room, AddressLevel::Room, LastNumber::Room);
    for (std::size_t i = 0; i < bare.size(); ++i) {
      const QString &b = bare[i];
      const bool typing = q.prefix && q.last == LastNumber::Bare && i + 1 == bare.size();
      bool partial = false;
      const QStringList parts = b.split(u'-');
      if (parts.size() == 2 && !(s.matched & (bit(AddressLevel::Building) | bit(AddressLevel::Room))) &&
          row.building == parts[0] && numberMatches(row.room, parts[1], typing, &partial)) {
        s.award(AddressLevel::Building, false);
        s.award(AddressLevel::Room, partial);
      } else if (building.isEmpty() && !(s.matched & bit(AddressLevel::Building)) &&
                 numberMatches(row.building, b, typing, &partial)) {
        s.award(AddressLevel::Building, partial);
      } else if (q.room.isEmpty() && !(s.matched & bit(AddressLevel::Room)) &&
                 numberMatches(row.room, b, typing, &partial)) {
        s.award(AddressLevel::Room, partial);
      } else if (q.unit.isEmpty() && !(s.matched & bit(AddressLevel::Unit)) &&
                 numberMatches(row.unit, b, typing, &partial)) {
        s.award(AddressLevel::Unit, partial);
      } else {
        s.penalty += kUnitWeight;
      }
    }
    bestNet = std::max(bestNet, s.credit - s.penalty);
    scored.push_back(s);
  }

  const auto addResult = [&](GeocodeResult r, const Scored &s) {
    const double credit = c.credit + s.credit;
    r.score = credit <= 0 ? 0 : credit / (credit + c.shortfall + s.shortfall + c.penalty + s.penalty);
    r.exact = !c.inexact && !s.inexact && c.penalty == 0 && s.penalty == 0;
    out.push_back(std::move(r));
  };
  std::vector<const Scored *> best;
  for (const Scored &s : scored) {
    if (s.credit > 0 && s.credit - s.penalty == bestNet)
      best.push_back(&s);
  }
  if (best.empty()) {
    // Nothing below the place matched: the place itself, charged for the numbers it lacks.
    Scored none{nullptr};
    for (const QString *typed : {&building, &q.unit, &q.room}) {
      if (!typed->isEmpty())
        none.penalty += kBuildingWeight * kWrongNumberShare;
    }
    none.penalty += kUnitWeight * double(bare.size());
    none.inexact = true;
    addResult(fromPlaces({c.place}, c.level()), none);
    return;
  }
  // The finest level every best row reached decides whether they are rooms, units or buildings.
  const unsigned matched = best.front()->matched;
  AddressLevel level = AddressLevel::Building;
  if (matched & bit(AddressLevel::Room))
    level = AddressLevel::Room;
  else if (matched & bit(AddressLevel::Unit))
    level = AddressLevel::Unit;
  QSet<QString> groupsSeen;
  int emitted = 0;
  for (const Scored *s : best) {
    if (emitted >= kRowsPerPlace)
      break;
    const AddressRow &row = *s->row;
    if (level == AddressLevel::Room) {
      addResult(fromRow(row, AddressLevel::Room), *s);
      ++emitted;
      continue;
    }
    const QString key = row.building + u'|' + (level == AddressLevel::Unit ? row.unit : QString());
    if (groupsSeen.contains(key))
      continue;
    groupsSeen.insert(key);
    qint64 count = 0;
    for (const AddressRow &other : rows) {
      if (other.building == row.building && (level != AddressLevel::Unit || other.unit == row.unit))
        ++count;
    }
    GeocodeResult r = fromRow(row, level);
    if (count > 1) {
      r.addrCode.clear();
      r.room.clear();
      if (level == AddressLevel::Building)
        r.unit.clear();
      r.fullAddress =
          composeFull(c.place, row.building, level == AddressLevel::Unit ? row.unit : QString(), {});
      r.addressCount = count;
    }
    addResult(r, *s);
    ++emitted;
  }
}

AddressLevel Geocoder::Private::finestLevel(const AddressRow &row) const
{
  const Tables::Place &p = tables.places[std::size_t(row.place)];
  if (!row.room.isEmpty())
    return AddressLevel::Room;
  if (!row.unit.isEmpty())
    return AddressLevel::Unit;
  if (!row.building.isEmpty())
    return AddressLevel::Building;
  if (p.compound >= 0)
    return AddressLevel::Compound;
  return p.house.isEmpty() ? AddressLevel::Road : AddressLevel::House;
}

std::vector<AddressRow> Geocoder::Private::fetchRows(sqlite::Statement &statement, int place)
{
  std::vector<AddressRow> rows;
  while (statement.step())
    rows.push_back(readRow(statement, place));
  statement.reset();
  return rows;
}

AddressRow Geocoder::Private::readRow(sqlite::Statement &s, int place) const
{
  AddressRow row;
  row.id = s.integer(0);
  row.place = place;
  row.addrCode = s.text(1);
  row.building = s.text(2);
  row.unit = s.text(3);
  row.room = s.text(4);
  row.fullAddress = s.text(5);
  row.gridCode = s.text(6);
  row.lon = s.isNull(7) ? std::nan("") : s.real(7);
  row.lat = s.isNull(8) ? std::nan("") : s.real(8);
  return row;
}

QString Geocoder::Private::prefixOf(int place)
{
  prefixOfPlace.bind(1, place);
  const QString prefix = prefixOfPlace.step() ? prefixOfPlace.text(0) : QString();
  prefixOfPlace.reset();
  return prefix;
}

QString Geocoder::Private::composeFull(int place, const QString &building, const QString &unit,
                                       const QString &room)
{
  QString prefix = prefixOf(place);
  if (prefix.isEmpty()) {
    const Tables::Place &p = tables.places[std::size_t(place)];
    prefix = tables.regionPrefix;
    for (const int n : {p.district, p.town, p.community, p.road}) {
      if (n >= 0)
        prefix += names.entry(n).name;
    }
    if (!p.house.isEmpty())
      prefix += p.house + u'号';
    if (p.compound >= 0)
      prefix += names.entry(p.compound).name;
  }
  return prefix + addressindex::composeSuffix(building, unit, room);
}

QString Geocoder::Private::divisionText(int name) const
{
  QString text;
  for (int n = name; n >= 0; n = names.entry(n).parent)
    text.prepend(names.entry(n).name);
  return tables.regionPrefix + text;
}

void Geocoder::Private::fillDivision(GeocodeResult &r, int name) const
{
  for (int n = name; n >= 0; n = names.entry(n).parent) {
    const NameEntry &e = names.entry(n);
    switch (e.level) {
    case AddressLevel::District:
      r.district = e.name;
      break;
    case AddressLevel::Town:
      r.town = e.name;
      break;
    case AddressLevel::Community:
      r.community = e.name;
      r.communityCode = e.code;
      break;
    default:
      break;
    }
  }
}

void Geocoder::Private::fillPlace(GeocodeResult &r, int place) const
{
  const Tables::Place &p = tables.places[std::size_t(place)];
  const auto nameOf = [&](int n) { return n < 0 ? QString() : names.entry(n).name; };
  r.district = nameOf(p.district);
  r.town = nameOf(p.town);
  r.community = nameOf(p.community);
  r.communityCode = p.community < 0 ? QString() : names.entry(p.community).code;
  r.road = nameOf(p.road);
  r.houseNo = p.house;
  r.compound = nameOf(p.compound);
}

GeocodeResult Geocoder::Private::fromRow(const AddressRow &row, AddressLevel level)
{
  GeocodeResult r;
  fillPlace(r, row.place);
  r.addrCode = row.addrCode;
  r.building = row.building;
  r.unit = row.unit;
  r.room = row.room;
  r.gridCode = row.gridCode;
  r.fullAddress =
      row.fullAddress.isEmpty() ? composeFull(row.place, row.building, row.unit, row.room) : row.fullAddress;
  r.lon = row.lon;
  r.lat = row.lat;
  r.matchedLevel = level;
  r.addressCount = 1;
  return r;
}

GeocodeResult Geocoder::Private::fromPlaces(const std::vector<int> &places, AddressLevel level)
{
  const Tables::Place &first = tables.places[std::size_t(places.front())];
  if (places.size() == 1 && first.addressCount == 1) {
    // A village house: the door plate is the standard address itself.
    rowsOfPlace.bind(1, places.front()).bind(2, 1);
    const std::vector<AddressRow> rows = fetchRows(rowsOfPlace, places.front());
    if (!rows.empty())
      return fromRow(rows.front(), level);
  }
  GeocodeResult r;
  fillPlace(r, places.front());
  r.matchedLevel = level;
  // A representative point: the member place nearest the members' centroid.
  double sumLon = 0, sumLat = 0;
  int located = 0;
  for (const int p : places) {
    const Tables::Place &place = tables.places[std::size_t(p)];
    r.addressCount += place.addressCount;
    if (std::isfinite(place.lon)) {
      sumLon += place.lon;
      sumLat += place.lat;
      ++located;
    }
  }
  double bestDistance = std::numeric_limits<double>::infinity();
  for (const int p : places) {
    const Tables::Place &place = tables.places[std::size_t(p)];
    if (!std::isfinite(place.lon))
      continue;
    const double dist = std::hypot(place.lon - sumLon / located, place.lat - sumLat / located);
    if (dist < bestDistance) {
      bestDistance = dist;
      r.lon = place.lon;
      r.lat = place.lat;
    }
  }
  switch (level) {
  case AddressLevel::House:
  case AddressLevel::Compound:
    if (places.size() == 1) {
      r.fullAddress = composeFull(places.front(), {}, {}, {});
      break;
    }
    r.houseNo.clear();
    r.road.clear();
    r.fullAddress =
        divisionText(first.community) + (first.compound >= 0 ? names.entry(first.compound).name : QString());
    break;
  case AddressLevel::Road:
    r.town.clear();
    r.community.clear();
    r.communityCode.clear();
    r.houseNo.clear();
    r.compound.clear();
    r.fullAddress =
        divisionText(first.district) + (first.road >= 0 ? names.entry(first.road).name : QString());
    break;
  default:
    break;
  }
  return r;
}

std::optional<GeocodeResult> Geocoder::Private::nearest(double lon, double lat)
{
  if (!std::isfinite(lon) || !std::isfinite(lat))
    return std::nullopt;
  // Grow a box until it holds a site, then widen it once to the distance of the best one found:
  // the box then holds every site that could be nearer.
  constexpr double kStartRadius = 150;
  constexpr double kMaxRadius = 500000;
  for (double radius = kStartRadius;;) {
    const BBox box = GeodesicMeasure::lonLatBoundsAround(BBox(lon, lat, lon, lat), radius);
    sitesInBox.bind(1, box.xMin).bind(2, box.xMax).bind(3, box.yMin).bind(4, box.yMax);
    qint64 bestSite = -1;
    double bestDistance = std::numeric_limits<double>::infinity();
    while (sitesInBox.step()) {
      const qint64 id = sitesInBox.integer(0);
      const double distance =
          GeodesicMeasure::lonLatDistance(lon, lat, sitesInBox.real(1), sitesInBox.real(2));
      if (distance < bestDistance || (distance == bestDistance && id < bestSite)) {
        bestDistance = distance;
        bestSite = id;
      }
    }
    sitesInBox.reset();
    if (bestSite >= 0 && bestDistance <= radius)
      return siteResult(bestSite, bestDistance);
    if (bestSite >= 0)
      radius = bestDistance * 1.001 + 0.01;
    else if (radius > kMaxRadius)
      return std::nullopt;
    else
      radius *= 4;
  }
}

GeocodeResult Geocoder::Private::siteResult(qint64 id, double distance)
{
  site.bind(1, id);
  if (!site.step()) {
    site.reset();
    return {};
  }
  const int place = int(site.integer(0));
  const QString building = site.text(1), gridCode = site.text(2);
  const double lon = site.real(3), lat = site.real(4);
  const qint64 count = site.integer(5), first = site.integer(6);
  site.reset();

  GeocodeResult r;
  if (count == 1) {
    rowById.bind(1, first);
    const std::vector<AddressRow> rows = fetchRows(rowById, place);
    if (!rows.empty())
      r = fromRow(rows.front(), finestLevel(rows.front()));
  } else {
    r = fromPlaces({place}, building.isEmpty() ? AddressLevel::House : AddressLevel::Building);
    r.building = building;
    r.fullAddress = composeFull(place, building, {}, {});
    r.addressCount = count;
  }
  r.lon = lon;
  r.lat = lat;
  r.gridCode = gridCode;
  r.distanceMetres = distance;
  r.score = 1;
  r.exact = true;
  return r;
}

std::optional<GeocodeResult> Geocoder::reverse(double lon, double lat)
{
  try {
    return d->nearest(lon, lat);
  } catch (const sqlite::Error &e) {
    throw AddressIndexError(AddressIndexError::Reason::Index, e.detail());
  }
}

} // namespace rc
