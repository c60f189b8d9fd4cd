// The simulation engine against closed forms and AWS's documented behaviour: Little's law,
// stream and reserved caps, the shared account pool, the scaling ramp, the SQS poller ramp,
// async retries, age-outs and the failure wire, provisioned concurrency, container scaling,
// chains, cycles, determinism and extreme inputs.

#include "simtesthelpers.h"

#include "io/archscopeformat.h"
#include "sim/lambdastep.h"
#include "sim/simgraph.h"
#include "sim/simulator.h"

#include <QDir>

#include <QElapsedTimer>
#include <QTest>

#include <cmath>
#include <cstring>

using namespace archscope;
using namespace simtest;
using Series = SimulationResults::Series;

namespace {

SimulationResults run(const DocumentData &d, const SimulationOptions &o)
{
    return Simulator::run(d, Catalog::builtin(), o);
}

// The series value (bucket mean) at time t.
double at(const SimulationResults &r, const QString &id, Series s, double t)
{
    const auto &d = r.series(r.nodeIndex(id), s);
    const auto b = static_cast<qsizetype>(t / r.bucketS);
    return b < d.mean.size() ? d.mean[b] : NAN;
}

bool allFinite(const SimulationResults &r)
{
    for (const auto &n : r.nodes) {
        for (double v : {n.arrivals, n.invocations, n.throttled, n.coldStarts, n.peakConcurrency, n.meanConcurrency,
                         n.peakBacklog, n.peakIteratorAgeS, n.meanUtilization, n.expired, n.failed, n.dropped, n.costUsd})
            if (!std::isfinite(v) || v < -1e-9 * (1 + std::fabs(v)))
                return n.costUsd < 0 && std::isfinite(v);  // only the free tier may be negative
        for (const auto &i : n.items)
            if (!std::isfinite(i.usd) || !std::isfinite(i.quantity))
                return false;
    }
    for (int node = -1; node < r.nodes.size(); ++node)
        for (int s = 0; s < SimulationResults::seriesCount; ++s) {
            const auto &d = r.series(node, static_cast<Series>(s));
            for (qsizetype b = 0; b < d.mean.size(); ++b)
                if (!std::isfinite(d.min[b]) || !std::isfinite(d.max[b]) || !std::isfinite(d.mean[b]))
                    return false;
        }
    return std::isfinite(r.totalCostUsd) && std::isfinite(r.monthlyProjectionUsd);
}

DocumentData apiToLambda(double rate, const QJsonObject &fn, bool poisson = false)
{
    DocumentData d;
    d.nodes = {node("api", "apigw", constantTraffic(rate, poisson)), node("fn", "lambda", fn)};
    d.edges = {edge("api", "fn")};
    return d;
}

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

private slots:
    void littlesLaw()
    {
        // 100 requests/s x 0.5 s = 50 concurrent executions, every step (environments that
        // start warm).
        const SimulationResults r = run(apiToLambda(100, {{"durationMs", 500}, {"coldStartMs", 0}}), options(86400, 60));
        QVERIFY(r.ok());
        const auto *fn = r.node("fn");
        QVERIFY(qAbs(fn->meanConcurrency - 50) < 1e-9);
        QVERIFY(qAbs(fn->peakConcurrency - 50) < 1e-9);
        // From cold, the first requests hold their environments for the 0.25 s init as well:
        // 100 × 0.75 s in the first minute's Maximum, and 50 from then on.
        const SimulationResults cold = run(apiToLambda(100, {{"durationMs", 500}}), options(86400, 60));
        QVERIFY(qAbs(cold.node("fn")->peakConcurrency - 75) < 1e-9);
        QVERIFY(qAbs(at(cold, "fn", Series::ConcurrencyMax, 3600) - 50) < 1e-9);
        QVERIFY(qAbs(cold.node("fn")->meanConcurrency - 50) < 1e-9);
        QCOMPARE(fn->throttled, 0.0);
        QVERIFY(qAbs(fn->invocations - 100 * 86400.0) < 1e-3);
        QVERIFY(qAbs(at(r, "fn", Series::Served, 3600) - 100) < 1e-6);
    }

    void streamConcurrencyIsShardsTimesParallelization()
    {
        // 4 shards x parallelization factor 2 = 8 concurrent batches at most; the stream
        // falls behind (backlog and iterator age grow).
        DocumentData d;
        d.nodes = {node("k", "kinesis", merge(QJsonObject{{"shards", 4}}, constantTraffic(10000))),
                   node("fn", "lambda", {{"durationMs", 1000}, {"timeoutS", 60}})};
        d.edges = {edge("k", "fn", EdgeKind::Trigger, {{"parallelizationFactor", 2}, {"batchSize", 100}})};
        const SimulationResults r = run(d, options(3600, 1));
        const auto *fn = r.node("fn");
        QVERIFY(qAbs(fn->peakConcurrency - 8) < 1e-9);
        QVERIFY(fn->peakBacklog > 1e6);
        QVERIFY(fn->peakIteratorAgeS > 60);
        QCOMPARE(fn->throttled, 0.0);  // streams wait, they are not refused
        // The stream node shows its consumer's backlog too.
        QVERIFY(r.node("k")->peakBacklog > 1e6);
        // With enough shards the consumer keeps up: 100 batches/s x 1 s = 100 <= 50 x 2.
        d.nodes[0].props.insert("shards", 50);
        const SimulationResults ok = run(d, options(3600, 1));
        QVERIFY(qAbs(ok.node("fn")->meanConcurrency - 100) < 1);
        QVERIFY(ok.node("fn")->peakBacklog < 10001);
    }

    void reservedConcurrencyCaps()
    {
        // 1,000 requests/s of 1 s against a reservation of 100: 100 run, 900/s get 429s. (A
        // timeout far off: under the default 3 s, 0.5 % of the runs end there, 0.26 % sooner.)
        const SimulationResults r = run(apiToLambda(1000, {{"durationMs", 1000}, {"reservedConcurrency", 100}, {"timeoutS", 900}}),
                                        options(3600, 1));
        const auto *fn = r.node("fn");
        QVERIFY(qAbs(fn->peakConcurrency - 100) < 1e-9);
        QVERIFY(qAbs(fn->throttled - 900 * 3600.0) < 1e-3);
        QVERIFY(qAbs(fn->meanUtilization - 1) < 1e-9);
    }

