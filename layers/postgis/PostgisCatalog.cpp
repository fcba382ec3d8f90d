#include "postgis/PostgisCatalog.h"

#include "postgis/PostgisSession.h"

using namespace Qt::StringLiterals;

namespace rc {

namespace {

// Tables and views outside system schemas that the role may see, without the objects extensions
// own (PostGIS's spatial_ref_sys and its views), each once per geometry or geography column.
constexpr const char *kTablesWithGeometry = R"sql(
WITH geo AS (
  SELECT f_table_schema::text AS s, f_table_name::text AS t, f_geometry_column::text AS c,
         type::text AS type, srid, false AS geography
  FROM geometry_columns
  UNION ALL
  SELECT f_table_schema::text, f_table_name::text, f_geography_column::text, type::text, srid, true
  FROM geography_columns)
SELECT n.nspname, c.relname, COALESCE(geo.c, ''), COALESCE(geo.type, ''), COALESCE(geo.srid, 0),
       COALESCE(geo.srid > 0 AND EXISTS (SELECT 1 FROM spatial_ref_sys r WHERE r.srid = geo.srid), false),
       COALESCE(geo.geography, false), has_table_privilege(c.oid, 'SELECT'),
       CASE WHEN c.relkind IN ('r', 'p', 'm') THEN c.reltuples::bigint ELSE -1 END
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN geo ON geo.s = n.nspname AND geo.t = c.relname
WHERE c.relkind IN ('r', 'v', 'm', 'p', 'f') AND NOT c.relispartition
  AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\_%'
  AND has_schema_privilege(n.oid, 'USAGE')
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY 1, 2, 3)sql";

// The same tables where PostGIS is not installed: none has a geometry column.
constexpr const char *kTablesOnly = R"sql(
SELECT n.nspname, c.relname, '', '', 0, false, false, has_table_privilege(c.oid, 'SELECT'),
       CASE WHEN c.relkind IN ('r', 'p', 'm') THEN c.reltuples::bigint ELSE -1 END
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'v', 'm', 'p', 'f') AND NOT c.relispartition
  AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\_%'
  AND has_schema_privilege(n.oid, 'USAGE')
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY 1, 2)sql";

// An operator may create in its schema or write into an existing table (the shared case and
// alarm tables included); a viewer has neither privilege anywhere.
constexpr const char *kAccess = R"sql(
SELECT current_user,
       COALESCE(has_schema_privilege(current_schema(), 'CREATE'), false)
       OR EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE c.relkind IN ('r', 'p') AND n.nspname <> 'information_schema'
                    AND n.nspname NOT LIKE 'pg\_%' AND has_schema_privilege(n.oid, 'USAGE')
                    AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                    AND d.objid = c.oid AND d.deptype = 'e')
                    AND has_table_privilege(c.oid, 'INSERT')))sql";

} // namespace

QList<PostgisCatalogEntry> PostgisCatalog::list(PostgisSession &session)
{
  const bool postgis = session
                           .rows("SELECT to_regclass('geometry_columns') IS NOT NULL AND "
                                 "to_regclass('geography_columns') IS NOT NULL")
                           .value(0)
                           .value(0) == u"t"_s;
  QList<PostgisCatalogEntry> entries;
  for (const QStringList &row : session.rows(postgis ? kTablesWithGeometry : kTablesOnly)) {
    PostgisCatalogEntry entry;
    entry.schema = row.value(0);
    entry.table = row.value(1);
    entry.geometryColumn = row.value(2);
    entry.geometryType = row.value(3);
    entry.srid = row.value(4).toInt();
    entry.sridKnown = row.value(5) == u"t"_s;
    entry.geography = row.value(6) == u"t"_s;
    entry.readable = row.value(7) == u"t"_s;
    entry.estimatedRows = row.value(8).toLongLong();
    entries.append(entry);
  }
  return entries;
}

PostgisAccess PostgisCatalog::access(PostgisSession &session)
{
  const QStringList row = session.rows(kAccess).value(0);
  return {row.value(0), session.serverVersion(), row.value(1) == u"t"_s};
}

PostgisCatalogRead PostgisCatalog::read(const QString &source, bool withTables)
{
  PostgisCatalogRead result;
  try {
    const auto session = PostgisSession::open(source);
    result.access = access(*session);
    if (withTables)
      result.entries = list(*session);
  } catch (const PostgisError &e) {
    result.error = e.message();
  }
  return result;
}

QString PostgisCatalog::problemOf(const PostgisCatalogEntry &entry)
{
  // PostGIS lists only readable tables in geometry_columns: an unreadable one shows no geometry.
  if (!entry.readable)
    return tr("this role may not read it");
  if (!entry.hasGeometry())
    return tr("no geometry column: not a map layer");
  return {};
}

QString PostgisCatalog::warningOf(const PostgisCatalogEntry &entry)
{
  if (!entry.hasGeometry() || entry.sridKnown)
    return {};
  if (entry.srid <= 0)
    return tr("no SRID: the coordinates' system is unknown and the layer may not line up");
  return tr("SRID %1 is not in spatial_ref_sys: the layer may not line up").arg(entry.srid);
}

} // namespace rc
