#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rc {

class PostgisSession;

/// One table or view a PostGIS browser shows, with one geometry (or geography) column when it has
/// any: a table with two such columns is two entries.
struct PostgisCatalogEntry
{
  QString schema;
  QString table;
  QString geometryColumn; ///< empty: the table has no geometry and cannot be a map layer
  QString geometryType;   ///< PostGIS's name: POINT, MULTIPOLYGON, GEOMETRY...
  int srid = 0;
  bool sridKnown = false; ///< srid > 0 and found in spatial_ref_sys
  bool geography = false; ///< a geography column rather than a geometry one
  bool readable = true;   ///< the role may SELECT from it
  qint64 estimatedRows =
      -1; ///< the planner's estimate (pg_class.reltuples); -1 unknown (views, never analysed)

  [[nodiscard]] bool hasGeometry() const { return !geometryColumn.isEmpty(); }
  [[nodiscard]] QString qualifiedName() const { return schema + u'.' + table; }
};

/// What a connection's role may do there, decided by privileges, never by the role's name.
struct PostgisAccess
{
  QString role;
  QString serverVersion; ///< "PostgreSQL 15.x, PostGIS 3.x"
  /// The role may create tables in its current schema or insert into some table of the database:
  /// an operator; otherwise it only reads.
  bool writable = false;
};

/// A catalog read for a worker to hand back: the role's access, the tables when asked for, or the
/// error (PostgisError's message: wrong password, unreachable server...).
struct PostgisCatalogRead
{
  PostgisAccess access;
  QList<PostgisCatalogEntry> entries;
  QString error;

  [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

/// Reads what a PostGIS database holds (schemas, tables, geometry columns from geometry_columns
/// and geography_columns with type, SRID and estimated row count) and what the session's role may
/// do. Objects of extensions (spatial_ref_sys...) and system schemas are left out. Runs its
/// queries on the calling thread, which must own the session; throws PostgisError.
class PostgisCatalog
{
  Q_DECLARE_TR_FUNCTIONS(rc::PostgisCatalog)

public:
  /// Every table and view of the schemas the role may use, ordered by schema, table, column.
  [[nodiscard]] static QList<PostgisCatalogEntry> list(PostgisSession &session);
  [[nodiscard]] static PostgisAccess access(PostgisSession &session);
  /// Connects to `source` on the calling thread (a worker) and reads the access of its role and,
  /// with `withTables`, list(); never throws.
  [[nodiscard]] static PostgisCatalogRead read(const QString &source, bool withTables);
  /// Why an entry cannot be added to the map, or a warning about it; empty when there is none.
  [[nodiscard]] static QString problemOf(const PostgisCatalogEntry &entry);
  [[nodiscard]] static QString warningOf(const PostgisCatalogEntry &entry);
};

} // namespace rc
