#include "project/DefaultData.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace rc {

namespace {
const QStringList kBasemapFiles{u"land_simpl50m.geojson"_s, u"min_river_area.geojson"_s, u"rivers.geojson"_s,
                                u"pois.geojson"_s, u"districts.geojson"_s};
}

QString DefaultData::basemapDirectory()
{
  const QStringList candidates{
      QCoreApplication::applicationDirPath() + u"/../share/rongcheng/basemap"_s,
      QStringLiteral(RC_SOURCE_DIR) + u"/resources/basemap"_s,
  };
  for (const QString &dir : candidates)
    if (QFileInfo::exists(dir + u'/' + kBasemapFiles.first()))
      return QDir(dir).absolutePath();
  return {};
}

QStringList DefaultData::basemapFiles()
{
  const QString dir = basemapDirectory();
  QStringList files;
  if (dir.isEmpty())
    return files;
  for (const QString &name : kBasemapFiles)
    files << dir + u'/' + name;
  return files;
}

VectorStyle DefaultData::styleFor(const QString &layerName, int layerNumber)
{
  VectorStyle style = VectorStyle::defaultFor(layerNumber);
  const QString name = layerName.toLower();
  if (name.startsWith(u"land"_s)) {
    style.fill = {QColor(0xF4, 0xF1, 0xE8), QColor(0x9D, 0xB4, 0xC8), 0.6};
  } else if (name.contains(u"river_area"_s) || name == u"water"_s) {
    style.fill = {QColor(0xA9, 0xCF, 0xEA), QColor(0x86, 0xB6, 0xDA), 0.4};
  } else if (name == u"rivers"_s) {
    style.line = {QColor(0x6F, 0xA8, 0xDC), 1.4, Qt::SolidLine};
  } else if (name == u"pois"_s) {
    style.marker = {MarkerShape::Square, 6, QColor(0xC0, 0x39, 0x2B), QColor(Qt::white), 1.0};
    style.labels.enabled = true;
    style.labels.field = u"name"_s;
    style.labels.size = 8;
    style.labels.color = QColor(0x7A, 0x24, 0x1B);
    style.labels.priority = 4;
  } else if (name == u"districts"_s) {
    style.marker = {MarkerShape::Circle, 9, QColor(0x2C, 0x3E, 0x50), QColor(Qt::white), 1.5};
    style.labels.enabled = true;
    style.labels.field = u"name"_s;
    style.labels.size = 11;
    style.labels.bold = true;
    style.labels.priority = 8;
  }
  return style;
}

std::optional<VectorStyle> DefaultData::darkStyleFor(const QString &layerName, int layerNumber)
{
  VectorStyle style = styleFor(layerName, layerNumber);
  const QString name = layerName.toLower();
  const QColor halo(0x08, 0x0E, 0x1A, 220);
  if (name.startsWith(u"land"_s)) {
    style.fill = {QColor(0x16, 0x1F, 0x2E), QColor(0x2A, 0x44, 0x66), 0.6};
  } else if (name.contains(u"river_area"_s) || name == u"water"_s) {
    style.fill = {QColor(0x0C, 0x1C, 0x33), QColor(0x1B, 0x36, 0x58), 0.4};
  } else if (name == u"rivers"_s) {
    style.line = {QColor(0x21, 0x4A, 0x73), 1.4, Qt::SolidLine};
  } else if (name == u"pois"_s) {
    style.labels.color = QColor(0xF2, 0xB8, 0xA8);
    style.labels.haloColor = halo;
  } else if (name == u"districts"_s) {
    style.marker.fill = QColor(0x8F, 0xA8, 0xC8);
    style.marker.stroke = QColor(0x08, 0x11, 0x1F);
    style.labels.color = QColor(0xEE, 0xF2, 0xF8);
    style.labels.haloColor = halo;
  } else {
    return std::nullopt;
  }
  return style;
}

QString DefaultData::displayName(const QString &layerName)
{
  const QString name = layerName.toLower();
  if (name.startsWith(u"land"_s))
    return QCoreApplication::translate("rc::DefaultData", "Land and islands");
  if (name.contains(u"river_area"_s))
    return QCoreApplication::translate("rc::DefaultData", "Min River");
  if (name == u"rivers"_s)
    return QCoreApplication::translate("rc::DefaultData", "Rivers");
  if (name == u"pois"_s)
    return QCoreApplication::translate("rc::DefaultData", "Landmarks");
  if (name == u"districts"_s)
    return QCoreApplication::translate("rc::DefaultData", "District seats");
  return layerName;
}

QString DefaultData::attribution()
{
  return QCoreApplication::translate(
      "rc::DefaultData", "Coastline, islands and rivers: GSHHG 2.3.7 (Wessel & Smith), LGPL-3.0-or-later; "
                         "Min River: Natural Earth (public domain)");
}

} // namespace rc
