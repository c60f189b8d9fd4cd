// `archscope export`: every format, the options, and the exit codes of the contract.
#include "clirunner.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString example = testsupport::examplePath("fan-out");

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private slots:
    void everyFormat()
    {
        QTemporaryDir dir;
        const QList<std::pair<QString, QByteArray>> formats{
            {"png", "\x89PNG"}, {"svg", "<?xml"},   {"pdf", "%PDF"},  {"drawio", "<?xml"}, {"mermaid", "%%"},
            {"dot", "//"},      {"sam", "# AWS SAM"}, {"csv", "tStartS,\"Whole diagram (*total*) arrivals min\","}, {"md", "# "},     {"html", "<!DOCTYPE html>"}};
        for (const auto &[format, magic] : formats) {
            const QString out = dir.filePath(QStringLiteral("out.") + format);
            const CliRun r = runCli({"export", example, "--format", format, "-o", out});
            QVERIFY2(r.exitCode == 0, qPrintable(format + ": " + r.err));
            QFile f(out);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(f.readAll().startsWith(magic), qPrintable(format));
        }
    }

    void optionsAndStdout()
    {
        QTemporaryDir dir;
        const QString one = dir.filePath(QStringLiteral("1.png")), two = dir.filePath(QStringLiteral("2.png"));
        QCOMPARE(runCli({"export", example, "--format", "png", "-o", one}).exitCode, 0);
        QCOMPARE(runCli({"export", example, "--format", "png", "--scale", "2", "--transparent", "-o", two}).exitCode, 0);
        const QImage a(one), b(two);
        QCOMPARE(b.width(), 2 * a.width());
        QCOMPARE(qAlpha(b.pixel(0, 0)), 0);
        QCOMPARE(qAlpha(a.pixel(0, 0)), 255);
        const QString pdf = dir.filePath(QStringLiteral("x.pdf"));
        QCOMPARE(runCli({"export", example, "--format", "pdf", "--page-size", "Letter", "--author", "Jane", "-o", pdf}).exitCode, 0);
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("/MediaBox [0 0 792"));  // Letter, landscape
        const CliRun r = runCli({"export", example, "--format", "mermaid", "-o", "-"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("flowchart LR"));
    }

    void badUsageExitsTwo()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("x"));
        CliRun r = runCli({"export", example, "--format", "bmp", "-o", out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("bmp"));
        QVERIFY(!QFile::exists(out));
        QCOMPARE(runCli({"export", example, "--format", "png"}).exitCode, 2);
        QCOMPARE(runCli({"export", example, "-o", out}).exitCode, 2);
        QCOMPARE(runCli({"export", example, "--format", "png", "--scale", "3", "-o", out}).exitCode, 2);
        QCOMPARE(runCli({"export", example, "--format", "pdf", "--page-size", "B5", "-o", out}).exitCode, 2);
        QCOMPARE(runCli({"export", example, "--format", "png", "--bogus", "-o", out}).exitCode, 2);
        r = runCli({"export", dir.filePath("missing.archscope"), "--format", "svg", "-o", out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("missing.archscope"), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }

    void unwritableOutputExitsTwo()
    {
        const CliRun r = runCli({"export", example, "--format", "svg", "-o", "/nonexistent-dir/out.svg"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("/nonexistent-dir/out.svg"), qPrintable(r.err));
    }

    void outOfRangeSettingsEndAtOnceWithExitOne_data()
    {
        outOfRangeSettingsRows();
    }

    void outOfRangeSettingsEndAtOnceWithExitOne()
    {
        QFETCH(QByteArray, settings);
        QFETCH(QString, named);
        QTemporaryDir dir;
        const QString path = writeSettingsFile(dir, settings);
        // Every export that simulates refuses the file, quickly, and writes nothing.
        for (const QString format : {"html", "csv", "md"}) {
            const QString out = dir.filePath("out." + format);
            QElapsedTimer timer;
            timer.start();
            const CliRun r = runCli({"export", path, "--format", format, "-o", out}, 10000);
            QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
            QVERIFY2(r.exitCode == 1, qPrintable(format + ": " + r.err));
            QVERIFY2(r.err.contains(path + ": cannot be simulated: " + named + ": "), qPrintable(r.err));
            QVERIFY(!QFile::exists(out));
        }
        // Exports that do not simulate are not held back by the simulation's settings.
        for (const QStringList &extra : {QStringList{"--format", "dot"}, QStringList{"--format", "html", "--no-simulation"}}) {
            const CliRun r = runCli(QStringList{"export", path, "-o", dir.filePath("other")} + extra, 10000);
            QVERIFY2(r.exitCode == 0, qPrintable(extra.join(' ') + ": " + r.err));
        }
    }

    void helpListsExport()
    {
        const CliRun r = runCli({"--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("archscope export FILE --format FMT -o OUT"));
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
