#include "samexporter.h"

#include "catalog/catalog.h"
#include "io/export/diagramfacts.h"
#include "io/export/textescape.h"
#include "model/documentdata.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <cmath>
#include <map>

namespace archscope {

namespace {


std::string s(const QString &text)
{
    return text.toStdString();
}

// A user string: always double-quoted, so no label can turn into YAML structure, a tag, an
// alias, a comment or another type (yes, null, 1e3).
void user(YAML::Emitter &e, const QString &text)
{
    e << YAML::DoubleQuoted << s(textescape::xmlSafe(text));
}

// A list of user strings; an empty one is written as [] rather than left out.
void userList(YAML::Emitter &e, const QStringList &texts)
{
    if (texts.isEmpty()) {
        e << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
        return;
    }
    e << YAML::BeginSeq;
    for (const QString &text : texts)
        user(e, text);
    e << YAML::EndSeq;
}

void ref(YAML::Emitter &e, const QString &logicalId)
{
    e << YAML::Flow << YAML::BeginMap << YAML::Key << "Ref" << YAML::Value << s(logicalId) << YAML::EndMap;
}

void getAtt(YAML::Emitter &e, const QString &logicalId, const char *attribute)
{
    e << YAML::Flow << YAML::BeginMap << YAML::Key << "Fn::GetAtt" << YAML::Value << YAML::Flow << YAML::BeginSeq
      << s(logicalId) << attribute << YAML::EndSeq << YAML::EndMap;
}

bool isServerlessCompute(const QString &kind)
{
    return kind == QLatin1String("lambda");
}

// Kinds SAM cannot express as part of this template, with the reason given to the reader.
QString notGeneratedReason(const QString &kind)
{
    if (kind == QLatin1String("fargate") || kind == QLatin1String("ecs_ec2"))
        return QCoreApplication::translate("SamExport", "ECS services need a cluster, task definition and networking; SAM does not generate them");
    if (kind == QLatin1String("eks"))
        return QCoreApplication::translate("SamExport", "EKS workloads are deployed with Kubernetes manifests or Helm, not SAM");
    if (kind == QLatin1String("ec2"))
        return QCoreApplication::translate("SamExport", "EC2 Auto Scaling groups need a launch template, AMI and networking; SAM does not generate them");
    if (kind == QLatin1String("alb"))
        return QCoreApplication::translate("SamExport", "an Application Load Balancer needs a VPC, listeners and target groups; SAM has no ALB event");
    if (kind == QLatin1String("opensearch"))
        return QCoreApplication::translate("SamExport", "OpenSearch domains are sized and secured by hand; define AWS::OpenSearchService::Domain separately");
    return {};
}

struct Function
{
    const Node *node = nullptr;
    QString logicalId;
    QList<ResolvedWire> triggers;
    QList<ResolvedWire> writes;
    QList<ResolvedWire> failures;
};

class SamBuilder
{
public:
    SamBuilder(const DocumentData &data, const Catalog &catalog)
        : m_data(data)
        , m_catalog(catalog)
        , m_wires(diagramfacts::wires(data, catalog))
    {
        assignIds();
    }

    bool build(YAML::Emitter &e, ProgressTicker &ticker, QString *error);

private:
    void assignIds();
    QString unique(const QString &base);
    QJsonValue value(const Node &n, const char *key) const
    {
        return m_catalog.nodeValue(n.kind, n.props, QLatin1String(key));
    }
    QJsonValue wireValue(const ResolvedWire &w, const char *key, double fallback) const
    {
        const QJsonValue v = w.edge->props.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull())
            return v;
        for (const PropertySpec &p : m_catalog.wireProperties(w.model, w.from->kind))
            if (p.key == QLatin1String(key))
                return p.defaultValue;
        return fallback;
    }
    void emitMetadata(YAML::Emitter &e);
    bool emitResource(YAML::Emitter &e, const Node &n);
    void emitFunction(YAML::Emitter &e, const Function &f);
    void emitEvent(YAML::Emitter &e, const Function &f, const ResolvedWire &w, std::map<std::string, int> *names);
    void emitConfigRules(YAML::Emitter &e);
    bool emitSubscriptions(YAML::Emitter &e);
    void emitPolicies(YAML::Emitter &e, const Function &f);
    // A resource Archscope has no kind for: SAM cannot say what it is, so it is listed, not written.
    bool isExternal(const Node &n) const
    {
        const KindSpec *kind = m_catalog.kind(n.kind);
        return kind && kind->anyWire;
    }
    void note(const QString &nodeId, const QString &where)
    {
        m_placement[nodeId].append(where);
    }

