#pragma once

// What the simulation tests add to the shared builders: traffic, options, merged properties.

#include "testsupport.h"

#include "sim/simulationoptions.h"
#include "sim/simulationresults.h"

#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace simtest {

using namespace testsupport;

inline QJsonObject constantTraffic(double rate, bool poisson = false)
{
    return QJsonObject{{"traffic", QJsonObject{{"shape", "constant"}, {"rate", rate}, {"noise", poisson ? "poisson" : "none"}}}};
}

// Erlang-B by its recursion over c, as an independent reference for the engines' checks:
// B(a, 0) = 1; B(a, k) = a B(a, k−1) / (k + a B(a, k−1)). Exact and stable, O(c).
inline double erlangBRecursion(double a, int c)
{
    double b = 1;
    for (int k = 1; k <= c; ++k)
        b = a * b / (k + a * b);
    return b;
}

inline SimulationOptions options(double horizonS, double stepS, double account = 1000)
{
    SimulationOptions o;
    o.horizonS = horizonS;
    o.stepS = stepS;
    o.accountConcurrency = account;
    return o;
}

inline QJsonObject merge(QJsonObject a, const QJsonObject &b)
{
    for (auto it = b.begin(); it != b.end(); ++it)
        a.insert(it.key(), it.value());
    return a;
}

// Functions of every shape that step in lanes, in runs of three, four and five (four and a
// single one) for five chains, of two for two chains, each run at one depth: sync behind API
// Gateway (pooled, reserved, provisioned), async behind SNS (failing, with a failure queue),
// SQS and (with `streams`) stream consumers; and fleets that queue, throttle and scale out
// and in, behind a load balancer and a queue. With `burst`, the sync functions' bursts
// (burst, 2 burst, ... requests per second) outrun the scaling rate. With `switchedOff`, the
// fourth sync function has a reserved concurrency of 0.
inline DocumentData laneDiagram(int chains = 5, bool streams = true, double burst = 0, bool switchedOff = false, bool mixedInputs = false)
{
    DocumentData d;
    auto add = [&](const Node &n) { d.nodes.append(n); };
    auto wire = [&](const QString &a, const QString &b, EdgeKind kind = EdgeKind::Trigger) { d.edges.append(edge(a, b, kind)); };
    for (int c = 0; c < chains; ++c) {
        const QString p = QStringLiteral("c%1").arg(c);
        QJsonObject fn{{"durationMs", 150 + 170 * c}};
        if (c == 1)
            fn.insert("reservedConcurrency", 40);
        if (c == 2)
            fn.insert("provisionedConcurrency", 5);
        if (c == 3 && switchedOff)
            fn.insert("reservedConcurrency", 0);
        QJsonObject traffic{{"shape", "spiky"}, {"rate", 40 + 30 * c}, {"noise", "poisson"}};
        if (burst > 0)
            traffic.insert("burstRate", burst * (1 + c));
        add(node(p + "api", "apigw", QJsonObject{{"traffic", traffic}}));
        add(node(p + "sync", "lambda", fn));
        wire(p + "api", p + "sync");
        if (c < 3) {
            add(node(p + "topic", "sns", QJsonObject{{"traffic", QJsonObject{{"shape", "diurnal"}, {"rate", 90 + 20 * c}, {"noise", "poisson"}}}}));
            add(node(p + "async", "lambda", {{"durationMs", 900 + 400 * c}, {"errorRate", 0.2 * c}, {"reservedConcurrency", 30 + 20 * c}}));
            wire(p + "topic", p + "async");
            if (c == 0)  // a relay with its own events and a wire's
                wire(p + "sync", p + "topic", EdgeKind::Write);
            if (c == 1) {
                add(node(p + "dlq", "sqs"));
                wire(p + "async", p + "dlq", EdgeKind::Failure);
            }
            if (c == 0 && mixedInputs)  // sync events and a queue
                wire(p + "api", p + "async");
        }
        if (c < 4) {
            // The last queue is mostly empty: its pollers settle back between messages.
            add(node(p + "queue", "sqs", c == 3 ? constantTraffic(0.05, true)
                                                : QJsonObject{{"traffic", QJsonObject{{"shape", "weekly"}, {"rate", 150 + 50 * c}, {"noise", "poisson"}}}}));
            add(node(p + "worker", "lambda", {{"durationMs", c == 3 ? 9000 : 2500 + 500 * c}}));
            wire(p + "queue", p + "worker");
            if (c == 1 && mixedInputs)  // sync events and a poll wire
                wire(p + "api", p + "worker");
            if (!streams)
                continue;
            add(node(p + "stream", "kinesis", merge(QJsonObject{{"shards", 1 + c}}, constantTraffic(400 + 100 * c, true))));
            add(node(p + "reader", "lambda", {{"durationMs", 300 + 200 * c}}));
            wire(p + "stream", p + "reader");
            add(node(p + "table", "dynamodb", {{"streamEnabled", true}}));
            wire(p + "reader", p + "table", EdgeKind::Write);
            add(node(p + "tail", "lambda", {{"durationMs", 100}}));
            wire(p + "table", p + "tail");
        }
        if (c < 3) {  // fleets in lanes: behind a load balancer (sync only) and behind a queue
            add(node(p + "lb", "alb", QJsonObject{{"traffic", QJsonObject{{"shape", "diurnal"}, {"rate", 300 + 200 * c}, {"noise", "poisson"}}}}));
            add(node(p + "svc", "fargate", {{"capacityPerTask", 25 + 10 * c}, {"maxTasks", 6 + 4 * c}, {"minTasks", c},
                                            {"scaleOutDelayS", c == 2 ? 0 : 60 * c + 30}}));
            wire(p + "lb", p + "svc");
            if (c == 0 && mixedInputs)  // sync and async events
                wire(p + "topic", p + "svc");
            add(node(p + "jobs", "sqs"));
            wire(p + "svc", p + "jobs", EdgeKind::Write);
            add(node(p + "fleet", "ec2", {{"capacityPerInstance", 40 + 20 * c}, {"maxInstances", 3 + c}, {"launchDelayS", 120}}));
            wire(p + "jobs", p + "fleet");
        }
    }
    return d;
}

