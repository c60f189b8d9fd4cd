// Saturation, growing backlogs and throttles become warnings that name the node and the figure:
// read from hand-made results (the rules) and from real runs (the wiring to the simulator).
#include "simtesthelpers.h"

#include "sim/simulationproblems.h"
#include "sim/simulator.h"

#include <QLocale>
#include <QTest>

using namespace simtest;

namespace {

// Results of one compute node over `buckets` buckets, its series all zero.
SimulationResults oneNode(const QString &kind, int buckets = 100)
{
    SimulationResults r;
    r.horizonS = buckets * 60.0;
    r.bucketS = 60;
    r.bucketCount = buckets;
    SimulationResults::NodeSummary n;
    n.id = "workers";
    n.kind = kind;
    n.label = "Fulfilment workers";
    r.nodes.append(n);
    r.nodeSeries.resize(1);
    for (auto &s : r.nodeSeries[0])
        s.min = s.max = s.mean = SimulationResults::Values(buckets, 0.0f);
    return r;
}

void setBacklog(SimulationResults *r, const std::function<float(int)> &level)
{
    auto &b = r->nodeSeries[0][int(SimulationResults::Series::Backlog)];
    for (int i = 0; i < r->bucketCount; ++i)
        b.min[size_t(i)] = b.max[size_t(i)] = b.mean[size_t(i)] = level(i);
    r->nodes[0].peakBacklog = *std::max_element(b.max.cbegin(), b.max.cend());
}

QStringList codes(const QList<Problem> &problems)
{
    QStringList out;
    for (const Problem &p : problems) {
        out << p.code;
        // Every finding is a warning about a node, never an error.
        if (p.isError() || p.subject != Problem::Subject::Node)
            out << "not-a-node-warning";
    }
    return out;
}

QString count(double v)
{
    return QLocale().toString(std::round(v), 'f', 0);
}

} // namespace

class TestSimulationProblems : public QObject
{
    Q_OBJECT

private slots:
    void aFullFleetIsSaturated()
    {
        SimulationResults r = oneNode("fargate");
        r.nodes[0].peakConcurrency = 20;
        r.nodes[0].peakUtilization = 1;
        auto &u = r.nodeSeries[0][int(SimulationResults::Series::Utilization)].max;
        for (int i = 0; i < 25; ++i)
            u[size_t(i)] = 1;
        setBacklog(&r, [](int i) { return i < 25 ? float(100 * i) : 0.0f; });
        const QList<Problem> found = SimulationProblems::check(r, DocumentData(), Catalog::builtin());
        QCOMPARE(codes(found), QStringList{"saturated"});
        QCOMPARE(found[0].id, QStringLiteral("workers"));
        const QString m = found[0].message;
        QVERIFY2(m.contains("Fulfilment workers (workers)"), qPrintable(m));
        QVERIFY2(m.contains("20 tasks"), qPrintable(m));
        QVERIFY2(m.contains("25 %"), qPrintable(m));
        QVERIFY2(m.contains(count(2400) + " events"), qPrintable(m));
        // A backlog that drains after each burst is not a growing one.
        QVERIFY(!codes(found).contains("growing-backlog"));
    }

    void aFleetFullWhileScalingOutSaysSo()
    {
        SimulationResults r = oneNode("fargate");
        r.nodes[0].peakConcurrency = 41;
        r.nodes[0].peakUtilization = 1;
        DocumentData d;
        d.nodes = {node("workers", "fargate", {{"maxTasks", 200}})};
        const QList<Problem> found = SimulationProblems::check(r, d, Catalog::builtin());
        QCOMPARE(codes(found), QStringList{"saturated"});
        QVERIFY2(found[0].message.contains("all its 41 tasks are busy"), qPrintable(found[0].message));
        QVERIFY2(found[0].message.contains("maximum of 200"), qPrintable(found[0].message));
        // At its maximum, it is the maximum that binds.
        d.nodes[0].props = {{"maxTasks", 41}};
        QVERIFY(SimulationProblems::check(r, d, Catalog::builtin())[0].message.contains("its limit of 41 tasks"));
    }

    void aFleetBelowItsLimitIsFine()
    {
        SimulationResults r = oneNode("fargate");
        r.nodes[0].peakConcurrency = 20;
        r.nodes[0].peakUtilization = 0.97;
        QCOMPARE(SimulationProblems::check(r, DocumentData(), Catalog::builtin()).size(), 0);
    }

    void aBacklogThatNeverDrainsGrows()
    {
        SimulationResults r = oneNode("fargate");
        setBacklog(&r, [](int i) { return float(5 + 40 * i); });
        const QList<Problem> found = SimulationProblems::check(r, DocumentData(), Catalog::builtin());
        QCOMPARE(codes(found), QStringList{"growing-backlog"});
        QVERIFY2(found[0].message.contains("from 5 to " + count(5 + 40 * 99) + " events"), qPrintable(found[0].message));
        QVERIFY(found[0].message.contains("Fulfilment workers (workers)"));

        // Ending higher than it started but emptying in the second half: bursts, not growth.
        setBacklog(&r, [](int i) { return i % 10 == 9 ? 500.0f : 0.0f; });
        QCOMPARE(SimulationProblems::check(r, DocumentData(), Catalog::builtin()).size(), 0);
        // Never empty but ending lower than it started: it is draining.
        setBacklog(&r, [](int i) { return float(5000 - 40 * i); });
        QCOMPARE(SimulationProblems::check(r, DocumentData(), Catalog::builtin()).size(), 0);
    }

