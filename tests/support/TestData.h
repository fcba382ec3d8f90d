#pragma once

#include <QByteArray>
#include <QString>

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

} // namespace rc::test