    // Functions in lanes take from the account pool in lane order, checked after the loop: any
    // lane that takes more than the ones before it left (at any step, in the vector part or
    // the last few steps) leaves the pool as it was; else the pool is what is left, lane after
    // lane, to the bit.
    void poolIsTakenInLaneOrder()
    {
        for (int lanes : {2, 4})
            for (int len : {8, 11})
                for (int shortLane = -1; shortLane < lanes; ++shortLane)
                    for (int shortStep : {2, len - 1}) {
                        std::vector<double> pool(static_cast<size_t>(len)), taken(static_cast<size_t>(len) * 4);
                        for (int k = 0; k < len; ++k) {
                            pool[static_cast<size_t>(k)] = 100 + 0.1 * k;
                            for (int j = 0; j < 4; ++j)  // lanes past `lanes` hold values that must not count
                                taken[static_cast<size_t>(k * 4 + j)] = j < lanes ? 0.7 + 3.3 * j + 0.01 * k : 1e9;
                        }
                        // The short lane takes what the ones before it left and a little more.
                        if (shortLane >= 0) {
                            double left = pool[static_cast<size_t>(shortStep)];
                            for (int j = 0; j < shortLane; ++j)
                                left -= taken[static_cast<size_t>(shortStep * 4 + j)];
                            taken[static_cast<size_t>(shortStep * 4 + shortLane)] = left + 1e-9;
                        }
                        std::vector<double> expected = pool;
                        for (int k = 0; k < len; ++k)
                            for (int j = 0; j < lanes; ++j)
                                expected[static_cast<size_t>(k)] -= taken[static_cast<size_t>(k * 4 + j)];
                        const std::vector<double> before = pool;
                        const bool fits = sim::takeFromPool(pool.data(), taken.data(), len, lanes);
                        QCOMPARE(fits, shortLane < 0);
                        const std::vector<double> &want = fits ? expected : before;
                        QCOMPARE(std::memcmp(pool.data(), want.data(), pool.size() * sizeof(double)), 0);
                    }
    }

    void accountPoolIsShared()
    {
        // Two functions without reservations, 800 concurrent each, share 1,000.
        DocumentData d;
        d.nodes = {node("a", "apigw", constantTraffic(800)), node("b", "apigw", constantTraffic(800)),
                   node("f1", "lambda", {{"durationMs", 1000}, {"timeoutS", 900}}),
                   node("f2", "lambda", {{"durationMs", 1000}, {"timeoutS", 900}})};
        d.edges = {edge("a", "f1"), edge("b", "f2")};
        SimulationResults r = run(d, options(3600, 60));
        const double used = r.node("f1")->meanConcurrency + r.node("f2")->meanConcurrency;
        QVERIFY(qAbs(used - 1000) < 1e-6);
        QVERIFY(qAbs(r.series(-1, Series::Concurrency).max.front() - 1000) < 1e-3);
        QVERIFY(qAbs(r.node("f1")->throttled + r.node("f2")->throttled - 600 * 3600.0) < 1e-3);
        // A third function reserving 300 leaves 700 for the other two, and gets its 300.
        d.nodes.append(node("c", "apigw", constantTraffic(500)));
        d.nodes.append(node("f3", "lambda", {{"durationMs", 1000}, {"reservedConcurrency", 300}, {"timeoutS", 900}}));
        d.edges.append(edge("c", "f3"));
        r = run(d, options(3600, 60));
        QVERIFY(qAbs(r.node("f1")->meanConcurrency + r.node("f2")->meanConcurrency - 700) < 1e-6);
        QVERIFY(qAbs(r.node("f3")->meanConcurrency - 300) < 1e-6);
    }

    void scalingRampIs1000Per10Seconds()
    {
        // 10,000 concurrent wanted at once, account raised to 20,000: 1,000 at once, then
        // 100 more each second (1,000 per 10 s, refilled continuously), reached after 90 s.
        SimulationOptions o = options(3600, 1, 20000);
        o.maxBuckets = 3600;  // one bucket per step
        const SimulationResults r = run(apiToLambda(10000, {{"durationMs", 1000}, {"timeoutS", 900}}), o);
        QVERIFY(qAbs(at(r, "fn", Series::Concurrency, 0) - 1000) < 1e-6);
        QVERIFY(qAbs(at(r, "fn", Series::Concurrency, 10) - 2000) < 1e-6);
        QVERIFY(qAbs(at(r, "fn", Series::Concurrency, 50) - 6000) < 1e-6);
        QVERIFY(qAbs(at(r, "fn", Series::Concurrency, 200) - 10000) < 1e-6);
        QVERIFY(at(r, "fn", Series::Throttled, 10) > 7000);
        QCOMPARE(at(r, "fn", Series::Throttled, 200), 0.0);
        // Cold starts: every environment was created once.
        QVERIFY(qAbs(r.node("fn")->coldStarts - 10000) < 1e-6);

        // Legacy model: a 3,000 burst, then 500 more per minute for the account.
        o.legacyScaling = true;
        const SimulationResults legacy = run(apiToLambda(10000, {{"durationMs", 1000}}), o);
        QVERIFY(qAbs(at(legacy, "fn", Series::Concurrency, 0) - 3000) < 1e-6);
        QVERIFY(qAbs(at(legacy, "fn", Series::Concurrency, 60) - 3500) < 10);
        QVERIFY(qAbs(at(legacy, "fn", Series::Concurrency, 600) - 8000) < 10);
    }

