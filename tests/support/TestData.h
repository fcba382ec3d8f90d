#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace rc {
class RoleFile;
}

namespace rc::test {

/// Writes `contents` to `dir/name` and returns the path; fails the test process loudly if it can't.
QString writeFile(const QString &dir, const QString &name, const QByteArray &contents);

/// A small GeoJSON in EPSG:4326 around Fuzhou's centre with a polygon with a hole, a line and
/// three points: the fixture of render and GUI tests.
QByteArray fuzhouFixtureGeoJson();

/// A role file in `dir` (a private folder of the test's own) trusted as if root owned it, giving
/// `lines` ("alice operator"): the unmask authority of tests, checked by the rules RoleFile applies.
std::shared_ptr<const RoleFile> roleFile(const QString &dir, const QByteArray &lines);

/// The path of the freshly built `rongcheng` executable.
QString rongchengExecutable();

/// What a `rongcheng` command did: its exit status (-1 when it crashed or outlived the wait).
struct CommandResult
{
  int status = -1;
  QString out;
  QString err;
};

/// Runs `rongcheng arguments` in this process's environment and waits up to `timeoutMs`.
CommandResult runRongcheng(const QStringList &arguments, int timeoutMs = 240000);

} // namespace rc::test
