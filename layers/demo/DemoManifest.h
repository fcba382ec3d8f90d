#pragma once

#include <QByteArray>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace rc {

/// The files the demo city's generator put in a folder, each with the SHA-256 of what it wrote:
/// the proof that lets a later regeneration replace a file (its content still matches) and makes
/// it keep one that someone changed. Written beside the city as "rongcheng-demo.json"; operator
/// data is never listed. A value; reading and writing touch only the manifest file.
class DemoManifest
{
public:
  static constexpr char kFileName[] = "rongcheng-demo.json";

  /// The manifest of `folder`; exists() is false when it has none or it is unreadable.
  [[nodiscard]] static DemoManifest read(const QString &folder);
  /// Replaces the folder's manifest atomically; throws FileWriteError.
  void write(const QString &folder) const;

  [[nodiscard]] bool exists() const { return m_exists; }
  /// False while an installation is under way (it lists the old and the new contents then).
  [[nodiscard]] bool isComplete() const { return m_complete; }
  void setComplete(bool complete) { m_complete = complete; }

  /// Records `hash` as a content the generator wrote to `name` (a plain file name).
  void add(const QString &name, const QByteArray &hash);
  /// Takes every name and hash of `other` in as well.
  void merge(const DemoManifest &other);
  [[nodiscard]] QStringList names() const { return m_files.keys(); }
  /// True when `folder/name` exists and its content is one the generator wrote.
  [[nodiscard]] bool proves(const QString &folder, const QString &name) const;

  /// The SHA-256 of a file's content; empty when it cannot be read.
  [[nodiscard]] static QByteArray hashOf(const QString &path);

private:
  bool m_exists = false;
  bool m_complete = true;
  QMap<QString, QSet<QByteArray>> m_files;
};

} // namespace rc
