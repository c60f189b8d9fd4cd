#include "cloudformationimporter.h"
#include "sourcetree.h"

#include "cloudformationimport_p.h"
#include "importlimits.h"
#include "importmapping.h"

#include "catalog/catalog.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace archscope {

using json = nlohmann::ordered_json;
using sourcetree::qs;

namespace {

// Resource types with a kind of their own.
const QHash<QString, QString> &kinds()
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("AWS::Serverless::Function"), QStringLiteral("lambda")},
        {QStringLiteral("AWS::Lambda::Function"), QStringLiteral("lambda")},
        {QStringLiteral("AWS::SQS::Queue"), QStringLiteral("sqs")},
        {QStringLiteral("AWS::SNS::Topic"), QStringLiteral("sns")},
        {QStringLiteral("AWS::Kinesis::Stream"), QStringLiteral("kinesis")},
        {QStringLiteral("AWS::DynamoDB::Table"), QStringLiteral("dynamodb")},
        {QStringLiteral("AWS::DynamoDB::GlobalTable"), QStringLiteral("dynamodb")},
        {QStringLiteral("AWS::Serverless::SimpleTable"), QStringLiteral("dynamodb")},
        {QStringLiteral("AWS::S3::Bucket"), QStringLiteral("s3")},
        {QStringLiteral("AWS::OpenSearchService::Domain"), QStringLiteral("opensearch")},
        {QStringLiteral("AWS::Elasticsearch::Domain"), QStringLiteral("opensearch")},
        {QStringLiteral("AWS::ApiGateway::RestApi"), QStringLiteral("apigw")},
        {QStringLiteral("AWS::Serverless::Api"), QStringLiteral("apigw")},
        {QStringLiteral("AWS::Serverless::HttpApi"), QStringLiteral("apigw")},
        {QStringLiteral("AWS::ApiGatewayV2::Api"), QStringLiteral("apigw")},
        {QStringLiteral("AWS::Events::Rule"), QStringLiteral("eventbridge")},
        {QStringLiteral("AWS::Scheduler::Schedule"), QStringLiteral("eventbridge")},
        {QStringLiteral("AWS::IoT::TopicRule"), QStringLiteral("iot")},
        {QStringLiteral("AWS::Config::ConfigRule"), QStringLiteral("config")},
        {QStringLiteral("AWS::ElasticLoadBalancingV2::LoadBalancer"), QStringLiteral("alb")},
        {QStringLiteral("AWS::ECS::Service"), QStringLiteral("fargate")},
        {QStringLiteral("AWS::AutoScaling::AutoScalingGroup"), QStringLiteral("ec2")},
        {QStringLiteral("AWS::EC2::Instance"), QStringLiteral("ec2")},
        {QStringLiteral("AWS::EKS::Cluster"), QStringLiteral("eks")},
        {QStringLiteral("Alexa::ASK::Skill"), QStringLiteral("alexa")},
    };
    return map;
}

// Resources Archscope has no kind for but knows how they deliver events (an external node's
// "invokes"); any other unknown type is external with the default.
const QHash<QString, QString> &externalInvokes()
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("AWS::StepFunctions::StateMachine"), QStringLiteral("async")},
        {QStringLiteral("AWS::Serverless::StateMachine"), QStringLiteral("async")},
        {QStringLiteral("AWS::MSK::Cluster"), QStringLiteral("stream")},
        {QStringLiteral("AWS::MSK::ServerlessCluster"), QStringLiteral("stream")},
        {QStringLiteral("AWS::AmazonMQ::Broker"), QStringLiteral("queue")},
        {QStringLiteral("AWS::DocDB::DBCluster"), QStringLiteral("stream")},
        {QStringLiteral("AWS::Lambda::Url"), QStringLiteral("sync")},
        {QStringLiteral("AWS::Cognito::UserPool"), QStringLiteral("sync")},
        {QStringLiteral("AWS::AppSync::GraphQLApi"), QStringLiteral("sync")},
        {QStringLiteral("AWS::Serverless::GraphQLApi"), QStringLiteral("sync")},
    };
    return map;
}

