#include "layout/ExportDialog.h"

#include "map/LayerStack.h"
#include "map/MapCanvas.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rc {

ExportDialog::ExportDialog(MapCanvas *canvas, QWidget *parent)
    : QDialog(parent), m_canvas(canvas), m_format(new QComboBox), m_dpi(new QSpinBox), m_page(new QComboBox),
      m_title(new QLineEdit), m_attribution(new QLineEdit), m_showTitle(new QCheckBox),
      m_showLegend(new QCheckBox), m_showScaleBar(new QCheckBox), m_showNorthArrow(new QCheckBox),
      m_showAttribution(new QCheckBox), m_path(new QLineEdit), m_browse(new QPushButton),
      m_progress(new QProgressBar), m_status(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close)), m_exportButton(new QPushButton),
      m_formatLabel(new QLabel), m_dpiLabel(new QLabel), m_pageLabel(new QLabel), m_titleLabel(new QLabel),
      m_attributionLabel(new QLabel), m_pathLabel(new QLabel), m_decorationsLabel(new QLabel)
{
  m_format->addItem({}, int(LayoutExportJob::Format::Pdf));
  m_format->addItem({}, int(LayoutExportJob::Format::Png));
  m_page->addItem({}, int(MapLayout::Page::A4Landscape));
  m_page->addItem({}, int(MapLayout::Page::A3Landscape));
  m_page->addItem({}, int(MapLayout::Page::FitMap));
  // Beyond 600 dpi an A3 PNG passes a gigabyte of memory, and no printer shows the difference.
  m_dpi->setRange(72, 600);
  m_dpi->setSingleStep(50);
  m_dpi->setValue(300);
  for (QCheckBox *box : {m_showTitle, m_showLegend, m_showScaleBar, m_showNorthArrow, m_showAttribution})
    box->setChecked(true);
  m_progress->setRange(0, 100);
  m_progress->setValue(0);
  m_progress->setVisible(false);
  m_status->setWordWrap(true);
  m_path->setMinimumWidth(360);
  m_buttons->addButton(m_exportButton, QDialogButtonBox::AcceptRole);
  m_exportButton->setDefault(true);

  auto *pathRow = new QHBoxLayout;
  pathRow->addWidget(m_path, 1);
  pathRow->addWidget(m_browse);
  auto *decorations = new QVBoxLayout;
  for (QCheckBox *box : {m_showTitle, m_showLegend, m_showScaleBar, m_showNorthArrow, m_showAttribution})
    decorations->addWidget(box);
  auto *form = new QFormLayout;
  form->addRow(m_pathLabel, pathRow);
  form->addRow(m_formatLabel, m_format);
  form->addRow(m_dpiLabel, m_dpi);
  form->addRow(m_pageLabel, m_page);
  form->addRow(m_titleLabel, m_title);
  form->addRow(m_attributionLabel, m_attribution);
  form->addRow(m_decorationsLabel, decorations);
  auto *layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(m_progress);
  layout->addWidget(m_status);
  layout->addWidget(m_buttons);

  // A fresh account may have no Documents folder yet: offer a folder that exists.
  const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
  const QDir folder(!documents.isEmpty() && QDir(documents).exists() ? documents : QDir::homePath());
  m_path->setText(folder.filePath(u"rongcheng-map.pdf"_s));

  connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
  connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
  connect(m_showTitle, &QCheckBox::toggled, m_title, &QLineEdit::setEnabled);
  connect(m_showAttribution, &QCheckBox::toggled, m_attribution, &QLineEdit::setEnabled);
  connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::startExport);
  connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
  retranslate();
}

void ExportDialog::retranslate()
{
  setWindowTitle(tr("Export Map"));
  m_pathLabel->setText(tr("&File:"));
  m_pathLabel->setBuddy(m_path);
  m_browse->setText(tr("Browse…"));
  m_formatLabel->setText(tr("F&ormat:"));
  m_formatLabel->setBuddy(m_format);
  m_format->setItemText(0, tr("PDF document (vector text and decorations)"));
  m_format->setItemText(1, tr("PNG image"));
  m_dpiLabel->setText(tr("&Resolution:"));
  m_dpiLabel->setBuddy(m_dpi);
  m_dpi->setSuffix(tr(" dpi"));
  m_pageLabel->setText(tr("&Page:"));
  m_pageLabel->setBuddy(m_page);
  m_page->setItemText(0, tr("A4 landscape"));
  m_page->setItemText(1, tr("A3 landscape"));
  m_page->setItemText(2, tr("Shape of the view"));
  m_titleLabel->setText(tr("&Title:"));
  m_titleLabel->setBuddy(m_title);
  m_attributionLabel->setText(tr("&Attribution:"));
  m_attributionLabel->setBuddy(m_attribution);
  m_decorationsLabel->setText(tr("Show:"));
  m_showTitle->setText(tr("Title"));
  m_showLegend->setText(tr("Legend"));
  m_showScaleBar->setText(tr("Scale bar"));
  m_showNorthArrow->setText(tr("North arrow"));
  m_showAttribution->setText(tr("Attribution and coordinate system"));
  m_exportButton->setText(tr("&Export"));
  onFormatChanged();
}

