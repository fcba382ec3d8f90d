#include "postgis/PostgisConnectionEditor.h"

#include "auth/PostgisCredentials.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

/// A test that hangs on a dropped packet must end: libpq waits forever by default.
const QString kTestTimeout = u" connect_timeout=10"_s;

} // namespace

PostgisConnectionEditor::PostgisConnectionEditor(const PostgisConnection &connection, QWidget *parent)
    : QDialog(parent), m_originalName(connection.name), m_name(new QLineEdit(connection.name)),
      m_host(new QLineEdit(connection.host)), m_port(new QSpinBox),
      m_database(new QLineEdit(connection.database)), m_user(new QLineEdit(connection.user)),
      m_password(new QLineEdit), m_sslMode(new QComboBox),
      m_shared(new QCheckBox(tr("Use as the shared operations database (cases and alarms)"))),
      m_testButton(new QPushButton(tr("&Test Connection"))), m_result(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
  setObjectName(u"postgisConnectionEditor"_s);
  setWindowTitle(connection.name.isEmpty() ? tr("New PostGIS Connection") : tr("Edit PostGIS Connection"));
  m_name->setObjectName(u"name"_s);
  m_host->setObjectName(u"host"_s);
  m_port->setObjectName(u"port"_s);
  m_port->setRange(1, 65535);
  m_port->setValue(connection.port);
  m_database->setObjectName(u"database"_s);
  m_user->setObjectName(u"user"_s);
  m_password->setObjectName(u"password"_s);
  m_password->setEchoMode(QLineEdit::Password);
  m_password->setPlaceholderText(tr("kept in the system keyring, never in settings or projects"));
  m_sslMode->setObjectName(u"sslMode"_s);
  const QStringList descriptions{tr("disable: never encrypt"),
                                 tr("allow: encrypt if the server insists"),
                                 tr("prefer: encrypt when the server can"),
                                 tr("require: always encrypt"),
                                 tr("verify-ca: encrypt, check the server's certificate"),
                                 tr("verify-full: encrypt, check certificate and host name")};
  const QStringList modes = PostgisConnection::sslModes();
  for (int i = 0; i < modes.size(); ++i)
    m_sslMode->addItem(descriptions.value(i), modes[i]);
  m_sslMode->setCurrentIndex(std::max(0, m_sslMode->findData(connection.sslMode)));
  m_shared->setObjectName(u"sharedDatabase"_s);
  m_shared->setChecked(!connection.name.isEmpty() && PostgisConnections::isSharedDatabase(connection));
  m_testButton->setObjectName(u"testConnection"_s);
  m_result->setObjectName(u"testResult"_s);
  m_result->setWordWrap(true);
  m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_result->setMinimumHeight(fontMetrics().height() * 4);
  m_result->setAlignment(Qt::AlignLeft | Qt::AlignTop);

  auto *form = new QFormLayout;
  form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
  form->addRow(tr("&Name:"), m_name);
  form->addRow(tr("&Host:"), m_host);
  form->addRow(tr("&Port:"), m_port);
  form->addRow(tr("&Database:"), m_database);
  form->addRow(tr("&User:"), m_user);
  form->addRow(tr("Pass&word:"), m_password);
  form->addRow(tr("&SSL mode:"), m_sslMode);
  form->addRow(QString(), m_shared);
  auto *test = new QHBoxLayout;
  test->addWidget(m_testButton);
  test->addStretch(1);
  auto *layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addLayout(test);
  layout->addWidget(m_result, 1);
  layout->addWidget(m_buttons);
  setMinimumWidth(std::max(520, fontMetrics().horizontalAdvance(u'M') * 46));

  for (QLineEdit *edit : {m_name, m_host, m_database, m_user})
    connect(edit, &QLineEdit::textChanged, this, &PostgisConnectionEditor::updateButtons);
  connect(m_testButton, &QPushButton::clicked, this, &PostgisConnectionEditor::testConnection);
  connect(m_buttons, &QDialogButtonBox::accepted, this, &PostgisConnectionEditor::accept);
  connect(m_buttons, &QDialogButtonBox::rejected, this, &PostgisConnectionEditor::reject);
  updateButtons();
}

