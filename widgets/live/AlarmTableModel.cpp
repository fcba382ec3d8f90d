#include "live/AlarmTableModel.h"

#include "live/LiveModel.h"

#include <QBrush>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

QString severityText(AlarmSeverity severity)
{
  return severity == AlarmSeverity::Critical ? AlarmTableModel::tr("critical")
                                             : AlarmTableModel::tr("warning");
}

QString stateText(const Alarm &alarm)
{
  switch (alarm.state) {
  case AlarmState::Raised:
    return alarm.conditionActive ? AlarmTableModel::tr("raised")
                                 : AlarmTableModel::tr("raised, back to normal");
  case AlarmState::Acknowledged:
    return AlarmTableModel::tr("acknowledged");
  case AlarmState::Cleared:
    return AlarmTableModel::tr("cleared");
  }
  return {};
}

QString timeText(const QDateTime &time)
{
  return time.isValid() ? time.toLocalTime().toString(u"MM-dd HH:mm:ss"_s) : QString();
}

} // namespace

AlarmTableModel::AlarmTableModel(QObject *parent) : QAbstractTableModel(parent)
{
  m_flushTimer.setSingleShot(true);
  m_flushTimer.setInterval(std::chrono::milliseconds(100));
  connect(&m_flushTimer, &QTimer::timeout, this, &AlarmTableModel::flush);
}

void AlarmTableModel::setLiveModel(const LiveModel *model)
{
  m_live = model;
  connect(model, &LiveModel::alarmsReplaced, this, &AlarmTableModel::setAlarms);
  connect(model, &LiveModel::alarmRaised, this, &AlarmTableModel::updateAlarm);
  connect(model, &LiveModel::alarmChanged, this, &AlarmTableModel::updateAlarm);
  connect(model, &LiveModel::sitesChanged, this, &AlarmTableModel::sitesChanged);
  setAlarms(model->alarms());
}

void AlarmTableModel::setAlarms(const QList<Alarm> &alarms)
{
  beginResetModel();
  m_alarms = alarms;
  m_rows.clear();
  m_pending.clear();
  for (int row = 0; row < m_alarms.size(); ++row)
    m_rows.insert(m_alarms[row].id, row);
  endResetModel();
  emit alarmsUpdated({});
}

void AlarmTableModel::updateAlarm(const Alarm &alarm)
{
  m_pending.append(alarm);
  if (!m_flushTimer.isActive())
    m_flushTimer.start();
}

