// The review report: self-contained HTML, Markdown, the built-in sections and the extension
// point for questionnaire and simulation sections.
#include "exportsupport.h"

#include "decision/answers.h"
#include "io/export/reportsection.h"
#include "model/documentdata.h"
#include "io/export/simulationexport.h"
#include "text/money.h"

#include <QFontMetricsF>
#include <QRegularExpression>
#include <QTextDocumentFragment>
#include <QTest>

using namespace testsupport;

namespace {

// What a simulation section would write: a table, a note and a chart.
class FakeCostSection : public ReportSection
{
public:
    QString title() const override { return QStringLiteral("Cost <per> month"); }
    void write(ReportBuilder *out) const override
    {
        out->paragraph(QStringLiteral("Thirty days of \"spiky\" traffic."));
        out->table({QStringLiteral("Node"), QStringLiteral("USD")}, {{QStringLiteral("Create invoice"), QStringLiteral("12.34")}}, {1});
        out->note(QStringLiteral("Prices are list prices."));
        out->bulletList({QStringLiteral("one"), QStringLiteral("<two>")});
        out->svgFigure("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>",
                       QStringLiteral("Concurrency"));
        out->svgFigure("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", QStringLiteral("Hostile"));
    }
};

} // namespace

class TestReportExport : public QObject
{
    Q_OBJECT

private slots:
    void htmlIsSelfContained()
    {
        const DocumentData d = loadExample("fan-out");
        ExportOptions o;
        o.author = QStringLiteral("Jane Reviewer");
        const QString html = QString::fromUtf8(render(QStringLiteral("html"), d, o));
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(html.contains(QLatin1String("<meta charset=\"utf-8\">")));
        // The diagram inline, no external references of any kind.
        // The diagram and the simulation's concurrency chart.
        QCOMPARE(html.count(QLatin1String("<svg")), 2);
        QVERIFY(html.contains(QLatin1String("<h2>Simulation and cost</h2>")));
        QVERIFY(html.contains(QLatin1String("<th class=\"num\">Per 30-day month</th>")));
        QVERIFY(html.contains(QLatin1String("Monthly projection: $")));
        // Every amount as money::usd writes it.
        SimulationResults r;
        QString error;
        QVERIFY2(SimulationExport::simulate(d, o, &r, &error), qPrintable(error));
        QVERIFY(html.contains(QLatin1String("Monthly projection: ") + money::usd(r.monthlyProjectionUsd)));
        for (const auto &n : r.nodes)
            QVERIFY2(html.contains(QLatin1String(">") + money::usd(n.costUsd) + QLatin1String("<")), qPrintable(n.id));
        QVERIFY(!html.contains(QLatin1String("<?xml")));
        static const QRegularExpression external(QStringLiteral("(src|href)\\s*=\\s*\"(https?:|//|file:)|@import|url\\(\\s*['\"]?https?:"));
        QVERIFY2(!html.contains(external), qPrintable(external.match(html).captured()));
        QVERIFY(!html.contains(QLatin1String("<script")));
        QVERIFY(!html.contains(QLatin1String("<link")));
        // Title, author, every node, the wires with their models, the problems heading.
        QVERIFY(html.contains(QLatin1String("<h1>Order events fan-out</h1>")));
        QVERIFY(html.contains(QLatin1String("Jane Reviewer")));
        for (const Node &n : d.nodes)
            QVERIFY2(html.contains(QStringLiteral("<h3>%1</h3>").arg(n.label.toHtmlEscaped())), qPrintable(n.label));
        QVERIFY(html.contains(QLatin1String("<h2>Open problems</h2>")));
        QVERIFY(html.contains(QLatin1String("<h2>Wires</h2>")));
        QVERIFY(html.contains(QLatin1String("<td>async</td>")));
        QVERIFY(html.contains(QLatin1String("@media print")));
    }

    void problemsAreListed()
    {
        DocumentData d = loadExample("fan-out");
        d.nodes[1].props.insert(QStringLiteral("memoryMb"), 99999);
        const QString html = QString::fromUtf8(render(QStringLiteral("html"), d));
        QVERIFY(html.contains(QLatin1String("class=\"badge error\"")));
        const QString md = QString::fromUtf8(render(QStringLiteral("md"), d));
        QVERIFY(md.contains(QLatin1String("| Error |")));
    }

    void saturationIsAnOpenProblem()
    {
        // The fan-out example's workers fill up in the bursts: the report says so where it
        // lists problems, not "No problems", in every format.
        const DocumentData d = loadExample("fan-out");
        for (const QString &format : {QStringLiteral("md"), QStringLiteral("html")}) {
            const QString text = QString::fromUtf8(render(format, d));
            const qsizetype problems = text.indexOf(QLatin1String("Open problems"));
            const qsizetype services = text.indexOf(QLatin1String("Services"), problems);
            QVERIFY(problems > 0 && services > problems);
            const QString section = text.mid(problems, services - problems);
            QVERIFY2(section.contains(QLatin1String("is saturated")), qPrintable(section));
            QVERIFY(section.contains(QLatin1String("Fulfilment workers")));
            QVERIFY(!section.contains(QLatin1String("No problems")));
        }
        // Without the simulation there is nothing to read it from.
        ExportOptions o;
        o.includeSimulation = false;
        QVERIFY(!QString::fromUtf8(render(QStringLiteral("md"), d, o)).contains(QLatin1String("is saturated")));
    }

