// The fast model against the exact per-request engine on a table of scenarios (issue 14, the
// README's "Checked against the requests themselves"): sync callers into caps, SQS, Kinesis
// and DynamoDB streams, async with retries and a failure route, fleets from 60 % to 110 %
// utilization, diurnal and spiky traffic, chains. Tolerances: throttled within 10 % relative
// or 0.3 percentage points; peak concurrency and peak backlog within 15 % (or one request, a
// peak being a whole number); p99 latency within 20 %; the largest age of a waiting event
// (ApproximateAgeOfOldestMessage, IteratorAge, AsyncEventAge) within 20 % or 1 s, and
// reported by both engines or by neither. The table is printed as Markdown.

#include "simtesthelpers.h"

#include "sim/exact/exactengine.h"
#include "sim/simulator.h"

#include <QTest>

#include <cmath>
#include <cstring>
#include <functional>
#include <vector>

using namespace archscope;
using namespace simtest;

namespace {

QJsonObject traffic(const QString &shape, double rate, const QJsonObject &extra = {})
{
    return QJsonObject{{"traffic", merge(QJsonObject{{"shape", shape}, {"rate", rate}, {"noise", "poisson"}}, extra)}};
}

// A function whose requests are never cut by a timeout and start warm in no time, so the
// figures are those of the queueing, not of timeouts.
QJsonObject fn(double durationMs, const QJsonObject &extra = {})
{
    return merge(QJsonObject{{"durationMs", durationMs}, {"durationCv", 0.5}, {"coldStartMs", 0}, {"timeoutS", 900}}, extra);
}

struct Scenario
{
    QString name;
    std::function<DocumentData()> diagram;
    QString compute;    // the node whose figures are compared
    QString queue;      // where the peak backlog is read (empty: the compute node)
    double horizonS = 6 * 3600;
    QString ageAt;      // where the age is read (empty: the queue, else the compute node)
};

// The exact engine over the first `horizonS` seconds, in an account of `account`.
ExactResults exactOver(const DocumentData &d, double horizonS, double account = 1000, qint64 seed = ExactOptions().seed)
{
    ExactOptions x;
    x.toS = horizonS;
    x.accountConcurrency = account;
    x.seed = seed;
    return ExactEngine::run(d, Catalog::builtin(), x);
}

// Three runs of the requests (seeds 1 to 3), each checked: a peak is one draw of a maximum, so
// the figures compared are their means.
struct ExactSeeds
{
    std::vector<ExactResults> runs;
    QString error;  // the first run's that failed

