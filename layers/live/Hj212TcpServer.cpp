#include "live/Hj212TcpServer.h"

#include "live/Hj212StreamSplitter.h"

#include <QTcpServer>
#include <QTcpSocket>

#include <sys/resource.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

/// Descriptors left to the rest of the process (SQLite, GDAL, Qt) however full the server is.
constexpr rlim_t kReservedDescriptors = 256;
/// What the kernel and Qt may hold per connection: frames are at most ~1 KiB, replies ~100 bytes.
constexpr int kSocketBufferBytes = 64 * 1024;

int descriptorBoundedCap(int wanted)
{
  rlimit limit{};
  if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
    return wanted;
  if (limit.rlim_cur <= 2 * kReservedDescriptors)
    return std::max(1, std::min(wanted, int(limit.rlim_cur / 2)));
  return int(std::min<rlim_t>(rlim_t(wanted), limit.rlim_cur - kReservedDescriptors));
}

/// A peer reached over an IPv4-mapped IPv6 socket counts as its IPv4 address.
QHostAddress plainAddress(const QHostAddress &address)
{
  bool isIpv4 = false;
  const quint32 ipv4 = address.toIPv4Address(&isIpv4);
  return isIpv4 ? QHostAddress(ipv4) : address;
}

} // namespace

Hj212TcpServer::Hj212TcpServer(const Hj212ServerSettings &settings,
                               std::shared_ptr<const StationCatalog> catalog, QObject *parent)
    : QObject(parent), m_settings(settings), m_maxConnections(descriptorBoundedCap(settings.maxConnections)),
      m_counter(u"hj212 tcp"_s), m_intake(std::move(catalog), m_counter), m_server(new QTcpServer(this))
{
  connect(m_server, &QTcpServer::newConnection, this, &Hj212TcpServer::onNewConnection);
  m_sweepTimer.setInterval(std::chrono::seconds(5));
  connect(&m_sweepTimer, &QTimer::timeout, this, &Hj212TcpServer::sweep);
}

Hj212TcpServer::~Hj212TcpServer() = default;

bool Hj212TcpServer::start()
{
  if (!m_server->listen(m_settings.address, m_settings.port)) {
    m_error = m_server->errorString();
    m_counter.setState(FeedStatus::State::Stopped, m_error);
    emit statusChanged(status());
    return false;
  }
  m_sweepTimer.start();
  m_counter.setState(FeedStatus::State::Listening);
  emit statusChanged(status());
  return true;
}

void Hj212TcpServer::stop()
{
  m_sweepTimer.stop();
  m_server->close();
  for (QTcpSocket *socket : m_connections.keys()) {
    forget(socket);
    socket->abort();
    socket->deleteLater();
  }
  m_counter.setState(FeedStatus::State::Stopped);
  emit statusChanged(status());
}

quint16 Hj212TcpServer::port() const
{
  return m_server->serverPort();
}

int Hj212TcpServer::connectionCount() const
{
  return int(m_connections.size());
}

void Hj212TcpServer::onNewConnection()
{
  while (QTcpSocket *socket = m_server->nextPendingConnection()) {
    const QHostAddress peer = plainAddress(socket->peerAddress());
    if (!admit(peer)) {
      m_counter.droppedConnection(tr("refused %1: too many connections").arg(peer.toString()));
      socket->abort();
      socket->deleteLater();
      continue;
    }
    socket->setReadBufferSize(kSocketBufferBytes);
    socket->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, kSocketBufferBytes);
    const auto now = QDateTime::currentDateTimeUtc();
    m_connections.insert(
        socket,
        Connection{
            {}, peer, now, RateBudget(m_settings.rejectedFrameBurst, m_settings.rejectedFrameRefill), false});
    ++m_perAddress[peer];
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] { onDisconnected(socket); });
  }
}

