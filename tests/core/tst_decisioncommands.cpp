#include "catalog/catalog.h"
#include "commands/changedecision.h"
#include "commands/placerecommendation.h"
#include "decision/questionbank.h"
#include "decision/recommendednode.h"
#include "io/archscopeformat.h"
#include "model/document.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace archscope;

// The decision commands: one undo step per answer, and placing a recommendation (node plus
// the chosen option) as one undo step; every step does → undo → redo to the same JSON.
class TestDecisionCommands : public QObject
{
    Q_OBJECT

private slots:
    void eachAnswerIsOneUndoStep()
    {
        Document doc;
        QSignalSpy changed(&doc, &Document::decisionChanged);
        const QByteArray empty = ArchscopeFormat::write(doc.data());
        doc.undoStack()->push(ChangeDecisionCommand::answer(&doc, "state", "stateless"));
        doc.undoStack()->push(ChangeDecisionCommand::answer(&doc, "state", "stateful"));
        doc.undoStack()->push(ChangeDecisionCommand::answer(&doc, "gpu", "needs_gpu"));
        QCOMPARE(doc.undoStack()->count(), 3);
        QCOMPARE(changed.count(), 3);
        QCOMPARE(doc.data().decision.answers.count(), 2);
        const QByteArray after = ArchscopeFormat::write(doc.data());
        doc.undoStack()->undo();
        QVERIFY(!doc.data().decision.answers.isAnswered("gpu"));
        doc.undoStack()->undo();
        QCOMPARE(doc.data().decision.answers.answer("state"), QStringLiteral("stateless"));
        doc.undoStack()->undo();
        QCOMPARE(ArchscopeFormat::write(doc.data()), empty);
        QVERIFY(!doc.isModified());
        for (int i = 0; i < 3; ++i)
            doc.undoStack()->redo();
        QCOMPARE(ArchscopeFormat::write(doc.data()), after);
        // An empty answer skips (clears) the question.
        doc.undoStack()->push(ChangeDecisionCommand::answer(&doc, "gpu", QString()));
        QVERIFY(!doc.data().decision.answers.isAnswered("gpu"));
    }

    void placeRecommendationIsOneStep()
    {
        Document doc;
        doc.undoStack()->push(ChangeDecisionCommand::answer(&doc, "run_duration", "under_15_min"));
        doc.undoStack()->push(ChangeDecisionCommand::answer(&doc, "footprint", "small"));
        const QByteArray before = ArchscopeFormat::write(doc.data());
        auto *cmd = new PlaceRecommendationCommand(&doc, QuestionBank::builtin(), Catalog::builtin(), "lambda",
                                                   PlaceRecommendationCommand::freeSpot(doc));
        QVERIFY(cmd->isValid());
        const QString id = cmd->nodeId();
        doc.undoStack()->push(cmd);
        QCOMPARE(doc.undoStack()->count(), 3);
        const Node *n = doc.node(id);
        QVERIFY(n);
        QCOMPARE(n->kind, QStringLiteral("lambda"));
        QCOMPARE(n->props.value("timeoutS").toInt(), 900);
        QCOMPARE(n->props.value("memoryMb").toInt(), 1024);
        QCOMPARE(doc.data().decision.chosen, QStringLiteral("lambda"));
        const QByteArray after = ArchscopeFormat::write(doc.data());
        doc.undoStack()->undo();
        QCOMPARE(ArchscopeFormat::write(doc.data()), before);
        doc.undoStack()->redo();
        QCOMPARE(ArchscopeFormat::write(doc.data()), after);
        // The next one lands beside the first, not on top of it.
        const QPointF spot = PlaceRecommendationCommand::freeSpot(doc);
        QVERIFY(spot.x() > n->pos.x());
    }

    void unknownOptionIsRefused()
    {
        Document doc;
        PlaceRecommendationCommand cmd(&doc, QuestionBank::builtin(), Catalog::builtin(), "mainframe", {});
        QVERIFY(!cmd.isValid());
    }

    void nodesFollowTheAnswers()
    {
        const QuestionBank &bank = QuestionBank::builtin();
        const Catalog &catalog = Catalog::builtin();
        const Node fargate = RecommendedNode::make(bank, catalog, "fargate", {{"footprint", "large"}, {"traffic", "steady"}});
        QCOMPARE(fargate.kind, QStringLiteral("fargate"));
        QCOMPARE(fargate.props.value("memoryGb").toDouble(), 16.0);
        QCOMPARE(fargate.props.value("minTasks").toInt(), 2);
        const Node ec2 = RecommendedNode::make(bank, catalog, "ec2", {{"footprint", "small"}});
        QCOMPARE(ec2.props.value("instanceType").toString(), QStringLiteral("t3.medium"));
        const Node eks = RecommendedNode::make(bank, catalog, "eks", {{"ops", "fully_managed"}});
        QCOMPARE(eks.props.value("nodeType").toString(), QStringLiteral("fargate"));
        const Node lambda = RecommendedNode::make(bank, catalog, "lambda", {{"run_duration", "subsecond"}});
        QCOMPARE(lambda.props.value("timeoutS").toInt(), 3);
        // Every value is in the catalog's range.
        for (const Node &n : {fargate, ec2, eks, lambda}) {
            const KindSpec *kind = catalog.kind(n.kind);
            for (auto it = n.props.begin(); it != n.props.end(); ++it) {
                const PropertySpec *p = kind->property(it.key());
                QVERIFY2(p, qPrintable(it.key()));
                QCOMPARE(p->checkType(it.value()), QString());
                QCOMPARE(p->checkRange(it.value()), QString());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestDecisionCommands)
#include "tst_decisioncommands.moc"