void AlarmTableModel::flush()
{
  m_flushTimer.stop();
  if (m_pending.isEmpty())
    return;
  QList<Alarm> added, raised;
  int firstChanged = int(m_alarms.size()), lastChanged = -1;
  for (const Alarm &alarm : std::as_const(m_pending)) {
    if (alarm.state == AlarmState::Raised && alarm.escalationLevel == 0 && !m_rows.contains(alarm.id))
      raised.append(alarm);
    if (const int row = m_rows.value(alarm.id, -1); row >= 0) {
      m_alarms[row] = alarm;
      firstChanged = std::min(firstChanged, row);
      lastChanged = std::max(lastChanged, row);
      continue;
    }
    // The same new alarm twice in one batch (raised, then changed): keep the latest.
    const auto known =
        std::find_if(added.begin(), added.end(), [&alarm](const Alarm &a) { return a.id == alarm.id; });
    if (known != added.end())
      *known = alarm;
    else
      added.append(alarm);
  }
  m_pending.clear();
  if (lastChanged >= 0)
    emit dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
  if (!added.isEmpty()) {
    const int first = int(m_alarms.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (const Alarm &alarm : std::as_const(added)) {
      m_rows.insert(alarm.id, int(m_alarms.size()));
      m_alarms.append(alarm);
    }
    endInsertRows();
  }
  emit alarmsUpdated(raised);
}

AlarmSite AlarmTableModel::site(const QString &source) const
{
  return m_live ? m_live->site(source) : AlarmSite();
}

void AlarmTableModel::sitesChanged()
{
  if (!m_alarms.isEmpty())
    emit dataChanged(index(0, SourceColumn), index(rowCount() - 1, DistrictColumn));
}

QList<Alarm> AlarmTableModel::unacknowledged() const
{
  QList<Alarm> alarms;
  for (const Alarm &alarm : m_alarms)
    if (alarm.state == AlarmState::Raised)
      alarms.append(alarm);
  return alarms;
}

int AlarmTableModel::rowCount(const QModelIndex &parent) const
{
  return parent.isValid() ? 0 : int(m_alarms.size());
}

int AlarmTableModel::columnCount(const QModelIndex &parent) const
{
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlarmTableModel::display(const Alarm &alarm, int column) const
{
  const QLocale locale;
  switch (Column(column)) {
  case SeverityColumn:
    return QString(severityText(alarm.severity) +
                   (alarm.escalationLevel > 0 ? u" ↑%1"_s.arg(alarm.escalationLevel) : QString()));
  case StateColumn:
    return stateText(alarm);
  case RuleColumn:
    return QString(alarmRuleTitle(alarm.rule) +
                   (alarm.parameter.isEmpty() ? QString() : u" "_s + alarm.parameter));
  case SourceColumn: {
    const QString name = site(alarm.source).name;
    return name.isEmpty() ? alarm.source : u"%1 (%2)"_s.arg(name, alarm.source);
  }
  case DistrictColumn:
    return site(alarm.source).district;
  case ValueColumn:
    if (alarm.rule == AlarmRule::SensorSilent)
      return QString();
    return tr("%1 / %2 (peak %3)")
        .arg(locale.toString(alarm.value, 'f', 2), locale.toString(alarm.threshold, 'f', 2),
             locale.toString(alarm.peak, 'f', 2));
  case RaisedColumn:
    return timeText(alarm.raisedAt);
  case AcknowledgedColumn:
    if (alarm.acknowledgedBy.isEmpty())
      return QString();
    return alarm.acknowledgementNote.isEmpty()
               ? u"%1 %2"_s.arg(alarm.acknowledgedBy, timeText(alarm.acknowledgedAt))
               : u"%1 %2: %3"_s.arg(alarm.acknowledgedBy, timeText(alarm.acknowledgedAt),
                                    alarm.acknowledgementNote);
  case ColumnCount:
    break;
  }
  return {};
}

QVariant AlarmTableModel::data(const QModelIndex &index, int role) const
{
  if (!index.isValid() || index.row() >= m_alarms.size())
    return {};
  const Alarm &alarm = m_alarms[index.row()];
  switch (role) {
  case Qt::DisplayRole:
    return display(alarm, index.column());
  case Qt::ToolTipRole:
    return index.column() == AcknowledgedColumn ? display(alarm, index.column()) : QVariant();
  case Qt::ForegroundRole:
    if (alarm.state == AlarmState::Cleared)
      return QBrush(Qt::gray);
    if (index.column() == SeverityColumn && alarm.state == AlarmState::Raised)
      return QBrush(alarm.severity == AlarmSeverity::Critical ? QColor(0xC6, 0x28, 0x28)
                                                              : QColor(0xB2, 0x6A, 0x00));
    return {};
  case Qt::BackgroundRole:
    // Unacknowledged alarms stand out until someone takes them.
    if (alarm.state == AlarmState::Raised)
      return QBrush(alarm.severity == AlarmSeverity::Critical ? QColor(0xFF, 0xCD, 0xD2)
                                                              : QColor(0xFF, 0xEC, 0xB3));
    return {};
  case AlarmIdRole:
    return alarm.id;
  case SourceRole:
    return alarm.source;
  case RuleRole:
    return int(alarm.rule);
  case SeverityRole:
    return int(alarm.severity);
  case StateRole:
    return int(alarm.state);
  case DistrictRole:
    return site(alarm.source).district;
  case SortRole:
    switch (index.column()) {
    case SeverityColumn:
      return int(alarm.severity) * 100 + alarm.escalationLevel;
    case StateColumn:
      return int(alarm.state);
    case RaisedColumn:
      return alarm.raisedAt.toMSecsSinceEpoch();
    case ValueColumn:
      return alarm.threshold != 0 ? alarm.value / alarm.threshold : alarm.value;
    default:
      return display(alarm, index.column());
    }
  default:
    return {};
  }
}

QVariant AlarmTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
    return {};
  switch (Column(section)) {
  case SeverityColumn:
    return tr("Severity");
  case StateColumn:
    return tr("State");
  case RuleColumn:
    return tr("Alarm");
  case SourceColumn:
    return tr("Station");
  case DistrictColumn:
    return tr("District");
  case ValueColumn:
    return tr("Value / limit");
  case RaisedColumn:
    return tr("Raised");
  case AcknowledgedColumn:
    return tr("Acknowledged");
  case ColumnCount:
    break;
  }
  return {};
}

} // namespace rc
