#pragma once

#include "base/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <utility>

namespace rc {

/// A file that could not be written or put in place (code Data). what() names the file and the
/// reason; detail() is the reason alone, for callers that word their own sentence.
class FileWriteError : public Error
{
public:
  FileWriteError(const QString &message, QString detail)
      : Error(Code::Data, message), m_detail(std::move(detail))
  {}
  [[nodiscard]] const QString &detail() const { return m_detail; }

private:
  QString m_detail;
};

/// Writes a file whole or not at all, the one way Rongcheng replaces a file that holds someone's
/// work (projects, exports, indexes, generated data): the bytes go to "<path>.part-<pid>", which
/// is flushed to disk, renamed over `path`, and the folder is flushed too, so after a crash or a
/// power cut the file is either the old one or the new one, never a mix and never missing. The
/// old file is never removed first. Not copyable; one thread at a time.
class AtomicFile
{
  Q_DECLARE_TR_FUNCTIONS(rc::AtomicFile)

public:
  /// Opens the temporary file for `path`, first removing those that killed writers left; throws
  /// FileWriteError.
  explicit AtomicFile(const QString &path);
  /// Without commit() (an error, a cancel) the temporary file goes and `path` is untouched.
  ~AtomicFile();
  AtomicFile(const AtomicFile &) = delete;
  AtomicFile &operator=(const AtomicFile &) = delete;

  /// Appends bytes; throws FileWriteError.
  void write(QByteArrayView bytes);
  /// Puts the file in place (see the class); throws FileWriteError, and `path` is then untouched.
  void commit();

  /// write() and commit() of a whole content at once.
  static void writeWhole(const QString &path, QByteArrayView contents);

  /// "<path>.part-<pid>": where this process builds the next version of `path`.
  [[nodiscard]] static QString temporaryPathFor(const QString &path);
  /// Moves a finished `temporaryPath` (written by anyone: GDAL, SQLite) over `path`: flushes it,
  /// renames it, flushes the folder. Throws FileWriteError; `path` is then untouched.
  static void replace(const QString &temporaryPath, const QString &path);
  /// Flushes the folder holding `path`, so that a rename or a new file in it survives a power cut.
  static void syncFolderOf(const QString &path);
  /// Removes the "<path>.part-<pid>" files (with SQLite's side files) that a process left when it
  /// was killed: only those whose process is gone, so that a running writer keeps its own.
  /// Returns how many it removed.
  static int removeStaleTemporaries(const QString &path);

private:
  QString m_path;
  QFile m_file;
  bool m_committed = false;
};

} // namespace rc
