#pragma once

#include <QStringList>

namespace archscope {

// The headless command line (DESIGN.md, "Exports and the command line"). Runs without a
// display; prints to stdout/stderr and returns the process exit code.
class Cli
{
public:
    // True when `args` (without the program name) asks for a CLI command rather than the GUI.
    static bool handles(const QStringList &args);
    static int run(const QStringList &args);

    static QString usage();
};

} // namespace archscope