    template <class Figure>
    double mean(Figure figure) const
    {
        double sum = 0;
        for (const ExactResults &r : runs)
            sum += figure(r);
        return sum / double(runs.size());
    }
};
ExactSeeds exactSeeds(const DocumentData &d, double horizonS, int seeds = 3, double account = 1000)
{
    ExactSeeds out;
    for (int seed = 1; seed <= seeds; ++seed) {
        out.runs.push_back(exactOver(d, horizonS, account, seed));
        if (!out.runs.back().ok() && out.error.isEmpty())
            out.error = out.runs.back().error;
    }
    return out;
}

DocumentData chain(std::initializer_list<Node> nodes, std::initializer_list<Edge> edges)
{
    DocumentData d;
    d.nodes = nodes;
    d.edges = edges;
    return d;
}

QList<Scenario> scenarios()
{
    QList<Scenario> s;
    auto sync = [](double rate, double ms, double reserved, const QString &shape = "constant", const QJsonObject &t = {}) {
        return [=] {
            QJsonObject f = fn(ms);
            if (reserved >= 0)
                f.insert("reservedConcurrency", reserved);
            return chain({node("api", "apigw", traffic(shape, rate, t)), node("fn", "lambda", f)}, {edge("api", "fn")});
        };
    };
    s.append({"API → Lambda 8/s, 1 s, reserved 10", sync(8, 1000, 10), "fn"});
    s.append({"API → Lambda 40/s, 1 s, reserved 50", sync(40, 1000, 50), "fn"});
    s.append({"API → Lambda 90/s, 1 s, reserved 100", sync(90, 1000, 100), "fn"});
    s.append({"API → Lambda 8/s, 1 s, no cap", sync(8, 1000, -1), "fn"});
    s.append({"ALB → Lambda diurnal 30/s, 1 s, reserved 40",
              [] {
                  return chain({node("lb", "alb", traffic("diurnal", 30)), node("fn", "lambda", fn(1000, {{"reservedConcurrency", 40}}))},
                               {edge("lb", "fn")});
              },
              "fn", {}, 86400});
    s.append({"API → Lambda spiky 20/s, bursts of 60/s, 0.5 s, reserved 25",
              sync(20, 500, 25, "spiky", {{"burstRate", 60}, {"burstEveryS", 900}, {"burstLengthS", 120}}), "fn"});
    s.append({"SQS → Lambda 4.5/s, 1 s, reserved 5, batch 1",
              [] {
                  return chain({node("q", "sqs", traffic("constant", 4.5)), node("fn", "lambda", fn(1000, {{"reservedConcurrency", 5}}))},
                               {edge("q", "fn", EdgeKind::Trigger, {{"batchSize", 1}})});
              },
              "fn", "q"});
    s.append({"SQS → Lambda 8/s, 0.5 s, reserved 5, batch 1",
              [] {
                  return chain({node("q", "sqs", traffic("constant", 8)), node("fn", "lambda", fn(500, {{"reservedConcurrency", 5}}))},
                               {edge("q", "fn", EdgeKind::Trigger, {{"batchSize", 1}})});
              },
              "fn", "q"});
    s.append({"SQS → Lambda 45/s, 1 s, reserved 5, batch 10",
              [] {
                  return chain({node("q", "sqs", traffic("constant", 45)), node("fn", "lambda", fn(1000, {{"reservedConcurrency", 5}}))},
                               {edge("q", "fn", EdgeKind::Trigger, {{"batchSize", 10}})});
              },
              "fn", "q"});
    auto steadySqs = [](double rate, double ms) {
        return [=] { return chain({node("q", "sqs", traffic("constant", rate)), node("fn", "lambda", fn(ms))}, {edge("q", "fn")}); };
    };
    s.append({"SQS → Lambda 20/s, 2 s, batch 10", steadySqs(20, 2000), "fn", "q"});
    s.append({"SQS → Lambda 100/s, 1 s, batch 10", steadySqs(100, 1000), "fn", "q"});
    // A stream of `shards` into a function of `ms` (`extra`: its other properties): "k" for
    // Kinesis, "t" for a DynamoDB table's stream.
    auto stream = [](const QString &kind, int shards, double rate, double ms, int batch, const QJsonObject &extra = {}) {
        return [=] {
            const QString id = kind == "kinesis" ? "k" : "t";
            QJsonObject props = merge(QJsonObject{{"shards", shards}}, traffic("constant", rate));
            if (kind == "dynamodb")
                props.insert("streamEnabled", true);
            return chain({node(id, kind, props), node("fn", "lambda", fn(ms, extra))},
                         {edge(id, "fn", EdgeKind::Trigger, {{"batchSize", batch}})});
        };
    };
    s.append({"Kinesis 2 shards → Lambda 3/s, 0.5 s, batch 1", stream("kinesis", 2, 3, 500, 1), "fn", "k"});
    s.append({"DynamoDB stream 1 shard → Lambda 1.6/s, 0.5 s, batch 1", stream("dynamodb", 1, 1.6, 500, 1), "fn", "t"});
    s.append({"Kinesis 4 shards → Lambda 200/s, 0.5 s, batch 100", stream("kinesis", 4, 200, 500, 100), "fn", "k"});
    s.append({"Kinesis 2 shards → Lambda 80/s, 2 s, batch 100 (80 % of its batches), timeout 30 s",
              stream("kinesis", 2, 80, 2000, 100, {{"timeoutS", 30}}), "fn", "k"});
    s.append({"DynamoDB stream 1 shard → Lambda 50/s, 1 s, batch 100", stream("dynamodb", 1, 50, 1000, 100), "fn", "t"});
    s.append({"SNS → Lambda async 20/s, 1 s, reserved 25, 10 % errors, failure queue",
              [] {
                  return chain({node("topic", "sns", traffic("constant", 20)), node("fn", "lambda", fn(1000, {{"reservedConcurrency", 25}, {"errorRate", 0.1}})),
                                node("dlq", "sqs")},
                               {edge("topic", "fn"), edge("fn", "dlq", EdgeKind::Failure)});
              },
              "fn"});
    s.append({"EventBridge → Lambda async 4/s, 1 s, reserved 5",
              [] {
                  return chain({node("bus", "eventbridge", traffic("constant", 4)), node("fn", "lambda", fn(1000, {{"reservedConcurrency", 5}}))},
                               {edge("bus", "fn")});
              },
              "fn"});
    auto fleet = [](const QString &kind, double rate, double capacity, double units) {
        return [=] {
            return chain({node("lb", "alb", traffic("constant", rate)),
                          node("svc", kind, {{"capacityPerTask", capacity}, {"capacityPerInstance", capacity}, {"minTasks", units},
                                             {"maxTasks", units}, {"minInstances", units}, {"maxInstances", units}, {"durationMs", 200}, {"durationCv", 0.5}})},
                         {edge("lb", "svc")});
        };
    };
    s.append({"ALB → Fargate 4 tasks at 60 %", fleet("fargate", 96, 40, 4), "svc"});
    s.append({"ALB → Fargate 4 tasks at 90 %", fleet("fargate", 144, 40, 4), "svc"});
    s.append({"ALB → EC2 3 instances at 110 %", fleet("ec2", 99, 30, 3), "svc", {}, 3600});
    // Bursts past the largest fleet: the queue builds to its 30 s and drains after each, so the
    // slowest requests waited the whole 30 s (the mean wait behind it had said 18.7 s).
    s.append({"ALB 20/s, bursts of 90/s for 10 min → EC2 scaling 2 → 10 instances",
              [] {
                  return chain({node("lb", "alb", traffic("spiky", 20, {{"burstRate", 90}, {"burstEveryS", 3600}, {"burstLengthS", 600}})),
                                node("svc", "ec2", {{"minInstances", 2}, {"maxInstances", 10}, {"capacityPerInstance", 10}, {"durationMs", 100}})},
                               {edge("lb", "svc")});
              },
              "svc", {}, 2 * 3600});
    // A burst shorter than target tracking's reaction (a minute's metric, then the launch):
    // the queue takes it, the fleet scales out after it.
    s.append({"SQS bursts of 300/s for 2 min → Fargate scaling 2 → 20 tasks",
              [] {
                  return chain({node("q", "sqs", traffic("spiky", 15, {{"burstEveryS", 3600}, {"burstLengthS", 120}, {"burstRate", 300}})),
                                node("svc", "fargate", {{"capacityPerTask", 20}, {"minTasks", 2}, {"maxTasks", 20}, {"durationMs", 100}, {"durationCv", 0.5}})},
                               {edge("q", "svc")});
              },
              "svc", {}, 3 * 3600, "q"});
    s.append({"API → Lambda → table stream → Lambda, 10/s",
              [] {
                  return chain({node("api", "apigw", traffic("constant", 10)), node("fn", "lambda", fn(400, {{"reservedConcurrency", 8}})),
                                node("t", "dynamodb", {{"streamEnabled", true}, {"shards", 1}}), node("fn2", "lambda", fn(50))},
                               {edge("api", "fn"), edge("fn", "t", EdgeKind::Write), edge("t", "fn2", EdgeKind::Trigger, {{"batchSize", 1}})});
              },
              "fn"});
    return s;
}

struct Figures
{
    double throttled = 0, peak = 0, backlog = 0, p99 = -1;
    double age = -1;  // the largest age CloudWatch shows at the queue, the stream or the function
};

// The age a scenario's figures compare: the queue's or stream's (ApproximateAgeOfOldestMessage,
// IteratorAge), else the function's AsyncEventAge; -1 when there is none.
double ageOf(const SimulationResults::NodeSummary &compute, const SimulationResults::NodeSummary *queue)
{
    const QList<SimulationResults::NodeSummary::Age> ages = (queue ? queue : &compute)->ages();
    return ages.isEmpty() ? -1 : ages.first().seconds;
}

Figures fastFigures(const SimulationResults &r, const Scenario &s)
{
    Figures f;
    const auto *n = r.node(s.compute);
    f.throttled = n->arrivals > 0 ? n->throttled / n->arrivals : 0;
    f.peak = n->peakConcurrency;
    f.backlog = s.queue.isEmpty() ? n->peakBacklog : r.node(s.queue)->peakBacklog;
    if (n->latency.count > 0)
        f.p99 = n->latency.p99S;
    const QString ageAt = s.ageAt.isEmpty() ? s.queue : s.ageAt;
    f.age = ageOf(*n, ageAt.isEmpty() ? nullptr : r.node(ageAt));
    return f;
}

Figures exactFigures(const ExactResults &r, const Scenario &s, bool fleet)
{
    Figures f;
    const auto *n = r.node(s.compute);
    f.throttled = n->summary.arrivals > 0 ? n->summary.throttled / n->summary.arrivals : 0;
    f.peak = fleet ? n->peakUnits : n->summary.peakConcurrency;
    f.backlog = s.queue.isEmpty() ? n->summary.peakBacklog : r.node(s.queue)->summary.peakBacklog;
    for (const auto &p : r.paths)
        if (p.computeId == s.compute && p.latency.count > 0)
            f.p99 = p.latency.p99;
    const QString ageAt = s.ageAt.isEmpty() ? s.queue : s.ageAt;
    f.age = ageOf(n->summary, ageAt.isEmpty() ? nullptr : &r.node(ageAt)->summary);
    return f;
}

// Ages (ApproximateAgeOfOldestMessage, IteratorAge, AsyncEventAge): the largest of a run is one
// draw of a maximum over hours of waits.
constexpr double ageRelative = 0.20, ageAbsoluteS = 1;

bool within(double got, double want, double relative, double absolute)
{
    return std::fabs(got - want) <= std::max(relative * std::fabs(want), absolute);
}

// Queue "q" of `diagram`: its peak backlog and oldest message at steps of 1 s to 5 min within
// 15 % and 20 % of the exact engine's over `seeds` seeds.
void queuePeaksAgreeAtEveryStep(const DocumentData &diagram, double horizonS, int seeds)
{
    const ExactSeeds exact = exactSeeds(diagram, horizonS, seeds);
    QVERIFY2(exact.error.isEmpty(), qPrintable(exact.error));
    const double backlog = exact.mean([](const ExactResults &r) { return r.node("q")->summary.peakBacklog; });
    const double age = exact.mean([](const ExactResults &r) { return r.node("q")->summary.maxAgeOfOldestMessageS; });
    for (const double step : {1.0, 10.0, 60.0, 300.0}) {
        const SimulationResults fastRun = Simulator::run(diagram, Catalog::builtin(), options(horizonS, step));
        QVERIFY2(fastRun.ok(), qPrintable(fastRun.error));
        const auto *q = fastRun.node("q");
        const QString what = QStringLiteral("%1 s: backlog %2 against %3, age %4 against %5")
                                 .arg(step).arg(q->peakBacklog).arg(backlog).arg(q->maxAgeOfOldestMessageS).arg(age);
        QVERIFY2(within(q->peakBacklog, backlog, 0.15, 1), qPrintable(what));
        QVERIFY2(within(q->maxAgeOfOldestMessageS, age, 0.20, 1), qPrintable(what));
    }
}

QString percent(double x)
{
    return QString::number(100 * x, 'f', 2) + QStringLiteral(" %");
}

} // namespace

