#pragma once

#include "live/Alarm.h"
#include "live/AlarmSite.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

namespace rc {

/// The alarms of the live service, open and recently cleared, one row each. Alarms come in one by
/// one from the live thread; they are gathered and shown in batches (at most every 100 ms), so a
/// burst of hundreds at the crest of a storm is one model update, not hundreds. GUI thread.
class AlarmTableModel : public QAbstractTableModel
{
  Q_OBJECT

public:
  enum Column {
    SeverityColumn,
    StateColumn,
    RuleColumn,
    SourceColumn,
    DistrictColumn,
    ValueColumn,
    RaisedColumn,
    AcknowledgedColumn,
    ColumnCount
  };
  enum Role {
    AlarmIdRole = Qt::UserRole + 1,
    SourceRole,
    RuleRole,
    SeverityRole,
    StateRole,
    DistrictRole,
    SortRole
  };

  explicit AlarmTableModel(QObject *parent = nullptr);

  /// Replaces every row (the service's open and recent alarms on start).
  void setAlarms(const QList<rc::Alarm> &alarms);
  /// A new or changed alarm; shown with the next batch.
  void updateAlarm(const rc::Alarm &alarm);
  /// Shows what is waiting now.
  void flush();
  void setSites(const QHash<QString, rc::AlarmSite> &sites);

  [[nodiscard]] const Alarm &alarm(int row) const { return m_alarms[row]; }
  [[nodiscard]] int rowOf(qint64 alarmId) const { return m_rows.value(alarmId, -1); }
  [[nodiscard]] AlarmSite site(const QString &source) const { return m_sites.value(source); }
  /// Open alarms nobody has acknowledged yet: what the map pulses for.
  [[nodiscard]] QList<Alarm> unacknowledged() const;

  [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
  [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
  [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
  [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
  /// Rows were added or changed; `raised` holds the alarms raised since the last batch.
  void alarmsUpdated(const QList<rc::Alarm> &raised);

private:
  [[nodiscard]] QVariant display(const Alarm &alarm, int column) const;

  QList<Alarm> m_alarms;
  QHash<qint64, int> m_rows; ///< by alarm id
  QHash<QString, AlarmSite> m_sites;
  QList<Alarm> m_pending;
  QTimer m_flushTimer;
};

} // namespace rc
