#pragma once

#include "address/BatchGeocoder.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace rc {

class AddressIndex;

/// Geocodes a CSV file against the standard-address index: pick the file, the column holding the
/// addresses and where to write the result; runs on a worker with a progress bar and Cancel, then
/// shows how many rows matched, were ambiguous or did not match, by level. The same work as
/// `rongcheng geocode --batch`.
class GeocodeDialog final : public QDialog
{
  Q_OBJECT

public:
  GeocodeDialog(std::shared_ptr<const AddressIndex> index, QWidget *parent = nullptr);
  ~GeocodeDialog() override;

  /// For tests and drops: the input file (its columns are read on a worker; columnsLoaded follows).
  void setInputPath(const QString &path);
  void setColumn(const QString &column);
  void setOutputPath(const QString &path);
  /// Starts geocoding (the Run button).
  void start();
  [[nodiscard]] bool isRunning() const { return m_run != nullptr; }
  /// The summary of the last finished run; empty rows when none finished.
  [[nodiscard]] BatchSummary summary() const { return m_summary; }
  [[nodiscard]] QString summaryText() const;

signals:
  void columnsLoaded();
  /// A run ended: finished, failed or cancelled (errorText() says which when not finished).
  void finished(bool success);

private:
  struct Columns
  {
    QStringList names;
    QString error;
  };
  struct Outcome
  {
    BatchSummary summary;
    QString error;
  };
  void loadColumns();
  void onRunFinished();
  void updateButtons();

  std::shared_ptr<const AddressIndex> m_index;
  QLineEdit *m_input;
  QComboBox *m_column;
  QLineEdit *m_output;
  QProgressBar *m_progress;
  QLabel *m_status;
  QDialogButtonBox *m_buttons;
  QPushButton *m_runButton;
  std::unique_ptr<QFutureWatcher<Columns>> m_columnsWatcher;
  std::unique_ptr<QFutureWatcher<Outcome>> m_run;
  std::shared_ptr<std::atomic_bool> m_cancel;
  QString m_pendingColumn;
  BatchSummary m_summary;
};

} // namespace rc
