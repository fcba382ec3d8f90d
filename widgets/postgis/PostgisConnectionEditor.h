#pragma once

#include "postgis/PostgisCatalog.h"
#include "postgis/PostgisConnections.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace rc {

/// Adds or edits one named PostGIS connection: host, port, database, user, password and SSL mode,
/// with "Test connection" on a worker (the role, whether it may write, the server's version, or
/// the error). OK saves the settings through PostgisConnections and the password only in the system
/// keyring (on a worker); without a keyring the password is kept for this session and
/// keyringNotice() says so. GUI thread.
class PostgisConnectionEditor final : public QDialog
{
  Q_OBJECT

public:
  /// `connection` with an empty name: a new one.
  explicit PostgisConnectionEditor(const PostgisConnection &connection, QWidget *parent = nullptr);
  ~PostgisConnectionEditor() override;

  [[nodiscard]] PostgisConnection connection() const;
  void setPassword(const QString &password);
  /// Runs "Test connection"; testFinished follows.
  void testConnection();
  [[nodiscard]] QString testResult() const;
  /// Set after OK when the keyring could not store the password; empty otherwise.
  [[nodiscard]] QString keyringNotice() const { return m_keyringNotice; }

  void accept() override;

signals:
  void testFinished(bool success);

private:
  void updateButtons();
  void showResult(const QString &text);

  QString m_originalName;
  QLineEdit *m_name;
  QLineEdit *m_host;
  QSpinBox *m_port;
  QLineEdit *m_database;
  QLineEdit *m_user;
  QLineEdit *m_password;
  QComboBox *m_sslMode;
  QCheckBox *m_shared;
  QPushButton *m_testButton;
  QLabel *m_result;
  QDialogButtonBox *m_buttons;
  std::unique_ptr<QFutureWatcher<PostgisCatalogRead>> m_test;
  std::unique_ptr<QFutureWatcher<QString>> m_store;
  QString m_keyringNotice;
};

} // namespace rc
