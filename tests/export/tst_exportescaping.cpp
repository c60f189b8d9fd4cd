// Every export with hostile user text (labels, title, ids): nothing breaks out or injects.
#include "exportsupport.h"

#include "sim/simulationresults.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <yaml-cpp/yaml.h>

using namespace testsupport;

namespace {

const QString hostile = QStringLiteral("</text><script>alert(1)</script> \"q\" 'a' \"]--> ]]> & <b>x</b>\n"
                                       "key: value #not-a-comment\n- item * &anchor !tag {x} [y] | > %1 @ `t` \\ \\N end");

DocumentData hostileDiagram()
{
    DocumentData d;
    d.title = hostile;
    d.settings.horizonS = 3600;
    const QStringList kinds{"apigw", "lambda", "sqs", "fargate", "sns", "dynamodb", "kinesis", "s3"};
    for (int i = 0; i < kinds.size(); ++i) {
        Node n = node(i == 0 ? QStringLiteral("id \"with\" <quotes> & \n") : QStringLiteral("n%1").arg(i), kinds[i], {},
                      hostile + QString::number(i));
        if (i == 3)
            n.label.prepend(QStringLiteral("=1+1 "));  // a spreadsheet formula
        n.pos = QPointF(300 * (i % 3), 120 * (i / 3));
        if (kinds[i] == QLatin1String("dynamodb"))
            n.props.insert(QStringLiteral("streamEnabled"), true);
        d.nodes.append(n);
    }
    auto wire = [&](int from, int to, EdgeKind kind) { d.edges.append(edge(d.nodes[from].id, d.nodes[to].id, kind)); };
    wire(0, 1, EdgeKind::Trigger);
    wire(1, 2, EdgeKind::Failure);
    wire(2, 3, EdgeKind::Trigger);
    wire(4, 1, EdgeKind::Trigger);
    wire(5, 1, EdgeKind::Trigger);
    wire(6, 1, EdgeKind::Trigger);
    wire(7, 1, EdgeKind::Trigger);
    return d;
}

// Parses XML fully; returns the error or an empty string. Counts elements by name.
QString parseXml(const QByteArray &xml, QHash<QString, int> *elements = nullptr)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && elements)
            (*elements)[r.name().toString()]++;
    }
    return r.hasError() ? r.errorString() : QString();
}

} // namespace

class TestExportEscaping : public QObject
{
    Q_OBJECT

private slots:
    void svgKeepsTextAsText()
    {
        const QByteArray svg = render(QStringLiteral("svg"), hostileDiagram());
        QHash<QString, int> elements;
        QCOMPARE(parseXml(svg, &elements), QString());
        QCOMPARE(elements.value(QStringLiteral("script")), 0);
        QCOMPARE(elements.value(QStringLiteral("foreignObject")), 0);
        QVERIFY(elements.value(QStringLiteral("text")) > 0);
        QVERIFY(!svg.contains("<script"));
        QVERIFY(!svg.contains("<b>"));
    }

    void drawioKeepsLabelsAsValues()
    {
        const DocumentData d = hostileDiagram();
        const QByteArray xml = render(QStringLiteral("drawio"), d);
        QHash<QString, int> elements;
        QCOMPARE(parseXml(xml, &elements), QString());
        QCOMPARE(elements.value(QStringLiteral("script")), 0);
        QCOMPARE(elements.value(QStringLiteral("b")), 0);
        // The label reaches draw.io unchanged, as plain text (html=0).
        QXmlStreamReader r(xml);
        int found = 0;
        while (r.readNextStartElement() || !r.atEnd()) {
            if (r.isStartElement() && r.name() == QLatin1String("mxCell")
                && r.attributes().value(QStringLiteral("value")) == QString(hostile + QStringLiteral("1"))) {
                ++found;
                QVERIFY(r.attributes().value(QStringLiteral("style")).contains(QLatin1String("html=0")));
            }
            if (!r.isStartElement())
                r.readNext();
        }
        QCOMPARE(found, 1);
    }

    void mermaidHasOneLinePerItem()
    {
        const DocumentData d = hostileDiagram();
        const QString text = QString::fromUtf8(render(QStringLiteral("mermaid"), d));
        const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        // Comments, the header, one line per node and per wire, class definitions: nothing else.
        int nodes = 0, wires = 0;
        static const QRegularExpression node(QStringLiteral("^    n\\d+\\[\"[^\"\\[\\]<>]*<br/><small>[^\"<>]*</small>\"\\]:::cat_[a-z_]+$"));
        static const QRegularExpression wire(QStringLiteral("^    n\\d+ (-->|-\\.->|==>)\\|\"[^\"|]*\"\\| n\\d+$"));
        for (const QString &line : lines) {
            if (line.startsWith(QLatin1String("%%")) || line == QLatin1String("flowchart LR")
                || line.startsWith(QLatin1String("    classDef ")))
                continue;
            if (node.match(line).hasMatch())
                ++nodes;
            else if (wire.match(line).hasMatch())
                ++wires;
            else
                QFAIL(qPrintable(QStringLiteral("unexpected Mermaid line: ") + line));
        }
        QCOMPARE(nodes, d.nodes.size());
        QCOMPARE(wires, d.edges.size());
        QVERIFY(!text.contains(QLatin1String("]-->")));
        QVERIFY(!text.contains(QLatin1String("<script")));
    }

