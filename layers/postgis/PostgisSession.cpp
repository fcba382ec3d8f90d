#include "postgis/PostgisSession.h"

#include "auth/PostgisCredentials.h"

#include <libpq-fe.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

QString oneLine(const char *text)
{
  return QString::fromUtf8(text).simplified();
}

using Result = std::unique_ptr<PGresult, decltype(&PQclear)>;

} // namespace

PostgisError::PostgisError(Reason reason, const QString &message)
    : Error(Code::Storage, message), m_reason(reason)
{}

PostgisSession::PostgisSession(pg_conn *connection, QString source)
    : m_connection(connection), m_source(std::move(source))
{}

PostgisSession::~PostgisSession()
{
  PQfinish(m_connection);
}

std::unique_ptr<PostgisSession> PostgisSession::open(const QString &source)
{
  const QString where = PostgisCredentials::withoutPassword(source);
  if (!PostgisCredentials::isPostgisSource(source))
    throw PostgisError(PostgisError::Reason::Connection,
                       tr("%1: not a PostGIS connection (expected “PG:host=... dbname=...”)").arg(where));
  pg_conn *connection = PQconnectdb(PostgisCredentials::libpqConninfo(source).toUtf8().constData());
  if (PQstatus(connection) != CONNECTION_OK) {
    const QString detail = oneLine(PQerrorMessage(connection));
    const bool refusedPassword =
        PQconnectionUsedPassword(connection) || PQconnectionNeedsPassword(connection);
    PQfinish(connection);
    if (refusedPassword) {
      throw PostgisError(PostgisError::Reason::Authentication,
                         tr("%1: wrong user name or password (%2)").arg(where, detail));
    }
    throw PostgisError(PostgisError::Reason::Connection,
                       tr("%1: cannot connect to the database server (%2)").arg(where, detail));
  }
  return std::unique_ptr<PostgisSession>(new PostgisSession(connection, where));
}

bool PostgisSession::isConnected() const
{
  return PQstatus(m_connection) == CONNECTION_OK;
}

QString PostgisSession::identifier(const QString &name) const
{
  const QByteArray utf8 = name.toUtf8();
  char *escaped = PQescapeIdentifier(m_connection, utf8.constData(), std::size_t(utf8.size()));
  if (!escaped)
    throw PostgisError(PostgisError::Reason::Query, tr("%1: invalid name “%2”").arg(m_source, name));
  const QString text = QString::fromUtf8(escaped);
  PQfreemem(escaped);
  return text;
}

QString PostgisSession::qualifiedTable(const QString &table) const
{
  const qsizetype dot = table.indexOf(u'.');
  return dot < 0 ? identifier(table) : identifier(table.left(dot)) + u'.' + identifier(table.mid(dot + 1));
}

QString PostgisSession::scalar(const char *sql, const QList<QByteArray> &parameters)
{
  std::vector<const char *> values;
  for (const QByteArray &parameter : parameters)
    values.push_back(parameter.constData());
  const Result result(
      PQexecParams(m_connection, sql, int(values.size()), nullptr, values.data(), nullptr, nullptr, 0),
      &PQclear);
  if (PQresultStatus(result.get()) != PGRES_TUPLES_OK || PQntuples(result.get()) != 1) {
    throw PostgisError(PostgisError::Reason::Query,
                       tr("%1: query failed (%2)").arg(m_source, oneLine(PQerrorMessage(m_connection))));
  }
  return QString::fromUtf8(PQgetvalue(result.get(), 0, 0));
}

QString PostgisSession::role()
{
  return scalar("SELECT current_user", {});
}

bool PostgisSession::mayCreateIn(const QString &schema)
{
  return scalar("SELECT CASE WHEN to_regnamespace(COALESCE(NULLIF($1, ''), current_schema())) IS NULL"
                " THEN has_database_privilege(current_database(), 'CREATE')"
                " ELSE has_schema_privilege(COALESCE(NULLIF($1, ''), current_schema()), 'CREATE') END",
                {schema.toUtf8()}) == u"t"_s;
}

QList<qint64> PostgisSession::fidsWhereEquals(const QString &table, const QString &column,
                                              const QString &value)
{
  const QByteArray sql = (u"SELECT fid FROM "_s + qualifiedTable(table) + u" WHERE "_s + identifier(column) +
                          u" = $1 ORDER BY fid"_s)
                             .toUtf8();
  const QByteArray parameter = value.toUtf8();
  const char *values[] = {parameter.constData()};
  const Result result(PQexecParams(m_connection, sql.constData(), 1, nullptr, values, nullptr, nullptr, 0),
                      &PQclear);
  if (PQresultStatus(result.get()) != PGRES_TUPLES_OK)
    throw PostgisError(
        PostgisError::Reason::Query,
        tr("%1: query on %2 failed (%3)").arg(m_source, table, oneLine(PQerrorMessage(m_connection))));
  QList<qint64> fids;
  fids.reserve(PQntuples(result.get()));
  for (int row = 0; row < PQntuples(result.get()); ++row)
    fids.append(QByteArray(PQgetvalue(result.get(), row, 0)).toLongLong());
  return fids;
}

