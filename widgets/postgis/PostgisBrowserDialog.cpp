#include "postgis/PostgisBrowserDialog.h"

#include "postgis/PostgisConnectionEditor.h"

#include "auth/PostgisCredentials.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

enum Column { Name, Geometry, Srid, Rows, Note, ColumnCount };
constexpr int kSourceRole = Qt::UserRole;

} // namespace

PostgisBrowserDialog::PostgisBrowserDialog(QWidget *parent)
    : QDialog(parent), m_connections(new QComboBox), m_connectButton(new QPushButton(tr("C&onnect"))),
      m_newButton(new QPushButton(tr("&New…"))), m_editButton(new QPushButton(tr("&Edit…"))),
      m_removeButton(new QPushButton(tr("&Remove"))), m_tree(new QTreeWidget), m_message(new QLabel),
      m_addButton(new QPushButton(tr("&Add to Map")))
{
  setObjectName(u"postgisBrowserDialog"_s);
  setWindowTitle(tr("Add PostGIS Layer"));
  m_connections->setObjectName(u"connections"_s);
  m_connections->setMinimumContentsLength(24);
  m_connectButton->setObjectName(u"connect"_s);
  m_newButton->setObjectName(u"newConnection"_s);
  m_editButton->setObjectName(u"editConnection"_s);
  m_removeButton->setObjectName(u"removeConnection"_s);
  m_addButton->setObjectName(u"addToMap"_s);
  m_addButton->setDefault(true);
  m_message->setObjectName(u"message"_s);
  m_message->setWordWrap(true);
  m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

  m_tree->setObjectName(u"tables"_s);
  m_tree->setColumnCount(ColumnCount);
  m_tree->setHeaderLabels({tr("Schema / table"), tr("Geometry"), tr("SRID"), tr("Rows (est.)"), tr("Note")});
  m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
  m_tree->setRootIsDecorated(true);
  m_tree->setUniformRowHeights(true);
  m_tree->setAlternatingRowColors(true);
  m_tree->header()->setStretchLastSection(true);
  m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
  m_tree->setMinimumHeight(fontMetrics().height() * 16);

  auto *label = new QLabel(tr("&Connection:"));
  label->setBuddy(m_connections);
  auto *top = new QHBoxLayout;
  top->addWidget(label);
  top->addWidget(m_connections, 1);
  top->addWidget(m_connectButton);
  top->addWidget(m_newButton);
  top->addWidget(m_editButton);
  top->addWidget(m_removeButton);
  auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
  buttons->addButton(m_addButton, QDialogButtonBox::AcceptRole);
  auto *layout = new QVBoxLayout(this);
  layout->addLayout(top);
  layout->addWidget(m_tree, 1);
  layout->addWidget(m_message);
  layout->addWidget(buttons);
  resize(std::max(760, fontMetrics().horizontalAdvance(u'M') * 64), fontMetrics().height() * 30);

  connect(m_connectButton, &QPushButton::clicked, this, &PostgisBrowserDialog::list);
  connect(m_newButton, &QPushButton::clicked, this, [this] { editConnection(true); });
  connect(m_editButton, &QPushButton::clicked, this, [this] { editConnection(false); });
  connect(m_removeButton, &QPushButton::clicked, this, &PostgisBrowserDialog::removeConnection);
  connect(m_connections, &QComboBox::currentIndexChanged, this, [this] {
    m_tree->clear();
    m_message->clear();
    updateButtons();
  });
  connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &PostgisBrowserDialog::updateButtons);
  connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
    if (item->parent())
      addSelected();
  });
  // Add to Map leaves the dialog open, so several tables can be added one after the other.
  connect(m_addButton, &QPushButton::clicked, this, &PostgisBrowserDialog::addSelected);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  reloadConnections({});
}

PostgisBrowserDialog::~PostgisBrowserDialog() = default;

void PostgisBrowserDialog::reloadConnections(const QString &select)
{
  const QString keep = select.isEmpty() ? m_connections->currentText() : select;
  const QSignalBlocker blocker(m_connections);
  m_connections->clear();
  const QString shared = PostgisConnections::sharedDatabase();
  for (const PostgisConnection &connection : PostgisConnections::all()) {
    m_connections->addItem(connection.source() == shared
                               ? tr("%1 (shared operations database)").arg(connection.name)
                               : connection.name,
                           connection.name);
  }
  m_connections->setCurrentIndex(std::max(0, m_connections->findData(keep)));
  m_tree->clear();
  updateButtons();
}

PostgisConnection PostgisBrowserDialog::currentConnection() const
{
  return PostgisConnections::byName(m_connections->currentData().toString());
}

QString PostgisBrowserDialog::message() const
{
  return m_message->text();
}

void PostgisBrowserDialog::updateButtons()
{
  const bool any = m_connections->count() > 0;
  const bool busy = m_listing && m_listing->isRunning();
  m_connectButton->setEnabled(any && !busy);
  m_editButton->setEnabled(any && !busy);
  m_removeButton->setEnabled(any && !busy);
  bool tableSelected = false;
  for (const QTreeWidgetItem *item : m_tree->selectedItems())
    tableSelected = tableSelected || !item->data(Name, kSourceRole).toString().isEmpty();
  m_addButton->setEnabled(tableSelected);
}

