#include "address/GeocodeDialog.h"

#include "address/AddressFormat.h"

#include "address/AddressIndex.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMetaObject>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace rc {

GeocodeDialog::GeocodeDialog(std::shared_ptr<const AddressIndex> index, QWidget *parent)
    : QDialog(parent), m_index(std::move(index)), m_input(new QLineEdit(this)), m_column(new QComboBox(this)),
      m_output(new QLineEdit(this)), m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this)),
      m_runButton(m_buttons->addButton(tr("&Geocode"), QDialogButtonBox::AcceptRole))
{
  setWindowTitle(tr("Geocode a File"));
  const auto browseRow = [this](QLineEdit *edit, bool save) {
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this, edit, save] {
      const QString filter = tr("CSV files (*.csv);;All files (*)");
      const QString path =
          save ? QFileDialog::getSaveFileName(this, tr("Write the Result to"), edit->text(), filter)
               : QFileDialog::getOpenFileName(this, tr("Addresses to Geocode"), edit->text(), filter);
      if (path.isEmpty())
        return;
      if (save)
        setOutputPath(path);
      else
        setInputPath(path);
    });
    row->addWidget(browse);
    return row;
  };
  auto *form = new QFormLayout;
  form->addRow(tr("CSV file:"), browseRow(m_input, false));
  form->addRow(tr("Address column:"), m_column);
  form->addRow(tr("Result file:"), browseRow(m_output, true));
  m_progress->setRange(0, 100);
  m_progress->setValue(0);
  m_status->setWordWrap(true);
  m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
  auto *layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(m_progress);
  layout->addWidget(m_status, 1);
  layout->addWidget(m_buttons);
  setMinimumWidth(560);

  connect(m_input, &QLineEdit::editingFinished, this, &GeocodeDialog::loadColumns);
  connect(m_column, &QComboBox::currentIndexChanged, this, &GeocodeDialog::updateButtons);
  connect(m_output, &QLineEdit::textChanged, this, &GeocodeDialog::updateButtons);
  connect(m_runButton, &QPushButton::clicked, this, &GeocodeDialog::start);
  connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
    // Close cancels a run first; the dialog closes once the worker has stopped.
    if (m_cancel && m_run)
      *m_cancel = true;
    else
      reject();
  });
  if (!m_index)
    m_status->setText(tr("The address index is not loaded yet: open the standard addresses first."));
  updateButtons();
}

GeocodeDialog::~GeocodeDialog()
{
  if (m_cancel)
    *m_cancel = true;
  if (m_run)
    m_run->waitForFinished();
  if (m_columnsWatcher)
    m_columnsWatcher->waitForFinished();
}

void GeocodeDialog::setInputPath(const QString &path)
{
  m_input->setText(path);
  if (m_output->text().isEmpty()) {
    const QFileInfo info(path);
    m_output->setText(info.dir().filePath(info.completeBaseName() + tr("_geocoded") + u".csv"_s));
  }
  loadColumns();
}

void GeocodeDialog::setColumn(const QString &column)
{
  const int i = m_column->findText(column);
  if (i >= 0)
    m_column->setCurrentIndex(i);
  else
    m_pendingColumn = column;
}

void GeocodeDialog::setOutputPath(const QString &path)
{
  m_output->setText(path);
}

void GeocodeDialog::loadColumns()
{
  const QString path = m_input->text().trimmed();
  m_column->clear();
  if (path.isEmpty())
    return;
  m_columnsWatcher = std::make_unique<QFutureWatcher<Columns>>();
  connect(m_columnsWatcher.get(), &QFutureWatcher<Columns>::finished, this, [this] {
    const Columns columns = m_columnsWatcher->result();
    m_status->setText(columns.error);
    m_column->addItems(columns.names);
    // The address column is usually named so; otherwise the operator picks it.
    for (const QString &guess : {m_pendingColumn, u"address"_s, u"地址"_s, u"详细地址"_s}) {
      const int i = guess.isEmpty() ? -1 : m_column->findText(guess, Qt::MatchFixedString);
      if (i >= 0) {
        m_column->setCurrentIndex(i);
        break;
      }
    }
    m_pendingColumn.clear();
    updateButtons();
    emit columnsLoaded();
  });
  // Errors travel as values: a future holding an exception would rethrow it wherever it is waited on.
  m_columnsWatcher->setFuture(QtConcurrent::run([path] {
    Columns columns;
    try {
      columns.names = BatchGeocoder::columns(path);
    } catch (const BatchGeocodeError &e) {
      columns.error = e.message();
    } catch (const std::exception &e) {
      columns.error = QString::fromUtf8(e.what());
    }
    return columns;
  }));
}

