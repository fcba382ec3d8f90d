#include "live/ReadingWriter.h"

#include <QLoggingCategory>

namespace rc {

namespace {

Q_LOGGING_CATEGORY(lcWriter, "rc.live.writer")

/// Beyond this many unwritten readings (a database that keeps failing) the oldest are dropped so
/// memory stays bounded; alarms were judged on them already.
constexpr std::size_t kMaxUnwritten = 500000;

} // namespace

class ReadingWriter::Worker : public QObject
{
public:
  explicit Worker(ReadingWriter *owner) : m_owner(owner) {}

  /// Runs on the writer thread; the error message, empty on success.
  QString open(const QString &path)
  {
    try {
      m_store = std::make_unique<ReadingStore>(path);
    } catch (const sqlite::Error &e) {
      return e.message();
    }
    return {};
  }

  void write(const ReadingBatch &batch)
  {
    m_pending.hydro.insert(m_pending.hydro.end(), batch.hydro.begin(), batch.hydro.end());
    m_pending.pollutants.insert(m_pending.pollutants.end(), batch.pollutants.begin(), batch.pollutants.end());
    try {
      m_store->insert(m_pending);
    } catch (const sqlite::Error &e) {
      qCCritical(lcWriter).noquote() << e.message();
      if (m_pending.size() > kMaxUnwritten) {
        qCCritical(lcWriter) << "dropping" << m_pending.size() << "unwritten readings";
        m_pending = {};
      }
      emit m_owner->failed(e.message());
      return;
    }
    const auto count = qint64(m_pending.size());
    m_pending.hydro.clear();
    m_pending.pollutants.clear();
    emit m_owner->stored(count);
  }

private:
  ReadingWriter *m_owner;
  std::unique_ptr<ReadingStore> m_store;
  ReadingBatch m_pending; ///< written batches that failed, tried again with the next
};

ReadingWriter::ReadingWriter(const QString &path) : m_worker(new Worker(this))
{
  m_thread.setObjectName(QStringLiteral("rc.live.writer"));
  m_worker->moveToThread(&m_thread);
  m_thread.start();
  // The store's SQL connection must be made on the thread that uses it.
  QString error;
  QMetaObject::invokeMethod(
      m_worker, [&] { error = m_worker->open(path); }, Qt::BlockingQueuedConnection);
  if (!error.isEmpty()) {
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    throw Error(Error::Code::Storage, error);
  }
}

ReadingWriter::~ReadingWriter()
{
  QMetaObject::invokeMethod(
      m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
  m_thread.quit();
  m_thread.wait();
}

void ReadingWriter::write(ReadingBatch batch)
{
  QMetaObject::invokeMethod(
      m_worker, [worker = m_worker, batch = std::move(batch)] { worker->write(batch); },
      Qt::QueuedConnection);
}

void ReadingWriter::waitForWrites()
{
  QMetaObject::invokeMethod(
      m_worker, [] {}, Qt::BlockingQueuedConnection);
}

} // namespace rc
