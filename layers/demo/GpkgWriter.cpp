#include "demo/GpkgWriter.h"

#include "data/OgrUtils.h"
#include "demo/DemoCityGenerator.h"

#include <QDateTime>
#include <QFile>

#include <cpl_conv.h>
#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

namespace rc::demo {

namespace {

[[noreturn]] void writeFailed(const QString &what, const QString &gdalMessage)
{
  throw DemoDataError(DemoDataError::Reason::Write,
                      gdalMessage.isEmpty() ? what : what + u" (" + gdalMessage + u')');
}

OGRwkbGeometryType ogrType(TableGeometry geometry)
{
  switch (geometry) {
  case TableGeometry::None:
    return wkbNone;
  case TableGeometry::Point:
    return wkbPoint;
  case TableGeometry::LineString:
    return wkbLineString;
  case TableGeometry::MultiLineString:
    return wkbMultiLineString;
  case TableGeometry::MultiPolygon:
    return wkbMultiPolygon;
  }
  return wkbUnknown;
}

OGRFieldType ogrType(FieldType type)
{
  switch (type) {
  case FieldType::Integer:
    return OFTInteger;
  case FieldType::Integer64:
    return OFTInteger64;
  case FieldType::Real:
    return OFTReal;
  case FieldType::Text:
    return OFTString;
  case FieldType::DateTime:
    return OFTDateTime;
  }
  return OFTString;
}

} // namespace

struct GpkgTable::Private
{
  GDALDataset *dataset = nullptr;
  OGRLayer *layer = nullptr;
  OGRFeatureUniquePtr feature;
  QString name;
};

GpkgTable::GpkgTable(std::unique_ptr<Private> p) : d(std::move(p))
{
  d->feature.reset(OGRFeature::CreateFeature(d->layer->GetLayerDefn()));
}

GpkgTable::~GpkgTable() = default;

void GpkgTable::setInteger(int field, qint64 value)
{
  d->feature->SetField(field, GIntBig(value));
}

void GpkgTable::setReal(int field, double value)
{
  d->feature->SetField(field, value);
}

void GpkgTable::setText(int field, const QString &value)
{
  d->feature->SetField(field, value.toUtf8().constData());
}

void GpkgTable::setDateTime(int field, qint64 utcSeconds)
{
  const QDateTime t = QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::UTC);
  const QDate date = t.date();
  const QTime time = t.time();
  // TZFlag 100 is UTC: GeoPackage stores it as the conformant "YYYY-MM-DDTHH:MM:SS.sssZ".
  d->feature->SetField(field, date.year(), date.month(), date.day(), time.hour(), time.minute(),
                       float(time.second()), 100);
}

void GpkgTable::setPoint(double x, double y)
{
  d->feature->SetGeometryDirectly(new OGRPoint(x, y));
}

void GpkgTable::setWkb(const QByteArray &wkb)
{
  OGRGeometry *geometry = nullptr;
  if (OGRGeometryFactory::createFromWkb(wkb.constData(), nullptr, &geometry, wkb.size()) != OGRERR_NONE ||
      !geometry)
    writeFailed(DemoCityGenerator::tr("table %1: unreadable geometry").arg(d->name), {});
  // Overlay results are sometimes single polygons or lines where the table holds multis.
  const OGRwkbGeometryType wanted = d->layer->GetGeomType();
  if (wanted == wkbMultiPolygon)
    geometry = OGRGeometryFactory::forceToMultiPolygon(geometry);
  else if (wanted == wkbMultiLineString)
    geometry = OGRGeometryFactory::forceToMultiLineString(geometry);
  d->feature->SetGeometryDirectly(geometry);
}

void GpkgTable::write()
{
  GdalErrorCapture errors;
  if (d->layer->CreateFeature(d->feature.get()) != OGRERR_NONE)
    writeFailed(DemoCityGenerator::tr("cannot write a feature to table %1").arg(d->name),
                errors.firstFailure());
  ++m_rows;
  d->feature.reset(OGRFeature::CreateFeature(d->layer->GetLayerDefn()));
}

