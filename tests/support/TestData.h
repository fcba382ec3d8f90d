#pragma once

#include <QByteArray>
#include <QString>

namespace rc::test {

/// Writes `contents` to `dir/name` and returns the path; fails the test process loudly if it can't.
QString writeFile(const QString &dir, const QString &name, const QByteArray &contents);

/// A small GeoJSON in EPSG:4326 around Fuzhou's centre with a polygon with a hole, a line and
/// three points: the fixture of render and GUI tests.
QByteArray fuzhouFixtureGeoJson();

/// The path of the freshly built `rongcheng` executable.
QString rongchengExecutable();

} // namespace rc::test
