// The review report as PDF, read back with poppler (which did not write it): every node label
// and every money figure whole, no raster image, no heading at the foot of a page, table
// headers that do not run into each other.
#include "exportsupport.h"

#include "io/export/diagramfacts.h"
#include "io/export/exportregistry.h"
#include "io/export/reportwriter.h"
#include "io/export/simulationexport.h"
#include "text/money.h"
#include "text/numbers.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace testsupport;

namespace {

// pdftotext's reading of `path` (pages `first`..`last`, 0 for all), or a null string.
QString pdfText(const QString &path, const QStringList &mode, int first = 0, int last = 0)
{
    QStringList args = mode;
    if (first > 0)
        args << "-f" << QString::number(first) << "-l" << QString::number(last);
    args << path << "-";
    QProcess p;
    p.start("pdftotext", args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString collapsed(const QString &text)
{
    return text.simplified();
}

// The text's words, with the punctuation prose puts around a figure taken off.
QSet<QString> tokens(const QString &text)
{
    QSet<QString> out;
    static const QRegularExpression edges(QStringLiteral("^[(\"“]+|[.,;:)\"”]+$"));
    for (QString w : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        out.insert(w);
        out.insert(w.remove(edges));
    }
    return out;
}

} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable("pdftotext").isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
    }

    void reportAsPdfHoldsTheReview()
    {
        DocumentData data = loadExample("fan-out");
        QString error;
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
        const QString text = pdfText(path, {"-layout"});
        QVERIFY2(text.contains("Order events fan-out"), qPrintable(text.left(500)));
        QVERIFY(text.contains("Create invoice"));
        QVERIFY(text.contains("Review Board"));
        QVERIFY(text.contains("Compute choice"));
        QProcess info;
        info.start("pdfinfo", {path});
        QVERIFY(info.waitForFinished(30000));
        const QString pages = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(!pages.contains(QRegularExpression("Pages:\\s+1\\n")), "the report should paginate onto several pages");
    }

    // The simulation's tables name the metrics as CloudWatch does, with each node's figures:
    // peak ConcurrentExecutions, Throttles, Duration, p99 latency and the age of what waits.
    void simulationSpeaksCloudWatch()
    {
        for (const char *example : {"clickstream", "rest-api"}) {
            const DocumentData d = loadExample(example);
            QTemporaryDir dir;
            const QString file = dir.filePath("review.pdf");
            QString error;
            QVERIFY2(exportDiagram("report-pdf", d, ExportOptions(), file, &error), qPrintable(error));
            const QString text = collapsed(pdfText(file, {"-raw"}));
            for (const char *name : {"Peak ConcurrentExecutions (Maximum per minute)", "Throttles", "Duration p50 / p99 (with init)",
                                     "End-to-end latency p99"})
                QVERIFY2(text.contains(QLatin1String(name)), qPrintable(QStringLiteral("%1: %2").arg(example, name)));
            SimulationResults r;
            QVERIFY2(SimulationExport::simulate(d, ExportOptions(), &r, &error), qPrintable(error));
            int ages = 0;
            for (const auto &n : r.nodes) {
                if (n.duration.count > 0) {
                    const QString duration = numbers::duration(n.duration.p50S) + " / " + numbers::duration(n.duration.p99S);
                    QVERIFY2(text.contains(duration), qPrintable(n.id + ": " + duration));
                }
                if (n.latency.count > 0)
                    QVERIFY2(text.contains(numbers::duration(n.latency.p99S)), qPrintable(n.id));
                for (const auto &age : n.ages()) {
                    ++ages;
                    const QString cell = QString(age.metric) + ' ' + numbers::duration(age.seconds);
                    QVERIFY2(text.contains(cell), qPrintable(n.id + ": " + cell));
                }
            }
            // The stream and the function reading it have an IteratorAge; the API has none.
            QCOMPARE(ages, QLatin1String(example) == QLatin1String("clickstream") ? 2 : 0);
        }
    }

