#pragma once

#include "address/AddressHierarchy.h"
#include "address/AddressIndex.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

namespace rc {

/// Opens the standard address index of an address source for the window, on a worker thread:
/// reuses the index stored beside the source (fuzhou.gpkg → fuzhou.addr.sqlite) while it is
/// current, or builds it first with progress (the 3-million-address city takes a couple of
/// minutes, the demo city seconds). A new load() cancels the one under way. GUI thread object;
/// what it hands out is immutable and may be used from any thread.
class AddressIndexLoader : public QObject
{
  Q_OBJECT

public:
  explicit AddressIndexLoader(QObject *parent = nullptr);
  ~AddressIndexLoader() override;

  /// Starts opening the index of `sourcePath` (an address source or an index file). Loading the
  /// source already loaded or being loaded does nothing.
  void load(const QString &sourcePath, const QString &layer = {});
  /// Hands over an index opened elsewhere (tests, a second window), as a finished load would.
  void setIndex(std::shared_ptr<const AddressIndex> index);
  void cancel();

  [[nodiscard]] bool isLoading() const { return m_watcher != nullptr; }
  /// The source of the index loaded or being loaded.
  [[nodiscard]] QString sourcePath() const { return m_sourcePath; }
  [[nodiscard]] std::shared_ptr<const AddressIndex> index() const { return m_index; }
  [[nodiscard]] std::shared_ptr<const AddressHierarchy> hierarchy() const { return m_hierarchy; }

signals:
  /// 0–100 while an index is being built, -1 when that is over (opening a current index, which
  /// takes a moment, reports nothing).
  void progressChanged(int percent);
  void ready();
  void failed(const QString &message);

private:
  struct Job;
  struct Loaded
  {
    std::shared_ptr<const AddressIndex> index;
    std::shared_ptr<const AddressHierarchy> hierarchy;
    QString error;
  };
  void onFinished();

  QString m_sourcePath;
  std::shared_ptr<const AddressIndex> m_index;
  std::shared_ptr<const AddressHierarchy> m_hierarchy;
  std::shared_ptr<Job> m_job;
  std::unique_ptr<QFutureWatcher<Loaded>> m_watcher;
  QTimer m_progressTimer;
  int m_shownPercent = -1;
};

} // namespace rc
