#include "catalog/catalog.h"
#include "model/problemchecker.h"
#include "model/wiringrules.h"
#include "sim/simulator.h"

#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace archscope;
using testsupport::edge;
using testsupport::node;

// The `external` kind: a resource an import found that Archscope has no kind for. It shows its
// resource type, takes and gives any wire, and the simulator relays through it at no cost.
class TestExternalKind : public QObject
{
    Q_OBJECT

    static QJsonObject traffic(double rate)
    {
        return {{"traffic", QJsonObject{{"shape", "constant"}, {"rate", rate}, {"noise", "none"}}}};
    }

    static QString loadWith(const QString &key, const QJsonValue &value)
    {
        QTemporaryDir dir;
        if (!testsupport::copyCatalog(dir.path()))
            return QStringLiteral("cannot copy the catalog");
        QFile f(dir.filePath("external.json"));
        if (!f.open(QIODevice::ReadOnly))
            return f.fileName();
        QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        o.insert(key, value);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return f.fileName();
        f.write(QJsonDocument(o).toJson());
        f.close();
        Catalog c;
        QString error;
        return c.load(dir.path(), &error) ? QString() : error;
    }

private slots:
    void catalogDeclaresIt()
    {
        const KindSpec *k = Catalog::builtin().kind("external");
        QVERIFY(k);
        QVERIFY(k->anyWire);
        QVERIFY(k->plainBox);
        QCOMPARE(k->subtitleProperty, QStringLiteral("resourceType"));
        QCOMPARE(k->simulation.model, SimulationSpec::Model::Relay);
        QVERIFY(k->simulation.costItems.isEmpty());
        QVERIFY(k->prices.isEmpty());
        QCOMPARE(k->category, QStringLiteral("other"));
        // The subtitle: the resource type when there is one, else the kind's short name.
        QCOMPARE(k->subtitle({{"resourceType", "AWS::StepFunctions::StateMachine"}}),
                 QStringLiteral("AWS::StepFunctions::StateMachine"));
        QCOMPARE(k->subtitle({}), k->shortName);
        // Every other kind keeps its short name.
        QCOMPARE(Catalog::builtin().kind("lambda")->subtitle({{"resourceType", "x"}}), QStringLiteral("Lambda"));
        QVERIFY(!Catalog::builtin().kind("lambda")->anyWire);
    }

