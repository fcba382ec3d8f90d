// AddressIndex::build: streams an address layer into the index file.

#include "address/AddressIndexTables.h"
#include "address/AddressNormalizer.h"
#include "address/AddressReader.h"
#include "address/Gazetteer.h"
#include "base/AtomicFile.h"
#include "base/Sqlite.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QScopeGuard>

#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace rc {

namespace addressindex {

QString levelValue(QStringView raw)
{
  QString value = AddressNormalizer::unifyMarkers(
      AddressNormalizer::convertNumerals(AddressNormalizer::foldCharacters(raw)));
  for (QStringView marker : {QStringView(u"单元"), QStringView(u"号"), QStringView(u"栋"), QStringView(u"室"),
                             QStringView(u"楼")}) {
    if (value.endsWith(marker) && value.size() > marker.size()) {
      value.chop(marker.size());
      break;
    }
  }
  // A value written in Chinese numerals alone ("十二") has no marker to trigger convertNumerals.
  if (const std::optional<qint64> number = AddressNormalizer::chineseNumberValue(value))
    return QString::number(*number);
  return value;
}

QString composeSuffix(QStringView building, QStringView unit, QStringView room)
{
  QString suffix;
  if (!building.isEmpty())
    suffix += building + u"号楼"_s;
  if (!unit.isEmpty())
    suffix += unit + u"单元"_s;
  if (!room.isEmpty())
    suffix += room + u"室"_s;
  return suffix;
}

} // namespace addressindex

namespace {

using namespace addressindex;

constexpr char kSchema[] = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE names(id INTEGER PRIMARY KEY, level INTEGER NOT NULL, name TEXT NOT NULL, norm TEXT NOT NULL,
                   parent INTEGER, code TEXT, lon REAL, lat REAL, address_count INTEGER);
CREATE TABLE aliases(alias TEXT NOT NULL, name INTEGER NOT NULL);
CREATE TABLE places(id INTEGER PRIMARY KEY, district INTEGER, town INTEGER, community INTEGER, road INTEGER,
                    compound INTEGER, house_no TEXT, prefix TEXT, lon REAL, lat REAL, address_count INTEGER);
CREATE TABLE sites(id INTEGER PRIMARY KEY, place INTEGER NOT NULL, building TEXT, grid_code TEXT,
                   lon REAL, lat REAL, address_count INTEGER, first_address INTEGER);
CREATE TABLE addresses(id INTEGER PRIMARY KEY, site INTEGER NOT NULL, place INTEGER NOT NULL, addr_code TEXT,
                       building TEXT, unit TEXT, room TEXT, full_address TEXT);
CREATE TABLE grids(code TEXT PRIMARY KEY, community INTEGER, lon REAL, lat REAL, address_count INTEGER) WITHOUT ROWID;
CREATE VIRTUAL TABLE places_fts USING fts5(district, town, community, road, compound, full,
                                           content='', tokenize='trigram');
CREATE VIRTUAL TABLE sites_rtree USING rtree(id, min_lon, max_lon, min_lat, max_lat);
)sql";

constexpr char kIndexes[] = R"sql(
CREATE INDEX addresses_place ON addresses(place, building, unit, room);
CREATE INDEX addresses_code ON addresses(addr_code);
)sql";

/// The translation context of these messages.
struct IndexMessages
{
  Q_DECLARE_TR_FUNCTIONS(rc::AddressIndex)
};

struct PlaceKey
{
  int community, road, compound;
  QString house;
  friend bool operator==(const PlaceKey &, const PlaceKey &) = default;
};
size_t qHash(const PlaceKey &k, size_t seed = 0)
{
  return qHashMulti(seed, k.community, k.road, k.compound, k.house);
}

struct SiteKey
{
  int place;
  QString building, grid;
  qint64 x, y;
  friend bool operator==(const SiteKey &, const SiteKey &) = default;
};
size_t qHash(const SiteKey &k, size_t seed = 0)
{
  return qHashMulti(seed, k.place, k.building, k.grid, k.x, k.y);
}

