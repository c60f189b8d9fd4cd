#include "catalog/catalog.h"
#include "commands/addremoveitems.h"
#include "commands/changeproperty.h"
#include "commands/editing.h"
#include "commands/movenodes.h"
#include "commands/simplecommands.h"
#include "io/archscopeformat.h"
#include "model/document.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace archscope;

namespace {

const Catalog &cat()
{
    return Catalog::builtin();
}

QByteArray saved(const Document &doc)
{
    return ArchscopeFormat::write(doc.data());
}

// A small diagram: API Gateway -> Lambda -> DynamoDB, plus an SQS dead-letter queue.
void populate(Document *doc)
{
    const QString api = editing::addNode(doc, cat(), "apigw", {0, 0});
    const QString fn = editing::addNode(doc, cat(), "lambda", {240, 0});
    const QString table = editing::addNode(doc, cat(), "dynamodb", {480, 0});
    const QString dlq = editing::addNode(doc, cat(), "sqs", {480, 120});
    QVERIFY(editing::addWire(doc, cat(), api, fn).allowed);
    QVERIFY(editing::addWire(doc, cat(), fn, table).allowed);
    QVERIFY(editing::addWire(doc, cat(), fn, dlq, EdgeKind::Failure).allowed);
    doc->undoStack()->clear();
}

// Invariants every edit must keep: unique ids, no wire with a missing end.
void checkInvariants(const Document &doc)
{
    QSet<QString> ids;
    for (const Node &n : doc.data().nodes) {
        QVERIFY2(!ids.contains(n.id), qPrintable("duplicate id " + n.id));
        ids.insert(n.id);
    }
    QSet<QString> edgeIds;
    for (const Edge &e : doc.data().edges) {
        QVERIFY2(!edgeIds.contains(e.id), qPrintable("duplicate wire id " + e.id));
        edgeIds.insert(e.id);
        QVERIFY2(ids.contains(e.from) && ids.contains(e.to), qPrintable("dangling wire " + e.id));
    }
}

} // namespace

class TestCommands : public QObject
{
    Q_OBJECT

private:
    // Runs `edit`, then checks do -> undo -> redo against the saved JSON at each step.
    void checkDoUndoRedo(Document *doc, const std::function<void()> &edit, bool expectChange = true)
    {
        const QByteArray before = saved(*doc);
        const int count = doc->undoStack()->count();
        edit();
        const QByteArray after = saved(*doc);
        QCOMPARE(after != before, expectChange);
        QCOMPARE(doc->undoStack()->count(), count + (expectChange ? 1 : 0));
        if (!expectChange)
            return;
        doc->undoStack()->undo();
        QCOMPARE(saved(*doc), before);
        doc->undoStack()->redo();
        QCOMPARE(saved(*doc), after);
        checkInvariants(*doc);
    }

private slots:
    // A window listens to the undo stack and reads the document when it changes; a document
    // destroyed with edits on its stack must not make the stack speak about freed nodes.
    void destroyingADocumentKeepsItsUndoStackQuiet()
    {
        auto *doc = new Document;
        editing::addNode(doc, Catalog::builtin(), "lambda", {0, 0});
        editing::addNode(doc, Catalog::builtin(), "sqs", {200, 0});
        int heard = 0;
        QObject::connect(doc->undoStack(), &QUndoStack::indexChanged, [&] { ++heard; });
        delete doc;
        QCOMPARE(heard, 0);
    }

    void idsKeepTheKindReadable()
    {
        Document doc;
        QCOMPARE(editing::addNode(&doc, cat(), "s3", {}), QString("s3"));
        QCOMPARE(editing::addNode(&doc, cat(), "s3", {}), QString("s3-2"));
        QCOMPARE(editing::addNode(&doc, cat(), "ecs_ec2", {}), QString("ecs_ec2"));
        QCOMPARE(editing::duplicate(&doc, cat(), {"s3-2"}), QStringList{"s3-3"});
    }

    // A new service is named for what it is ("Bucket"), not by the short name already shown
    // under its label ("S3 / S3"); a second one of a kind is numbered.
    void newServicesAreNamedApart()
    {
        Document doc;
        for (const KindSpec &kind : cat().kinds()) {
            const QString id = editing::addNode(&doc, cat(), kind.id, {});
            const Node *n = doc.node(id);
            QVERIFY(n);
            QVERIFY2(!n->label.isEmpty() && n->label != kind.subtitle(n->props), qPrintable(kind.id + ": " + n->label));
        }
        QCOMPARE(doc.node("s3")->label, QString("Bucket"));
        QCOMPARE(doc.node(editing::addNode(&doc, cat(), "s3", {}))->label, QString("Bucket 2"));
        QCOMPARE(doc.node(editing::addNode(&doc, cat(), "s3", {}))->label, QString("Bucket 3"));
        QCOMPARE(doc.node("lambda")->label, QString("Function"));
    }