    void sqsPollersRamp()
    {
        // Lambda's SQS pollers start at 5 and add up to 300 per minute, to 1,000 at most; a
        // step runs on their mean over it (the first second: from 5 to 10).
        DocumentData d;
        d.nodes = {node("q", "sqs", constantTraffic(5000)), node("fn", "lambda", {{"durationMs", 1000}, {"timeoutS", 30}})};
        d.edges = {edge("q", "fn", EdgeKind::Trigger, {{"batchSize", 1}})};
        SimulationOptions o = options(3600, 1, 5000);
        o.maxBuckets = 3600;
        SimulationResults r = run(d, o);
        QVERIFY(qAbs(at(r, "fn", Series::Concurrency, 0) - 7.5) < 1e-6);
        QVERIFY(qAbs(at(r, "fn", Series::Concurrency, 60) - 307.5) < 1e-6);
        QVERIFY(qAbs(r.node("fn")->peakConcurrency - 1000) < 1e-6);
        QVERIFY(r.node("fn")->peakBacklog > 1e6);
        // maxConcurrency caps the pollers.
        d.edges[0].props.insert("maxConcurrency", 50);
        r = run(d, o);
        QVERIFY(qAbs(r.node("fn")->peakConcurrency - 50) < 1e-6);
    }

    // A burst into an SQS queue: pollers are added while messages wait, until they have
    // taken them, and then as many stay as are busy; batches fill while they are few. The
    // figures do not depend on the step (the old model let a minute's step add its 300 pollers
    // and run one message an invocation: 7 times the invocations, and a backlog 17 times
    // larger at 60 s than at 1 s).
    // A queue that takes 30 messages a second and is read by ten 1 s invocations at a time
    // (batches of one) stands for good: after t seconds the oldest message waiting arrived
    // when 30 s' = 10 t, so it is t (1 − 1/3) old, at any step. (Each step's backlog over what
    // it drained said twice that, capped at the run's length.)
    void anOverloadedQueuesOldestMessage_data()
    {
        QTest::addColumn<double>("stepS");
        QTest::newRow("1 s") << 1.0;
        QTest::newRow("60 s") << 60.0;
        QTest::newRow("300 s") << 300.0;
    }
    void anOverloadedQueuesOldestMessage()
    {
        QFETCH(double, stepS);
        DocumentData d;
        d.nodes = {node("q", "sqs", constantTraffic(30)), node("fn", "lambda", {{"durationMs", 1000}, {"reservedConcurrency", 10}})};
        Edge e = edge("q", "fn");
        e.props.insert("batchSize", 1);
        d.edges = {e};
        const SimulationResults r = run(d, options(7200, stepS));
        const double expected = 7200 * (1 - 10.0 / 30);
        QVERIFY2(std::fabs(r.node("q")->maxAgeOfOldestMessageS - expected) <= 0.01 * expected,
                 qPrintable(QString::number(r.node("q")->maxAgeOfOldestMessageS)));
        QCOMPARE(r.node("fn")->maxIteratorAgeS, SimulationResults::NodeSummary::noAge);
    }

    void sqsBurstIntoLambdaIsStepIndependent()
    {
        DocumentData d;
        d.nodes = {node("q", "sqs", {{"traffic", QJsonObject{{"shape", "spiky"}, {"rate", 2}, {"burstEveryS", 3600},
                                                              {"burstLengthS", 300}, {"burstRate", 200}, {"noise", "poisson"}}}}),
                   node("fn", "lambda", {{"durationMs", 2000}})};
        d.edges = {edge("q", "fn")};  // batches of 10
        const SimulationResults atSecond = run(d, options(6 * 3600, 1));
        const SimulationResults::NodeSummary *ref = atSecond.node("fn");
        const double messages = atSecond.node("q")->arrivals;
        QVERIFY2(ref->invocations < 0.3 * messages, qPrintable(QString::number(ref->invocations / messages)));
        QVERIFY(ref->peakBacklog > 100);
        for (const double step : {10.0, 60.0}) {
            const SimulationResults r = run(d, options(6 * 3600, step));
            const SimulationResults::NodeSummary *n = r.node("fn");
            const QString what = QStringLiteral("%1 s: invocations %2 vs %3, peak %4 vs %5, cold starts %6 vs %7")
                                     .arg(step).arg(n->invocations).arg(ref->invocations).arg(n->peakConcurrency)
                                     .arg(ref->peakConcurrency).arg(n->coldStarts).arg(ref->coldStarts);
            QVERIFY2(std::fabs(n->invocations - ref->invocations) <= 0.1 * ref->invocations, qPrintable(what));
            QVERIFY2(std::fabs(n->peakConcurrency - ref->peakConcurrency) <= 0.1 * ref->peakConcurrency, qPrintable(what));
            QVERIFY2(std::fabs(n->coldStarts - ref->coldStarts) <= 0.1 * ref->coldStarts, qPrintable(what));
            // The backlog the burst builds while the pollers scale out, and clears within the
            // first minute: a longer step still sees it.
            const double backlog = r.node("q")->peakBacklog, refBacklog = atSecond.node("q")->peakBacklog;
            QVERIFY2(refBacklog > 100 && std::fabs(backlog - refBacklog) <= 0.1 * refBacklog,
                     qPrintable(QStringLiteral("%1 s: queue backlog %2 vs %3").arg(step).arg(backlog).arg(refBacklog)));
        }
        // So does the oldest message's age: the one served as the pollers catch up, about 3 s
        // (2.6 s request by request), first in, first out at every step (each 1 s step's
        // backlog over what it drained had said 4.8 s).
        const double ageAt1 = atSecond.node("q")->maxAgeOfOldestMessageS;
        const double ageAt10 = run(d, options(6 * 3600, 10)).node("q")->maxAgeOfOldestMessageS;
        const double ageAt60 = run(d, options(6 * 3600, 60)).node("q")->maxAgeOfOldestMessageS;
        QVERIFY2(ageAt10 > 2 && std::fabs(ageAt60 - ageAt10) <= 0.2 * ageAt10 && std::fabs(ageAt1 - ageAt10) <= 0.2 * ageAt10,
                 qPrintable(QStringLiteral("age %1 s at 60 s steps, %2 s at 10 s, %3 s at 1 s").arg(ageAt60).arg(ageAt10).arg(ageAt1)));
    }

