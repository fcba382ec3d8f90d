#include "geo/ProjContext.h"

#include <QLoggingCategory>

#include <utility>

namespace rc::proj {

namespace {

// Quiet unless asked for: PROJ logs every point that fails, and failed points are routine.
Q_LOGGING_CATEGORY(lcProj, "rc.proj", QtWarningMsg)

/// One per thread: the PROJ context and the last error it logged.
class ThreadState
{
public:
  ThreadState() : m_context(proj_context_create())
  {
    // PROJ prints to stderr by default; route it through Qt logging instead, and keep the last
    // error text because PROJ's error codes alone ("crs not found") do not say what failed.
    proj_log_func(m_context.get(), this, &ThreadState::onLog);
  }
  ThreadState(const ThreadState &) = delete;
  ThreadState &operator=(const ThreadState &) = delete;

  [[nodiscard]] PJ_CONTEXT *context() const { return m_context.get(); }
  [[nodiscard]] QString takeLastError() { return std::exchange(m_lastError, QString()); }

private:
  static void onLog(void *data, int level, const char *message)
  {
    if (level == PJ_LOG_ERROR) {
      static_cast<ThreadState *>(data)->m_lastError = QString::fromUtf8(message);
      qCDebug(lcProj, "error: %s", message);
    } else {
      qCDebug(lcProj, "%s", message);
    }
  }

  ContextPtr m_context;
  QString m_lastError;
};

ThreadState &threadState()
{
  thread_local ThreadState state;
  return state;
}

} // namespace

PJ_CONTEXT *threadContext()
{
  return threadState().context();
}

QString takeLastError()
{
  return threadState().takeLastError();
}

} // namespace rc::proj