    void chartReadsWholeInsideThePicture()
    {
        // The concurrency chart of every example: each label inside the picture as DejaVu Sans
        // sets it (nothing clipped, like "day 7" at the edge was), every compute node named
        // whole in the legend, drawn as a band with its mean line.
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(11);
        const QFontMetricsF fm(font);
        static const QRegularExpression svgBlock(QStringLiteral("<svg\\b[^>]*width=\"([0-9.]+)\"[^>]*>(.*?)</svg>"),
                                                 QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression textElement(QStringLiteral("<text x=\"([-0-9.]+)\"([^>]*)>([^<]*)</text>"));
        static const QRegularExpression anchorAttribute(QStringLiteral("text-anchor=\"(\\w+)\""));
        for (const QString &path : examplePaths()) {
            const DocumentData d = loadFile(path);
            const QString html = QString::fromUtf8(render(QStringLiteral("html"), d));
            QString chart;
            double width = 0;
            for (auto it = svgBlock.globalMatch(html); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                if (m.captured(2).contains(QLatin1String("<polyline"))) {
                    chart = m.captured(2);
                    width = m.captured(1).toDouble();
                }
            }
            QVERIFY2(!chart.isEmpty(), qPrintable(path));
            QStringList texts;
            for (auto it = textElement.globalMatch(chart); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                const QString text = QTextDocumentFragment::fromHtml(m.captured(3)).toPlainText();
                texts << text;
                const double x = m.captured(1).toDouble(), w = fm.horizontalAdvance(text);
                const QString anchor = anchorAttribute.match(m.captured(2)).captured(1);
                const double from = anchor == QLatin1String("end") ? x - w : anchor == QLatin1String("middle") ? x - w / 2 : x;
                QVERIFY2(from >= 0 && from + w <= width, qPrintable(QStringLiteral("%1: \"%2\" from %3 to %4 of %5").arg(path, text).arg(from).arg(from + w).arg(width)));
            }
            SimulationResults r;
            QString error;
            QVERIFY2(SimulationExport::simulate(d, ExportOptions(), &r, &error), qPrintable(error));
            int compute = 0;
            for (const auto &n : r.nodes) {
                if (n.peakConcurrency <= 0 || n.invocations <= 0)
                    continue;
                ++compute;
                QVERIFY2(texts.contains(n.label), qPrintable(n.label));
            }
            QCOMPARE(int(chart.count(QLatin1String("<polygon"))), compute);
            QCOMPARE(int(chart.count(QLatin1String("<polyline"))), compute);
        }
    }

    void markdownHasTheDiagramAsMermaid()
    {
        const DocumentData d = loadExample("rest-api");
        const QString md = QString::fromUtf8(render(QStringLiteral("md"), d));
        QVERIFY(md.startsWith(QLatin1String("# ")));
        QVERIFY(md.contains(QLatin1String("```mermaid\n")));
        QVERIFY(md.contains(QLatin1String("## Services")));
        QVERIFY(md.contains(QLatin1String("## Wires")));
        QVERIFY(md.contains(QLatin1String("| Setting | Value | Source |")));
        QCOMPARE(md.count(QLatin1String("```")), 2);
    }

    void questionnaireSectionFromTheDiagramsAnswers()
    {
        DocumentData d = loadExample("fan-out");
        d.decision.answers = Answers{{QStringLiteral("run_duration"), QStringLiteral("over_15_min")},
                                     {QStringLiteral("state"), QStringLiteral("stateless")}};
        ExportOptions o;
        o.includeSimulation = false;
        const QString html = QString::fromUtf8(render(QStringLiteral("html"), d, o));
        QVERIFY(html.contains(QLatin1String("<h2>Compute choice</h2>")));
        QVERIFY(html.contains(QLatin1String("<h3>Ranking</h3>")));
        // Over 15 minutes rules Lambda out, and the report says so.
        QVERIFY(html.contains(QLatin1String("Excluded: ")));
        const QString md = QString::fromUtf8(render(QStringLiteral("md"), d, o));
        QVERIFY(md.contains(QLatin1String("## Compute choice")));
        QVERIFY(md.contains(QStringLiteral("| Rank | Option | Fit /100 | Reasons |")));
    }

    void extraSectionsAreWrittenEscaped()
    {
        const DocumentData d = loadExample("fan-out");
        ExportOptions o;
        o.includeSimulation = false;
        o.reportSections.append(std::make_shared<FakeCostSection>());
        const QString html = QString::fromUtf8(render(QStringLiteral("html"), d, o));
        QVERIFY(html.contains(QLatin1String("<h2>Cost &lt;per&gt; month</h2>")));
        QVERIFY(html.contains(QLatin1String("<td class=\"num\">12.34</td>")));
        QVERIFY(html.contains(QLatin1String("<li>&lt;two&gt;</li>")));
        QCOMPARE(html.count(QLatin1String("<svg")), 2);  // the diagram and the safe chart
        QVERIFY(!html.contains(QLatin1String("<script")));
        const QString md = QString::fromUtf8(render(QStringLiteral("md"), d, o));
        QVERIFY(md.contains(QLatin1String("## Cost &lt;per&gt; month")));
        QVERIFY(md.contains(QLatin1String("| Node | USD |\n| --- | ---: |")));
        QVERIFY(md.contains(QLatin1String("> Prices are list prices")));
    }
};

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"