    void dotIsAcceptedByGraphviz()
    {
        const QString dotTool = QStandardPaths::findExecutable(QStringLiteral("dot"));
        if (dotTool.isEmpty())
            QSKIP("graphviz is not installed");
        const DocumentData d = hostileDiagram();
        const QByteArray dot = render(QStringLiteral("dot"), d);
        QProcess p;
        p.start(dotTool, {QStringLiteral("-Tsvg")});
        p.write(dot);
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray svg = p.readAllStandardOutput();
        QHash<QString, int> elements;
        QCOMPARE(parseXml(svg, &elements), QString());
        QCOMPARE(elements.value(QStringLiteral("script")), 0);
        // Graphviz draws one group per node and per edge: nothing was split or merged.
        QVERIFY(svg.count("class=\"node\"") == d.nodes.size());
        QVERIFY(svg.count("class=\"edge\"") == d.edges.size());
    }

    void samKeepsLabelsAsStrings()
    {
        const DocumentData d = hostileDiagram();
        const QByteArray yaml = render(QStringLiteral("sam"), d);
        YAML::Node root;
        try {
            root = YAML::Load(yaml.toStdString());
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
        QCOMPARE(QString::fromStdString(root["Description"].as<std::string>()), hostile);
        QCOMPARE(QString::fromStdString(root["Metadata"]["Archscope::Source"]["Title"].as<std::string>()), hostile);
        int labels = 0;
        for (auto it = root["Resources"].begin(); it != root["Resources"].end(); ++it) {
            const YAML::Node label = it->second["Metadata"]["ArchscopeLabel"];
            if (label) {
                QVERIFY(label.IsScalar());
                QVERIFY(QString::fromStdString(label.as<std::string>()).startsWith(hostile));
                ++labels;
            }
        }
        QVERIFY(labels >= 6);
        // Every node is accounted for, keyed by its (hostile) id.
        QCOMPARE(int(root["Metadata"]["Archscope::Nodes"].size()), d.nodes.size());
        QVERIFY(root["Metadata"]["Archscope::Nodes"][d.nodes[0].id.toStdString()]);
    }

    void samLoadsInPython()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed");
        QProcess check;
        check.start(python, {QStringLiteral("-c"), QStringLiteral("import yaml")});
        check.waitForFinished(30000);
        if (check.exitCode() != 0)
            QSKIP("python3-yaml is not installed");
        const QByteArray yaml = render(QStringLiteral("sam"), hostileDiagram());
        QProcess p;
        p.start(python, {QStringLiteral("-c"),
                         QStringLiteral("import sys, yaml; d = yaml.safe_load(sys.stdin.buffer.read()); "
                                        "assert isinstance(d['Description'], str); print(d['Description'])")});
        p.write(yaml);
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).trimmed(), hostile.trimmed());
    }

    void markdownHasNoRawMarkup()
    {
        const QString md = QString::fromUtf8(render(QStringLiteral("md"), hostileDiagram()));
        QVERIFY(!md.contains(QLatin1String("<script")));
        QVERIFY(!md.contains(QLatin1String("<b>")));
        QVERIFY(!md.contains(QLatin1String("</text>")));
        // The title stays one heading line.
        QVERIFY(md.startsWith(QLatin1String("# ")));
        QVERIFY(md.section(QLatin1Char('\n'), 0, 0).contains(QLatin1String("key: value")));
        // Table rows keep their column count: escaped pipes do not split cells.
        bool inWires = false;
        int rows = 0;
        static const QRegularExpression pipe(QStringLiteral("(?<!\\\\)\\|"));
        for (const QString &line : md.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("| From")))
                inWires = true;
            else if (!line.startsWith(QLatin1Char('|')))
                inWires = false;
            if (inWires) {
                QCOMPARE(line.count(pipe), 7);
                ++rows;
            }
        }
        QCOMPARE(rows, 2 + 7);
    }

    void htmlHasNoRawMarkup()
    {
        const QByteArray html = render(QStringLiteral("html"), hostileDiagram());
        QVERIFY(!html.contains("<script"));
        QVERIFY(!html.contains("<b>x"));
        QVERIFY(html.contains("&lt;script&gt;"));
        QCOMPARE(html.count("<h1>"), 1);
        QCOMPARE(html.count("</html>"), 1);
    }

    void csvCellsStayInTheirColumns()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed");
        const QByteArray csv = render(QStringLiteral("csv"), hostileDiagram());
        QVERIFY(csv.startsWith("tStartS,"));
        // One column per node (8 and the whole diagram), series and statistic; the labels, ids
        // and a formula only in the header, each defused.
        QVERIFY(csv.contains(",\"'=1+1 "));
        QProcess p;
        p.start(python, {QStringLiteral("-c"),
                         QStringLiteral("import csv, sys\n"
                                        "rows = list(csv.reader(sys.stdin.read().splitlines()))\n"
                                        "width = 1 + 9 * %1 * 3\n"
                                        "assert all(len(r) == width for r in rows), [len(r) for r in rows if len(r) != width][:1]\n"
                                        "assert not any(c[:1] in '=+-@' for c in rows[0])\n"
                                        "assert all(float(c) == float(c) for r in rows[1:] for c in r)\n"
                                        "print(len(rows))")
                             .arg(SimulationResults::seriesCount)});
        p.write(csv);
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(p.readAllStandardOutput().trimmed().toInt() > 8);
    }

    void pngAndPdfStillRender()
    {
        const DocumentData d = hostileDiagram();
        QVERIFY(render(QStringLiteral("png"), d).startsWith("\x89PNG"));
        QVERIFY(render(QStringLiteral("pdf"), d).startsWith("%PDF"));
    }
};

QTEST_MAIN(TestExportEscaping)
#include "tst_exportescaping.moc"
