#pragma once

#include <QStringList>
#include <QTextStream>

// The subcommands of the headless command line, one per file (cli_<name>.cpp), and the
// helpers they share. Cli (cli.cpp) dispatches to them through its command table.
namespace archscope::cli {

QTextStream &out();
QTextStream &err();
// Writes bytes (a picture, say) to standard output; false after printing why it failed.
// Text goes through out(): Cli::run checks that it was written once the command is done.
bool writeStandardOutput(const QByteArray &bytes);
// Reads the value that follows the option at args[*i] into `target` and moves *i onto it;
// false when the option is the last argument.
bool takeValue(const QStringList &args, int *i, QString *target);

// Each returns the process exit code: 0 success, 1 the input has errors, 2 bad usage or an
// input that cannot be read.
int validate(const QStringList &args);
int exportFile(const QStringList &args);  // cli_export.cpp
int importFile(const QStringList &args);  // cli_import.cpp
int simulate(const QStringList &args);
int recommend(const QStringList &args);
int questions(const QStringList &args);

} // namespace archscope::cli
