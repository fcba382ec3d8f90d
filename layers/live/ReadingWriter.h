#pragma once

#include "live/ReadingStore.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace rc {

/// Writes reading batches to the ReadingStore on a thread of its own, so a large SQLite
/// transaction never delays alarm judgement on the live thread. Owns the thread and the store
/// (opened and used only on that thread); write() and waitForWrites() are called from the owner's
/// thread (the pipeline's).
class ReadingWriter : public QObject
{
  Q_OBJECT

public:
  /// Starts the thread and opens the store there; throws Error(Storage) when it cannot be opened.
  explicit ReadingWriter(const QString &path);
  ~ReadingWriter() override;

  /// Queues a batch; stored() or failed() follows on the caller's thread.
  void write(ReadingBatch batch);
  /// Returns when every batch queued so far has been written or has failed.
  void waitForWrites();

signals:
  void stored(qint64 count);
  /// The batch is kept and tried again with the next one.
  void failed(const QString &message);

private:
  /// Lives on m_thread; the only object that touches the store.
  class Worker;

  QThread m_thread;
  Worker *m_worker;
};

} // namespace rc
