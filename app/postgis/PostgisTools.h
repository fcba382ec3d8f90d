#pragma once

#include "postgis/PostgisCatalog.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QMainWindow;

namespace rc {

class LayerOpener;
class MessageBar;
class PostgisBrowserDialog;
class PostgisImportDialog;

/// PostGIS in the main window: File ▸ Add PostGIS Layer (the browser, whose tables open through
/// the layer opener), File ▸ Import into PostGIS, and the role of the database the app works with
/// (the shared operations database at start and when it changes, then the connection browsed
/// last), shown for good in the status bar as operator or read-only. A read-only role disables the
/// import action; the case desk and alarm acknowledgement follow databaseWritableChanged().
/// Owned by the window; GUI thread.
class PostgisTools : public QObject
{
  Q_OBJECT

public:
  PostgisTools(QMainWindow *window, LayerOpener *opener, MessageBar *messages);
  ~PostgisTools() override;

  [[nodiscard]] QAction *addLayerAction() const { return m_addLayerAction; }
  [[nodiscard]] QAction *importAction() const { return m_importAction; }
  [[nodiscard]] QLabel *statusLabel() const { return m_status; }
  /// Opened on first use; null before.
  [[nodiscard]] PostgisBrowserDialog *browser() const;
  [[nodiscard]] PostgisImportDialog *importDialog() const;

  /// The role of the database in use may write (insert cases, acknowledge alarms, import). False
  /// while no database was reached.
  [[nodiscard]] bool databaseWritable() const { return m_writable; }
  /// The role in use; empty while no database was reached.
  [[nodiscard]] QString databaseRole() const { return m_access.role; }
  /// Connects to `source` on a worker and makes it the database in use; accessChecked follows.
  void checkAccess(const QString &source);

  void showBrowser();
  void showImportDialog();
  void retranslate();

signals:
  void databaseWritableChanged(bool writable);
  /// The connection dialogs made `source` the shared operations database (empty: none any more);
  /// the case desk and the alarms switch to it without a restart.
  void sharedDatabaseChanged(const QString &source);
  /// A check of the database in use ended (the status label shows its outcome).
  void accessChecked(bool reached);

private:
  void setAccess(const QString &source, const PostgisCatalogRead &read);
  void updateStatus();

  QMainWindow *m_window;
  LayerOpener *m_opener;
  MessageBar *m_messages;
  QAction *m_addLayerAction;
  QAction *m_importAction;
  QLabel *m_status;
  QPointer<PostgisBrowserDialog> m_browser;
  QPointer<PostgisImportDialog> m_importDialog;
  std::unique_ptr<QFutureWatcher<PostgisCatalogRead>> m_check;
  QString m_source;
  PostgisAccess m_access;
  QString m_error;
  bool m_writable = false;
};

} // namespace rc
