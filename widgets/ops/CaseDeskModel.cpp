#include "ops/CaseDeskModel.h"

#include "privacy/PersonalDataMask.h"

#include <QBrush>
#include <QColor>
#include <QHash>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rc {

void CaseDeskModel::setCases(QList<EventCase> cases, const QDateTime &now)
{
  std::stable_partition(cases.begin(), cases.end(),
                        [](const EventCase &c) { return !CaseStateMachine::isFinished(c.state); });
  beginResetModel();
  m_cases = std::move(cases);
  m_now = now;
  endResetModel();
}

void CaseDeskModel::updateCase(qint64 id, const std::optional<EventCase> &eventCase, const QDateTime &now)
{
  QList<EventCase> cases = m_cases;
  const int row = rowOf(id);
  if (row >= 0 && eventCase)
    cases[row] = *eventCase;
  else if (row >= 0)
    cases.removeAt(row);
  else if (eventCase)
    cases.push_back(*eventCase);
  // Whole-list order (open first, by id) as the store lists it; the list is in memory, nothing
  // is read again.
  std::stable_sort(cases.begin(), cases.end(),
                   [](const EventCase &a, const EventCase &b) { return a.id < b.id; });
  setCases(std::move(cases), now);
}

void CaseDeskModel::updateCases(const QList<EventCase> &changed, const QSet<qint64> &present,
                                const QDateTime &now)
{
  QHash<qint64, EventCase> byId;
  for (const EventCase &shown : std::as_const(m_cases))
    if (present.contains(shown.id))
      byId.insert(shown.id, shown);
  for (const EventCase &eventCase : changed)
    byId.insert(eventCase.id, eventCase);
  QList<EventCase> cases = byId.values();
  std::sort(cases.begin(), cases.end(), [](const EventCase &a, const EventCase &b) { return a.id < b.id; });
  setCases(std::move(cases), now);
}

int CaseDeskModel::rowOf(qint64 id) const
{
  for (qsizetype row = 0; row < m_cases.size(); ++row)
    if (m_cases[row].id == id)
      return int(row);
  return -1;
}

QString CaseDeskModel::formatOverdue(qint64 seconds)
{
  const qint64 minutes = seconds / 60, hours = minutes / 60, days = hours / 24;
  if (days > 0)
    return tr("%1 d %2 h").arg(days).arg(hours % 24);
  return tr("%1 h %2 min").arg(hours).arg(minutes % 60, 2, 10, QChar(u'0'));
}

int CaseDeskModel::rowCount(const QModelIndex &parent) const
{
  return parent.isValid() ? 0 : int(m_cases.size());
}

int CaseDeskModel::columnCount(const QModelIndex &parent) const
{
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseDeskModel::data(const QModelIndex &index, int role) const
{
  if (!index.isValid() || index.row() >= m_cases.size())
    return {};
  const EventCase &c = m_cases[index.row()];
  const bool overdue = c.isOverdue(m_now);
  if (role == Qt::ForegroundRole && overdue)
    return QBrush(QColor(0xC6, 0x28, 0x28));
  if (role == Qt::ToolTipRole && !c.problems.isEmpty())
    return c.problems.join(u'\n');
  if (role != Qt::DisplayRole)
    return {};
  const QString timeFormat = u"MM-dd HH:mm"_s;
  // The operations center works in Beijing time, as the event time slider does.
  const QTimeZone beijing(8 * 3600);
  switch (Column(index.column())) {
  case Id:
    return c.id;
  case State:
    return CaseStateMachine::title(c.state);
  case Class:
    return c.subclass.isEmpty() ? c.eventClass : c.eventClass + u" / "_s + c.subclass;
  case Grid:
    return c.community.isEmpty() ? c.gridCode : c.community + u' ' + c.gridCode;
  case Reporter: {
    // Personal data: masked here always; the unmask path is the audited one of the tables.
    const QString name = PersonalDataMask::maskName(c.reporterName);
    const QString phone = PersonalDataMask::maskPhone(c.reporterPhone);
    return phone.isEmpty() ? name : name.isEmpty() ? phone : name + u' ' + phone;
  }
  case Reported:
    return c.reportedAt.isValid() ? c.reportedAt.toTimeZone(beijing).toString(timeFormat) : QString();
  case Deadline:
    if (overdue)
      return tr("overdue %1").arg(formatOverdue(c.overdueSeconds(m_now)));
    return c.deadline.isValid() ? c.deadline.toTimeZone(beijing).toString(timeFormat) : QString();
  case ColumnCount:
    break;
  }
  return {};
}

QVariant CaseDeskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
    return {};
  switch (Column(section)) {
  case Id:
    return tr("No.");
  case State:
    return tr("Step");
  case Class:
    return tr("Class");
  case Grid:
    return tr("Grid");
  case Reporter:
    return tr("Reporter");
  case Reported:
    return tr("Reported");
  case Deadline:
    return tr("Deadline");
  case ColumnCount:
    break;
  }
  return {};
}

} // namespace rc
