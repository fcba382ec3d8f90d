#pragma once

#include "live/AlarmEngine.h"
#include "live/ReadingWriter.h"

#include <QObject>
#include <QTimer>

#include <chrono>

namespace rc {

/// Where every feed's readings meet: alarms are judged at once, as each batch arrives (the
/// latency operators feel), while readings are gathered and handed to the ReadingWriter's thread
/// in batches, one transaction each (the store's throughput). Each batch is then passed on once
/// (judged()), for the views. Borrows the writer and the engine from LiveService; lives on the
/// live thread with the engine.
class ReadingPipeline : public QObject
{
  Q_OBJECT

public:
  ReadingPipeline(ReadingWriter &writer, AlarmEngine &alarms, QObject *parent = nullptr);
  ~ReadingPipeline() override;

  /// Gathered readings go to the writer after this delay or when `maxBuffered` are waiting.
  void setFlushPolicy(std::chrono::milliseconds delay, std::size_t maxBuffered);

  void submit(const rc::ReadingBatch &batch, const QDateTime &receivedAt);
  /// Hands what is gathered to the writer now.
  void flush();
  /// Flushes and waits until the writer has written it: for shutdown, and for tests.
  void sync();

  /// Readings written to the store so far.
  [[nodiscard]] qint64 storedCount() const { return m_stored; }

signals:
  /// A submitted batch, its alarms judged: what the views show of it.
  void judged(const rc::ReadingBatch &batch);
  void stored(qint64 count);
  void storeFailed(const QString &message);

private:
  ReadingWriter &m_writer;
  AlarmEngine &m_alarms;
  ReadingBatch m_buffer;
  QTimer m_flushTimer;
  std::size_t m_maxBuffered = 5000;
  qint64 m_stored = 0;
};

} // namespace rc