// Resource types that become wires or settings of other nodes in pass 2.
const QStringList &foldingTypes()
{
    static const QStringList types = {"AWS::Lambda::EventSourceMapping",
                                      "AWS::Lambda::EventInvokeConfig",
                                      "AWS::Lambda::Alias",
                                      "AWS::Lambda::Permission",
                                      "AWS::SNS::Subscription",
                                      "AWS::ApiGateway::Method",
                                      "AWS::ApiGatewayV2::Integration",
                                      "AWS::ElasticLoadBalancingV2::Listener",
                                      "AWS::ElasticLoadBalancingV2::ListenerRule",
                                      "AWS::ElasticLoadBalancingV2::TargetGroup",
                                      "AWS::ECS::Cluster",
                                      "AWS::ECS::TaskDefinition",
                                      "AWS::ECS::CapacityProvider",
                                      "AWS::ECS::ClusterCapacityProviderAssociations",
                                      "AWS::ApplicationAutoScaling::ScalableTarget",
                                      "AWS::ApplicationAutoScaling::ScalingPolicy",
                                      "AWS::AutoScaling::LaunchConfiguration",
                                      "AWS::EC2::LaunchTemplate",
                                      "AWS::AutoScaling::ScalingPolicy",
                                      "AWS::EKS::Nodegroup",
                                      "AWS::EKS::FargateProfile",
                                      "AWS::Serverless::Connector",
                                      "AWS::Logs::SubscriptionFilter",
                                      "AWS::ApiGateway::VpcLink",
                                      "AWS::ApiGatewayV2::VpcLink"};
    return types;
}

json mergeGlobals(const json &global, const json &local)
{
    if (!global.is_object() || !local.is_object())
        return local;
    json out = global;
    for (auto it = local.begin(); it != local.end(); ++it) {
        const auto g = out.find(it.key());
        if (g == out.end()) {
            out[it.key()] = it.value();
        } else if (g->is_object() && it.value().is_object()) {
            *g = mergeGlobals(*g, it.value());
        } else if (g->is_array() && it.value().is_array() && it.key() != "Architectures") {
            // SAM appends a resource's list to the global one; not Architectures, where a
            // function runs on one (appending would make it invalid: SAM is changing that too).
            for (const json &item : it.value())
                g->push_back(item);
        } else {
            *g = it.value();
        }
    }
    return out;
}

} // namespace

bool CloudFormationImporter::accepts(const json &root) const
{
    return root.is_object() && root.contains("Resources");
}

bool CloudFormationImporter::import(const json &root, const Catalog &catalog, ImportResult *out, QString *error) const
{
    const json &resources = root.at("Resources");
    if (!resources.is_object()) {
        *error = QCoreApplication::translate("TemplateImport", "Resources: expected a map of logical ids to resources");
        return false;
    }
    if (resources.size() > size_t(importlimits::maxResources)) {
        *error = QCoreApplication::translate("TemplateImport", "Resources: more than %1 resources")
                     .arg(importlimits::maxResources);
        return false;
    }
    for (auto it = resources.begin(); it != resources.end(); ++it) {
        const QString at = QStringLiteral("Resources.") + qs(it.key());
        if (!it.value().is_object()) {
            *error =
                QCoreApplication::translate("TemplateImport", "%1: expected a resource (a map with a Type)").arg(at);
            return false;
        }
        const auto type = it.value().find("Type");
        if (type == it.value().end() || !type->is_string() || type->get<std::string>().empty()) {
            *error = QCoreApplication::translate("TemplateImport", "%1.Type: every resource needs a Type").arg(at);
            return false;
        }
        const auto props = it.value().find("Properties");
        if (props != it.value().end() && !props->is_object() && !props->is_null()) {
            *error = QCoreApplication::translate("TemplateImport", "%1.Properties: expected a map").arg(at);
            return false;
        }
    }
    CfnImport(root, catalog).run(out);
    return true;
}

