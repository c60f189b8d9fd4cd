#include "testsupport.h"

#include "model/wiringrules.h"

#include <QTest>

using namespace testsupport;

namespace {
// A node of `kind`, its stream (a table's) on or off.
Node ofKind(const QString &kind, bool stream = true)
{
    return node(kind + "_node", kind, kind == "dynamodb" ? QJsonObject{{"streamEnabled", stream}} : QJsonObject());
}
} // namespace

class TestWiringRules : public QObject
{
    Q_OBJECT

private slots:
    // Every cell of DESIGN.md's trigger table: "" = refused, else the model id.
    void triggerTable_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("stream");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("hintMentions");
        const QStringList containers = {"fargate", "ecs_ec2", "eks", "ec2"};
        auto row = [](const QString &s, bool stream, const QString &t, const QString &model, const QString &hint) {
            QTest::newRow(qPrintable(s + (stream ? "" : "(off)") + "->" + t)) << s << stream << t << model << hint;
        };
        for (const QString &t : QStringList{"lambda"} + containers) {
            const bool lambda = t == "lambda";
            row("apigw", true, t, "sync", "");
            row("alb", true, t, "sync", "");
            row("alexa", true, t, lambda ? "sync" : "", "Lambda");
            row("s3", true, t, lambda ? "async" : "", "SNS, SQS or EventBridge");
            row("sns", true, t, "async", "");
            row("eventbridge", true, t, t == "ec2" ? "" : "async", "SQS");
            row("config", true, t, lambda ? "async" : "", "SQS");
            row("iot", true, t, lambda ? "async" : "", "SQS");
            row("kinesis", true, t, "stream", "");
            row("dynamodb", true, t, lambda ? "stream" : "", "Lambda");
            row("dynamodb", false, t, "", lambda ? "enable the table's stream" : "Lambda");
            row("sqs", true, t, "queue", "");
            row("opensearch", true, t, "", "not an event source");
        }
    }

    void triggerTable()
    {
        QFETCH(QString, source);
        QFETCH(bool, stream);
        QFETCH(QString, target);
        QFETCH(QString, model);
        QFETCH(QString, hintMentions);
        const WiringRules rules(Catalog::builtin());
        const WireCheck c = rules.check(ofKind(source, stream), ofKind(target));
        QCOMPARE(c.allowed, !model.isEmpty());
        QVERIFY2((c.explanation.endsWith('.') || c.explanation.endsWith(".)")) && c.explanation.size() > 30,
                 qPrintable(c.explanation));
        if (c.allowed) {
            QCOMPARE(invocationModelId(c.model), model);
            QCOMPARE(c.kind, EdgeKind::Trigger);
        } else {
            QVERIFY2(c.explanation.contains(hintMentions), qPrintable(c.explanation));
        }
    }

    void writesFromCompute()
    {
        const WiringRules rules(Catalog::builtin());
        for (const char *store : {"s3", "dynamodb", "opensearch", "kinesis", "sns", "sqs", "eventbridge"}) {
            const WireCheck c = rules.check(ofKind("lambda"), ofKind(store));
            QVERIFY2(c.allowed, store);
            QCOMPARE(c.kind, EdgeKind::Write);
            QCOMPARE(c.model, InvocationModel::Write);
            QVERIFY(rules.check(ofKind("fargate"), ofKind(store)).allowed);
        }
        QVERIFY(!rules.check(ofKind("lambda"), ofKind("apigw")).allowed);
        QVERIFY(!rules.check(ofKind("lambda"), ofKind("fargate")).allowed);
    }

    void failureWiresOnlyFromLambdaToQueueOrTopic()
    {
        const WiringRules rules(Catalog::builtin());
        for (const char *dlq : {"sqs", "sns"}) {
            const WireCheck c = rules.check(ofKind("lambda"), ofKind(dlq), EdgeKind::Failure);
            QVERIFY(c.allowed);
            QCOMPARE(c.model, InvocationModel::OnFailure);
            QVERIFY(c.kinds.contains(EdgeKind::Write) && c.kinds.contains(EdgeKind::Failure));
        }
        QVERIFY(!rules.check(ofKind("lambda"), ofKind("s3"), EdgeKind::Failure).allowed);
        QVERIFY(!rules.check(ofKind("fargate"), ofKind("sqs"), EdgeKind::Failure).allowed);
        // A trigger pair cannot be re-labelled as a write.
        QVERIFY(!rules.check(ofKind("sqs"), ofKind("lambda"), EdgeKind::Write).allowed);
    }

    void routesBetweenSourcesThatTheHintsSuggest()
    {
        const WiringRules rules(Catalog::builtin());
        for (const char *via : {"sns", "sqs", "eventbridge"})
            QVERIFY2(rules.check(ofKind("s3"), ofKind(via)).allowed, via);
        QVERIFY(rules.check(ofKind("sns"), ofKind("sqs")).allowed);
        QVERIFY(rules.check(ofKind("iot"), ofKind("sqs")).allowed);
        QVERIFY(rules.check(ofKind("iot"), ofKind("kinesis")).allowed);
        QVERIFY(rules.check(ofKind("config"), ofKind("eventbridge")).allowed);
        QVERIFY(rules.check(ofKind("dynamodb"), ofKind("kinesis")).allowed);
        QVERIFY(!rules.check(ofKind("sqs"), ofKind("sns")).allowed);
        QVERIFY(!rules.check(ofKind("opensearch"), ofKind("s3")).allowed);
    }

    void selfWireIsRefused()
    {
        const WiringRules rules(Catalog::builtin());
        const Node n = ofKind("sqs");
        QVERIFY(!rules.check(n, n).allowed);
    }

    void summariesCoverEveryKind()
    {
        const WiringRules rules(Catalog::builtin());
        const QStringList in = rules.incomingSummary("lambda");
        QCOMPARE(in.size(), Catalog::builtin().kinds().size());
        QVERIFY(in.join('\n').contains("✗"));
        QVERIFY(in.join('\n').contains("✓"));
        // A bucket notifies Lambda, SNS, SQS and EventBridge (and an imported resource of no
        // known kind takes any wire), and is written to by compute.
        const QStringList out = rules.outgoingSummary("s3");
        QCOMPARE(out.size(), Catalog::builtin().kinds().size() - 1);
        QCOMPARE(out.filter("✓").size(), 5);
        for (const char *target : {"Lambda", "SNS", "SQS", "EventBridge", "External"})
            QVERIFY2(out.filter(QStringLiteral("→ %1: ✓").arg(QLatin1String(target))).size() == 1, target);
    }
};

QTEST_GUILESS_MAIN(TestWiringRules)
#include "tst_wiringrules.moc"
