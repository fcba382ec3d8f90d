#pragma once

namespace rc {

/// The whole program: the command line (render, info, --version) when its first argument names a
/// command, otherwise the main window with the files named on the command line, or the bundled
/// Fuzhou map when there are none.
int runApplication(int argc, char **argv);

} // namespace rc