CfnImport::CfnImport(const json &root, const Catalog &catalog)
    : m_root(root)
    , m_catalog(catalog)
    , m_r(root)
    , m_b(catalog)
{
    const json &resources = root.at("Resources");
    for (auto it = resources.begin(); it != resources.end(); ++it) {
        const QString id = qs(it.key());
        m_order.append(id);
        const auto props = it.value().find("Properties");
        m_props.insert(id, props != it.value().end() && props->is_object() ? *props : json::object());
    }
    const auto transform = root.find("Transform");
    if (transform != root.end()) {
        const std::string t = transform->is_string() ? transform->get<std::string>() : transform->dump();
        m_sam = t.find("AWS::Serverless") != std::string::npos;
    }
}

QString CfnImport::path(const QString &id, const QStringList &keys) const
{
    QString p = QStringLiteral("Resources.") + id;
    if (!keys.isEmpty())
        p += QStringLiteral(".Properties.") + keys.join(QLatin1Char('.'));
    return p;
}

const json *CfnImport::prop(const QString &id, const QStringList &keys) const
{
    const auto it = m_props.constFind(id);
    return it == m_props.constEnd() ? nullptr : sourcetree::at(*it, keys);
}

std::optional<json> CfnImport::value(const QString &id, const QStringList &keys, const QString &nodeId)
{
    const json *raw = prop(id, keys);
    if (!raw)
        return std::nullopt;
    const CfnResolver::Result r = m_r.resolve(*raw);
    if (r.noValue)
        return std::nullopt;
    if (!r.value) {
        m_b.warn(
            path(id, keys),
            QCoreApplication::translate("TemplateImport", "not resolved (%1); the catalog default is kept").arg(r.why),
            nodeId);
        return std::nullopt;
    }
    return r.value;
}

std::optional<double> CfnImport::number(const QString &id, const QStringList &keys, const QString &nodeId)
{
    const std::optional<json> v = value(id, keys, nodeId);
    if (!v)
        return std::nullopt;
    const std::optional<double> n = CfnResolver::number(*v);
    if (!n)
        m_b.warn(path(id, keys),
                 QCoreApplication::translate("TemplateImport", "expected a number, not %1; the catalog default is kept")
                     .arg(qs(v->dump())),
                 nodeId);
    return n;
}

std::optional<QString> CfnImport::text(const QString &id, const QStringList &keys, const QString &nodeId)
{
    const std::optional<json> v = value(id, keys, nodeId);
    if (!v)
        return std::nullopt;
    const std::optional<QString> t = CfnResolver::text(*v);
    if (!t)
        m_b.warn(path(id, keys),
                 QCoreApplication::translate("TemplateImport", "expected a text, not %1").arg(qs(v->dump())), nodeId);
    return t;
}

std::optional<bool> CfnImport::flag(const QString &id, const QStringList &keys, const QString &nodeId)
{
    const std::optional<json> v = value(id, keys, nodeId);
    if (!v)
        return std::nullopt;
    const std::optional<bool> b = CfnResolver::boolean(*v);
    if (!b)
        m_b.warn(path(id, keys),
                 QCoreApplication::translate("TemplateImport", "expected true or false, not %1").arg(qs(v->dump())),
                 nodeId);
    return b;
}

void CfnImport::copyNumber(const QString &id, const QStringList &keys, const QString &nodeId, const QString &key)
{
    if (const std::optional<double> n = number(id, keys, nodeId))
        m_b.setProp(nodeId, key, *n, path(id, keys));
}

QString CfnImport::label(const QString &id) const
{
    const json *r = m_r.resource(id);
    if (r && r->contains("Metadata") && r->at("Metadata").is_object()) {
        const json &meta = r->at("Metadata");
        if (meta.contains("ArchscopeLabel") && meta.at("ArchscopeLabel").is_string())
            return qs(meta.at("ArchscopeLabel").get<std::string>());
    }
    return id;
}

QStringList CfnImport::refsOfType(const json &value, const QStringList &types) const
{
    QStringList out;
    for (const QString &id : m_r.refs(value))
        if (types.contains(type(id)))
            out.append(id);
    return out;
}

