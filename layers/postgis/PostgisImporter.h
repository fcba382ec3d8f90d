#pragma once

#include "base/Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace rc {

/// What `rongcheng import` copies where.
struct PostgisImportOptions
{
  QString source;     ///< a GeoPackage (or any vector file GDAL reads)
  QString target;     ///< "PG:host=... dbname=..." (libpq conninfo; the password may come from libpq/keyring)
  QStringList layers; ///< empty: every layer of the source
  QString schema;     ///< empty: the role's default (public); created when missing
};

/// One layer once imported.
struct PostgisImportedLayer
{
  QString table; ///< "schema.name" or "name"
  qint64 featureCount = 0;
};

/// An import that could not be done (code Data for an unreadable source, Storage otherwise).
/// what() is a UTF-8, translated sentence that never contains the password.
class PostgisImportError : public Error
{
public:
  enum class Reason { Source, Connection, Authentication, Permission, Write };
  PostgisImportError(Reason reason, const QString &message);
  [[nodiscard]] Reason reason() const { return m_reason; }

private:
  Reason m_reason;
};

/// Progress of an import: the layer being copied, features copied and the layer's total. It may
/// throw PostgisImportError to stop the import: the layer being copied is then rolled back.
using PostgisImportProgress = std::function<void(const QString &layer, qint64 done, qint64 total)>;

/// Copies vector layers into PostGIS through GDAL's PostgreSQL driver. Each layer goes in one
/// transaction that replaces the table of the same name (DDL is transactional in PostgreSQL), so
/// re-running an import is safe and other seats see the old table or the new one, never half of
/// one. Feature ids are kept, geometries go to a `geom` column with a GIST index, and the table is
/// analysed so the planner uses that index for map windows. Runs on the calling thread.
class PostgisImporter
{
  Q_DECLARE_TR_FUNCTIONS(rc::PostgisImporter)

public:
  static QList<PostgisImportedLayer> run(const PostgisImportOptions &options,
                                         const PostgisImportProgress &progress = {});
};

} // namespace rc
