#pragma once

#include "base/Error.h"
#include "geo/BBox.h"
#include "postgis/AttributeFilter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

struct pg_conn;

namespace rc {

/// A failed PostGIS request (code Storage). what() is a UTF-8, translated sentence without the
/// password.
class PostgisError : public Error
{
public:
  /// Told apart by libpq's state, not its wording, which follows the user's language.
  enum class Reason { Connection, Authentication, Query };
  PostgisError(Reason reason, const QString &message);
  [[nodiscard]] Reason reason() const { return m_reason; }

private:
  Reason m_reason;
};

/// One libpq connection, for what GDAL's driver does not do: queries whose user-supplied values
/// travel as bind parameters ($1), never inside the SQL text, with identifiers quoted by libpq.
/// Belongs to the thread that opened it.
class PostgisSession
{
  Q_DECLARE_TR_FUNCTIONS(rc::PostgisSession)

public:
  /// Connects to a "PG:" source (password from the source, libpq's files or the keyring). Throws
  /// PostgisError naming the server and the cause (wrong password, unreachable server).
  static std::unique_ptr<PostgisSession> open(const QString &source);
  ~PostgisSession();
  PostgisSession(const PostgisSession &) = delete;
  PostgisSession &operator=(const PostgisSession &) = delete;

  /// False once the server has dropped the connection (a restart, the network): open a new session.
  [[nodiscard]] bool isConnected() const;
  /// The role this session logged in as.
  [[nodiscard]] QString role();
  /// Whether this role may create tables in `schema` (empty: its current schema), or create the
  /// schema itself when it does not exist yet.
  [[nodiscard]] bool mayCreateIn(const QString &schema);
  /// Feature ids of `table` ("name" or "schema.name") whose `column` equals `value`, ascending.
  /// The server converts `value` to the column's type; a value it cannot convert is an error.
  [[nodiscard]] QList<qint64> fidsWhereEquals(const QString &table, const QString &column,
                                              const QString &value);
  /// The attribute columns of `table` (geometry columns left out), in table order.
  [[nodiscard]] QStringList columns(const QString &table);
  /// Values of `fidColumn` of the rows of `table` meeting `filter` and, when `box` is not empty,
  /// whose `geometryColumn` meets the box (in the column's SRID, through its spatial index),
  /// ascending. The column is checked against columns(): an unknown one is an error naming it.
  /// The value and the box travel as bind parameters.
  [[nodiscard]] QList<qint64> fidsWhere(const QString &table, const QString &fidColumn,
                                        const QString &geometryColumn, const AttributeFilter &filter,
                                        const BBox &box = {});
  /// The libpq connection, lent to classes that speak the protocol themselves (transactions,
  /// LISTEN); the session keeps owning it.
  [[nodiscard]] pg_conn *handle() const { return m_connection; }
  /// The source without its password, for messages.
  [[nodiscard]] QString source() const { return m_source; }
  /// "PostgreSQL 15.x, PostGIS 3.x" (PostGIS left out where the extension is not installed).
  [[nodiscard]] QString serverVersion();
  /// Every row of a query with text parameters ($1...), as text; SQL NULL reads as an empty string.
  [[nodiscard]] QList<QStringList> rows(const char *sql, const QList<QByteArray> &parameters = {});

private:
  PostgisSession(pg_conn *connection, QString source);
  [[nodiscard]] QString identifier(const QString &name) const;
  /// "schema"."name" or "name", each part quoted by libpq.
  [[nodiscard]] QString qualifiedTable(const QString &table) const;
  /// The first value of a one-row query with text parameters.
  [[nodiscard]] QString scalar(const char *sql, const QList<QByteArray> &parameters);

  pg_conn *m_connection;
  QString m_source; ///< without password, for messages
};

} // namespace rc
