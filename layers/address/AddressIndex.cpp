#include "address/AddressIndex.h"

#include "address/AddressIndexTables.h"
#include "address/AddressReader.h"
#include "address/Gazetteer.h"
#include "address/Geocoder.h"
#include "base/AtomicFile.h"
#include "base/Sqlite.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

/// The translation context of these messages.
struct IndexMessages
{
  Q_DECLARE_TR_FUNCTIONS(rc::AddressIndex)
};

/// The meta table of an index file, or an empty map when the file is not an index of ours.
QHash<QString, QString> readMeta(const QString &path)
{
  QHash<QString, QString> meta;
  if (!QFileInfo(path).isFile())
    return meta;
  try {
    const sqlite::Database db(path, sqlite::Database::Mode::ReadOnly);
    sqlite::Statement select(db, "SELECT key, value FROM meta");
    while (select.step())
      meta.insert(select.text(0), select.text(1));
  } catch (const sqlite::Error &) {
    return {};
  }
  if (meta.value(u"format"_s) != QLatin1StringView(addressindex::kFormatName))
    return {};
  return meta;
}

QString stampOf(const QFileInfo &info)
{
  return u"%1/%2"_s.arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
}

/// Whether one "SELECT count, min id, max id" of a table gives the count the meta table promised
/// (-1: none promised) and ids inside [0, idLimit) (NULL ids, as in an empty table, pass).
bool rowsFit(const sqlite::Database &db, const char *sql, qint64 expectedCount, qint64 idLimit)
{
  sqlite::Statement select(db, sql);
  if (!select.step())
    return false;
  if (expectedCount >= 0 && select.integer(0) != expectedCount)
    return false;
  return select.isNull(1) || (select.integer(1) >= 0 && select.integer(2) < idLimit);
}

} // namespace

/// A connection taken from the pool for one call; goes back when the call is over.
class AddressIndex::Lease
{
public:
  Lease(const AddressIndex &index, std::unique_ptr<Geocoder> geocoder)
      : m_index(index), m_geocoder(std::move(geocoder))
  {}
  ~Lease()
  {
    const std::lock_guard lock(m_index.m_poolMutex);
    m_index.m_idle.push_back(std::move(m_geocoder));
  }
  Lease(const Lease &) = delete;
  Lease &operator=(const Lease &) = delete;
  Geocoder *operator->() const { return m_geocoder.get(); }

private:
  const AddressIndex &m_index;
  std::unique_ptr<Geocoder> m_geocoder;
};

AddressIndex::~AddressIndex() = default;