class TstScenarios : public QObject
{
    Q_OBJECT

private slots:
    // Target tracking decides on a one-minute metric whatever the step: a fleet scaling out
    // after a burst gives the same backlog, tasks and bill at 1 s, 10 s and 60 s steps, and
    // within 15 % at 300 s (a step longer than the burst).
    void fleetScalingIsStepIndependent()
    {
        const QList<Scenario> all = scenarios();
        const auto burst = std::find_if(all.begin(), all.end(), [](const Scenario &s) { return s.name.startsWith("SQS bursts"); });
        QVERIFY(burst != all.end());
        const DocumentData d = burst->diagram();
        const SimulationResults atMinute = Simulator::run(d, Catalog::builtin(), options(burst->horizonS, 60));
        QVERIFY2(atMinute.ok(), qPrintable(atMinute.error));
        const SimulationResults::NodeSummary *ref = atMinute.node("svc");
        QVERIFY(ref->peakBacklog > 25000);
        for (const double step : {1.0, 10.0, 300.0}) {
            const SimulationResults r = Simulator::run(d, Catalog::builtin(), options(burst->horizonS, step));
            QVERIFY2(r.ok(), qPrintable(r.error));
            const SimulationResults::NodeSummary *n = r.node("svc");
            const double tolerance = step > 60 ? 0.15 : 0.01;
            const QString what = QStringLiteral("%1 s: backlog %2 vs %3, tasks %4 vs %5, $%6 vs %7")
                                     .arg(step).arg(n->peakBacklog).arg(ref->peakBacklog).arg(n->meanConcurrency)
                                     .arg(ref->meanConcurrency).arg(r.totalCostUsd).arg(atMinute.totalCostUsd);
            QVERIFY2(std::fabs(n->peakBacklog - ref->peakBacklog) <= tolerance * ref->peakBacklog, qPrintable(what));
            QVERIFY2(std::fabs(n->meanConcurrency - ref->meanConcurrency) <= tolerance * ref->meanConcurrency, qPrintable(what));
            QCOMPARE(n->peakConcurrency, ref->peakConcurrency);
            QVERIFY2(std::fabs(r.totalCostUsd - atMinute.totalCostUsd) <= tolerance * atMinute.totalCostUsd, qPrintable(what));
            // The oldest message, first in, first out through the scaling (in steps longer than
            // the burst the scale-out lands a step later, and so does the drain: a resolution).
            const double age = r.node("q")->maxAgeOfOldestMessageS, ageAtMinute = atMinute.node("q")->maxAgeOfOldestMessageS;
            QVERIFY2(ageAtMinute > 60 && (step > 60 || std::fabs(age - ageAtMinute) <= tolerance * ageAtMinute),
                     qPrintable(QStringLiteral("%1 s: age %2 vs %3").arg(step).arg(age).arg(ageAtMinute)));
        }
    }

    // A fleet's latency does not depend on the step: its random waits come from each minute's
    // mean load, as its occupancy does.
    void fleetWaitsAreStepIndependent()
    {
        const QList<Scenario> all = scenarios();
        const auto busy = std::find_if(all.begin(), all.end(), [](const Scenario &s) { return s.name.contains("at 90 %"); });
        QVERIFY(busy != all.end());
        const DocumentData d = busy->diagram();
        const SimulationResults atMinute = Simulator::run(d, Catalog::builtin(), options(busy->horizonS, 60));
        const SimulationResults::NodeSummary *ref = atMinute.node("svc");
        QVERIFY(ref->latency.count > 0 && ref->latency.p99S > 0);
        for (const double step : {1.0, 10.0}) {
            const SimulationResults r = Simulator::run(d, Catalog::builtin(), options(busy->horizonS, step));
            const SimulationResults::NodeSummary *n = r.node("svc");
            const QString what = QStringLiteral("%1 s: p50 %2 vs %3, p99 %4 vs %5")
                                     .arg(step).arg(n->latency.p50S).arg(ref->latency.p50S).arg(n->latency.p99S)
                                     .arg(ref->latency.p99S);
            QVERIFY2(std::fabs(n->latency.p99S - ref->latency.p99S) <= 0.01 * ref->latency.p99S, qPrintable(what));
            QVERIFY2(std::fabs(n->latency.p50S - ref->latency.p50S) <= 0.01 * ref->latency.p50S, qPrintable(what));
        }
    }

