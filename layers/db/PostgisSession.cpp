#include "db/PostgisSession.h"

#include "db/PostgisCredentials.h"

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

PostgisError::PostgisError(Code code, const QString &message) : std::runtime_error(message.toStdString()), m_code(code)
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
    throw PostgisError(PostgisError::Code::Connection, tr("%1: not a PostGIS connection (expected “PG:host=... dbname=...”)").arg(where));
  // GDAL's own keys (tables=, schemas=) mean nothing to libpq.
  QStringList parts;
  for (const QString &part : PostgisCredentials::resolve(source).mid(3).split(u' ', Qt::SkipEmptyParts)) {
    const QString key = part.section(u'=', 0, 0).trimmed().toLower();
    if (key != u"tables" && key != u"schemas" && key != u"active_schema")
      parts.append(part);
  }
  pg_conn *connection = PQconnectdb(parts.join(u' ').toUtf8().constData());
  if (PQstatus(connection) != CONNECTION_OK) {
    const QString detail = oneLine(PQerrorMessage(connection));
    const bool refusedPassword = PQconnectionUsedPassword(connection) || PQconnectionNeedsPassword(connection);
    PQfinish(connection);
    if (refusedPassword) {
      throw PostgisError(PostgisError::Code::Authentication,
                         tr("%1: wrong user name or password (%2)").arg(where, detail));
    }
    throw PostgisError(PostgisError::Code::Connection,
                       tr("%1: cannot connect to the database server (%2)").arg(where, detail));
  }
  return std::unique_ptr<PostgisSession>(new PostgisSession(connection, where));
}

QString PostgisSession::identifier(const QString &name) const
{
  const QByteArray utf8 = name.toUtf8();
  char *escaped = PQescapeIdentifier(m_connection, utf8.constData(), std::size_t(utf8.size()));
  if (!escaped)
    throw PostgisError(PostgisError::Code::Query, tr("%1: invalid name “%2”").arg(m_source, name));
  const QString text = QString::fromUtf8(escaped);
  PQfreemem(escaped);
  return text;
}

QString PostgisSession::scalar(const char *sql, const QList<QByteArray> &parameters)
{
  std::vector<const char *> values;
  for (const QByteArray &parameter : parameters)
    values.push_back(parameter.constData());
  const Result result(PQexecParams(m_connection, sql, int(values.size()), nullptr, values.data(), nullptr, nullptr, 0),
                      &PQclear);
  if (PQresultStatus(result.get()) != PGRES_TUPLES_OK || PQntuples(result.get()) != 1) {
    throw PostgisError(PostgisError::Code::Query,
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

QList<qint64> PostgisSession::fidsWhereEquals(const QString &table, const QString &column, const QString &value)
{
  const qsizetype dot = table.indexOf(u'.');
  const QString qualified =
      dot < 0 ? identifier(table) : identifier(table.left(dot)) + u'.' + identifier(table.mid(dot + 1));
  const QByteArray sql =
      (u"SELECT fid FROM "_s + qualified + u" WHERE "_s + identifier(column) + u" = $1 ORDER BY fid"_s).toUtf8();
  const QByteArray parameter = value.toUtf8();
  const char *values[] = {parameter.constData()};
  const Result result(PQexecParams(m_connection, sql.constData(), 1, nullptr, values, nullptr, nullptr, 0),
                      &PQclear);
  if (PQresultStatus(result.get()) != PGRES_TUPLES_OK)
    throw PostgisError(PostgisError::Code::Query, tr("%1: query on %2 failed (%3)").arg(m_source, table, oneLine(PQerrorMessage(m_connection))));
  QList<qint64> fids;
  fids.reserve(PQntuples(result.get()));
  for (int row = 0; row < PQntuples(result.get()); ++row)
    fids.append(QByteArray(PQgetvalue(result.get(), row, 0)).toLongLong());
  return fids;
}

} // namespace rc
