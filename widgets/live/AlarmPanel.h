#pragma once

#include "live/AlarmTableModel.h"

#include <QElapsedTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace rc {

class AlarmFilterModel;

/// The alarm dock: open and recent alarms in a table, filtered by type, district and severity,
/// unacknowledged ones highlighted. Acknowledging asks for a note (AlarmAcknowledgeDialog) and
/// hands it on with acknowledgeRequested(); a new alarm beeps unless muted; a double-click asks to
/// fly the map to the alarm's station. GUI thread.
class AlarmPanel : public QWidget
{
  Q_OBJECT

public:
  explicit AlarmPanel(QWidget *parent = nullptr);

  [[nodiscard]] AlarmTableModel *model() const { return m_model; }
  [[nodiscard]] QTableView *view() const { return m_view; }

  /// Who acknowledges, shown in the dialog (the OS user).
  void setOperatorName(const QString &name) { m_operator = name; }
  [[nodiscard]] bool isMuted() const;
  void setMuted(bool muted);
  /// Sounds played for new alarms so far.
  [[nodiscard]] int soundsPlayed() const { return m_sounds; }

  /// Filters; an empty optional or string shows all.
  void setRuleFilter(std::optional<rc::AlarmRule> rule);
  void setDistrictFilter(const QString &district);
  void setSeverityFilter(std::optional<rc::AlarmSeverity> severity);
  void setShowCleared(bool show);
  /// Rows shown after filtering.
  [[nodiscard]] int visibleCount() const;

  /// Opens the note dialog for an unacknowledged alarm (window-modal, the panel keeps updating).
  void acknowledgeAlarm(qint64 alarmId);

signals:
  void acknowledgeRequested(qint64 alarmId, const QString &note);
  void flyToRequested(const QString &source);
  /// What lies around the selected alarm's station (addresses, grids, sites …): impact analysis.
  void impactRequested(const QString &source);

protected:
  void changeEvent(QEvent *event) override;

private:
  void retranslate();
  void onAlarmsUpdated(const QList<rc::Alarm> &raised);
  void acknowledgeSelected();
  void updateDistricts();
  [[nodiscard]] qint64 currentAlarmId() const;

  AlarmTableModel *m_model;
  AlarmFilterModel *m_filter;
  QTableView *m_view;
  QLabel *m_typeLabel, *m_districtLabel, *m_severityLabel, *m_countLabel;
  QComboBox *m_type, *m_district, *m_severity;
  QCheckBox *m_showCleared;
  QToolButton *m_mute, *m_acknowledge, *m_impact;
  QString m_operator;
  QElapsedTimer m_lastSound;
  int m_sounds = 0;
};

} // namespace rc
