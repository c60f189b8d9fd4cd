#include "filewriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace archscope {

namespace {

QString cannotWrite(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("FileWriter", "cannot write %1: %2").arg(path, reason);
}

QString osError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Writes all of `bytes` to `fd`; 0 on success, else the errno of the write that failed.
int writeAll(int fd, const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qint64 left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (n == 0)
            return EIO;  // no progress and no reason: do not spin
        data += n;
        left -= n;
    }
    return 0;
}

bool writeDirectly(const QString &path, const QByteArray &bytes, QString *error)
{
    // No O_CREAT or O_TRUNC: the file exists and is not a regular file. A FIFO blocks here until
    // a reader opens it, as a shell's redirection does.
    int fd;
    do {
        fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return fail(error, cannotWrite(path, osError(errno)));
    const int written = writeAll(fd, bytes);
    const int closed = ::close(fd) == 0 || errno == EINTR ? 0 : errno;
    if (written || closed)
        return fail(error, cannotWrite(path, osError(written ? written : closed)));
    return true;
}

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, cannotWrite(path, file.errorString()));
    // Through the descriptor, so a short write (a full disk, a file size limit) reports the
    // system's reason; QFileDevice says "Unknown error" when a write stops part way.
    if (const int code = writeAll(int(file.handle()), bytes)) {
        file.cancelWriting();
        return fail(error, cannotWrite(path, osError(code)));
    }
    if (!file.commit())
        return fail(error, cannotWrite(path, file.errorString()));
    return true;
}

} // namespace

bool FileWriter::write(const QString &path, const QByteArray &bytes, QString *error)
{
    if (path.isEmpty())
        return fail(error, QCoreApplication::translate("FileWriter", "no output file given"));
    struct stat st;
    // stat follows symbolic links, as QSaveFile does: a link to /dev/null is a device.
    if (::stat(QFile::encodeName(path).constData(), &st) == 0 && !S_ISREG(st.st_mode)) {
        if (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode))
            return writeDirectly(path, bytes, error);
        if (S_ISDIR(st.st_mode))
            return fail(error, cannotWrite(path, QCoreApplication::translate("FileWriter", "it is a folder")));
        return fail(error, cannotWrite(path, QCoreApplication::translate("FileWriter", "it is neither a regular file, a character device nor a pipe")));
    }
    return writeAtomically(path, bytes, error);
}

bool FileWriter::isSameFile(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    const QString canonical = QFileInfo(a).canonicalFilePath();
    if (!canonical.isEmpty() && canonical == QFileInfo(b).canonicalFilePath())
        return true;
    struct stat sa, sb;
    return ::stat(QFile::encodeName(a).constData(), &sa) == 0 && ::stat(QFile::encodeName(b).constData(), &sb) == 0
           && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

bool FileWriter::wouldOverwriteInput(const QString &output, const QString &input, QString *error)
{
    if (!isSameFile(output, input))
        return false;
    fail(error, QCoreApplication::translate("FileWriter", "%1 is the diagram being exported; writing there would replace it, so choose another output file")
                    .arg(output));
    return true;
}

} // namespace archscope
