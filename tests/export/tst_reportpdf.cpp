#include "catalog/catalog.h"
#include "io/export/exportregistry.h"
#include "io/archscopeformat.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace archscope;

class TestReportPdf : public QObject
{
    Q_OBJECT

private slots:
    void reportAsPdfHoldsTheReview()
    {
        DocumentData data;
        QString error;
        QVERIFY(ArchscopeFormat::readFile(QStringLiteral(ARCHSCOPE_SOURCE_DIR "/resources/examples/fan-out.archscope"),
                                          Catalog::builtin(), &data, &error));
        data.decision.answers.set("traffic", "event_driven");
        ExportOptions options;
        options.catalog = &Catalog::builtin();
        options.author = "Review Board";
        QTemporaryDir dir;
        const QString path = dir.filePath("review.pdf");
        QVERIFY2(exportDiagram("report-pdf", data, options, path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));

        // Read it back with poppler, which did not write it.
        if (QStandardPaths::findExecutable("pdftotext").isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QProcess p;
        p.start("pdftotext", {"-layout", path, "-"});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains("Order events fan-out"), qPrintable(text.left(500)));
        QVERIFY(text.contains("Create invoice"));
        QVERIFY(text.contains("Review Board"));
        QProcess info;
        info.start("pdfinfo", {path});
        QVERIFY(info.waitForFinished(30000));
        const QString pages = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(!pages.contains(QRegularExpression("Pages:\\s+1\\n")), "the report should paginate onto several pages");
    }
};

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
