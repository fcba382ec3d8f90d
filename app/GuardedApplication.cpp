#include "GuardedApplication.h"

#include <QDebug>
#include <QUnhandledException>

#include <exception>

namespace rc {

namespace {

/// What went wrong, in words: a worker's failure that QtConcurrent wrapped is told by its own.
QString describe(const std::exception &e)
{
  if (const auto *wrapped = dynamic_cast<const QUnhandledException *>(&e); wrapped && wrapped->exception()) {
    try {
      std::rethrow_exception(wrapped->exception());
    } catch (const std::exception &inner) {
      return QString::fromUtf8(inner.what());
    } catch (...) {
    }
  }
  return QString::fromUtf8(e.what());
}

} // namespace

bool GuardedApplication::notify(QObject *receiver, QEvent *event)
{
  try {
    return QApplication::notify(receiver, event);
  } catch (const std::exception &e) {
    qCritical().noquote() << "unexpected failure in" << receiver->metaObject()->className() << "(event"
                          << event->type() << "):" << describe(e);
  }
  return false;
}

} // namespace rc
