#include "demo/DemoManifest.h"

#include "base/AtomicFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

constexpr QLatin1StringView kFormat("rongcheng-demo-manifest");

/// A name the manifest may speak for: a file directly in the folder, nothing above or below it.
bool isPlainName(const QString &name)
{
  return !name.isEmpty() && !name.contains(u'/') && !name.contains(u'\\') && name != u"."_s &&
         name != u".."_s;
}

} // namespace

DemoManifest DemoManifest::read(const QString &folder)
{
  DemoManifest manifest;
  QFile file(QDir(folder).filePath(QString::fromLatin1(kFileName)));
  if (!file.open(QIODevice::ReadOnly))
    return manifest;
  const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
  if (root.value(u"format"_s).toString() != kFormat)
    return manifest;
  manifest.m_exists = true;
  manifest.m_complete = root.value(u"complete"_s).toBool();
  const QJsonObject files = root.value(u"files"_s).toObject();
  for (auto it = files.begin(); it != files.end(); ++it) {
    if (!isPlainName(it.key()))
      continue;
    for (const QJsonValue hash : it.value().toArray())
      manifest.add(it.key(), QByteArray::fromHex(hash.toString().toLatin1()));
  }
  return manifest;
}

void DemoManifest::write(const QString &folder) const
{
  QJsonObject files;
  for (auto it = m_files.begin(); it != m_files.end(); ++it) {
    QStringList hashes;
    for (const QByteArray &hash : it.value())
      hashes << QString::fromLatin1(hash.toHex());
    hashes.sort();
    files.insert(it.key(), QJsonArray::fromStringList(hashes));
  }
  const QJsonObject root{{u"format"_s, QString(kFormat)}, {u"complete"_s, m_complete}, {u"files"_s, files}};
  AtomicFile::writeWhole(QDir(folder).filePath(QString::fromLatin1(kFileName)), QJsonDocument(root).toJson());
}

void DemoManifest::add(const QString &name, const QByteArray &hash)
{
  if (isPlainName(name) && !hash.isEmpty())
    m_files[name].insert(hash);
}

void DemoManifest::merge(const DemoManifest &other)
{
  for (auto it = other.m_files.begin(); it != other.m_files.end(); ++it)
    m_files[it.key()].unite(it.value());
}

bool DemoManifest::proves(const QString &folder, const QString &name) const
{
  const auto hashes = m_files.constFind(name);
  return hashes != m_files.cend() && hashes->contains(hashOf(QDir(folder).filePath(name)));
}

QByteArray DemoManifest::hashOf(const QString &path)
{
  QFile file(path);
  QCryptographicHash hash(QCryptographicHash::Sha256);
  if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
    return {};
  return hash.result();
}

} // namespace rc