    void asyncRetriesAndTheFailureWire()
    {
        // Half the invocations fail; with 2 retries each event runs 1 + 0.5 + 0.25 = 1.75
        // times and 0.125 of the events fail for good: to the failure queue, or dropped.
        DocumentData d;
        d.nodes = {node("s3", "s3", constantTraffic(10)),
                   node("fn", "lambda", {{"durationMs", 100}, {"errorRate", 0.5}, {"retries", 2}}), node("dlq", "sqs")};
        d.edges = {edge("s3", "fn"), edge("fn", "dlq", EdgeKind::Failure)};
        SimulationResults r = run(d, options(3600, 60));
        const double events = 10 * 3600.0;
        QVERIFY(qAbs(r.node("fn")->invocations - 1.75 * events) < 1e-6);
        QVERIFY(qAbs(r.node("fn")->failed - 0.125 * events) < 1e-6);
        QVERIFY(qAbs(r.node("dlq")->arrivals - 0.125 * events) < 1e-6);
        QCOMPARE(r.node("fn")->dropped, 0.0);
        d.edges.removeLast();
        r = run(d, options(3600, 60));
        QVERIFY(qAbs(r.node("fn")->dropped - 0.125 * events) < 1e-6);
        // A function that always times out fails every attempt.
        d.nodes[1].props = QJsonObject{{"durationMs", 5000}, {"timeoutS", 3}, {"retries", 1}};
        r = run(d, options(3600, 60));
        QVERIFY(qAbs(r.node("fn")->invocations - 2 * events) < 1e-6);
        QVERIFY(qAbs(r.node("fn")->dropped - events) < 1e-6);
    }

    void asyncEventsAgeOutAfterSixHours()
    {
        // Reserved concurrency 0 stops every invocation: events wait in the async queue and
        // leave it after 6 h, along the failure wire.
        DocumentData d;
        d.nodes = {node("s3", "s3", constantTraffic(1)), node("fn", "lambda", {{"reservedConcurrency", 0}}),
                   node("dlq", "sqs")};
        d.edges = {edge("s3", "fn"), edge("fn", "dlq", EdgeKind::Failure)};
        const SimulationResults r = run(d, options(86400, 60));
        const auto *fn = r.node("fn");
        QCOMPARE(fn->invocations, 0.0);
        // Events of the first 18 h (less at most one 337.5 s cohort) have expired.
        QVERIFY2(fn->expired <= 18 * 3600.0 && fn->expired >= 18 * 3600.0 - 2 * 337.5, qPrintable(QString::number(fn->expired)));
        QCOMPARE(fn->toFailureDestination, fn->expired);
        QVERIFY(qAbs(r.node("dlq")->arrivals - fn->expired) < 1e-9);
        QVERIFY(fn->peakIteratorAgeS >= 6 * 3600.0 && fn->peakIteratorAgeS <= 6 * 3600.0 + 400);
        QVERIFY(qAbs(fn->peakBacklog - 6 * 3600.0) < 400);
        // A throttled async event is throttled once, not on every step it waits.
        QVERIFY(qAbs(fn->throttled - 86400) < 1e-6);
    }

    void provisionedConcurrencyAvoidsColdStarts()
    {
        // 50 requests/s x 0.2 s = 10 concurrent on average; random arrivals reach about 30 at
        // the day's peak (the exact engine: 33). 45 provisioned environments absorb it all;
        // 20 absorb the usual load, and only the rare peaks above them start cold.
        SimulationResults r = run(apiToLambda(50, {{"durationMs", 200}, {"provisionedConcurrency", 45}}, true),
                                  options(86400, 1));
        QVERIFY(r.node("fn")->coldStarts < 1e-6);  // an expectation: about 2e-9 a day
        const double fewAbove = run(apiToLambda(50, {{"durationMs", 200}, {"provisionedConcurrency", 20}}, true),
                                    options(86400, 1))
                                    .node("fn")
                                    ->coldStarts;
        QVERIFY(fewAbove > 0);
        double provisionedDuration = 0;
        for (const auto &i : r.node("fn")->items)
            if (i.name == "provisionedDuration")
                provisionedDuration = i.quantity;
        QVERIFY(provisionedDuration > 0);
        // Without them, the first environments start cold, and so do bursts above the warm pool.
        r = run(apiToLambda(50, {{"durationMs", 200}}, true), options(86400, 1));
        QVERIFY(r.node("fn")->coldStarts >= 10);
        // ... the same peaks above 20 as with 20 provisioned, and the first 20 besides.
        QVERIFY(r.node("fn")->coldStarts > fewAbove + 10);
    }

    void idleEnvironmentsAreReclaimed()
    {
        // One request every 30 minutes (a 1 h step of 2 requests... here: bursts an hour
        // apart): after an idle hour the warm pool has faded, so each burst starts cold.
        DocumentData d;
        d.nodes = {node("ev", "eventbridge",
                        QJsonObject{{"traffic", QJsonObject{{"shape", "spiky"}, {"rate", 0}, {"burstRate", 10},
                                                           {"burstEveryS", 3600}, {"burstLengthS", 60}}}}),
                   node("fn", "lambda", {{"durationMs", 1000}})};
        d.edges = {edge("ev", "fn")};
        const SimulationResults r = run(d, options(86400, 1));
        // 24 bursts of 10 concurrent, nearly all cold each time.
        QVERIFY2(r.node("fn")->coldStarts > 24 * 9.5, qPrintable(QString::number(r.node("fn")->coldStarts)));
    }