    // How many invocations the SQS pollers make (what the requests and their GB-seconds cost),
    // and the function's peak: the busy pollers settle where random waits add as many as empty
    // polls drop, and seldom rise four of their standard deviations above that, in both
    // engines. Five pollers taking full batches (the mean flow's answer) would make 54,000 in
    // six hours at 20 messages a second into a 2 s function, not about 145,000; random
    // invocations without the pollers would peak at 33, not 23.
    void sqsPollersSettleAsRequestByRequest_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<double>("durationMs");
        QTest::addColumn<double>("batch");
        QTest::newRow("5/s, 2 s") << 5.0 << 2000.0 << 10.0;
        QTest::newRow("20/s, 2 s") << 20.0 << 2000.0 << 10.0;
        QTest::newRow("100/s, 1 s") << 100.0 << 1000.0 << 10.0;
        QTest::newRow("300/s, 1 s (batches near full)") << 300.0 << 1000.0 << 10.0;
        QTest::newRow("50/s, 5 s, batch 100") << 50.0 << 5000.0 << 100.0;
        // About five pollers are enough: those busy take each message as it comes, and batch
        // only while all five are.
        QTest::newRow("5/s, 1 s (about five busy)") << 5.0 << 1000.0 << 10.0;
        QTest::newRow("20/s, 0.2 s (under five busy)") << 20.0 << 200.0 << 10.0;
    }
    void sqsPollersSettleAsRequestByRequest()
    {
        QFETCH(double, rate);
        QFETCH(double, durationMs);
        QFETCH(double, batch);
        const double horizonS = 6 * 3600;
        const DocumentData d = chain({node("q", "sqs", traffic("constant", rate)), node("fn", "lambda", fn(durationMs))},
                                     {edge("q", "fn", EdgeKind::Trigger, {{"batchSize", batch}})});
        const ExactResults exact = exactOver(d, horizonS);
        QVERIFY2(exact.ok(), qPrintable(exact.error));
        const SimulationResults::NodeSummary &perRequest = exact.node("fn")->summary;
        for (const double step : {1.0, 60.0}) {
            const SimulationResults fastRun = Simulator::run(d, Catalog::builtin(), options(horizonS, step));
            QVERIFY2(fastRun.ok(), qPrintable(fastRun.error));
            const SimulationResults::NodeSummary *fast = fastRun.node("fn");
            const QString what = QStringLiteral("%1 s: %2 invocations, request by request %3; peak %4 against %5")
                                     .arg(step).arg(fast->invocations).arg(perRequest.invocations)
                                     .arg(fast->peakConcurrency).arg(perRequest.peakConcurrency);
            QVERIFY2(within(fast->invocations, perRequest.invocations, 0.05, 0), qPrintable(what));
            QVERIFY2(within(fast->peakConcurrency, perRequest.peakConcurrency, 0.15, 1), qPrintable(what));
        }
    }

    // A queue that starts at 300 messages/s into a 5 s function: SQS adds pollers while the
    // first backlog waits, each taking a batch at once, and every one is busy until the
    // backlog clears, so the function peaks there (268 request by request), well above its
    // random peaks once settled (213). The per-minute Maximum keeps that moment whatever the
    // step; the backlog and its oldest message are the same fluid at every step.
    void sqsRampPeaksAsRequestByRequest()
    {
        const double horizonS = 3600;
        const DocumentData d = chain({node("q", "sqs", traffic("constant", 300)), node("fn", "lambda", fn(5000))}, {edge("q", "fn")});
        const ExactResults exact = exactOver(d, horizonS);
        QVERIFY2(exact.ok(), qPrintable(exact.error));
        const SimulationResults::NodeSummary &perRequest = exact.node("fn")->summary;
        const SimulationResults::NodeSummary &queue = exact.node("q")->summary;
        QVERIFY(perRequest.peakConcurrency > 1.2 * perRequest.meanConcurrency);
        for (const double step : {1.0, 10.0, 60.0, 300.0}) {
            const SimulationResults fastRun = Simulator::run(d, Catalog::builtin(), options(horizonS, step));
            QVERIFY2(fastRun.ok(), qPrintable(fastRun.error));
            const SimulationResults::NodeSummary *fast = fastRun.node("fn"), *q = fastRun.node("q");
            const QString what = QStringLiteral("%1 s: peak %2, request by request %3; backlog %4 against %5; age %6 s against %7 s;"
                                                " cold starts %8 against %9")
                                     .arg(step).arg(fast->peakConcurrency).arg(perRequest.peakConcurrency)
                                     .arg(q->peakBacklog).arg(queue.peakBacklog).arg(q->maxAgeOfOldestMessageS)
                                     .arg(queue.maxAgeOfOldestMessageS).arg(fast->coldStarts).arg(perRequest.coldStarts);
            QVERIFY2(within(fast->peakConcurrency, perRequest.peakConcurrency, 0.05, 1), qPrintable(what));
            QVERIFY2(within(q->peakBacklog, queue.peakBacklog, 0.05, 1), qPrintable(what));
            QVERIFY2(within(q->maxAgeOfOldestMessageS, queue.maxAgeOfOldestMessageS, 0.10, 0.5), qPrintable(what));
            // Every environment of the peak started cold once.
            QVERIFY2(fast->coldStarts >= fast->peakConcurrency - 1, qPrintable(what));
            // Without random arrivals (functions in lanes) the mean flow's ramp is the same.
            DocumentData steady = d;
            QJsonObject props = steady.nodes[0].props;
            QJsonObject t = props.value("traffic").toObject();
            t.insert("noise", "none");
            props.insert("traffic", t);
            steady.nodes[0].props = props;
            const SimulationResults steadyRun = Simulator::run(steady, Catalog::builtin(), options(horizonS, step));
            QVERIFY2(steadyRun.ok(), qPrintable(steadyRun.error));
            const SimulationResults::NodeSummary *plain = steadyRun.node("fn");
            const QString plainWhat = QStringLiteral("%1 s without noise: peak %2, cold starts %3").arg(step).arg(plain->peakConcurrency).arg(plain->coldStarts);
            QVERIFY2(within(plain->peakConcurrency, perRequest.peakConcurrency, 0.05, 1), qPrintable(plainWhat));
            QVERIFY2(plain->coldStarts >= plain->peakConcurrency - 1, qPrintable(plainWhat));
        }
    }

    // 45 messages/s in batches of up to 10 into a 1 s function reserved to 5: the pollers
    // SQS adds are held back by the cap, the messages wait for the five, and each invocation
    // takes about nine: the queue drains (request by request its backlog peaks near 170).
    // Taking one message per invocation, as pollers at leisure would, had built a standing
    // backlog of 21,831 that the run called saturated.
    void heldBackPollersFillTheirBatches()
    {
        const double horizonS = 3 * 3600;
        const DocumentData d = chain({node("q", "sqs", traffic("constant", 45)), node("fn", "lambda", fn(1000, {{"reservedConcurrency", 5}}))},
                                     {edge("q", "fn", EdgeKind::Trigger, {{"batchSize", 10}})});
        const ExactResults exact = exactOver(d, horizonS);
        QVERIFY2(exact.ok(), qPrintable(exact.error));
        const SimulationResults::NodeSummary &perRequest = exact.node("fn")->summary;
        const SimulationResults::NodeSummary &queue = exact.node("q")->summary;
        QVERIFY(queue.peakBacklog < 400);
        for (const double step : {1.0, 60.0, 300.0}) {
            const SimulationResults fastRun = Simulator::run(d, Catalog::builtin(), options(horizonS, step));
            QVERIFY2(fastRun.ok(), qPrintable(fastRun.error));
            const SimulationResults::NodeSummary *fast = fastRun.node("fn"), *q = fastRun.node("q");
            const QString what = QStringLiteral("%1 s: invocations %2, request by request %3; backlog %4 against %5")
                                     .arg(step).arg(fast->invocations).arg(perRequest.invocations)
                                     .arg(q->peakBacklog).arg(queue.peakBacklog);
            QVERIFY2(within(fast->invocations, perRequest.invocations, 0.05, 0), qPrintable(what));
            QVERIFY2(q->peakBacklog <= queue.peakBacklog, qPrintable(what));
            QCOMPARE(fast->peakConcurrency, 5.0);
        }
    }

    // Three functions at 40 requests/s of 1 s share an account of 100: every request finds
    // the pool full with the same chance, so each is throttled about a fifth of the time
    // (Erlang-B at 120 on 100: 19.5 %; 19.4-19.6 % request by request), and so in the fast
    // model, which shares the pool alike among the functions of a depth (sharePool). Taking it
    // in the diagram's order had throttled them 0 %, 0.07 % and 52 %.
    void accountPoolThrottlesEveryFunctionAlike()
    {
        const double horizonS = 3600;
        DocumentData d;
        for (int j = 0; j < 3; ++j) {
            const QString n = QString::number(j);
            d.nodes.append(node("api" + n, "apigw", traffic("constant", 40)));
            d.nodes.append(node("fn" + n, "lambda", fn(1000)));
            d.edges.append(edge("api" + n, "fn" + n));
        }
        const ExactResults exact = exactOver(d, horizonS, 100);
        QVERIFY2(exact.ok(), qPrintable(exact.error));
        for (const double step : {1.0, 60.0, 300.0}) {
            const SimulationResults fastRun = Simulator::run(d, Catalog::builtin(), options(horizonS, step, 100));
            QVERIFY2(fastRun.ok(), qPrintable(fastRun.error));
            double fastTotal = 0, exactTotal = 0;
            QString what = QStringLiteral("%1 s: ").arg(step);
            bool alike = true;
            for (int j = 0; j < 3; ++j) {
                const QString id = "fn" + QString::number(j);
                const SimulationResults::NodeSummary *f = fastRun.node(id);
                const SimulationResults::NodeSummary &e = exact.node(id)->summary;
                const double fastShare = f->throttled / f->arrivals, exactShare = e.throttled / e.arrivals;
                QVERIFY2(exactShare > 0.17 && exactShare < 0.22, qPrintable(QString::number(exactShare)));
                what += QStringLiteral("%1: %2 against %3, peak %4 against %5; ")
                            .arg(id, percent(fastShare), percent(exactShare)).arg(f->peakConcurrency).arg(e.peakConcurrency);
                alike = alike && within(fastShare, exactShare, 0.10, 0.003);
                // Its random peaks reach what the others leave at their lows.
                QVERIFY2(within(f->peakConcurrency, e.peakConcurrency, 0.15, 1), qPrintable(what));
                fastTotal += f->throttled;
                exactTotal += e.throttled;
            }
            QVERIFY2(within(fastTotal, exactTotal, 0.10, 0), qPrintable(what));
            QVERIFY2(alike, qPrintable(what));
        }
    }

    // A stream's shard invokes its function again as soon as records wait (Lambda invokes as
    // soon as records are there), else with the next record: 200 records/s into four shards
    // of a 0.5 s function keep every shard busy, two batches a second each (polling once a
    // second had said one, half the invocations and half the cost); 30/s into one shard of a
    // 0.1 s function give about ten invocations a second, not one.
    void streamShardsInvokeAsRecordsWait_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("shards");
        QTest::addColumn<double>("rate");
        QTest::addColumn<double>("durationMs");
        QTest::addColumn<int>("batch");
        QTest::newRow("kinesis, 4 shards, busy") << "kinesis" << 4 << 200.0 << 500.0 << 100;
        QTest::newRow("kinesis, 1 shard, quick") << "kinesis" << 1 << 30.0 << 100.0 << 100;
        QTest::newRow("dynamodb, 8 shards, batches of 10") << "dynamodb" << 8 << 100.0 << 100.0 << 10;
        QTest::newRow("kinesis, 2 shards, rare records") << "kinesis" << 2 << 0.5 << 200.0 << 100;
    }
    void streamShardsInvokeAsRecordsWait()
    {
        QFETCH(QString, kind);
        QFETCH(int, shards);
        QFETCH(double, rate);
        QFETCH(double, durationMs);
        QFETCH(int, batch);
        const double horizonS = 3600;
        QJsonObject stream = traffic("constant", rate);
        stream.insert("shards", shards);
        if (kind == "dynamodb")
            stream.insert("streamEnabled", true);
        const DocumentData d = chain({node("s", kind, stream), node("fn", "lambda", fn(durationMs))},
                                     {edge("s", "fn", EdgeKind::Trigger, {{"batchSize", batch}})});
        const ExactResults exact = exactOver(d, horizonS);
        QVERIFY2(exact.ok(), qPrintable(exact.error));
        const SimulationResults::NodeSummary &perRequest = exact.node("fn")->summary;
        for (const double step : {1.0, 60.0, 300.0}) {
            const SimulationResults fastRun = Simulator::run(d, Catalog::builtin(), options(horizonS, step));
            QVERIFY2(fastRun.ok(), qPrintable(fastRun.error));
            const SimulationResults::NodeSummary *fast = fastRun.node("fn");
            const QString what = QStringLiteral("%1 s: invocations %2 against %3, in use %4 against %5")
                                     .arg(step).arg(fast->invocations).arg(perRequest.invocations)
                                     .arg(fast->meanConcurrency).arg(perRequest.meanConcurrency);
            QVERIFY2(within(fast->invocations, perRequest.invocations, 0.10, 0), qPrintable(what));
            QVERIFY2(within(fast->meanConcurrency, perRequest.meanConcurrency, 0.10, 0.01), qPrintable(what));
        }
    }

    // Records wait behind a stream's batches even far from capacity (each lane a FIFO with a
    // batch at a time), and IteratorAge is a batch's last record's. Against the requests over
    // three seeds at 1 s, 60 s and 300 s steps: the stream's peak backlog within 15 %, its
    // IteratorAge within 20 % or 1 s. (Counted in batches, the backlog had been 4 against 263
    // in the first row.)
    void streamRecordsWaitBehindBatches_data()
    {
        QTest::addColumn<int>("shards");
        QTest::addColumn<int>("parallel");
        QTest::addColumn<double>("rate");
        QTest::addColumn<double>("durationMs");
        QTest::addColumn<double>("timeoutS");
        QTest::addColumn<int>("batch");
        QTest::newRow("4 shards, 200/s, 0.5 s") << 4 << 1 << 200.0 << 500.0 << 900.0 << 100;
        QTest::newRow("1 shard, 50/s, 1 s, timeout 3 s") << 1 << 1 << 50.0 << 1000.0 << 3.0 << 100;
        QTest::newRow("2 shards x 2 lanes, 200/s, 1 s, timeout 3 s") << 2 << 2 << 200.0 << 1000.0 << 3.0 << 100;
        QTest::newRow("2 shards at 80 %, 2 s, timeout 3 s") << 2 << 1 << 80.0 << 2000.0 << 3.0 << 100;
    }
    void streamRecordsWaitBehindBatches()
    {
        QFETCH(int, shards);
        QFETCH(int, parallel);
        QFETCH(double, rate);
        QFETCH(double, durationMs);
        QFETCH(double, timeoutS);
        QFETCH(int, batch);
        const double horizonS = 2 * 3600;
        QJsonObject stream = traffic("constant", rate);
        stream.insert("shards", shards);
        const DocumentData d = chain({node("k", "kinesis", stream), node("fn", "lambda", fn(durationMs, {{"timeoutS", timeoutS}}))},
                                     {edge("k", "fn", EdgeKind::Trigger, {{"batchSize", batch}, {"parallelizationFactor", parallel}})});
        const ExactSeeds exact = exactSeeds(d, horizonS);
        QVERIFY2(exact.error.isEmpty(), qPrintable(exact.error));
        const double backlog = exact.mean([](const ExactResults &r) { return r.node("k")->summary.peakBacklog; });
        const double age = exact.mean([](const ExactResults &r) { return r.node("k")->summary.maxIteratorAgeS; });
        for (const double step : {1.0, 60.0, 300.0}) {
            const SimulationResults fastRun = Simulator::run(d, Catalog::builtin(), options(horizonS, step));
            QVERIFY2(fastRun.ok(), qPrintable(fastRun.error));
            const SimulationResults::NodeSummary *fast = fastRun.node("k");
            const QString what = QStringLiteral("%1 s: backlog %2 against %3, IteratorAge %4 s against %5 s")
                                     .arg(step).arg(fast->peakBacklog).arg(backlog).arg(fast->maxIteratorAgeS).arg(age);
            QVERIFY2(within(fast->peakBacklog, backlog, 0.15, 1), qPrintable(what));
            QVERIFY2(within(fast->maxIteratorAgeS, age, 0.20, 1), qPrintable(what));
        }
    }

    // Durations past the timeout end there, so a function runs (and bills) the cut mean: 2 s
    // batches under the default 3 s timeout average 1.88 s, and two shards taking 100 records
    // a turn fall behind 120 records/s by 13.4/s, not 20/s (432,000 records after 6 hours had
    // been 45 % over the requests' 298,000).
    void aTimeoutShortensTheMeanRun()
    {
        const double horizonS = 2 * 3600;
        QJsonObject stream = traffic("constant", 120);
        stream.insert("shards", 2);
        const DocumentData d = chain({node("k", "kinesis", stream), node("fn", "lambda", fn(2000, {{"timeoutS", 3}}))},
                                     {edge("k", "fn", EdgeKind::Trigger, {{"batchSize", 100}})});
        const ExactResults exact = exactOver(d, horizonS);
        QVERIFY2(exact.ok(), qPrintable(exact.error));
        for (const double step : {1.0, 60.0}) {
            const SimulationResults fastRun = Simulator::run(d, Catalog::builtin(), options(horizonS, step));
            const QString what = QStringLiteral("%1 s: backlog %2 against %3, invocations %4 against %5")
                                     .arg(step).arg(fastRun.node("k")->peakBacklog).arg(exact.node("k")->summary.peakBacklog)
                                     .arg(fastRun.node("fn")->invocations).arg(exact.node("fn")->summary.invocations);
            QVERIFY2(within(fastRun.node("k")->peakBacklog, exact.node("k")->summary.peakBacklog, 0.05, 0), qPrintable(what));
            QVERIFY2(within(fastRun.node("fn")->invocations, exact.node("fn")->summary.invocations, 0.02, 0), qPrintable(what));
        }
    }

    // A function that meets its load from cold holds each cold request for the init as well:
    // 200 requests/s into a 0.1 s function with a 1 s init reach 200 × 1.1 = 220 in service
    // before the first environments are free, and an hourly burst from 15/s to 300/s past the
    // warm pool climbs the same way. Both engines start cold; the fast model agrees with the
    // requests at every step (it had said 47 and 171: the random peak of a warm pool).
    // Without random arrivals (`noise: none`) the mean flow's per-minute Maximum takes the same
    // ramp (it had said 20 and 120); its cold starts do not yet (see the README).
    void aFunctionMeetsItsLoadFromCold_data()
    {
        QTest::addColumn<bool>("bursts");
        QTest::addColumn<bool>("noise");
        QTest::addColumn<double>("horizonS");
        QTest::newRow("constant 200/s, 0.1 s, init 1 s") << false << true << 3600.0;
        QTest::newRow("bursts of 300/s, 0.4 s, init 0.25 s") << true << true << 3 * 3600.0;
        QTest::newRow("constant 200/s, no noise") << false << false << 3600.0;
        QTest::newRow("bursts of 300/s, no noise") << true << false << 3 * 3600.0;
    }
    void aFunctionMeetsItsLoadFromCold()
    {
        QFETCH(bool, bursts);
        QFETCH(bool, noise);
        QFETCH(double, horizonS);
        const QJsonObject smooth = noise ? QJsonObject{} : QJsonObject{{"noise", "none"}};
        const DocumentData diagram =
            bursts ? chain({node("topic", "sns",
                                 traffic("spiky", 15, merge({{"burstEveryS", 3600}, {"burstLengthS", 120}, {"burstRate", 300}}, smooth))),
                            node("fn", "lambda", fn(400, {{"coldStartMs", 250}}))},
                           {edge("topic", "fn")})
                   : chain({node("api", "apigw", traffic("constant", 200, smooth)), node("fn", "lambda", fn(100, {{"coldStartMs", 1000}}))},
                           {edge("api", "fn")});
        const ExactSeeds exact = exactSeeds(diagram, horizonS, 2);
        QVERIFY2(exact.error.isEmpty(), qPrintable(exact.error));
        const double peak = exact.mean([](const ExactResults &r) { return r.node("fn")->summary.peakConcurrency; });
        const double cold = exact.mean([](const ExactResults &r) { return r.node("fn")->summary.coldStarts; });
        // (A step of 5 minutes spreads a 2-minute burst over it: the burst row stops at a minute.)
        for (const double step : {1.0, 10.0, 60.0, 300.0}) {
            if (bursts && step > 60)
                continue;
            const SimulationResults fastRun = Simulator::run(diagram, Catalog::builtin(), options(horizonS, step));
            QVERIFY2(fastRun.ok(), qPrintable(fastRun.error));
            const auto *fn = fastRun.node("fn");
            const QString what = QStringLiteral("%1 s: peak %2 against %3, cold starts %4 against %5")
                                     .arg(step).arg(fn->peakConcurrency).arg(peak).arg(fn->coldStarts).arg(cold);
            QVERIFY2(within(fn->peakConcurrency, peak, 0.15, 1), qPrintable(what));
            if (noise)
                QVERIFY2(within(fn->coldStarts, cold, 0.15, 1), qPrintable(what));
        }
    }

    // A retried async event joins the end of the function's queue and keeps its age, so behind
    // a growing queue it waits through the queue once per attempt. 30 events/s into 25 servers
    // with 10 % errors: the queue's head age grows as about a quarter of the time, and an event
    // retried twice is more than twice as old as the head (the fast model had said the head's
    // age plus the retry delays: half the requests' figure).
    void retriedEventsWaitThroughTheQueueAgain_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<double>("reserved");
        QTest::addColumn<double>("errors");
        QTest::newRow("30/s into 25, 10 % errors") << 30.0 << 25.0 << 0.1;
        QTest::newRow("30/s into 30, 5 % errors") << 30.0 << 30.0 << 0.05;
    }
    void retriedEventsWaitThroughTheQueueAgain()
    {
        QFETCH(double, rate);
        QFETCH(double, reserved);
        QFETCH(double, errors);
        const double horizonS = 4 * 3600;
        const DocumentData diagram =
            chain({node("bus", "eventbridge", traffic("constant", rate)),
                   node("fn", "lambda", fn(1000, {{"reservedConcurrency", reserved}, {"errorRate", errors}}))},
                  {edge("bus", "fn")});
        const ExactSeeds exact = exactSeeds(diagram, horizonS, 2);
        QVERIFY2(exact.error.isEmpty(), qPrintable(exact.error));
        const double age = exact.mean([](const ExactResults &r) { return r.node("fn")->summary.maxAsyncEventAgeS; });
        for (const double step : {10.0, 60.0, 300.0}) {
            const SimulationResults fastRun = Simulator::run(diagram, Catalog::builtin(), options(horizonS, step));
            QVERIFY2(fastRun.ok(), qPrintable(fastRun.error));
            const double fast = fastRun.node("fn")->maxAsyncEventAgeS;
            const QString what = QStringLiteral("%1 s: AsyncEventAge %2 against %3").arg(step).arg(fast).arg(age);
            QVERIFY2(within(fast, age, 0.20, 1), qPrintable(what));
        }
    }

    // A function's cap that holds its SQS pollers back makes the messages wait for all its
    // servers, which take full batches: the queue's random peak comes from the batches'
    // variance, at every step (the pollers' own figure had said 24 against 158).
    void aQueueHeldAtItsCapPeaksAsTheRequestsDo_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<int>("reserved");
        QTest::addColumn<int>("maxConcurrency");
        QTest::newRow("45/s into reserved 5") << 45.0 << 5 << 1000;
        QTest::newRow("40/s, wire's maximum concurrency 5") << 40.0 << -1 << 5;
        QTest::newRow("90/s into reserved 10") << 90.0 << 10 << 1000;
    }
    void aQueueHeldAtItsCapPeaksAsTheRequestsDo()
    {
        QFETCH(double, rate);
        QFETCH(int, reserved);
        QFETCH(int, maxConcurrency);
        const double horizonS = 3 * 3600;
        QJsonObject extra;
        if (reserved >= 0)
            extra.insert("reservedConcurrency", reserved);
        const DocumentData diagram =
            chain({node("q", "sqs", traffic("constant", rate)), node("fn", "lambda", fn(1000, extra))},
                  {edge("q", "fn", EdgeKind::Trigger, {{"batchSize", 10}, {"maxConcurrency", maxConcurrency}})});
        queuePeaksAgreeAtEveryStep(diagram, horizonS, 2);
    }

    // A queue that starts (or bursts) past its pollers: the five idle pollers each take the
    // first message that comes, not a batch, and every environment starts cold, so the backlog
    // peaks higher and later than pollers that take full batches from the start would let it.
    // 200 messages/s into a 1 s function, batches of 10: 244 messages request by request (the
    // fluid of steady batches had said 156).
    void aBurstRampsFromIdleColdPollers_data()
    {
        QTest::addColumn<double>("coldStartMs");
        QTest::newRow("init 0.25 s") << 250.0;
        QTest::newRow("init 1 s") << 1000.0;
    }
    void aBurstRampsFromIdleColdPollers()
    {
        QFETCH(double, coldStartMs);
        const double horizonS = 3600;
        const DocumentData diagram =
            chain({node("q", "sqs", traffic("constant", 200)), node("fn", "lambda", fn(1000, {{"coldStartMs", coldStartMs}}))},
                  {edge("q", "fn", EdgeKind::Trigger, {{"batchSize", 10}})});
        // The ramp's peak varies by about 30 messages from seed to seed.
        queuePeaksAgreeAtEveryStep(diagram, horizonS, 8);
    }

    // A burst shorter than the step: a step's mean rate would spread 30 s of 300 requests/s
    // over 5 minutes, under a cap of 100 (0 throttled at 300 s steps, 20,306 at 60 s, against
    // 36,040 at 1 s and 35,665 request by request), and a queue's burst with it (a backlog of
    // 12 at 300 s steps against 221 at 1 s). The run steps at the burst's own 30 s instead.
    void aBurstShorterThanTheStepStillCounts()
    {
        const double horizonS = 3 * 3600;
        const QJsonObject bursts{{"burstRate", 300}, {"burstEveryS", 3600}, {"burstLengthS", 30}};
        const DocumentData d = chain({node("api", "apigw", traffic("spiky", 10, bursts)),
                                      node("fn", "lambda", fn(1000, {{"reservedConcurrency", 100}})),
                                      node("q", "sqs", traffic("spiky", 2, bursts)), node("worker", "lambda", fn(1000))},
                                     {edge("api", "fn"), edge("q", "worker", EdgeKind::Trigger, {{"batchSize", 10}})});
        const ExactResults exact = exactOver(d, horizonS);
        QVERIFY2(exact.ok(), qPrintable(exact.error));
        const double throttled = exact.node("fn")->summary.throttled;
        const SimulationResults atSecond = Simulator::run(d, Catalog::builtin(), options(horizonS, 1));
        QVERIFY2(atSecond.ok(), qPrintable(atSecond.error));
        QVERIFY2(within(atSecond.node("fn")->throttled, throttled, 0.10, 0),
                 qPrintable(QStringLiteral("%1 throttled against %2").arg(atSecond.node("fn")->throttled).arg(throttled)));
        for (const double step : {10.0, 60.0, 300.0}) {
            const SimulationResults r = Simulator::run(d, Catalog::builtin(), options(horizonS, step));
            QVERIFY2(r.ok(), qPrintable(r.error));
            QCOMPARE(r.stepS, std::min(step, 30.0));
            QCOMPARE(r.warnings.size(), step > 30 ? 1 : 0);  // says why
            const auto *f = r.node("fn"), *q = r.node("q");
            const auto *f1 = atSecond.node("fn"), *q1 = atSecond.node("q");
            const QString what = QStringLiteral("%1 s: throttled %2 against %3, peak %4 against %5, backlog %6 against %7")
                                     .arg(step).arg(f->throttled).arg(f1->throttled).arg(f->peakConcurrency)
                                     .arg(f1->peakConcurrency).arg(q->peakBacklog).arg(q1->peakBacklog);
            QVERIFY2(within(f->throttled, f1->throttled, 0.10, 0), qPrintable(what));
            QVERIFY2(within(f->peakConcurrency, f1->peakConcurrency, 0.10, 1), qPrintable(what));
            QVERIFY2(within(q->peakBacklog, q1->peakBacklog, 0.10, 1), qPrintable(what));
        }
    }

    // Under its cap by day and by night, a consumer that takes batches keeps no queue of
    // invocations: the messages wait for a poller, which fills its batch with them. A day of
    // 40 messages/s (diurnal) into a 1 s function reserved to 8 peaks at 81 request by request;
    // a queue of waiting invocations, counted as messages, had said 402.
    void aBatchedConsumerUnderItsCapWaitsForPollers()
    {
        const double horizonS = 86400;
        const DocumentData diagram =
            chain({node("q", "sqs", traffic("diurnal", 40)), node("fn", "lambda", fn(1000, {{"reservedConcurrency", 8}}))},
                  {edge("q", "fn", EdgeKind::Trigger, {{"batchSize", 10}})});
        const ExactSeeds exact = exactSeeds(diagram, horizonS, 3);
        QVERIFY2(exact.error.isEmpty(), qPrintable(exact.error));
        const double backlog = exact.mean([](const ExactResults &r) { return r.node("q")->summary.peakBacklog; });
        for (const double step : {10.0, 60.0, 300.0}) {
            const SimulationResults fastRun = Simulator::run(diagram, Catalog::builtin(), options(horizonS, step));
            QVERIFY2(fastRun.ok(), qPrintable(fastRun.error));
            const QString what =
                QStringLiteral("%1 s: backlog %2 against %3").arg(step).arg(fastRun.node("q")->peakBacklog).arg(backlog);
            QVERIFY2(within(fastRun.node("q")->peakBacklog, backlog, 0.15, 1), qPrintable(what));
        }
    }

    // Batches of one wait for pollers too: a poller that finds nothing is dropped, so a clump
    // of arrivals finds too few and waits while SQS adds one every 0.2 s. The fast model had
    // said nothing waits for a poller (10/s into a 1 s function: 4.8 against 19; 50/s into a
    // 0.2 s one: 10 against 51), and the oldest waits while those ahead are taken.
    void batchesOfOneWaitForPollers_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<int>("durationMs");
        QTest::newRow("10/s of 1 s") << 10.0 << 1000;
        QTest::newRow("50/s of 0.2 s") << 50.0 << 200;
    }
    void batchesOfOneWaitForPollers()
    {
        QFETCH(double, rate);
        QFETCH(int, durationMs);
        const double horizonS = 6 * 3600;
        const DocumentData diagram = chain({node("q", "sqs", traffic("constant", rate)), node("fn", "lambda", fn(durationMs))},
                                           {edge("q", "fn", EdgeKind::Trigger, {{"batchSize", 1}})});
        const ExactSeeds exact = exactSeeds(diagram, horizonS, 3);
        QVERIFY2(exact.error.isEmpty(), qPrintable(exact.error));
        const double backlog = exact.mean([](const ExactResults &r) { return r.node("q")->summary.peakBacklog; });
        const double age = exact.mean([](const ExactResults &r) { return r.node("q")->summary.maxAgeOfOldestMessageS; });
        const SimulationResults fastRun = Simulator::run(diagram, Catalog::builtin(), options(horizonS, 60));
        QVERIFY2(fastRun.ok(), qPrintable(fastRun.error));
        const SimulationResults::NodeSummary *q = fastRun.node("q");
        const QString what = QStringLiteral("backlog %1 against %2, oldest %3 s against %4 s")
                                 .arg(q->peakBacklog).arg(backlog).arg(q->maxAgeOfOldestMessageS).arg(age);
        QVERIFY2(within(q->peakBacklog, backlog, 0.15, 1), qPrintable(what));
        QVERIFY2(within(q->maxAgeOfOldestMessageS, age, ageRelative, ageAbsoluteS), qPrintable(what));
    }

    // A diurnal stream's peaks are the same at any step (counted by the minute up to a minute).
    void streamPeaksDoNotMoveWithTheStep()
    {
        QJsonObject stream = traffic("diurnal", 150, {{"peakToTrough", 3}});
        stream.insert("shards", 4);
        const DocumentData d = chain({node("k", "kinesis", stream), node("fn", "lambda", fn(1500, {{"timeoutS", 3}}))},
                                     {edge("k", "fn", EdgeKind::Trigger, {{"batchSize", 100}})});
        const SimulationResults atMinute = Simulator::run(d, Catalog::builtin(), options(86400, 60));
        QVERIFY(atMinute.node("k")->peakBacklog > 300);
        for (const double step : {1.0, 10.0, 300.0}) {
            const SimulationResults r = Simulator::run(d, Catalog::builtin(), options(86400, step));
            const QString what = QStringLiteral("%1 s: backlog %2 against %3, IteratorAge %4 s against %5 s")
                                     .arg(step).arg(r.node("k")->peakBacklog).arg(atMinute.node("k")->peakBacklog)
                                     .arg(r.node("k")->maxIteratorAgeS).arg(atMinute.node("k")->maxIteratorAgeS);
            QVERIFY2(within(r.node("k")->peakBacklog, atMinute.node("k")->peakBacklog, 0.10, 0), qPrintable(what));
            QVERIFY2(within(r.node("k")->maxIteratorAgeS, atMinute.node("k")->maxIteratorAgeS, 0.10, 0.1), qPrintable(what));
        }
    }

    // Durations vary (lognormal, durationCv 0.5): a function of 2 s on average under the
    // default timeout of 3 s runs past it 13.6 % of the time, and those invocations fail, as
    // request by request. Async events are retried (twice) and the last failures go to the
    // failure queue; a sync caller's failed requests write nothing. (Counting only a mean
    // past the timeout had said none failed.)
    void durationsPastTheTimeoutFail()
    {
        const double horizonS = 3 * 3600;
        DocumentData d;
        d.nodes = {node("topic", "sns", traffic("constant", 5)), node("fn", "lambda", {{"durationMs", 2000}}),
                   node("dlq", "sqs"), node("api", "apigw", traffic("constant", 5)),
                   node("handler", "lambda", {{"durationMs", 2000}}), node("table", "dynamodb")};
        d.edges = {edge("topic", "fn"), edge("fn", "dlq", EdgeKind::Failure), edge("api", "handler"),
                   edge("handler", "table", EdgeKind::Write)};
        const ExactResults exact = exactOver(d, horizonS);
        QVERIFY2(exact.ok(), qPrintable(exact.error));
        const SimulationResults fastRun = Simulator::run(d, Catalog::builtin(), options(horizonS, 60));
        QVERIFY2(fastRun.ok(), qPrintable(fastRun.error));
        for (const char *id : {"fn", "dlq", "table"}) {
            const double fast = fastRun.node(id)->invocations, perRequest = exact.node(id)->summary.invocations;
            const QString what = QStringLiteral("%1: %2 against %3").arg(id).arg(fast).arg(perRequest);
            QVERIFY2(perRequest > 0, qPrintable(what));
            QVERIFY2(within(fast, perRequest, std::strcmp(id, "dlq") == 0 ? 0.15 : 0.03, 0), qPrintable(what));
        }
        QVERIFY(exact.node("fn")->summary.invocations > 1.1 * exact.node("fn")->summary.arrivals);
        // A request's latency ends at the timeout too: its p99 is the timeout's 3 s (the
        // lognormal's own p99 is 5.3 s).
        const ExactResults::SyncPath *path = nullptr;
        for (const ExactResults::SyncPath &p : exact.paths)
            if (p.computeId == "handler")
                path = &p;
        QVERIFY(path);
        const double fastP99 = fastRun.node("handler")->latency.p99S;
        QVERIFY2(within(fastP99, path->latency.p99, 0.05, 0) && fastP99 <= 3.0 + 1e-9,
                 qPrintable(QStringLiteral("p99 %1 s against %2 s").arg(fastP99).arg(path->latency.p99)));
        QVERIFY(fastRun.node("handler")->duration.p99S <= 3.25 + 1e-9);
    }

    // Async work in an account of 100 shared with other functions: every request finds the
    // pool full with the same chance, and an async event that does waits (Lambda counts it
    // as throttled). Two async functions at 50 and 40 events/s of 1 s: Erlang-C, 21.7 %
    // (20.8 % request by request; their own servers had said 0.17 % and 0.03 %). Sync calls
    // at 50/s beside async events at 40/s: the async queue raises the chance of a full pool
    // above Erlang-B's 2.70 % to B / (1 − ρ (1 − B)), 4.41 %, for both (4.39 % and 4.44 %).
    void asyncWorkInASharedPoolWaitsAlike_data()
    {
        QTest::addColumn<bool>("syncFirst");
        QTest::newRow("async and async") << false;
        QTest::newRow("sync and async") << true;
    }
    void asyncWorkInASharedPoolWaitsAlike()
    {
        QFETCH(bool, syncFirst);
        const double horizonS = 3600;
        DocumentData d;
        d.nodes = {node("in1", syncFirst ? "apigw" : "sns", traffic("constant", 50)), node("fn1", "lambda", fn(1000)),
                   node("in2", "eventbridge", traffic("constant", 40)), node("fn2", "lambda", fn(1000))};
        d.edges = {edge("in1", "fn1"), edge("in2", "fn2")};
        const ExactResults exact = exactOver(d, horizonS, 100);
        QVERIFY2(exact.ok(), qPrintable(exact.error));
        for (const double step : {1.0, 60.0, 300.0}) {
            const SimulationResults fastRun = Simulator::run(d, Catalog::builtin(), options(horizonS, step, 100));
            QVERIFY2(fastRun.ok(), qPrintable(fastRun.error));
            QString what = QStringLiteral("%1 s: ").arg(step);
            bool agree = true;
            for (const char *id : {"fn1", "fn2"}) {
                const SimulationResults::NodeSummary *f = fastRun.node(id);
                const SimulationResults::NodeSummary &e = exact.node(id)->summary;
                const double fastShare = f->throttled / f->arrivals, exactShare = e.throttled / e.arrivals;
                what += QStringLiteral("%1: %2 against %3; ").arg(id, percent(fastShare), percent(exactShare));
                QVERIFY2(exactShare > (syncFirst ? 0.035 : 0.18), qPrintable(what));
                agree = agree && within(fastShare, exactShare, 0.10, 0.003);
            }
            QVERIFY2(agree, qPrintable(what));
        }
    }

    // Async events waiting in an account of 100 shared by two functions (6 h). A finishing
    // invocation serves its own function's queue first, so while the pool is full each
    // queue drains on the slots its function holds: each one's peak backlog is most of the
    // pool's, not the small queue it would have on the whole spare (10.6 and 3.5 at 50/40,
    // 8.4 and 0 at 60/20, against 48.7 and 43.7, 19.7 and 15.0 request by request; on the
    // slots they hold, 45.7 and 41.3, 22.8 and 14.5). Beside sync calls, which free their
    // slots to the queue while the pool is full, the events wait less: 12.4 against 10.7
    // (0.65 on the whole spare and two deviations of the sync calls' use).
    void asyncQueuesInASharedPoolWaitOnTheirOwnSlots_data()
    {
        QTest::addColumn<bool>("syncFirst");
        QTest::addColumn<double>("first");
        QTest::addColumn<double>("second");
        QTest::newRow("50 and 40 events/s") << false << 50.0 << 40.0;
        QTest::newRow("60 and 20 events/s") << false << 60.0 << 20.0;
        QTest::newRow("sync calls at 50/s, events at 40/s") << true << 50.0 << 40.0;
    }
    void asyncQueuesInASharedPoolWaitOnTheirOwnSlots()
    {
        QFETCH(bool, syncFirst);
        QFETCH(double, first);
        QFETCH(double, second);
        const double horizonS = 6 * 3600;
        DocumentData d;
        d.nodes = {node("in1", syncFirst ? "apigw" : "sns", traffic("constant", first)), node("fn1", "lambda", fn(1000)),
                   node("in2", "sns", traffic("constant", second)), node("fn2", "lambda", fn(1000))};
        d.edges = {edge("in1", "fn1"), edge("in2", "fn2")};
        const ExactSeeds runs = exactSeeds(d, horizonS, 3, 100);
        QVERIFY2(runs.error.isEmpty(), qPrintable(runs.error));
        const SimulationResults fastRun = Simulator::run(d, Catalog::builtin(), options(horizonS, 60, 100));
        QVERIFY2(fastRun.ok(), qPrintable(fastRun.error));
        QString what;
        bool agree = true;
        for (const char *id : {"fn1", "fn2"}) {
            const QString name = QString::fromLatin1(id);
            const double exact = runs.mean([&](const ExactResults &r) { return r.node(name)->summary.peakBacklog; });
            const double fast = fastRun.node(name)->peakBacklog;
            what += QStringLiteral("%1: %2 waiting, request by request %3; ").arg(name).arg(fast, 0, 'f', 1).arg(exact, 0, 'f', 1);
            agree = agree && within(fast, exact, 0.20, 1);
        }
        QVERIFY2(agree, qPrintable(what));
    }

    // The messages waiting a moment for a busy poller add up over the time spent at each load:
    // a queue at 21 messages/s with a minute of 100/s each hour peaks near the burst's figure
    // for a minute an hour, not for the whole run (that gave 59.5 against 44).
    void sqsBacklogFollowsTheTimeAtEachLoad()
    {
        const DocumentData d = chain({node("q", "sqs", traffic("spiky", 21)), node("fn", "lambda", fn(800))}, {edge("q", "fn")});
        const double horizonS = 6 * 3600;
        const ExactSeeds runs = exactSeeds(d, horizonS);
        QVERIFY2(runs.error.isEmpty(), qPrintable(runs.error));
        const double exact = runs.mean([](const ExactResults &r) { return r.node("q")->summary.peakBacklog; });
        for (const double step : {1.0, 60.0}) {
            const SimulationResults fastRun = Simulator::run(d, Catalog::builtin(), options(horizonS, step));
            QVERIFY2(fastRun.ok(), qPrintable(fastRun.error));
            const double fast = fastRun.node("q")->peakBacklog;
            QVERIFY2(within(fast, exact, 0.20, 1), qPrintable(QStringLiteral("%1 s: %2 waiting, request by request %3").arg(step).arg(fast).arg(exact)));
        }
    }

    void fastAgreesWithTheRequests()
    {
        QStringList table{QStringLiteral("| scenario | throttled fast / exact | peak concurrency fast / exact | peak backlog fast / exact | p99 latency fast / exact "
                                         "| largest age fast / exact |"),
                          QStringLiteral("| --- | --- | --- | --- | --- | --- |")};
        QStringList failures;
        for (const Scenario &s : scenarios()) {
            const DocumentData d = s.diagram();
            SimulationOptions o = options(s.horizonS, 60);
            const SimulationResults fastRun = Simulator::run(d, Catalog::builtin(), o);
            QVERIFY2(fastRun.ok(), qPrintable(s.name + ": " + fastRun.error));
            const bool fleet = d.node(s.compute)->kind != QLatin1String("lambda");
            // Three runs of the requests: a peak is one draw of a maximum.
            Figures e;
            constexpr int seeds = 3;
            for (int seed = 1; seed <= seeds; ++seed) {
                const ExactResults r = exactOver(d, s.horizonS, 1000, seed);
                QVERIFY2(r.ok(), qPrintable(s.name + ": " + r.error));
                const Figures one = exactFigures(r, s, fleet);
                e.throttled += one.throttled / seeds;
                e.peak += one.peak / seeds;
                e.backlog += one.backlog / seeds;
                e.p99 = one.p99 < 0 ? -1 : std::max(e.p99, 0.0) + one.p99 / seeds;
                e.age = one.age < 0 ? -1 : std::max(e.age, 0.0) + one.age / seeds;
            }
            const Figures f = fastFigures(fastRun, s);
            const bool throttledOk = within(f.throttled, e.throttled, 0.10, 0.003);
            const bool peakOk = within(f.peak, e.peak, 0.15, 1);
            const bool backlogOk = within(f.backlog, e.backlog, 0.15, 1);
            const bool latencyOk = e.p99 < 0 || (f.p99 >= 0 && within(f.p99, e.p99, 0.20, 0));
            // Both engines report the same ages, where they have them.
            const bool ageOk = (f.age < 0) == (e.age < 0) && (e.age < 0 || within(f.age, e.age, ageRelative, ageAbsoluteS));
            auto mark = [](bool ok) { return ok ? QString() : QStringLiteral(" ✗"); };
            table << QStringLiteral("| %1 | %2 / %3%4 | %5 / %6%7 | %8 / %9%10 | %11 / %12%13 |")
                         .arg(s.name, percent(f.throttled), percent(e.throttled), mark(throttledOk))
                         .arg(f.peak, 0, 'f', 1)
                         .arg(e.peak, 0, 'f', 1)
                         .arg(mark(peakOk))
                         .arg(f.backlog, 0, 'f', 1)
                         .arg(e.backlog, 0, 'f', 1)
                         .arg(mark(backlogOk))
                         .arg(f.p99 < 0 ? QStringLiteral("—") : QString::number(f.p99, 'f', 2) + " s",
                              e.p99 < 0 ? QStringLiteral("—") : QString::number(e.p99, 'f', 2) + " s", mark(latencyOk))
                     + QStringLiteral(" %1 / %2%3 |").arg(f.age < 0 ? QStringLiteral("—") : QString::number(f.age, 'f', 1) + " s",
                                                          e.age < 0 ? QStringLiteral("—") : QString::number(e.age, 'f', 1) + " s", mark(ageOk));
            if (!(throttledOk && peakOk && backlogOk && latencyOk && ageOk))
                failures << s.name;
        }
        qInfo("\n%s", qPrintable(table.join('\n')));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(", ")));
    }
};

QTEST_GUILESS_MAIN(TstScenarios)
#include "tst_scenarios.moc"