QString CfnImport::target(const json &value, const QString &at, const QString &expectedKind, QString *logicalId)
{
    const QStringList ids = m_r.refs(value);
    if (!ids.isEmpty()) {
        if (ids.size() > 1) {
            const QString cond = m_r.undecidedCondition(value);
            if (!cond.isEmpty())
                m_b.warn(at, QCoreApplication::translate("TemplateImport", "it depends on the condition %1, which the "
                                                                           "parameters' defaults do not decide; the "
                                                                           "first choice is drawn")
                                 .arg(cond));
        }
        for (const QString &id : ids) {
            if (!nodeOf(id).isEmpty()) {
                if (logicalId)
                    *logicalId = id;
                return nodeOf(id);
            }
        }
        if (logicalId)
            *logicalId = ids.first();
        return {};
    }
    std::string fn;
    if (value.is_object() && value.size() == 1 && value.begin().key() == "Fn::ImportValue") {
        const CfnResolver::Result name = m_r.resolve(value.begin().value());
        const QString exportName = name.value ? CfnResolver::text(*name.value).value_or(QString()) : QString();
        return m_b.outsideNode(
            exportName.isEmpty() ? QCoreApplication::translate("TemplateImport", "a value imported from another stack")
                                 : exportName,
            expectedKind, at);
    }
    const CfnResolver::Result r = m_r.resolve(value);
    const std::optional<QString> reference = r.value ? CfnResolver::text(*r.value) : std::nullopt;
    if (!reference || reference->isEmpty()) {
        m_b.warn(at, QCoreApplication::translate("TemplateImport", "the target is not resolved (%1); no wire is drawn")
                         .arg(r.why.isEmpty() ? QCoreApplication::translate("TemplateImport", "no value") : r.why));
        return {};
    }
    // A name or an ARN of a resource of this template, written out literally.
    for (const QString &name : {*reference, importmapping::outsideResource(*reference, expectedKind).name}) {
        const QString id = m_byName.value(name);
        if (!id.isEmpty() && !nodeOf(id).isEmpty()) {
            if (logicalId)
                *logicalId = id;
            return nodeOf(id);
        }
    }
    return m_b.outsideNode(*reference, expectedKind, at);
}

void CfnImport::applyGlobals()
{
    const auto globals = m_root.find("Globals");
    if (globals == m_root.end() || !globals->is_object())
        return;
    static const QList<std::pair<QString, const char *>> sections = {
        {QStringLiteral("AWS::Serverless::Function"), "Function"},
        {QStringLiteral("AWS::Serverless::Api"), "Api"},
        {QStringLiteral("AWS::Serverless::HttpApi"), "HttpApi"},
        {QStringLiteral("AWS::Serverless::SimpleTable"), "SimpleTable"},
        {QStringLiteral("AWS::Serverless::StateMachine"), "StateMachine"}};
    for (const QString &id : std::as_const(m_order)) {
        for (const auto &[type, section] : sections) {
            if (this->type(id) != type)
                continue;
            const auto g = globals->find(section);
            if (g != globals->end() && g->is_object())
                m_props[id] = mergeGlobals(*g, m_props.value(id));
        }
    }
}

void CfnImport::readMetadata()
{
    // A template Archscope exported says which node each SAM event was (Archscope::Nodes).
    const auto meta = m_root.find("Metadata");
    if (meta == m_root.end() || !meta->is_object() || !meta->contains("Archscope::Nodes"))
        return;
    const json &nodes = meta->at("Archscope::Nodes");
    if (!nodes.is_object())
        return;
    static const QRegularExpression event(QStringLiteral("^Resources/([^/]+)/Properties/Events/([^ ]+)"));
    for (auto it = nodes.begin(); it != nodes.end(); ++it) {
        if (!it.value().is_string())
            continue;
        for (const QString &place : qs(it.value().get<std::string>()).split(QStringLiteral("; "))) {
            const QRegularExpressionMatch m = event.match(place);
            if (m.hasMatch())
                m_archscopeNodes.insert(m.captured(1) + QLatin1Char('/') + m.captured(2), qs(it.key()));
        }
    }
}

