#include "live/Hj212TcpServer.h"

#include "live/Hj212StreamSplitter.h"

#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace rc {

Hj212TcpServer::Hj212TcpServer(const Hj212ServerSettings &settings,
                               std::shared_ptr<const StationCatalog> catalog, QObject *parent)
    : QObject(parent), m_settings(settings), m_counter(u"hj212 tcp"_s),
      m_intake(std::move(catalog), m_counter), m_server(new QTcpServer(this))
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
  for (QTcpSocket *socket : m_connections.keys())
    socket->abort();
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
    m_connections.insert(socket, Connection{{}, QDateTime::currentDateTimeUtc()});
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] { onDisconnected(socket); });
  }
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
  while (auto piece = connection->splitter.next()) {
    if (piece->rejection != Hj212Rejection::None) {
      m_intake.reject(piece->rejection, piece->bytes);
      continue;
    }
    Hj212Intake::Outcome outcome = m_intake.accept(piece->bytes, now);
    if (!outcome.reply.isEmpty())
      socket->write(outcome.reply);
    std::move(outcome.readings.begin(), outcome.readings.end(), std::back_inserter(batch.pollutants));
  }
  if (!batch.empty())
    emit readingsReceived(batch, now);
}

void Hj212TcpServer::onDisconnected(QTcpSocket *socket)
{
  if (const auto connection = m_connections.find(socket); connection != m_connections.end()) {
    if (auto piece = connection->splitter.finish())
      m_intake.reject(piece->rejection, piece->bytes);
    m_connections.erase(connection);
  }
  socket->deleteLater();
}

void Hj212TcpServer::sweep()
{
  const QDateTime now = QDateTime::currentDateTimeUtc();
  m_intake.dropStaleUploads(now.addSecs(-m_settings.splitUploadTimeout.count()));
  // Collected first: disconnecting may emit disconnected() at once, which edits m_connections.
  QList<QTcpSocket *> idle;
  for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it)
    if (it->lastActivity.secsTo(now) > m_settings.idleTimeout.count())
      idle.append(it.key());
  for (QTcpSocket *socket : idle)
    socket->disconnectFromHost();
}

} // namespace rc
