#pragma once

// The export tests' one way to render a format in memory (their library sits above core, so
// this is apart from testsupport.h, which core tests include).

#include "testsupport.h"

#include "io/export/exportregistry.h"

#include <QDebug>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

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

// The raster images a PDF holds: image XObjects as poppler's `pdfimages -list` lists them, or,
// without poppler, as the file declares them (QPdfWriter leaves object dictionaries
// uncompressed). -1 when pdfimages failed.
inline int pdfImageCount(const QByteArray &pdf)
{
    const int declared = int(pdf.count("/Subtype /Image") + pdf.count("/Subtype/Image"));
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdfimages"));
    if (tool.isEmpty())
        return declared;
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("in.pdf")));
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return -1;
    file.close();
    QProcess p;
    p.start(tool, {QStringLiteral("-list"), file.fileName()});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return -1;
    // Two header lines, then one line per image.
    const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
    return std::max(declared, int(lines.size()) - 2);
}

// The text poppler's `pdftotext` reads from a PDF; a null string without poppler.
inline QString pdfText(const QByteArray &pdf)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("in.pdf")));
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return QStringLiteral("(could not write the PDF)");
    file.close();
    QProcess p;
    p.start(tool, {file.fileName(), QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("(pdftotext failed)");
    return QString::fromUtf8(p.readAllStandardOutput());
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
