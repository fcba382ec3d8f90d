#include "postgis/PostgisImporter.h"

#include "auth/PostgisCredentials.h"
#include "data/OgrUtils.h"
#include "postgis/PostgisSession.h"

#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

using Reason = PostgisImportError::Reason;

PostgisImportError writeError(const QString &table, const QString &detail)
{
  return {Reason::Write,
          PostgisImporter::tr("%1: the import failed and was rolled back (%2)").arg(table, detail)};
}

QString quotedIdentifier(const QString &name)
{
  QString text = name;
  return u'"' + text.replace(u'"', u"\"\""_s) + u'"';
}

/// Copies one layer inside the dataset transaction the caller holds.
qint64 copyLayer(OGRLayer &source, GDALDataset &target, const QString &schema, const QString &table,
                 const PostgisImportProgress &progress)
{
  CPLStringList creation;
  creation.SetNameValue("GEOMETRY_NAME", "geom");
  creation.SetNameValue("FID", "fid");
  creation.SetNameValue("SPATIAL_INDEX", "GIST");
  creation.SetNameValue("OVERWRITE", "YES");
  // Names as in the GeoPackage, so styles and expressions written for it work unchanged.
  creation.SetNameValue("LAUNDER", "NO");
  creation.SetNameValue("PRECISION", "NO");
  if (!schema.isEmpty())
    creation.SetNameValue("SCHEMA", schema.toUtf8().constData());

  const QString name = QString::fromUtf8(source.GetName());
  OGRLayer *layer = target.CreateLayer(name.toUtf8().constData(), source.GetSpatialRef(),
                                       source.GetGeomType(), creation.List());
  if (!layer)
    throw std::runtime_error("");
  const OGRFeatureDefn &sourceDefn = *source.GetLayerDefn();
  for (int i = 0; i < sourceDefn.GetFieldCount(); ++i) {
    OGRFieldDefn field(sourceDefn.GetFieldDefn(i));
    if (layer->CreateField(&field) != OGRERR_NONE)
      throw std::runtime_error("");
  }

  const qint64 total = source.GetFeatureCount(TRUE);
  constexpr qint64 kReportEvery = 10000;
  qint64 done = 0;
  source.ResetReading();
  while (const OGRFeatureUniquePtr feature{source.GetNextFeature()}) {
    OGRFeature copy(layer->GetLayerDefn());
    copy.SetFrom(feature.get(), TRUE);
    copy.SetFID(feature->GetFID());
    if (layer->CreateFeature(&copy) != OGRERR_NONE)
      throw std::runtime_error("");
    if (++done % kReportEvery == 0 && progress)
      progress(table, done, total);
  }
  // The PG driver defers the table, COPY and index to this point; failures must land inside the
  // transaction, not after the commit.
  if (layer->SyncToDisk() != OGRERR_NONE)
    throw std::runtime_error("");
  if (progress)
    progress(table, done, total);
  return done;
}

} // namespace

PostgisImportError::PostgisImportError(Reason reason, const QString &message)
    : Error(reason == Reason::Source ? Code::Data : Code::Storage, message), m_reason(reason)
{}

QList<PostgisImportedLayer> PostgisImporter::run(const PostgisImportOptions &options,
                                                 const PostgisImportProgress &progress)
{
  ensureGdalRegistered();
  GdalErrorCapture errors;
  const GDALDatasetUniquePtr source(GDALDataset::Open(
      options.source.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR));
  if (!source) {
    throw PostgisImportError(
        Reason::Source,
        tr("%1: cannot read the source (%2)").arg(options.source, errors.firstFailure().simplified()));
  }
  QList<OGRLayer *> layers;
  if (options.layers.isEmpty()) {
    for (int i = 0; i < source->GetLayerCount(); ++i)
      layers.append(source->GetLayer(i));
  }
  for (const QString &name : options.layers) {
    // Looked up by exact name among the source's own layers: nothing the user types reaches SQL.
    OGRLayer *found = nullptr;
    for (int i = 0; i < source->GetLayerCount() && !found; ++i) {
      if (QString::fromUtf8(source->GetLayer(i)->GetName()) == name)
        found = source->GetLayer(i);
    }
    if (!found)
      throw PostgisImportError(Reason::Source, tr("%1: has no layer named “%2”").arg(options.source, name));
    layers.append(found);
  }

  // libpq first: it tells a refused password, an unreachable server and a role without rights
  // apart by state, where GDAL passes on only text in the user's language.
  try {
    const auto session = PostgisSession::open(options.target);
    if (!session->mayCreateIn(options.schema)) {
      throw PostgisImportError(
          Reason::Permission,
          tr("%1: the database role “%2” may not create tables in schema “%3”; import with an operator role")
              .arg(PostgisCredentials::withoutPassword(options.target), session->role(),
                   options.schema.isEmpty() ? u"public"_s : options.schema));
    }
  } catch (const PostgisError &e) {
    throw PostgisImportError(e.reason() == PostgisError::Reason::Authentication ? Reason::Authentication
                                                                                : Reason::Connection,
                             e.message());
  }

  const char *const drivers[] = {"PostgreSQL", nullptr};
  const QString target = PostgisCredentials::resolve(options.target);
  const GDALDatasetUniquePtr database(GDALDataset::Open(
      target.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE | GDAL_OF_VERBOSE_ERROR, drivers));
  if (!database) {
    throw PostgisImportError(Reason::Connection, tr("%1: cannot connect to the database server (%2)")
                                                     .arg(PostgisCredentials::withoutPassword(options.target),
                                                          errors.firstFailure().simplified()));
  }

  if (!options.schema.isEmpty()) {
    database->ExecuteSQL(
        (u"CREATE SCHEMA IF NOT EXISTS "_s + quotedIdentifier(options.schema)).toUtf8().constData(), nullptr,
        nullptr);
    if (errors.failureCount() > 0)
      throw writeError(options.schema, errors.firstFailure().simplified());
  }

  QList<PostgisImportedLayer> imported;
  for (OGRLayer *layer : std::as_const(layers)) {
    const QString name = QString::fromUtf8(layer->GetName());
    const QString table = options.schema.isEmpty() ? name : options.schema + u'.' + name;
    if (database->StartTransaction() != OGRERR_NONE)
      throw writeError(table, errors.firstFailure().simplified());
    qint64 count = 0;
    try {
      count = copyLayer(*layer, *database, options.schema, table, progress);
      if (errors.failureCount() > 0 || database->CommitTransaction() != OGRERR_NONE)
        throw std::runtime_error("");
    } catch (const PostgisImportError &) {
      // Thrown by the progress callback to stop: the layer under way is rolled back.
      database->RollbackTransaction();
      throw;
    } catch (const std::runtime_error &) {
      const QString detail = errors.firstFailure().simplified();
      database->RollbackTransaction();
      throw writeError(table, detail);
    }
    // Fresh statistics let the planner choose the GIST index for small map windows at once.
    const QString qualified = options.schema.isEmpty()
                                  ? quotedIdentifier(name)
                                  : quotedIdentifier(options.schema) + u'.' + quotedIdentifier(name);
    database->ExecuteSQL((u"ANALYZE "_s + qualified).toUtf8().constData(), nullptr, nullptr);
    imported.append({table, count});
  }
  return imported;
}

} // namespace rc
