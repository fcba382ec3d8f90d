#include "postgis/PostgisImportDialog.h"

#include "auth/PostgisCredentials.h"
#include "data/VectorDataset.h"
#include "postgis/PostgisImporter.h"
#include "postgis/PostgisSession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

constexpr int kProgressSteps = 1000;

const char *kSchemas = "SELECT nspname FROM pg_namespace WHERE has_schema_privilege(oid, 'USAGE')"
                       " AND nspname <> 'information_schema' AND nspname NOT LIKE 'pg\\_%' ORDER BY 1";

} // namespace

PostgisImportDialog::PostgisImportDialog(QWidget *parent)
    : QDialog(parent), m_path(new QLineEdit), m_browseButton(new QPushButton(tr("&Browse…"))),
      m_layers(new QListWidget), m_connections(new QComboBox), m_schema(new QComboBox), m_access(new QLabel),
      m_progress(new QProgressBar), m_resultView(new QTreeWidget),
      m_importButton(new QPushButton(tr("&Import"))), m_cancelButton(new QPushButton(tr("&Stop"))),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close))
{
  setObjectName(u"postgisImportDialog"_s);
  setWindowTitle(tr("Import into PostGIS"));
  m_path->setObjectName(u"sourcePath"_s);
  m_path->setPlaceholderText(tr("a GeoPackage or another vector file"));
  m_layers->setObjectName(u"layers"_s);
  m_layers->setMinimumHeight(fontMetrics().height() * 6);
  m_connections->setObjectName(u"connections"_s);
  m_connections->setMinimumContentsLength(24);
  for (const PostgisConnection &connection : PostgisConnections::all())
    m_connections->addItem(connection.name, connection.name);
  m_schema->setObjectName(u"schema"_s);
  m_schema->setEditable(true);
  m_schema->addItem(u"public"_s);
  m_access->setObjectName(u"access"_s);
  m_access->setWordWrap(true);
  m_access->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_progress->setObjectName(u"progress"_s);
  m_progress->setRange(0, kProgressSteps);
  m_progress->setValue(0);
  m_progress->setTextVisible(true);
  m_progress->setFormat(QString());
  m_resultView->setObjectName(u"results"_s);
  m_resultView->setColumnCount(3);
  m_resultView->setHeaderLabels({tr("Layer"), tr("Table"), tr("Features / error")});
  m_resultView->setRootIsDecorated(false);
  m_resultView->header()->setStretchLastSection(true);
  m_resultView->setMinimumHeight(fontMetrics().height() * 6);
  m_importButton->setObjectName(u"import"_s);
  m_importButton->setDefault(true);
  m_cancelButton->setObjectName(u"stop"_s);

  auto *file = new QHBoxLayout;
  file->addWidget(m_path, 1);
  file->addWidget(m_browseButton);
  auto *form = new QFormLayout;
  form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
  form->addRow(tr("&File:"), file);
  form->addRow(tr("&Layers:"), m_layers);
  form->addRow(tr("&Connection:"), m_connections);
  form->addRow(tr("Sc&hema:"), m_schema);
  form->addRow(QString(), m_access);
  // The form's labels are buddies of the fields; the file row's label goes to the line edit.
  if (auto *label = qobject_cast<QLabel *>(form->labelForField(file)))
    label->setBuddy(m_path);
  m_buttons->addButton(m_importButton, QDialogButtonBox::ActionRole);
  m_buttons->addButton(m_cancelButton, QDialogButtonBox::ActionRole);
  auto *layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(m_progress);
  layout->addWidget(m_resultView, 1);
  layout->addWidget(m_buttons);
  resize(std::max(640, fontMetrics().horizontalAdvance(u'M') * 54), fontMetrics().height() * 34);

  connect(m_browseButton, &QPushButton::clicked, this, &PostgisImportDialog::browse);
  // Only a typed change lists the file again: leaving the field must not reset the layer choice.
  connect(m_path, &QLineEdit::editingFinished, this, [this] {
    if (m_path->isModified() && !m_path->text().isEmpty())
      setSourcePath(m_path->text());
  });
  connect(m_layers, &QListWidget::itemChanged, this, &PostgisImportDialog::updateButtons);
  connect(m_connections, &QComboBox::currentIndexChanged, this, &PostgisImportDialog::checkAccess);
  connect(m_schema, &QComboBox::currentTextChanged, this, &PostgisImportDialog::checkAccess);
  connect(m_importButton, &QPushButton::clicked, this, &PostgisImportDialog::start);
  connect(m_cancelButton, &QPushButton::clicked, this, &PostgisImportDialog::cancel);
  connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  if (m_connections->count() == 0)
    m_access->setText(tr("No saved PostGIS connection: add one with File ▸ Add PostGIS Layer."));
  else
    checkAccess();
  updateButtons();
}

