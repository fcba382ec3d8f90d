#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QString>

#include <memory>

namespace rc {

class AlarmEngine;
class PostgisAlarmAcks;
class PostgisChangeFeed;
struct SharedAcknowledgement;

/// This seat's alarms acknowledged together with the other seats of a shared PostGIS database
/// (PostgisAlarmAcks): an acknowledgement here is recorded there first (the first seat wins), and
/// one made on another seat acknowledges this seat's alarm of the same condition as soon as its
/// notification arrives, or after a reconnection from what was missed. Lends the engine; lives on
/// the engine's (live) thread.
class SharedAlarmAcknowledgements : public QObject
{
  Q_OBJECT

public:
  SharedAlarmAcknowledgements(const QString &source, AlarmEngine &engine, QObject *parent = nullptr);
  ~SharedAlarmAcknowledgements() override;

  /// Acknowledges alarm `alarmId` for every seat, then here. Empty on success, else the refusal
  /// for people: another seat was first ("already acknowledged by X at T"; this seat's alarm then
  /// shows that acknowledgement), a read-only role, the server unreachable (nothing acknowledged),
  /// an alarm no longer raised here.
  [[nodiscard]] QString acknowledge(qint64 alarmId, const QString &by, const QString &note,
                                    const QDateTime &at);

private:
  /// Opens the connection when there is none (at start, after the server was away).
  PostgisAlarmAcks &acks();
  /// After a conflict: shows here the acknowledgement that was first. Never throws: it runs where
  /// the refusal is being answered, and a failure only delays what the notification shows anyway.
  void showFirstAcknowledgement(const QString &alarmKey, const QDateTime &raisedAt);
  void applyFromOtherSeat(const SharedAcknowledgement &ack);
  void onNotified(const QString &kind, qint64 id);
  void catchUp();

  QString m_source;
  AlarmEngine &m_engine;
  std::unique_ptr<PostgisAlarmAcks> m_acks;
  PostgisChangeFeed *m_feed;
  QDateTime m_lastSeen; ///< the newest acknowledgement applied or made here
};

} // namespace rc
