#pragma once

#include "live/FeedStatus.h"
#include "live/Hj212Intake.h"
#include "live/Hj212StreamSplitter.h"
#include "live/Readings.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>

class QTcpServer;
class QTcpSocket;

namespace rc {

/// Where the HJ 212 server listens and how long it waits.
struct Hj212ServerSettings
{
  QHostAddress address = QHostAddress::LocalHost;
  quint16 port = 0;                            ///< 0: any free port (see Hj212TcpServer::port())
  std::chrono::seconds idleTimeout{300};       ///< a connection silent this long is closed
  std::chrono::seconds splitUploadTimeout{60}; ///< a split upload missing packets this long is dropped
};

/// The HJ 212 platform end: loggers connect over TCP and send frames back to back. Each
/// connection's stream is cut into frames, each frame checked and decoded, replies (9014 for
/// uploads, 9011 with QnRtn otherwise) written back when the frame asks, and every rejection
/// counted; a bad frame never closes the connection. Owns its QTcpServer and sockets; lives on the
/// live thread.
class Hj212TcpServer : public QObject
{
  Q_OBJECT

public:
  Hj212TcpServer(const Hj212ServerSettings &settings, std::shared_ptr<const StationCatalog> catalog,
                 QObject *parent = nullptr);
  ~Hj212TcpServer() override;

  /// Starts listening; false with errorString() when the port cannot be had.
  bool start();
  void stop();
  [[nodiscard]] quint16 port() const;
  [[nodiscard]] QString errorString() const { return m_error; }
  [[nodiscard]] const FeedStatus &status() const { return m_counter.status(); }
  [[nodiscard]] int connectionCount() const;

signals:
  void readingsReceived(const rc::ReadingBatch &batch, const QDateTime &receivedAt);
  void statusChanged(const rc::FeedStatus &status);

private:
  void onNewConnection();
  void onReadyRead(QTcpSocket *socket);
  void onDisconnected(QTcpSocket *socket);
  void sweep();

  /// What the server keeps per logger connection.
  struct Connection
  {
    Hj212StreamSplitter splitter;
    QDateTime lastActivity;
  };

  Hj212ServerSettings m_settings;
  QHash<QTcpSocket *, Connection> m_connections; ///< sockets are children of m_server
  FeedCounter m_counter;
  Hj212Intake m_intake;
  QTcpServer *m_server;
  QTimer m_sweepTimer;
  QString m_error;
};

} // namespace rc
