// The report's typesetting rules, on layouts made to break at every possible place: words
// and numbers are never split, a heading or a table header is never the last thing on a page,
// a continued table repeats its header, a paragraph keeps two lines at either end of a break.
#include "io/export/reportlayout.h"

#include <QFontMetricsF>
#include <QTest>

using namespace archscope;

namespace {

const QSizeF a4(595.28, 841.89);
const QMarginsF margins(42.5, 42.5, 42.5, 56);

QList<QList<ReportLayout::Cell>> rows(int count)
{
    QList<QList<ReportLayout::Cell>> out;
    for (int i = 0; i < count; ++i)
        out.append({{QStringLiteral("Send confirmation %1").arg(i), {}, false},
                    {QStringLiteral("14,818,523"), {}, false},
                    {QStringLiteral("$1,204.50"), {}, false}});
    return out;
}

const QString longParagraph = QStringLiteral(
    "Fulfilment workers (workers) is saturated: it runs at its limit of 20 tasks for 10 % of the simulated time. "
    "Up to 15,895 events wait in its backlog. Raise its maximum size or the capacity of each unit. The queue "
    "subscribes to the topic: each message is copied into it (fan-out with buffering), and workers poll the queue "
    "and scale on its depth, at $7.41 for the week and $31.75 per 30-day month.");

} // namespace

class TestReportLayout : public QObject
{
    Q_OBJECT

private slots:
    void wrapBreaksOnlyAtSpaces()
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPixelSize(95);
        const QFontMetricsF fm(f);
        const QStringList words = longParagraph.split(' ', Qt::SkipEmptyParts);
        for (double width = 1200; width <= 6000; width += 97) {
            const QStringList lines = ReportLayout::wrap(longParagraph, fm, width);
            QVERIFY(lines.size() > 1);
            // The same words in the same order: none was split or joined.
            QCOMPARE(lines.join(' ').split(' ', Qt::SkipEmptyParts), words);
            for (const QString &line : lines) {
                QVERIFY2(fm.horizontalAdvance(line) <= width, qPrintable(line));
                // A per cent sign stays with its number.
                QVERIFY2(!line.startsWith(QLatin1Char('%')), qPrintable(line));
            }
        }
        // Only a word wider than the whole width is ever cut, and then into pieces that fit.
        const QStringList cut = ReportLayout::wrap(QStringLiteral("arn:aws:lambda:us-east-1:123456789012:function:x ok"), fm, 1000);
        QVERIFY(cut.size() > 2);
        QCOMPARE(cut.join(QString()), QStringLiteral("arn:aws:lambda:us-east-1:123456789012:function:x ok"));
        for (const QString &line : cut)
            QVERIFY(fm.horizontalAdvance(line) <= 1000);
    }

    void headingsKeepWithWhatFollowsAtEveryBreak()
    {
        int breaksSeen = 0;
        for (int filler = 0; filler < 90; filler += 1) {
            ReportLayout layout(a4, margins);
            for (int i = 0; i < filler; ++i)
                layout.paragraph(QStringLiteral("Filler line %1.").arg(i));
            layout.heading(QStringLiteral("Simulation and cost"), 2);
            layout.heading(QStringLiteral("Per node"), 3);
            layout.table({QStringLiteral("Node"), QStringLiteral("Throttled"), QStringLiteral("Cold starts")}, rows(9), {1, 2});
            layout.heading(QStringLiteral("Assumptions"), 3);
            layout.paragraph(longParagraph);
            layout.paragraph(longParagraph);
            const ReportPages &pages = layout.pages();
            breaksSeen += int(pages.size()) - 1;
            for (qsizetype p = 0; p < pages.size(); ++p) {
                const QList<ReportPiece> &page = pages[p];
                QVERIFY(!page.isEmpty());
                // Nothing runs below the body of the page.
                QVERIFY2(page.last().rect.bottom() <= a4.height() - margins.bottom() + 0.01, qPrintable(page.last().text));
                if (p + 1 < pages.size()) {
                    QVERIFY2(page.last().kind != ReportPiece::Kind::Heading,
                             qPrintable(QStringLiteral("filler %1: page %2 ends with heading %3").arg(filler).arg(p + 1).arg(page.last().text)));
                    QVERIFY(page.last().kind != ReportPiece::Kind::TableHeader);
                }
                // Rows follow a header on their own page, and a page holds two rows or none.
                int rowsHere = 0;
                bool header = false;
                for (const ReportPiece &piece : page) {
                    header = header || piece.kind == ReportPiece::Kind::TableHeader;
                    if (piece.kind == ReportPiece::Kind::TableRow) {
                        QVERIFY(header);
                        ++rowsHere;
                    }
                }
                QVERIFY2(rowsHere != 1, qPrintable(QStringLiteral("filler %1: a lone row on page %2").arg(filler).arg(p + 1)));
                // A paragraph broken across pages leaves at least two of its lines on each.
                int lines = 0;
                for (const ReportPiece &piece : page)
                    if (piece.kind == ReportPiece::Kind::Line && longParagraph.contains(piece.text))
                        ++lines;
                QVERIFY2(lines != 1, qPrintable(QStringLiteral("filler %1: a lone line on page %2").arg(filler).arg(p + 1)));
            }
        }
        // The fillers moved the break through every part of the layout.
        QVERIFY(breaksSeen > 40);
    }

    void aLongTableRepeatsItsHeader()
    {
        ReportLayout layout(a4, margins);
        layout.table({QStringLiteral("Node"), QStringLiteral("Invocations"), QStringLiteral("Cost")}, rows(120), {1, 2});
        const ReportPages &pages = layout.pages();
        QVERIFY(pages.size() >= 3);
        int rowCount = 0;
        for (const QList<ReportPiece> &page : pages) {
            QCOMPARE(page.first().kind, ReportPiece::Kind::TableHeader);
            QCOMPARE(page.first().text, QStringLiteral("Node | Invocations | Cost"));
            for (const ReportPiece &piece : page)
                rowCount += piece.kind == ReportPiece::Kind::TableRow;
        }
        QCOMPARE(rowCount, 120);
    }

    void figuresFitThePage()
    {
        // A tall figure is scaled to the page body, and is never split.
        ReportLayout layout(a4, margins);
        layout.figure(QSizeF(400, 5000), [](QPainter *, const QRectF &) {}, QStringLiteral("Tall"));
        const ReportPages &pages = layout.pages();
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages[0].size(), 1);
        QVERIFY(pages[0][0].rect.bottom() <= a4.height() - margins.bottom() + 0.01);
    }
};

QTEST_MAIN(TestReportLayout)
#include "tst_reportlayout.moc"
