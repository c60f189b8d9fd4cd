// FileWriter: regular files atomically, devices and pipes written through (never replaced),
// the system's reason on failure, and an input file recognised however it is named.
#include "../cli/specialfiles.h"

#include "io/archscopeformat.h"
#include "io/filewriter.h"
#include "model/documentdata.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace archscope;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString systemReason(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

// Writes `bytes` to `path` in a child process whose files may not grow past `limit` bytes
// (what a full disk looks like); returns the error FileWriter gave, "" when it succeeded.
QString writeWithFileSizeLimit(const QString &path, const QByteArray &bytes, rlim_t limit)
{
    int fds[2];
    if (::pipe(fds) != 0)
        return QStringLiteral("pipe failed");
    const pid_t child = ::fork();
    if (child == 0) {
        ::close(fds[0]);
        limitFileSize(limit);
        QString error;
        const QByteArray message = FileWriter::write(path, bytes, &error) ? QByteArray() : error.toUtf8();
        [[maybe_unused]] const ssize_t n = ::write(fds[1], message.constData(), size_t(message.size()));
        ::_exit(0);
    }
    ::close(fds[1]);
    QByteArray message;
    char buffer[4096];
    ssize_t n;
    while ((n = ::read(fds[0], buffer, sizeof buffer)) > 0)
        message.append(buffer, n);
    ::close(fds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    return QString::fromUtf8(message);
}

} // namespace

class TestFileWriter : public QObject
{
    Q_OBJECT

private slots:
    void writesAndReplacesRegularFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.txt"));
        QString error;
        QVERIFY2(FileWriter::write(path, "first", &error), qPrintable(error));
        QVERIFY2(FileWriter::write(path, "second", &error), qPrintable(error));
        QCOMPARE(readAll(path), QByteArray("second"));
        QCOMPARE(fileType(path), FileType::Regular);
        QVERIFY(!FileWriter::write(QString(), "x", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!FileWriter::write(dir.path(), "x", &error));
        QVERIFY2(error.contains(dir.path()), qPrintable(error));
    }

    // A full disk part way through: the old file stays whole, no temporary file is left behind,
    // and the message names the file and the system's reason, not "Unknown error".
    void aFullDiskLeavesTheOldFileAndSaysWhy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.html"));
        QVERIFY(FileWriter::write(path, "previous content", nullptr));
        const QByteArray big(256 * 1024, 'x');
        const QString error = writeWithFileSizeLimit(path, big, 64 * 1024);
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(systemReason(EFBIG)), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("Unknown error")), qPrintable(error));
        QCOMPARE(readAll(path), QByteArray("previous content"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("report.html")});
    }

    void writesThroughAFifoWithoutReplacingIt()
    {
        QTemporaryDir dir;
        const QString fifo = makeFifo(dir, QStringLiteral("pipe"));
        QVERIFY(!fifo.isEmpty());
        const QString link = dir.filePath(QStringLiteral("link"));
        QVERIFY(QFile::link(fifo, link));
        // A reader first, or opening the FIFO for writing waits for one.
        const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
        QVERIFY(reader >= 0);
        QString error;
        QVERIFY2(FileWriter::write(fifo, "through the pipe\n", &error), qPrintable(error));
        QVERIFY2(FileWriter::write(link, "and through a link\n", &error), qPrintable(error));
        QCOMPARE(fileType(fifo), FileType::Fifo);
        QCOMPARE(fileType(link), FileType::SymLink);
        char buffer[256];
        const ssize_t n = ::read(reader, buffer, sizeof buffer);
        ::close(reader);
        QCOMPARE(QByteArray(buffer, int(n)), QByteArray("through the pipe\nand through a link\n"));
    }

    // Saving a diagram (File → Save, autosave) goes through the same writer.
    void savingADiagramToAFifoKeepsTheFifo()
    {
        QTemporaryDir dir;
        const QString fifo = makeFifo(dir, QStringLiteral("diagram.archscope"));
        QVERIFY(!fifo.isEmpty());
        const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
        QVERIFY(reader >= 0);
        DocumentData data;
        data.title = QStringLiteral("Piped");
        QString error;
        QVERIFY2(ArchscopeFormat::writeFile(fifo, data, &error), qPrintable(error));
        QCOMPARE(fileType(fifo), FileType::Fifo);
        QByteArray bytes(4096, '\0');
        bytes.resize(::read(reader, bytes.data(), size_t(bytes.size())));
        ::close(reader);
        QCOMPARE(bytes, ArchscopeFormat::write(data));
    }

    void aFullDeviceFailsWithTheReasonAndStaysADevice()
    {
        QTemporaryDir dir;
        const QString full = memoryDevice(dir, QStringLiteral("full"), 7);
        if (full.isEmpty())
            QSKIP("no character device that is full");
        QCOMPARE(fileType(full), FileType::CharDevice);
        QString error;
        QVERIFY(!FileWriter::write(full, QByteArray(100, 'x'), &error));
        QCOMPARE(fileType(full), FileType::CharDevice);
        QVERIFY2(error.contains(full) && error.contains(systemReason(ENOSPC)), qPrintable(error));

        const QString null = memoryDevice(dir, QStringLiteral("null"), 3);
        QVERIFY(!null.isEmpty());
        QVERIFY2(FileWriter::write(null, "gone", &error), qPrintable(error));
        QCOMPARE(fileType(null), FileType::CharDevice);
    }

    void recognisesTheSameFileUnderOtherNames()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("d.archscope"));
        QVERIFY(FileWriter::write(file, "{}", nullptr));
        const QStringList names = otherNamesOf(dir, file);
        QCOMPARE(names.size(), 3);
        const QString other = dir.filePath(QStringLiteral("other.archscope"));
        QVERIFY(FileWriter::write(other, "{}", nullptr));

        for (const QString &same : QStringList{file} + names) {
            QVERIFY2(FileWriter::isSameFile(same, file), qPrintable(same));
            QString error;
            QVERIFY(FileWriter::wouldOverwriteInput(same, file, &error));
            QVERIFY2(error.contains(same), qPrintable(error));
        }
        QVERIFY(!FileWriter::isSameFile(other, file));
        QVERIFY(!FileWriter::isSameFile(dir.filePath(QStringLiteral("missing")), file));
        QVERIFY(!FileWriter::isSameFile(file, QString()));
        QString error;
        QVERIFY(!FileWriter::wouldOverwriteInput(other, file, &error));
        QVERIFY(error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFileWriter)
#include "tst_filewriter.moc"