    void everyExampleReadsWhole_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : examplePaths())
            QTest::newRow(qPrintable(QFileInfo(path).completeBaseName())) << path;
    }

    void everyExampleReadsWhole()
    {
        QFETCH(QString, path);
        const DocumentData d = loadFile(path);
        QTemporaryDir dir;
        const QString file = dir.filePath("review.pdf");
        QString error;
        QVERIFY2(exportDiagram("report-pdf", d, ExportOptions(), file, &error), qPrintable(error));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();

        // Vector all the way: the diagram, its icons and the chart are paths, not images.
        QCOMPARE(pdfImageCount(pdf), 0);

        // In drawing order, every node label reads whole (a label wrapped in a cell is still
        // its words in order).
        const QString raw = collapsed(pdfText(file, {"-raw"}));
        QVERIFY(!raw.isEmpty());
        for (const Node &n : d.nodes) {
            const QString label = collapsed(diagramfacts::displayLabel(n, Catalog::builtin()));
            QVERIFY2(raw.contains(label), qPrintable(label));
        }
        // Every amount the report gives, whole, as its own word.
        SimulationResults r;
        QVERIFY2(SimulationExport::simulate(d, ExportOptions(), &r, &error), qPrintable(error));
        const QSet<QString> words = tokens(pdfText(file, {}));
        QStringList figures{money::usd(r.totalCostUsd), money::usd(r.monthlyProjectionUsd)};
        const double toMonth = SimulationResults::monthS / r.horizonS;
        for (const auto &n : r.nodes) {
            figures << money::usd(n.costUsd);
            for (const auto &item : n.items)
                figures << money::usd(item.usd) << money::usd(item.usd * toMonth);
        }
        for (const QString &figure : figures)
            QVERIFY2(words.contains(figure), qPrintable(figure));
    }

    void headingsAreNeverLastOnAPage_data()
    {
        everyExampleReadsWhole_data();
    }

    void headingsAreNeverLastOnAPage()
    {
        QFETCH(QString, path);
        const DocumentData d = loadFile(path);
        // The layout's own page breaks, for the report as the export writes it.
        ExportOptions o;
        SimulationResults r;
        QString error;
        QVERIFY2(SimulationExport::simulate(d, o, &r, &error), qPrintable(error));
        o.reportSections.append(SimulationExport::reportSection(r));
        QByteArray pdf;
        ReportPages pages;
        QVERIFY2(ReportWriter::writePdf(d, o, &pdf, &error, {}, &pages), qPrintable(error));
        QVERIFY(pages.size() >= 2);
        QTemporaryDir dir;
        const QString file = dir.filePath("review.pdf");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(pdf);
        f.close();
        QSet<QString> headings;
        for (const auto &page : pages)
            for (const ReportPiece &piece : page)
                if (piece.kind == ReportPiece::Kind::Heading)
                    headings.insert(collapsed(piece.text));
        QVERIFY(headings.contains("Open problems"));
        for (qsizetype p = 0; p < pages.size(); ++p) {
            const ReportPiece::Kind last = pages[p].last().kind;
            if (p + 1 < pages.size())
                QVERIFY2(last != ReportPiece::Kind::Heading && last != ReportPiece::Kind::TableHeader,
                         qPrintable(pages[p].last().text));
            // And as poppler reads the page: the last line above the page number is no heading.
            QStringList lines = pdfText(file, {"-layout"}, int(p + 1), int(p + 1)).split('\n');
            while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
                lines.removeLast();
            QVERIFY(lines.size() >= 2);
            QVERIFY2(lines.last().contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages.size())), qPrintable(lines.last()));
            lines.removeLast();
            while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
                lines.removeLast();
            if (p + 1 < pages.size())
                QVERIFY2(!headings.contains(collapsed(lines.last())), qPrintable(lines.last()));
            // Table headers are set apart: each of their words reads whole on the page.
            const QSet<QString> words = tokens(pdfText(file, {}, int(p + 1), int(p + 1)));
            for (const ReportPiece &piece : pages[p]) {
                if (piece.kind != ReportPiece::Kind::TableHeader)
                    continue;
                for (const QString &word : piece.text.split(QRegularExpression("[ |]+"), Qt::SkipEmptyParts))
                    QVERIFY2(words.contains(word), qPrintable(word + " in " + piece.text));
            }
        }
    }
};

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
