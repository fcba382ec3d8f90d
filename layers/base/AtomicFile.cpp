#include "base/AtomicFile.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

[[noreturn]] void fail(const QString &path, const QString &detail)
{
  throw FileWriteError(AtomicFile::tr("cannot write %1: %2").arg(path, detail), detail);
}

QString systemError()
{
  return QString::fromLocal8Bit(std::strerror(errno));
}

/// fsync of a file or folder by name; false with errno set when it cannot be done.
bool syncPath(const QString &path, int flags)
{
  const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
  if (fd < 0)
    return false;
  const bool synced = ::fsync(fd) == 0;
  const int savedErrno = errno;
  ::close(fd);
  errno = savedErrno;
  return synced;
}

/// Whether a process with this id still runs (or may: one we cannot signal is someone else's).
bool processAlive(qint64 pid)
{
  if (pid <= 0)
    return false;
  return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

} // namespace

AtomicFile::AtomicFile(const QString &path) : m_path(path), m_file(temporaryPathFor(path))
{
  removeStaleTemporaries(path);
  if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
    fail(m_path, m_file.errorString());
}

AtomicFile::~AtomicFile()
{
  if (!m_committed)
    m_file.remove();
}

void AtomicFile::write(QByteArrayView bytes)
{
  if (m_file.write(bytes.data(), bytes.size()) != bytes.size())
    fail(m_path, m_file.errorString());
}

void AtomicFile::commit()
{
  if (!m_file.flush())
    fail(m_path, m_file.errorString());
  if (::fsync(m_file.handle()) != 0)
    fail(m_path, systemError());
  m_file.close();
  if (::rename(QFile::encodeName(m_file.fileName()).constData(), QFile::encodeName(m_path).constData()) != 0)
    fail(m_path, systemError());
  m_committed = true;
  syncFolderOf(m_path);
}

void AtomicFile::writeWhole(const QString &path, QByteArrayView contents)
{
  AtomicFile file(path);
  file.write(contents);
  file.commit();
}

QString AtomicFile::temporaryPathFor(const QString &path)
{
  return path + u".part-%1"_s.arg(QCoreApplication::applicationPid());
}

void AtomicFile::replace(const QString &temporaryPath, const QString &path)
{
  if (!syncPath(temporaryPath, O_RDONLY))
    fail(path, systemError());
  if (::rename(QFile::encodeName(temporaryPath).constData(), QFile::encodeName(path).constData()) != 0)
    fail(path, systemError());
  syncFolderOf(path);
}

void AtomicFile::syncFolderOf(const QString &path)
{
  // Best effort: the rename has happened; a folder that cannot be flushed (some network file
  // systems) is no reason to report the write as failed.
  syncPath(QFileInfo(path).absolutePath(), O_RDONLY | O_DIRECTORY);
}

int AtomicFile::removeStaleTemporaries(const QString &path)
{
  const QFileInfo target(path);
  QDir folder = target.absoluteDir();
  const QRegularExpression part(u"^"_s + QRegularExpression::escape(target.fileName()) +
                                u"\\.part-(\\d+)(\\.\\w+)?(-journal|-wal|-shm)?$"_s);
  int removed = 0;
  for (const QString &name :
       folder.entryList({target.fileName() + u".part-*"_s}, QDir::Files | QDir::Hidden)) {
    const QRegularExpressionMatch match = part.match(name);
    if (match.hasMatch() && !processAlive(match.captured(1).toLongLong()) && folder.remove(name))
      ++removed;
  }
  return removed;
}

} // namespace rc
