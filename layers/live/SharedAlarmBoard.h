#pragma once

#include "live/Alarm.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QSet>

#include <memory>

namespace rc {

class PostgisAlarmAcks;
class PostgisAlarms;
class PostgisChangeFeed;

/// The alarms of a seat without feeds of its own: those the feed seats publish to the shared
/// PostGIS database (PostgisAlarms), followed by NOTIFY, all of them read again after the listener
/// was away. Alarm ids are the shared rows'. Acknowledging records the acknowledgement for the feed
/// seats (PostgisAlarmAcks, first one wins) and marks the row. Lives on a worker thread (the live
/// thread), never the GUI's: it reads the database.
class SharedAlarmBoard : public QObject
{
  Q_OBJECT

public:
  explicit SharedAlarmBoard(const QString &source, QObject *parent = nullptr);
  ~SharedAlarmBoard() override;

  /// Empty on success (alarmChanged() follows), else the refusal for people.
  [[nodiscard]] QString acknowledge(qint64 alarmId, const QString &by, const QString &note,
                                    const QDateTime &at);

signals:
  /// Everything to show: the open alarms and those cleared in the last 24 hours, newest first.
  void alarmsReplaced(const QList<rc::Alarm> &alarms);
  void alarmRaised(const rc::Alarm &alarm);
  void alarmChanged(const rc::Alarm &alarm);
  /// The shared database could not be read; retried when the listener is back.
  void failed(const QString &message);

private:
  void reload();
  void onNotified(const QString &kind, qint64 id);
  PostgisAlarms &alarms();

  QString m_source;
  std::unique_ptr<PostgisAlarms> m_alarms;
  std::unique_ptr<PostgisAlarmAcks> m_acks;
  PostgisChangeFeed *m_feed;
  QSet<qint64> m_shown;
};

} // namespace rc