void ExportDialog::changeEvent(QEvent *event)
{
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QDialog::changeEvent(event);
}

void ExportDialog::setTitle(const QString &title)
{
  m_title->setText(title);
}

void ExportDialog::setAttribution(const QString &attribution)
{
  m_attribution->setText(attribution);
}

void ExportDialog::setOutputPath(const QString &path)
{
  m_path->setText(path);
  const int index = m_format->findData(int(LayoutExportJob::formatForPath(path)));
  if (index >= 0)
    m_format->setCurrentIndex(index);
}

QString ExportDialog::outputPath() const
{
  return m_path->text().trimmed();
}

double ExportDialog::dpi() const
{
  return m_dpi->value();
}

LayoutExportJob::Format ExportDialog::format() const
{
  return LayoutExportJob::Format(m_format->currentData().toInt());
}

MapLayout ExportDialog::layout() const
{
  MapLayout layout;
  MapSettings map = m_canvas->mapSettings();
  // The sheet shows at least what the view shows; its frame's shape decides what more it shows.
  map.setExtent(m_canvas->visibleExtent());
  layout.setMap(map);
  layout.setLayers(m_canvas->layers()->visibleLayers());
  layout.setPage(MapLayout::Page(m_page->currentData().toInt()));
  layout.setTitle(m_title->text().trimmed());
  layout.setAttribution(m_attribution->text().trimmed());
  layout.setDecorations({m_showTitle->isChecked(), m_showLegend->isChecked(), m_showScaleBar->isChecked(),
                         m_showNorthArrow->isChecked(), m_showAttribution->isChecked()});
  layout.setLegendItems(MapLayout::legendFor(layout.layers(), layout.frameSettings(dpi()).scale()));
  return layout;
}

void ExportDialog::browse()
{
  const bool pdf = format() == LayoutExportJob::Format::Pdf;
  const QString path = QFileDialog::getSaveFileName(
      this, tr("Export Map"), outputPath(), pdf ? tr("PDF documents (*.pdf)") : tr("PNG images (*.png)"));
  if (!path.isEmpty())
    setOutputPath(path);
}

void ExportDialog::onFormatChanged()
{
  const bool pdf = format() == LayoutExportJob::Format::Pdf;
  // Keep the file name in step with the format, so the choice of one is never undone by the other.
  const QString path = outputPath();
  if (!path.isEmpty() && LayoutExportJob::formatForPath(path) != format()) {
    const QFileInfo info(path);
    m_path->setText(info.dir().filePath(info.completeBaseName() + (pdf ? u".pdf"_s : u".png"_s)));
  }
  m_dpi->setToolTip(
      pdf ? tr("The resolution the map itself is embedded at; text, legend, scale bar and north "
               "arrow are vector at any zoom.")
          : tr("Pixels per inch of paper: 300 for print, 96 for the screen."));
}

QString ExportDialog::statusText() const
{
  return m_status->text();
}

void ExportDialog::startExport()
{
  if (isExporting())
    return;
  const QString path = outputPath();
  if (path.isEmpty()) {
    m_status->setText(tr("Choose a file to export to."));
    return;
  }
  if (const QDir folder = QFileInfo(path).absoluteDir(); !folder.exists()) {
    m_status->setText(
        tr("The folder %1 does not exist: choose another one.").arg(QDir::toNativeSeparators(folder.path())));
    return;
  }
  m_job = new LayoutExportJob(layout(), path, format(), dpi(), this);
  connect(m_job, &LayoutExportJob::progressChanged, this, &ExportDialog::onProgress);
  connect(m_job, &LayoutExportJob::finished, this, &ExportDialog::onFinished);
  m_exportButton->setEnabled(false);
  m_buttons->button(QDialogButtonBox::Close)->setText(tr("Cancel"));
  m_progress->setValue(0);
  m_progress->setVisible(true);
  m_job->start();
}

void ExportDialog::onProgress(int percent, const QString &stage)
{
  m_progress->setValue(percent);
  m_status->setText(stage);
}

void ExportDialog::onFinished(bool success)
{
  if (!m_job)
    return;
  const QString path = outputPath();
  QString message =
      success ? tr("Exported to %1.").arg(QDir::toNativeSeparators(path)) : m_job->errorMessage();
  if (success && !m_job->renderErrors().isEmpty())
    message += u'\n' + tr("Some layers could not be drawn: %1").arg(m_job->renderErrors().join(u"; "_s));
  m_status->setText(message);
  m_job->deleteLater();
  m_job = nullptr;
  m_progress->setVisible(false);
  m_exportButton->setEnabled(true);
  m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
  if (success)
    emit exported(path);
}

void ExportDialog::reject()
{
  // While exporting, Esc and Cancel stop the export; the dialog stays to say so.
  if (m_job) {
    m_job->cancel();
    return;
  }
  QDialog::reject();
}

} // namespace rc