void PostgisBrowserDialog::editConnection(bool create)
{
  PostgisConnection connection = create ? PostgisConnection{} : currentConnection();
  if (create)
    connection.name.clear();
  auto *editor = new PostgisConnectionEditor(connection, this);
  editor->setAttribute(Qt::WA_DeleteOnClose);
  connect(editor, &QDialog::accepted, this, [this, editor, shared = PostgisConnections::sharedDatabase()] {
    reloadConnections(editor->connection().name);
    m_message->setText(editor->keyringNotice());
    if (PostgisConnections::sharedDatabase() != shared)
      emit sharedDatabaseChanged(PostgisConnections::sharedDatabase());
  });
  editor->open();
}

void PostgisBrowserDialog::removeConnection()
{
  const PostgisConnection connection = currentConnection();
  if (QMessageBox::question(this, tr("Remove Connection"),
                            tr("Remove the connection “%1” and its stored password?").arg(connection.name)) !=
      QMessageBox::Yes) {
    return;
  }
  const QString shared = PostgisConnections::sharedDatabase();
  PostgisConnections::remove(connection.name);
  if (PostgisConnections::sharedDatabase() != shared)
    emit sharedDatabaseChanged({});
  const QString source = connection.source();
  // The keyring may be slow or absent; the connection is gone from the list either way.
  (void)QtConcurrent::run([source] { return PostgisCredentials::forget(source); });
  reloadConnections({});
}

void PostgisBrowserDialog::connectTo(const QString &name)
{
  m_connections->setCurrentIndex(m_connections->findData(name));
  list();
}

void PostgisBrowserDialog::list()
{
  const PostgisConnection connection = currentConnection();
  if (connection.name.isEmpty())
    return;
  m_tree->clear();
  m_message->setText(tr("Reading the tables of %1…").arg(connection.name));
  m_listing = std::make_unique<QFutureWatcher<PostgisCatalogRead>>();
  connect(m_listing.get(), &QFutureWatcher<PostgisCatalogRead>::finished, this,
          [this, connection] { showListing(connection, m_listing->result()); });
  const QString source = connection.source();
  m_listing->setFuture(QtConcurrent::run([source] { return PostgisCatalog::read(source, true); }));
  updateButtons();
}

void PostgisBrowserDialog::showListing(const PostgisConnection &connection, const PostgisCatalogRead &read)
{
  m_tree->clear();
  updateButtons();
  if (!read.ok()) {
    m_message->setText(read.error);
    emit listed(false);
    return;
  }
  m_listed = connection;
  const QLocale locale;
  const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
  QTreeWidgetItem *schema = nullptr;
  int layers = 0;
  for (const PostgisCatalogEntry &entry : read.entries) {
    if (!schema || schema->text(Name) != entry.schema) {
      schema = new QTreeWidgetItem(m_tree, {entry.schema});
      schema->setFlags(Qt::ItemIsEnabled);
      schema->setExpanded(true);
    }
    auto *item = new QTreeWidgetItem(schema);
    const bool multiColumn =
        std::count_if(read.entries.cbegin(), read.entries.cend(), [&entry](const auto &other) {
          return other.schema == entry.schema && other.table == entry.table;
        }) > 1;
    item->setText(Name, multiColumn ? u"%1 (%2)"_s.arg(entry.table, entry.geometryColumn) : entry.table);
    if (entry.hasGeometry()) {
      item->setText(Geometry,
                    entry.geography ? tr("%1 (geography)").arg(entry.geometryType) : entry.geometryType);
      item->setText(Srid, QString::number(entry.srid));
    }
    item->setText(Rows, entry.estimatedRows >= 0 ? locale.toString(entry.estimatedRows) : tr("unknown"));
    item->setTextAlignment(Srid, Qt::AlignRight | Qt::AlignVCenter);
    item->setTextAlignment(Rows, Qt::AlignRight | Qt::AlignVCenter);
    const QString problem = PostgisCatalog::problemOf(entry);
    const QString warning = PostgisCatalog::warningOf(entry);
    if (!problem.isEmpty()) {
      item->setFlags(Qt::NoItemFlags);
      item->setText(Note, problem);
      item->setToolTip(Note, problem);
    } else {
      ++layers;
      item->setData(
          Name, kSourceRole,
          connection.tableSource(entry.schema, entry.table, multiColumn ? entry.geometryColumn : QString()));
      if (!warning.isEmpty()) {
        item->setIcon(Note, warningIcon);
        item->setText(Note, warning);
        item->setToolTip(Note, warning);
      }
    }
  }
  for (int column = 0; column < Note; ++column)
    m_tree->resizeColumnToContents(column);
  m_message->setText(tr("%1 as “%2” (%3), %4: %n table(s) with geometry.", nullptr, layers)
                         .arg(connection.name, read.access.role,
                              read.access.writable ? tr("operator") : tr("read-only"),
                              read.access.serverVersion));
  if (QTreeWidgetItem *first = m_tree->topLevelItemCount() > 0 ? m_tree->topLevelItem(0) : nullptr)
    m_tree->setCurrentItem(first);
  emit connected(connection.source(), read.access);
  emit listed(true);
}

void PostgisBrowserDialog::addSelected()
{
  QStringList sources;
  for (const QTreeWidgetItem *item : m_tree->selectedItems()) {
    const QString source = item->data(Name, kSourceRole).toString();
    if (!source.isEmpty())
      sources.append(source);
  }
  if (!sources.isEmpty())
    emit layersRequested(sources);
}

} // namespace rc
