#include "live/ReadingPipeline.h"

#include <QCoreApplication>

namespace rc {

ReadingPipeline::ReadingPipeline(ReadingWriter &writer, AlarmEngine &alarms, QObject *parent)
    : QObject(parent), m_writer(writer), m_alarms(alarms)
{
  m_flushTimer.setSingleShot(true);
  m_flushTimer.setInterval(std::chrono::milliseconds(200));
  connect(&m_flushTimer, &QTimer::timeout, this, &ReadingPipeline::flush);
  connect(&m_writer, &ReadingWriter::stored, this, [this](qint64 count) {
    m_stored += count;
    emit stored(count);
  });
  connect(&m_writer, &ReadingWriter::failed, this, &ReadingPipeline::storeFailed);
}

ReadingPipeline::~ReadingPipeline()
{
  sync();
}

void ReadingPipeline::setFlushPolicy(std::chrono::milliseconds delay, std::size_t maxBuffered)
{
  m_flushTimer.setInterval(delay);
  m_maxBuffered = maxBuffered;
}

void ReadingPipeline::submit(const ReadingBatch &batch, const QDateTime &receivedAt)
{
  for (const HydroReading &reading : batch.hydro)
    m_alarms.evaluate(reading, receivedAt);
  for (const PollutantReading &reading : batch.pollutants)
    m_alarms.evaluate(reading, receivedAt);
  m_buffer.hydro.insert(m_buffer.hydro.end(), batch.hydro.begin(), batch.hydro.end());
  m_buffer.pollutants.insert(m_buffer.pollutants.end(), batch.pollutants.begin(), batch.pollutants.end());
  if (m_buffer.size() >= m_maxBuffered)
    flush();
  else if (!m_flushTimer.isActive())
    m_flushTimer.start();
  emit judged(batch);
}

void ReadingPipeline::flush()
{
  m_flushTimer.stop();
  if (!m_buffer.empty())
    m_writer.write(std::exchange(m_buffer, {}));
}

void ReadingPipeline::sync()
{
  flush();
  m_writer.waitForWrites();
  // Deliver the writer's queued stored() signals now, so storedCount() is current on return.
  QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

} // namespace rc
