// The review report: self-contained HTML, Markdown, the built-in sections and the extension
// point for questionnaire and simulation sections.
#include "catalog/catalog.h"
#include "decision/answers.h"
#include "io/export/exportregistry.h"
#include "io/archscopeformat.h"
#include "io/export/reportsection.h"
#include "model/documentdata.h"

#include <QRegularExpression>
#include <QTest>

using namespace archscope;

namespace {

DocumentData load(const QString &name)
{
    DocumentData d;
    QString error;
    if (!ArchscopeFormat::readFile(QStringLiteral(ARCHSCOPE_SOURCE_DIR "/resources/examples/") + name, Catalog::builtin(), &d, &error))
        qFatal("%s", qPrintable(error));
    return d;
}

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

QByteArray render(const QString &format, const DocumentData &d, const ExportOptions &o = {})
{
    QByteArray out;
    QString error;
    if (!renderExport(format, d, o, &out, &error))
        qWarning() << error;
    return out;
}

} // namespace

class TestReportExport : public QObject
{
    Q_OBJECT

private slots:
    void htmlIsSelfContained()
    {
        const DocumentData d = load(QStringLiteral("fan-out.archscope"));
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
        DocumentData d = load(QStringLiteral("fan-out.archscope"));
        d.nodes[1].props.insert(QStringLiteral("memoryMb"), 99999);
        const QString html = QString::fromUtf8(render(QStringLiteral("html"), d));
        QVERIFY(html.contains(QLatin1String("class=\"badge error\"")));
        const QString md = QString::fromUtf8(render(QStringLiteral("md"), d));
        QVERIFY(md.contains(QLatin1String("| Error |")));
    }

    void markdownHasTheDiagramAsMermaid()
    {
        const DocumentData d = load(QStringLiteral("rest-api.archscope"));
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
        DocumentData d = load(QStringLiteral("fan-out.archscope"));
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
        const DocumentData d = load(QStringLiteral("fan-out.archscope"));
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
