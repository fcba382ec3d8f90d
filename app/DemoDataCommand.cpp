#include "CommandLine.h"

#include <cstdio>

namespace rc {

int runDemoDataCommand(const QStringList &)
{
  std::fputs("rongcheng demo-data: not built yet\n", stderr);
  return 1;
}

} // namespace rc
