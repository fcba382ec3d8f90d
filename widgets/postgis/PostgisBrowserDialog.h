#pragma once

#include "postgis/PostgisCatalog.h"
#include "postgis/PostgisConnections.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace rc {

/// File ▸ Add PostGIS Layer: picks a saved connection (new, edit and remove through
/// PostgisConnectionEditor), lists its schemas and tables on a worker (geometry column, type,
/// SRID, estimated rows; tables without geometry disabled with the reason, unknown SRIDs with a
/// warning) and asks for the selected tables as "PG:" sources without password. GUI thread.
class PostgisBrowserDialog final : public QDialog
{
  Q_OBJECT

public:
  explicit PostgisBrowserDialog(QWidget *parent = nullptr);
  ~PostgisBrowserDialog() override;

  /// Selects the saved connection called `name` and lists it; listed() follows.
  void connectTo(const QString &name);
  [[nodiscard]] QTreeWidget *tree() const { return m_tree; }
  /// The last message shown under the list (errors, keyring notices).
  [[nodiscard]] QString message() const;
  /// Adds the selected tables (the "Add to Map" button).
  void addSelected();

signals:
  /// The listing of a connection ended, with the role's access when it succeeded.
  void listed(bool success);
  /// The app connected to `source` (without password) as a role with `access`.
  void connected(const QString &source, const rc::PostgisAccess &access);
  /// "PG:... tables=..." sources to open as layers.
  void layersRequested(const QStringList &sources);
  /// An edit changed the shared operations database (its "PG:" source; empty: none now).
  void sharedDatabaseChanged(const QString &source);

private:
  void reloadConnections(const QString &select);
  void editConnection(bool create);
  void removeConnection();
  void list();
  void showListing(const PostgisConnection &connection, const PostgisCatalogRead &read);
  void updateButtons();
  [[nodiscard]] PostgisConnection currentConnection() const;

  QComboBox *m_connections;
  QPushButton *m_connectButton;
  QPushButton *m_newButton;
  QPushButton *m_editButton;
  QPushButton *m_removeButton;
  QTreeWidget *m_tree;
  QLabel *m_message;
  QPushButton *m_addButton;
  std::unique_ptr<QFutureWatcher<PostgisCatalogRead>> m_listing;
  PostgisConnection m_listed;
};

} // namespace rc
