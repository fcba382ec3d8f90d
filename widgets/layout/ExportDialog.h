#pragma once

#include "layout/MapLayout.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace rc {

class MapCanvas;

/// Exports what the canvas shows as a map sheet, PNG or PDF: format, resolution, page, title and
/// which decorations. The export runs as a LayoutExportJob (map rendered on the thread pool, page
/// composed and written on a worker) with progress here, so the window stays usable. Closing the
/// dialog mid-export cancels the job, which waits for its worker. Owned by the main window; GUI thread.
class ExportDialog : public QDialog
{
  Q_OBJECT

public:
  explicit ExportDialog(MapCanvas *canvas, QWidget *parent = nullptr);

  void setTitle(const QString &title);
  void setAttribution(const QString &attribution);
  void setOutputPath(const QString &path);
  [[nodiscard]] QString outputPath() const;
  /// The line under the progress bar: the stage, the result or what is wrong.
  [[nodiscard]] QString statusText() const;
  /// The sheet as the dialog's settings describe it, over the canvas's current view.
  [[nodiscard]] MapLayout layout() const;
  [[nodiscard]] double dpi() const;
  [[nodiscard]] bool isExporting() const { return !m_job.isNull(); }

public slots:
  /// Starts exporting to outputPath(); does nothing while an export runs.
  void startExport();

signals:
  /// The file was written.
  void exported(const QString &path);

protected:
  void reject() override;
  void changeEvent(QEvent *event) override;

private:
  void retranslate();
  void browse();
  void onFormatChanged();
  void onProgress(int percent, const QString &stage);
  void onFinished(bool success);
  [[nodiscard]] LayoutExportJob::Format format() const;

  MapCanvas *m_canvas;
  QComboBox *m_format;
  QSpinBox *m_dpi;
  QComboBox *m_page;
  QLineEdit *m_title;
  QLineEdit *m_attribution;
  QCheckBox *m_showTitle;
  QCheckBox *m_showLegend;
  QCheckBox *m_showScaleBar;
  QCheckBox *m_showNorthArrow;
  QCheckBox *m_showAttribution;
  QLineEdit *m_path;
  QPushButton *m_browse;
  QProgressBar *m_progress;
  QLabel *m_status;
  QDialogButtonBox *m_buttons;
  QPushButton *m_exportButton;
  QLabel *m_formatLabel;
  QLabel *m_dpiLabel;
  QLabel *m_pageLabel;
  QLabel *m_titleLabel;
  QLabel *m_attributionLabel;
  QLabel *m_pathLabel;
  QLabel *m_decorationsLabel;
  QPointer<LayoutExportJob> m_job;
};

} // namespace rc
