// How the exports show an `external` node (a resource an import found that Archscope has no
// kind for): a plain box with its resource type in draw.io, Mermaid and DOT; left out of the
// SAM template and listed under Archscope::NotGenerated with its wires.
#include "exportsupport.h"

#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace testsupport;

namespace {

const QString stateMachine = QStringLiteral("AWS::StepFunctions::StateMachine");

DocumentData withExternal()
{
    DocumentData d;
    d.title = QStringLiteral("Orders");
    d.nodes = {node("api", "apigw", {}, "Public API"),
               node("flow", "external", {{"resourceType", stateMachine}}, "Order flow"),
               node("fn", "lambda", {}, "Handler"),
               node("kafka", "external", {{"resourceType", "AWS::MSK::Cluster"}, {"invokes", "stream"}}, "Kafka")};
    d.edges = {edge("api", "flow"), edge("flow", "fn"), edge("kafka", "fn"), edge("fn", "flow", EdgeKind::Write),
               edge("fn", "kafka", EdgeKind::Failure)};
    return d;
}

} // namespace

class TestExternalExport : public QObject
{
    Q_OBJECT

private slots:
    void drawioDrawsAPlainBoxWithTheType()
    {
        const QString xml = QString::fromUtf8(render("drawio", withExternal()));
        QVERIFY(!xml.isEmpty());
        // The box carries the label and the resource type; service nodes keep their icons.
        QVERIFY(xml.contains("value=\"Order flow&#10;" + stateMachine + "\""));
        QVERIFY(xml.contains("rounded=1;whiteSpace=wrap;html=0;fillColor=#ffffff;"));
        QCOMPARE(xml.count("shape=mxgraph.aws4.resourceIcon"), 2);
        QCOMPARE(xml.count("rounded=1;whiteSpace=wrap"), 2);
    }

    void mermaidAndDotShowTheType()
    {
        const QString mermaid = QString::fromUtf8(render("mermaid", withExternal()));
        QVERIFY(mermaid.contains("Order flow<br/><small>AWS#58;#58;StepFunctions#58;#58;StateMachine</small>"));
        QVERIFY(mermaid.contains("<small>Lambda</small>"));
        const QString dot = QString::fromUtf8(render("dot", withExternal()));
        QVERIFY(dot.contains("label=\"Order flow\\nAWS::StepFunctions::StateMachine\""));
    }

    void samLeavesItOutAndSaysSo()
    {
        const QByteArray yaml = render("sam", withExternal());
        QVERIFY(!yaml.isEmpty());
        const YAML::Node t = YAML::Load(yaml.toStdString());
        const YAML::Node fn = t["Resources"]["HandlerFunction"];
        QVERIFY(fn.IsMap());
        // No made-up event for the external sources, no failure destination to a missing resource.
        QVERIFY(!fn["Properties"]["Events"]);
        QVERIFY(!fn["Properties"]["EventInvokeConfig"]);
        QVERIFY(!fn["Properties"]["Policies"]);
        const YAML::Node notGenerated = t["Metadata"]["Archscope::NotGenerated"];
        QStringList ids, reasons;
        for (const YAML::Node &n : notGenerated) {
            ids << QString::fromStdString(n["Id"].as<std::string>());
            reasons << QString::fromStdString(n["Reason"].as<std::string>());
        }
        QVERIFY(ids.contains("flow") && ids.contains("kafka"));
        QVERIFY(reasons.join('\n').contains(stateMachine));
        QVERIFY(reasons.join('\n').contains("AWS::MSK::Cluster"));
        // Every wire that touches them is listed as not generated.
        QCOMPARE(int(t["Metadata"]["Archscope::WiresNotGenerated"].size()), 5);
    }
};

QTEST_MAIN(TestExternalExport)
#include "tst_externalexport.moc"