PostgisImportDialog::~PostgisImportDialog()
{
  // A running import stops at its next progress report; its result has nowhere to go.
  if (m_stop)
    m_stop->store(true);
}

void PostgisImportDialog::browse()
{
  const QString path = QFileDialog::getOpenFileName(this, tr("Import into PostGIS"), m_path->text(),
                                                    tr("GeoPackage (*.gpkg);;Vector files (*.gpkg *.shp "
                                                       "*.geojson *.json *.fgb *.kml *.csv);;All files (*)"));
  if (!path.isEmpty())
    setSourcePath(path);
}

void PostgisImportDialog::setSourcePath(const QString &path)
{
  m_path->setText(path);
  m_layers->clear();
  m_listing = std::make_unique<QFutureWatcher<QStringList>>();
  connect(m_listing.get(), &QFutureWatcher<QStringList>::finished, this, [this] {
    const QStringList names = m_listing->result();
    // A failed listing hands back one entry, the message, behind an empty first one.
    const bool failed = names.size() == 2 && names.first().isEmpty();
    if (failed) {
      m_access->setText(names.last());
    } else {
      for (const QString &name : names) {
        auto *item = new QListWidgetItem(name, m_layers);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
      }
    }
    updateButtons();
    emit sourceListed(!failed);
  });
  m_listing->setFuture(QtConcurrent::run([path] {
    QStringList names;
    try {
      const auto dataset = VectorDataset::open(path);
      for (int i = 0; i < dataset->layerCount(); ++i)
        names << dataset->summary(i).name;
    } catch (const DataError &e) {
      return QStringList{QString(), e.message()};
    } catch (const std::exception &e) {
      // Anything else a damaged file provokes: the slot reading the listing must not rethrow it.
      return QStringList{QString(), QString::fromUtf8(e.what())};
    }
    return names;
  }));
}

void PostgisImportDialog::setConnection(const QString &name)
{
  m_connections->setCurrentIndex(m_connections->findData(name));
}

void PostgisImportDialog::setSchema(const QString &schema)
{
  m_schema->setCurrentText(schema);
}

void PostgisImportDialog::setCheckedLayers(const QStringList &layers)
{
  for (int i = 0; i < m_layers->count(); ++i)
    m_layers->item(i)->setCheckState(layers.contains(m_layers->item(i)->text()) ? Qt::Checked
                                                                                : Qt::Unchecked);
}

QStringList PostgisImportDialog::checkedLayers() const
{
  QStringList layers;
  for (int i = 0; i < m_layers->count(); ++i) {
    if (m_layers->item(i)->checkState() == Qt::Checked)
      layers << m_layers->item(i)->text();
  }
  return layers;
}

QString PostgisImportDialog::accessMessage() const
{
  return m_access->text();
}

bool PostgisImportDialog::canImport() const
{
  return m_mayCreate && !checkedLayers().isEmpty() && !isRunning();
}

void PostgisImportDialog::checkAccess()
{
  m_mayCreate = false;
  updateButtons();
  const PostgisConnection connection = PostgisConnections::byName(m_connections->currentData().toString());
  if (connection.name.isEmpty())
    return;
  m_access->setText(tr("Checking the role of %1…").arg(connection.name));
  const QString source = connection.source();
  const QString schema = m_schema->currentText().trimmed();
  m_accessCheck = std::make_unique<QFutureWatcher<AccessCheck>>();
  connect(m_accessCheck.get(), &QFutureWatcher<AccessCheck>::finished, this,
          [this, watcher = m_accessCheck.get()] {
            const AccessCheck check = watcher->result();
            m_mayCreate = check.problem.isEmpty();
            m_access->setText(
                m_mayCreate ? tr("This role may create tables here; tables of the same name are replaced.")
                            : check.problem);
            const QString typed = m_schema->currentText();
            const QSignalBlocker blocker(m_schema);
            m_schema->clear();
            m_schema->addItems(check.schemas.isEmpty() ? QStringList{u"public"_s} : check.schemas);
            m_schema->setCurrentText(typed);
            updateButtons();
            emit accessChecked(m_mayCreate);
          });
  m_accessCheck->setFuture(QtConcurrent::run([source, schema] {
    AccessCheck check;
    try {
      const auto session = PostgisSession::open(source);
      for (const QStringList &row : session->rows(kSchemas))
        check.schemas << row.value(0);
      if (!session->mayCreateIn(schema)) {
        // The importer's own words, so the dialog and `rongcheng import` say the same.
        check.problem = PostgisImporter::tr("%1: the database role “%2” may not create tables in schema "
                                            "“%3”; import with an operator role")
                            .arg(source, session->role(), schema.isEmpty() ? u"public"_s : schema);
      }
    } catch (const PostgisError &e) {
      check.problem = e.message();
    }
    return check;
  }));
}