QString CfnImport::ignoreReason(const QString &type) const
{
    struct Rule
    {
        const char *prefix;
        const char *reason;
    };
    static const Rule rules[] = {
        {"AWS::IAM::", QT_TRANSLATE_NOOP("TemplateImport", "IAM: who may do what, not a part of the flow")},
        {"AWS::Lambda::Permission", QT_TRANSLATE_NOOP("TemplateImport", "a permission")},
        {"AWS::SQS::QueuePolicy", QT_TRANSLATE_NOOP("TemplateImport", "a resource policy")},
        {"AWS::SNS::TopicPolicy", QT_TRANSLATE_NOOP("TemplateImport", "a resource policy")},
        {"AWS::S3::BucketPolicy", QT_TRANSLATE_NOOP("TemplateImport", "a resource policy")},
        {"AWS::Events::EventBusPolicy", QT_TRANSLATE_NOOP("TemplateImport", "a resource policy")},
        {"AWS::Logs::ResourcePolicy", QT_TRANSLATE_NOOP("TemplateImport", "a resource policy")},
        {"AWS::ApiGateway::Authorizer", QT_TRANSLATE_NOOP("TemplateImport", "a permission")},
        {"AWS::ApiGatewayV2::Authorizer", QT_TRANSLATE_NOOP("TemplateImport", "a permission")},
        {"AWS::EC2::", QT_TRANSLATE_NOOP("TemplateImport", "networking")},
        {"AWS::Route53", QT_TRANSLATE_NOOP("TemplateImport", "DNS")},
        {"AWS::CertificateManager::", QT_TRANSLATE_NOOP("TemplateImport", "certificates")},
        {"AWS::CloudWatch::", QT_TRANSLATE_NOOP("TemplateImport", "monitoring")},
        {"AWS::Logs::", QT_TRANSLATE_NOOP("TemplateImport", "logging")},
        {"AWS::XRay::", QT_TRANSLATE_NOOP("TemplateImport", "monitoring")},
        {"AWS::Lambda::Version", QT_TRANSLATE_NOOP("TemplateImport", "deployment plumbing")},
        {"AWS::Lambda::LayerVersion", QT_TRANSLATE_NOOP("TemplateImport", "deployment plumbing")},
        {"AWS::Serverless::LayerVersion", QT_TRANSLATE_NOOP("TemplateImport", "deployment plumbing")},
        {"AWS::CloudFormation::Wait", QT_TRANSLATE_NOOP("TemplateImport", "deployment plumbing")},
        {"AWS::CloudFormation::CustomResource",
         QT_TRANSLATE_NOOP("TemplateImport", "a custom resource, run once at deployment")},
        {"AWS::CloudFormation::Macro", QT_TRANSLATE_NOOP("TemplateImport", "deployment plumbing")},
        {"AWS::CDK::", QT_TRANSLATE_NOOP("TemplateImport", "deployment plumbing")},
        {"AWS::CodeDeploy::", QT_TRANSLATE_NOOP("TemplateImport", "deployment plumbing")},
        {"Custom::", QT_TRANSLATE_NOOP("TemplateImport", "a custom resource, run once at deployment")},
        {"AWS::ApiGateway::Deployment",
         QT_TRANSLATE_NOOP("TemplateImport", "part of an API; its methods make the wires")},
        {"AWS::ApiGateway::Stage", QT_TRANSLATE_NOOP("TemplateImport", "part of an API; its methods make the wires")},
        {"AWS::ApiGateway::Resource",
         QT_TRANSLATE_NOOP("TemplateImport", "part of an API; its methods make the wires")},
        {"AWS::ApiGateway::", QT_TRANSLATE_NOOP("TemplateImport", "API settings")},
        {"AWS::ApiGatewayV2::Route",
         QT_TRANSLATE_NOOP("TemplateImport", "part of an API; its integrations make the wires")},
        {"AWS::ApiGatewayV2::", QT_TRANSLATE_NOOP("TemplateImport", "API settings")},
        {"AWS::KMS::", QT_TRANSLATE_NOOP("TemplateImport", "encryption keys")},
        {"AWS::SecretsManager::", QT_TRANSLATE_NOOP("TemplateImport", "configuration and secrets")},
        {"AWS::SSM::", QT_TRANSLATE_NOOP("TemplateImport", "configuration and secrets")},
        {"AWS::ECR::", QT_TRANSLATE_NOOP("TemplateImport", "container images")},
        {"AWS::ServiceDiscovery::", QT_TRANSLATE_NOOP("TemplateImport", "networking")},
    };
    for (const Rule &r : rules)
        if (type.startsWith(QLatin1String(r.prefix)))
            return QCoreApplication::translate("TemplateImport", r.reason);
    return {};
}

