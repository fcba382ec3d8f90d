#include "StallMeter.h"

#include <QFile>

#include <algorithm>
#include <sched.h>
#include <time.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace rc::test {

namespace {

/// How long the host has kept virtual CPU `cpu` from running (the steal column of /proc/stat), in
/// milliseconds; 0 where the kernel does not say.
double stealMs(int cpu)
{
  QFile file(u"/proc/stat"_s);
  if (cpu < 0 || !file.open(QIODevice::ReadOnly))
    return 0;
  const QByteArray prefix = "cpu" + QByteArray::number(cpu) + ' ';
  for (const QByteArray &line : file.readAll().split('\n')) {
    if (!line.startsWith(prefix))
      continue;
    const QList<QByteArray> fields = line.simplified().split(' ');
    // cpuN user nice system idle iowait irq softirq steal, in clock ticks.
    return fields.size() > 8 ? fields[8].toDouble() * 1000.0 / double(sysconf(_SC_CLK_TCK)) : 0;
  }
  return 0;
}

} // namespace

double runQueueWaitMs()
{
  QFile file(u"/proc/thread-self/schedstat"_s);
  if (!file.open(QIODevice::ReadOnly))
    return 0;
  const QList<QByteArray> fields = file.readAll().split(' ');
  return fields.size() >= 2 ? fields[1].toDouble() / 1e6 : 0;
}

QString Stalls::problem(double busyLimitMs) const
{
  if (busyMs > busyLimitMs)
    return u"the GUI thread worked %1 ms without returning to the event loop (limit %2 ms)"_s
        .arg(busyMs, 0, 'f', 0)
        .arg(busyLimitMs);
  if (heldMs > kBlockedLimitMs)
    return u"the event loop was held %1 ms (limit %2 ms), %3 ms on the wall clock"_s.arg(heldMs, 0, 'f', 0)
        .arg(kBlockedLimitMs)
        .arg(wallMs, 0, 'f', 0);
  return {};
}

double threadCpuMs()
{
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

StallMeter::StallMeter()
{
  m_timer.setInterval(5);
  m_timer.setTimerType(Qt::PreciseTimer);
  connect(&m_timer, &QTimer::timeout, this, &StallMeter::tick);
  m_clock.start();
  restartInterval();
  m_timer.start();
}

void StallMeter::skip()
{
  restartInterval();
}

void StallMeter::restartInterval()
{
  m_last = double(m_clock.nsecsElapsed()) / 1e6;
  m_lastWait = runQueueWaitMs();
  m_lastCpu = threadCpuMs();
  m_cpu = sched_getcpu();
  m_lastSteal = stealMs(m_cpu);
}

void StallMeter::tick()
{
  const double now = double(m_clock.nsecsElapsed()) / 1e6, waited = runQueueWaitMs(), cpu = threadCpuMs();
  const double stolen = stealMs(m_cpu) - m_lastSteal;
  m_stalls.wallMs = std::max(m_stalls.wallMs, now - m_last);
  m_stalls.heldMs = std::max(m_stalls.heldMs, now - m_last - (waited - m_lastWait) - std::max(0.0, stolen));
  m_stalls.busyMs = std::max(m_stalls.busyMs, cpu - m_lastCpu);
  restartInterval();
}

} // namespace rc::test
