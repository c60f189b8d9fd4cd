#pragma once

// Special files for the tests of writes that must not clobber: made inside the test's own
// temporary folder, so that a broken writer can at worst replace the test's copy of a device,
// never the system's /dev/full or /dev/null.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <csignal>

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

enum class FileType { Missing, Regular, CharDevice, Fifo, SymLink, Other };

// What is at `path` itself (a symbolic link is not followed).
inline FileType fileType(const QString &path)
{
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return FileType::Missing;
    if (S_ISREG(st.st_mode))
        return FileType::Regular;
    if (S_ISCHR(st.st_mode))
        return FileType::CharDevice;
    if (S_ISFIFO(st.st_mode))
        return FileType::Fifo;
    if (S_ISLNK(st.st_mode))
        return FileType::SymLink;
    return FileType::Other;
}

// A node of Linux's memory device `minor` (7 /dev/full: every write fails with ENOSPC; 3
// /dev/null) named `name` in `dir`. Making one needs root; anyone else gets the system's own
// device, which only root could replace. Empty when neither is a character device.
inline QString memoryDevice(const QTemporaryDir &dir, const QString &name, unsigned minor)
{
    const QString own = dir.filePath(name);
    if (::mknod(QFile::encodeName(own).constData(), S_IFCHR | 0666, makedev(1, minor)) == 0
        && fileType(own) == FileType::CharDevice)
        return own;
    if (::geteuid() == 0)
        return {};  // root that cannot make a node (a nodev mount): never risk the system's device
    const QString system = minor == 7 ? QStringLiteral("/dev/full") : QStringLiteral("/dev/null");
    return fileType(system) == FileType::CharDevice ? system : QString();
}

inline QString makeFifo(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0 ? path : QString();
}

// Other names of `file` (in `dir`, beside it): a symbolic link, a hard link, and a path through
// a subfolder and "..". Empty if one could not be made.
inline QStringList otherNamesOf(const QTemporaryDir &dir, const QString &file)
{
    const QString symlink = dir.filePath(QStringLiteral("link-to-") + QFileInfo(file).fileName());
    const QString hardLink = dir.filePath(QStringLiteral("hard-link-to-") + QFileInfo(file).fileName());
    if (!QFile::link(file, symlink) || ::link(QFile::encodeName(file).constData(), QFile::encodeName(hardLink).constData()) != 0
        || !QDir(dir.path()).mkpath(QStringLiteral("sub")))
        return {};
    return {symlink, hardLink, dir.filePath(QStringLiteral("sub/../") + QFileInfo(file).fileName())};
}

// In a child process before it runs: writes to regular files stop at `bytes`, with EFBIG
// instead of the SIGXFSZ that would kill it; what a full disk looks like to the writer.
inline void limitFileSize(rlim_t bytes)
{
    ::signal(SIGXFSZ, SIG_IGN);
    const struct rlimit limit{bytes, bytes};
    ::setrlimit(RLIMIT_FSIZE, &limit);
}
