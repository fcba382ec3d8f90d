#pragma once

#include "ops/EventCase.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QSet>

#include <optional>

namespace rc {

/// The cases of the desk: open ones first (as the store lists them, oldest first), then the
/// finished ones. Overdue open cases are red with their time over; the reporter's name and phone
/// only ever appear masked. GUI thread.
class CaseDeskModel final : public QAbstractTableModel
{
  Q_OBJECT

public:
  enum Column { Id, State, Class, Grid, Reporter, Reported, Deadline, ColumnCount };

  using QAbstractTableModel::QAbstractTableModel;

  /// Replaces the list; `now` is the workflow's clock, for overdue.
  void setCases(QList<EventCase> cases, const QDateTime &now);
  /// Puts one case as stored now in place of the listed one (added when new, dropped when gone).
  void updateCase(qint64 id, const std::optional<EventCase> &eventCase, const QDateTime &now);
  /// Several cases at once (a catch-up): `changed` replaces or adds, a row whose id is not in
  /// `present` goes.
  void updateCases(const QList<EventCase> &changed, const QSet<qint64> &present, const QDateTime &now);
  [[nodiscard]] const QList<EventCase> &cases() const { return m_cases; }
  [[nodiscard]] const EventCase &eventCase(int row) const { return m_cases[row]; }
  /// The row of a case; -1 when it is not listed.
  [[nodiscard]] int rowOf(qint64 id) const;
  [[nodiscard]] bool isOverdue(int row) const { return m_cases[row].isOverdue(m_now); }

  /// "2 h 05 min", "3 d 4 h": how far past its deadline a case is.
  [[nodiscard]] static QString formatOverdue(qint64 seconds);

  [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
  [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
  [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
  [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
  QList<EventCase> m_cases;
  QDateTime m_now;
};

} // namespace rc
