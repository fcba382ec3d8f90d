#include "postgis/PostgisListener.h"

#include "postgis/PostgisSession.h"
#include "postgis/PostgisStatement.h"

#include <QSocketNotifier>
#include <QTimer>

#include <libpq-fe.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

constexpr int kFirstRetryMs = 250;
constexpr int kLongestRetryMs = 5000;

} // namespace

PostgisListener::PostgisListener(const QString &source, QString channel, QObject *parent)
    : QObject(parent),
      // Keepalives: a link that dies without a word (a cable, a firewall) is noticed in ~25 s.
      m_source(withConnectionOptions(source, {u"connect_timeout=5"_s, u"keepalives_idle=10"_s,
                                              u"keepalives_interval=5"_s, u"keepalives_count=3"_s})),
      m_channel(std::move(channel)), m_retry(new QTimer(this)), m_retryDelayMs(kFirstRetryMs)
{
  m_retry->setSingleShot(true);
  connect(m_retry, &QTimer::timeout, this, &PostgisListener::connectAndListen);
}

PostgisListener::~PostgisListener() = default;

void PostgisListener::start()
{
  connectAndListen();
}

void PostgisListener::connectAndListen()
{
  try {
    m_session = PostgisSession::open(m_source);
  } catch (const PostgisError &e) {
    drop(e.message());
    return;
  }
  pg_conn *connection = m_session->handle();
  // The server's goodbye on a shutdown is reported by connectionLost(), not printed on stderr.
  PQsetNoticeProcessor(
      connection, [](void *, const char *) {}, nullptr);
  const QByteArray channel = m_channel.toUtf8();
  char *quoted = PQescapeIdentifier(connection, channel.constData(), std::size_t(channel.size()));
  const QByteArray sql = "LISTEN " + QByteArray(quoted ? quoted : "\"\"");
  PQfreemem(quoted);
  PGresult *result = PQexec(connection, sql.constData());
  const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
  PQclear(result);
  if (!ok) {
    drop(QString::fromUtf8(PQerrorMessage(connection)).simplified());
    return;
  }
  PQsetnonblocking(connection, 1);
  m_notifier = new QSocketNotifier(qintptr(PQsocket(connection)), QSocketNotifier::Read, this);
  connect(m_notifier, &QSocketNotifier::activated, this, &PostgisListener::readNotifications);
  m_retryDelayMs = kFirstRetryMs;
  emit listening(std::exchange(m_lost, false));
  // A notification may have arrived with the LISTEN reply.
  readNotifications();
}

void PostgisListener::readNotifications()
{
  pg_conn *connection = m_session->handle();
  if (!PQconsumeInput(connection) || PQstatus(connection) == CONNECTION_BAD) {
    drop(QString::fromUtf8(PQerrorMessage(connection)).simplified());
    return;
  }
  while (PGnotify *notification = PQnotifies(connection)) {
    const QList<QByteArray> parts = QByteArray(notification->extra).split(':');
    PQfreemem(notification);
    if (parts.size() == 3)
      emit notified(QString::fromUtf8(parts[0]), parts[1].toLongLong(), parts[2].toLongLong());
  }
}

void PostgisListener::drop(const QString &message)
{
  // Called from the notifier's own signal: it goes once that returns.
  if (m_notifier) {
    m_notifier->setEnabled(false);
    m_notifier->deleteLater();
    m_notifier = nullptr;
  }
  m_session.reset();
  m_lost = true;
  emit connectionLost(message);
  m_retry->start(m_retryDelayMs);
  m_retryDelayMs = std::min(m_retryDelayMs * 2, kLongestRetryMs);
}

} // namespace rc