bool Hj212TcpServer::admit(const QHostAddress &peer)
{
  if (m_perAddress.value(peer) >= m_settings.maxConnectionsPerAddress)
    return false;
  if (m_connections.size() < m_maxConnections)
    return true;
  // Full: a connection that never sent a good frame gives way, the one silent longest first, so
  // that idle strangers cannot keep a logger out.
  QTcpSocket *stranger = nullptr;
  QDateTime oldest;
  for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it)
    if (!it->proven && (!stranger || it->lastActivity < oldest)) {
      stranger = it.key();
      oldest = it->lastActivity;
    }
  if (!stranger)
    return false;
  drop(stranger, tr("%1 gave way to a new connection: it sent no valid frame").arg(peerName(stranger)));
  return true;
}

QString Hj212TcpServer::peerName(QTcpSocket *socket) const
{
  const auto connection = m_connections.constFind(socket);
  return connection == m_connections.cend() ? QString() : connection->peer.toString();
}

void Hj212TcpServer::forget(QTcpSocket *socket)
{
  const auto connection = m_connections.constFind(socket);
  if (connection == m_connections.cend())
    return;
  if (const auto count = m_perAddress.find(connection->peer); count != m_perAddress.end() && --*count <= 0)
    m_perAddress.erase(count);
  m_connections.erase(connection);
}

void Hj212TcpServer::drop(QTcpSocket *socket, const QString &why)
{
  m_counter.droppedConnection(why);
  forget(socket);
  socket->disconnect(this);
  socket->abort();
  socket->deleteLater();
}

void Hj212TcpServer::onReadyRead(QTcpSocket *socket)
{
  const auto connection = m_connections.find(socket);
  if (connection == m_connections.end())
    return;
  const QDateTime now = QDateTime::currentDateTimeUtc();
  connection->lastActivity = now;
  connection->splitter.append(socket->readAll());
  ReadingBatch batch;
  QString dropReason;
  while (auto piece = connection->splitter.next()) {
    if (piece->rejection != Hj212Rejection::None) {
      m_intake.reject(piece->rejection, piece->bytes);
      if (!connection->rejections.take()) {
        dropReason = tr("%1 sent rejected frames too fast").arg(connection->peer.toString());
        break;
      }
      continue;
    }
    Hj212Intake::Outcome outcome = m_intake.accept(piece->bytes, now);
    if (outcome.accepted) {
      connection->proven = true;
    } else if (!connection->rejections.take()) {
      dropReason = tr("%1 sent rejected frames too fast").arg(connection->peer.toString());
      break;
    }
    std::move(outcome.readings.begin(), outcome.readings.end(), std::back_inserter(batch.pollutants));
    if (outcome.reply.isEmpty())
      continue;
    socket->write(outcome.reply);
    if (socket->bytesToWrite() > m_settings.maxUnsentReplyBytes) {
      dropReason = tr("%1 does not read its replies").arg(connection->peer.toString());
      break;
    }
  }
  if (!batch.empty())
    emit readingsReceived(batch, now);
  if (!dropReason.isEmpty())
    drop(socket, dropReason);
}

void Hj212TcpServer::onDisconnected(QTcpSocket *socket)
{
  if (const auto connection = m_connections.find(socket); connection != m_connections.end()) {
    if (auto piece = connection->splitter.finish())
      m_intake.reject(piece->rejection, piece->bytes);
    forget(socket);
  }
  socket->deleteLater();
}

void Hj212TcpServer::sweep()
{
  const QDateTime now = QDateTime::currentDateTimeUtc();
  m_intake.dropStaleUploads(now.addSecs(-m_settings.splitUploadTimeout.count()));
  // Collected first: dropping edits m_connections.
  QList<QTcpSocket *> idle;
  for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
    const auto timeout = it->proven ? m_settings.idleTimeout : m_settings.firstFrameTimeout;
    if (it->lastActivity.secsTo(now) > timeout.count())
      idle.append(it.key());
  }
  // Aborted, not disconnected: a graceful close waits for unsent replies a silent peer never reads.
  for (QTcpSocket *socket : idle)
    drop(socket, tr("%1 was silent too long").arg(peerName(socket)));
}

} // namespace rc