    void containersScaleOnTargetUtilization()
    {
        // 1,000 requests/s, 50 per task, target 70 %: ceil(1000 / 35) = 29 tasks after the
        // scale-out delay; until then the sync queue overflows (503s).
        DocumentData d;
        d.nodes = {node("lb", "alb", constantTraffic(1000)),
                   node("svc", "fargate", {{"capacityPerTask", 50}, {"minTasks", 2}, {"maxTasks", 100}, {"scaleOutDelayS", 60}})};
        d.edges = {edge("lb", "svc")};
        const SimulationResults r = run(d, options(3600, 1));
        QVERIFY(qAbs(at(r, "svc", Series::Concurrency, 3000) - 29) < 1e-6);
        QVERIFY(r.node("svc")->throttled > 0);
        QCOMPARE(at(r, "svc", Series::Throttled, 3000), 0.0);
        QVERIFY(qAbs(at(r, "svc", Series::Utilization, 3000) - 1000.0 / (29 * 50)) < 1e-3);
        // maxTasks caps the fleet; the rest is refused.
        d.nodes[1].props.insert("maxTasks", 10);
        const SimulationResults capped = run(d, options(3600, 1));
        QCOMPARE(capped.node("svc")->peakConcurrency, 10.0);
        QVERIFY(qAbs(at(capped, "svc", Series::Throttled, 3000) - 500) < 1e-6);
    }

    void chainsFlowThroughStores()
    {
        // API -> function A writes 2 items per call -> table stream -> function B.
        DocumentData d;
        d.nodes = {node("api", "apigw", constantTraffic(10)), node("a", "lambda"),
                   node("t", "dynamodb", {{"streamEnabled", true}}), node("b", "lambda")};
        d.edges = {edge("api", "a"), edge("a", "t", EdgeKind::Write, {{"ratio", 2}}), edge("t", "b")};
        const SimulationResults r = run(d, options(3600, 1));
        QVERIFY(qAbs(r.node("t")->arrivals - 20 * 3600.0) < 1e-6);
        QVERIFY(qAbs(r.node("b")->arrivals - 20 * 3600.0) < 1e-6);
        QVERIFY(r.node("b")->invocations > 0);
        QVERIFY(r.node("b")->peakBacklog < 21);
    }

    void snsFansOutToEverySubscriber()
    {
        DocumentData d;
        d.nodes = {node("topic", "sns", constantTraffic(10)), node("a", "lambda"), node("b", "lambda"),
                   node("q", "sqs"), node("c", "lambda")};
        d.edges = {edge("topic", "a"), edge("topic", "b", EdgeKind::Trigger, {{"ratio", 0.3}}), edge("topic", "q"),
                   edge("q", "c")};
        const SimulationResults r = run(d, options(3600, 60));
        QVERIFY(qAbs(r.node("a")->arrivals - 36000) < 1e-6);
        QVERIFY(qAbs(r.node("b")->arrivals - 10800) < 1e-6);
        QVERIFY(qAbs(r.node("q")->arrivals - 36000) < 1e-6);
        // Every wire reports what it carried.
        QCOMPARE(r.wires.size(), 4);
        for (const auto &w : r.wires)
            if (w.to == "b")
                QVERIFY(qAbs(w.meanRatePerS - 3) < 1e-9 && qAbs(w.peakRatePerS - 3) < 1e-9);
        QVERIFY(qAbs(r.valueAt(r.nodeIndex("a"), Series::Arrivals, 1800) - 10) < 1e-6);
    }

