#pragma once

#include "live/Alarm.h"

#include <QDialog>

class QPlainTextEdit;

namespace rc {

/// Asks for the note that goes with an acknowledgement ("crew sent to the dyke"), showing what is
/// being acknowledged and by whom. GUI thread.
class AlarmAcknowledgeDialog : public QDialog
{
  Q_OBJECT

public:
  AlarmAcknowledgeDialog(const rc::Alarm &alarm, const QString &sourceName, const QString &by,
                         QWidget *parent = nullptr);

  [[nodiscard]] qint64 alarmId() const { return m_alarmId; }
  [[nodiscard]] QString note() const;
  void setNote(const QString &note);

private:
  qint64 m_alarmId;
  QPlainTextEdit *m_note;
};

} // namespace rc