bool CfnImport::foldsLater(const QString &type) const
{
    return foldingTypes().contains(type);
}

void CfnImport::conditional(const QString &id)
{
    const json *r = m_r.resource(id);
    if (!r->contains("Condition") || !r->at("Condition").is_string())
        return;
    const QString cond = qs(r->at("Condition").get<std::string>());
    const std::optional<bool> holds = m_r.condition(cond);
    if (holds == true)
        return;
    m_b.warn(QStringLiteral("Resources.%1.Condition").arg(id),
             holds == false
                 ? QCoreApplication::translate("TemplateImport", "created only when the condition %1 holds, which is "
                                                                 "false with the parameters' defaults; "
                                                                 "it is drawn all the same")
                       .arg(cond)
                 : QCoreApplication::translate("TemplateImport", "created only when the condition %1 holds, which "
                                                                 "the parameters' defaults do not decide")
                       .arg(cond),
             nodeOf(id));
}

void CfnImport::makeNode(const QString &id)
{
    const QString t = type(id);
    const QString at = path(id);
    const json *r = m_r.resource(id);
    QString preferred = id;
    if (r->contains("Metadata") && r->at("Metadata").is_object() && r->at("Metadata").contains("ArchscopeId")
        && r->at("Metadata").at("ArchscopeId").is_string())
        preferred = qs(r->at("Metadata").at("ArchscopeId").get<std::string>());

    QString kind = kinds().value(t);
    if (t == QLatin1String("AWS::ECS::Service")) {
        ecsService(id);
        return;
    }
    if (t == QLatin1String("AWS::AutoScaling::AutoScalingGroup")) {
        autoScalingGroup(id);
        return;
    }
    const bool webSocket =
        t == QLatin1String("AWS::ApiGatewayV2::Api")
        && text(id, {QStringLiteral("ProtocolType")}).value_or(QString()) == QLatin1String("WEBSOCKET");
    const QString lbType = t == QLatin1String("AWS::ElasticLoadBalancingV2::LoadBalancer")
                               ? text(id, {QStringLiteral("Type")}).value_or(QStringLiteral("application"))
                               : QString();
    if (webSocket || (!lbType.isEmpty() && lbType != QLatin1String("application")))
        kind.clear();
    const bool notThisKind = webSocket || (!lbType.isEmpty() && lbType != QLatin1String("application"));
    if (kind.isEmpty()) {
        if (foldsLater(t))
            return;
        const QString reason = notThisKind ? QString() : ignoreReason(t);
        if (!reason.isEmpty()) {
            m_b.ignored(at, t, reason);
            return;
        }
        const QString node = m_b.addExternalNode(preferred, label(id), at, t);
        m_nodeOf.insert(id, node);
        if (t == QLatin1String("AWS::CloudFormation::Stack") || t == QLatin1String("AWS::Serverless::Application"))
            m_b.warn(at,
                     QCoreApplication::translate("TemplateImport", "a nested stack: its resources are not imported "
                                                                   "here; import its own template to see them"),
                     node);
        const QString invokes = webSocket || !lbType.isEmpty() ? QStringLiteral("sync") : externalInvokes().value(t);
        if (!invokes.isEmpty())
            m_b.setProp(node, QStringLiteral("invokes"), invokes, at);
        return;
    }

    const QString node = m_b.addResourceNode(preferred, kind, label(id), at, t);
    m_nodeOf.insert(id, node);
    if (kind == QLatin1String("lambda")) {
        lambdaProps(id, node);
    } else if (kind == QLatin1String("sqs")) {
        if (const std::optional<bool> fifo = flag(id, {QStringLiteral("FifoQueue")}, node))
            m_b.setProp(node, QStringLiteral("fifo"), *fifo, path(id, {QStringLiteral("FifoQueue")}));
    } else if (kind == QLatin1String("kinesis")) {
        copyNumber(id, {QStringLiteral("ShardCount")}, node, QStringLiteral("shards"));
        if (text(id, {QStringLiteral("StreamModeDetails"), QStringLiteral("StreamMode")}, node)
            == QLatin1String("ON_DEMAND"))
            m_b.warn(path(id, {QStringLiteral("StreamModeDetails")}),
                     QCoreApplication::translate("TemplateImport", "an on-demand stream: Kinesis chooses its shards; "
                                                                   "set Shards to what you expect"),
                     node);
    } else if (kind == QLatin1String("dynamodb")) {
        const json *stream = prop(id, {QStringLiteral("StreamSpecification")});
        if (stream && stream->is_object()) {
            const std::optional<bool> enabled =
                flag(id, {QStringLiteral("StreamSpecification"), QStringLiteral("StreamEnabled")}, node);
            m_b.setProp(node, QStringLiteral("streamEnabled"), enabled.value_or(true),
                        path(id, {QStringLiteral("StreamSpecification")}));
        }
    } else if (kind == QLatin1String("opensearch")) {
        const QString config = t == QLatin1String("AWS::Elasticsearch::Domain")
                                   ? QStringLiteral("ElasticsearchClusterConfig")
                                   : QStringLiteral("ClusterConfig");
        if (std::optional<QString> instance = text(id, {config, QStringLiteral("InstanceType")}, node)) {
            instance->replace(QLatin1String(".elasticsearch"), QLatin1String(".search"));
            m_b.setProp(node, QStringLiteral("instanceType"), *instance,
                        path(id, {config, QStringLiteral("InstanceType")}));
        }
        copyNumber(id, {config, QStringLiteral("InstanceCount")}, node, QStringLiteral("instanceCount"));
    } else if (kind == QLatin1String("apigw")) {
        const bool http =
            t == QLatin1String("AWS::Serverless::HttpApi") || t == QLatin1String("AWS::ApiGatewayV2::Api");
        m_b.setProp(node, QStringLiteral("apiType"), http ? QStringLiteral("http") : QStringLiteral("rest"), at);
    } else if (kind == QLatin1String("eventbridge")) {
        // Rules and Scheduler schedules both name it ScheduleExpression.
        const QString key = QStringLiteral("ScheduleExpression");
        const std::optional<QString> state = text(id, {QStringLiteral("State")}, node);
        const std::optional<QString> expression = prop(id, {key}) ? text(id, {key}, node) : std::nullopt;
        if (expression) {
            if (state && state->startsWith(QLatin1String("DISABLED")))
                m_b.warn(path(id, {QStringLiteral("State")}),
                         QCoreApplication::translate("TemplateImport", "the schedule is disabled: no traffic is set"),
                         node);
            else if (const std::optional<double> rate = importmapping::scheduleRate(*expression))
                m_b.setScheduleRate(node, *rate, path(id, {key}));
            else
                m_b.warn(
                    path(id, {key}),
                    QCoreApplication::translate("TemplateImport", "the schedule %1 cannot be read: no traffic is set")
                        .arg(*expression),
                    node);
        }
    } else if (kind == QLatin1String("ec2")) {
        if (std::optional<QString> instance = text(id, {QStringLiteral("InstanceType")}, node))
            m_b.setProp(node, QStringLiteral("instanceType"), *instance, path(id, {QStringLiteral("InstanceType")}));
        m_b.setProp(node, QStringLiteral("minInstances"), 1, at);
        m_b.setProp(node, QStringLiteral("maxInstances"), 1, at);
    }
}

