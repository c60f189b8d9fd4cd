#pragma once

// The export tests' one way to render a format in memory (their library sits above core, so
// this is apart from testsupport.h, which core tests include).

#include "testsupport.h"

#include "io/export/exportregistry.h"

#include <QDebug>

namespace testsupport {

// The bytes of an export; empty, with the error as a warning, when it fails.
inline QByteArray render(const QString &format, const DocumentData &d, const ExportOptions &options = {})
{
    QByteArray out;
    QString error;
    if (!renderExport(format, d, options, &out, &error))
        qWarning() << format << error;
    return out;
}

// One function per event source, plus the resources they use and compute SAM cannot express.
inline DocumentData everyEventDiagram()
{
    DocumentData d;
    d.title = QStringLiteral("Every event");
    d.nodes = {
        node("fn", "lambda", {{"memoryMb", 1024}, {"timeoutS", 60}, {"arch", "arm64"},
                              {"reservedConcurrency", 50}, {"runtime", "nodejs20.x"}}, "Handler"),
        node("rest", "apigw", {{"apiType", "rest"}}, "Public"),
        node("http", "apigw", {{"apiType", "http"}}, "Http"),
        node("bucket", "s3", {}, "Uploads"),
        node("topic", "sns", {}, "Events topic"),
        node("queue", "sqs", {}, "Work queue"),
        node("stream", "kinesis", {{"shards", 4}}, "Clicks"),
        node("table", "dynamodb", {{"streamEnabled", true}}, "Orders table"),
        node("rule", "eventbridge", {}, "Order rule"),
        node("cron", "eventbridge", {{"traffic", QJsonObject{{"shape", "constant"}, {"rate", 1.0 / 3600}}}}, "Nightly"),
        node("cfg", "config", {}, "Compliance"),
        node("things", "iot", {}, "Sensors"),
        node("skill", "alexa", {}, "Skill"),
        node("dlq", "sqs", {}, "Dead letters"),
        node("svc", "fargate", {}, "Workers"),
        node("vm", "ec2", {}, "Legacy fleet"),
        node("k8s", "eks", {}, "Cluster"),
        node("ecs", "ecs_ec2", {}, "Batch on ECS"),
        node("lb", "alb", {}, "Load balancer"),
        node("search", "opensearch", {}, "Search"),
    };
    for (const char *src : {"rest", "http", "bucket", "topic", "rule", "cron", "cfg", "things", "skill"})
        d.edges.append(edge(QLatin1String(src), "fn"));
    d.edges.append(edge("queue", "fn", EdgeKind::Trigger, {{"batchSize", 7}}));
    d.edges.append(edge("stream", "fn", EdgeKind::Trigger, {{"batchSize", 250}, {"parallelizationFactor", 3}}));
    d.edges.append(edge("table", "fn", EdgeKind::Trigger));
    d.edges.append(edge("fn", "dlq", EdgeKind::Failure));
    d.edges.append(edge("queue", "svc"));
    d.edges.append(edge("lb", "vm"));
    d.edges.append(edge("fn", "search", EdgeKind::Write));
    return d;
}

} // namespace testsupport