    void cycleIsReportedNotHung()
    {
        // function -> queue -> the same function: events would circulate forever.
        DocumentData d;
        d.nodes = {node("api", "apigw", constantTraffic(1)), node("fn", "lambda"), node("q", "sqs")};
        d.edges = {edge("api", "fn"), edge("fn", "q", EdgeKind::Write), edge("q", "fn")};
        QElapsedTimer timer;
        timer.start();
        const SimulationResults r = run(d, options(86400, 1));
        QVERIFY(timer.elapsed() < 1000);
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains("cycle"));
        QVERIFY(r.error.contains("fn") && r.error.contains("q"));
        QVERIFY(!r.error.contains("api"));
    }

    void refusedWiresAreLeftOutWithAWarning()
    {
        DocumentData d;
        d.nodes = {node("s3", "s3", constantTraffic(1)), node("svc", "fargate")};
        d.edges = {edge("s3", "svc")};
        const SimulationResults r = run(d, options(3600, 60));
        QVERIFY(r.ok());
        QCOMPARE(r.warnings.size(), 1);
        QCOMPARE(r.node("svc")->arrivals, 0.0);
    }

    void deterministicForTheSameSeed()
    {
        DocumentData d = apiToLambda(300, {{"durationMs", 800}}, true);
        d.nodes.append(node("k", "kinesis", merge(QJsonObject{{"shards", 2}}, constantTraffic(5000, true))));
        d.nodes.append(node("g", "lambda", {{"durationMs", 2000}}));
        d.edges.append(edge("k", "g"));
        SimulationOptions o = options(7 * 86400, 60);
        o.seed = 42;
        const SimulationResults a = run(d, o);
        const SimulationResults b = run(d, o);
        QVERIFY(identical(a, b));
        // The fast model gives expectations (random arrivals are the queueing layer's): the
        // seed is the exact engine's.
        o.seed = 43;
        QVERIFY(identical(a, run(d, o)));
    }

    // Stepping functions four at a time in lanes is an optimisation only: the results are the
    // same bits as stepping them one by one, whatever the shapes, the bucket layout, a pool
    // that runs short, an async queue that backs up, or a step longer than the age limit.
    void lanesGiveTheSameBitsAsOneByOne_data()
    {
        QTest::addColumn<QString>("file");  // empty: laneDiagram()
        QTest::addColumn<double>("horizonS");
        QTest::addColumn<double>("stepS");
        QTest::addColumn<double>("account");
        QTest::addColumn<QString>("capture");
        QTest::addColumn<int>("chains");  // of laneDiagram
        QTest::addColumn<bool>("streams");
        QTest::addColumn<double>("burst");
        QTest::addColumn<int>("buckets");  // at most, over the horizon
        QTest::addColumn<bool>("switchedOff");  // of laneDiagram
        QTest::addColumn<bool>("mixedInputs");  // of laneDiagram
        QTest::newRow("long buckets") << QString() << 86400.0 << 1.0 << 1000.0 << QStringLiteral("c3worker") << 5 << true << 0.0 << 2000 << false << false;
        // Buckets longer than a chunk: series derived from others instead of folded.
        QTest::newRow("buckets over chunks") << QString() << 86400.0 << 1.0 << 1000.0 << QStringLiteral("c3worker") << 5 << true << 0.0 << 60
                                             << false << false;
        // Functions and fleets with more than one input: their arrivals are a sum, stored.
        QTest::newRow("buckets over chunks, mixed inputs") << QString() << 86400.0 << 1.0 << 1000.0 << QStringLiteral("c2reader") << 5
                                                           << true << 0.0 << 60 << false << true;
        QTest::newRow("buckets over chunks, a function off") << QString() << 86400.0 << 1.0 << 1000.0 << QString() << 5
                                                             << true << 0.0 << 60 << true << false;
        QTest::newRow("short buckets") << QString() << 7 * 86400.0 << 60.0 << 1000.0 << QStringLiteral("c0sync") << 5 << true << 0.0 << 2000 << false << false;
        QTest::newRow("pool runs short") << QString() << 6 * 3600.0 << 1.0 << 150.0 << QString() << 5 << true << 0.0 << 2000 << false << false;
        QTest::newRow("pool runs out") << QString() << 2 * 86400.0 << 10.0 << 20.0 << QString() << 5 << true << 0.0 << 2000 << false << false;
        // Runs of two step in two lanes; runs that poll only SQS skip the stream cap.
        QTest::newRow("runs of two") << QString() << 86400.0 << 1.0 << 1000.0 << QString() << 2 << true << 0.0 << 2000 << false << false;
        QTest::newRow("runs of two, pool short") << QString() << 6 * 3600.0 << 1.0 << 60.0 << QString() << 2 << true << 0.0 << 2000
                                                  << false << false;
        QTest::newRow("queue consumers only") << QString() << 86400.0 << 1.0 << 1000.0 << QString() << 5 << false << 0.0 << 2000 << false << false;
        QTest::newRow("two queue consumers") << QString() << 86400.0 << 1.0 << 1000.0 << QString() << 2 << false << 0.0 << 2000 << false << false;
        // Bursts that outrun the scaling rate (the pool is large enough not to matter).
        QTest::newRow("scaling limits") << QString() << 86400.0 << 1.0 << 1e6 << QString() << 5 << true << 2000.0 << 2000 << false << false;
        QTest::newRow("scaling limits, runs of two") << QString() << 86400.0 << 1.0 << 1e6 << QString() << 2 << true << 20000.0 << 2000 << false << false;
        for (const QString &path : examplePaths())
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path << 3 * 86400.0 << 10.0 << 1000.0 << QString() << 0 << true << 0.0 << 2000 << false << false;
    }
    void lanesGiveTheSameBitsAsOneByOne()
    {
        QFETCH(QString, file);
        QFETCH(double, horizonS);
        QFETCH(double, stepS);
        QFETCH(double, account);
        QFETCH(QString, capture);
        QFETCH(int, chains);
        QFETCH(bool, streams);
        QFETCH(double, burst);
        QFETCH(int, buckets);
        QFETCH(bool, switchedOff);
        QFETCH(bool, mixedInputs);
        DocumentData d;
        if (file.isEmpty()) {
            d = laneDiagram(chains, streams, burst, switchedOff, mixedInputs);
        } else {
            QString error;
            QVERIFY2(ArchscopeFormat::readFile(file, Catalog::builtin(), &d, &error), qPrintable(error));
        }
        SimulationOptions o = options(horizonS, stepS, account);
        o.seed = 7;
        o.captureArrivalsOf = capture;
        o.maxBuckets = buckets;
        const SimulationResults lanes = run(d, o);
        o.lanes = false;
        const SimulationResults oneByOne = run(d, o);
        QVERIFY(lanes.error.isEmpty());
        QString why;
        QVERIFY2(identical(lanes, oneByOne, &why), qPrintable(why));
        if (file.isEmpty())  // no wire of the diagram was refused
            QCOMPARE(lanes.wires.size(), d.edges.size());
        if (file.isEmpty() && (account < 1000 || burst > 0)) {  // the pool or the scaling rate really held back
            double throttled = 0;
            for (const auto &n : lanes.nodes)
                throttled += n.throttled;
            QVERIFY(throttled > 0);
        }
    }

    void poissonNoiseKeepsTheMeanAndShowsThePeaks()
    {
        const SimulationResults r = run(apiToLambda(75, {{"durationMs", 100}}, true), options(7 * 86400, 1));
        const double expected = 75 * 7 * 86400;
        QVERIFY(qAbs(r.node("fn")->arrivals - expected) < 1e-9 * expected);
        // 7.5 concurrent on average; a week of random arrivals peaks far above that.
        QVERIFY(qAbs(r.node("fn")->meanConcurrency - 7.5) < 1e-9);
        QVERIFY(r.node("fn")->peakConcurrency > 7.5 + 4 * std::sqrt(7.5));
        const SimulationResults smooth = run(apiToLambda(75, {{"durationMs", 100}, {"coldStartMs", 0}}, false), options(7 * 86400, 1));
        QVERIFY(smooth.node("fn")->peakConcurrency < 7.5 + 1e-9);
    }

    // The exact check's window (SimulationOptions::peaksFromS, peaksToS): the summaries' peaks
    // are the window's own. Steady random traffic peaks within an hour of a day as over a run
    // of an hour, lower than over the day; every other figure, and a window of the whole run,
    // changes no bit.
    void peaksCountWithinTheWindow()
    {
        DocumentData d = apiToLambda(8, {{"durationMs", 1000}}, true);
        d.nodes.append(node("jobs", "sqs", constantTraffic(20, true)));
        d.nodes.append(node("worker", "lambda", {{"durationMs", 2000}}));
        d.edges.append(edge("jobs", "worker"));
        const SimulationResults hour = run(d, options(3600, 60));
        const SimulationResults day = run(d, options(86400, 60));
        SimulationOptions o = options(86400, 60);
        o.peaksFromS = 7200;
        o.peaksToS = 10800;
        const SimulationResults window = run(d, o);
        const double inHour = hour.node("fn")->peakConcurrency, inWindow = window.node("fn")->peakConcurrency;
        QVERIFY2(std::fabs(inWindow - inHour) < 0.02 * inHour, qPrintable(QStringLiteral("%1 vs %2").arg(inWindow).arg(inHour)));
        QVERIFY2(day.node("fn")->peakConcurrency > inWindow + 1, qPrintable(QStringLiteral("%1").arg(day.node("fn")->peakConcurrency)));
        // Higher than the largest of the minutes' expected Maxima within the window.
        QVERIFY(inWindow > window.maxWithin(window.nodeIndex("fn"), Series::ConcurrencyMax, 7200, 10800) + 2);
        for (const char *id : {"jobs", "worker"}) {
            QVERIFY2(window.node(id)->peakBacklog <= day.node(id)->peakBacklog + 1e-9, id);
            QCOMPARE(window.node(id)->invocations, day.node(id)->invocations);
        }
        QVERIFY(window.node("jobs")->peakBacklog > 0);
        QVERIFY(window.node("jobs")->peakBacklog < day.node("jobs")->peakBacklog);
        QCOMPARE(window.node("fn")->coldStarts, day.node("fn")->coldStarts);
        QCOMPARE(window.totalCostUsd, day.totalCostUsd);
        o.peaksFromS = 0;
        o.peaksToS = 86400;
        QString why;
        QVERIFY2(identical(run(d, o), day, &why), qPrintable(why));
    }

    void seriesAreDecimated()
    {
        // A month at 1 s steps: 2,592,000 steps kept as at most 2,000 buckets per series.
        DocumentData d = apiToLambda(100, {{"durationMs", 100}}, true);
        d.nodes[0].props = QJsonObject{{"traffic", QJsonObject{{"shape", "diurnal"}, {"rate", 100}, {"noise", "poisson"}}}};
        const SimulationResults r = run(d, options(30 * 86400, 1));
        QVERIFY(r.bucketCount <= SimulationResults::maxBuckets);
        QCOMPARE(static_cast<int>(r.nodeSeries[1][0].mean.size()), r.bucketCount);
        QCOMPARE(r.bucketSteps * r.bucketCount >= r.steps, true);
        const auto &served = r.series(1, Series::Served);
        for (int b = 0; b < r.bucketCount; ++b)
            QVERIFY(served.min[b] <= served.mean[b] && served.mean[b] <= served.max[b]);
        QVERIFY(served.max[0] > served.min[0]);  // the day's swing within a bucket survives as the band
        QCOMPARE(r.points(1, Series::Served).size(), r.bucketCount);
        QVERIFY(allFinite(r));
    }

    // A large diagram's series stay within the memory budget by taking fewer buckets (never
    // under the floor); its figures are those of a run that keeps every bucket.
    void largeDiagramsKeepFewerBuckets()
    {
        DocumentData d;
        for (int c = 0; c < 400; ++c) {
            const QString p = QStringLiteral("c%1_").arg(c);
            d.nodes.append(node(p + "api", "apigw", {{"traffic", QJsonObject{{"shape", "diurnal"}, {"rate", 5 + c}, {"noise", "none"}}}}));
            d.nodes.append(node(p + "fn", "lambda", {{"durationMs", 200 + c}}));
            d.edges.append(edge(p + "api", p + "fn"));
        }
        const SimulationOptions o = options(7 * 86400, 60, 100000);
        const SimulationResults r = run(d, o);
        SimulationOptions unlimited = o;
        unlimited.seriesBudgetBytes = 1e15;
        const SimulationResults all = run(d, unlimited);
        QCOMPARE(all.bucketCount, 10080 / 6);  // 2,000 at most: 6 steps a bucket
        const double bytes = double(r.nodes.size() + 1) * SimulationResults::seriesCount * 3 * sizeof(float) * r.bucketCount;
        QVERIFY2(bytes <= o.seriesBudgetBytes, qPrintable(QString::number(bytes)));
        QVERIFY(r.bucketCount < all.bucketCount && r.bucketCount >= SimulationOptions::minBuckets);
        QCOMPARE(static_cast<int>(r.series(1, Series::Concurrency).mean.size()), r.bucketCount);
        auto close = [](double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max(std::fabs(a), std::fabs(b)); };
        QVERIFY(close(r.totalCostUsd, all.totalCostUsd));
        for (int i = 0; i < r.nodes.size(); ++i) {
            const auto &x = r.nodes[i], &y = all.nodes[i];
            QVERIFY2(close(x.peakConcurrency, y.peakConcurrency) && close(x.invocations, y.invocations)
                         && close(x.meanConcurrency, y.meanConcurrency) && close(x.coldStarts, y.coldStarts)
                         && close(x.costUsd, y.costUsd),
                     qPrintable(x.id));
        }
        // However large, a diagram keeps the floor.
        SimulationOptions tight = o;
        tight.seriesBudgetBytes = 1;
        QCOMPARE(run(d, tight).bucketCount, static_cast<int>(std::ceil(10080.0 / std::ceil(10080.0 / SimulationOptions::minBuckets))));
    }

    void bucketsSummariseTheirSteps_data()
    {
        QTest::addColumn<int>("bucketSteps");
        QTest::newRow("shorter than a chunk, not a divisor") << 7;
        QTest::newRow("longer than a chunk") << 576;
        QTest::newRow("over two chunks") << 960;
        QTest::newRow("the whole horizon") << 2880;
    }

    // Each bucket's min, max and mean are those of its steps, whatever the bucket length:
    // compared with a run that keeps every step.
    void bucketsSummariseTheirSteps()
    {
        QFETCH(int, bucketSteps);
        DocumentData d;
        d.nodes = {node("api", "apigw", {{"traffic", QJsonObject{{"shape", "diurnal"}, {"rate", 900}}}}),
                   node("fn", "lambda", {{"durationMs", 1500}}), node("svc", "fargate", {{"capacityPerTask", 50}}),
                   node("stream", "kinesis", {{"traffic", QJsonObject{{"shape", "spiky"}, {"rate", 300}}}})};  // standing cost
        d.edges = {edge("api", "fn"), edge("api", "svc")};
        SimulationOptions fine = options(2 * 86400, 60, 1000);
        fine.maxBuckets = 2880;
        const SimulationResults all = run(d, fine);
        QCOMPARE(all.bucketSteps, 1);
        SimulationOptions coarse = fine;
        coarse.maxBuckets = (2880 + bucketSteps - 1) / bucketSteps;
        const SimulationResults r = run(d, coarse);
        QCOMPARE(r.bucketSteps, bucketSteps);
        for (int row = -1; row < r.nodes.size(); ++row)
            for (int s = 0; s < SimulationResults::seriesCount; ++s) {
                const auto &c = r.series(row, static_cast<Series>(s));
                const auto &f = all.series(row, static_cast<Series>(s));
                for (int b = 0; b < r.bucketCount; ++b) {
                    const size_t k0 = static_cast<size_t>(b) * bucketSteps;
                    const size_t k1 = std::min<size_t>(k0 + bucketSteps, f.mean.size());
                    double lo = f.mean[k0], hi = f.mean[k0], total = 0;
                    for (size_t k = k0; k < k1; ++k) {
                        lo = std::min<double>(lo, f.mean[k]);
                        hi = std::max<double>(hi, f.mean[k]);
                        total += f.mean[k];
                    }
                    const double tolerance = 1e-5 * (1 + std::fabs(hi));
                    QVERIFY2(std::fabs(c.min[b] - lo) <= tolerance && std::fabs(c.max[b] - hi) <= tolerance
                                 && std::fabs(c.mean[b] - total / static_cast<double>(k1 - k0)) <= tolerance,
                             qPrintable(QStringLiteral("row %1 series %2 bucket %3").arg(row).arg(s).arg(b)));
                }
            }
        QCOMPARE(r.totalCostUsd, all.totalCostUsd);
    }

    void extremeInputsGiveFiniteResults_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<double>("durationMs");
        QTest::addColumn<bool>("poisson");
        QTest::addColumn<double>("step");
        QTest::newRow("nothing") << 0.0 << 100.0 << true << 60.0;
        QTest::newRow("10M/s, 1 ms") << 1e7 << 1.0 << true << 60.0;
        QTest::newRow("10M/s, 900 s") << 1e7 << 900000.0 << false << 3600.0;
        QTest::newRow("1/s, 900 s") << 1.0 << 900000.0 << true << 1.0;
        QTest::newRow("10M/s at 1 s steps") << 1e7 << 1.0 << true << 1.0;
    }

    void extremeInputsGiveFiniteResults()
    {
        QFETCH(double, rate);
        QFETCH(double, durationMs);
        QFETCH(bool, poisson);
        QFETCH(double, step);
        const DocumentData d = extremeDiagram(rate, durationMs, poisson);
        const SimulationResults r = run(d, options(30 * 86400, step));
        QVERIFY(r.ok());
        QVERIFY(allFinite(r));
        if (rate == 0)
            QCOMPARE(r.node("fn")->invocations, 0.0);
    }

    void outOfRangeSettingsAreRefusedAtOnce_data()
    {
        QTest::addColumn<double>("horizonS");
        QTest::addColumn<double>("stepS");
        QTest::addColumn<QString>("named");  // the setting the error names
        const double week = 7 * 86400.0;
        QTest::newRow("step 1e-6 s") << week << 1e-6 << "/settings/stepS";
        QTest::newRow("step 1 ms") << week << 0.001 << "/settings/stepS";
        QTest::newRow("step 5e-324 s") << week << 5e-324 << "/settings/stepS";
        QTest::newRow("step 0") << week << 0.0 << "/settings/stepS";
        QTest::newRow("step negative") << week << -60.0 << "/settings/stepS";
        QTest::newRow("step over an hour") << week << 3601.0 << "/settings/stepS";
        QTest::newRow("step NaN") << week << double(NAN) << "/settings/stepS";
        QTest::newRow("step infinite") << week << double(INFINITY) << "/settings/stepS";
        QTest::newRow("horizon 1e12 s") << 1e12 << 60.0 << "/settings/horizonS";
        QTest::newRow("horizon 1e308 s") << 1e308 << 60.0 << "/settings/horizonS";
        QTest::newRow("horizon under an hour") << 3599.0 << 1.0 << "/settings/horizonS";
        QTest::newRow("horizon over 31 days") << 31 * 86400.0 + 1 << 60.0 << "/settings/horizonS";
        QTest::newRow("horizon NaN") << double(NAN) << 60.0 << "/settings/horizonS";
        QTest::newRow("horizon infinite") << double(INFINITY) << 60.0 << "/settings/horizonS";
        QTest::newRow("both") << 1e308 << 5e-324 << "/settings/stepS";
    }

    void outOfRangeSettingsAreRefusedAtOnce()
    {
        QFETCH(double, horizonS);
        QFETCH(double, stepS);
        QFETCH(QString, named);
        QElapsedTimer timer;
        timer.start();
        const SimulationResults r = run(apiToLambda(10, {}), options(horizonS, stepS));
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(named), qPrintable(r.error));
        QCOMPARE(r.error, Settings::simulationErrors(horizonS, stepS).join("; "));
        QCOMPARE(r.steps, qint64(0));
        QVERIFY(r.nodes.isEmpty());
        QVERIFY(r.nodeSeries.empty());
        // The engine's other entry point, on a compiled graph, refuses the same.
        const SimulationResults compiled = Simulator::run(SimGraph::compile(apiToLambda(10, {}), Catalog::builtin()),
                                                          Catalog::builtin(), options(horizonS, stepS));
        QCOMPARE(compiled.error, r.error);
        QCOMPARE(compiled.steps, qint64(0));
    }

    void theRangesEndsAreAccepted()
    {
        for (const auto &[horizonS, stepS] : {std::pair{3600.0, 1.0}, std::pair{3600.0, 3600.0}, std::pair{31 * 86400.0, 3600.0}}) {
            const SimulationResults r = run(apiToLambda(10, {}), options(horizonS, stepS));
            QVERIFY2(r.ok(), qPrintable(r.error));
            QCOMPARE(r.steps, qint64(std::llround(horizonS / stepS)));
        }
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
