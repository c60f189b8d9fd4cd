// A compute kind is data: a catalog with two kinds that exist only as JSON
// (tests/data/catalog-extra: an App Runner-like fleet and a second function kind) compiles,
// simulates, prices, compares and power-tunes them with no code of their own.

#include "simtesthelpers.h"

#include "sim/powertuning.h"
#include "sim/simgraph.h"
#include "sim/simulator.h"
#include "sim/whatif.h"

#include <QTemporaryDir>
#include <QTest>

using namespace archscope;
using namespace simtest;

class TestKindsAsData : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Catalog m_catalog;

    static double sumOfItems(const SimulationResults::NodeSummary &n)
    {
        double usd = 0;
        for (const SimulationResults::CostItem &i : n.items)
            usd += i.usd;
        return usd;
    }

    static const SimulationResults::CostItem *item(const SimulationResults::NodeSummary &n, const QString &name)
    {
        for (const SimulationResults::CostItem &i : n.items)
            if (i.name == name)
                return &i;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(copyCatalog(m_dir.path(), {"apprunner", "edgefn"}));
        QString error;
        QVERIFY2(m_catalog.load(m_dir.path(), &error), qPrintable(error));
        QCOMPARE(m_catalog.kind("apprunner")->simulation.model, SimulationSpec::Model::Fleet);
        QCOMPARE(m_catalog.kind("edgefn")->simulation.model, SimulationSpec::Model::Function);
    }

    void fleetKindScalesOnItsOwnProperties()
    {
        DocumentData d;
        d.nodes = {node("api", "apigw", constantTraffic(20)), node("svc", "apprunner")};
        d.edges = {edge("api", "svc")};
        const SimGraph g = SimGraph::compile(d, m_catalog);
        QVERIFY2(g.error.isEmpty() && g.warnings.isEmpty(), qPrintable(g.error + g.warnings.join(';')));
        const SimGraph::Node &svc = g.nodes[1];
        QCOMPARE(svc.role, SimGraph::Role::Container);
        QCOMPARE(svc.unitCapacity, 10.0);      // requestsPerInstance
        QCOMPARE(svc.minUnits, 1.0);           // minSize
        QCOMPARE(svc.maxUnits, 25.0);          // maxSize
        QCOMPARE(svc.targetUtilization, 0.5);  // targetLoad
        QCOMPARE(svc.launchDelayS, 30.0);      // startS
        // Per instance-second: 1 vCPU x $0.064 + 2 GB x $0.007, per hour.
        QCOMPARE(svc.usdPerUnitSecond, 1 / 3600.0 * 0.064 + 2 / 3600.0 * 0.007);

        // 20 req/s on instances of 10 req/s at a 50 % target: 4 instances once scaled out
        // (fewer for the first minutes: target tracking decides when the first minute
        // closes and the launch lands 30 s later), exactly as Fargate with the same numbers
        // under its own property names.
        const SimulationResults r = Simulator::run(d, m_catalog, options(86400, 60));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const SimulationResults::NodeSummary *n = r.node("svc");
        QVERIFY2(n->meanConcurrency > 3.99 && n->meanConcurrency < 4.01, qPrintable(QString::number(n->meanConcurrency, 'g', 12)));
        QVERIFY(n->invocations > 0.99 * 20 * 86400);
        d.nodes[1] = node("svc", "fargate", QJsonObject{{"capacityPerTask", 10}, {"minTasks", 1}, {"maxTasks", 25},
                                                        {"targetUtilization", 0.5}, {"scaleOutDelayS", 30},
                                                        {"vcpu", 1}, {"memoryGb", 2}});
        const SimulationResults fargate = Simulator::run(d, m_catalog, options(86400, 60));
        const SimulationResults::NodeSummary *f = fargate.node("svc");
        QCOMPARE(n->peakConcurrency, f->peakConcurrency);
        QCOMPARE(n->meanConcurrency, f->meanConcurrency);
        QCOMPARE(n->invocations, f->invocations);
        QCOMPARE(n->throttled, f->throttled);
        QCOMPARE(n->peakBacklog, f->peakBacklog);
        const SimulationResults::CostItem *vcpu = item(*n, "vcpuHour");
        const SimulationResults::CostItem *memory = item(*n, "gbHour");
        QVERIFY(vcpu && memory);
        QCOMPARE(vcpu->unit, QString("vCPU-hours"));
        QCOMPARE(vcpu->label, QString("vCPU"));
        // Instance-hours x 1 vCPU and x 2 GB: the mean instances over 24 h.
        QVERIFY(qAbs(vcpu->quantity - n->meanConcurrency * 24) < 1e-6 * vcpu->quantity);
        QVERIFY(qAbs(memory->quantity - 2 * vcpu->quantity) < 1e-9 * memory->quantity);
        QVERIFY(qAbs(n->costUsd - (vcpu->quantity * 0.064 + memory->quantity * 0.007)) < 1e-9);
        QVERIFY(qAbs(n->costUsd - sumOfItems(*n)) < 1e-12);
    }

    void functionKindRunsWithFunctionPhysics()
    {
        DocumentData d;
        d.nodes = {node("queue", "sqs", constantTraffic(5)),
                   node("fn", "edgefn", QJsonObject{{"memMb", 5000}, {"runMs", 200}})};
        d.edges = {edge("queue", "fn")};
        const SimGraph g = SimGraph::compile(d, m_catalog);
        QVERIFY2(g.error.isEmpty() && g.warnings.isEmpty(), qPrintable(g.error + g.warnings.join(';')));
        const SimGraph::Node &fn = g.nodes[1];
        QCOMPARE(fn.role, SimGraph::Role::Lambda);
        QCOMPARE(g.outWires[0].slot, SimGraph::Slot::Poll);  // a queue polled for a function
        QCOMPARE(fn.memoryGb, 3008 / 1024.0);  // clamped to its own memory range, not Lambda's
        QCOMPARE(fn.durationS, 0.2);
        QCOMPARE(fn.retries, 0);               // a constant in its block
        QCOMPARE(fn.reserved, -1.0);

        const SimulationResults r = Simulator::run(d, m_catalog, options(86400, 60));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const SimulationResults::NodeSummary *n = r.node("fn");
        QVERIFY(n->invocations > 0);
        QCOMPARE(n->throttled, 0.0);
        // The same as Lambda given the same numbers under Lambda's names.
        d.nodes[1] = node("fn", "lambda", QJsonObject{{"memoryMb", 3008}, {"durationMs", 200}, {"timeoutS", 5},
                                                     {"coldStartMs", 100}, {"retries", 0}});
        const SimulationResults lambda = Simulator::run(d, m_catalog, options(86400, 60));
        QCOMPARE(n->invocations, lambda.node("fn")->invocations);
        QCOMPARE(n->coldStarts, lambda.node("fn")->coldStarts);
        QCOMPARE(n->peakConcurrency, lambda.node("fn")->peakConcurrency);
        QCOMPARE(n->peakBacklog, lambda.node("fn")->peakBacklog);
        const SimulationResults::CostItem *requests = item(*n, "requests");
        const SimulationResults::CostItem *duration = item(*n, "duration");
        QVERIFY(requests && duration && item(*n, "init"));
        QVERIFY(qAbs(requests->quantity - n->invocations) < 1e-6 * n->invocations);
        QVERIFY(qAbs(requests->usd - n->invocations * 0.6 / 1e6) < 1e-9);
        // 200 ms (already whole milliseconds) at 3,008 MB per invocation.
        QVERIFY(qAbs(duration->quantity - n->invocations * 0.2 * 3008 / 1024) < 1e-6 * duration->quantity);
        QVERIFY(qAbs(duration->usd - duration->quantity * 0.00005001) < 1e-9);
        QVERIFY(qAbs(n->costUsd - sumOfItems(*n)) < 1e-12);
    }

    void whatIfAndPowerTuningTakeTheNewKinds()
    {
        DocumentData d;
        d.nodes = {node("api", "apigw", constantTraffic(20)), node("svc", "apprunner")};
        d.edges = {edge("api", "svc")};
        d.settings.horizonS = 86400;
        const WhatIf::Comparison c = WhatIf::compare(d, "svc", m_catalog, options(86400, 60));
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        QCOMPARE(c.options.size(), 3);
        // The fleet's CPU per request (1 vCPU / 10 req/s) sizes the stand-ins: Lambda at one
        // vCPU takes 0.1 s of CPU plus as much I/O.
        QCOMPARE(c.options[0].props.value("durationMs").toDouble(), 200.0);
        for (const WhatIf::Option &o : c.options)
            QVERIFY2(o.summary.invocations > 0.99 * 20 * 86400, qPrintable(o.kind));

        const PowerTuning::Curve curve
            = PowerTuning::evaluate(m_catalog, node("fn", "edgefn", QJsonObject{{"memMb", 512}, {"runMs", 400}}));
        QCOMPARE(curve.points.first().memoryMb, 128);
        QCOMPARE(curve.points.last().memoryMb, 3008);
        QCOMPARE(curve.points[curve.current].memoryMb, 512);
        // Its own prices: $0.60 per million requests plus 400 ms x 0.5 GB x $0.00005001.
        QVERIFY(qAbs(curve.points[curve.current].costPerInvocationUsd - (0.6 / 1e6 + 0.4 * 0.5 * 0.00005001)) < 1e-15);
    }
};

QTEST_GUILESS_MAIN(TestKindsAsData)
#include "tst_kindsasdata.moc"
