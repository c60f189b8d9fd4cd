// An import onto the canvas: one undo step into an empty document (refused into one that has
// nodes), and the sources it leaves without traffic.
#include "commands/editing.h"
#include "model/document.h"
#include "model/trafficsources.h"

#include "testsupport.h"

#include <QTest>
#include <QUndoStack>

using namespace archscope;
using testsupport::edge;
using testsupport::node;

namespace {

DocumentData imported()
{
    DocumentData d;
    d.title = QStringLiteral("Orders stack");
    d.nodes = {node("Queue", "sqs"), node("Worker", "lambda", {{"memoryMb", 512}}), node("Table", "dynamodb"),
               node("Flow", "external", {{"resourceType", "AWS::StepFunctions::StateMachine"}})};
    d.nodes[1].pos = QPointF(240, 0);
    d.edges = {edge("Queue", "Worker"), edge("Worker", "Table", EdgeKind::Write), edge("Flow", "Queue")};
    return d;
}

QByteArray saved(const Document &doc)
{
    return ArchscopeFormat::write(doc.data());
}

} // namespace

class TestImportInto : public QObject
{
    Q_OBJECT

private slots:
    void oneUndoStepIntoAnEmptyDocument()
    {
        Document doc;
        const QByteArray before = saved(doc);
        QVERIFY(editing::importInto(&doc, imported(), "orders.yaml"));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoStack()->text(0), QStringLiteral("Import orders.yaml"));
        QCOMPARE(doc.data().nodes, imported().nodes);
        QCOMPARE(doc.data().edges, imported().edges);
        QCOMPARE(doc.data().title, QStringLiteral("Orders stack"));
        const QByteArray after = saved(doc);
        doc.undoStack()->undo();
        QCOMPARE(saved(doc), before);
        doc.undoStack()->redo();
        QCOMPARE(saved(doc), after);
    }

    void keepsATitleTheDocumentHas()
    {
        Document doc;
        DocumentData d;
        d.title = QStringLiteral("Mine");
        doc.reset(d, QString());
        QVERIFY(editing::importInto(&doc, imported(), "orders.yaml"));
        QCOMPARE(doc.data().title, QStringLiteral("Mine"));
    }

    void refusedIntoADocumentWithNodes()
    {
        Document doc;
        DocumentData d;
        d.nodes = {node("api", "apigw")};
        doc.reset(d, QString());
        const QByteArray before = saved(doc);
        QVERIFY(!editing::importInto(&doc, imported(), "orders.yaml"));
        QVERIFY(!editing::importInto(&doc, DocumentData(), "empty.yaml"));
        QCOMPARE(saved(doc), before);
        QCOMPARE(doc.undoStack()->count(), 0);
        Document empty;
        QVERIFY(!editing::importInto(&empty, DocumentData(), "empty.yaml"));
        QCOMPARE(empty.undoStack()->count(), 0);
    }

    void ratesForTheSourcesInOneStep()
    {
        Document doc;
        QVERIFY(editing::importInto(&doc, imported(), "orders.yaml"));
        const QByteArray before = saved(doc);
        // The function has no traffic setting: only the two sources take the rate.
        QCOMPARE(editing::setTrafficRates(&doc, Catalog::builtin(), {"Flow", "Queue", "Worker", "missing"}, 1.5), 2);
        QCOMPARE(doc.undoStack()->count(), 2);
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Set traffic"));
        QCOMPARE(doc.node("Flow")->props.value("traffic").toObject().value("rate").toDouble(), 1.5);
        QCOMPARE(doc.node("Queue")->props.value("traffic").toObject().value("rate").toDouble(), 1.5);
        QVERIFY(archscope::sourcesWithoutTraffic(doc.data(), Catalog::builtin()).isEmpty());
        const QByteArray after = saved(doc);
        doc.undoStack()->undo();
        QCOMPARE(saved(doc), before);
        doc.undoStack()->redo();
        QCOMPARE(saved(doc), after);
        QCOMPARE(editing::setTrafficRates(&doc, Catalog::builtin(), {"Worker"}, 2), 0);
        QCOMPARE(doc.undoStack()->count(), 2);
    }

    void sourcesWithoutTraffic()
    {
        const Catalog &c = Catalog::builtin();
        DocumentData d = imported();
        // The external resource triggers the queue: it is where events enter. The queue is fed,
        // the table is written to, the function has no traffic setting.
        QCOMPARE(archscope::sourcesWithoutTraffic(d, c), QStringList({"Flow"}));
        // An external resource that triggers nothing is no source; one with a rate is served.
        d.edges.removeLast();
        QCOMPARE(archscope::sourcesWithoutTraffic(d, c), QStringList({"Queue"}));
        d.nodes[0].props.insert("traffic", QJsonObject{{"shape", "constant"}, {"rate", 2}});
        QVERIFY(archscope::sourcesWithoutTraffic(d, c).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImportInto)
#include "tst_importinto.moc"
