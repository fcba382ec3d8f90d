#include "privacy/UnmaskDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rc {

UnmaskDialog::UnmaskDialog(const QString &what, const QString &who, QWidget *parent)
    : QDialog(parent), m_summary(new QLabel(this)), m_reason(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
  setWindowTitle(tr("Show personal data in clear"));
  m_summary->setWordWrap(true);
  m_summary->setText(tr("Show %1 in clear to %2.").arg(what, who));
  auto *notice = new QLabel(tr("Your name, the time, the records and your reason are written to the audit "
                               "trail before anything is shown."),
                            this);
  notice->setWordWrap(true);
  m_reason->setPlaceholderText(tr("Reason, e.g. call the reporter back about case 2026-0412"));
  m_reason->setTabChangesFocus(true);
  m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Unmask"));
  m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
  connect(m_reason, &QPlainTextEdit::textChanged, this,
          [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty()); });
  connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

  auto *layout = new QVBoxLayout(this);
  layout->addWidget(m_summary);
  layout->addWidget(new QLabel(tr("Reason:"), this));
  layout->addWidget(m_reason, 1);
  layout->addWidget(notice);
  layout->addWidget(m_buttons);
  resize(460, 260);
}

QString UnmaskDialog::reason() const
{
  return m_reason->toPlainText().trimmed();
}

} // namespace rc
