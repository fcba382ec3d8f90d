#include "ops/ImpactExport.h"

#include "base/AtomicFile.h"
#include "base/Error.h"
#include "data/OgrUtils.h"
#include "geo/Geos.h"
#include "ops/FeatureGeometry.h"
#include "privacy/PersonalDataMask.h"

#include <QFile>
#include <QFileInfo>

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

/// The identifying code and the name of a feature of each layer, for the CSV list.
std::pair<QString, QString> codeAndNameFields(ImpactLayer layer)
{
  switch (layer) {
  case ImpactLayer::Addresses:
    return {u"addr_code"_s, u"full_address"_s};
  case ImpactLayer::Grids:
    return {u"grid_code"_s, u"community"_s};
  case ImpactLayer::Communities:
    return {u"code"_s, u"name"_s};
  case ImpactLayer::CellSites:
    return {u"site_id"_s, u"name"_s};
  case ImpactLayer::BroadcastPoints:
    return {u"point_id"_s, u"name"_s};
  case ImpactLayer::MonitoringPoints:
    return {u"mn"_s, u"name"_s};
  }
  return {};
}

QByteArray csvField(const QString &text)
{
  QByteArray utf8 = text.toUtf8();
  if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
    utf8.replace("\"", "\"\"");
    utf8 = '"' + utf8 + '"';
  }
  return utf8;
}

[[noreturn]] void writeFailed(const QString &path, const QString &detail)
{
  throw Error(Error::Code::Data, ImpactExport::tr("cannot write %1: %2").arg(path, detail));
}

OGRFieldType ogrType(FieldType type)
{
  switch (type) {
  case FieldType::Integer:
    return OFTInteger64;
  case FieldType::Real:
    return OFTReal;
  case FieldType::String:
    return OFTString;
  }
  return OFTString;
}

} // namespace

void ImpactExport::write(const ImpactData &data, const ImpactResult &result, const QString &path)
{
  const QString suffix = QFileInfo(path).suffix().toLower();
  if (suffix == u"csv"_s)
    writeCsv(data, result, path);
  else if (suffix == u"gpkg"_s)
    writeGeoPackage(data, result, path);
  else
    throw Error(Error::Code::InvalidInput, tr("cannot export to “%1”: give a .csv or .gpkg file").arg(path));
}

void ImpactExport::writeCsv(const ImpactData &data, const ImpactResult &result, const QString &path)
{
  AtomicFile file(path);
  GeosContext geos;
  QByteArray out = "\xEF\xBB\xBF"
                   "layer,fid,code,name,lon,lat\r\n";
  for (const ImpactLayer layer : kImpactLayers) {
    const FeatureStore &store = data.layer(layer);
    const auto [codeField, nameField] = codeAndNameFields(layer);
    const int code = store.fieldIndex(codeField), name = store.fieldIndex(nameField);
    for (const std::uint32_t feature : result.features(layer)) {
      double x = 0, y = 0;
      if (store.kind(feature) == GeometryKind::Point) {
        x = store.firstVertex(feature)[0];
        y = store.firstVertex(feature)[1];
      } else if (store.kind(feature) != GeometryKind::Empty) {
        const Geometry geometry = featureGeometry(geos, store, feature);
        std::tie(x, y) = geos.pointOnSurface(geometry.get());
      }
      out +=
          csvField(impactLayerTable(layer)) + ',' + QByteArray::number(store.fid(feature)) + ',' +
          csvField(code >= 0 ? PersonalDataMask::display(codeField, store.text(feature, code)) : QString()) +
          ',' +
          csvField(name >= 0 ? PersonalDataMask::display(nameField, store.text(feature, name)) : QString()) +
          ',' + QByteArray::number(x, 'f', 7) + ',' + QByteArray::number(y, 'f', 7) + "\r\n";
      if (out.size() > (1 << 20)) {
        file.write(out);
        out.clear();
      }
    }
  }
  file.write(out);
  file.commit();
}