QString AddressIndex::indexPathFor(const QString &sourcePath)
{
  const QFileInfo source(sourcePath);
  const QString beside = source.absolutePath() + u'/' + source.completeBaseName() + u".addr.sqlite"_s;
  if (QFileInfo(source.absolutePath()).isWritable())
    return beside;
  // Read-only data (a DVD, a shared folder): keep the index in the user's cache, one per source.
  const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/address-index"_s;
  QDir().mkpath(cache);
  const QByteArray key =
      QCryptographicHash::hash(source.absoluteFilePath().toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
  return cache + u'/' + source.completeBaseName() + u'-' + QString::fromLatin1(key) + u".addr.sqlite"_s;
}

bool AddressIndex::isIndexFile(const QString &path)
{
  return !readMeta(path).isEmpty();
}

bool AddressIndex::isCurrent(const QString &indexPath, const QString &sourcePath,
                             const AddressIndexOptions &options)
{
  const QHash<QString, QString> meta = readMeta(indexPath);
  if (meta.isEmpty() || meta.value(u"version"_s).toInt() != addressindex::kFormatVersion)
    return false;
  const QFileInfo source(sourcePath);
  if (meta.value(u"source_path"_s) != source.absoluteFilePath() ||
      meta.value(u"source_size"_s).toLongLong() != source.size() ||
      meta.value(u"source_mtime"_s).toLongLong() != source.lastModified().toMSecsSinceEpoch() ||
      meta.value(u"source_layer"_s) != options.layer)
    return false;
  const QFileInfo fields(AddressReader::fieldMapPathFor(sourcePath));
  if (meta.value(u"fields_stamp"_s) != (fields.exists() ? stampOf(fields) : QString()))
    return false;
  QString aliasesPath = options.aliasesPath;
  if (aliasesPath.isEmpty()) {
    const QString beside = source.absolutePath() + u'/' + source.completeBaseName() + u".aliases.csv"_s;
    if (QFileInfo::exists(beside))
      aliasesPath = beside;
  }
  if (aliasesPath.isEmpty())
    return meta.value(u"aliases_path"_s).isEmpty();
  const QFileInfo aliases(aliasesPath);
  return meta.value(u"aliases_path"_s) == aliases.absoluteFilePath() &&
         meta.value(u"aliases_stamp"_s) == stampOf(aliases);
}

std::shared_ptr<const AddressIndex> AddressIndex::open(const QString &path,
                                                       const AddressIndexOptions &options,
                                                       const AddressIndexProgress &progress,
                                                       const std::atomic_bool *cancel)
{
  if (!QFileInfo::exists(path))
    throw AddressIndexError(AddressIndexError::Reason::Source,
                            IndexMessages::tr("%1: file does not exist").arg(path));
  QString indexPath = path;
  QString sourcePath;
  if (!isIndexFile(path)) {
    sourcePath = path;
    indexPath = indexPathFor(path);
    AtomicFile::removeStaleTemporaries(indexPath);
    if (!isCurrent(indexPath, path, options))
      build(path, indexPath, options, progress, cancel);
  }
  std::shared_ptr<AddressIndex> index(new AddressIndex);
  index->m_path = indexPath;
  index->m_sourcePath = sourcePath;
  try {
    index->load();
  } catch (const AddressIndexError &e) {
    // A damaged index whose source is at hand is only a cache: build it again, once.
    if (sourcePath.isEmpty() || e.reason() != AddressIndexError::Reason::Index)
      throw;
    build(sourcePath, indexPath, options, progress, cancel);
    index->load();
  }
  return index;
}

void AddressIndex::load()
{
  m_gazetteer = std::make_unique<Gazetteer>();
  m_tables = std::make_unique<Tables>();
  // Every id read here indexes a vector later, so a torn file (a crash before its pages reached
  // the disk) or a crafted one is refused here, whole, rather than read out of bounds.
  const auto damaged = [this](const QString &table) {
    return AddressIndexError(
        AddressIndexError::Reason::Index,
        IndexMessages::tr("The address index %1 is damaged (table %2).").arg(m_path, table));
  };
  try {
    const sqlite::Database db(m_path, sqlite::Database::Mode::ReadOnly);
    QHash<QString, QString> meta;
    {
      sqlite::Statement select(db, "SELECT key, value FROM meta");
      while (select.step())
        meta.insert(select.text(0), select.text(1));
    }
    if (meta.value(u"version"_s).toInt() != addressindex::kFormatVersion)
      throw AddressIndexError(
          AddressIndexError::Reason::Index,
          IndexMessages::tr("%1 was made by another version of Rongcheng; open its source to rebuild it")
              .arg(m_path));
    m_addressCount = meta.value(u"address_count"_s).toLongLong();
    if (m_sourcePath.isEmpty())
      m_sourcePath = meta.value(u"source_path"_s);

    std::vector<NameEntry> entries;
    sqlite::Statement names(db, "SELECT id, level, name, norm, parent, code, lon, lat, address_count "
                                "FROM names ORDER BY id");
    while (names.step()) {
      const qint64 level = names.integer(1);
      if (names.integer(0) != qint64(entries.size()) || level <= qint64(AddressLevel::None) ||
          level >= qint64(AddressLevel::Coordinate))
        throw damaged(u"names"_s);
      entries.push_back({AddressLevel(level), names.text(2), names.text(3),
                         names.isNull(4)
                             ? -1
                             : int(std::clamp<qint64>(names.integer(4), -2, std::numeric_limits<int>::max())),
                         names.text(5)});
      m_tables->namePoints.push_back({names.isNull(6) ? std::nan("") : names.real(6),
                                      names.isNull(7) ? std::nan("") : names.real(7), names.integer(8)});
    }
    const qint64 nameCount = qint64(entries.size());
    const auto isName = [nameCount](qint64 id) { return id >= 0 && id < nameCount; };
    const auto isNameOrNone = [&](qint64 id) { return id == -1 || isName(id); };
    for (NameEntry &entry : entries) {
      if (!isNameOrNone(entry.parent))
        throw damaged(u"names"_s);
      m_gazetteer->add(std::move(entry));
    }
    m_tables->aliasesOfName.resize(std::size_t(nameCount));
    m_tables->placesOfName.resize(std::size_t(nameCount));
    sqlite::Statement aliases(db, "SELECT alias, name FROM aliases");
    while (aliases.step()) {
      const qint64 name = aliases.integer(1);
      if (!isName(name))
        throw damaged(u"aliases"_s);
      m_gazetteer->addAlias(aliases.text(0), int(name));
      m_tables->aliasesOfName[std::size_t(name)].push_back(aliases.text(0));
    }
    m_gazetteer->seal();

    sqlite::Statement places(db, "SELECT id, district, town, community, road, compound, house_no, lon, lat, "
                                 "address_count FROM places ORDER BY id");
    while (places.step()) {
      const int id = int(m_tables->places.size());
      if (places.integer(0) != id)
        throw damaged(u"places"_s);
      int columns[5];
      for (int column = 1; column <= 5; ++column) {
        const qint64 name = places.isNull(column) ? -1 : places.integer(column);
        if (!isNameOrNone(name))
          throw damaged(u"places"_s);
        columns[column - 1] = int(name);
      }
      Tables::Place p{columns[0],
                      columns[1],
                      columns[2],
                      columns[3],
                      columns[4],
                      places.text(6),
                      places.isNull(7) ? std::nan("") : places.real(7),
                      places.isNull(8) ? std::nan("") : places.real(8),
                      int(places.integer(9))};
      for (const int name : {p.community, p.road, p.compound}) {
        if (name >= 0)
          m_tables->placesOfName[std::size_t(name)].push_back(id);
      }
      m_tables->places.push_back(std::move(p));
    }
    const qint64 placeCount = qint64(m_tables->places.size());
    if (meta.value(u"place_count"_s).toLongLong() != placeCount)
      throw damaged(u"places"_s);
    if (!rowsFit(db, "SELECT count(*), min(place), max(place) FROM sites",
                 meta.value(u"site_count"_s).toLongLong(), placeCount))
      throw damaged(u"sites"_s);
    if (!rowsFit(db, "SELECT count(*), min(place), max(place) FROM addresses", m_addressCount, placeCount))
      throw damaged(u"addresses"_s);
    if (!rowsFit(db, "SELECT -1, min(community), max(community) FROM grids", -1, nameCount))
      throw damaged(u"grids"_s);

    sqlite::Statement prefix(db, "SELECT district, prefix FROM places WHERE prefix IS NOT NULL AND "
                                 "district IS NOT NULL LIMIT 1");
    if (prefix.step() && isName(prefix.integer(0))) {
      const qsizetype at = prefix.text(1).indexOf(m_gazetteer->entry(int(prefix.integer(0))).name);
      if (at > 0)
        m_tables->regionPrefix = prefix.text(1).left(at);
    }
  } catch (const sqlite::Error &e) {
    throw AddressIndexError(
        AddressIndexError::Reason::Index,
        IndexMessages::tr("Cannot read the address index %1: %2").arg(m_path, e.detail()));
  }
}

qint64 AddressIndex::placeCount() const
{
  return qint64(m_tables->places.size());
}

AddressIndex::Lease AddressIndex::lease() const
{
  std::unique_ptr<Geocoder> geocoder;
  {
    const std::lock_guard lock(m_poolMutex);
    if (!m_idle.empty()) {
      geocoder = std::move(m_idle.back());
      m_idle.pop_back();
    }
  }
  if (!geocoder)
    geocoder = std::make_unique<Geocoder>(*this);
  return Lease(*this, std::move(geocoder));
}

std::vector<GeocodeResult> AddressIndex::geocode(QStringView text, const GeocodeOptions &options,
                                                 const std::atomic_bool *cancel) const
{
  return lease()->geocode(text, options, cancel);
}

std::optional<GeocodeResult> AddressIndex::reverse(double lon, double lat) const
{
  return lease()->reverse(lon, lat);
}

} // namespace rc
