#include "live/AlarmAcknowledgeDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace rc {

AlarmAcknowledgeDialog::AlarmAcknowledgeDialog(const Alarm &alarm, const QString &sourceName,
                                               const QString &by, QWidget *parent)
    : QDialog(parent), m_alarmId(alarm.id), m_note(new QPlainTextEdit)
{
  setObjectName(u"alarmAcknowledgeDialog"_s);
  setWindowTitle(tr("Acknowledge Alarm"));
  m_note->setObjectName(u"noteEdit"_s);
  m_note->setPlaceholderText(tr("What is being done, e.g. “patrol sent to the dyke”"));
  m_note->setTabChangesFocus(true);

  const QLocale locale;
  auto *form = new QFormLayout;
  form->addRow(tr("Alarm:"), new QLabel(alarmRuleTitle(alarm.rule) +
                                        (alarm.parameter.isEmpty() ? QString() : u" "_s + alarm.parameter)));
  form->addRow(tr("Station:"),
               new QLabel(sourceName.isEmpty() ? alarm.source : u"%1 (%2)"_s.arg(sourceName, alarm.source)));
  form->addRow(tr("Raised:"), new QLabel(locale.toString(alarm.raisedAt.toLocalTime(), QLocale::LongFormat)));
  if (alarm.rule != AlarmRule::SensorSilent)
    form->addRow(tr("Value / limit:"),
                 new QLabel(u"%1 / %2"_s.arg(locale.toString(alarm.value, 'f', 2),
                                             locale.toString(alarm.threshold, 'f', 2))));
  form->addRow(tr("Acknowledged by:"), new QLabel(by));
  form->addRow(tr("Note:"), m_note);

  auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Acknowledge"));
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  form->addRow(buttons);
  setLayout(form);
  resize(440, 280);
}

QString AlarmAcknowledgeDialog::note() const
{
  return m_note->toPlainText().trimmed();
}

void AlarmAcknowledgeDialog::setNote(const QString &note)
{
  m_note->setPlainText(note);
}

} // namespace rc
