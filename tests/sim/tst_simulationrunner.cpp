// The background runner: results arrive on the caller's thread, the newest request wins,
// cancellation stops a run, and what-if replays work through the same engine.

#include "simtesthelpers.h"

#include "sim/simulationrunner.h"
#include "sim/simulator.h"
#include "sim/whatif.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace archscope;
using namespace simtest;

namespace {
DocumentData diagram(double rate)
{
    DocumentData d;
    d.nodes = {node("api", "apigw", constantTraffic(rate, true)), node("fn", "lambda", {{"durationMs", 200}})};
    d.edges = {edge("api", "fn")};
    d.settings.horizonS = 7 * 86400;
    d.settings.stepS = 60;
    return d;
}

// A month at one-second steps: long enough to be superseded, cancelled or report progress.
DocumentData longRun()
{
    DocumentData d = diagram(10);
    d.settings.horizonS = 31 * 86400;
    d.settings.stepS = 1;
    return d;
}
} // namespace

class TestSimulationRunner : public QObject
{
    Q_OBJECT

private slots:
    void deliversOnTheCallersThread()
    {
        SimulationRunner runner(Catalog::builtin());
        QThread *callerThread = QThread::currentThread();
        QThread *deliveredOn = nullptr;
        std::shared_ptr<const SimulationResults> results;
        connect(&runner, &SimulationRunner::finished, this,
                [&](quint64, std::shared_ptr<const SimulationResults> r) {
                    deliveredOn = QThread::currentThread();
                    results = r;
                });
        QSignalSpy finished(&runner, &SimulationRunner::finished);
        const quint64 id = runner.request(diagram(10));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).value<quint64>(), id);
        QCOMPARE(deliveredOn, callerThread);
        QVERIFY(results && results->ok());
        QVERIFY(results->node("fn")->invocations > 0);
    }

    void newestRequestWins()
    {
        SimulationRunner runner(Catalog::builtin());
        QSignalSpy finished(&runner, &SimulationRunner::finished);
        const DocumentData big = longRun();
        runner.request(big);
        runner.request(big);
        const quint64 last = runner.request(diagram(20));
        QVERIFY(finished.wait(20000));
        QTest::qWait(200);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).value<quint64>(), last);
        const auto r = finished.first().at(1).value<std::shared_ptr<const SimulationResults>>();
        QVERIFY(qAbs(r->node("fn")->arrivals / (7 * 86400.0) - 20) < 0.5);
    }

    void longRunsReportProgress()
    {
        SimulationRunner runner(Catalog::builtin());
        QSignalSpy finished(&runner, &SimulationRunner::finished);
        QSignalSpy progress(&runner, &SimulationRunner::progress);
        const DocumentData big = longRun();
        runner.request(big);
        QVERIFY(finished.wait(60000));
        QVERIFY(!progress.isEmpty());
        double last = 0;
        for (const QList<QVariant> &report : progress) {
            const double fraction = report.at(1).toDouble();
            QVERIFY(fraction > last && fraction <= 1);
            last = fraction;
        }
    }

    void cancelStopsAndEmitsNothing()
    {
        SimulationRunner runner(Catalog::builtin());
        QSignalSpy finished(&runner, &SimulationRunner::finished);
        QSignalSpy progress(&runner, &SimulationRunner::progress);
        const DocumentData big = longRun();
        runner.request(big);
        QTest::qWait(50);
        runner.cancel();
        QVERIFY(runner.waitForIdle(10000));
        QTest::qWait(100);
        QCOMPARE(finished.size(), 0);
        QVERIFY(!runner.isBusy());
    }

    void destroyingARunningRunnerIsSafe()
    {
        auto *runner = new SimulationRunner(Catalog::builtin());
        const DocumentData big = longRun();
        runner->request(big);
        QTest::qWait(20);
        delete runner;  // joins the worker after it stops at its next chunk
        QTest::qWait(50);
    }

    void whatIfReplaysTheSameArrivals()
    {
        DocumentData d = diagram(30);
        const WhatIf::Comparison c = WhatIf::compare(d, "fn", Catalog::builtin(), SimulationOptions::fromSettings(d.settings));
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        QCOMPARE(c.options.size(), 3);
        const SimulationResults original = Simulator::run(d, Catalog::builtin(), SimulationOptions::fromSettings(d.settings));
        for (const WhatIf::Option &o : c.options) {
            QVERIFY2(qAbs(o.summary.arrivals - original.node("fn")->arrivals) < 1e-6, qPrintable(o.kind));
            QVERIFY(o.totalUsd > 0);
            QVERIFY(!o.cumulativeCost.isEmpty());
        }
        // The Lambda replay is the original function: same bill.
        QVERIFY(qAbs(c.options[0].totalUsd - original.node("fn")->costUsd) < 1e-9);
        // Break-even: Lambda's cost grows with the rate; the fleets' floor is their minimum.
        QVERIFY(c.breakEven.size() > 10);
        QVERIFY(c.breakEven.last().lambdaMonthlyUsd > c.breakEven.first().lambdaMonthlyUsd * 1000);
        QVERIFY(c.breakEven.first().fargateMonthlyUsd > c.breakEven.first().lambdaMonthlyUsd);
        QVERIFY(c.lambdaFargateBreakEvenRate > 0);
        // Not a compute node: a clear error.
        QVERIFY(!WhatIf::compare(d, "api", Catalog::builtin(), SimulationOptions::fromSettings(d.settings)).error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSimulationRunner)
#include "tst_simulationrunner.moc"