    const DocumentData &m_data;
    const Catalog &m_catalog;
    QList<ResolvedWire> m_wires;
    QHash<QString, QString> m_ids;  // node id → logical id (resources and functions)
    QSet<QString> m_used;
    QList<Function> m_functions;
    QHash<QString, QStringList> m_placement;  // node id → where it is in the template
    QSet<QString> m_configDone;
    QSet<const Edge *> m_expressed;  // wires the template expresses
};

QString SamBuilder::unique(const QString &base)
{
    QString id = base.left(200);
    for (int i = 2; m_used.contains(id); ++i)
        id = base.left(200) + QString::number(i);
    m_used.insert(id);
    return id;
}

void SamBuilder::assignIds()
{
    static const QHash<QString, QString> suffix = {
        {QStringLiteral("s3"), QStringLiteral("Bucket")},      {QStringLiteral("sns"), QStringLiteral("Topic")},
        {QStringLiteral("sqs"), QStringLiteral("Queue")},      {QStringLiteral("kinesis"), QStringLiteral("Stream")},
        {QStringLiteral("dynamodb"), QStringLiteral("Table")}, {QStringLiteral("lambda"), QStringLiteral("Function")},
        {QStringLiteral("apigw"), QStringLiteral("Api")},      {QStringLiteral("config"), QStringLiteral("ConfigRule")},
    };
    for (const Node &n : m_data.nodes) {
        if (!suffix.contains(n.kind))
            continue;
        const QString sfx = suffix.value(n.kind);
        QString base = SamExporter::logicalIdBase(n.label, sfx);
        if (!base.endsWith(sfx))
            base += sfx;
        m_ids.insert(n.id, unique(base));
    }
    for (const Node &n : m_data.nodes) {
        if (!isServerlessCompute(n.kind))
            continue;
        Function f;
        f.node = &n;
        f.logicalId = m_ids.value(n.id);
        for (const ResolvedWire &w : m_wires) {
            if (!w.allowed || isExternal(*w.from) || isExternal(*w.to))
                continue;
            if (w.to == &n && w.edge->kind == EdgeKind::Trigger)
                f.triggers.append(w);
            else if (w.from == &n && w.edge->kind == EdgeKind::Write)
                f.writes.append(w);
            else if (w.from == &n && w.edge->kind == EdgeKind::Failure)
                f.failures.append(w);
        }
        m_functions.append(f);
    }
}

bool SamBuilder::build(YAML::Emitter &e, ProgressTicker &ticker, QString *error)
{
    const QString title = m_data.title.isEmpty() ? QCoreApplication::translate("SamExport", "Archscope diagram") : m_data.title;
    e << YAML::Comment(s(textescape::singleLine(QCoreApplication::translate("SamExport", "AWS SAM template generated by Archscope from \"%1\".").arg(title))));
    e << YAML::Newline << YAML::Comment(s(QCoreApplication::translate("SamExport", "Code locations, handlers, event patterns and API paths are placeholders.")));
    e << YAML::Newline << YAML::Comment(s(QCoreApplication::translate("SamExport", "Services SAM does not cover are listed under Metadata: Archscope::NotGenerated (at the end).")));
    e << YAML::Newline;
    e << YAML::BeginMap;
    e << YAML::Key << "AWSTemplateFormatVersion" << YAML::Value << YAML::DoubleQuoted << "2010-09-09";
    e << YAML::Key << "Transform" << YAML::Value << "AWS::Serverless-2016-10-31";
    e << YAML::Key << "Description" << YAML::Value;
    user(e, title);

    e << YAML::Key << "Resources" << YAML::Value << YAML::BeginMap;
    bool any = false;
    for (const Node &n : m_data.nodes) {
        if (!ticker.step()) {
            *error = exportCancelledMessage();
            return false;
        }
        if (n.kind == QLatin1String("lambda") || !m_ids.contains(n.id) || n.kind == QLatin1String("config"))
            continue;
        any = emitResource(e, n) || any;
    }
    for (const Function &f : m_functions) {
        emitFunction(e, f);
        any = true;
        if (!ticker.step()) {
            *error = exportCancelledMessage();
            return false;
        }
    }
    emitConfigRules(e);
    any = emitSubscriptions(e) || any;
    if (!any) {
        // CloudFormation needs at least one resource; a diagram without serverless parts still loads.
        e << YAML::Key << "ArchscopePlaceholder" << YAML::Value << YAML::BeginMap << YAML::Key << "Type"
          << YAML::Value << "AWS::CloudFormation::WaitConditionHandle" << YAML::EndMap;
    }
    e << YAML::EndMap;
    // After the resources, so it can say where each node went.
    emitMetadata(e);
    e << YAML::EndMap;
    return e.good();
}

void SamBuilder::emitMetadata(YAML::Emitter &e)
{
    e << YAML::Key << "Metadata" << YAML::Value << YAML::BeginMap;
    e << YAML::Key << "Archscope::Source" << YAML::Value << YAML::BeginMap;
    e << YAML::Key << "Title" << YAML::Value;
    user(e, m_data.title);
    e << YAML::Key << "GeneratedBy" << YAML::Value << "Archscope";
    e << YAML::EndMap;

    // Never silently dropped: what SAM does not cover is listed with its wires and the reason.
    QList<const Node *> notGenerated;
    for (const Node &n : m_data.nodes)
        if (!m_placement.contains(n.id))
            notGenerated.append(&n);
    e << YAML::Key << "Archscope::NotGenerated" << YAML::Value;
    e << YAML::Comment(s(QCoreApplication::translate("SamExport", "NOT GENERATED: services SAM does not cover; build them separately")));
    if (notGenerated.isEmpty()) {
        e << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
    } else {
        e << YAML::BeginSeq;
        for (const Node *n : notGenerated) {
            e << YAML::BeginMap;
            e << YAML::Key << "Id" << YAML::Value;
            user(e, n->id);
            e << YAML::Key << "Label" << YAML::Value;
            user(e, diagramfacts::displayLabel(*n, m_catalog));
            e << YAML::Key << "Kind" << YAML::Value;
            user(e, diagramfacts::kindName(n->kind, m_catalog));
            QString reason = notGeneratedReason(n->kind);
            if (isExternal(*n))
                reason = QCoreApplication::translate("SamExport", "an external resource (%1) from an import; Archscope has no "
                                                                  "kind for it, so define it separately")
                             .arg(m_catalog.kind(n->kind)->subtitle(n->props));
            if (reason.isEmpty())
                reason = QCoreApplication::translate("SamExport", "it has no Lambda function wired to it in this diagram");
            e << YAML::Key << "Reason" << YAML::Value;
            user(e, reason);
            QStringList wires;
            for (const ResolvedWire &w : m_wires) {
                if (w.from == n || w.to == n)
                    wires << diagramfacts::displayLabel(*w.from, m_catalog) + QStringLiteral(" -> ")
                                 + diagramfacts::displayLabel(*w.to, m_catalog) + QStringLiteral(" (")
                                 + invocationModelId(w.model) + QLatin1Char(')');
            }
            e << YAML::Key << "Wires" << YAML::Value;
            userList(e, wires);
            e << YAML::EndMap;
        }
        e << YAML::EndSeq;
    }
    QStringList wires;
    for (const ResolvedWire &w : m_wires) {
        if (m_expressed.contains(w.edge))
            continue;
        wires << diagramfacts::displayLabel(*w.from, m_catalog) + QStringLiteral(" -> ")
                     + diagramfacts::displayLabel(*w.to, m_catalog) + QStringLiteral(" (")
                     + (w.allowed ? invocationModelId(w.model) : QStringLiteral("refused")) + QLatin1Char(')');
    }
    e << YAML::Key << "Archscope::WiresNotGenerated" << YAML::Value;
    e << YAML::Comment(s(QCoreApplication::translate("SamExport", "NOT GENERATED: wires this template does not express")));
    userList(e, wires);
    e << YAML::Key << "Archscope::Nodes" << YAML::Value << YAML::BeginMap;
    for (const Node &n : m_data.nodes) {
        e << YAML::Key << YAML::DoubleQuoted << s(textescape::xmlSafe(n.id)) << YAML::Value;
        const QStringList where = m_placement.value(n.id, {QStringLiteral("NotGenerated")});
        user(e, where.join(QStringLiteral("; ")));
    }
    e << YAML::EndMap;
    e << YAML::EndMap;
}

bool SamBuilder::emitResource(YAML::Emitter &e, const Node &n)
{
    const QString id = m_ids.value(n.id);
    // APIs exist only for their Lambda routes; an API with no function would have no paths.
    if (n.kind == QLatin1String("apigw")) {
        bool hasLambda = false;
        for (const Function &f : m_functions)
            for (const ResolvedWire &w : f.triggers)
                hasLambda = hasLambda || w.from == &n;
        if (!hasLambda)
            return false;
    }
    e << YAML::Key << s(id) << YAML::Value << YAML::BeginMap;
    const bool http = n.kind == QLatin1String("apigw") && value(n, "apiType").toString() == QLatin1String("http");
    const char *type = n.kind == QLatin1String("s3")         ? "AWS::S3::Bucket"
                       : n.kind == QLatin1String("sns")      ? "AWS::SNS::Topic"
                       : n.kind == QLatin1String("sqs")      ? "AWS::SQS::Queue"
                       : n.kind == QLatin1String("kinesis")  ? "AWS::Kinesis::Stream"
                       : n.kind == QLatin1String("dynamodb") ? "AWS::DynamoDB::Table"
                       : http                                ? "AWS::Serverless::HttpApi"
                                                             : "AWS::Serverless::Api";
    e << YAML::Key << "Type" << YAML::Value << type;
    e << YAML::Key << "Metadata" << YAML::Value << YAML::BeginMap << YAML::Key << "ArchscopeId" << YAML::Value;
    user(e, n.id);
    e << YAML::Key << "ArchscopeLabel" << YAML::Value;
    user(e, diagramfacts::displayLabel(n, m_catalog));
    e << YAML::EndMap;
    note(n.id, QStringLiteral("Resources/") + id);

    if (n.kind == QLatin1String("sqs")) {
        e << YAML::Key << "Properties" << YAML::Value << YAML::BeginMap;
        if (value(n, "fifo").toBool())
            e << YAML::Key << "FifoQueue" << YAML::Value << true;
        // AWS advises a visibility timeout of at least six times the consuming function's timeout.
        int visibility = 30;
        for (const Function &f : m_functions)
            for (const ResolvedWire &w : f.triggers)
                if (w.from == &n)
                    visibility = std::max(visibility, 6 * value(*f.node, "timeoutS").toInt(3));
        e << YAML::Key << "VisibilityTimeout" << YAML::Value << std::min(visibility, 43200);
        e << YAML::EndMap;
    } else if (n.kind == QLatin1String("kinesis")) {
        e << YAML::Key << "Properties" << YAML::Value << YAML::BeginMap << YAML::Key << "ShardCount" << YAML::Value
          << std::max(1, value(n, "shards").toInt(1)) << YAML::EndMap;
    } else if (n.kind == QLatin1String("dynamodb")) {
        e << YAML::Key << "Properties" << YAML::Value << YAML::BeginMap;
        e << YAML::Key << "BillingMode" << YAML::Value << "PAY_PER_REQUEST";
        e << YAML::Key << "AttributeDefinitions" << YAML::Value << YAML::BeginSeq << YAML::BeginMap << YAML::Key
          << "AttributeName" << YAML::Value << "pk" << YAML::Key << "AttributeType" << YAML::Value << "S" << YAML::EndMap
          << YAML::EndSeq;
        e << YAML::Key << "KeySchema" << YAML::Value << YAML::BeginSeq << YAML::BeginMap << YAML::Key << "AttributeName"
          << YAML::Value << "pk" << YAML::Key << "KeyType" << YAML::Value << "HASH" << YAML::EndMap << YAML::EndSeq;
        if (value(n, "streamEnabled").toBool())
            e << YAML::Key << "StreamSpecification" << YAML::Value << YAML::BeginMap << YAML::Key << "StreamViewType"
              << YAML::Value << "NEW_AND_OLD_IMAGES" << YAML::EndMap;
        e << YAML::EndMap;
    } else if (n.kind == QLatin1String("apigw") && !http) {
        e << YAML::Key << "Properties" << YAML::Value << YAML::BeginMap << YAML::Key << "StageName" << YAML::Value
          << "prod" << YAML::EndMap;
    }
    e << YAML::EndMap;
    return true;
}

void SamBuilder::emitFunction(YAML::Emitter &e, const Function &f)
{
    const Node &n = *f.node;
    note(n.id, QStringLiteral("Resources/") + f.logicalId);
    e << YAML::Key << s(f.logicalId) << YAML::Value << YAML::BeginMap;
    e << YAML::Key << "Type" << YAML::Value << "AWS::Serverless::Function";
    e << YAML::Key << "Metadata" << YAML::Value << YAML::BeginMap << YAML::Key << "ArchscopeId" << YAML::Value;
    user(e, n.id);
    e << YAML::Key << "ArchscopeLabel" << YAML::Value;
    user(e, diagramfacts::displayLabel(n, m_catalog));
    e << YAML::EndMap;
    e << YAML::Key << "Properties" << YAML::Value << YAML::BeginMap;

    const QString runtime = value(n, "runtime").toString(QStringLiteral("python3.12"));
    const QString codeDir = QStringLiteral("src/") + f.logicalId + QLatin1Char('/');
    if (runtime == QLatin1String("container-image")) {
        e << YAML::Key << "PackageType" << YAML::Value << "Image";
        e << YAML::Comment("placeholder: build and push the image, or add Metadata for sam build");
        e << YAML::Key << "ImageUri" << YAML::Value << s(QStringLiteral("ACCOUNT.dkr.ecr.REGION.amazonaws.com/") + f.logicalId.toLower() + QStringLiteral(":latest"));
    } else {
        QString rt = runtime, handler = QStringLiteral("app.lambda_handler");
        if (runtime.startsWith(QLatin1String("nodejs")))
            handler = QStringLiteral("app.handler");
        else if (runtime.startsWith(QLatin1String("java")))
            handler = QStringLiteral("example.Handler::handleRequest");
        else if (runtime.startsWith(QLatin1String("dotnet")))
            handler = QStringLiteral("Function::Function.Function::FunctionHandler");
        else if (runtime.startsWith(QLatin1String("go-provided"))) {
            rt = QStringLiteral("provided.al2023");
            handler = QStringLiteral("bootstrap");
        }
        e << YAML::Key << "CodeUri" << YAML::Value << s(codeDir);
        e << YAML::Comment("placeholder");
        e << YAML::Key << "Handler" << YAML::Value << s(handler);
        e << YAML::Comment("placeholder");
        e << YAML::Key << "Runtime" << YAML::Value << s(rt);
    }
    e << YAML::Key << "MemorySize" << YAML::Value << value(n, "memoryMb").toInt(128);
    e << YAML::Key << "Timeout" << YAML::Value << value(n, "timeoutS").toInt(3);
    e << YAML::Key << "Architectures" << YAML::Value << YAML::Flow << YAML::BeginSeq
      << s(value(n, "arch").toString(QStringLiteral("x86_64"))) << YAML::EndSeq;
    const QJsonValue reserved = value(n, "reservedConcurrency");
    if (reserved.isDouble())
        e << YAML::Key << "ReservedConcurrentExecutions" << YAML::Value << reserved.toInt();
    const int provisioned = value(n, "provisionedConcurrency").toInt(0);
    if (provisioned > 0) {
        e << YAML::Key << "AutoPublishAlias" << YAML::Value << "live";
        e << YAML::Key << "ProvisionedConcurrencyConfig" << YAML::Value << YAML::BeginMap << YAML::Key
          << "ProvisionedConcurrentExecutions" << YAML::Value << provisioned << YAML::EndMap;
    }
    emitPolicies(e, f);

    // The failure wire: async invocations that fail after their retries go to the destination.
    if (!f.failures.isEmpty()) {
        const ResolvedWire &w = f.failures.first();
        m_expressed.insert(w.edge);
        const bool topic = w.to->kind == QLatin1String("sns");
        e << YAML::Key << "EventInvokeConfig" << YAML::Value << YAML::BeginMap;
        e << YAML::Key << "MaximumRetryAttempts" << YAML::Value << std::clamp(value(n, "retries").toInt(2), 0, 2);
        e << YAML::Key << "DestinationConfig" << YAML::Value << YAML::BeginMap << YAML::Key << "OnFailure" << YAML::Value
          << YAML::BeginMap << YAML::Key << "Type" << YAML::Value << (topic ? "SNS" : "SQS") << YAML::Key << "Destination"
          << YAML::Value;
        if (topic)
            ref(e, m_ids.value(w.to->id));
        else
            getAtt(e, m_ids.value(w.to->id), "Arn");
        e << YAML::EndMap << YAML::EndMap << YAML::EndMap;
        for (qsizetype i = 1; i < f.failures.size(); ++i)
            e << YAML::Comment(s(textescape::singleLine(
                QCoreApplication::translate("SamExport", "Lambda takes one on-failure destination; the wire to \"%1\" is not expressed")
                    .arg(diagramfacts::displayLabel(*f.failures.at(i).to, m_catalog)))));
    }

    QList<ResolvedWire> events;
    for (const ResolvedWire &w : f.triggers)
        if (w.from->kind != QLatin1String("config"))
            events.append(w);
    if (!events.isEmpty()) {
        e << YAML::Key << "Events" << YAML::Value << YAML::BeginMap;
        std::map<std::string, int> names;
        for (const ResolvedWire &w : events)
            emitEvent(e, f, w, &names);
        e << YAML::EndMap;
    }
    e << YAML::EndMap;  // Properties
    e << YAML::EndMap;  // function
}

void SamBuilder::emitPolicies(YAML::Emitter &e, const Function &f)
{
    QList<ResolvedWire> targets = f.writes;
    targets += f.failures;
    QStringList seen;
    bool open = false;
    for (const ResolvedWire &w : targets) {
        const QString target = m_ids.value(w.to->id);
        if (w.edge->kind == EdgeKind::Write && !target.isEmpty())
            m_expressed.insert(w.edge);
        if (target.isEmpty() || seen.contains(target))
            continue;
        seen << target;
        const QString kind = w.to->kind;
        const char *policy = nullptr;
        const char *param = nullptr;
        enum { Ref, NameAtt } how = Ref;
        const char *att = nullptr;
        if (kind == QLatin1String("sqs")) {
            policy = "SQSSendMessagePolicy"; param = "QueueName"; how = NameAtt; att = "QueueName";
        } else if (kind == QLatin1String("sns")) {
            policy = "SNSPublishMessagePolicy"; param = "TopicName"; how = NameAtt; att = "TopicName";
        } else if (kind == QLatin1String("dynamodb")) {
            policy = "DynamoDBCrudPolicy"; param = "TableName";
        } else if (kind == QLatin1String("s3")) {
            policy = "S3CrudPolicy"; param = "BucketName";
        } else if (kind == QLatin1String("kinesis")) {
            policy = "KinesisCrudPolicy"; param = "StreamName";
        } else {
            continue;
        }
        if (!open) {
            e << YAML::Key << "Policies" << YAML::Value << YAML::BeginSeq;
            open = true;
        }
        e << YAML::BeginMap << YAML::Key << policy << YAML::Value << YAML::BeginMap << YAML::Key << param << YAML::Value;
        if (how == NameAtt)
            getAtt(e, target, att);
        else
            ref(e, target);
        e << YAML::EndMap << YAML::EndMap;
    }
    if (open)
        e << YAML::EndSeq;
}

void SamBuilder::emitEvent(YAML::Emitter &e, const Function &f, const ResolvedWire &w, std::map<std::string, int> *names)
{
    if (w.from->kind != QLatin1String("alb"))
        m_expressed.insert(w.edge);
    const Node &src = *w.from;
    const QString kind = src.kind;
    std::string name = s(SamExporter::logicalIdBase(src.label, QStringLiteral("Event")));
    if (int &count = (*names)[name]; count++ > 0)
        name += std::to_string(count);
    const QString srcId = m_ids.value(src.id);
    auto place = [&](const QString &type) {
        note(src.id, QStringLiteral("Resources/%1/Properties/Events/%2 (%3)").arg(f.logicalId, QString::fromStdString(name), type));
    };

    if (kind == QLatin1String("alb")) {
        note(src.id, QStringLiteral("NotGenerated (ALB target for %1)").arg(f.logicalId));
        return;
    }
    e << YAML::Key << name << YAML::Value << YAML::BeginMap;
    if (kind == QLatin1String("apigw")) {
        const bool http = value(src, "apiType").toString() == QLatin1String("http");
        e << YAML::Key << "Type" << YAML::Value << (http ? "HttpApi" : "Api");
        e << YAML::Key << "Properties" << YAML::Value << YAML::BeginMap;
        e << YAML::Key << (http ? "ApiId" : "RestApiId") << YAML::Value;
        ref(e, srcId);
        e << YAML::Key << "Path" << YAML::Value << s(QStringLiteral("/") + f.logicalId.toLower());
        e << YAML::Key << "Method" << YAML::Value << (http ? "ANY" : "any");
        e << YAML::EndMap;
        place(http ? QStringLiteral("HttpApi") : QStringLiteral("Api"));
    } else if (kind == QLatin1String("s3")) {
        e << YAML::Key << "Type" << YAML::Value << "S3";
        e << YAML::Key << "Properties" << YAML::Value << YAML::BeginMap << YAML::Key << "Bucket" << YAML::Value;
        ref(e, srcId);
        e << YAML::Key << "Events" << YAML::Value << "s3:ObjectCreated:*" << YAML::EndMap;
    } else if (kind == QLatin1String("sns")) {
        e << YAML::Key << "Type" << YAML::Value << "SNS";
        e << YAML::Key << "Properties" << YAML::Value << YAML::BeginMap << YAML::Key << "Topic" << YAML::Value;
        ref(e, srcId);
        e << YAML::EndMap;
    } else if (kind == QLatin1String("sqs")) {
        e << YAML::Key << "Type" << YAML::Value << "SQS";
        e << YAML::Key << "Properties" << YAML::Value << YAML::BeginMap << YAML::Key << "Queue" << YAML::Value;
        getAtt(e, srcId, "Arn");
        e << YAML::Key << "BatchSize" << YAML::Value << wireValue(w, "batchSize", 10).toInt();
        if (w.edge->props.contains(QStringLiteral("maxConcurrency")))
            e << YAML::Key << "ScalingConfig" << YAML::Value << YAML::BeginMap << YAML::Key << "MaximumConcurrency"
              << YAML::Value << wireValue(w, "maxConcurrency", 1000).toInt() << YAML::EndMap;
        e << YAML::EndMap;
    } else if (kind == QLatin1String("kinesis") || kind == QLatin1String("dynamodb")) {
        const bool table = kind == QLatin1String("dynamodb");
        e << YAML::Key << "Type" << YAML::Value << (table ? "DynamoDB" : "Kinesis");
        e << YAML::Key << "Properties" << YAML::Value << YAML::BeginMap << YAML::Key << "Stream" << YAML::Value;
        getAtt(e, srcId, table ? "StreamArn" : "Arn");
        e << YAML::Key << "StartingPosition" << YAML::Value << "LATEST";
        e << YAML::Key << "BatchSize" << YAML::Value << wireValue(w, "batchSize", 100).toInt();
        e << YAML::Key << "ParallelizationFactor" << YAML::Value << wireValue(w, "parallelizationFactor", 1).toInt();
        if (!f.failures.isEmpty()) {
            const ResolvedWire &fail = f.failures.first();
            e << YAML::Key << "DestinationConfig" << YAML::Value << YAML::BeginMap << YAML::Key << "OnFailure"
              << YAML::Value << YAML::BeginMap << YAML::Key << "Destination" << YAML::Value;
            if (fail.to->kind == QLatin1String("sns"))
                ref(e, m_ids.value(fail.to->id));
            else
                getAtt(e, m_ids.value(fail.to->id), "Arn");
            e << YAML::EndMap << YAML::EndMap;
        }
        e << YAML::EndMap;
    } else if (kind == QLatin1String("eventbridge")) {
        // A steady trickle (at most one event a minute) reads as a schedule; anything else as a rule.
        const QJsonObject traffic = src.props.value(QStringLiteral("traffic")).toObject();
        const double rate = traffic.value(QStringLiteral("rate")).toDouble(0);
        const bool schedule = traffic.value(QStringLiteral("shape")).toString() == QLatin1String("constant") && rate > 0
                              && rate <= 1.0 / 60;
        if (schedule) {
            const int minutes = std::max(1, int(std::lround(1.0 / (rate * 60))));
            e << YAML::Key << "Type" << YAML::Value << "Schedule";
            e << YAML::Key << "Properties" << YAML::Value << YAML::BeginMap << YAML::Key << "Schedule" << YAML::Value
              << s(QStringLiteral("rate(%1 %2)").arg(QString::number(minutes), minutes == 1 ? QStringLiteral("minute") : QStringLiteral("minutes")))
              << YAML::EndMap;
        } else {
            e << YAML::Key << "Type" << YAML::Value << "EventBridgeRule";
            e << YAML::Key << "Properties" << YAML::Value << YAML::BeginMap << YAML::Key << "Pattern" << YAML::Value
              << YAML::BeginMap << YAML::Key << "source" << YAML::Value << YAML::Flow << YAML::BeginSeq
              << "com.example.placeholder" << YAML::EndSeq << YAML::EndMap << YAML::EndMap;
        }
    } else if (kind == QLatin1String("iot")) {
        e << YAML::Key << "Type" << YAML::Value << "IoTRule";
        e << YAML::Key << "Properties" << YAML::Value << YAML::BeginMap << YAML::Key << "Sql" << YAML::Value
          << YAML::DoubleQuoted << "SELECT * FROM 'archscope/placeholder'" << YAML::EndMap;
    } else if (kind == QLatin1String("alexa")) {
        e << YAML::Key << "Type" << YAML::Value << "AlexaSkill";
    } else {
        e << YAML::Key << "Type" << YAML::Value << "EventBridgeRule";
    }
    e << YAML::EndMap;
    if (kind != QLatin1String("apigw"))
        place(kind);
}

void SamBuilder::emitConfigRules(YAML::Emitter &e)
{
    for (const Function &f : m_functions) {
        for (const ResolvedWire &w : f.triggers) {
            if (w.from->kind != QLatin1String("config"))
                continue;
            // One rule per Config node and function; the first takes the node's own id.
            const QString nodeRule = m_ids.value(w.from->id);
            const QString ruleId = m_configDone.contains(w.from->id) ? unique(nodeRule + f.logicalId) : nodeRule;
            m_configDone.insert(w.from->id);
            const QString permission = unique(ruleId + QStringLiteral("Permission"));
            e << YAML::Key << s(permission) << YAML::Value << YAML::BeginMap;
            e << YAML::Key << "Type" << YAML::Value << "AWS::Lambda::Permission";
            e << YAML::Key << "Properties" << YAML::Value << YAML::BeginMap;
            e << YAML::Key << "Action" << YAML::Value << "lambda:InvokeFunction";
            e << YAML::Key << "FunctionName" << YAML::Value;
            getAtt(e, f.logicalId, "Arn");
            e << YAML::Key << "Principal" << YAML::Value << "config.amazonaws.com";
            e << YAML::Key << "SourceAccount" << YAML::Value;
            ref(e, QStringLiteral("AWS::AccountId"));
            e << YAML::EndMap << YAML::EndMap;

            e << YAML::Key << s(ruleId) << YAML::Value << YAML::BeginMap;
            e << YAML::Key << "Type" << YAML::Value << "AWS::Config::ConfigRule";
            e << YAML::Key << "DependsOn" << YAML::Value << s(permission);
            e << YAML::Key << "Metadata" << YAML::Value << YAML::BeginMap << YAML::Key << "ArchscopeId" << YAML::Value;
            user(e, w.from->id);
            e << YAML::Key << "ArchscopeLabel" << YAML::Value;
            user(e, diagramfacts::displayLabel(*w.from, m_catalog));
            e << YAML::EndMap;
            e << YAML::Key << "Properties" << YAML::Value << YAML::BeginMap;
            e << YAML::Key << "Source" << YAML::Value << YAML::BeginMap;
            e << YAML::Key << "Owner" << YAML::Value << "CUSTOM_LAMBDA";
            e << YAML::Key << "SourceIdentifier" << YAML::Value;
            getAtt(e, f.logicalId, "Arn");
            e << YAML::Key << "SourceDetails" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
            e << YAML::Key << "EventSource" << YAML::Value << "aws.config";
            e << YAML::Key << "MessageType" << YAML::Value << "ConfigurationItemChangeNotification";
            e << YAML::EndMap << YAML::EndSeq << YAML::EndMap << YAML::EndMap << YAML::EndMap;
            note(w.from->id, QStringLiteral("Resources/") + ruleId);
            m_expressed.insert(w.edge);
        }
    }
}

bool SamBuilder::emitSubscriptions(YAML::Emitter &e)
{
    // SNS → SQS fan-out: a subscription, and a queue policy that lets the topic deliver.
    bool any = false;
    for (const ResolvedWire &w : m_wires) {
        if (!w.allowed || w.from->kind != QLatin1String("sns") || w.to->kind != QLatin1String("sqs"))
            continue;
        const QString topic = m_ids.value(w.from->id), queue = m_ids.value(w.to->id);
        const QString subscription = unique(queue + QStringLiteral("Subscription"));
        e << YAML::Key << s(subscription) << YAML::Value << YAML::BeginMap;
        e << YAML::Key << "Type" << YAML::Value << "AWS::SNS::Subscription";
        e << YAML::Key << "Properties" << YAML::Value << YAML::BeginMap;
        e << YAML::Key << "Protocol" << YAML::Value << "sqs";
        e << YAML::Key << "TopicArn" << YAML::Value;
        ref(e, topic);
        e << YAML::Key << "Endpoint" << YAML::Value;
        getAtt(e, queue, "Arn");
        e << YAML::Key << "RawMessageDelivery" << YAML::Value << true;
        e << YAML::EndMap << YAML::EndMap;

        const QString policy = unique(queue + QStringLiteral("Policy"));
        e << YAML::Key << s(policy) << YAML::Value << YAML::BeginMap;
        e << YAML::Key << "Type" << YAML::Value << "AWS::SQS::QueuePolicy";
        e << YAML::Key << "Properties" << YAML::Value << YAML::BeginMap;
        e << YAML::Key << "Queues" << YAML::Value << YAML::BeginSeq;
        ref(e, queue);
        e << YAML::EndSeq;
        e << YAML::Key << "PolicyDocument" << YAML::Value << YAML::BeginMap;
        e << YAML::Key << "Version" << YAML::Value << YAML::DoubleQuoted << "2012-10-17";
        e << YAML::Key << "Statement" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
        e << YAML::Key << "Effect" << YAML::Value << "Allow";
        e << YAML::Key << "Principal" << YAML::Value << YAML::BeginMap << YAML::Key << "Service" << YAML::Value
          << "sns.amazonaws.com" << YAML::EndMap;
        e << YAML::Key << "Action" << YAML::Value << "sqs:SendMessage";
        e << YAML::Key << "Resource" << YAML::Value;
        getAtt(e, queue, "Arn");
        e << YAML::Key << "Condition" << YAML::Value << YAML::BeginMap << YAML::Key << "ArnEquals" << YAML::Value
          << YAML::BeginMap << YAML::Key << "aws:SourceArn" << YAML::Value;
        ref(e, topic);
        e << YAML::EndMap << YAML::EndMap;
        e << YAML::EndMap << YAML::EndSeq << YAML::EndMap << YAML::EndMap << YAML::EndMap;
        note(w.from->id, QStringLiteral("Resources/") + subscription);
        m_expressed.insert(w.edge);
        any = true;
    }
    return any;
}

} // namespace


