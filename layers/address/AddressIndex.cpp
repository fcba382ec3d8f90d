#include "address/AddressIndex.h"

#include "address/AddressIndexTables.h"
#include "address/AddressReader.h"
#include "address/Gazetteer.h"
#include "address/Geocoder.h"
#include "base/Sqlite.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <cmath>

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
    if (!isCurrent(indexPath, path, options))
      build(path, indexPath, options, progress, cancel);
  }
  std::shared_ptr<AddressIndex> index(new AddressIndex);
  index->m_path = indexPath;
  index->m_sourcePath = sourcePath;
  index->load();
  return index;
}

void AddressIndex::load()
{
  m_gazetteer = std::make_unique<Gazetteer>();
  m_tables = std::make_unique<Tables>();
  try {
    const sqlite::Database db(m_path, sqlite::Database::Mode::ReadOnly);
    {
      sqlite::Statement meta(db, "SELECT key, value FROM meta");
      while (meta.step()) {
        if (meta.text(0) == u"address_count"_s)
          m_addressCount = meta.text(1).toLongLong();
        else if (meta.text(0) == u"source_path"_s && m_sourcePath.isEmpty())
          m_sourcePath = meta.text(1);
        else if (meta.text(0) == u"version"_s && meta.text(1).toInt() != addressindex::kFormatVersion)
          throw AddressIndexError(
              AddressIndexError::Reason::Index,
              IndexMessages::tr("%1 was made by another version of Rongcheng; open its source to rebuild it")
                  .arg(m_path));
      }
    }
    sqlite::Statement names(db, "SELECT id, level, name, norm, parent, code, lon, lat, address_count "
                                "FROM names ORDER BY id");
    while (names.step()) {
      NameEntry entry{AddressLevel(names.integer(1)), names.text(2), names.text(3),
                      names.isNull(4) ? -1 : int(names.integer(4)), names.text(5)};
      const int id = m_gazetteer->add(std::move(entry));
      Q_ASSERT(id == names.integer(0));
      m_tables->namePoints.push_back({names.isNull(6) ? std::nan("") : names.real(6),
                                      names.isNull(7) ? std::nan("") : names.real(7), names.integer(8)});
    }
    m_tables->aliasesOfName.resize(std::size_t(m_gazetteer->size()));
    m_tables->placesOfName.resize(std::size_t(m_gazetteer->size()));
    sqlite::Statement aliases(db, "SELECT alias, name FROM aliases");
    while (aliases.step()) {
      const int name = int(aliases.integer(1));
      m_gazetteer->addAlias(aliases.text(0), name);
      m_tables->aliasesOfName[std::size_t(name)].push_back(aliases.text(0));
    }
    m_gazetteer->seal();

    sqlite::Statement places(db, "SELECT id, district, town, community, road, compound, house_no, lon, lat, "
                                 "address_count FROM places ORDER BY id");
    const auto nameColumn = [&](int column) {
      return places.isNull(column) ? -1 : int(places.integer(column));
    };
    while (places.step()) {
      Tables::Place p{nameColumn(1),
                      nameColumn(2),
                      nameColumn(3),
                      nameColumn(4),
                      nameColumn(5),
                      places.text(6),
                      places.isNull(7) ? std::nan("") : places.real(7),
                      places.isNull(8) ? std::nan("") : places.real(8),
                      int(places.integer(9))};
      const int id = int(m_tables->places.size());
      for (const int name : {p.community, p.road, p.compound}) {
        if (name >= 0)
          m_tables->placesOfName[std::size_t(name)].push_back(id);
      }
      m_tables->places.push_back(std::move(p));
    }
    sqlite::Statement prefix(db, "SELECT district, prefix FROM places WHERE prefix IS NOT NULL AND "
                                 "district IS NOT NULL LIMIT 1");
    if (prefix.step()) {
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
