#include "demo/DemoCityInstaller.h"

#include "base/AtomicFile.h"
#include "base/OperatorStore.h"
#include "demo/DemoCityGenerator.h"
#include "demo/DemoManifest.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <signal.h>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

constexpr QLatin1StringView kScratchPrefix(".generating-");

/// What the generator writes into its folder; the only names a scratch folder is cleared of.
QStringList generatedNames()
{
  QStringList names{u"fuzhou.gpkg"_s, u"fuzhou.rcproj"_s};
  for (const QString &side : {QString(), u"-journal"_s, u"-wal"_s, u"-shm"_s})
    names << u"fuzhou.partial.gpkg"_s + side;
  return names;
}

/// The files a finished generation installs.
const QStringList &installedNames()
{
  static const QStringList names{u"fuzhou.gpkg"_s, u"fuzhou.rcproj"_s};
  return names;
}

bool processAlive(qint64 pid)
{
  return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

/// Whether `folder` holds only what a demo city folder may: the city's own files ("fuzhou.*",
/// which includes stores an older version kept beside it), the manifest, the operator folder
/// and scratch folders.
bool holdsOnlyDemoFiles(const QDir &folder)
{
  const QStringList entries =
      folder.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
  for (const QString &name : entries) {
    const bool own = name.startsWith(u"fuzhou."_s) || name == QLatin1StringView(DemoManifest::kFileName) ||
                     name == QLatin1StringView(OperatorStore::kFolderName) || name.startsWith(kScratchPrefix);
    if (!own)
      return false;
  }
  return true;
}

[[noreturn]] void fail(const QString &message)
{
  throw DemoDataError(DemoDataError::Reason::Write, message);
}

} // namespace

DemoCityInstaller::DemoCityInstaller(QString folder, Foreign foreign)
    : m_folder(QDir(folder).absolutePath()), m_foreign(foreign)
{}

DemoCityInstaller::~DemoCityInstaller()
{
  if (!m_scratch.isEmpty())
    removeScratch(m_scratch);
}

QString DemoCityInstaller::begin()
{
  const QDir folder(m_folder);
  if (folder.exists() && m_foreign == Foreign::Refuse && !DemoManifest::read(m_folder).exists() &&
      !holdsOnlyDemoFiles(folder))
    fail(tr("the folder %1 holds files that Rongcheng did not make; the demo city is generated only "
            "into a new or empty folder")
             .arg(QDir::toNativeSeparators(m_folder)));
  if (!QDir().mkpath(m_folder))
    fail(tr("cannot create the folder %1").arg(QDir::toNativeSeparators(m_folder)));
  removeStaleScratch(m_folder);
  const QString scratch =
      folder.filePath(kScratchPrefix + QString::number(QCoreApplication::applicationPid()));
  removeScratch(scratch);
  if (!QDir().mkpath(scratch))
    fail(tr("cannot create the folder %1").arg(QDir::toNativeSeparators(scratch)));
  m_scratch = scratch;
  return scratch;
}

void DemoCityInstaller::finish()
{
  DemoManifest fresh;
  for (const QString &name : installedNames())
    fresh.add(name, DemoManifest::hashOf(QDir(m_scratch).filePath(name)));
  if (fresh.names().size() != installedNames().size())
    fail(tr("the generated demo city in %1 is incomplete").arg(QDir::toNativeSeparators(m_scratch)));

  // Until the last move, the manifest vouches for the old and the new contents alike, so that a
  // run killed half-way is finished by the next one instead of keeping its own files as foreign.
  DemoManifest pending = DemoManifest::read(m_folder);
  pending.merge(fresh);
  pending.setComplete(false);
  try {
    pending.write(m_folder);
    for (const QString &name : installedNames()) {
      const QString target = QDir(m_folder).filePath(name);
      if (QFileInfo::exists(target) && !pending.proves(m_folder, name))
        preserve(name);
      AtomicFile::replace(QDir(m_scratch).filePath(name), target);
    }
    fresh.setComplete(true);
    fresh.write(m_folder);
  } catch (const FileWriteError &e) {
    fail(e.message());
  }
  removeScratch(m_scratch);
  m_scratch.clear();
}

bool DemoCityInstaller::isComplete(const QString &folder)
{
  const DemoManifest manifest = DemoManifest::read(folder);
  return !manifest.exists() || manifest.isComplete();
}

void DemoCityInstaller::removeStaleScratch(const QString &folder)
{
  const QDir dir(folder);
  for (const QString &name : dir.entryList({QString(kScratchPrefix) + u'*'}, QDir::Dirs | QDir::Hidden)) {
    if (!processAlive(name.mid(kScratchPrefix.size()).toLongLong()))
      removeScratch(dir.filePath(name));
  }
}

void DemoCityInstaller::removeScratch(const QString &scratch)
{
  // Only the generator's own names, then the folder if that emptied it: anything else that
  // someone put there stays.
  QDir dir(scratch);
  for (const QString &name : generatedNames())
    dir.remove(name);
  QDir().rmdir(scratch);
}

void DemoCityInstaller::preserve(const QString &name) const
{
  // A file the manifest cannot vouch for was changed or made by someone: keep it.
  const QString preserved =
      QDir(OperatorStore::folderFor(DemoCityGenerator::geoPackagePath(m_folder))).filePath(u"preserved"_s);
  if (!QDir().mkpath(preserved))
    fail(tr("cannot create the folder %1").arg(QDir::toNativeSeparators(preserved)));
  const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss-zzz"_s);
  const QString kept = QDir(preserved).filePath(name + u'.' + stamp);
  if (!QFile::rename(QDir(m_folder).filePath(name), kept))
    fail(tr("cannot keep %1 in %2").arg(name, QDir::toNativeSeparators(preserved)));
  AtomicFile::syncFolderOf(kept);
}

} // namespace rc
