#include "GuardedApplication.h"

#include <QDebug>

#include <exception>

namespace rc {

bool GuardedApplication::notify(QObject *receiver, QEvent *event)
{
  try {
    return QApplication::notify(receiver, event);
  } catch (const std::exception &e) {
    qCritical().noquote() << "unexpected failure in" << receiver->metaObject()->className() << "(event"
                          << event->type() << "):" << e.what();
  }
  return false;
}

} // namespace rc
