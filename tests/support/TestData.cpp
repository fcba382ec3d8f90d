#include "TestData.h"

#include "privacy/RoleFile.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace rc::test {

std::shared_ptr<const RoleFile> roleFile(const QString &dir, const QByteArray &lines)
{
  const QString folder = dir + u"/roles.d"_s;
  QDir().mkpath(folder);
  QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                    QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
  const QString path = writeFile(folder, u"roles"_s, lines);
  QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
  return std::make_shared<RoleFile>(path, ::getuid());
}

QString writeFile(const QString &dir, const QString &name, const QByteArray &contents)
{
  const QString path = dir + u'/' + name;
  QFile file(path);
  if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size()) {
    std::fprintf(stderr, "cannot write test file %s\n", qPrintable(path));
    std::abort();
  }
  return path;
}

QByteArray fuzhouFixtureGeoJson()
{
  return R"({"type":"FeatureCollection",
"crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}},
"features":[
{"type":"Feature","properties":{"name":"鼓楼区","kind":"district"},"geometry":{"type":"Polygon","coordinates":[
 [[119.25,26.05],[119.35,26.05],[119.35,26.12],[119.25,26.12],[119.25,26.05]],
 [[119.28,26.07],[119.31,26.07],[119.31,26.10],[119.28,26.10],[119.28,26.07]]]}},
{"type":"Feature","properties":{"name":"闽江","kind":"river"},"geometry":{"type":"LineString","coordinates":[
 [119.22,26.078],[119.255,26.072],[119.28,26.058],[119.303,26.049],[119.335,26.045],[119.375,26.04]]}},
{"type":"Feature","properties":{"name":"东街口","kind":"poi"},"geometry":{"type":"Point","coordinates":[119.2985,26.0866]}},
{"type":"Feature","properties":{"name":"福州站","kind":"poi"},"geometry":{"type":"Point","coordinates":[119.316,26.112]}},
{"type":"Feature","properties":{"name":"解放大桥","kind":"poi"},"geometry":{"type":"Point","coordinates":[119.303,26.049]}}
]})";
}

QString rongchengExecutable()
{
  return QStringLiteral(RC_EXECUTABLE);
}

CommandResult runRongcheng(const QStringList &arguments, int timeoutMs)
{
  QProcess process;
  process.start(rongchengExecutable(), arguments);
  CommandResult result;
  if (!process.waitForFinished(timeoutMs))
    return result;
  result.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
  result.out = QString::fromUtf8(process.readAllStandardOutput());
  result.err = QString::fromUtf8(process.readAllStandardError());
  return result;
}

} // namespace rc::test
