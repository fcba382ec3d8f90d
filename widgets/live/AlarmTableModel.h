#pragma once

#include "live/Alarm.h"
#include "live/AlarmSite.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QTimer>

namespace rc {

class LiveModel;

/// The alarms of the LiveModel, open and recently cleared, one row each, with their sites' names
/// and districts. Observes the model, whose alarms come one by one from the live thread; they are
/// gathered and shown in batches (at most every 100 ms), so a burst of hundreds at the crest of a
/// storm is one model update, not hundreds. GUI thread.
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

  /// Shows the model's alarms and follows them from now on.
  void setLiveModel(const LiveModel *model);
  /// Shows what is waiting now.
  void flush();

  [[nodiscard]] const Alarm &alarm(int row) const { return m_alarms[row]; }
  [[nodiscard]] int rowOf(qint64 alarmId) const { return m_rows.value(alarmId, -1); }
  /// Where the source is, as the model knows it.
  [[nodiscard]] AlarmSite site(const QString &source) const;
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
  /// Replaces every row (the service's open and recent alarms on start).
  void setAlarms(const QList<rc::Alarm> &alarms);
  /// A new or changed alarm; shown with the next batch.
  void updateAlarm(const rc::Alarm &alarm);
  void sitesChanged();
  [[nodiscard]] QVariant display(const Alarm &alarm, int column) const;

  QPointer<const LiveModel> m_live;
  QList<Alarm> m_alarms;
  QHash<qint64, int> m_rows; ///< by alarm id
  QList<Alarm> m_pending;
  QTimer m_flushTimer;
};

} // namespace rc
