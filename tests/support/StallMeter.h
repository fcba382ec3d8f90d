#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

namespace rc::test {

/// CPU time the calling thread has used so far, in milliseconds: what a piece of GUI-thread work
/// costs, however long a loaded machine kept the thread waiting for a core.
[[nodiscard]] double threadCpuMs();

/// How long the calling thread has waited, runnable, for a core (Linux schedstat), in
/// milliseconds; 0 where the kernel does not say.
[[nodiscard]] double runQueueWaitMs();

/// Longer than any wait a loaded machine imposes on a GUI thread that works little: under
/// ctest --parallel on the two-core build machines the event loop was seen held 108-112 ms while
/// the GUI thread used 7 ms of CPU and waited for no core (it waits on threads that the load keeps
/// off the cores, and this machine reports no steal time). A held gap beyond this is the program
/// blocking.
inline constexpr double kBlockedLimitMs = 250;

/// What a stall meter saw.
struct Stalls
{
  /// The longest gap between two ticks on the wall clock.
  double wallMs = 0;
  /// The longest gap less the time the GUI thread sat runnable waiting for a core and the time the
  /// virtual machine's host kept that core from running: what the program itself held the event
  /// loop for, working or blocked.
  double heldMs = 0;
  /// The most CPU time the GUI thread spent between two ticks: its own work, however long it
  /// waited for a core or for another thread.
  double busyMs = 0;

  /// Empty when the GUI thread worked at most `busyLimitMs` between two ticks and held the event
  /// loop at most kBlockedLimitMs; else what it did, for the test's failure message.
  [[nodiscard]] QString problem(double busyLimitMs) const;
};

/// Measures the longest gap between the ticks of a 5 ms timer: how long the event loop was held.
/// On a loaded two-core build machine the scheduler alone can keep a runnable GUI thread off the
/// cores for longer than that, and a virtual machine's host can stop its core altogether (about
/// 100 ms at a time on the Firecracker build machines); the kernel's run-queue wait and steal time
/// tell those apart from time the thread spent working or blocked. Create it on the GUI thread.
class StallMeter : public QObject
{
public:
  StallMeter();
  [[nodiscard]] Stalls stalls() const { return m_stalls; }
  /// Forgets the time since the last tick: for work the test itself does on the GUI thread.
  void skip();

private:
  void tick();
  void restartInterval();

  QTimer m_timer;
  QElapsedTimer m_clock;
  double m_last = 0;
  double m_lastWait = 0;
  double m_lastCpu = 0;
  int m_cpu = -1;
  double m_lastSteal = 0;
  Stalls m_stalls;
};

} // namespace rc::test
