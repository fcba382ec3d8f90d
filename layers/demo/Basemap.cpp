#include "demo/Basemap.h"

#include "data/OgrUtils.h"
#include "demo/DemoCityGenerator.h"
#include "demo/GpkgWriter.h"
#include "demo/LocalMetric.h"

#include <QFile>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <numbers>

using namespace Qt::StringLiterals;

namespace rc::demo {

namespace {

/// Islets smaller than this get no village: they stay on the land layer, outside every division.
constexpr double kMinIslandKm2 = 2.0;

[[noreturn]] void missing(const QString &path, const QString &problem)
{
  throw DemoDataError(DemoDataError::Reason::MissingInput,
                      DemoCityGenerator::tr("cannot read the basemap file %1: %2").arg(path, problem));
}

/// Calls `visit(geometry, feature)` for each feature of the first layer of a vector file.
template<typename Visit> void readFeatures(const GeosContext &geos, const QString &path, Visit visit)
{
  ensureGdalRegistered();
  if (!QFile::exists(path))
    missing(path, DemoCityGenerator::tr("no such file"));
  GdalErrorCapture errors;
  GDALDatasetUniquePtr dataset(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                                 nullptr, nullptr, nullptr));
  if (!dataset || dataset->GetLayerCount() < 1)
    missing(path, errors.firstFailure());
  for (const auto &feature : *dataset->GetLayer(0)) {
    const OGRGeometry *geometry = feature->GetGeometryRef();
    if (!geometry || geometry->IsEmpty())
      continue;
    QByteArray wkb(geometry->WkbSize(), Qt::Uninitialized);
    geometry->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()), wkbVariantIso);
    visit(geos.makeValid(geos.fromWkb(wkb).get()), *feature);
  }
}

QString stringField(const OGRFeature &feature, const char *name)
{
  const int index = feature.GetFieldIndex(name);
  return index < 0 ? QString() : QString::fromUtf8(feature.GetFieldAsString(index));
}

} // namespace

Basemap::Basemap(const GeosContext &geos, const QString &basemapDir, const QString &seedTableDir)
    : m_geos(geos)
{
  readLand(basemapDir + u"/land_simpl50m.geojson"_s);
  readWater(basemapDir + u"/min_river_area.geojson"_s);
  addReservoir();
  readRivers(basemapDir + u"/rivers.geojson"_s);
  readCentreLines(seedTableDir + u"/min_centerline.txt"_s);

  std::vector<Geometry> all, big, water, waterAndRivers;
  for (const Feature &f : m_land) {
    all.push_back(geos.clone(f.geometry.get()));
    if (metric::squareKm(geos.area(f.geometry.get())) >= kMinIslandKm2)
      big.push_back(geos.clone(f.geometry.get()));
  }
  for (const Feature &f : m_water) {
    water.push_back(geos.clone(f.geometry.get()));
    waterAndRivers.push_back(geos.clone(f.geometry.get()));
  }
  for (const Feature &f : m_rivers)
    waterAndRivers.push_back(geos.clone(f.geometry.get()));

  const Geometry bigLand = geos.unaryUnion(geos.collection(GEOS_MULTIPOLYGON, std::move(big)).get());
  m_shore = geos.boundary(bigLand.get());
  const Geometry waterUnion = geos.unaryUnion(geos.collection(GEOS_MULTIPOLYGON, std::move(water)).get());
  m_divisibleLand = geos.polygonalParts(geos.difference(bigLand.get(), waterUnion.get()));
  m_allLand = geos.makeArea(geos.collection(GEOS_MULTIPOLYGON, std::move(all)));
  m_waterArea = geos.makeArea(geos.clone(waterUnion.get()));
  m_waterAndRivers = geos.collection(GEOS_GEOMETRYCOLLECTION, std::move(waterAndRivers));
}

void Basemap::readLand(const QString &path)
{
  readFeatures(m_geos, path, [&](Geometry geometry, const OGRFeature &feature) {
    // MakeValid can split a ring that touches itself; keep each polygon as its own feature.
    for (const GEOSGeometry *part : m_geos.parts(geometry.get()))
      if (GEOSGeomTypeId_r(m_geos.handle(), part) == GEOS_POLYGON)
        m_land.push_back({m_geos.clone(part), {}, stringField(feature, "kind"), false});
  });
}

void Basemap::readWater(const QString &path)
{
  readFeatures(m_geos, path, [&](Geometry geometry, const OGRFeature &) {
    m_water.push_back({m_geos.polygonalParts(std::move(geometry)), u"闽江"_s, u"河流"_s, true});
  });
}

