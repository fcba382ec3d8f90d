// The window's application (rc::GuardedApplication) survives an exception escaping a slot: a
// queued call, a QFutureWatcher's finished slot reading a worker's rethrown failure (the
// std::length_error of a hostile GeoPackage once ended the program there), and a slot on a
// worker thread's event loop. Each is logged, and the loop carries on with the next event.

#include "GuardedApplication.h"

#include <QFutureWatcher>
#include <QRegularExpression>
#include <QTest>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <stdexcept>

using namespace Qt::StringLiterals;

class TestGuardedApplication : public QObject
{
  Q_OBJECT

private slots:
  void queuedSlotThatThrows();
  void watcherSlotRethrowingTheWorkersFailure();
  void slotOnAWorkerThreadThatThrows();
};

void TestGuardedApplication::queuedSlotThatThrows()
{
  QObject context;
  bool after = false;
  QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"unexpected failure in QObject .*: boom$"_s));
  QMetaObject::invokeMethod(
      &context, [] { throw std::runtime_error("boom"); }, Qt::QueuedConnection);
  QMetaObject::invokeMethod(
      &context, [&after] { after = true; }, Qt::QueuedConnection);
  QTRY_VERIFY(after);
}

void TestGuardedApplication::watcherSlotRethrowingTheWorkersFailure()
{
  QFutureWatcher<int> watcher;
  bool after = false;
  connect(&watcher, &QFutureWatcherBase::finished, this, [&watcher] { (void)watcher.result(); });
  QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"unexpected failure in .*: vector::reserve$"_s));
  watcher.setFuture(QtConcurrent::run([]() -> int { throw std::length_error("vector::reserve"); }));
  QTRY_VERIFY(watcher.isFinished());
  QMetaObject::invokeMethod(
      this, [&after] { after = true; }, Qt::QueuedConnection);
  QTRY_VERIFY(after);
}

void TestGuardedApplication::slotOnAWorkerThreadThatThrows()
{
  QThread thread;
  QObject worker;
  worker.moveToThread(&thread);
  thread.start();
  std::atomic_bool after = false;
  QTest::ignoreMessage(QtCriticalMsg,
                       QRegularExpression(u"unexpected failure in QObject .*: on the worker$"_s));
  QMetaObject::invokeMethod(
      &worker, [] { throw std::runtime_error("on the worker"); }, Qt::QueuedConnection);
  QMetaObject::invokeMethod(
      &worker, [&after] { after = true; }, Qt::QueuedConnection);
  QTRY_VERIFY(after.load());
  thread.quit();
  QVERIFY(thread.wait(5000));
}

int main(int argc, char **argv)
{
  rc::GuardedApplication app(argc, argv);
  TestGuardedApplication test;
  return QTest::qExec(&test, argc, argv);
}

#include "test_guardedapp.moc"
