#pragma once

// What the simulation tests add to the shared builders: traffic, options, merged properties.

#include "testsupport.h"

#include "sim/simulationoptions.h"

#include <QJsonObject>

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

} // namespace simtest
