// Parts of a diagram that no wire joins, stepped side by side on threads (sim/partsrun.h):
// the same figures as the diagram stepped whole, the same bits on any number of threads, and
// the whole diagram stepped in order once the account's pool comes near enough for one
// part's functions to feel another's.

#include "chaindiagram.h"
#include "simtesthelpers.h"

#include "sim/partsrun.h"
#include "sim/roleformulas.h"
#include "sim/simgraph.h"
#include "sim/simulator.h"

#include <QFileInfo>
#include <QTest>

#include <set>

using namespace archscope;
using namespace simtest;

namespace {

SimulationResults run(const DocumentData &d, const SimulationOptions &o)
{
    return Simulator::run(d, Catalog::builtin(), o);
}

// Chains of four in the patterns of the examples (sync, queue, fleet, fan-out), each its own
// part: `count` of them.
DocumentData chains(int count)
{
    return chainDiagram(4 * count, true);
}

// Every bundled example side by side in one diagram, ids made distinct.
DocumentData examplesSideBySide()
{
    DocumentData all;
    int e = 0;
    for (const QString &path : examplePaths()) {
        const DocumentData d = loadFile(path);
        const QString p = QStringLiteral("e%1_").arg(e++);
        for (Node n : d.nodes) {
            n.id = p + n.id;
            all.nodes.append(n);
        }
        for (Edge w : d.edges) {
            w.id = p + w.id;
            w.from = p + w.from;
            w.to = p + w.to;
            all.edges.append(w);
        }
    }
    return all;
}

// Two parts, each a function behind API Gateway with random arrivals: 45 concurrent on
// average each, in an account of `account`.
DocumentData twoBusyFunctions()
{
    DocumentData d;
    for (const QString &p : {QStringLiteral("a_"), QStringLiteral("b_")}) {
        d.nodes.append(node(p + "api", "apigw", poissonTraffic("constant", 45)));
        d.nodes.append(node(p + "fn", "lambda", {{"durationMs", 1000}}));
        d.edges.append(edge(p + "api", p + "fn"));
    }
    return d;
}

SimulationOptions whole(SimulationOptions o)
{
    o.inParts = false;
    return o;
}

} // namespace

class TestPartsRun : public QObject
{
    Q_OBJECT

private slots:
    // Each component lies whole in one group, every node in exactly one, at most eight
    // groups, each in document order; the same graph gives the same groups.
    void groupsKeepComponentsWhole()
    {
        for (int count : {1, 2, 5, 9, 30}) {
            const SimGraph g = SimGraph::compile(chains(count), Catalog::builtin());
            const auto groups = g.independentGroups(8);
            QCOMPARE(int(groups.size()), std::min(count, 8));
            std::vector<int> groupOf(g.nodes.size(), -1);
            for (size_t k = 0; k < groups.size(); ++k) {
                QVERIFY(std::is_sorted(groups[k].begin(), groups[k].end()));
                for (int i : groups[k]) {
                    QCOMPARE(groupOf[i], -1);
                    groupOf[i] = int(k);
                }
            }
            QVERIFY(std::find(groupOf.begin(), groupOf.end(), -1) == groupOf.end());
            for (const SimGraph::Wire &w : g.outWires)
                QCOMPARE(groupOf[w.from], groupOf[w.to]);
            QCOMPARE(g.independentGroups(8), groups);
            if (count >= 8) {  // about equal work: no group more than a chain heavier than another
                std::set<size_t> sizes;
                for (const auto &group : groups)
                    sizes.insert(group.size());
                QVERIFY(*sizes.rbegin() - *sizes.begin() <= 4);
            }
        }
    }

