#pragma once

#include <QStringList>

#include <memory>

class QCoreApplication;

namespace archscope {

// The headless command line (DESIGN.md, "Exports and the command line"). Runs without a
// display; prints to stdout/stderr and returns the process exit code.
class Cli
{
public:
    // True when `args` (without the program name) asks for a CLI command rather than the GUI.
    static bool handles(const QStringList &args);
    // The application object `args` needs: a QGuiApplication on the offscreen platform for a
    // command that paints, a QCoreApplication for the rest. Never a QApplication.
    static std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv, const QStringList &args);
    static int run(const QStringList &args);

    static QString usage();
};

} // namespace archscope