void GeocodeDialog::start()
{
  if (m_run || !m_index || m_column->currentText().isEmpty() || m_output->text().trimmed().isEmpty())
    return;
  const QString in = m_input->text().trimmed(), column = m_column->currentText(),
                out = m_output->text().trimmed();
  if (QFileInfo(in).absoluteFilePath() == QFileInfo(out).absoluteFilePath()) {
    m_status->setText(tr("The result must go to another file than the addresses."));
    return;
  }
  m_cancel = std::make_shared<std::atomic_bool>(false);
  m_summary = {};
  m_progress->setValue(0);
  m_status->setText(tr("Geocoding…"));
  m_run = std::make_unique<QFutureWatcher<Outcome>>();
  connect(m_run.get(), &QFutureWatcher<Outcome>::finished, this, &GeocodeDialog::onRunFinished);
  QPointer<QProgressBar> progress(m_progress);
  m_run->setFuture(QtConcurrent::run([index = m_index, cancel = m_cancel, in, column, out, progress] {
    Outcome outcome;
    try {
      outcome.summary = BatchGeocoder(*index).run(
          in, column, out,
          [progress](qint64 done, qint64 total) {
            const int percent = total > 0 ? int(100 * done / total) : 100;
            QMetaObject::invokeMethod(
                progress,
                [progress, percent] {
                  if (progress)
                    progress->setValue(percent);
                },
                Qt::QueuedConnection);
          },
          cancel.get());
    } catch (const BatchGeocodeError &e) {
      outcome.error = e.message();
    } catch (const AddressIndexError &e) {
      outcome.error = e.message(); // the index file failed under the queries
    } catch (const std::exception &e) {
      outcome.error = QString::fromUtf8(e.what());
    }
    return outcome;
  }));
  updateButtons();
}

void GeocodeDialog::onRunFinished()
{
  const Outcome outcome = m_run->result();
  m_run.reset();
  const bool cancelled = m_cancel && *m_cancel;
  if (outcome.error.isEmpty()) {
    m_summary = outcome.summary;
    m_progress->setValue(100);
    m_status->setText(summaryText());
  } else {
    m_status->setText(outcome.error);
  }
  updateButtons();
  emit finished(outcome.error.isEmpty());
  if (cancelled && !isVisible())
    reject();
}

QString GeocodeDialog::summaryText() const
{
  const QLocale locale;
  const qint64 rows = m_summary.rows;
  const auto percent = [&](qint64 n) {
    return locale.toString(rows > 0 ? 100.0 * double(n) / double(rows) : 0.0, 'f', 1);
  };
  QStringList lines{
      tr("%1 rows in %2 s, written to %3")
          .arg(locale.toString(rows), locale.toString(m_summary.seconds, 'f', 1), m_output->text())};
  const std::pair<MatchStatus, QString> statuses[] = {{MatchStatus::Matched, tr("matched")},
                                                      {MatchStatus::Ambiguous, tr("ambiguous")},
                                                      {MatchStatus::Unmatched, tr("unmatched")}};
  for (const auto &[status, name] : statuses) {
    const qint64 n = m_summary.count(status);
    QString line = tr("%1: %2 (%3 %)").arg(name, locale.toString(n), percent(n));
    if (status != MatchStatus::Unmatched && n > 0) {
      QStringList levels;
      if (const auto it = m_summary.byStatus.find(status); it != m_summary.byStatus.end())
        for (const auto &[level, count] : it->second)
          levels << tr("%1 %2").arg(AddressFormat::levelName(level), locale.toString(count));
      line += u" — "_s + levels.join(tr(", "));
    }
    lines << line;
  }
  return lines.join(u'\n');
}

void GeocodeDialog::updateButtons()
{
  const bool running = m_run != nullptr;
  m_runButton->setEnabled(!running && m_index && !m_column->currentText().isEmpty() &&
                          !m_output->text().trimmed().isEmpty());
  m_input->setEnabled(!running);
  m_column->setEnabled(!running);
  m_output->setEnabled(!running);
  m_buttons->button(QDialogButtonBox::Close)->setText(running ? tr("Cancel") : tr("Close"));
}

} // namespace rc
