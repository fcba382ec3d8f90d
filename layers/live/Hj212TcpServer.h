#pragma once

#include "live/FeedStatus.h"
#include "live/Hj212Intake.h"
#include "live/Hj212StreamSplitter.h"
#include "live/RateBudget.h"
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

/// Where the HJ 212 server listens, how long it waits and what one peer may cost it. The limits
/// keep a flood from taking the process's descriptors or memory, which SQLite and GDAL share.
struct Hj212ServerSettings
{
  QHostAddress address = QHostAddress::LocalHost;
  quint16 port = 0;                            ///< 0: any free port (see Hj212TcpServer::port())
  std::chrono::seconds idleTimeout{300};       ///< a connection silent this long is closed
  std::chrono::seconds firstFrameTimeout{30};  ///< ... and one that never sent a good frame, this long
  std::chrono::seconds splitUploadTimeout{60}; ///< a split upload missing packets this long is dropped
  int maxConnections = 512;                    ///< at most; also kept below the descriptor limit
  int maxConnectionsPerAddress = 32;           ///< loggers behind one NAT share an address
  qint64 maxUnsentReplyBytes = 16 * 1024;      ///< a peer that leaves this much unread is dropped
  int rejectedFrameBurst = 20;                 ///< rejected frames a connection may send at once...
  std::chrono::milliseconds rejectedFrameRefill{2000}; ///< ... and then one per this long
};

/// The HJ 212 platform end: loggers connect over TCP and send frames back to back. Each
/// connection's stream is cut into frames, each frame checked and decoded, replies (9014 for
/// uploads, 9011 with QnRtn otherwise) written back when the frame asks, and every rejection
/// counted; a bad frame alone never closes the connection. A peer is dropped (aborted, never
/// drained) when it exceeds the connection caps, leaves its replies unread, sends rejected frames
/// faster than its budget allows, or stays silent. Owns its QTcpServer and sockets; lives on the
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
  /// Room for one more connection from `peer`; may drop a silent stranger to make it.
  [[nodiscard]] bool admit(const QHostAddress &peer);
  /// Forgets the connection and aborts it: unsent replies are thrown away, not waited for.
  void drop(QTcpSocket *socket, const QString &why);
  void forget(QTcpSocket *socket);
  [[nodiscard]] QString peerName(QTcpSocket *socket) const;

  /// What the server keeps per logger connection.
  struct Connection
  {
    Hj212StreamSplitter splitter;
    QHostAddress peer;
    QDateTime lastActivity;
    RateBudget rejections;
    bool proven = false; ///< has sent a frame that was accepted
  };

  Hj212ServerSettings m_settings;
  int m_maxConnections;                          ///< the setting, kept below the process's descriptor limit
  QHash<QTcpSocket *, Connection> m_connections; ///< sockets are children of m_server
  QHash<QHostAddress, int> m_perAddress;
  FeedCounter m_counter;
  Hj212Intake m_intake;
  QTcpServer *m_server;
  QTimer m_sweepTimer;
  QString m_error;
};

} // namespace rc
