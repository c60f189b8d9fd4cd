// Writes that must not clobber (issue 17): devices and pipes are written through, never
// replaced; an export never replaces its own input; a failed write, to a file or to standard
// output, exits 2 and says why.
#include "clirunner.h"
#include "specialfiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <thread>

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace {

const QString example = QStringLiteral(ARCHSCOPE_SOURCE_DIR "/resources/examples/fan-out.archscope");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString systemReason(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

// Runs the CLI with `args` while a thread reads `fifo`; `received` gets what came through. The
// reading end is opened first and holds the FIFO itself: the CLI's open does not wait, and
// nothing here waits for ever should the CLI replace the FIFO instead of writing into it.
CliRun runReadingFifo(const QStringList &args, const QString &fifo, QByteArray *received)
{
    const int fd = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
    if (fd < 0)
        return {};
    std::atomic<bool> finished{false};
    std::thread reader([&] {
        char buffer[65536];
        for (;;) {
            // Read after looking at the flag: what was written before the CLI ended is not lost.
            const bool last = finished.load();
            ssize_t n;
            while ((n = ::read(fd, buffer, sizeof buffer)) > 0)
                received->append(buffer, n);
            if (last)
                break;
            pollfd ready{fd, POLLIN, 0};
            ::poll(&ready, 1, 20);
        }
    });
    const CliRun run = runCli(args);
    finished = true;
    reader.join();
    ::close(fd);
    return run;
}

} // namespace

class TestCliWrites : public QObject
{
    Q_OBJECT

private slots:
    void exportAndCsvGoThroughAFifo()
    {
        QTemporaryDir dir;
        const QString fifo = makeFifo(dir, QStringLiteral("pipe"));
        QVERIFY(!fifo.isEmpty());
        QByteArray received;
        CliRun r = runReadingFifo({"export", example, "--format", "dot", "-o", fifo}, fifo, &received);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(fileType(fifo), FileType::Fifo);
        QVERIFY2(received.startsWith("// Exported from Archscope"), received.left(80).constData());

        received.clear();
        r = runReadingFifo({"simulate", example, "--csv", fifo}, fifo, &received);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(fileType(fifo), FileType::Fifo);
        QVERIFY2(received.startsWith("tStartS,"), received.left(80).constData());
        QVERIFY(received.size() > 65536);  // more than a pipe holds: written while it was read
    }

    void devicesAreWrittenNotReplaced()
    {
        QTemporaryDir dir;
        const QString full = memoryDevice(dir, QStringLiteral("full"), 7);
        const QString null = memoryDevice(dir, QStringLiteral("null"), 3);
        if (full.isEmpty() || null.isEmpty())
            QSKIP("no memory devices to write to");
        QCOMPARE(fileType(full), FileType::CharDevice);
        QCOMPARE(fileType(null), FileType::CharDevice);

        CliRun r = runCli({"export", example, "--format", "svg", "-o", full});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(full) && r.err.contains(systemReason(ENOSPC)), qPrintable(r.err));
        QCOMPARE(fileType(full), FileType::CharDevice);

        r = runCli({"simulate", example, "--csv", full});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(full) && r.err.contains(systemReason(ENOSPC)), qPrintable(r.err));
        QCOMPARE(fileType(full), FileType::CharDevice);

        r = runCli({"export", example, "--format", "png", "-o", null});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(fileType(null), FileType::CharDevice);
        r = runCli({"simulate", example, "--csv", null});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(fileType(null), FileType::CharDevice);
    }

    void anExportNeverReplacesItsInput()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("d.archscope"));
        QVERIFY(QFile::copy(example, input));
        const QByteArray original = readAll(input);
        const QStringList names = otherNamesOf(dir, input);
        QCOMPARE(names.size(), 3);

        for (const QString &output : QStringList{input} + names) {
            CliRun r = runCli({"export", input, "--format", "dot", "-o", output});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(output) && r.err.contains(QLatin1String("diagram being exported")), qPrintable(r.err));
            QCOMPARE(readAll(input), original);
            r = runCli({"simulate", input, "--csv", output});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(QLatin1String("diagram being exported")), qPrintable(r.err));
            QCOMPARE(readAll(input), original);
        }
        QCOMPARE(fileType(names.first()), FileType::SymLink);
        // Another file is fine.
        const QString other = dir.filePath(QStringLiteral("d.dot"));
        const CliRun r = runCli({"export", input, "--format", "dot", "-o", other});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(readAll(other).startsWith("//"));
    }

    void aFailedWriteToStandardOutputIsAnError_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("simulate --json") << QStringList{"simulate", example, "--json"};
        QTest::newRow("simulate") << QStringList{"simulate", example};
        QTest::newRow("validate") << QStringList{"validate", example};
        QTest::newRow("recommend") << QStringList{"recommend", "--answer", "state=stateless"};
        QTest::newRow("recommend --json") << QStringList{"recommend", "--json"};
        QTest::newRow("questions") << QStringList{"questions"};
        QTest::newRow("questions --json") << QStringList{"questions", "--json"};
        QTest::newRow("export -o -") << QStringList{"export", example, "--format", "png", "-o", "-"};
        QTest::newRow("--help") << QStringList{"--help"};
    }

    void aFailedWriteToStandardOutputIsAnError()
    {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        const QString full = memoryDevice(dir, QStringLiteral("full"), 7);
        if (full.isEmpty())
            QSKIP("no full device for standard output");
        QCOMPARE(runCli(args).exitCode, 0);  // each succeeds when its output can be written
        const CliRun r = runCli(args, 120000, [&](QProcess &p) { p.setStandardOutputFile(full); });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("cannot write to standard output")), qPrintable(r.err));
        QVERIFY2(r.err.contains(systemReason(ENOSPC)), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1String("standard output")), 1);  // said once
        QCOMPARE(fileType(full), FileType::CharDevice);
    }

    // A disk that fills part way through an HTML report: the message names the file and the
    // system's reason (not "Unknown error"), and the previous file is left as it was.
    void aFullDiskSaysWhatFailed()
    {
        QTemporaryDir dir;
        const QString out = writeTestFile(dir, QStringLiteral("review.html"), "previous report");
        const CliRun r = runCli({"export", example, "--format", "html", "--no-simulation", "-o", out}, 120000,
                                [](QProcess &p) { p.setChildProcessModifier([] { limitFileSize(16 * 1024); }); });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(out) && r.err.contains(systemReason(EFBIG)), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("Unknown error")), qPrintable(r.err));
        QCOMPARE(readAll(out), QByteArray("previous report"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("review.html")});
    }
};

QTEST_GUILESS_MAIN(TestCliWrites)
#include "tst_cli_writes.moc"