void CfnImport::lambdaProps(const QString &id, const QString &node)
{
    copyNumber(id, {QStringLiteral("MemorySize")}, node, QStringLiteral("memoryMb"));
    copyNumber(id, {QStringLiteral("Timeout")}, node, QStringLiteral("timeoutS"));
    copyNumber(id, {QStringLiteral("ReservedConcurrentExecutions")}, node, QStringLiteral("reservedConcurrency"));
    copyNumber(id, {QStringLiteral("ProvisionedConcurrencyConfig"), QStringLiteral("ProvisionedConcurrentExecutions")},
               node, QStringLiteral("provisionedConcurrency"));
    if (prop(id, {QStringLiteral("Architectures")})) {
        if (const std::optional<json> arch = value(id, {QStringLiteral("Architectures")}, node);
            arch && arch->is_array() && !arch->empty())
            m_b.setProp(node, QStringLiteral("arch"), CfnResolver::text(arch->at(0)).value_or(QString()),
                        path(id, {QStringLiteral("Architectures")}));
    }
    const bool image = text(id, {QStringLiteral("PackageType")}, node) == QLatin1String("Image");
    const std::optional<QString> runtime =
        prop(id, {QStringLiteral("Runtime")}) ? text(id, {QStringLiteral("Runtime")}, node) : std::nullopt;
    if (image || runtime) {
        bool exact = true;
        const QString choice = importmapping::runtimeChoice(runtime.value_or(QString()), image, &exact);
        const QString at = path(id, {image ? QStringLiteral("PackageType") : QStringLiteral("Runtime")});
        if (choice.isEmpty())
            m_b.warn(at,
                     QCoreApplication::translate("TemplateImport",
                                                 "the runtime %1 is not in the catalog; the default is kept")
                         .arg(runtime.value_or(QString())),
                     node);
        else if (m_b.setProp(node, QStringLiteral("runtime"), choice, at) && !exact)
            m_b.warn(at,
                     QCoreApplication::translate("TemplateImport",
                                                 "the runtime %1 is shown as %2, whose cold start the catalog knows")
                         .arg(*runtime, choice),
                     node);
    }
    if (type(id) == QLatin1String("AWS::Serverless::Function") && prop(id, {QStringLiteral("EventInvokeConfig")}))
        copyNumber(id, {QStringLiteral("EventInvokeConfig"), QStringLiteral("MaximumRetryAttempts")}, node,
                   QStringLiteral("retries"));
}

