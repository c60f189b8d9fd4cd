#pragma once

#include <QByteArray>
#include <QString>

namespace archscope {

// Writes whole files for every save and export (the GUI's and the CLI's alike). A regular file,
// or a new one, is written atomically through QSaveFile: on failure the old content stays. A
// character device or a FIFO (/dev/null, a terminal, a named pipe) is written directly, because
// renaming a finished file over it would replace the device with a regular file. Errors name
// the path and the operating system's reason.
class FileWriter
{
public:
    static bool write(const QString &path, const QByteArray &bytes, QString *error);

    // True when both paths name one existing file: the same canonical path (through symbolic
    // links), or the same device and inode (a hard link).
    static bool isSameFile(const QString &a, const QString &b);
    // True, with the reason in `error`, when writing `output` would replace `input`.
    static bool wouldOverwriteInput(const QString &output, const QString &input, QString *error);
};

} // namespace archscope
