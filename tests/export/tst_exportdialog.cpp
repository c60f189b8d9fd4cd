// File → Export: format choice, per-format options, live preview, export through the registry.
#include "testsupport.h"

#include "export/exportdialog.h"

#include <QComboBox>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace testsupport;

class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void previewFollowsTheFormat()
    {
        ExportDialog dialog(loadExample("fan-out"), Catalog::builtin());
        for (const QString &f : {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}) {
            dialog.setFormat(f);
            QCOMPARE(dialog.format(), f);
            QVERIFY2(!dialog.previewImage().isNull(), qPrintable(f));
        }
        dialog.setFormat(QStringLiteral("mermaid"));
        QVERIFY(dialog.previewText().contains(QLatin1String("flowchart LR")));
        dialog.setFormat(QStringLiteral("sam"));
        QVERIFY(dialog.previewText().contains(QLatin1String("AWS::Serverless::Function")));
        dialog.setFormat(QStringLiteral("drawio"));
        QVERIFY(dialog.previewText().contains(QLatin1String("<mxfile")));
    }

    void optionsReachTheExport()
    {
        DocumentData d;
        d.title = QStringLiteral("Tiny");
        d.nodes = {node("f", "lambda")};
        ExportDialog dialog(d, Catalog::builtin());
        dialog.setFormat(QStringLiteral("png"));
        const QList<QComboBox *> combos = dialog.findChildren<QComboBox *>();
        QVERIFY(combos.size() >= 3);
        combos[1]->setCurrentIndex(1);  // scale 2×
        QCOMPARE(dialog.options().scale, 2.0);
        dialog.setAuthor(QStringLiteral("Ada"));
        QCOMPARE(dialog.options().author, QStringLiteral("Ada"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tiny.png"));
        QString error;
        QVERIFY2(dialog.exportTo(path, &error), qPrintable(error));
        QImage img(path);
        QCOMPARE(img.width(), 2 * (192 + 48));
        QVERIFY(!dialog.exportTo(QStringLiteral("/nonexistent-dir/tiny.png"), &error));
        QVERIFY2(error.startsWith(QLatin1String("cannot write /nonexistent-dir/tiny.png")), qPrintable(error));
    }

    // The diagram's own file is never the export's target, under any of its names.
    void refusesToExportOverTheDiagram()
    {
        QTemporaryDir dir;
        const QString diagram = dir.filePath(QStringLiteral("d.archscope"));
        QVERIFY(QFile::copy(QStringLiteral(ARCHSCOPE_SOURCE_DIR "/resources/examples/fan-out.archscope"), diagram));
        QFile original(diagram);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray bytes = original.readAll();
        original.close();
        const QString link = dir.filePath(QStringLiteral("d.dot"));
        QVERIFY(QFile::link(diagram, link));
        DocumentData d;
        QString error;
        QVERIFY(ArchscopeFormat::readFile(diagram, Catalog::builtin(), &d, &error));
        ExportDialog dialog(d, Catalog::builtin());
        dialog.setSourcePath(diagram);
        dialog.setFormat(QStringLiteral("dot"));
        for (const QString &target : {diagram, link}) {
            QVERIFY(!dialog.exportTo(target, &error));
            QVERIFY2(error.contains(target) && error.contains(QLatin1String("diagram being exported")), qPrintable(error));
            QVERIFY(original.open(QIODevice::ReadOnly));
            QCOMPARE(original.readAll(), bytes);
            original.close();
        }
        QVERIFY2(dialog.exportTo(dir.filePath(QStringLiteral("other.dot")), &error), qPrintable(error));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