void ImpactExport::writeGeoPackage(const ImpactData &data, const ImpactResult &result, const QString &path)
{
  ensureGdalRegistered();
  GdalErrorCapture errors;
  GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
  if (!driver)
    writeFailed(path, tr("GDAL has no GeoPackage driver"));
  // GDAL picks the driver by the name, so the temporary file keeps the .gpkg suffix.
  const QString partial = AtomicFile::temporaryPathFor(path) + u".gpkg"_s;
  QFile::remove(partial);
  GDALDatasetUniquePtr dataset(driver->Create(partial.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
  if (!dataset)
    writeFailed(path, errors.firstFailure());
  OGRSpatialReference crs;
  crs.importFromEPSG(4490);
  crs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);

  const auto fail = [&](const QString &detail) {
    dataset.reset();
    QFile::remove(partial);
    writeFailed(path, detail.isEmpty() ? errors.firstFailure() : detail);
  };
  GeosContext geos;
  const auto geometryOf = [&](const QByteArray &wkb) {
    OGRGeometry *geometry = nullptr;
    OGRGeometryFactory::createFromWkb(wkb.constData(), &crs, &geometry, wkb.size());
    return std::unique_ptr<OGRGeometry>(geometry);
  };

  // The area itself, so whoever opens the file sees what was asked.
  OGRLayer *area = dataset->CreateLayer("impact_area", &crs, wkbMultiPolygon, nullptr);
  if (!area)
    fail({});
  OGRFieldDefn areaField("area_m2", OFTReal);
  area->CreateField(&areaField);
  {
    OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(area->GetLayerDefn()));
    feature->SetField("area_m2", result.areaSquareMetres);
    std::unique_ptr<OGRGeometry> geometry = geometryOf(result.areaWkb);
    if (geometry)
      feature->SetGeometryDirectly(OGRGeometryFactory::forceToMultiPolygon(geometry.release()));
    if (area->CreateFeature(feature.get()) != OGRERR_NONE)
      fail({});
  }

  for (const ImpactLayer layer : kImpactLayers) {
    const FeatureStore &store = data.layer(layer);
    OGRLayer *out = dataset->CreateLayer(impactLayerTable(layer).toUtf8().constData(), &crs,
                                         isPolygonLayer(layer) ? wkbMultiPolygon : wkbPoint, nullptr);
    if (!out)
      fail({});
    const Fields &fields = store.fields();
    for (const Field &field : fields) {
      OGRFieldDefn definition(field.name.toUtf8().constData(), ogrType(field.type));
      if (out->CreateField(&definition) != OGRERR_NONE)
        fail({});
    }
    if (out->StartTransaction() != OGRERR_NONE)
      fail({});
    for (const std::uint32_t index : result.features(layer)) {
      OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(out->GetLayerDefn()));
      for (int f = 0; f < fields.size(); ++f) {
        if (store.isNull(index, f))
          continue;
        switch (fields[f].type) {
        case FieldType::Integer:
          feature->SetField(f, static_cast<GIntBig>(store.attribute(index, f).toLongLong()));
          break;
        case FieldType::Real:
          feature->SetField(f, store.real(index, f));
          break;
        case FieldType::String:
          feature->SetField(
              f, PersonalDataMask::display(fields[f].name, store.text(index, f)).toUtf8().constData());
          break;
        }
      }
      if (store.kind(index) != GeometryKind::Empty) {
        const Geometry geometry = featureGeometry(geos, store, index);
        std::unique_ptr<OGRGeometry> ogr = geometryOf(geos.wkb(geometry.get()));
        if (ogr)
          feature->SetGeometryDirectly(ogr.release());
      }
      if (out->CreateFeature(feature.get()) != OGRERR_NONE)
        fail({});
    }
    if (out->CommitTransaction() != OGRERR_NONE)
      fail({});
  }
  dataset.reset();
  if (errors.failureCount() > 0) {
    QFile::remove(partial);
    writeFailed(path, errors.firstFailure());
  }
  try {
    AtomicFile::replace(partial, path);
  } catch (const FileWriteError &) {
    QFile::remove(partial);
    throw;
  }
}

} // namespace rc
