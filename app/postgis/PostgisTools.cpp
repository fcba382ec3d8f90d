#include "postgis/PostgisTools.h"

#include "base/MessageBar.h"
#include "postgis/PostgisBrowserDialog.h"
#include "postgis/PostgisImportDialog.h"
#include "project/LayerOpener.h"

#include "auth/PostgisCredentials.h"
#include "postgis/PostgisConnections.h"

#include <QAction>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace rc {

PostgisTools::PostgisTools(QMainWindow *window, LayerOpener *opener, MessageBar *messages)
    : QObject(window), m_window(window), m_opener(opener), m_messages(messages),
      m_addLayerAction(new QAction(this)), m_importAction(new QAction(this)), m_status(new QLabel)
{
  m_addLayerAction->setObjectName(u"addPostgisLayer"_s);
  m_addLayerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
  m_importAction->setObjectName(u"importIntoPostgis"_s);
  m_status->setObjectName(u"postgisStatus"_s);
  m_status->hide();
  window->statusBar()->addPermanentWidget(m_status);
  connect(m_addLayerAction, &QAction::triggered, this, &PostgisTools::showBrowser);
  connect(m_importAction, &QAction::triggered, this, &PostgisTools::showImportDialog);
  retranslate();
  const QString shared = PostgisConnections::sharedDatabase();
  if (!shared.isEmpty())
    checkAccess(shared);
}

PostgisTools::~PostgisTools() = default;

PostgisBrowserDialog *PostgisTools::browser() const
{
  return m_browser;
}

PostgisImportDialog *PostgisTools::importDialog() const
{
  return m_importDialog;
}

void PostgisTools::retranslate()
{
  m_addLayerAction->setText(tr("Add Post&GIS Layer…"));
  m_importAction->setText(tr("&Import into PostGIS…"));
  updateStatus();
}

void PostgisTools::checkAccess(const QString &source)
{
  m_check = std::make_unique<QFutureWatcher<PostgisCatalogRead>>();
  connect(m_check.get(), &QFutureWatcher<PostgisCatalogRead>::finished, this,
          [this, source, watcher = m_check.get()] { setAccess(source, watcher->result()); });
  m_check->setFuture(QtConcurrent::run([source] { return PostgisCatalog::read(source, false); }));
}

void PostgisTools::setAccess(const QString &source, const PostgisCatalogRead &read)
{
  const bool wasWritable = m_writable;
  m_source = PostgisCredentials::withoutPassword(source);
  m_access = read.access;
  m_error = read.error;
  m_writable = read.ok() && read.access.writable;
  updateStatus();
  if (m_writable != wasWritable)
    emit databaseWritableChanged(m_writable);
  emit accessChecked(read.ok());
}

void PostgisTools::updateStatus()
{
  m_importAction->setEnabled(m_source.isEmpty() || m_writable);
  m_importAction->setToolTip(
      m_importAction->isEnabled()
          ? QString()
          : tr("The database role “%1” only reads: import with an operator connection.").arg(m_access.role));
  if (m_source.isEmpty()) {
    m_status->hide();
    return;
  }
  m_status->show();
  if (!m_error.isEmpty()) {
    m_status->setText(tr("PostGIS: not reached"));
    m_status->setToolTip(m_error);
    return;
  }
  m_status->setText(m_access.writable ? tr("PostGIS: %1 · operator").arg(m_access.role)
                                      : tr("PostGIS: %1 · read-only").arg(m_access.role));
  m_status->setToolTip(u"%1\n%2"_s.arg(m_source, m_access.serverVersion));
}

void PostgisTools::showBrowser()
{
  if (!m_browser) {
    m_browser = new PostgisBrowserDialog(m_window);
    connect(m_browser, &PostgisBrowserDialog::layersRequested, m_opener,
            [this](const QStringList &sources) { m_opener->open(sources); });
    connect(m_browser, &PostgisBrowserDialog::sharedDatabaseChanged, this, [this](const QString &source) {
      if (!source.isEmpty())
        checkAccess(source);
      emit sharedDatabaseChanged(source);
    });
    connect(m_browser, &PostgisBrowserDialog::connected, this,
            [this](const QString &source, const PostgisAccess &access) {
              setAccess(source, {access, {}, {}});
            });
  }
  m_browser->show();
  m_browser->raise();
  m_browser->activateWindow();
}

void PostgisTools::showImportDialog()
{
  if (!m_importDialog) {
    m_importDialog = new PostgisImportDialog(m_window);
    connect(m_importDialog, &PostgisImportDialog::imported, this, [this](const QString &source) {
      m_messages->pushMessage(tr("Imported into %1: File ▸ Add PostGIS Layer shows the tables.")
                                  .arg(PostgisCredentials::withoutPassword(source)),
                              MessageBar::Level::Info);
    });
  }
  m_importDialog->show();
  m_importDialog->raise();
  m_importDialog->activateWindow();
}

} // namespace rc