    void addNode()
    {
        Document doc;
        checkDoUndoRedo(&doc, [&] { QCOMPARE(editing::addNode(&doc, cat(), "lambda", {10, 20}), QString("lambda")); });
        QCOMPARE(doc.data().nodes.first().pos, QPointF(10, 20));
        checkDoUndoRedo(&doc, [&] { QCOMPARE(editing::addNode(&doc, cat(), "lambda", {}), QString("lambda-2")); });
        checkDoUndoRedo(&doc, [&] { QVERIFY(editing::addNode(&doc, cat(), "nosuchkind", {}).isEmpty()); }, false);
    }

    void addWire()
    {
        Document doc;
        populate(&doc);
        const QString q = editing::addNode(&doc, cat(), "sqs", {0, 200});
        checkDoUndoRedo(&doc, [&] { QVERIFY(editing::addWire(&doc, cat(), q, "lambda").allowed); });
        QCOMPARE(doc.data().edges.last().kind, EdgeKind::Trigger);
        // A refused wire changes nothing and pushes nothing.
        checkDoUndoRedo(&doc, [&] {
            const WireCheck c = editing::addWire(&doc, cat(), "dynamodb", "lambda");
            QVERIFY(!c.allowed);
            QVERIFY(c.explanation.contains("stream"));
        }, false);
    }

    void deleteNodeRemovesItsWiresInOneStep()
    {
        Document doc;
        populate(&doc);
        QCOMPARE(doc.data().edges.size(), 3);
        checkDoUndoRedo(&doc, [&] { QVERIFY(editing::removeItems(&doc, {"lambda"}, {})); });
        QCOMPARE(doc.data().edges.size(), 0);
        QCOMPARE(doc.data().nodes.size(), 3);
        doc.undoStack()->undo();
        QCOMPARE(doc.data().edges.size(), 3);
        QCOMPARE(doc.data().nodes.at(1).id, QString("lambda"));  // back in its place
        checkDoUndoRedo(&doc, [&] { QVERIFY(!editing::removeItems(&doc, {"ghost"}, {"ghost"})); }, false);
    }

    void deleteWireOnly()
    {
        Document doc;
        populate(&doc);
        const QString wire = doc.data().edges.at(1).id;
        checkDoUndoRedo(&doc, [&] { QVERIFY(editing::removeItems(&doc, {}, {wire})); });
        QCOMPARE(doc.data().nodes.size(), 4);
    }

    void moveMergesWithinOneGesture()
    {
        Document doc;
        populate(&doc);
        checkDoUndoRedo(&doc, [&] {
            for (int i = 1; i <= 5; ++i)
                doc.undoStack()->push(new MoveNodesCommand(&doc, {{"lambda", QPointF(240 + i * 10, 0)}}, "Move", 7));
        });
        QCOMPARE(doc.node("lambda")->pos, QPointF(290, 0));
        // A new gesture is a new undo step.
        doc.undoStack()->push(new MoveNodesCommand(&doc, {{"lambda", QPointF(0, 300)}}, "Move", 8));
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        QCOMPARE(doc.node("lambda")->pos, QPointF(290, 0));
    }

    void rename()
    {
        Document doc;
        populate(&doc);
        checkDoUndoRedo(&doc, [&] { QVERIFY(editing::renameNode(&doc, "lambda", "Orders API handler")); });
        QCOMPARE(doc.node("lambda")->label, QString("Orders API handler"));
        checkDoUndoRedo(&doc, [&] { QVERIFY(!editing::renameNode(&doc, "lambda", "Orders API handler")); }, false);
    }

    void propertyEditsMerge()
    {
        Document doc;
        populate(&doc);
        checkDoUndoRedo(&doc, [&] {
            for (int mb : {256, 512, 1024})
                doc.undoStack()->push(new ChangePropertyCommand(&doc, ChangePropertyCommand::Target::Node,
                                                                "lambda", {"memoryMb"}, mb));
        });
        QCOMPARE(doc.node("lambda")->props.value("memoryMb").toInt(), 1024);
        checkDoUndoRedo(&doc, [&] {
            doc.undoStack()->push(new ChangePropertyCommand(&doc, ChangePropertyCommand::Target::Node,
                                                            "apigw", {"traffic", "rate"}, 25.5));
        });
        QCOMPARE(doc.node("apigw")->props.value("traffic").toObject().value("rate").toDouble(), 25.5);
        // Resetting to default removes the key and the emptied object.
        checkDoUndoRedo(&doc, [&] {
            doc.undoStack()->push(new ChangePropertyCommand(&doc, ChangePropertyCommand::Target::Node,
                                                            "apigw", {"traffic", "rate"}, QJsonValue(QJsonValue::Undefined)));
        });
        QVERIFY(!doc.node("apigw")->props.contains("traffic"));
    }

    void wirePropertyAndKind()
    {
        Document doc;
        populate(&doc);
        const QString failure = doc.data().edges.last().id;
        checkDoUndoRedo(&doc, [&] {
            doc.undoStack()->push(new ChangePropertyCommand(&doc, ChangePropertyCommand::Target::Edge,
                                                            failure, {"ratio"}, 0.5));
        });
        checkDoUndoRedo(&doc, [&] { doc.undoStack()->push(new ChangeEdgeKindCommand(&doc, failure, EdgeKind::Write)); });
        QCOMPARE(doc.edge(failure)->kind, EdgeKind::Write);
    }

