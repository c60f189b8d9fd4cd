// `archscope export`: every format, the options, and the exit codes of the contract.
#include "clirunner.h"
#include "testsupport.h"

#include <QDir>
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
            {"dot", "//"},      {"sam", "# AWS SAM"}, {"csv", "tStartS,node,label,series"}, {"md", "# "},     {"html", "<!DOCTYPE html>"}};
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

    void helpListsExport()
    {
        const CliRun r = runCli({"--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("archscope export FILE --format FMT -o OUT"));
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