void PostgisImportDialog::updateButtons()
{
  const bool running = isRunning();
  m_importButton->setEnabled(canImport());
  m_cancelButton->setEnabled(running);
  for (QWidget *input : {static_cast<QWidget *>(m_path), static_cast<QWidget *>(m_browseButton),
                         static_cast<QWidget *>(m_layers), static_cast<QWidget *>(m_connections),
                         static_cast<QWidget *>(m_schema)})
    input->setEnabled(!running);
}

void PostgisImportDialog::start()
{
  if (!canImport())
    return;
  const PostgisConnection connection = PostgisConnections::byName(m_connections->currentData().toString());
  PostgisImportOptions base;
  base.source = m_path->text();
  base.target = connection.source();
  base.schema =
      m_schema->currentText().trimmed() == u"public"_s ? QString() : m_schema->currentText().trimmed();
  m_running = checkedLayers();
  m_results.clear();
  m_resultView->clear();
  m_progress->setValue(0);
  m_progress->setFormat(tr("Starting…"));
  // Our own flag rather than QFuture::cancel(), which would drop the result of a layer committed
  // just before Stop, and the dialog would report an imported table as not imported.
  m_stop = std::make_shared<std::atomic_bool>(false);
  m_run = std::make_unique<QFutureWatcher<PostgisImportRow>>();
  connect(m_run.get(), &QFutureWatcher<PostgisImportRow>::resultReadyAt, this,
          &PostgisImportDialog::onResult);
  connect(m_run.get(), &QFutureWatcher<PostgisImportRow>::progressValueChanged, m_progress,
          &QProgressBar::setValue);
  connect(m_run.get(), &QFutureWatcher<PostgisImportRow>::progressTextChanged, m_progress,
          &QProgressBar::setFormat);
  connect(m_run.get(), &QFutureWatcher<PostgisImportRow>::finished, this, &PostgisImportDialog::onFinished);
  m_run->setFuture(
      QtConcurrent::run([base, layers = m_running, stop = m_stop](QPromise<PostgisImportRow> &promise) {
        promise.setProgressRange(0, kProgressSteps);
        const qsizetype count = layers.size();
        for (qsizetype i = 0; i < count && !*stop; ++i) {
          PostgisImportOptions options = base;
          options.layers = {layers[i]};
          PostgisImportRow row{layers[i], {}, 0, {}};
          try {
            const auto imported = PostgisImporter::run(
                options, [&promise, &stop, i, count](const QString &table, qint64 done, qint64 total) {
                  if (*stop)
                    throw PostgisImportError(PostgisImportError::Reason::Write,
                                             PostgisImportDialog::tr("stopped"));
                  const double share = total > 0 ? double(done) / double(total) : 0.0;
                  promise.setProgressValueAndText(int((double(i) + share) / double(count) * kProgressSteps),
                                                  u"%1: %2 / %3"_s.arg(table).arg(done).arg(total));
                });
            row.table = imported.value(0).table;
            row.featureCount = imported.value(0).featureCount;
          } catch (const PostgisImportError &e) {
            row.error = e.message();
          }
          promise.addResult(row);
          promise.setProgressValue(int(double(i + 1) / double(count) * kProgressSteps));
        }
      }));
  updateButtons();
}

void PostgisImportDialog::cancel()
{
  if (m_stop)
    m_stop->store(true);
}

void PostgisImportDialog::onResult(int index)
{
  const PostgisImportRow row = m_run->resultAt(index);
  m_results.append(row);
  auto *item = new QTreeWidgetItem(
      m_resultView,
      {row.layer, row.table, row.error.isEmpty() ? QLocale().toString(row.featureCount) : row.error});
  if (!row.error.isEmpty()) {
    item->setForeground(2, QBrush(Qt::darkRed));
    item->setToolTip(2, row.error);
  }
  m_resultView->resizeColumnToContents(0);
  m_resultView->resizeColumnToContents(1);
}

void PostgisImportDialog::onFinished()
{
  const bool stopped = m_stop && *m_stop;
  // Layers the worker never reached after Stop were not imported.
  for (qsizetype i = m_results.size(); i < m_running.size(); ++i) {
    m_results.append({m_running[i], {}, 0, tr("stopped: not imported")});
    new QTreeWidgetItem(m_resultView, {m_running[i], QString(), m_results.last().error});
  }
  int succeeded = 0;
  for (const PostgisImportRow &row : std::as_const(m_results))
    succeeded += row.error.isEmpty() ? 1 : 0;
  m_progress->setFormat(
      stopped ? tr("Stopped: %1 of %n layer(s) imported", nullptr, int(m_results.size())).arg(succeeded)
              : tr("%1 of %n layer(s) imported", nullptr, int(m_results.size())).arg(succeeded));
  if (!stopped)
    m_progress->setValue(kProgressSteps);
  m_running.clear();
  const PostgisConnection connection = PostgisConnections::byName(m_connections->currentData().toString());
  updateButtons();
  if (succeeded > 0)
    emit imported(connection.source());
  emit finished();
}

} // namespace rc
