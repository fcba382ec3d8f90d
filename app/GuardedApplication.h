#pragma once

#include <QApplication>

namespace rc {

/// The window's QApplication. Qt cannot carry an exception through its event loop: one escaping
/// an event handler or a slot (a QFutureWatcher's result() rethrowing what its worker threw, on
/// the GUI thread or on any thread with an event loop) would end the program, and with it the
/// operators' unsaved work. Such an exception is logged here and the event counts as unhandled.
/// Failures are caught where they arise; this is the last line, not the plan.
class GuardedApplication final : public QApplication
{
public:
  using QApplication::QApplication;

  bool notify(QObject *receiver, QEvent *event) override;
};

} // namespace rc