PostgisConnectionEditor::~PostgisConnectionEditor() = default;

PostgisConnection PostgisConnectionEditor::connection() const
{
  PostgisConnection connection;
  connection.name = m_name->text().trimmed();
  connection.host = m_host->text().trimmed();
  connection.port = m_port->value();
  connection.database = m_database->text().trimmed();
  connection.user = m_user->text().trimmed();
  connection.sslMode = m_sslMode->currentData().toString();
  return connection;
}

void PostgisConnectionEditor::setPassword(const QString &password)
{
  m_password->setText(password);
}

void PostgisConnectionEditor::showResult(const QString &text)
{
  m_result->setText(text);
  // Server messages run long (they name the connection): the dialog grows rather than cut them.
  const int needed = layout()->totalHeightForWidth(width());
  if (needed > height())
    resize(width(), needed);
}

QString PostgisConnectionEditor::testResult() const
{
  return m_result->text();
}

void PostgisConnectionEditor::updateButtons()
{
  const PostgisConnection current = connection();
  const bool complete = !current.host.isEmpty() && !current.database.isEmpty() && !current.user.isEmpty();
  const bool busy = (m_test && m_test->isRunning()) || (m_store && m_store->isRunning());
  m_testButton->setEnabled(complete && !busy);
  m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete && !current.name.isEmpty() && !busy);
}

void PostgisConnectionEditor::testConnection()
{
  showResult(tr("Connecting…"));
  const QString source = connection().sourceWithPassword(m_password->text()) + kTestTimeout;
  m_test = std::make_unique<QFutureWatcher<PostgisCatalogRead>>();
  connect(m_test.get(), &QFutureWatcher<PostgisCatalogRead>::finished, this, [this] {
    const PostgisCatalogRead read = m_test->result();
    if (read.ok()) {
      showResult(tr("Connected as “%1” (%2) to %3.")
                     .arg(read.access.role,
                          read.access.writable ? tr("operator: may write") : tr("read-only"),
                          read.access.serverVersion));
    } else {
      showResult(read.error);
    }
    updateButtons();
    emit testFinished(read.ok());
  });
  m_test->setFuture(QtConcurrent::run([source] { return PostgisCatalog::read(source, false); }));
  updateButtons();
}

void PostgisConnectionEditor::accept()
{
  const PostgisConnection current = connection();
  if (current.name != m_originalName && !PostgisConnections::byName(current.name).name.isEmpty()) {
    showResult(tr("A connection called “%1” exists already; choose another name.").arg(current.name));
    return;
  }
  PostgisConnections::save(current, m_originalName);
  PostgisConnections::setSharedDatabase(current, m_shared->isChecked());
  const QString password = m_password->text();
  if (password.isEmpty()) {
    QDialog::accept();
    return;
  }
  // The keyring answers through D-Bus, which may take a moment or time out: not on this thread.
  showResult(tr("Storing the password in the system keyring…"));
  const QString source = current.source();
  m_store = std::make_unique<QFutureWatcher<QString>>();
  connect(m_store.get(), &QFutureWatcher<QString>::finished, this, [this, source, password] {
    const QString error = m_store->result();
    if (!error.isEmpty()) {
      PostgisCredentials::keepForSession(source, password);
      m_keyringNotice = tr("No system keyring is available (%1): the password is kept for this session "
                           "only and will be asked for again after a restart.")
                            .arg(error);
    }
    QDialog::accept();
  });
  m_store->setFuture(QtConcurrent::run([source, password] {
    QString error;
    PostgisCredentials::remember(source, password, &error);
    return error;
  }));
  updateButtons();
}

} // namespace rc