    // A part is the graph of its nodes: the same nodes, wires (renumbered) and step order.
    void aPartIsItsNodesGraph()
    {
        const SimGraph g = SimGraph::compile(chains(6), Catalog::builtin());
        const std::vector<int> keep = g.independentGroups(3)[1];
        std::vector<int> wireOf;
        const SimGraph p = g.part(keep, &wireOf);
        QCOMPARE(p.nodes.size(), qsizetype(keep.size()));
        QCOMPARE(wireOf.size(), p.outWires.size());
        for (size_t w = 0; w < p.outWires.size(); ++w) {
            const SimGraph::Wire &a = p.outWires[w], &b = g.outWires[wireOf[w]];
            QCOMPARE(p.nodes[a.from].id, g.nodes[b.from].id);
            QCOMPARE(p.nodes[a.to].id, g.nodes[b.to].id);
            QCOMPARE(a.id, b.id);
            QCOMPARE(a.pollIndex >= 0, b.pollIndex >= 0);
        }
        for (const SimGraph::Node &node : p.nodes)
            for (int k = node.pollBegin; k < node.pollEnd; ++k)
                QCOMPARE(p.nodes[p.outWires[p.pollIn[k]].to].id, node.id);
        QCOMPARE(p.order.size(), keep.size());
        for (size_t k = 1; k < p.order.size(); ++k)
            QVERIFY(p.nodes[p.order[k - 1]].level <= p.nodes[p.order[k]].level);
    }

    // Side by side, the figures are the whole run's: to rounding (the diagram's row sums the
    // parts in another order; a function's view of a far pool moves a peak chance of 1e-30).
    void partsGiveTheWholeRunsFigures_data()
    {
        QTest::addColumn<QString>("diagram");
        QTest::addColumn<double>("horizonS");
        QTest::addColumn<double>("stepS");
        QTest::addColumn<bool>("freeTier");
        QTest::addColumn<QString>("capture");
        QTest::newRow("chains, a week at 60 s") << "chains" << 7 * 86400.0 << 60.0 << false << QString();
        QTest::newRow("chains, free tier shared") << "chains" << 7 * 86400.0 << 60.0 << true << QStringLiteral("c5_fn");
        QTest::newRow("chains, a day at 1 s (long buckets)") << "chains" << 86400.0 << 1.0 << false << QString();
        QTest::newRow("lane diagram") << "lanes" << 86400.0 << 10.0 << false << QStringLiteral("c3worker");
        QTest::newRow("examples side by side") << "examples" << 3 * 86400.0 << 60.0 << true << QString();
    }
    void partsGiveTheWholeRunsFigures()
    {
        QFETCH(QString, diagram);
        QFETCH(double, horizonS);
        QFETCH(double, stepS);
        QFETCH(bool, freeTier);
        QFETCH(QString, capture);
        const DocumentData d = diagram == "chains" ? chains(22) : diagram == "lanes" ? laneDiagram(5) : examplesSideBySide();
        QVERIFY(SimGraph::compile(d, Catalog::builtin()).independentGroups(8).size() > 1);
        SimulationOptions o = options(horizonS, stepS);
        o.freeTier = freeTier;
        o.captureArrivalsOf = capture;
        o.threads = 2;
        const SimulationResults parts = run(d, o);
        const SimulationResults one = run(d, whole(o));
        QVERIFY(parts.ok());
        QString why;
        QVERIFY2(agree(parts, one, 1e-9, &why), qPrintable(why));
        QVERIFY(!capture.isEmpty() || parts.capturedArrivals.empty());
        if (freeTier) {
            double credit = 0;
            for (const auto &n : parts.nodes)
                for (const auto &item : n.items)
                    credit += item.name == QLatin1String("freeTier") ? -item.usd : 0.0;
            QVERIFY(credit > 0);
        }
    }

    // The parts are the same whatever the threads: every bit.
    void threadsChangeNoBit()
    {
        const DocumentData d = chains(13);
        SimulationOptions o = options(2 * 86400, 60);
        o.threads = 1;
        const SimulationResults one = run(d, o);
        for (int threads : {2, 3, 8, 0}) {
            o.threads = threads;
            QString why;
            QVERIFY2(identical(run(d, o), one, &why), qPrintable(QStringLiteral("%1 threads: %2").arg(threads).arg(why)));
        }
    }

