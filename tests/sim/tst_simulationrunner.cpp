// The background runner: results arrive on the caller's thread, the newest request wins,
// cancellation stops a run, and what-if replays work through the same engine.

#include "simtesthelpers.h"

#include "sim/simulationrunner.h"
#include "sim/simulator.h"
#include "sim/whatif.h"

#include <QElapsedTimer>
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

// A month at one-second steps: long enough to report progress.
DocumentData longRun()
{
    DocumentData d = diagram(10);
    d.settings.horizonS = 31 * 86400;
    d.settings.stepS = 1;
    return d;
}

// The month of longRun() for many functions: seconds of work, so a test can act mid-run.
DocumentData heavyRun()
{
    DocumentData d = longRun();
    for (int i = 0; i < 40; ++i) {
        const QString n = QString::number(i);
        d.nodes.append(node("api" + n, "apigw", constantTraffic(10 + i, true)));
        d.nodes.append(node("fn" + n, "lambda", {{"durationMs", 100 + 10 * i}}));
        d.edges.append(edge("api" + n, "fn" + n));
    }
    return d;
}

QList<quint64> ids(const QSignalSpy &finished)
{
    QList<quint64> out;
    for (const QList<QVariant> &signal : finished)
        out.append(signal.at(0).value<quint64>());
    return out;
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
        QSignalSpy progress(&runner, &SimulationRunner::progress);
        const DocumentData big = heavyRun();
        runner.request(big);
        QVERIFY(progress.wait(60000));  // superseded while it runs, not only while it waits
        runner.request(big);
        const quint64 last = runner.request(diagram(20));
        QVERIFY(finished.wait(20000));
        // The worker runs one request after another, so anything a superseded run might
        // emit would be on its way before the result of a request made now.
        const quint64 next = runner.request(diagram(30));
        QTRY_VERIFY_WITH_TIMEOUT(ids(finished).contains(next), 20000);
        QCOMPARE(ids(finished), (QList<quint64>{last, next}));
        const auto r = finished.first().at(1).value<std::shared_ptr<const SimulationResults>>();
        QVERIFY(qAbs(r->node("fn")->arrivals / (7 * 86400.0) - 20) < 0.5);
    }

    void longRunsReportProgress()
    {
        SimulationRunner runner(Catalog::builtin());
        QSignalSpy finished(&runner, &SimulationRunner::finished);
        QSignalSpy progress(&runner, &SimulationRunner::progress);
        // Seconds of work: a run that ends within 50 ms reports nothing (the month of
        // longRun() alone now can, on two cores).
        const quint64 id = runner.request(heavyRun());
        QVERIFY(finished.wait(60000));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.value(0).value(0).value<quint64>(), id);
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
        const quint64 cancelled = runner.request(heavyRun());
        QVERIFY(progress.wait(60000));  // it is running
        QVERIFY(runner.isBusy());
        runner.cancel();
        QVERIFY(runner.waitForIdle(10000));
        QVERIFY(!runner.isBusy());
        // A later request's result is the event that shows the cancelled one sent nothing:
        // one worker, one run after another.
        const quint64 later = runner.request(diagram(20));
        QVERIFY(finished.wait(20000));
        QCOMPARE(ids(finished), QList<quint64>{later});
        for (const QList<QVariant> &report : progress)
            QVERIFY(report.at(0).value<quint64>() == cancelled || report.at(0).value<quint64>() == later);
    }

    void destroyingARunningRunnerIsSafe()
    {
        auto *runner = new SimulationRunner(Catalog::builtin());
        QSignalSpy progress(runner, &SimulationRunner::progress);
        bool finished = false;
        connect(runner, &SimulationRunner::finished, this, [&finished] { finished = true; });
        runner->request(heavyRun());
        // Mid-run: two progress reports, most of the run still ahead; their pace says how long
        // the rest would take.
        QVERIFY(progress.wait(60000));
        QElapsedTimer sinceFirst;
        sinceFirst.start();
        QVERIFY(progress.wait(60000));
        const double first = progress.at(0).at(1).toDouble();
        const double last = progress.last().at(1).toDouble();
        const double restMs = double(sinceFirst.elapsed()) * (1 - last) / (last - first);
        QVERIFY2(last > first && last < 0.5, qPrintable(QStringLiteral("%1 then %2").arg(first).arg(last)));
        QVERIFY(runner->isBusy());

        QElapsedTimer destroying;
        destroying.start();
        delete runner;  // stops the run at its next chunk and joins the worker
        const double destroyMs = double(destroying.elapsed());
        // Stopped, not waited for: far less time than the rest of the run would have taken.
        QVERIFY2(destroyMs < restMs / 4, qPrintable(QStringLiteral("destroyed in %1 ms; the rest of the run: about %2 ms")
                                                         .arg(destroyMs).arg(restMs)));
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QVERIFY(!finished);
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
            // The running bill: never falling, over the whole week, ending at the option's total
            // (its last point is the mean of the last bucket, a little below).
            QVERIFY2(o.cumulativeCost.size() > 100, qPrintable(o.kind));
            for (qsizetype i = 1; i < o.cumulativeCost.size(); ++i)
                QVERIFY(o.cumulativeCost[i].y() >= o.cumulativeCost[i - 1].y());
            QVERIFY(o.cumulativeCost.last().x() > 0.99 * d.settings.horizonS);
            QVERIFY2(o.cumulativeCost.last().y() <= o.totalUsd * (1 + 1e-9) && o.cumulativeCost.last().y() > 0.99 * o.totalUsd,
                     qPrintable(QStringLiteral("%1: %2 of %3").arg(o.kind).arg(o.cumulativeCost.last().y()).arg(o.totalUsd)));
        }
        // The Lambda replay is the original function: same bill.
        QVERIFY(qAbs(c.options[0].totalUsd - original.node("fn")->costUsd) < 1e-9);
        // Break-even: Lambda's cost grows with the rate; the fleets' floor is their minimum.
        QVERIFY(c.breakEven.size() > 10);
        QVERIFY(c.breakEven.last().lambdaMonthlyUsd > c.breakEven.first().lambdaMonthlyUsd * 1000);
        QVERIFY(c.breakEven.first().fargateMonthlyUsd > c.breakEven.first().lambdaMonthlyUsd);
        QVERIFY(c.lambdaFargateBreakEvenRate > 0);
        // Not a compute node: a clear error.
        QCOMPARE(WhatIf::compare(d, "api", Catalog::builtin(), SimulationOptions::fromSettings(d.settings)).error,
                 QStringLiteral("What-if needs a compute node."));
    }
};

QTEST_GUILESS_MAIN(TestSimulationRunner)
#include "tst_simulationrunner.moc"
