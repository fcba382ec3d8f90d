#pragma once

#include "postgis/PostgisSession.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

struct pg_result;

namespace rc {

/// `source` with libpq `options` ("connect_timeout=5") added where the source does not set them:
/// a seat must not wait minutes on an unreachable server, nor miss a silently dropped link.
[[nodiscard]] QString withConnectionOptions(const QString &source, const QStringList &options);

/// A refused statement, with the server's SQLSTATE so callers can tell a missing privilege
/// ("42501") or a lost connection apart from other failures.
class PostgisStatementError : public PostgisError
{
public:
  PostgisStatementError(QString sqlState, const QString &message);
  [[nodiscard]] const QString &sqlState() const { return m_sqlState; }
  [[nodiscard]] bool isPermissionDenied() const { return m_sqlState == u"42501"; }

private:
  QString m_sqlState;
};

/// The rows of one statement, read as text (libpq's text format).
class PostgisRows
{
public:
  explicit PostgisRows(pg_result *result);
  [[nodiscard]] int count() const;
  /// Rows changed by an INSERT, UPDATE or DELETE without RETURNING.
  [[nodiscard]] qint64 affected() const;
  [[nodiscard]] bool isNull(int row, int column) const;
  [[nodiscard]] QString text(int row, int column) const;
  [[nodiscard]] QByteArray bytes(int row, int column) const;
  [[nodiscard]] qint64 integer(int row, int column) const { return bytes(row, column).toLongLong(); }

private:
  std::shared_ptr<pg_result> m_result;
};

/// Parameterised statements on a lent session: values travel as $n text parameters (a null
/// QByteArray is SQL NULL), never in the SQL text. A connection the server dropped (a restart) is
/// opened again for the next statement, so a seat survives the server going away and back.
/// Used on the session's thread.
class PostgisStatements
{
  Q_DECLARE_TR_FUNCTIONS(rc::PostgisStatements)

public:
  explicit PostgisStatements(PostgisSession &session) : m_session(session) {}

  /// Throws PostgisStatementError with the server's words.
  PostgisRows exec(const char *sql, const QList<QByteArray> &parameters = {});
  /// Rolls back what the session began, ignoring a failure (the connection may be gone).
  void rollback() noexcept;

private:
  void reconnectIfLost();

  PostgisSession &m_session;
};

/// Begin … commit on PostgisStatements; rolls back when left without commit().
class PostgisTransaction
{
public:
  explicit PostgisTransaction(PostgisStatements &statements);
  ~PostgisTransaction();
  PostgisTransaction(const PostgisTransaction &) = delete;
  PostgisTransaction &operator=(const PostgisTransaction &) = delete;
  void commit();

private:
  PostgisStatements &m_statements;
  bool m_open = true;
};

} // namespace rc