    // Two parts whose functions use 90 of a pool of 100 on average: each alone would have
    // the pool to itself, but together their random peaks meet its limit. The run steps the
    // diagram whole, so both share the pool alike: the same bits as the whole run, throttles
    // included.
    void aNearPoolStepsTheDiagramWhole_data()
    {
        QTest::addColumn<double>("account");
        QTest::addColumn<bool>("stepsWhole");
        QTest::newRow("pool of 100: whole") << 100.0 << true;
        QTest::newRow("pool of 150: whole (no room for nine deviations)") << 150.0 << true;
        QTest::newRow("pool of 1000: in parts") << 1000.0 << false;
    }
    void aNearPoolStepsTheDiagramWhole()
    {
        QFETCH(double, account);
        QFETCH(bool, stepsWhole);
        const DocumentData d = twoBusyFunctions();
        SimulationOptions o = options(6 * 3600, 60, account);
        o.threads = 2;
        const SimulationResults parts = run(d, o);
        const SimulationResults one = run(d, whole(o));
        QString why;
        QVERIFY2(agree(parts, one, stepsWhole ? 0.0 : 1e-9, &why), qPrintable(why));
        // Both really felt each other's use of the pool, alike (Erlang-B at 90 on 100: 2.7 %).
        if (account == 100) {
            const SimulationResults::NodeSummary *a = one.node("a_fn"), *b = one.node("b_fn");
            QVERIFY2(a->throttled > 0.02 * a->arrivals && std::fabs(a->throttled - b->throttled) < 1e-9 * a->throttled,
                     qPrintable(QStringLiteral("%1 and %2 of %3").arg(a->throttled).arg(b->throttled).arg(a->arrivals)));
        }
    }

    // The bench's chains (22 of them, no reserved concurrency) use up to about 190 of the
    // account at once, over two depths of functions. Each depth's load, with what shallower
    // ones took, stays beyond its random peaks' reach from 250 up: no function reads what the
    // others left, and the parts step side by side with the whole run's figures (a rule on the
    // total use alone, nine deviations of it, stepped them whole up to 350). At 200 the deeper
    // functions would meet the pool: whole. An edit in parts steps its part again alone.
    void aPoolFarAtEveryDepthStepsInParts_data()
    {
        QTest::addColumn<double>("account");
        QTest::addColumn<bool>("inParts");
        QTest::newRow("account of 300: in parts") << 300.0 << true;
        QTest::newRow("account of 200: whole") << 200.0 << false;
    }
    void aPoolFarAtEveryDepthStepsInParts()
    {
        QFETCH(double, account);
        QFETCH(bool, inParts);
        DocumentData d = chainDiagram(88);
        SimulationOptions o = options(2 * 86400, 60, account);
        o.threads = 2;
        sim::PartsCache cache;
        const SimulationResults first = *Simulator::run(d, Catalog::builtin(), o, {}, &cache);
        QCOMPARE(cache.stepped(), inParts ? 22 : 0);
        QString why;
        QVERIFY2(agree(first, run(d, whole(o)), inParts ? 1e-9 : 0.0, &why), qPrintable(why));
        if (!inParts)
            return;
        d.nodes[d.nodeIndex("c4_api")].props = poissonTraffic("diurnal", 80);
        QVERIFY2(identical(*Simulator::run(d, Catalog::builtin(), o, {}, &cache), run(d, o), &why), qPrintable(why));
        QCOMPARE(cache.stepped(), 1);
        QCOMPARE(cache.reused(), 21);
        QVERIFY2(agree(run(d, o), run(d, whole(o)), 1e-9, &why), qPrintable(why));
    }

    // A function's random peaks reach nine deviations and twenty above its load; beyond, it
    // meets the account's whole pool, whatever the others left.
    void aFarPoolIsTheAccounts()
    {
        QCOMPARE(sim::poolReach(0), 20.0);
        QCOMPARE(sim::poolReach(100), 210.0);
        QCOMPARE(sim::poolSeen(100, 209, 1000), 209.0);
        QCOMPARE(sim::poolSeen(100, 210, 1000), 1000.0);
        QCOMPARE(sim::poolSeen(0, 5, 1000), 1000.0);
    }

