// The libFuzzer entry points of one target of FuzzTargets.cpp, chosen by RC_FUZZ_TARGET.

#include "FuzzTargets.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *, char ***argv)
{
  rc::fuzz::setUpFuzzingProcess((*argv)[0]);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
  static const rc::fuzz::Target *const target = rc::fuzz::findTarget(RC_FUZZ_TARGET);
  if (!target)
    std::abort();
  target->run(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
  return 0;
}
