#pragma once

#include "live/LiveController.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace rc {

/// The "Live feeds" settings: MQTT broker, its user, password and TLS files, topics, the HJ 212
/// server's port, on or off. The password is handed out by password() for the keyring, never kept
/// in the config. Checks
/// what it can before accepting (host, port, topic filters), so a typo is told at once, not found
/// later as a feed that never connects. GUI thread.
class LiveFeedsDialog : public QDialog
{
  Q_OBJECT

public:
  explicit LiveFeedsDialog(QWidget *parent = nullptr);

  void setConfig(const rc::LiveFeedsConfig &config);
  [[nodiscard]] LiveFeedsConfig config() const;
  /// The broker password typed in; empty when the user left the stored one alone.
  [[nodiscard]] QString password() const;
  /// Why the entries cannot be used, or empty.
  [[nodiscard]] QString problem() const;

  void accept() override;

private:
  void updateEnabled();
  /// A file entry with a "…" button that opens a file dialog.
  QWidget *fileRow(QLineEdit *edit, const QString &title);

  QCheckBox *m_enabled;
  QLineEdit *m_broker;
  QLineEdit *m_user;
  QLineEdit *m_password;
  QCheckBox *m_tls;
  QLineEdit *m_caFile;
  QLineEdit *m_certFile;
  QLineEdit *m_keyFile;
  QLineEdit *m_hydroTopics;
  QLineEdit *m_hj212Topics;
  QCheckBox *m_hj212Server;
  QSpinBox *m_hj212Port;
  QLabel *m_problem;
  QDialogButtonBox *m_buttons;
};

} // namespace rc