QString PostgisSession::serverVersion()
{
  const QStringList row = rows("SELECT current_setting('server_version'),"
                               " (SELECT extversion FROM pg_extension WHERE extname = 'postgis')")
                              .value(0);
  const QString server = u"PostgreSQL "_s + row.value(0).section(u' ', 0, 0);
  return row.value(1).isEmpty() ? server : server + u", PostGIS "_s + row.value(1);
}

QList<QStringList> PostgisSession::rows(const char *sql, const QList<QByteArray> &parameters)
{
  std::vector<const char *> values;
  for (const QByteArray &parameter : parameters)
    values.push_back(parameter.constData());
  const Result result(
      PQexecParams(m_connection, sql, int(values.size()), nullptr, values.data(), nullptr, nullptr, 0),
      &PQclear);
  if (PQresultStatus(result.get()) != PGRES_TUPLES_OK) {
    throw PostgisError(PostgisError::Reason::Query,
                       tr("%1: query failed (%2)").arg(m_source, oneLine(PQerrorMessage(m_connection))));
  }
  QList<QStringList> table;
  table.reserve(PQntuples(result.get()));
  for (int row = 0; row < PQntuples(result.get()); ++row) {
    QStringList values;
    for (int column = 0; column < PQnfields(result.get()); ++column)
      values.append(QString::fromUtf8(PQgetvalue(result.get(), row, column)));
    table.append(values);
  }
  return table;
}

QStringList PostgisSession::columns(const QString &table)
{
  QStringList names;
  const auto found =
      rows("SELECT attname FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0"
           " AND NOT attisdropped AND format_type(atttypid, NULL) NOT IN ('geometry', 'geography')"
           " ORDER BY attnum",
           {qualifiedTable(table).toUtf8()});
  for (const QStringList &row : found)
    names.append(row.value(0));
  return names;
}

namespace {

/// The SQL operator of a plain comparison (the text comparisons have none).
QString sqlOperator(AttributeFilter::Comparison comparison)
{
  switch (comparison) {
  case AttributeFilter::Comparison::Equal:
    return u"="_s;
  case AttributeFilter::Comparison::NotEqual:
    return u"<>"_s;
  case AttributeFilter::Comparison::Less:
    return u"<"_s;
  case AttributeFilter::Comparison::LessOrEqual:
    return u"<="_s;
  case AttributeFilter::Comparison::Greater:
    return u">"_s;
  case AttributeFilter::Comparison::GreaterOrEqual:
    return u">="_s;
  case AttributeFilter::Comparison::Contains:
  case AttributeFilter::Comparison::StartsWith:
    break;
  }
  return {};
}

} // namespace

QList<qint64> PostgisSession::fidsWhere(const QString &table, const QString &fidColumn,
                                        const QString &geometryColumn, const AttributeFilter &filter,
                                        const BBox &box)
{
  if (!columns(table).contains(filter.column))
    throw PostgisError(PostgisError::Reason::Query,
                       tr("%1: table %2 has no column “%3”").arg(m_source, table, filter.column));
  const QString column = identifier(filter.column);
  QString condition;
  switch (filter.comparison) {
  // Text functions rather than LIKE, so % and _ in the value are plain characters.
  case AttributeFilter::Comparison::Contains:
    condition = u"strpos("_s + column + u"::text, $1) > 0"_s;
    break;
  case AttributeFilter::Comparison::StartsWith:
    condition = u"starts_with("_s + column + u"::text, $1)"_s;
    break;
  default:
    condition = column + u' ' + sqlOperator(filter.comparison) + u" $1"_s;
  }
  QList<QByteArray> parameters{filter.value.toUtf8()};
  if (!box.isEmpty()) {
    const qsizetype dot = table.indexOf(u'.');
    const QString srid =
        scalar("SELECT srid FROM geometry_columns WHERE f_table_schema = COALESCE(NULLIF($1, ''),"
               " current_schema()) AND f_table_name = $2 AND f_geometry_column = $3",
               {(dot < 0 ? QString() : table.left(dot)).toUtf8(),
                (dot < 0 ? table : table.mid(dot + 1)).toUtf8(), geometryColumn.toUtf8()});
    condition += u" AND "_s + identifier(geometryColumn) + u" && ST_MakeEnvelope($2, $3, $4, $5, $6)"_s;
    for (const double value : {box.xMin, box.yMin, box.xMax, box.yMax})
      parameters.append(QByteArray::number(value, 'g', 17));
    parameters.append(srid.toUtf8());
  }
  const QString fid = identifier(fidColumn);
  const QByteArray sql = (u"SELECT "_s + fid + u" FROM "_s + qualifiedTable(table) + u" WHERE "_s +
                          condition + u" ORDER BY "_s + fid)
                             .toUtf8();
  QList<qint64> fids;
  for (const QStringList &row : rows(sql.constData(), parameters))
    fids.append(row.value(0).toLongLong());
  return fids;
}

} // namespace rc
