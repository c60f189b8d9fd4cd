#include <QDir>
#include <QFile>
#include "clirunner.h"
#include "testsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void helpAndVersion()
    {
        CliRun r = runCli({"--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("archscope validate FILE"));
        r = runCli({"--version"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("archscope 0."));
    }

    void validExamplesPass()
    {
        const QStringList files = testsupport::examplePaths();
        QVERIFY(files.size() >= 5);
        for (const QString &f : files) {
            const CliRun r = runCli({"validate", f});
            QVERIFY2(r.exitCode == 0, qPrintable(f + ": " + r.out + r.err));
        }
    }

    void problemsExitOne()
    {
        QTemporaryDir dir;
        const QString path = writeTestFile(dir, "bad.archscope",
            "{\"format\":\"archscope\",\"version\":1,\"nodes\":[{\"id\":\"t\",\"kind\":\"dynamodb\"},"
            "{\"id\":\"f\",\"kind\":\"lambda\",\"props\":{\"memoryMb\":99999}}],"
            "\"edges\":[{\"id\":\"e1\",\"from\":\"t\",\"to\":\"f\"}]}");
        const CliRun r = runCli({"validate", path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("enable the table's stream"), qPrintable(r.out));
        QVERIFY(r.out.contains("/nodes/1/props/memoryMb"));
    }

    void wireKindsComeFromThePair()
    {
        QTemporaryDir dir;
        // A function writing to a table: no kind needed.
        const QString write = writeTestFile(dir, "write.archscope",
            "{\"format\":\"archscope\",\"version\":1,\"nodes\":[{\"id\":\"q\",\"kind\":\"sqs\"},"
            "{\"id\":\"fn\",\"kind\":\"lambda\"},{\"id\":\"table\",\"kind\":\"dynamodb\"}],"
            "\"edges\":[{\"id\":\"t\",\"from\":\"q\",\"to\":\"fn\"},{\"id\":\"w\",\"from\":\"fn\",\"to\":\"table\"}]}");
        CliRun r = runCli({"validate", write});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        // A function to a queue may be a write or its failure route: the file must say which.
        const QString either = writeTestFile(dir, "either.archscope",
            "{\"format\":\"archscope\",\"version\":1,\"nodes\":[{\"id\":\"fn\",\"kind\":\"lambda\"},"
            "{\"id\":\"dlq\",\"kind\":\"sqs\"}],\"edges\":[{\"id\":\"w\",\"from\":\"fn\",\"to\":\"dlq\"}]}");
        r = runCli({"validate", either});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("/edges/0/kind: a wire from Lambda to SQS can be “write” or “failure”"), qPrintable(r.err));
    }

    void warningsDoNotChangeTheExitCode()
    {
        QTemporaryDir dir;
        const QString path = writeTestFile(dir, "warn.archscope",
            "{\"format\":\"archscope\",\"version\":1,\"nodes\":[{\"id\":\"f\",\"kind\":\"fargate\"}]}");
        const CliRun r = runCli({"validate", path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("warning:"));
    }

    void saturationWarnsWithoutFailing()
    {
        // The fan-out example's fleet is full in the bursts: a warning from the run, exit 0.
        CliRun r = runCli({"validate", testsupport::examplePath("fan-out")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("warning: Fulfilment workers (workers) is saturated"), qPrintable(r.out));
        // An error still fails, and the run's warnings are listed beside it.
        QTemporaryDir dir;
        QFile in(testsupport::examplePath("fan-out"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QString path = writeTestFile(dir, "bad.archscope",
            QString::fromUtf8(in.readAll()).replace("\"memoryGb\": 2", "\"memoryGb\": 9999").toUtf8());
        r = runCli({"validate", path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("is saturated"), qPrintable(r.out));
    }

    void unloadableFileExitsTwoWithItsError()
    {
        QTemporaryDir dir;
        const QString path = writeTestFile(dir, "future.archscope", "{\"format\":\"archscope\",\"version\":9}");
        CliRun r = runCli({"validate", path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("newer Archscope"));
        r = runCli({"validate", dir.filePath("missing.archscope")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("cannot open " + dir.filePath("missing.archscope")), qPrintable(r.err));
    }

    void unknownCommandAndMissingArgument()
    {
        QCOMPARE(runCli({"validate"}).exitCode, 2);
        // Not a command: the GUI would start, and without a display it says what it needs.
        const CliRun r = runCli({"frobnicate"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("xvfb-run"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
