// The command line in-process, linked without Qt Widgets (see tests/layers): every export
// format and the simulation run on the application object Cli::createApplication gives.
#include "cli.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace archscope;

class TestHeadlessCli : public QObject
{
    Q_OBJECT

    static QString example() { return QStringLiteral(ARCHSCOPE_SOURCE_DIR "/resources/examples/fan-out.archscope"); }

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void exportsRunOnAGuiApplicationThatIsNotAWidgetOne()
    {
        QVERIFY(qobject_cast<QGuiApplication *>(QCoreApplication::instance()));
        QVERIFY(!QCoreApplication::instance()->inherits("QApplication"));
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("offscreen"));
    }

    void everyFormatExports_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("marker");
        QTest::newRow("png") << "png" << QByteArray("\x89PNG\r\n");
        QTest::newRow("svg") << "svg" << QByteArray("<svg");
        QTest::newRow("pdf") << "pdf" << QByteArray("%PDF-");
        QTest::newRow("drawio") << "drawio" << QByteArray("<mxfile");
        QTest::newRow("mermaid") << "mermaid" << QByteArray("flowchart LR");
        QTest::newRow("dot") << "dot" << QByteArray("digraph");
        QTest::newRow("sam") << "sam" << QByteArray("AWS::Serverless::Function");
        QTest::newRow("csv") << "csv" << QByteArray("tStartS");
        QTest::newRow("md") << "md" << QByteArray("# ");
        QTest::newRow("html") << "html" << QByteArray("<!DOCTYPE html>");
    }

    void everyFormatExports()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, marker);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.") + format);
        QCOMPARE(Cli::run({QStringLiteral("export"), example(), QStringLiteral("--format"), format, QStringLiteral("-o"), out}), 0);
        const QByteArray bytes = read(out);
        QVERIFY2(bytes.contains(marker), qPrintable(QString::fromUtf8(bytes.left(200))));
    }

    void simulateWritesItsSeries()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("series.csv"));
        QCOMPARE(Cli::run({QStringLiteral("simulate"), example(), QStringLiteral("--horizon"), QStringLiteral("1d"),
                           QStringLiteral("--csv"), csv}), 0);
        const QByteArray bytes = read(csv);
        QVERIFY(bytes.startsWith("tStartS"));
        QVERIFY(bytes.count('\n') > 24);  // a day in buckets of at most an hour
    }
};

int main(int argc, char **argv)
{
    // The same choice of application object as `archscope export` makes in main.cpp.
    const std::unique_ptr<QCoreApplication> app = Cli::createApplication(argc, argv, {QStringLiteral("export")});
    TestHeadlessCli test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_headlesscli.moc"