QString SamExporter::logicalIdBase(const QString &label, const QString &fallback)
{
    QString out;
    bool upper = true;
    for (const QChar c : label) {
        const char16_t u = c.unicode();
        const bool alnum = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
        if (!alnum) {
            upper = true;
            continue;
        }
        out += upper ? c.toUpper() : c;
        upper = false;
    }
    if (out.isEmpty() || !out.at(0).isLetter())
        out.prepend(fallback.isEmpty() ? QStringLiteral("Resource") : fallback);
    return out.left(120);
}

bool SamExporter::write(const DocumentData &data, const ExportOptions &options, QByteArray *out, QString *error,
                        const ExportProgress &progress)
{
    try {
        int lambdas = 0;
        for (const Node &n : data.nodes)
            lambdas += isServerlessCompute(n.kind);
        ProgressTicker ticker(progress, int(data.nodes.size()) + lambdas);
        SamBuilder builder(data, options.resolvedCatalog());
        YAML::Emitter e;
        e.SetIndent(2);
        if (!builder.build(e, ticker, error))
            return false;
        if (!e.good()) {
            *error = QCoreApplication::translate("SamExport", "could not write the SAM template: %1").arg(QString::fromStdString(e.GetLastError()));
            return false;
        }
        *out = QByteArray(e.c_str()) + '\n';
        return true;
    } catch (const std::exception &ex) {
        *error = QCoreApplication::translate("SamExport", "could not write the SAM template: %1").arg(QString::fromUtf8(ex.what()));
        return false;
    }
}

} // namespace archscope
