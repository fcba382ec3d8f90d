#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace rc {

/// Asks the operator why personal data must be shown in clear: what will be shown and to whom it
/// will be attributed, a reason (required: OK stays disabled while it is blank) and a reminder that
/// the request is written to the audit trail. Modal, owned by the caller; GUI thread.
class UnmaskDialog : public QDialog
{
  Q_OBJECT

public:
  /// `what`: what will be shown ("staff_phone, staff_name of 3 features of 网格"); `who`: the
  /// operator's name and role.
  UnmaskDialog(const QString &what, const QString &who, QWidget *parent = nullptr);

  [[nodiscard]] QString reason() const;
  [[nodiscard]] QPlainTextEdit *reasonEdit() const { return m_reason; }

private:
  QLabel *m_summary;
  QPlainTextEdit *m_reason;
  QDialogButtonBox *m_buttons;
};

} // namespace rc
