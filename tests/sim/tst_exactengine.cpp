// The exact (per-request) engine against closed forms written here, independently of the
// engine: Erlang-B loss for sync callers into a cap, the Pollaczek-Khinchine mean wait
// (M/G/1, exact for any duration distribution), M/M/c (Erlang-C) and M/D/c (Cosmetatos)
// waits, Little's law, stream caps, the 2023 scaling ramp, provisioned concurrency, async
// retries and the failure wire, fleets, determinism, the event budget and cancellation.

#include "simtesthelpers.h"

#include "io/archscopeformat.h"
#include "sim/exact/exactengine.h"
#include "sim/exact/loghistogram.h"
#include "sim/simgraph.h"
#include "sim/simulator.h"

#include <QDir>
#include <QTest>

#include <cmath>

using namespace archscope;
using namespace simtest;

namespace {

double erlangC(double a, int c)
{
    const double b = erlangBRecursion(a, c);
    return c * b / (c - a * (1 - b));
}

// M/M/c mean wait in queue.
double waitMMc(double lambda, double d, int c)
{
    return erlangC(lambda * d, c) / (c / d - lambda);
}

// M/D/c mean wait: Cosmetatos' correction of half the M/M/c wait (within about 1 % for
// utilizations above 0.5).
double waitMDc(double lambda, double d, int c)
{
    const double rho = lambda * d / c;
    return 0.5 * waitMMc(lambda, d, c) * (1 + (1 - rho) * (c - 1) * (std::sqrt(4.0 + 5 * c) - 2) / (16 * rho * c));
}

ExactOptions window(double toS, double warmUpS = 0, qint64 seed = 7)
{
    ExactOptions o;
    o.fromS = 0;
    o.toS = toS;
    o.warmUpS = warmUpS;
    o.seed = seed;
    return o;
}

QJsonObject fn(double durationMs, double cv, double reserved = -1)
{
    QJsonObject p{{"durationMs", durationMs}, {"durationCv", cv}, {"coldStartMs", 0}, {"timeoutS", 900}};
    if (reserved >= 0)
        p.insert("reservedConcurrency", reserved);
    return p;
}

// API Gateway -> Lambda (sync).
DocumentData syncDiagram(double rate, const QJsonObject &function)
{
    DocumentData d;
    d.nodes = {node("api", "apigw", constantTraffic(rate, true)), node("fn", "lambda", function)};
    d.edges = {edge("api", "fn")};
    return d;
}

// SNS -> Lambda (async: Lambda's internal queue).
DocumentData asyncDiagram(double rate, const QJsonObject &function)
{
    DocumentData d;
    d.nodes = {node("topic", "sns", constantTraffic(rate, true)), node("fn", "lambda", function)};
    d.edges = {edge("topic", "fn")};
    return d;
}

// Kinesis ("s", `shards`, random records at `rate`) -> Lambda, its trigger wire set by `wire`.
DocumentData streamDiagram(double rate, int shards, const QJsonObject &function, const QJsonObject &wire)
{
    DocumentData d;
    QJsonObject stream = constantTraffic(rate, true);
    stream.insert("shards", shards);
    d.nodes = {node("s", "kinesis", stream), node("fn", "lambda", function)};
    d.edges = {edge("s", "fn", EdgeKind::Trigger, wire)};
    return d;
}

ExactResults run(const DocumentData &d, const ExactOptions &o, const ExactEngine::Progress &progress = {})
{
    return ExactEngine::run(d, Catalog::builtin(), o, progress);
}

double throttledShare(const ExactResults &r, const QString &id)
{
    const auto &s = r.node(id)->summary;
    return s.throttled / s.arrivals;
}

} // namespace

class TstExactEngine : public QObject
{
    Q_OBJECT

private slots:
    void histogramQuantiles()
    {
        exact::LogHistogram h;
        for (int i = 1; i <= 1000; ++i)
            h.add(i * 0.001);
        QVERIFY(std::abs(h.quantile(0.5) - 0.5) < 0.5 * 0.016);
        QVERIFY(std::abs(h.quantile(0.99) - 0.99) < 0.99 * 0.016);
        QCOMPARE(h.count(), 1000u);
        h.add(0);
        QCOMPARE(h.quantile(0.0001), 0.0);
    }

