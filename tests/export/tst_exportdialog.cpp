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
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
