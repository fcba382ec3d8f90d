#pragma once

#include "postgis/PostgisConnections.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace rc {

/// One layer's outcome in the import dialog.
struct PostgisImportRow
{
  QString layer;
  QString table; ///< where it went; empty when it failed
  qint64 featureCount = 0;
  QString error; ///< the importer's message; empty on success
};

/// File ▸ Import into PostGIS: a GeoPackage (its layers listed on a worker, each with a check box),
/// a saved connection and a schema; the role's right to create there is checked on a worker and a
/// read-only role gets the importer's message with Import disabled. Import runs PostgisImporter on
/// a worker, one layer at a time, with a progress bar and Cancel (the layer under way is rolled
/// back), then lists each layer's feature count or error. Re-running replaces the tables. GUI thread.
class PostgisImportDialog final : public QDialog
{
  Q_OBJECT

public:
  explicit PostgisImportDialog(QWidget *parent = nullptr);
  ~PostgisImportDialog() override;

  /// Lists the layers of `path` on a worker; sourceListed follows.
  void setSourcePath(const QString &path);
  /// Selects the saved connection `name` and checks its role; accessChecked follows.
  void setConnection(const QString &name);
  void setSchema(const QString &schema);
  /// Checks only the named layers.
  void setCheckedLayers(const QStringList &layers);
  /// The Import button; finished follows.
  void start();
  void cancel();
  [[nodiscard]] bool isRunning() const { return m_run && m_run->isRunning(); }
  [[nodiscard]] bool canImport() const;
  [[nodiscard]] QString accessMessage() const;
  [[nodiscard]] QList<PostgisImportRow> results() const { return m_results; }

signals:
  void sourceListed(bool success);
  void accessChecked(bool mayCreate);
  void finished();
  /// Tables were written into `source` (a "PG:" source without password).
  void imported(const QString &source);

private:
  void browse();
  void checkAccess();
  void onResult(int index);
  void onFinished();
  void updateButtons();
  [[nodiscard]] QStringList checkedLayers() const;

  QLineEdit *m_path;
  QPushButton *m_browseButton;
  QListWidget *m_layers;
  QComboBox *m_connections;
  QComboBox *m_schema;
  QLabel *m_access;
  QProgressBar *m_progress;
  QTreeWidget *m_resultView;
  QPushButton *m_importButton;
  QPushButton *m_cancelButton;
  QDialogButtonBox *m_buttons;
  bool m_mayCreate = false;
  std::unique_ptr<QFutureWatcher<QStringList>> m_listing;
  struct AccessCheck
  {
    QString problem; ///< why this role may not import here; empty when it may
    QStringList schemas;
  };
  std::unique_ptr<QFutureWatcher<AccessCheck>> m_accessCheck;
  std::unique_ptr<QFutureWatcher<PostgisImportRow>> m_run;
  std::shared_ptr<std::atomic_bool> m_stop;
  QList<PostgisImportRow> m_results;
  QStringList m_running; ///< the layers of the import under way, in order
};

} // namespace rc
