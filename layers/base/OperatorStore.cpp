#include "base/OperatorStore.h"

#include "base/AtomicFile.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

/// Moves a store and its side files from `from` to `to` when only `from` exists.
void moveLegacyStore(const QString &from, const QString &to)
{
  if (!QFileInfo::exists(from) || QFileInfo::exists(to) || !QDir().mkpath(QFileInfo(to).absolutePath()))
    return;
  // The side files first: a store that arrives before its write-ahead log would open without it.
  for (const QString &side : {u"-journal"_s, u"-wal"_s, u"-shm"_s}) {
    if (QFileInfo::exists(from + side))
      QFile::rename(from + side, to + side);
  }
  QFile::rename(from, to);
  AtomicFile::syncFolderOf(to);
  AtomicFile::syncFolderOf(from);
}

} // namespace

QString OperatorStore::folderFor(const QString &cityGeoPackage)
{
  return QFileInfo(cityGeoPackage).absoluteDir().filePath(QString::fromLatin1(kFolderName));
}

QString OperatorStore::pathFor(const QString &cityGeoPackage, const QString &suffix)
{
  const QFileInfo city(cityGeoPackage);
  const QString name = city.completeBaseName() + suffix;
  if (!QFileInfo(city.absolutePath()).isWritable()) {
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(data);
    return QDir(data).filePath(name);
  }
  const QString path = QDir(folderFor(cityGeoPackage)).filePath(name);
  moveLegacyStore(city.absoluteDir().filePath(name), path);
  QDir().mkpath(folderFor(cityGeoPackage));
  return path;
}

} // namespace rc