void CfnImport::run(ImportResult *out)
{
    applyGlobals();
    readMetadata();
    // Physical names written out, so a link given as a name or ARN finds its resource.
    static const char *const nameKeys[] = {"QueueName", "TopicName",  "TableName",        "BucketName", "FunctionName",
                                           "Name",      "DomainName", "StateMachineName", "RuleName"};
    for (const QString &id : std::as_const(m_order))
        for (const char *key : nameKeys)
            if (const json *raw = prop(id, {QLatin1String(key)})) {
                const CfnResolver::Result r = m_r.resolve(*raw);
                if (const std::optional<QString> name = r.value ? CfnResolver::text(*r.value) : std::nullopt)
                    m_byName.insert(*name, id);
            }

    for (const QString &id : std::as_const(m_order))
        if (type(id) == QLatin1String("AWS::ECS::CapacityProvider"))
            if (const json *arn =
                    prop(id, {QStringLiteral("AutoScalingGroupProvider"), QStringLiteral("AutoScalingGroupArn")}))
                for (const QString &group : refsOfType(*arn, {QStringLiteral("AWS::AutoScaling::AutoScalingGroup")}))
                    m_capacityGroups.insert(group);
    for (const QString &id : std::as_const(m_order))
        makeNode(id);
    loadBalancers();
    for (const QString &id : std::as_const(m_order))
        wires(id);
    for (const QString &id : std::as_const(m_order))
        if (type(id) == QLatin1String("AWS::SQS::Queue"))
            queueRedrive(id);
    for (const QString &id : std::as_const(m_order))
        foldSettings(id);
    for (const QString &id : std::as_const(m_order)) {
        conditional(id);
        if (!m_b.isListed(path(id)))
            m_b.ignored(
                path(id), type(id),
                QCoreApplication::translate("TemplateImport", "it connects or configures nothing that became a node"));
    }
    m_b.finish(m_sam ? QStringLiteral("sam") : QStringLiteral("cloudformation"), &out->data, &out->report);
    // The template's description names the diagram (its first line; a long one is cut).
    if (const auto description = m_root.find("Description"); description != m_root.end() && description->is_string())
        out->data.title = qs(description->get<std::string>()).trimmed().section(QLatin1Char('\n'), 0, 0).left(200);
}

} // namespace archscope