    // An edit steps again only the part it touched; the others come from the last run, and
    // the results are the bits of a run from scratch.
    void anEditStepsOnlyItsPart()
    {
        DocumentData d = chains(40);
        // The free tier is shared by every part, and one part's arrivals are kept.
        SimulationOptions o = options(2 * 86400, 60);
        o.freeTier = true;
        o.captureArrivalsOf = QStringLiteral("c7_fn");
        sim::PartsCache cache;
        auto cached = [&](const DocumentData &data, const SimulationOptions &opts) {
            return *Simulator::run(data, Catalog::builtin(), opts, {}, &cache);
        };
        QString why;
        const SimulationResults before = cached(d, o);
        QVERIFY2(identical(before, run(d, o), &why), qPrintable(why));
        QCOMPARE(cache.stepped(), 32);
        QCOMPARE(cache.reused(), 0);

        d.nodes[d.nodeIndex("c5_fn")].props.insert("memoryMb", 1024);
        const SimulationResults edited = cached(d, o);
        QVERIFY2(identical(edited, run(d, o), &why), qPrintable(why));
        QCOMPARE(cache.stepped(), 1);
        QCOMPARE(cache.reused(), 31);
        // The parts taken from the last run share its series (a 300-node week is about 45 MB
        // of them), and the part stepped again has its own.
        const auto storage = [](const SimulationResults &r, const char *id) {
            return r.series(r.nodeIndex(QLatin1String(id)), SimulationResults::Series::Arrivals).mean.constData();
        };
        QCOMPARE(storage(edited, "c7_fn"), storage(before, "c7_fn"));
        QVERIFY(storage(edited, "c5_fn") != storage(before, "c5_fn"));

        // Two edits in two parts, then one that changes nothing the simulation reads.
        d.nodes[d.nodeIndex("c6_svc")].props.insert("maxTasks", 20);
        d.edges[d.edgeIndex(d.edges[0].id)].props.insert("batchSize", 5);
        QVERIFY2(identical(cached(d, o), run(d, o), &why), qPrintable(why));
        QCOMPARE(cache.stepped(), 2);
        d.nodes[3].pos = QPointF(500, 500);
        QVERIFY2(identical(cached(d, o), run(d, o), &why), qPrintable(why));
        QCOMPARE(cache.stepped(), 0);

        // A label is in the results: its part again.
        d.nodes[d.nodeIndex("c9_fn")].label = QStringLiteral("Renamed");
        const SimulationResults renamed = cached(d, o);
        QCOMPARE(renamed.node("c9_fn")->label, QStringLiteral("Renamed"));
        QCOMPARE(cache.stepped(), 1);

        // Other options: nothing is reused.
        SimulationOptions seeded = o;
        seeded.accountConcurrency = 2000;
        QVERIFY2(identical(cached(d, seeded), run(d, seeded), &why), qPrintable(why));
        QCOMPARE(cache.reused(), 0);

        // A node more elsewhere changes the buckets' layout only past 600 nodes: the parts
        // it does not join are reused.
        d.nodes.append(node("lonely", "s3"));
        QVERIFY2(identical(cached(d, seeded), run(d, seeded), &why), qPrintable(why));
        QVERIFY(cache.reused() > 0);
    }

    // An edit that brings the pool near steps the diagram whole, with the whole run's bits;
    // the run after it, far again, reuses what it can.
    void anEditThatFillsThePoolStepsWhole()
    {
        DocumentData d = twoBusyFunctions();
        const SimulationOptions o = options(6 * 3600, 60, 400);
        sim::PartsCache cache;
        QString why;
        QVERIFY2(agree(*Simulator::run(d, Catalog::builtin(), o, {}, &cache), run(d, whole(o)), 1e-9, &why), qPrintable(why));
        QCOMPARE(cache.stepped(), 2);
        d.nodes[d.nodeIndex("b_api")].props = poissonTraffic("constant", 300);
        QVERIFY2(identical(*Simulator::run(d, Catalog::builtin(), o, {}, &cache), run(d, whole(o)), &why), qPrintable(why));
        d.nodes[d.nodeIndex("b_api")].props = poissonTraffic("constant", 40);
        QVERIFY2(agree(*Simulator::run(d, Catalog::builtin(), o, {}, &cache), run(d, whole(o)), 1e-9, &why), qPrintable(why));
        QCOMPARE(cache.stepped(), 1);
        QCOMPARE(cache.reused(), 1);
    }

    void aCancelledRunInPartsSaysSo()
    {
        SimulationOptions o = options(7 * 86400, 60);
        o.threads = 2;
        int calls = 0;
        const SimulationResults r = Simulator::run(chains(8), Catalog::builtin(), o, [&](double) { return ++calls < 3; });
        QVERIFY(r.cancelled);
        QCOMPARE(calls, 3);
        QVERIFY(r.nodes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPartsRun)
#include "tst_partsrun.moc"