// Rates, durations and capacities at the ends of their ranges: a source of nothing, millions
// of events per second, functions of 15 minutes, fleets of a hundredth of a request per second.
inline DocumentData extremeDiagram(double rate, double durationMs, bool poisson)
{
    DocumentData d;
    d.nodes = {node("api", "apigw", constantTraffic(rate, poisson)),
               node("fn", "lambda", {{"durationMs", durationMs}, {"timeoutS", 900}}),
               node("s3", "s3", constantTraffic(rate, poisson)),
               node("fn2", "lambda", {{"durationMs", durationMs}, {"timeoutS", 900}, {"provisionedConcurrency", 5}}),
               node("q", "sqs", constantTraffic(rate, poisson)),
               node("svc", "ecs_ec2", {{"capacityPerInstance", 0.01}}),
               node("k", "kinesis", constantTraffic(rate, poisson)), node("g", "lambda"), node("t", "dynamodb")};
    d.edges = {edge("api", "fn"), edge("s3", "fn2"), edge("q", "svc"), edge("k", "g"), edge("g", "t", EdgeKind::Write)};
    return d;
}

// Whether two figures agree: bit for bit with `tolerance` 0, else within that share of the
// larger (or 1e-12 absolute, for what is nothing in one run and a rounding in the other).
inline bool agree(double a, double b, double tolerance)
{
    if (tolerance == 0)
        return std::memcmp(&a, &b, sizeof a) == 0;
    return std::fabs(a - b) <= tolerance * std::max(std::fabs(a), std::fabs(b)) + 1e-12;
}

inline bool agree(const SimulationResults::DecimatedSeries &p, const SimulationResults::DecimatedSeries &q, double tolerance)
{
    if (p.mean.size() != q.mean.size() || p.min.size() != q.min.size() || p.max.size() != q.max.size())
        return false;
    if (p.mean.empty())  // a series the node never sets (memcmp may not see a null pointer)
        return true;
    if (tolerance == 0)
        return std::memcmp(p.mean.constData(), q.mean.constData(), size_t(p.mean.size()) * sizeof(float)) == 0
               && std::memcmp(p.min.constData(), q.min.constData(), size_t(p.min.size()) * sizeof(float)) == 0
               && std::memcmp(p.max.constData(), q.max.constData(), size_t(p.max.size()) * sizeof(float)) == 0;
    // Buckets are floats: a rounding of the doubles behind them may move one by a float's last bit.
    const double t = std::max(tolerance, 2.5e-7);
    for (qsizetype b = 0; b < p.mean.size(); ++b)
        if (!agree(p.mean[b], q.mean[b], t) || !agree(p.min[b], q.min[b], t) || !agree(p.max[b], q.max[b], t))
            return false;
    return true;
}

