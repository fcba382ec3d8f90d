#pragma once

#include <QByteArrayView>

#include <span>

namespace rc::fuzz {

/// One input path of the core that takes bytes from outside (a feed, a file, a typed text). A
/// target returns normally for every input, whatever the bytes: the failures a caller expects
/// (DataError, ProjectError, …) are caught inside, and anything else escaping it, a crash, a
/// sanitizer report or a broken invariant (abort) is a bug. The libFuzzer executables
/// (fuzz_<name>) and test_fuzzreplay run the same functions; each keeps its fixtures in
/// function-local statics, so the first call builds them.
struct Target
{
  const char *name; ///< also the folder of its corpus and of its regression inputs
  void (*run)(QByteArrayView data);
};

[[nodiscard]] std::span<const Target> targets();

/// The target of that name; nullptr if none.
[[nodiscard]] const Target *findTarget(QByteArrayView name);

/// Once per fuzzing process, before the first input: a QGuiApplication on the offscreen platform
/// (styles and projects need fonts and colours) that is never destroyed (a fuzzer leaves through
/// exit(), after which Qt cannot be taken down safely), and no Qt or GDAL messages: rejected input
/// makes them by the million, and printing them would be most of the work (qFatal still aborts).
void setUpFuzzingProcess(char *programName);

} // namespace rc::fuzz
