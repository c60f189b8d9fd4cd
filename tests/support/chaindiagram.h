#pragma once

// A generated diagram of independent chains, for the simulator's benchmarks and the tests of
// parts stepped side by side: the same on every run.

#include "testsupport.h"

#include <QJsonObject>

namespace testsupport {

inline QJsonObject poissonTraffic(const char *shape, double rate)
{
    return QJsonObject{{"traffic", QJsonObject{{"shape", shape}, {"rate", rate}, {"noise", "poisson"}}}};
}

// Workshop-like chains of four nodes, as many as fit in `nodeCount`, cycling through the
// patterns of the examples: API -> function -> table stream -> function; queue -> function
// -> bucket -> function; load balancer -> Fargate -> queue -> EC2 workers; topic -> function
// -> stream -> function. With `reserved`, the last function of each queue chain has a
// reserved concurrency of 20 (so not every function draws on the account's pool).
inline archscope::DocumentData chainDiagram(int nodeCount, bool reserved = false)
{
    using namespace archscope;
    DocumentData d;
    for (int c = 0; d.nodes.size() + 4 <= nodeCount; ++c) {
        const QString p = QStringLiteral("c%1_").arg(c);
        QList<Node> n;
        switch (c % 4) {
        case 0:
            n = {node(p + "api", "apigw", poissonTraffic("diurnal", 50 + c)),
                 node(p + "fn", "lambda", {{"durationMs", 120}, {"memoryMb", 512}}),
                 node(p + "table", "dynamodb", {{"streamEnabled", true}, {"shards", 2}}),
                 node(p + "fn2", "lambda", {{"durationMs", 400}})};
            break;
        case 1: {
            QJsonObject last{{"durationMs", 300}};
            if (reserved)
                last.insert("reservedConcurrency", 20);
            n = {node(p + "queue", "sqs", poissonTraffic("spiky", 20 + c)), node(p + "fn", "lambda", {{"durationMs", 800}}),
                 node(p + "bucket", "s3"), node(p + "fn2", "lambda", last)};
            break;
        }
        case 2:
            n = {node(p + "lb", "alb", poissonTraffic("weekly", 200 + c)),
                 node(p + "svc", "fargate", {{"capacityPerTask", 40}, {"maxTasks", 50}}), node(p + "jobs", "sqs"),
                 node(p + "workers", "ec2", {{"capacityPerInstance", 30}})};
            break;
        default:
            n = {node(p + "topic", "sns", poissonTraffic("constant", 5 + c)), node(p + "fn", "lambda", {{"durationMs", 60}}),
                 node(p + "stream", "kinesis", {{"shards", 4}}), node(p + "fn2", "lambda", {{"durationMs", 250}})};
            break;
        }
        d.nodes.append(n);
        d.edges.append(edge(n[0].id, n[1].id));
        d.edges.append(edge(n[1].id, n[2].id, EdgeKind::Write));
        d.edges.append(edge(n[2].id, n[3].id));
    }
    return d;
}

} // namespace testsupport