// Every figure and every bucket of every series agree (bit for bit with `tolerance` 0);
// `why` names the first difference.
inline bool agree(const SimulationResults &a, const SimulationResults &b, double tolerance, QString *why = nullptr)
{
    auto differs = [&](const QString &what) {
        if (why)
            *why = what;
        return false;
    };
    if (a.nodes.size() != b.nodes.size() || a.wires.size() != b.wires.size())
        return differs(QStringLiteral("the number of nodes or wires"));
    if (!agree(a.totalCostUsd, b.totalCostUsd, tolerance) || !agree(a.monthlyProjectionUsd, b.monthlyProjectionUsd, tolerance))
        return differs(QStringLiteral("total cost"));
    for (int i = 0; i < a.nodes.size(); ++i) {
        const auto &x = a.nodes[i], &y = b.nodes[i];
        if (x.id != y.id || x.items.size() != y.items.size())
            return differs(QStringLiteral("%1: id or bill").arg(x.id));
        const double xs[] = {x.arrivals, x.invocations, x.throttled, x.coldStarts, x.peakConcurrency, x.meanConcurrency,
                             x.peakBacklog, x.meanUtilization, x.peakUtilization, x.peakIteratorAgeS, x.expired, x.failed,
                             x.toFailureDestination, x.dropped, x.costUsd, x.latency.p99S, x.duration.p99S,
                             x.maxAgeOfOldestMessageS, x.maxIteratorAgeS, x.maxAsyncEventAgeS};
        const double ys[] = {y.arrivals, y.invocations, y.throttled, y.coldStarts, y.peakConcurrency, y.meanConcurrency,
                             y.peakBacklog, y.meanUtilization, y.peakUtilization, y.peakIteratorAgeS, y.expired, y.failed,
                             y.toFailureDestination, y.dropped, y.costUsd, y.latency.p99S, y.duration.p99S,
                             y.maxAgeOfOldestMessageS, y.maxIteratorAgeS, y.maxAsyncEventAgeS};
        for (size_t f = 0; f < std::size(xs); ++f)
            if (!agree(xs[f], ys[f], tolerance))
                return differs(QStringLiteral("%1: summary field %2: %3 and %4").arg(x.id).arg(f).arg(xs[f], 0, 'g', 17).arg(ys[f], 0, 'g', 17));
        for (int item = 0; item < x.items.size(); ++item)
            if (x.items[item].name != y.items[item].name || !agree(x.items[item].usd, y.items[item].usd, tolerance))
                return differs(QStringLiteral("%1: bill item %2").arg(x.id, x.items[item].name));
        for (int s = 0; s < SimulationResults::seriesCount; ++s)
            if (!agree(a.nodeSeries[i][s], b.nodeSeries[i][s], tolerance))
                return differs(QStringLiteral("%1: series %2").arg(x.id).arg(s));
    }
    for (int s = 0; s < SimulationResults::seriesCount; ++s)
        if (!agree(a.totalSeries[s], b.totalSeries[s], tolerance))
            return differs(QStringLiteral("the diagram's series %1").arg(s));
    for (int w = 0; w < a.wires.size(); ++w)
        if (a.wires[w].id != b.wires[w].id || !agree(a.wires[w].events, b.wires[w].events, tolerance)
            || !agree(a.wires[w].peakRatePerS, b.wires[w].peakRatePerS, tolerance))
            return differs(QStringLiteral("wire %1").arg(a.wires[w].id));
    if (a.capturedArrivals.size() != b.capturedArrivals.size())
        return differs(QStringLiteral("captured arrivals"));
    for (size_t k = 0; k < a.capturedArrivals.size(); ++k)
        if (!agree(a.capturedArrivals[k], b.capturedArrivals[k], tolerance))
            return differs(QStringLiteral("captured arrivals"));
    return true;
}

inline bool identical(const SimulationResults &a, const SimulationResults &b, QString *why = nullptr)
{
    return agree(a, b, 0, why);
}

} // namespace simtest
