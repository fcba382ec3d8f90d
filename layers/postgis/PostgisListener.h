#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QSocketNotifier;
class QTimer;

namespace rc {

class PostgisSession;

/// One seat's ear on the shared database: a dedicated connection that LISTENs on a channel and
/// turns each NOTIFY "<kind>:<id>:<version>" into notified(), so the seat reloads just that
/// record instead of polling whole tables. Watches the connection's socket (QSocketNotifier), so
/// it costs nothing while nothing changes. When the server goes away (a restart, the network) it
/// says so and reconnects with a growing delay (0.25 s up to 5 s); once back it emits
/// reconnected(): notifications sent meanwhile are lost, so the seat reloads what changed since.
///
/// Lives on one thread (its own QThread in the app): create it, move it there, then start().
class PostgisListener : public QObject
{
  Q_OBJECT

public:
  PostgisListener(const QString &source, QString channel, QObject *parent = nullptr);
  ~PostgisListener() override;

public slots:
  /// Connects and listens; on failure retries until it succeeds or the listener is destroyed.
  void start();

signals:
  void notified(const QString &kind, qint64 id, qint64 version);
  /// Listening (again) after start() or a loss; `afterLoss` when changes may have been missed.
  void listening(bool afterLoss);
  /// The connection failed or was lost; a retry follows.
  void connectionLost(const QString &message);

private:
  void connectAndListen();
  void readNotifications();
  void drop(const QString &message);

  QString m_source;
  QString m_channel;
  std::unique_ptr<PostgisSession> m_session;
  QSocketNotifier *m_notifier = nullptr;
  QTimer *m_retry;
  int m_retryDelayMs;
  bool m_lost = false;
};

} // namespace rc
