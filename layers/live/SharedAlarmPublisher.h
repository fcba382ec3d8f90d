#pragma once

#include "live/Alarm.h"

#include <QMap>
#include <QObject>
#include <QTimer>

#include <memory>

namespace rc {

class AlarmEngine;
class PostgisAlarms;

/// Puts this seat's alarms into the shared PostGIS database (PostgisAlarms) as its engine raises and
/// changes them, so seats without feeds see them. A write the server refuses or cannot take (it is
/// away) is kept, newest state per alarm, and tried again every few seconds; the engine's own
/// SQLite store stays the record of this seat either way. At start it publishes the open alarms of
/// an earlier run. Lends the engine; lives on the engine's (live) thread.
class SharedAlarmPublisher : public QObject
{
  Q_OBJECT

public:
  SharedAlarmPublisher(const QString &source, AlarmEngine &engine, QObject *parent = nullptr);
  ~SharedAlarmPublisher() override;

  /// Alarm changes not yet in the shared database.
  [[nodiscard]] int unpublishedCount() const { return int(m_unpublished.size()); }

private:
  void enqueue(const Alarm &alarm);
  void flush();

  QString m_source;
  std::unique_ptr<PostgisAlarms> m_alarms;
  QMap<qint64, Alarm> m_unpublished; ///< by this seat's alarm id, so older alarms go first
  QTimer m_retry;
};

} // namespace rc