void Basemap::addReservoir()
{
  // No open outline of Xiyuan reservoir exists offline: an ellipse of about its size and bearing.
  constexpr int kVertices = 48;
  constexpr double kSemiMajor = 1100, kSemiMinor = 350, kBearing = 35 * std::numbers::pi / 180;
  std::vector<double> ring;
  for (int i = 0; i < kVertices; ++i) {
    const double t = 2 * std::numbers::pi * i / kVertices;
    const double u = kSemiMajor * std::cos(t), v = kSemiMinor * std::sin(t);
    ring.push_back(kReservoirX + metric::dx(u * std::cos(kBearing) - v * std::sin(kBearing)));
    ring.push_back(kReservoirY + metric::dy(u * std::sin(kBearing) + v * std::cos(kBearing)));
  }
  m_water.push_back({m_geos.polygon(ring), u"溪源水库"_s, u"水库"_s, true});
}

void Basemap::readRivers(const QString &path)
{
  readFeatures(m_geos, path, [&](Geometry geometry, const OGRFeature &) {
    // WDBII carries no names: the lines south of 26°N are the Dazhang River, the rest the Min.
    const BBox box = m_geos.bounds(geometry.get());
    const QString name = box.yMin < 26.0 ? u"大樟溪"_s : u"闽江"_s;
    m_rivers.push_back({std::move(geometry), name, u"河流"_s, false});
  });
}

void Basemap::readCentreLines(const QString &path)
{
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
    missing(path, file.errorString());
  struct Section
  {
    QString name;
    std::vector<double> xy;
  };
  std::vector<Section> sections;
  for (const QByteArray &raw : file.readAll().split('\n')) {
    const QString line = QString::fromUtf8(raw).trimmed();
    if (line.startsWith(u'>')) {
      const QString title = line.mid(1).trimmed();
      QString name = u"闽江"_s;
      if (title.startsWith(u"North"_s))
        name = u"闽江北港"_s;
      else if (title.startsWith(u"South"_s))
        name = u"乌龙江"_s;
      else if (title.startsWith(u"Lower"_s))
        name = u"闽江口"_s;
      sections.push_back({name, {}});
      continue;
    }
    const QStringList parts = line.split(u' ', Qt::SkipEmptyParts);
    bool okX = false, okY = false;
    if (parts.size() == 2 && !sections.empty()) {
      const double x = parts[0].toDouble(&okX), y = parts[1].toDouble(&okY);
      if (okX && okY) {
        sections.back().xy.push_back(x);
        sections.back().xy.push_back(y);
      }
    }
  }
  for (const Section &section : sections)
    if (section.xy.size() >= 4)
      m_rivers.push_back({m_geos.lineString(section.xy), section.name, u"河流中心线"_s, true});
}

void Basemap::write(GpkgWriter &writer) const
{
  GpkgTable &land = writer.beginTable(u"land"_s, u"陆地"_s, TableGeometry::MultiPolygon,
                                      {{u"kind"_s, FieldType::Text}, {u"area_km2"_s, FieldType::Real}});
  for (const Feature &f : m_land) {
    land.setText(0, f.kind);
    land.setReal(1, std::round(metric::squareKm(m_geos.area(f.geometry.get())) * 1000) / 1000);
    land.setWkb(m_geos.wkb(f.geometry.get()));
    land.write();
  }
  writer.endTable();

  GpkgTable &coast = writer.beginTable(u"coastline"_s, u"海岸线"_s, TableGeometry::MultiLineString,
                                       {{u"kind"_s, FieldType::Text}});
  for (const Feature &f : m_land) {
    coast.setText(0, f.kind);
    coast.setWkb(m_geos.wkb(m_geos.boundary(f.geometry.get()).get()));
    coast.write();
  }
  writer.endTable();

  const QList<FieldSpec> fields{
      {u"name"_s, FieldType::Text}, {u"kind"_s, FieldType::Text}, {u"schematic"_s, FieldType::Integer}};
  GpkgTable &water = writer.beginTable(u"water"_s, u"水面"_s, TableGeometry::MultiPolygon, fields);
  for (const Feature &f : m_water) {
    water.setText(0, f.name);
    water.setText(1, f.kind);
    water.setInteger(2, f.schematic);
    water.setWkb(m_geos.wkb(f.geometry.get()));
    water.write();
  }
  writer.endTable();

  GpkgTable &rivers = writer.beginTable(u"rivers"_s, u"河流"_s, TableGeometry::MultiLineString, fields);
  for (const Feature &f : m_rivers) {
    rivers.setText(0, f.name);
    rivers.setText(1, f.kind);
    rivers.setInteger(2, f.schematic);
    rivers.setWkb(m_geos.wkb(f.geometry.get()));
    rivers.write();
  }
  writer.endTable();
}

} // namespace rc::demo