    void settingsAndTitle()
    {
        Document doc;
        populate(&doc);
        Settings s = doc.data().settings;
        s.seed = 42;
        s.freeTier = true;
        checkDoUndoRedo(&doc, [&] { doc.undoStack()->push(new ChangeSettingsCommand(&doc, s)); });
        checkDoUndoRedo(&doc, [&] { doc.undoStack()->push(new ChangeTitleCommand(&doc, "Orders")); });
    }

    void pasteAndDuplicateGiveFreshIds()
    {
        Document doc;
        populate(&doc);
        const QByteArray clip = editing::copyFragment(doc, {"apigw", "lambda"});
        checkDoUndoRedo(&doc, [&] {
            QString error;
            const QStringList ids = editing::pasteFragment(&doc, cat(), clip, {0, 200}, &error);
            QCOMPARE(ids, QStringList({"apigw-2", "lambda-2"}));
        });
        QCOMPARE(doc.data().edges.last().from, QString("apigw-2"));  // the wire between them came along
        QCOMPARE(doc.node("lambda-2")->pos, QPointF(240, 200));
        checkDoUndoRedo(&doc, [&] { QCOMPARE(editing::duplicate(&doc, cat(), {"sqs"}).size(), 1); });
        QString error;
        checkDoUndoRedo(&doc, [&] {
            QVERIFY(editing::pasteFragment(&doc, cat(), "not json", {}, &error).isEmpty());
        }, false);
        QVERIFY2(error.startsWith("not valid JSON at line 1"), qPrintable(error));
    }

    void autoLayoutStyleMoveIsOneStep()
    {
        Document doc;
        populate(&doc);
        QHash<QString, QPointF> layout;
        for (const Node &n : doc.data().nodes)
            layout.insert(n.id, n.pos + QPointF(5, 5));
        checkDoUndoRedo(&doc, [&] { doc.undoStack()->push(new MoveNodesCommand(&doc, layout, "Auto-layout", 0)); });
    }

    void signalsAreFineGrained()
    {
        Document doc;
        populate(&doc);
        QSignalSpy aboutToRemoveEdge(&doc, &Document::edgeAboutToBeRemoved);
        QSignalSpy removedNode(&doc, &Document::nodeRemoved);
        QSignalSpy changed(&doc, &Document::nodeChanged);
        editing::removeItems(&doc, {"lambda"}, {});
        QCOMPARE(aboutToRemoveEdge.size(), 3);
        QCOMPARE(removedNode.size(), 1);
        QCOMPARE(changed.size(), 0);
        QSignalSpy modified(&doc, &Document::modifiedChanged);
        doc.undoStack()->undo();
        QCOMPARE(modified.size(), 1);
        QVERIFY(!doc.isModified());
    }

    // 1,000 random edits keep the invariants, and undoing them all restores the start exactly.
    void randomSequencesUndoBackExactly()
    {
        const QStringList kinds = [] {
            QStringList k;
            for (const KindSpec &s : cat().kinds())
                k.append(s.id);
            return k;
        }();
        for (quint32 seed : {1u, 2u, 3u}) {
            QRandomGenerator rng(seed);
            Document doc;
            populate(&doc);
            const QByteArray start = saved(doc);
            auto anyNode = [&]() -> QString {
                const auto &nodes = doc.data().nodes;
                return nodes.isEmpty() ? QString() : nodes.at(rng.bounded(int(nodes.size()))).id;
            };
            for (int step = 0; step < 1000; ++step) {
                switch (rng.bounded(8)) {
                case 0:
                case 1:
                    editing::addNode(&doc, cat(), kinds.at(rng.bounded(int(kinds.size()))),
                                     QPointF(rng.bounded(2000), rng.bounded(2000)));
                    break;
                case 2:
                case 3:
                    editing::addWire(&doc, cat(), anyNode(), anyNode());
                    break;
                case 4:
                    editing::removeItems(&doc, {anyNode()}, {});
                    break;
                case 5:
                    if (const QString id = anyNode(); !id.isEmpty())
                        doc.undoStack()->push(new MoveNodesCommand(&doc, {{id, QPointF(rng.bounded(900), rng.bounded(900))}},
                                                                   "Move", int(rng.bounded(3))));
                    break;
                case 6:
                    editing::duplicate(&doc, cat(), {anyNode(), anyNode()});
                    break;
                case 7:
                    if (doc.undoStack()->canUndo() && rng.bounded(2))
                        doc.undoStack()->undo();
                    else
                        editing::renameNode(&doc, anyNode(), QString::number(rng.generate()));
                    break;
                }
                checkInvariants(doc);
                if (QTest::currentTestFailed())
                    return;
            }
            while (doc.undoStack()->canUndo())
                doc.undoStack()->undo();
            QCOMPARE(saved(doc), start);
        }
    }
};

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