struct GpkgWriter::Private
{
  QString path;
  GDALDatasetUniquePtr dataset;
  OGRSpatialReference srs;
  std::unique_ptr<GpkgTable> table;
};

GpkgWriter::GpkgWriter(const QString &path) : d(std::make_unique<Private>())
{
  ensureGdalRegistered();
  d->path = path;
  QFile::remove(path);
  GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
  if (!driver)
    writeFailed(DemoCityGenerator::tr("GDAL has no GeoPackage driver"), {});
  // The file is rebuilt from scratch and renamed into place only when complete, so a crash
  // loses nothing worth syncing or journaling; a large page cache keeps the spatial indexes'
  // bulk build in memory. Together several times faster.
  const std::pair<const char *, const char *> settings[] = {
      {"OGR_SQLITE_SYNCHRONOUS", "OFF"}, {"OGR_SQLITE_JOURNAL", "OFF"}, {"OGR_SQLITE_CACHE", "512"}};
  for (const auto &[key, value] : settings)
    CPLSetThreadLocalConfigOption(key, value);
  GdalErrorCapture errors;
  d->dataset.reset(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
  for (const auto &[key, value] : settings)
    CPLSetThreadLocalConfigOption(key, nullptr);
  if (!d->dataset)
    writeFailed(DemoCityGenerator::tr("cannot create %1").arg(path), errors.firstFailure());
  d->srs.importFromEPSG(4490);
  d->srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
}

GpkgWriter::~GpkgWriter() = default;

GpkgTable &GpkgWriter::beginTable(const QString &name, const QString &title, TableGeometry geometry,
                                  const QList<FieldSpec> &fields)
{
  GdalErrorCapture errors;
  CPLStringList options;
  options.SetNameValue("FID", "fid");
  options.SetNameValue("GEOMETRY_NAME", "geom");
  options.SetNameValue("SPATIAL_INDEX", geometry == TableGeometry::None ? "NO" : "YES");
  options.SetNameValue("IDENTIFIER", title.toUtf8().constData());
  OGRLayer *layer =
      d->dataset->CreateLayer(name.toUtf8().constData(), geometry == TableGeometry::None ? nullptr : &d->srs,
                              ogrType(geometry), options.List());
  if (!layer)
    writeFailed(DemoCityGenerator::tr("cannot create table %1").arg(name), errors.firstFailure());
  for (const FieldSpec &field : fields) {
    OGRFieldDefn definition(field.name.toUtf8().constData(), ogrType(field.type));
    if (layer->CreateField(&definition) != OGRERR_NONE)
      writeFailed(DemoCityGenerator::tr("cannot create field %1.%2").arg(name, field.name),
                  errors.firstFailure());
  }
  if (d->dataset->StartTransaction() != OGRERR_NONE)
    writeFailed(DemoCityGenerator::tr("cannot start writing table %1").arg(name), errors.firstFailure());
  auto p = std::make_unique<GpkgTable::Private>();
  p->dataset = d->dataset.get();
  p->layer = layer;
  p->name = name;
  d->table.reset(new GpkgTable(std::move(p)));
  return *d->table;
}

void GpkgWriter::endTable()
{
  GdalErrorCapture errors;
  const QString name = d->table ? d->table->d->name : QString();
  d->table.reset();
  if (d->dataset->CommitTransaction() != OGRERR_NONE)
    writeFailed(DemoCityGenerator::tr("cannot finish table %1").arg(name), errors.firstFailure());
}

void GpkgWriter::close()
{
  GdalErrorCapture errors;
  d->dataset.reset();
  if (errors.failureCount() > 0)
    writeFailed(DemoCityGenerator::tr("cannot finish %1").arg(d->path), errors.firstFailure());
}

} // namespace rc::demo