    void catalogRefusesBadDisplayFields_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("wiring") << "wiring" << QJsonValue("sometimes") << "/wiring";
        QTest::newRow("subtitle not a text") << "subtitle" << QJsonValue("shards") << "/subtitle";
        QTest::newRow("subtitle unknown") << "subtitle" << QJsonValue("colour") << "/subtitle";
        QTest::newRow("shape") << "shape" << QJsonValue("circle") << "/shape";
    }

    void catalogRefusesBadDisplayFields()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        const QString error = loadWith(key, value);
        QVERIFY2(error.contains("external.json") && error.contains(message), qPrintable(error));
    }

    void takesAndGivesAnyWire_data()
    {
        QTest::addColumn<QString>("fromKind");
        QTest::addColumn<QJsonObject>("fromProps");
        QTest::addColumn<QString>("toKind");
        QTest::addColumn<int>("requested");  // -1: none
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("model");
        using M = InvocationModel;
        using K = EdgeKind;
        const QJsonObject none;
        // Out of an external resource: the model its "invokes" setting names.
        QTest::newRow("external → lambda, default async") << "external" << none << "lambda" << -1 << true << int(K::Trigger) << int(M::AsyncPush);
        QTest::newRow("external → lambda, stream") << "external" << QJsonObject{{"invokes", "stream"}} << "lambda" << -1 << true << int(K::Trigger) << int(M::StreamPoll);
        QTest::newRow("external → fargate, queue") << "external" << QJsonObject{{"invokes", "queue"}} << "fargate" << -1 << true << int(K::Trigger) << int(M::QueuePoll);
        QTest::newRow("external → ec2, sync") << "external" << QJsonObject{{"invokes", "sync"}} << "ec2" << -1 << true << int(K::Trigger) << int(M::SyncPush);
        QTest::newRow("external → sqs") << "external" << none << "sqs" << -1 << true << int(K::Trigger) << int(M::AsyncPush);
        QTest::newRow("external → external") << "external" << QJsonObject{{"invokes", "sync"}} << "external" << -1 << true << int(K::Trigger) << int(M::SyncPush);
        // Into one: a source delivers the way it delivers to a function.
        QTest::newRow("sqs → external") << "sqs" << none << "external" << -1 << true << int(K::Trigger) << int(M::QueuePoll);
        QTest::newRow("kinesis → external") << "kinesis" << none << "external" << -1 << true << int(K::Trigger) << int(M::StreamPoll);
        QTest::newRow("apigw → external") << "apigw" << none << "external" << -1 << true << int(K::Trigger) << int(M::SyncPush);
        QTest::newRow("s3 → external") << "s3" << none << "external" << -1 << true << int(K::Trigger) << int(M::AsyncPush);
        QTest::newRow("opensearch → external") << "opensearch" << none << "external" << -1 << true << int(K::Trigger) << int(M::AsyncPush);
        // Compute writes into one, and a function may route failures to it.
        QTest::newRow("lambda → external") << "lambda" << none << "external" << -1 << true << int(K::Write) << int(M::Write);
        QTest::newRow("lambda → external, failure") << "lambda" << none << "external" << int(K::Failure) << true << int(K::Failure) << int(M::OnFailure);
        QTest::newRow("fargate → external, failure") << "fargate" << none << "external" << int(K::Failure) << false << 0 << 0;
        QTest::newRow("lambda → external, trigger") << "lambda" << none << "external" << int(K::Trigger) << false << 0 << 0;
        QTest::newRow("sqs → external, write") << "sqs" << none << "external" << int(K::Write) << false << 0 << 0;
    }

    void takesAndGivesAnyWire()
    {
        QFETCH(QString, fromKind);
        QFETCH(QJsonObject, fromProps);
        QFETCH(QString, toKind);
        QFETCH(int, requested);
        QFETCH(bool, allowed);
        const WiringRules rules(Catalog::builtin());
        const std::optional<EdgeKind> asked = requested < 0 ? std::nullopt : std::optional(EdgeKind(requested));
        const WireCheck c = rules.check(node("a", fromKind, fromProps), node("b", toKind), asked);
        QCOMPARE(c.allowed, allowed);
        QVERIFY(!c.explanation.isEmpty());
        if (!allowed)
            return;
        QFETCH(int, kind);
        QFETCH(int, model);
        QCOMPARE(int(c.kind), kind);
        QCOMPARE(int(c.model), model);
    }

    void wiresToItAreNoProblem()
    {
        DocumentData d;
        d.nodes = {node("topic", "sns"), node("flow", "external", {{"resourceType", "AWS::StepFunctions::StateMachine"}}),
                   node("fn", "lambda")};
        d.edges = {edge("topic", "flow"), edge("flow", "fn"), edge("fn", "flow", EdgeKind::Write)};
        for (const Problem &p : ProblemChecker(Catalog::builtin()).check(d))
            QVERIFY2(!p.isError(), qPrintable(p.message));
    }

    void simulatorRelaysThroughItAtNoCost()
    {
        // 10 events/s from a topic through an external resource into a function: the function
        // sees every event, and the external resource adds nothing to the bill.
        DocumentData viaExternal;
        viaExternal.nodes = {node("topic", "sns", traffic(10)), node("flow", "external"), node("fn", "lambda")};
        viaExternal.edges = {edge("topic", "flow"), edge("flow", "fn")};
        DocumentData direct;
        direct.nodes = {node("topic", "sns", traffic(10)), node("fn", "lambda")};
        direct.edges = {edge("topic", "fn")};
        SimulationOptions o;
        o.horizonS = 3600;
        o.stepS = 60;
        const SimulationResults a = Simulator::run(viaExternal, Catalog::builtin(), o);
        const SimulationResults b = Simulator::run(direct, Catalog::builtin(), o);
        QVERIFY2(a.ok(), qPrintable(a.error));
        QVERIFY(a.warnings.isEmpty());
        QCOMPARE(a.node("flow")->costUsd, 0.0);
        QVERIFY(a.node("flow")->items.isEmpty());
        QCOMPARE(a.node("flow")->throttled, 0.0);
        QCOMPARE(a.node("fn")->invocations, b.node("fn")->invocations);
        QVERIFY(qAbs(a.node("fn")->invocations - 36000) < 1);
        QCOMPARE(a.totalCostUsd, b.totalCostUsd);
    }

    void streamCapComesFromItsShards()
    {
        // A Kafka-like source polled by a function: at most shards × parallelization at once.
        DocumentData d;
        QJsonObject props = traffic(200);
        props.insert("invokes", "stream");
        props.insert("shards", 3);
        d.nodes = {node("kafka", "external", props), node("fn", "lambda", {{"durationMs", 1000}})};
        d.edges = {edge("kafka", "fn", EdgeKind::Trigger, {{"batchSize", 1}})};
        SimulationOptions o;
        o.horizonS = 3600;
        o.stepS = 60;
        const SimulationResults r = Simulator::run(d, Catalog::builtin(), o);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.node("fn")->peakConcurrency <= 3.0 + 1e-9);
        QVERIFY(r.node("fn")->peakConcurrency > 2.5);
    }
};

QTEST_GUILESS_MAIN(TestExternalKind)
#include "tst_externalkind.moc"