struct PlaceBuild
{
  AddressIndex::Tables::Place place; ///< lon/lat hold sums until finish()
  int located = 0;                   ///< addresses with a point
  QString prefix;
  bool prefixSet = false;
};

struct SiteBuild
{
  int place;
  QString building, grid;
  double lon, lat;
  int addressCount = 0;
  qint64 firstAddress = 0;
};

struct GridBuild
{
  int community = -1;
  double sumLon = 0, sumLat = 0;
  qint64 count = 0;
};

/// Collects names, places and sites while the addresses stream past; writes them at the end.
class Collector
{
public:
  explicit Collector(const sqlite::Database &db)
      : m_db(db),
        m_insertAddress(db, "INSERT INTO addresses(id, site, place, addr_code, building, unit, room, "
                            "full_address) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
  {}

  void add(const StandardAddress &a);
  void addAliases(const QString &path);
  void finish(const AddressIndexProgress &progress, const std::atomic_bool *cancel);

  [[nodiscard]] qint64 addressCount() const { return m_addressCount; }
  [[nodiscard]] qint64 placeCount() const { return qint64(m_places.size()); }
  [[nodiscard]] qint64 siteCount() const { return qint64(m_sites.size()); }

private:
  [[nodiscard]] const QString &normalized(const QString &raw);
  [[nodiscard]] int nameId(AddressLevel level, const QString &raw, int parent);
  void writeNames();
  void writePlaces();

  const sqlite::Database &m_db;
  sqlite::Statement m_insertAddress;
  std::vector<NameEntry> m_names;
  QHash<QString, QString> m_normCache;
  QHash<std::pair<int, QString>, int> m_nameIds[int(AddressLevel::Coordinate) + 1];
  std::vector<std::pair<QString, QString>> m_aliases; ///< normalized alias, normalized standard name
  QHash<PlaceKey, int> m_placeIds;
  std::vector<PlaceBuild> m_places;
  QHash<SiteKey, int> m_siteIds;
  std::vector<SiteBuild> m_sites;
  QHash<QString, GridBuild> m_grids;
  qint64 m_addressCount = 0;
};

const QString &Collector::normalized(const QString &raw)
{
  auto it = m_normCache.find(raw);
  if (it == m_normCache.end())
    it = m_normCache.insert(raw, AddressNormalizer::normalize(raw));
  return it.value();
}

int Collector::nameId(AddressLevel level, const QString &raw, int parent)
{
  if (raw.isEmpty())
    return -1;
  const QString &norm = normalized(raw);
  if (norm.isEmpty())
    return -1;
  // Towns and communities are names within their parent; roads and compounds are city-wide
  // names whose places say where each part of them is.
  auto &ids = m_nameIds[int(level)];
  const std::pair key{parent, norm};
  if (const auto it = ids.constFind(key); it != ids.cend())
    return it.value();
  const int id = int(m_names.size());
  m_names.push_back({level, raw, norm, parent, {}});
  ids.insert(key, id);
  return id;
}

void Collector::add(const StandardAddress &a)
{
  const int district = nameId(AddressLevel::District, a.district, -1);
  const int town = nameId(AddressLevel::Town, a.town, district);
  const int community = nameId(AddressLevel::Community, a.community, town);
  const int road = nameId(AddressLevel::Road, a.road, -1);
  const int compound = nameId(AddressLevel::Compound, a.compound, -1);
  if (community >= 0 && a.addrCode.size() >= 12 && m_names[std::size_t(community)].code.isEmpty()) {
    // GB/T 39609 codes start with the community's 12-digit division code.
    const QString code = a.addrCode.left(12);
    if (std::all_of(code.begin(), code.end(), [](QChar c) { return c.isDigit(); }))
      m_names[std::size_t(community)].code = code;
  }

  const PlaceKey placeKey{community, road, compound, levelValue(a.houseNo)};
  int place = m_placeIds.value(placeKey, -1);
  if (place < 0) {
    place = int(m_places.size());
    m_placeIds.insert(placeKey, place);
    PlaceBuild build;
    build.place = {district, town, community, road, compound, placeKey.house, 0, 0, 0};
    m_places.push_back(std::move(build));
  }
  PlaceBuild &p = m_places[std::size_t(place)];

  const QString building = levelValue(a.building), unit = levelValue(a.unit), room = levelValue(a.room);
  const bool located = std::isfinite(a.lon) && std::isfinite(a.lat);
  const SiteKey siteKey{place, building, a.gridCode, located ? std::llround(a.lon / kSiteQuantum) : 0,
                        located ? std::llround(a.lat / kSiteQuantum) : 0};
  int site = m_siteIds.value(siteKey, -1);
  if (site < 0) {
    site = int(m_sites.size());
    m_siteIds.insert(siteKey, site);
    m_sites.push_back({place, building, a.gridCode, located ? a.lon : std::nan(""),
                       located ? a.lat : std::nan(""), 0, m_addressCount});
  }
  ++m_sites[std::size_t(site)].addressCount;
  if (located) {
    p.place.lon += a.lon;
    p.place.lat += a.lat;
    ++p.located;
  }
  ++p.place.addressCount;

  if (!a.gridCode.isEmpty()) {
    GridBuild &g = m_grids[a.gridCode];
    g.community = community;
    if (located) {
      g.sumLon += a.lon;
      g.sumLat += a.lat;
      ++g.count;
    }
  }

  // Most full addresses are the place's text followed by the usual building/unit/room suffix;
  // storing only the exceptions keeps the longest column out of most rows.
  QString full = a.fullAddress;
  const bool plainValues = building == a.building && unit == a.unit && room == a.room;
  const QString suffix = composeSuffix(a.building, a.unit, a.room);
  if (plainValues && !full.isEmpty() && full.endsWith(suffix)) {
    const QStringView prefix = QStringView(full).chopped(suffix.size());
    if (!p.prefixSet) {
      p.prefix = prefix.toString();
      p.prefixSet = true;
    }
    if (prefix == p.prefix)
      full.clear();
  }

  m_insertAddress.bind(1, m_addressCount).bind(2, site).bind(3, place).bind(4, QStringView(a.addrCode));
  m_insertAddress.bind(5, QStringView(building)).bind(6, QStringView(unit)).bind(7, QStringView(room));
  if (full.isEmpty())
    m_insertAddress.bindNull(8);
  else
    m_insertAddress.bind(8, QStringView(full));
  m_insertAddress.run();
  ++m_addressCount;
}

void Collector::addAliases(const QString &path)
{
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
    throw AddressIndexError(AddressIndexError::Reason::Source, path + u": "_s + file.errorString());
  while (!file.atEnd()) {
    const QString line = QString::fromUtf8(file.readLine()).trimmed().remove(u'"');
    const qsizetype comma = line.indexOf(u',');
    if (line.isEmpty() || line.startsWith(u'#') || comma <= 0)
      continue;
    // Resolved against the names once they are all known, in writeNames().
    m_aliases.emplace_back(AddressNormalizer::normalize(QStringView(line).left(comma)),
                           AddressNormalizer::normalize(QStringView(line).mid(comma + 1)));
  }
}

void Collector::writeNames()
{
  // Representative points: the place nearest the centroid of a name's places.
  const int nameCount = int(m_names.size());
  const std::size_t entries = m_names.size();
  std::vector<double> sumLon(entries), sumLat(entries);
  std::vector<qint64> places(entries), addresses(entries);
  const auto levelsOf = [](const AddressIndex::Tables::Place &p) {
    return std::array<int, 5>{p.district, p.town, p.community, p.road, p.compound};
  };
  for (const PlaceBuild &b : m_places) {
    if (b.place.addressCount == 0)
      continue;
    for (const int n : levelsOf(b.place)) {
      if (n < 0 || !std::isfinite(b.place.lon))
        continue;
      sumLon[std::size_t(n)] += b.place.lon;
      sumLat[std::size_t(n)] += b.place.lat;
      ++places[std::size_t(n)];
      addresses[std::size_t(n)] += b.place.addressCount;
    }
  }
  std::vector<double> bestLon(entries, std::nan("")), bestLat(entries, std::nan(""));
  std::vector<double> bestDistance(entries, std::numeric_limits<double>::infinity());
  for (const PlaceBuild &b : m_places) {
    for (const int n : levelsOf(b.place)) {
      if (n < 0 || places[std::size_t(n)] == 0 || !std::isfinite(b.place.lon))
        continue;
      const double cx = sumLon[std::size_t(n)] / double(places[std::size_t(n)]);
      const double cy = sumLat[std::size_t(n)] / double(places[std::size_t(n)]);
      const double d =
          std::hypot((b.place.lon - cx) * std::cos(cy * std::numbers::pi / 180), b.place.lat - cy);
      if (d < bestDistance[std::size_t(n)]) {
        bestDistance[std::size_t(n)] = d;
        bestLon[std::size_t(n)] = b.place.lon;
        bestLat[std::size_t(n)] = b.place.lat;
      }
    }
  }
  sqlite::Statement insert(m_db,
                           "INSERT INTO names(id, level, name, norm, parent, code, lon, lat, address_count) "
                           "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
  for (int id = 0; id < nameCount; ++id) {
    const NameEntry &e = m_names[std::size_t(id)];
    insert.bind(1, id).bind(2, int(e.level)).bind(3, QStringView(e.name)).bind(4, QStringView(e.norm));
    if (e.parent >= 0)
      insert.bind(5, e.parent);
    if (!e.code.isEmpty())
      insert.bind(6, QStringView(e.code));
    if (std::isfinite(bestLon[std::size_t(id)]))
      insert.bind(7, bestLon[std::size_t(id)]).bind(8, bestLat[std::size_t(id)]);
    insert.bind(9, addresses[std::size_t(id)]);
    insert.run();
  }

  // Aliases name a compound, road or community by its standard spelling.
  QHash<QString, std::vector<int>> byNorm;
  for (int id = 0; id < nameCount; ++id)
    byNorm[m_names[std::size_t(id)].norm].push_back(id);
  sqlite::Statement insertAlias(m_db, "INSERT INTO aliases(alias, name) VALUES(?1, ?2)");
  for (const auto &[alias, target] : m_aliases) {
    for (const int id : byNorm.value(target)) {
      insertAlias.bind(1, QStringView(alias)).bind(2, id);
      insertAlias.run();
    }
  }
}

void Collector::writePlaces()
{
  sqlite::Statement insert(
      m_db, "INSERT INTO places(id, district, town, community, road, compound, house_no, "
            "prefix, lon, lat, address_count) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
  sqlite::Statement insertText(m_db,
                               "INSERT INTO places_fts(rowid, district, town, community, road, compound, "
                               "full) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
  const auto norm = [&](int name) { return name < 0 ? QString() : m_names[std::size_t(name)].norm; };
  for (std::size_t id = 0; id < m_places.size(); ++id) {
    const PlaceBuild &b = m_places[id];
    const AddressIndex::Tables::Place &p = b.place;
    insert.bind(1, qint64(id));
    const int levels[5] = {p.district, p.town, p.community, p.road, p.compound};
    for (int i = 0; i < 5; ++i) {
      if (levels[i] >= 0)
        insert.bind(2 + i, levels[i]);
    }
    insert.bind(7, QStringView(p.house));
    if (b.prefixSet)
      insert.bind(8, QStringView(b.prefix));
    if (std::isfinite(p.lon))
      insert.bind(9, p.lon).bind(10, p.lat);
    insert.bind(11, p.addressCount);
    insert.run();

    const QString house = p.house.isEmpty() ? QString() : p.house + u'号';
    insertText.bind(1, qint64(id));
    insertText.bind(2, norm(p.district)).bind(3, norm(p.town)).bind(4, norm(p.community));
    insertText.bind(5, norm(p.road)).bind(6, norm(p.compound));
    const QString full =
        norm(p.district) + norm(p.town) + norm(p.community) + norm(p.road) + house + norm(p.compound);
    insertText.bind(7, QStringView(full));
    insertText.run();
  }
}

void Collector::finish(const AddressIndexProgress &progress, const std::atomic_bool *cancel)
{
  for (PlaceBuild &b : m_places) {
    // Sums become centroids; a place whose addresses have no point has none either.
    b.place.lon = b.located > 0 ? b.place.lon / b.located : std::nan("");
    b.place.lat = b.located > 0 ? b.place.lat / b.located : std::nan("");
  }
  writeNames();
  if (progress)
    progress(0.82);
  writePlaces();
  if (progress)
    progress(0.86);

  sqlite::Statement insertSite(m_db,
                               "INSERT INTO sites(id, place, building, grid_code, lon, lat, address_count, "
                               "first_address) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
  sqlite::Statement insertBox(m_db, "INSERT INTO sites_rtree(id, min_lon, max_lon, min_lat, max_lat) "
                                    "VALUES(?1, ?2, ?2, ?3, ?3)");
  for (std::size_t id = 0; id < m_sites.size(); ++id) {
    const SiteBuild &s = m_sites[id];
    insertSite.bind(1, qint64(id))
        .bind(2, s.place)
        .bind(3, QStringView(s.building))
        .bind(4, QStringView(s.grid));
    if (std::isfinite(s.lon)) {
      insertSite.bind(5, s.lon).bind(6, s.lat);
      insertBox.bind(1, qint64(id)).bind(2, s.lon).bind(3, s.lat);
      insertBox.run();
    }
    insertSite.bind(7, s.addressCount).bind(8, s.firstAddress);
    insertSite.run();
    if (cancel && id % 4096 == 0 && cancel->load())
      throw AddressIndexError(AddressIndexError::Reason::Cancelled,
                              IndexMessages::tr("Building the address index was cancelled."));
  }
  sqlite::Statement insertGrid(m_db, "INSERT INTO grids(code, community, lon, lat, address_count) "
                                     "VALUES(?1, ?2, ?3, ?4, ?5)");
  for (auto it = m_grids.cbegin(); it != m_grids.cend(); ++it) {
    const GridBuild &g = it.value();
    insertGrid.bind(1, QStringView(it.key()));
    if (g.community >= 0)
      insertGrid.bind(2, g.community);
    if (g.count > 0)
      insertGrid.bind(3, g.sumLon / double(g.count)).bind(4, g.sumLat / double(g.count));
    insertGrid.bind(5, g.count);
    insertGrid.run();
  }
  if (progress)
    progress(0.9);
}

qint64 modifiedMsecs(const QFileInfo &info)
{
  return info.lastModified().toMSecsSinceEpoch();
}

} // namespace

void AddressIndex::build(const QString &sourcePath, const QString &indexPath,
                         const AddressIndexOptions &options, const AddressIndexProgress &progress,
                         const std::atomic_bool *cancel)
{
  AddressReader reader(sourcePath, options.layer);
  const QFileInfo source(sourcePath);
  QString aliasesPath = options.aliasesPath;
  if (aliasesPath.isEmpty()) {
    const QString beside = source.absolutePath() + u'/' + source.completeBaseName() + u".aliases.csv"_s;
    if (QFileInfo::exists(beside))
      aliasesPath = beside;
  }

  // Builds that were killed leave their parts; a running one (another process) keeps its own.
  AtomicFile::removeStaleTemporaries(indexPath);
  const QString temporary = AtomicFile::temporaryPathFor(indexPath);
  QFile::remove(temporary);
  auto removeTemporary = qScopeGuard([&] { QFile::remove(temporary); });
  const auto cancelled = [&] { return cancel && cancel->load(std::memory_order_relaxed); };
  const auto throwCancelled = [] {
    throw AddressIndexError(AddressIndexError::Reason::Cancelled,
                            IndexMessages::tr("Building the address index was cancelled."));
  };

  try {
    const sqlite::Database db(temporary, sqlite::Database::Mode::ReadWrite);
    // One writer, a file nobody else sees until it is renamed: no journal and no fsync per
    // commit; AtomicFile::replace flushes the finished file once before the rename.
    db.exec("PRAGMA page_size=8192; PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; "
            "PRAGMA locking_mode=EXCLUSIVE; PRAGMA cache_size=-131072; PRAGMA temp_store=MEMORY;");
    const sqlite::CancelGuard guard(db, cancel);
    db.exec(kSchema);
    db.exec("BEGIN");

    Collector collector(db);
    if (!aliasesPath.isEmpty())
      collector.addAliases(aliasesPath);
    const qint64 total = reader.featureCount();
    StandardAddress address;
    while (reader.next(address)) {
      collector.add(address);
      if (collector.addressCount() % 4096 == 0) {
        if (cancelled())
          throwCancelled();
        if (progress && total > 0)
          progress(0.8 * double(collector.addressCount()) / double(total));
      }
    }
    collector.finish(progress, cancel);
    if (cancelled())
      throwCancelled();
    db.exec(kIndexes);
    db.exec("INSERT INTO places_fts(places_fts) VALUES('optimize')");

    const QFileInfo aliases(aliasesPath);
    const QFileInfo fields(AddressReader::fieldMapPathFor(sourcePath));
    const std::pair<QString, QString> meta[] = {
        {u"format"_s, QString::fromLatin1(kFormatName)},
        {u"version"_s, QString::number(kFormatVersion)},
        {u"source_path"_s, source.absoluteFilePath()},
        {u"source_size"_s, QString::number(source.size())},
        {u"source_mtime"_s, QString::number(modifiedMsecs(source))},
        {u"source_layer"_s, options.layer},
        {u"layer"_s, reader.layerName()},
        {u"aliases_path"_s, aliasesPath.isEmpty() ? QString() : aliases.absoluteFilePath()},
        {u"aliases_stamp"_s,
         aliasesPath.isEmpty() ? QString() : u"%1/%2"_s.arg(aliases.size()).arg(modifiedMsecs(aliases))},
        {u"fields_stamp"_s,
         fields.exists() ? u"%1/%2"_s.arg(fields.size()).arg(modifiedMsecs(fields)) : QString()},
        {u"address_count"_s, QString::number(collector.addressCount())},
        {u"place_count"_s, QString::number(collector.placeCount())},
        {u"site_count"_s, QString::number(collector.siteCount())},
        {u"built_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
    };
    sqlite::Statement insertMeta(db, "INSERT INTO meta(key, value) VALUES(?1, ?2)");
    for (const auto &[key, value] : meta) {
      insertMeta.bind(1, QStringView(key)).bind(2, QStringView(value));
      insertMeta.run();
    }
    db.exec("COMMIT");
  } catch (const sqlite::Error &e) {
    if (e.interrupted())
      throwCancelled();
    throw AddressIndexError(
        AddressIndexError::Reason::Index,
        IndexMessages::tr("Cannot write the address index %1: %2").arg(indexPath, e.detail()));
  }

  try {
    AtomicFile::replace(temporary, indexPath);
  } catch (const FileWriteError &e) {
    throw AddressIndexError(
        AddressIndexError::Reason::Index,
        IndexMessages::tr("Cannot write the address index %1: %2").arg(indexPath, e.detail()));
  }
  removeTemporary.dismiss();
  if (progress)
    progress(1.0);
}

} // namespace rc
