#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The CLI must not need a display.
    env.remove("DISPLAY");
    env.remove("WAYLAND_DISPLAY");
    env.remove("QT_QPA_PLATFORM");
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ARCHSCOPE_BINARY), args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(content);
    return path;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void helpAndVersion()
    {
        Run r = run({"--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("archscope validate FILE"));
        r = run({"--version"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("archscope 0."));
    }

    void validExamplesPass()
    {
        QDir dir(QStringLiteral(ARCHSCOPE_SOURCE_DIR "/resources/examples"));
        const QStringList files = dir.entryList({"*.archscope"});
        QVERIFY(files.size() >= 5);
        for (const QString &f : files) {
            const Run r = run({"validate", dir.filePath(f)});
            QVERIFY2(r.exitCode == 0, qPrintable(f + ": " + r.out + r.err));
        }
    }

    void problemsExitOne()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "bad.archscope",
            "{\"format\":\"archscope\",\"version\":1,\"nodes\":[{\"id\":\"t\",\"kind\":\"dynamodb\"},"
            "{\"id\":\"f\",\"kind\":\"lambda\",\"props\":{\"memoryMb\":99999}}],"
            "\"edges\":[{\"id\":\"e1\",\"from\":\"t\",\"to\":\"f\"}]}");
        const Run r = run({"validate", path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("enable the table's stream"), qPrintable(r.out));
        QVERIFY(r.out.contains("/nodes/1/props/memoryMb"));
    }

    void warningsDoNotChangeTheExitCode()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "warn.archscope",
            "{\"format\":\"archscope\",\"version\":1,\"nodes\":[{\"id\":\"f\",\"kind\":\"fargate\"}]}");
        const Run r = run({"validate", path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("warning:"));
    }

    void unloadableFileExitsTwoWithItsError()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "future.archscope", "{\"format\":\"archscope\",\"version\":9}");
        Run r = run({"validate", path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("newer Archscope"));
        r = run({"validate", dir.filePath("missing.archscope")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }

    void unknownCommandAndMissingArgument()
    {
        QCOMPARE(run({"validate"}).exitCode, 2);
        // Not a command: the GUI would start, and without a display it says what it needs.
        const Run r = run({"frobnicate"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("xvfb-run"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
