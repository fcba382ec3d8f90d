#include "postgis/PostgisStatement.h"

#include <libpq-fe.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace rc {

QString withConnectionOptions(const QString &source, const QStringList &options)
{
  QString result = source;
  for (const QString &option : options) {
    const QString key = option.section(u'=', 0, 0);
    if (!source.contains(u' ' + key + u'=') && !source.contains(u':' + key + u'='))
      result += u' ' + option;
  }
  return result;
}

PostgisStatementError::PostgisStatementError(QString sqlState, const QString &message)
    : PostgisError(Reason::Query, message), m_sqlState(std::move(sqlState))
{}

PostgisRows::PostgisRows(pg_result *result) : m_result(result, &PQclear) {}

int PostgisRows::count() const
{
  return PQntuples(m_result.get());
}

qint64 PostgisRows::affected() const
{
  return QByteArray(PQcmdTuples(m_result.get())).toLongLong();
}

bool PostgisRows::isNull(int row, int column) const
{
  return PQgetisnull(m_result.get(), row, column) != 0;
}

QString PostgisRows::text(int row, int column) const
{
  return QString::fromUtf8(PQgetvalue(m_result.get(), row, column));
}

QByteArray PostgisRows::bytes(int row, int column) const
{
  return {PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column)};
}

void PostgisStatements::reconnectIfLost()
{
  // A failed reset leaves the status bad: the statement then fails with libpq's reason.
  if (PQstatus(m_session.handle()) == CONNECTION_BAD)
    PQreset(m_session.handle());
}

PostgisRows PostgisStatements::exec(const char *sql, const QList<QByteArray> &parameters)
{
  reconnectIfLost();
  std::vector<const char *> values;
  values.reserve(std::size_t(parameters.size()));
  for (const QByteArray &parameter : parameters)
    values.push_back(parameter.isNull() ? nullptr : parameter.constData());
  const auto run = [&] {
    return PQexecParams(m_session.handle(), sql, int(values.size()), nullptr, values.data(), nullptr, nullptr,
                        0);
  };
  const bool outsideTransaction = PQtransactionStatus(m_session.handle()) == PQTRANS_IDLE;
  PGresult *result = run();
  // A restarted server is only noticed by the statement that finds the socket closed. Outside a
  // transaction that statement did not run (writes here always begin one), so it runs again on a
  // new connection; inside one the whole transaction is lost and the caller hears of it.
  if (outsideTransaction && PQstatus(m_session.handle()) == CONNECTION_BAD) {
    PQclear(result);
    PQreset(m_session.handle());
    result = run();
  }
  PostgisRows rows(result);
  const ExecStatusType status = PQresultStatus(result);
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    const char *state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
    throw PostgisStatementError(
        QString::fromUtf8(state ? state : ""),
        tr("%1: %2").arg(m_session.source(),
                         QString::fromUtf8(PQerrorMessage(m_session.handle())).simplified()));
  }
  return rows;
}

void PostgisStatements::rollback() noexcept
{
  PQclear(PQexec(m_session.handle(), "ROLLBACK"));
}

PostgisTransaction::PostgisTransaction(PostgisStatements &statements) : m_statements(statements)
{
  m_statements.exec("BEGIN");
}

PostgisTransaction::~PostgisTransaction()
{
  if (m_open)
    m_statements.rollback();
}

void PostgisTransaction::commit()
{
  m_statements.exec("COMMIT");
  m_open = false;
}

} // namespace rc