    void durationCvIsCompiled()
    {
        const SimGraph g = SimGraph::compile(syncDiagram(1, fn(100, 2.5)), Catalog::builtin());
        QCOMPARE(g.nodes[1].durationCv, 2.5);
        const SimGraph defaults = SimGraph::compile(syncDiagram(1, {}), Catalog::builtin());
        QCOMPARE(defaults.nodes[1].durationCv, 0.5);
        const SimGraph clamped = SimGraph::compile(syncDiagram(1, fn(100, 9)), Catalog::builtin());
        QCOMPARE(clamped.nodes[1].durationCv, 4.0);
    }

    // Sync callers into a cap lose Erlang-B(a, c) of their requests, whatever the durations.
    void erlangBLoss_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<int>("cap");
        QTest::addColumn<double>("cv");
        QTest::newRow("8/s into 10") << 8.0 << 10 << 0.0;
        QTest::newRow("8/s into 10, cv 1") << 8.0 << 10 << 1.0;
        QTest::newRow("40/s into 50") << 40.0 << 50 << 0.5;
        QTest::newRow("90/s into 100") << 90.0 << 100 << 0.5;
    }
    // Noise "none": arrivals follow the profile exactly, evenly spaced. 8 a second of fixed
    // 1 s requests keep 8 running, never 10: nothing is refused (Poisson arrivals: 12 %).
    void noiseNoneArrivesEvenly()
    {
        DocumentData d = syncDiagram(8, fn(1000, 0, 10));
        d.nodes[0].props = constantTraffic(8, false);
        const ExactResults r = run(d, window(3600, 60));
        QCOMPARE(r.node("fn")->summary.throttled, 0.0);
        QVERIFY(std::abs(r.node("fn")->summary.arrivals - 8 * 3600) <= 1);
        QCOMPARE(r.node("fn")->summary.peakConcurrency, 8.0);
        QVERIFY(throttledShare(run(syncDiagram(8, fn(1000, 0, 10)), window(3600, 60)), "fn") > 0.1);
    }

    void erlangBLoss()
    {
        QFETCH(double, rate);
        QFETCH(int, cap);
        QFETCH(double, cv);
        const ExactResults r = run(syncDiagram(rate, fn(1000, cv, cap)), window(40000));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const double expected = erlangBRecursion(rate, cap);
        const double got = throttledShare(r, "fn");
        QVERIFY2(std::abs(got - expected) < 0.06 * expected, qPrintable(QStringLiteral("%1 vs %2").arg(got).arg(expected)));
        // The cap holds at every instant, and the per-minute Maximum reaches it.
        QCOMPARE(r.node("fn")->summary.peakConcurrency, double(cap));
        QCOMPARE(r.node("fn")->summary.peakUtilization, 1.0);
        const double carried = rate * (1 - expected);  // erlangs carried
        QVERIFY(std::abs(r.node("fn")->summary.meanUtilization - carried / cap) < 0.02);
        QCOMPARE(r.paths.size(), 1);
        QCOMPARE(r.paths[0].sourceId, QStringLiteral("api"));
        QCOMPARE(double(r.paths[0].throttled), r.node("fn")->summary.throttled);
        // No wait and no init here: the path's latency is the function's Duration.
        QCOMPARE(r.paths[0].latency.p50, r.node("fn")->duration.p50);
        QCOMPARE(r.paths[0].latency.count, qint64(r.node("fn")->summary.invocations));
    }

    // Unreserved functions share what reserved ones leave of the account: two sync callers of
    // 8 erlangs each into a pool of 15 (20 minus 5 reserved) lose Erlang-B(16, 15) together.
    void accountPool()
    {
        DocumentData d;
        d.nodes = {node("api", "apigw", constantTraffic(8, true)), node("a", "lambda", fn(1000, 0.5)),
                   node("api2", "apigw", constantTraffic(8, true)), node("b", "lambda", fn(1000, 0.5)),
                   node("c", "lambda", fn(1000, 0.5, 5))};
        d.edges = {edge("api", "a"), edge("api2", "b")};
        ExactOptions o = window(40000);
        o.accountConcurrency = 20;
        const ExactResults r = run(d, o);
        const double expected = erlangBRecursion(16, 15);
        for (const QString id : {"a", "b"})
            QVERIFY2(std::abs(throttledShare(r, id) - expected) < 0.06 * expected,
                     qPrintable(QStringLiteral("%1 vs %2").arg(throttledShare(r, id)).arg(expected)));
        const auto &a = r.node("a")->concurrencyMaxPerMinute, &b = r.node("b")->concurrencyMaxPerMinute;
        double together = 0;
        for (size_t m = 0; m < a.size(); ++m)
            together = std::max(together, double(a[m] + b[m]));
        QVERIFY(together >= 15 && together <= 30);  // per-minute maxima need not coincide
        QVERIFY(r.node("a")->summary.peakConcurrency <= 15);
    }

    // Arrivals follow a time-varying shape: a day of diurnal traffic and an hour with 30 s
    // bursts bring as many events as the traffic's mean rate integrated (the fast model's
    // arrivals without noise), within four standard deviations.
    void timeVaryingTraffic_data()
    {
        QTest::addColumn<QJsonObject>("traffic");
        QTest::addColumn<double>("horizon");
        QTest::newRow("diurnal") << QJsonObject{{"shape", "diurnal"}, {"rate", 20}, {"peakToTrough", 5}} << 86400.0;
        QTest::newRow("spiky") << QJsonObject{{"shape", "spiky"}, {"rate", 2}, {"burstRate", 200}, {"burstEveryS", 600},
                                              {"burstLengthS", 30}}
                               << 3600.0;
    }
    void timeVaryingTraffic()
    {
        QFETCH(QJsonObject, traffic);
        QFETCH(double, horizon);
        DocumentData d = syncDiagram(0, fn(100, 0.5));
        d.nodes[0].props = QJsonObject{{"traffic", traffic}};
        const SimulationResults fast = Simulator::run(d, Catalog::builtin(), options(horizon, 1));
        const double expected = fast.node("api")->arrivals;
        const ExactResults r = run(d, window(horizon));
        const double got = r.node("api")->summary.arrivals;
        QVERIFY2(std::abs(got - expected) < 4 * std::sqrt(expected), qPrintable(QStringLiteral("%1 vs %2").arg(got).arg(expected)));
        if (traffic["shape"] == "spiky") {
            // The bursts (200/s of 100 ms: 20 busy) show in their minutes' Maximum.
            const auto &conc = r.node("fn")->concurrencyMaxPerMinute;
            QVERIFY(conc[0] >= 15 && conc[5] < 10);
        }
    }

    // M/G/1: the Pollaczek-Khinchine mean wait is exact for any durations with that mean and cv.
    void pollaczekKhinchine_data()
    {
        QTest::addColumn<double>("cv");
        QTest::newRow("M/D/1") << 0.0;
        QTest::newRow("M/G/1, lognormal cv 1") << 1.0;
    }
    void pollaczekKhinchine()
    {
        QFETCH(double, cv);
        const double lambda = 0.8, d = 1;
        const ExactResults r = run(asyncDiagram(lambda, fn(1000 * d, cv, 1)), window(200000, 2000));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const double rho = lambda * d;
        const double expected = rho * d * (1 + cv * cv) / (2 * (1 - rho));
        const double got = r.node("fn")->wait.mean;
        QVERIFY2(std::abs(got - expected) < 0.08 * expected, qPrintable(QStringLiteral("%1 vs %2").arg(got).arg(expected)));
        // Arrivals see time averages: an event waits (counts as throttled) with probability rho.
        QVERIFY(std::abs(throttledShare(r, "fn") - rho) < 0.02);
    }

    // M/D/c: five functions, 4.5 events/s of 1 s (the SQS case, without batching).
    void mdcWaitThroughSqs()
    {
        DocumentData d;
        d.nodes = {node("q", "sqs", constantTraffic(4.5, true)), node("fn", "lambda", fn(1000, 0, 5))};
        d.edges = {edge("q", "fn", EdgeKind::Trigger, {{"batchSize", 1}})};
        const ExactResults r = run(d, window(200000, 2000));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const double expected = waitMDc(4.5, 1, 5);
        QVERIFY(std::abs(expected - 0.76) < 0.02);  // the figure
        const double got = r.node("fn")->wait.mean;
        QVERIFY2(std::abs(got - expected) < 0.08 * expected, qPrintable(QStringLiteral("%1 vs %2").arg(got).arg(expected)));
        QCOMPARE(r.node("fn")->summary.peakConcurrency, 5.0);
        QVERIFY(r.node("q")->summary.peakBacklog > 20);
        QVERIFY(r.node("q")->summary.maxAgeOfOldestMessageS >= r.node("fn")->wait.p99);
    }

    // M/M/c against Erlang-C, with lognormal cv 1 durations (Allen-Cunneen: the cv-1 case).
    void mmcWait()
    {
        const double lambda = 16, d = 0.5;
        const int c = 10;
        const ExactResults r = run(asyncDiagram(lambda, fn(1000 * d, 1, c)), window(50000, 1000));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const double expected = waitMMc(lambda, d, c);
        const double got = r.node("fn")->wait.mean;
        QVERIFY2(std::abs(got - expected) < 0.12 * expected, qPrintable(QStringLiteral("%1 vs %2").arg(got).arg(expected)));
    }

    // Little's law: mean concurrency = invocations per second x mean duration.
    void littlesLaw()
    {
        const ExactResults r = run(syncDiagram(25, fn(400, 1.5)), window(20000));
        const auto &n = *r.node("fn");
        const double served = n.summary.invocations / 20000;
        QVERIFY(std::abs(n.summary.meanConcurrency - served * n.duration.mean) < 0.02 * n.summary.meanConcurrency);
        QVERIFY(std::abs(n.summary.meanConcurrency - 25 * 0.4) < 0.03 * 10);
    }

    // A stream's function never runs more than shards x parallelization batches at once.
    void streamCap()
    {
        const ExactResults r = run(streamDiagram(400, 2, fn(1000, 0.5), {{"batchSize", 10}, {"parallelizationFactor", 3}}), window(600));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const auto &n = *r.node("fn");
        QCOMPARE(n.summary.peakConcurrency, 6.0);
        for (float v : n.concurrencyMaxPerMinute)
            QVERIFY(v <= 6);
        // 6 batches of 10 per second cannot keep up with 400/s: the iterator falls behind.
        QVERIFY(n.summary.maxIteratorAgeS > 60);
        QVERIFY(n.summary.peakBacklog > 1000);
    }

    // Each shard is its own FIFO: 4 shards at 0.8 records/s each into 1 s, one record a batch,
    // are four M/D/1 queues (Pollaczek–Khinchine: 2 s), not one M/D/4 queue (about 0.4 s).
    void streamShardsQueueApart()
    {
        const ExactResults r = run(streamDiagram(3.2, 4, fn(1000, 0), {{"batchSize", 1}}), window(100000, 2000));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const double expected = 0.8 * 1 / (2 * (1 - 0.8));
        QVERIFY(waitMDc(3.2, 1, 4) < expected / 4);
        const double got = r.node("fn")->wait.mean;
        QVERIFY2(std::abs(got - expected) < 0.08 * expected, qPrintable(QStringLiteral("%1 vs %2").arg(got).arg(expected)));
    }

    // IteratorAge is the age of a batch's last record: a shard whose batches take all that
    // waits keeps it short, while its oldest records wait out the batch before (0.5 s).
    void iteratorAgeIsTheLastRecords()
    {
        const ExactResults r = run(streamDiagram(20, 1, fn(500, 0), {{"batchSize", 100}}), window(3600, 60));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const auto &s = r.node("s")->summary;
        QVERIFY2(s.peakIteratorAgeS > 0.49 && s.peakIteratorAgeS < 0.51, qPrintable(QString::number(s.peakIteratorAgeS)));
        QVERIFY2(s.maxIteratorAgeS < 0.5 && s.maxIteratorAgeS > 0.1, qPrintable(QString::number(s.maxIteratorAgeS)));
        // Records left behind age the last one taken: batches of 5 fall behind 10 records a turn.
        const ExactResults behind = run(streamDiagram(20, 1, fn(500, 0), {{"batchSize", 5}}), window(600, 0));
        QVERIFY(behind.node("s")->summary.maxIteratorAgeS > 60);
    }

    // SQS pollers: 5 at first, 300 more a minute while messages wait.
    void sqsPollerRamp()
    {
        DocumentData d;
        d.nodes = {node("q", "sqs", constantTraffic(2000, true)), node("fn", "lambda", fn(1000, 0))};
        d.edges = {edge("q", "fn", EdgeKind::Trigger, {{"batchSize", 1}})};
        ExactOptions o = window(240);
        o.accountConcurrency = 100000;
        const ExactResults r = run(d, o);
        const auto &n = *r.node("fn");
        for (int m = 0; m < 3; ++m) {
            const double ramp = 5 + 300.0 * (m + 1);
            QVERIFY2(n.concurrencyMaxPerMinute[m] <= ramp + 1, qPrintable(QString::number(n.concurrencyMaxPerMinute[m])));
            QVERIFY(n.concurrencyMaxPerMinute[m] >= 0.97 * ramp);
        }
        QCOMPARE(n.concurrencyMaxPerMinute[3], 1000.f);  // the wire's maxConcurrency
        QVERIFY(r.node("q")->summary.maxAgeOfOldestMessageS > 60);
    }

    // A step to 5,000 requests/s of 10 s: environments grow by at most 1,000 per 10 s.
    void scalingRamp()
    {
        ExactOptions o = window(180);
        o.accountConcurrency = 100000;
        const ExactResults r = run(syncDiagram(5000, fn(10000, 0)), o);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const auto &n = *r.node("fn");
        QCOMPARE(n.concurrencyMaxPerMinute.size(), size_t(3));
        for (int m = 0; m < 3; ++m) {
            const double ramp = 1000 + 100.0 * 60 * (m + 1);
            QVERIFY2(n.concurrencyMaxPerMinute[m] <= ramp + 1, qPrintable(QString::number(n.concurrencyMaxPerMinute[m])));
            QVERIFY(n.concurrencyMaxPerMinute[m] >= 0.97 * ramp);
        }
        QVERIFY(n.throttlesPerMinute[0] > 0);
        QCOMPARE(n.summary.coldStarts, double(n.concurrencyMaxPerMinute[2]));
    }

    // The legacy model: a burst of 3,000 environments per account, then 500 a minute.
    void legacyScalingRamp()
    {
        ExactOptions o = window(180);
        o.accountConcurrency = 100000;
        o.legacyScaling = true;
        const ExactResults r = run(syncDiagram(5000, fn(10000, 0)), o);
        const auto &n = *r.node("fn");
        for (int m = 0; m < 3; ++m) {
            const double ramp = 3000 + 500.0 * (m + 1);
            QVERIFY2(n.concurrencyMaxPerMinute[m] <= ramp + 1, qPrintable(QString::number(n.concurrencyMaxPerMinute[m])));
            QVERIFY(n.concurrencyMaxPerMinute[m] >= 0.97 * ramp);
        }
    }

    // Idle environments are reclaimed after Simulator::warmReclaimS (300 s): bursts 200 s
    // apart find them warm, bursts 600 s apart start cold each time.
    void warmEnvironmentsAreReclaimed()
    {
        const auto coldStarts = [](double every) {
            DocumentData d = syncDiagram(0, fn(100, 0.5));
            d.nodes[0].props = QJsonObject{{"traffic", QJsonObject{{"shape", "spiky"}, {"rate", 0}, {"burstRate", 150},
                                                                    {"burstEveryS", every}, {"burstLengthS", 30}}}};
            const ExactResults r = run(d, window(3600));
            return std::pair(r.node("fn")->summary.coldStarts, r.node("fn")->summary.peakConcurrency);
        };
        const auto [warm, warmPeak] = coldStarts(200);
        const auto [cold, coldPeak] = coldStarts(600);
        QVERIFY2(warm < 1.5 * warmPeak, qPrintable(QStringLiteral("%1 cold starts, peak %2").arg(warm).arg(warmPeak)));
        QVERIFY2(cold > 4.5 * coldPeak, qPrintable(QStringLiteral("%1 cold starts, peak %2").arg(cold).arg(coldPeak)));
    }

    // Provisioned environments are always warm: no cold starts while the load stays below them.
    void provisionedConcurrency()
    {
        QJsonObject props = fn(1000, 0.5);
        props.insert("coldStartMs", 500);
        const ExactResults onDemand = run(syncDiagram(5, props), window(3600));
        QVERIFY(onDemand.node("fn")->summary.coldStarts > 5);
        props.insert("provisionedConcurrency", 25);
        const ExactResults provisioned = run(syncDiagram(5, props), window(3600));
        QCOMPARE(provisioned.node("fn")->summary.coldStarts, 0.0);
        QVERIFY(provisioned.node("fn")->summary.invocations > 17000);
        // Init is part of Duration: only the on-demand run has long ones.
        QVERIFY(onDemand.node("fn")->duration.max > 1.4);
    }

    // Async events fail with probability 0.5; two retries (after 1 and 2 min), then the
    // failure wire: 1/8 of the events reach it, 1.75 invocations per event.
    void asyncRetriesAndFailureWire()
    {
        QJsonObject props = fn(100, 0.5);
        props.insert("errorRate", 0.5);
        DocumentData d = asyncDiagram(20, props);
        d.nodes.append(node("dlq", "sqs"));
        d.edges.append(edge("fn", "dlq", EdgeKind::Failure));
        const ExactResults r = run(d, window(7200, 600));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const auto &n = r.node("fn")->summary;
        const double events = n.arrivals;
        QVERIFY(std::abs(n.invocations / events - 1.75) < 0.03);
        QVERIFY(std::abs(n.toFailureDestination / events - 0.125) < 0.01);
        QCOMPARE(n.toFailureDestination, n.failed);
        QCOMPARE(r.node("dlq")->summary.arrivals, n.toFailureDestination);
        QCOMPARE(n.dropped, 0.0);
        // A retried event waited at least a minute before its last attempt.
        QVERIFY(r.node("fn")->summary.maxAsyncEventAgeS >= 180);

        d.nodes.removeLast();
        d.edges.removeLast();
        const ExactResults lost = run(d, window(7200, 600));
        QCOMPARE(lost.node("fn")->summary.toFailureDestination, 0.0);
        QVERIFY(lost.node("fn")->summary.dropped > 0);
    }

    // Events older than 6 h expire and take the failure wire.
    void asyncEventsExpire()
    {
        DocumentData d = asyncDiagram(2, fn(1000, 0, 1));  // twice what one environment serves
        d.nodes.append(node("dlq", "sqs"));
        d.edges.append(edge("fn", "dlq", EdgeKind::Failure));
        // The queue grows by one event a second, so its head is t / 2 old: past 6 h after 12 h.
        const ExactResults r = run(d, window(60000));
        const auto &n = *r.node("fn");
        QVERIFY(n.summary.expired > 1000);
        QCOMPARE(n.summary.toFailureDestination, n.summary.expired);
        QCOMPARE(n.summary.maxAsyncEventAgeS, 21600.0);
    }

    // A fleet behind a load balancer: target tracking scales out to the load after its delay.
    void fleetScalesOut()
    {
        DocumentData d;
        d.nodes = {node("lb", "alb", constantTraffic(400, true)),
                   node("svc", "fargate", {{"capacityPerTask", 50}, {"minTasks", 1}, {"maxTasks", 20}, {"targetUtilization", 0.7},
                                           {"scaleOutDelayS", 60}, {"durationMs", 100}})};
        d.edges = {edge("lb", "svc")};
        const ExactResults r = run(d, window(1800));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const auto &n = *r.node("svc");
        // The load at the target (12 tasks) plus draining the queue that built up meanwhile.
        QVERIFY(n.peakUnits >= std::ceil(400 / 35.0) && n.peakUnits <= 16);
        // Until the fleet grew, the 30 s queue overflowed into 503s.
        QVERIFY(n.summary.throttled > 0);
        QVERIFY(n.summary.invocations > 0.9 * 400 * 1800);
        QCOMPARE(r.paths.size(), 1);
        QVERIFY(r.paths[0].latency.p50 >= 0.05);
    }

    // A fixed fleet is an M/G/c queue: 2 tasks of 5 requests/s with 1 s requests are 10
    // slots; at 8 requests/s and fixed durations the wait is M/D/10's.
    void fleetWaitIsMDc()
    {
        DocumentData d;
        d.nodes = {node("lb", "alb", constantTraffic(8, true)),
                   node("svc", "fargate", {{"capacityPerTask", 5}, {"minTasks", 2}, {"maxTasks", 2}, {"durationMs", 1000},
                                           {"durationCv", 0}})};
        d.edges = {edge("lb", "svc")};
        const ExactResults r = run(d, window(100000, 1000));
        const auto &n = *r.node("svc");
        const double expected = waitMDc(8, 1, 10);
        QVERIFY2(std::abs(n.wait.mean - expected) < 0.08 * expected, qPrintable(QStringLiteral("%1 vs %2").arg(n.wait.mean).arg(expected)));
        QCOMPARE(n.summary.peakConcurrency, 10.0);
        QCOMPARE(n.peakUnits, 2.0);
        QVERIFY(std::abs(n.meanUnits - 2) < 1e-9);
        QVERIFY(std::abs(n.summary.meanUtilization - 0.8) < 0.02);
        QCOMPARE(n.summary.peakUtilization, 1.0);
        // Latency = wait + duration along the sync path.
        QVERIFY(std::abs(r.paths[0].latency.mean - (n.wait.mean + 1)) < 1e-6 * r.paths[0].latency.mean + 1e-3);
    }

    // A chain: queue -> function -> topic -> function, ratio 2 on the write.
    void chains()
    {
        DocumentData d;
        d.nodes = {node("q", "sqs", constantTraffic(10, true)), node("a", "lambda", fn(100, 0.5)), node("t", "sns"),
                   node("b", "lambda", fn(100, 0.5))};
        d.edges = {edge("q", "a", EdgeKind::Trigger, {{"batchSize", 1}}), edge("a", "t", EdgeKind::Write, {{"ratio", 2}}),
                   edge("t", "b")};
        const ExactResults r = run(d, window(3600));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const double a = r.node("a")->summary.invocations;
        // Two events per finished invocation of a; the few still running at the end sent none.
        const double b = r.node("b")->summary.arrivals;
        QCOMPARE(std::fmod(b, 2.0), 0.0);
        QVERIFY2(2 * a - b >= 0 && 2 * a - b <= 12, qPrintable(QStringLiteral("%1 %2").arg(a).arg(b)));
        QVERIFY(std::abs(a - 36000) < 4 * std::sqrt(36000.0));
    }

    // Draws past the timeout are cut there and fail: P(lognormal(mean 1, cv 1) > 2) = 10.6 %.
    void timeouts()
    {
        QJsonObject props = fn(1000, 1);
        props.insert("timeoutS", 2);
        const ExactResults r = run(syncDiagram(20, props), window(20000));
        const auto &n = *r.node("fn");
        const double sigma = std::sqrt(std::log(2.0)), mu = -std::log(2.0) / 2;
        const double expected = 0.5 * std::erfc((std::log(2.0) - mu) / (sigma * std::sqrt(2.0)));
        QVERIFY2(std::abs(n.errors / n.summary.invocations - expected) < 0.04 * expected,
                 qPrintable(QStringLiteral("%1 vs %2").arg(n.errors / n.summary.invocations).arg(expected)));
        QVERIFY(n.duration.max <= 2);
    }

    // The default window: the busiest hour of the fast run (diurnal traffic peaks at 14:00).
    void busiestHour()
    {
        DocumentData d = syncDiagram(0, fn(100, 0.5));
        d.nodes[0].props = QJsonObject{{"traffic", QJsonObject{{"shape", "diurnal"}, {"rate", 50}, {"peakHour", 14}}}};
        const SimulationResults fast = Simulator::run(d, Catalog::builtin(), options(86400, 60));
        const double from = ExactEngine::busiestWindow(fast);
        QVERIFY2(std::abs(from + 1800 - 14 * 3600) <= fast.bucketS + 60, qPrintable(QString::number(from)));
        QCOMPARE(ExactEngine::busiestWindow(fast, 2 * 86400), 0.0);
    }

    // The per-minute series cover the window even when the last event comes early.
    void seriesCoverTheWindow()
    {
        const ExactResults r = run(syncDiagram(0.002, fn(100, 0.5)), window(3630));
        const auto &n = *r.node("fn");
        QCOMPARE(n.concurrencyMaxPerMinute.size(), size_t(61));
        QCOMPARE(n.throttlesPerMinute.size(), size_t(61));
        QVERIFY(n.summary.invocations < 30);
    }

    // The examples over the fast run's busiest hour (after a 10-minute warm-up): every figure
    // finite and consistent, caps held, within the budget.
    void examples_data()
    {
        QTest::addColumn<QString>("file");
        const QDir examples(QStringLiteral(ARCHSCOPE_SOURCE_DIR "/resources/examples"));
        for (const QString &file : examples.entryList({QStringLiteral("*.archscope")}))
            QTest::newRow(qPrintable(file)) << examples.filePath(file);
    }
    void examples()
    {
        QFETCH(QString, file);
        DocumentData d;
        QString error;
        QVERIFY2(ArchscopeFormat::readFile(file, Catalog::builtin(), &d, &error), qPrintable(error));
        SimulationOptions fastOptions = SimulationOptions::fromSettings(d.settings);
        fastOptions.horizonS = 86400;
        const SimulationResults fast = Simulator::run(d, Catalog::builtin(), fastOptions);
        const double from = ExactEngine::busiestWindow(fast);
        ExactOptions o = ExactOptions::from(fastOptions, from, from + 3600);
        o.warmUpS = 600;
        o.eventBudget = 5e6;
        o.cutToBudget = true;
        const ExactResults r = ExactEngine::run(d, Catalog::builtin(), o);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.events < 2 * o.eventBudget);
        const SimGraph g = SimGraph::compile(d, Catalog::builtin());
        QCOMPARE(r.nodes.size(), g.nodes.size());
        for (int i = 0; i < r.nodes.size(); ++i) {
            const auto &n = r.nodes[i];
            const auto &s = n.summary;
            for (double v : {s.arrivals, s.invocations, s.throttled, s.coldStarts, s.peakConcurrency, s.meanConcurrency,
                             s.peakBacklog, s.peakIteratorAgeS, s.meanUtilization, s.peakUtilization, n.duration.p99, n.wait.p99})
                QVERIFY2(std::isfinite(v) && v >= 0, qPrintable(s.id));
            QVERIFY(s.throttled <= s.arrivals);
            QVERIFY(s.meanConcurrency <= s.peakConcurrency + 1e-9);
            if (g.nodes[i].role == SimGraph::Role::Lambda && g.nodes[i].reserved >= 0)
                QVERIFY(s.peakConcurrency <= g.nodes[i].reserved);
            if (g.nodes[i].role != SimGraph::Role::Relay)
                QCOMPARE(n.concurrencyMaxPerMinute.size(), size_t(std::ceil((r.toS - r.fromS) / 60 - 1e-9)));
        }
    }

    void deterministicForASeed()
    {
        const DocumentData d = syncDiagram(30, fn(500, 1, 20));
        const ExactResults a = run(d, window(3600, 0, 11));
        const ExactResults b = run(d, window(3600, 0, 11));
        const ExactResults c = run(d, window(3600, 0, 12));
        const auto &x = *a.node("fn"), &y = *b.node("fn"), &z = *c.node("fn");
        QCOMPARE(a.events, b.events);
        QCOMPARE(x.summary.throttled, y.summary.throttled);
        QVERIFY(std::memcmp(&x.summary.meanConcurrency, &y.summary.meanConcurrency, sizeof(double)) == 0);
        QVERIFY(x.concurrencyMaxPerMinute == y.concurrencyMaxPerMinute);
        QCOMPARE(x.duration.p99, y.duration.p99);
        QVERIFY(x.summary.invocations != z.summary.invocations || x.summary.meanConcurrency != z.summary.meanConcurrency);
    }

    void eventBudget()
    {
        const DocumentData d = syncDiagram(1000, fn(100, 0.5));
        ExactOptions o = window(86400);
        o.eventBudget = 1e6;
        const ExactResults refused = run(d, o);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error.contains("172.8"));
        QVERIFY(refused.nodes.isEmpty());
        o.cutToBudget = true;
        const ExactResults cut = run(d, o);
        QVERIFY2(cut.ok(), qPrintable(cut.error));
        QVERIFY(std::abs(cut.toS - 500) < 1);
        QCOMPARE(cut.warnings.size(), 1);
        QVERIFY(cut.events < 1.05e6);

        // Nonsense options are refused or replaced, never crash.
        o = window(60);
        o.eventBudget = std::nan("");
        QVERIFY(run(d, o).ok());
        o.toS = -5;
        QVERIFY(!run(d, o).error.isEmpty());
        o = window(60);
        o.warmUpS = -1;
        QVERIFY(!run(d, o).error.isEmpty());

        // A queue per stream lane: two readers of 100,000 partitions x 10 parallel batches are
        // refused, named.
        DocumentData wide;
        QJsonObject partitions = constantTraffic(10, true);
        partitions.insert("shards", 100000);
        partitions.insert("invokes", "stream");
        wide.nodes = {node("s", "external", partitions), node("fn", "lambda", fn(100, 0.5)), node("fn2", "lambda", fn(100, 0.5))};
        wide.edges = {edge("s", "fn", EdgeKind::Trigger, {{"parallelizationFactor", 10}}),
                      edge("s", "fn2", EdgeKind::Trigger, {{"parallelizationFactor", 10}})};
        const ExactResults lanes = run(wide, window(60));
        QVERIFY(!lanes.ok());
        QVERIFY2(lanes.error.contains("2,000,000 lanes"), qPrintable(lanes.error));
        partitions.insert("shards", 1000);
        wide.nodes[0] = node("s", "external", partitions);
        QVERIFY(run(wide, window(60)).ok());
    }

    void cancellation()
    {
        int calls = 0;
        double last = 0;
        bool increasing = true;
        const ExactResults r = run(syncDiagram(1000, fn(100, 0.5)), window(3600), [&](double fraction) {
            ++calls;
            increasing = increasing && fraction > last && fraction <= 1;
            last = fraction;
            return fraction < 0.25;
        });
        QVERIFY(increasing);
        QVERIFY(r.cancelled);
        QVERIFY(!r.ok());
        QVERIFY(calls >= 2);
        QVERIFY(r.events < 0.5 * 2 * 1000 * 3600);
    }
};

QTEST_GUILESS_MAIN(TstExactEngine)
#include "tst_exactengine.moc"
