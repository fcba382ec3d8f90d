#pragma once

#include <QObject>
#include <QString>
#include <QThread>

namespace rc {

class PostgisListener;

/// A PostgisListener on its own thread, for a seat's GUI: its signals arrive on the thread that
/// made the feed. Stops its thread on destruction.
class PostgisChangeFeed : public QObject
{
  Q_OBJECT

public:
  /// Starts listening on `channel` of `source` at once.
  PostgisChangeFeed(const QString &source, const QString &channel, QObject *parent = nullptr);
  ~PostgisChangeFeed() override;

signals:
  void notified(const QString &kind, qint64 id, qint64 version);
  /// Listening (again); `afterLoss`: notifications may have been missed, reload what changed.
  void listening(bool afterLoss);
  void connectionLost(const QString &message);

private:
  QThread m_thread;
  PostgisListener *m_listener;
};

} // namespace rc