    void throttlesNameTheShare()
    {
        SimulationResults r = oneNode("lambda");
        r.nodes[0].arrivals = 40000;
        r.nodes[0].throttled = 1000;
        const QList<Problem> found = SimulationProblems::check(r, DocumentData(), Catalog::builtin());
        QCOMPARE(codes(found), QStringList{"throttled"});
        QVERIFY2(found[0].message.contains(count(1000) + " of " + count(40000) + " requests (2.5 %)"), qPrintable(found[0].message));
        // Less than one throttled request over the horizon rounds to none.
        r.nodes[0].throttled = 0.4;
        QCOMPARE(SimulationProblems::check(r, DocumentData(), Catalog::builtin()).size(), 0);
    }

    void aFailedRunFindsNothing()
    {
        SimulationResults r = oneNode("lambda");
        r.nodes[0].throttled = 1000;
        r.error = "a cycle of wires";
        QCOMPARE(SimulationProblems::check(r, DocumentData(), Catalog::builtin()).size(), 0);
    }

    void realRunsFindWhatIsThere()
    {
        // A function capped at one environment behind an API: requests are throttled.
        DocumentData capped;
        capped.nodes = {node("api", "apigw", constantTraffic(50)),
                        node("fn", "lambda", {{"reservedConcurrency", 1}, {"durationMs", 1000}})};
        capped.edges = {edge("api", "fn")};
        SimulationResults r = Simulator::run(capped, Catalog::builtin(), options(3600, 60));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QStringList found = codes(SimulationProblems::check(r, capped, Catalog::builtin()));
        QVERIFY2(found.contains("throttled"), qPrintable(found.join(',')));
        QVERIFY(found.contains("saturated"));
        QVERIFY(!found.contains("not-a-node-warning"));

        // A queue feeding one small task: the backlog grows all day.
        DocumentData slow;
        slow.nodes = {node("q", "sqs", constantTraffic(100)),
                      node("workers", "fargate", {{"minTasks", 1}, {"maxTasks", 1}, {"capacityPerTask", 10}})};
        slow.edges = {edge("q", "workers")};
        r = Simulator::run(slow, Catalog::builtin(), options(86400, 60));
        QVERIFY2(r.ok(), qPrintable(r.error));
        found = codes(SimulationProblems::check(r, slow, Catalog::builtin()));
        QVERIFY2(found.contains("growing-backlog"), qPrintable(found.join(',')));
        QVERIFY(found.contains("saturated"));

        // A function of 2 s on average under the default 3 s timeout: its slow tail fails.
        DocumentData slowFunction;
        slowFunction.nodes = {node("api", "apigw", constantTraffic(5)), node("fn", "lambda", {{"durationMs", 2000}})};
        slowFunction.edges = {edge("api", "fn")};
        r = Simulator::run(slowFunction, Catalog::builtin(), options(3600, 60));
        const QList<Problem> slowFound = SimulationProblems::check(r, slowFunction, Catalog::builtin());
        QCOMPARE(codes(slowFound), QStringList{"timeouts"});
        QVERIFY2(slowFound[0].message.contains("14 %") && slowFound[0].message.contains(count(2463)),
                 qPrintable(slowFound[0].message));
        QVERIFY(std::fabs(r.node("fn")->errors - r.node("fn")->timedOut) < 1e-6);
        // Under a timeout of 10 s (five times the mean) one in a hundred thousand: not news.
        slowFunction.nodes[1].props.insert("timeoutS", 10);
        r = Simulator::run(slowFunction, Catalog::builtin(), options(3600, 60));
        QVERIFY(r.node("fn")->timedOut > 0);
        QCOMPARE(SimulationProblems::check(r, slowFunction, Catalog::builtin()).size(), 0);

        // The fan-out example's workers fill up in the bursts; the REST API has room to spare.
        const DocumentData fanOut = loadExample("fan-out");
        r = Simulator::run(fanOut, Catalog::builtin(), SimulationOptions::fromSettings(fanOut.settings));
        const QList<Problem> fanOutFound = SimulationProblems::check(r, fanOut, Catalog::builtin());
        QVERIFY(std::any_of(fanOutFound.cbegin(), fanOutFound.cend(),
                            [](const Problem &p) { return p.code == "saturated" && p.id == "workers"; }));
        const DocumentData rest = loadExample("rest-api");
        r = Simulator::run(rest, Catalog::builtin(), SimulationOptions::fromSettings(rest.settings));
        QCOMPARE(SimulationProblems::check(r, rest, Catalog::builtin()).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSimulationProblems)
#include "tst_simulationproblems.moc"
