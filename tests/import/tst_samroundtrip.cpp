// Import → export → import: every bundled example (and a diagram with every event source SAM
// knows) exported as a SAM template imports as the same serverless nodes, wires and properties.
// What SAM cannot express is listed by the export (Archscope::NotGenerated,
// Archscope::WiresNotGenerated) and must not come back.
#include "io/export/diagramfacts.h"
#include "io/export/samexporter.h"
#include "io/import/templateimport.h"
#include "model/wiringrules.h"

#include "exportsupport.h"

#include <QTest>

#include <yaml-cpp/yaml.h>

#include <cmath>

using namespace archscope;
using testsupport::edge;
using testsupport::node;

namespace {

// Every event source SAM knows (the SAM export test's diagram), plus what else a template
// carries: provisioned concurrency, image and Go runtimes, a FIFO queue with a concurrency cap,
// a topic feeding a queue, writes to a bucket and a table, retries with a failure destination.
DocumentData everyEvent()
{
    DocumentData d = testsupport::everyEventDiagram();
    d.nodes[d.nodeIndex("fn")].props.insert("retries", 1);
    d.nodes[d.nodeIndex("queue")].props.insert("fifo", true);
    d.nodes += {node("worker", "lambda",
                     {{"memoryMb", 2048}, {"provisionedConcurrency", 3}, {"runtime", "go-provided.al2023"}}, "Worker"),
                node("image", "lambda", {{"runtime", "container-image"}}, "Image fn"),
                node("fanout", "sqs", {}, "Fan-out queue"), node("out", "s3", {}, "Results"),
                node("capped", "sqs", {}, "Capped queue")};
    d.edges += {edge("capped", "worker", EdgeKind::Trigger, {{"batchSize", 7}, {"maxConcurrency", 12}}),
                edge("table", "image", EdgeKind::Trigger, {{"batchSize", 40}}), edge("topic", "fanout"),
                edge("worker", "out", EdgeKind::Write), edge("worker", "table", EdgeKind::Write)};
    return d;
}

// The properties a SAM template carries for each kind (the rest has no place in SAM).
QStringList carried(const QString &kind)
{
    if (kind == "lambda")
        return {"memoryMb", "timeoutS", "arch", "reservedConcurrency", "provisionedConcurrency", "runtime"};
    if (kind == "sqs")
        return {"fifo"};
    if (kind == "kinesis")
        return {"shards"};
    if (kind == "dynamodb")
        return {"streamEnabled"};
    if (kind == "apigw")
        return {"apiType"};
    return {};
}

double rateOf(const Node &n)
{
    return n.props.value("traffic").toObject().value("rate").toDouble();
}

} // namespace

class TestSamRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void sameServerlessDiagram_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &path : testsupport::examplePaths())
            QTest::newRow(qPrintable(QFileInfo(path).completeBaseName())) << path;
        QTest::newRow("every-event") << QString();
    }

    void sameServerlessDiagram()
    {
        QFETCH(QString, name);
        const Catalog &catalog = Catalog::builtin();
        const DocumentData original = name.isEmpty() ? everyEvent() : testsupport::loadFile(name);
        QByteArray yaml;
        QString error;
        QVERIFY2(SamExporter::write(original, ExportOptions(), &yaml, &error), qPrintable(error));

        // What the export says it expressed.
        const YAML::Node meta = YAML::Load(yaml.toStdString())["Metadata"];
        QSet<QString> expressed, wiresNotGenerated;
        for (const auto &entry : meta["Archscope::Nodes"])
            if (!QString::fromStdString(entry.second.as<std::string>()).startsWith("NotGenerated"))
                expressed.insert(QString::fromStdString(entry.first.as<std::string>()));
        for (const auto &w : meta["Archscope::WiresNotGenerated"])
            wiresNotGenerated.insert(QString::fromStdString(w.as<std::string>()));
        QVERIFY(!expressed.isEmpty());

        ImportResult imported;
        QVERIFY2(TemplateImport::read(yaml, catalog, &imported, &error), qPrintable(error));
        QCOMPARE(imported.report.format, QStringLiteral("sam"));

        // The same serverless nodes: ids and kinds, nothing more.
        QSet<QString> importedIds;
        for (const Node &n : imported.data.nodes)
            importedIds.insert(n.id);
        QCOMPARE(importedIds, expressed);
        for (const QString &id : expressed) {
            const Node *a = original.node(id);
            const Node *b = imported.data.node(id);
            QCOMPARE(b->kind, a->kind);
            // Resources keep their labels (SAM's metadata); event sources are named by their event.
            if (!imported.data.node(id)->label.isEmpty() && yaml.contains("ArchscopeId: \"" + id.toUtf8() + "\""))
                QCOMPARE(b->label, diagramfacts::displayLabel(*a, catalog));
            QStringList keys = carried(a->kind);
            // Retries travel with a failure destination (EventInvokeConfig).
            for (const Edge &e : original.edges)
                if (e.from == id && e.kind == EdgeKind::Failure)
                    keys << "retries";
            for (const QString &key : keys)
                QVERIFY2(catalog.nodeValue(a->kind, a->props, key) == catalog.nodeValue(b->kind, b->props, key),
                         qPrintable(id + "." + key));
            // A schedule's rate is in the template.
            if (a->kind == "eventbridge" && rateOf(*a) > 0 && rateOf(*a) <= 1.0 / 60)
                QVERIFY2(std::abs(rateOf(*b) - rateOf(*a)) < 1e-12, qPrintable(id));
        }

        // The same wires between them, with the same invocation models and poll settings.
        const WiringRules rules(catalog);
        QSet<QString> expectedWires, importedWires;
        for (const ResolvedWire &w : diagramfacts::wires(original, catalog)) {
            const QString label = diagramfacts::displayLabel(*w.from, catalog) + " -> "
                                  + diagramfacts::displayLabel(*w.to, catalog) + " (" + invocationModelId(w.model)
                                  + ")";
            if (!w.allowed || !expressed.contains(w.from->id) || !expressed.contains(w.to->id)
                || wiresNotGenerated.contains(label))
                continue;
            expectedWires.insert(w.from->id + " -> " + w.to->id + " " + invocationModelId(w.model));
            const Edge *back = nullptr;
            for (const Edge &e : imported.data.edges)
                if (e.from == w.from->id && e.to == w.to->id && e.kind == w.edge->kind)
                    back = &e;
            QVERIFY2(back, qPrintable(label));
            for (const char *key : {"batchSize", "parallelizationFactor", "maxConcurrency"})
                if (w.edge->props.contains(key))
                    QCOMPARE(back->props.value(key), w.edge->props.value(key));
        }
        for (const ResolvedWire &w : diagramfacts::wires(imported.data, catalog)) {
            QVERIFY(w.allowed);
            importedWires.insert(w.from->id + " -> " + w.to->id + " " + invocationModelId(w.model));
        }
        QCOMPARE(importedWires, expectedWires);
        QVERIFY2(imported.report.external.isEmpty(), "an Archscope SAM template holds nothing external");
    }
};

QTEST_GUILESS_MAIN(TestSamRoundTrip)
#include "tst_samroundtrip.moc"
