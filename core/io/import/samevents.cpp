// AWS SAM in a CloudFormation import: the Events of functions and state machines (every event
// type SAM knows), policy templates and connectors that let a function write somewhere.
#include "cloudformationimport_p.h"
#include "sourcetree.h"

#include "importmapping.h"

#include <QCoreApplication>

namespace archscope {

using json = nlohmann::ordered_json;
using sourcetree::key;
using sourcetree::qs;

namespace {

// An event source that is polled: how it delivers to an external node standing for it.
struct PolledSource
{
    const char *type;     // the SAM event type
    const char *field;    // its property naming the source
    const char *resource; // the resource type an outside source is drawn as
    const char *invokes;
};

const PolledSource polledSources[] = {
    {"MSK", "Stream", "AWS::MSK::Cluster", "stream"},
    {"MQ", "Broker", "AWS::AmazonMQ::Broker", "queue"},
    {"DocumentDB", "Cluster", "AWS::DocDB::DBCluster", "stream"},
};

} // namespace

QString CfnImport::eventNode(const QString &id, const QString &name, const QString &kind, const QString &at)
{
    // SAM makes a resource of its own for these events (a rule, a topic rule); an Archscope
    // export says which node it was.
    const QString preferred = m_archscopeNodes.value(id + QLatin1Char('/') + name, id + name);
    return m_b.impliedNode(QStringLiteral("event:") + id + QLatin1Char('/') + name, preferred, kind, name, at, {});
}

void CfnImport::samEvents(const QString &id, const QString &targetNode)
{
    const json *events = prop(id, {key("Events")});
    if (!events || !events->is_object() || targetNode.isEmpty())
        return;
    for (auto it = events->begin(); it != events->end(); ++it)
        samEvent(id, targetNode, qs(it.key()));
}

void CfnImport::samEvent(const QString &id, const QString &to, const QString &name)
{
    const QStringList base = {key("Events"), name, key("Properties")};
    const QString at = path(id, {key("Events"), name});
    auto p = [&](std::initializer_list<const char *> keys) {
        QStringList k = base;
        for (const char *x : keys)
            k.append(key(x));
        return k;
    };
    const std::optional<QString> eventType = text(id, {key("Events"), name, key("Type")}, to);
    if (!eventType) {
        m_b.warn(at, QCoreApplication::translate("TemplateImport", "an event without a Type: no wire is drawn"), to);
        return;
    }
    auto source = [&](const char *field, const QString &kind) {
        const json *ref = prop(id, p({field}));
        if (!ref) {
            m_b.warn(path(id, p({field})),
                     QCoreApplication::translate("TemplateImport", "the event names no %1: no wire is drawn")
                         .arg(key(field)),
                     to);
            return QString();
        }
        return target(*ref, path(id, p({field})), kind);
    };
    auto disabled = [&] {
        return flag(id, p({"Enabled"}), to) == false
               || text(id, p({"State"}), to).value_or(QString()).startsWith(QLatin1String("DISABLED"));
    };
    QJsonObject poll;
    if (const std::optional<double> b = prop(id, p({"BatchSize"})) ? number(id, p({"BatchSize"}), to) : std::nullopt)
        poll.insert(QStringLiteral("batchSize"), *b);

    const QString t = *eventType;
    if (t == QLatin1String("S3") || t == QLatin1String("SNS") || t == QLatin1String("Kinesis")
        || t == QLatin1String("DynamoDB") || t == QLatin1String("SQS")) {
        const char *field = t == QLatin1String("S3")    ? "Bucket"
                            : t == QLatin1String("SNS") ? "Topic"
                            : t == QLatin1String("SQS") ? "Queue"
                                                        : "Stream";
        const QString kind = t == QLatin1String("S3")        ? QStringLiteral("s3")
                             : t == QLatin1String("SNS")     ? QStringLiteral("sns")
                             : t == QLatin1String("SQS")     ? QStringLiteral("sqs")
                             : t == QLatin1String("Kinesis") ? QStringLiteral("kinesis")
                                                             : QStringLiteral("dynamodb");
        const QString from = source(field, kind);
        if (from.isEmpty())
            return;
        if (t == QLatin1String("SNS") && prop(id, p({"SqsSubscription"}))) {
            // SAM puts a queue between the topic and the function.
            const json *sub = prop(id, p({"SqsSubscription"}));
            QString queue;
            if (sub->is_object() && sub->contains("QueueArn")) {
                queue =
                    target(sub->at("QueueArn"), path(id, p({"SqsSubscription", "QueueArn"})), QStringLiteral("sqs"));
            } else if (flag(id, p({"SqsSubscription"}), to) != false) {
                queue = m_b.impliedNode(QStringLiteral("queue:") + id + QLatin1Char('/') + name,
                                        id + name + QStringLiteral("Queue"), QStringLiteral("sqs"),
                                        name + QStringLiteral(" queue"), at, {});
            }
            if (!queue.isEmpty()) {
                QJsonObject qp;
                if (const std::optional<double> b = prop(id, p({"SqsSubscription", "BatchSize"}))
                                                        ? number(id, p({"SqsSubscription", "BatchSize"}), to)
                                                        : std::nullopt)
                    qp.insert(QStringLiteral("batchSize"), *b);
                m_b.wire(from, queue, EdgeKind::Trigger, {}, at);
                m_b.wire(queue, to, EdgeKind::Trigger, qp, at);
                return;
            }
        }
        if (t == QLatin1String("SQS")) {
            if (const std::optional<double> m = prop(id, p({"ScalingConfig", "MaximumConcurrency"}))
                                                    ? number(id, p({"ScalingConfig", "MaximumConcurrency"}), to)
                                                    : std::nullopt)
                poll.insert(QStringLiteral("maxConcurrency"), *m);
        }
        if (t == QLatin1String("Kinesis") || t == QLatin1String("DynamoDB")) {
            if (const std::optional<double> f = prop(id, p({"ParallelizationFactor"}))
                                                    ? number(id, p({"ParallelizationFactor"}), to)
                                                    : std::nullopt)
                poll.insert(QStringLiteral("parallelizationFactor"), *f);
            if (const json *dest = prop(id, p({"DestinationConfig", "OnFailure", "Destination"})))
                failureRoute(to, *dest, path(id, p({"DestinationConfig", "OnFailure", "Destination"})),
                             QStringLiteral("sqs"));
        }
        if (disabled())
            m_b.warn(
                at,
                QCoreApplication::translate("TemplateImport", "the event is disabled; the wire is drawn all the same"),
                to);
        if (t == QLatin1String("S3") || t == QLatin1String("SNS"))
            poll = {};
        m_b.sourceWire(from, to, poll, at);
        return;
    }
    for (const PolledSource &s : polledSources) {
        if (t != QLatin1String(s.type))
            continue;
        QString from = source(s.field, QStringLiteral("external"));
        if (from.isEmpty())
            return;
        Node *n = m_b.node(from);
        if (n->kind == QLatin1String("external")
            && n->props.value(QStringLiteral("resourceType")).toString() == QLatin1String("outside the source"))
            m_b.setProp(from, QStringLiteral("resourceType"), key(s.resource), at);
        m_b.sourceWire(from, to, poll, at, key(s.invokes));
        return;
    }
    if (t == QLatin1String("SelfManagedKafka")) {
        const QString from = m_b.impliedNode(QStringLiteral("kafka:") + id + QLatin1Char('/') + name, id + name,
                                             QStringLiteral("external"), name, at, {});
        m_b.setProp(from, QStringLiteral("resourceType"), QStringLiteral("Self-managed Apache Kafka"), at);
        m_b.sourceWire(from, to, poll, at, QStringLiteral("stream"));
    } else if (t == QLatin1String("Api") || t == QLatin1String("HttpApi")) {
        const bool http = t == QLatin1String("HttpApi");
        const char *field = http ? "ApiId" : "RestApiId";
        QString api;
        if (prop(id, p({field}))) {
            api = source(field, QStringLiteral("apigw"));
        } else {
            // No API named: SAM makes one implicit API per template for such events.
            const QString implicit = http ? QStringLiteral("ServerlessHttpApi") : QStringLiteral("ServerlessRestApi");
            api = m_b.impliedNode(QStringLiteral("implicit:") + implicit, implicit, QStringLiteral("apigw"), implicit,
                                  at, {});
            m_b.setProp(api, QStringLiteral("apiType"), http ? QStringLiteral("http") : QStringLiteral("rest"), at);
        }
        if (!api.isEmpty())
            m_b.wire(api, to, EdgeKind::Trigger, {}, at);
    } else if (t == QLatin1String("EventBridgeRule") || t == QLatin1String("CloudWatchEvent")) {
        const QString rule = eventNode(id, name, QStringLiteral("eventbridge"), at);
        if (disabled())
            m_b.warn(
                at,
                QCoreApplication::translate("TemplateImport", "the rule is disabled; the wire is drawn all the same"),
                rule);
        m_b.wire(rule, to, EdgeKind::Trigger, {}, at);
        if (const json *bus = prop(id, p({"EventBusName"}));
            bus && text(id, p({"EventBusName"}), to) != QLatin1String("default")) {
            const QString busNode = target(*bus, path(id, p({"EventBusName"})), QStringLiteral("external"));
            if (!busNode.isEmpty() && m_b.node(busNode)->kind == QLatin1String("external"))
                m_b.wire(busNode, rule, EdgeKind::Trigger, {}, path(id, p({"EventBusName"})));
        }
    } else if (t == QLatin1String("Schedule") || t == QLatin1String("ScheduleV2")) {
        const QString rule = eventNode(id, name, QStringLiteral("eventbridge"), at);
        const char *field = t == QLatin1String("Schedule") ? "Schedule" : "ScheduleExpression";
        const std::optional<QString> expression = text(id, p({field}), rule);
        if (disabled())
            m_b.warn(at, QCoreApplication::translate("TemplateImport", "the schedule is disabled: no traffic is set"),
                     rule);
        else if (const std::optional<double> rate =
                     expression ? importmapping::scheduleRate(*expression) : std::nullopt)
            m_b.setScheduleRate(rule, *rate, path(id, p({field})));
        else
            m_b.warn(path(id, p({field})),
                     QCoreApplication::translate("TemplateImport", "the schedule %1 cannot be read: no traffic is set")
                         .arg(expression.value_or(QString())),
                     rule);
        m_b.wire(rule, to, EdgeKind::Trigger, {}, at);
    } else if (t == QLatin1String("IoTRule")) {
        m_b.wire(eventNode(id, name, QStringLiteral("iot"), at), to, EdgeKind::Trigger, {}, at);
    } else if (t == QLatin1String("AlexaSkill")) {
        m_b.wire(eventNode(id, name, QStringLiteral("alexa"), at), to, EdgeKind::Trigger, {}, at);
    } else if (t == QLatin1String("CloudWatchLogs")) {
        const json *group = prop(id, p({"LogGroupName"}));
        QString from;
        const QStringList groups = group ? refsOfType(*group, {QStringLiteral("AWS::Logs::LogGroup")}) : QStringList();
        if (!groups.isEmpty()) {
            from = m_b.promoteToExternal(path(groups.first()), groups.first(), label(groups.first()),
                                         type(groups.first()));
            m_nodeOf.insert(groups.first(), from);
        } else {
            const QString logName = group ? text(id, p({"LogGroupName"}), to).value_or(name) : name;
            from = m_b.impliedNode(QStringLiteral("logs:") + logName, logName, QStringLiteral("external"), logName, at,
                                   {});
            m_b.setProp(from, QStringLiteral("resourceType"), QStringLiteral("AWS::Logs::LogGroup"), at);
        }
        m_b.setProp(from, QStringLiteral("invokes"), QStringLiteral("async"), at);
        m_b.wire(from, to, EdgeKind::Trigger, {}, at);
    } else if (t == QLatin1String("Cognito")) {
        const QString from = source("UserPool", QStringLiteral("external"));
        if (!from.isEmpty()) {
            m_b.setProp(from, QStringLiteral("invokes"), QStringLiteral("sync"), at);
            m_b.wire(from, to, EdgeKind::Trigger, {}, at);
        }
    } else {
        m_b.warn(
            at,
            QCoreApplication::translate("TemplateImport", "the event type %1 is not known: no wire is drawn").arg(t),
            to);
    }
}

void CfnImport::writeTo(const QString &fn, const json &reference, const QString &expectedKind, const QString &at)
{
    if (fn.isEmpty())
        return;
    if (expectedKind == QLatin1String("eventbus")) {
        // PutEvents on a bus reaches the rules that read it.
        const QStringList buses = refsOfType(reference, {QStringLiteral("AWS::Events::EventBus")});
        if (!buses.isEmpty() && !nodeOf(buses.first()).isEmpty()) {
            m_b.wire(fn, nodeOf(buses.first()), EdgeKind::Write, {}, at);
            return;
        }
        const CfnResolver::Result r = m_r.resolve(reference);
        const QString bus = r.value ? CfnResolver::text(*r.value).value_or(QString()) : QString();
        if (bus == QLatin1String("default") || bus.isEmpty()) {
            bool any = false;
            for (const QString &rule : std::as_const(m_order)) {
                if (type(rule) != QLatin1String("AWS::Events::Rule") || nodeOf(rule).isEmpty()
                    || !prop(rule, {key("EventPattern")}))
                    continue;
                const std::optional<QString> ruleBus =
                    prop(rule, {key("EventBusName")}) ? text(rule, {key("EventBusName")}) : std::nullopt;
                if (!ruleBus || *ruleBus == QLatin1String("default"))
                    any = m_b.wire(fn, nodeOf(rule), EdgeKind::Write, {}, at) || any;
            }
            if (!any)
                m_b.warn(
                    at,
                    QCoreApplication::translate(
                        "TemplateImport", "puts events on the default bus, but no rule of this template reads them"),
                    fn);
            return;
        }
        const QString to = target(reference, at, QStringLiteral("external"));
        if (!to.isEmpty())
            m_b.wire(fn, to, EdgeKind::Write, {}, at);
        return;
    }
    const QString to = target(reference, at, expectedKind);
    if (to.isEmpty())
        return;
    // The permission a failure destination needs is no write of its own.
    if (m_b.hasWire(fn, to, EdgeKind::Failure))
        return;
    if (m_b.node(to)->kind == QLatin1String("lambda")) {
        m_b.warn(at,
                 QCoreApplication::translate("TemplateImport", "one function invokes another directly: the canvas "
                                                               "draws no compute-to-compute wire (put a "
                                                               "queue or a topic between them)"),
                 fn);
        return;
    }
    m_b.wire(fn, to, EdgeKind::Write, {}, at);
}

void CfnImport::samPolicies(const QString &id, const QString &fn)
{
    const json *policies = prop(id, {key("Policies")});
    if (!policies || fn.isEmpty())
        return;
    struct Template
    {
        const char *name;
        const char *param;
        const char *kind;
    };
    // The SAM policy templates that let a function put data somewhere; read-only ones draw nothing.
    static const Template writers[] = {
        {"SQSSendMessagePolicy", "QueueName", "sqs"},
        {"SNSPublishMessagePolicy", "TopicName", "sns"},
        {"SNSCrudPolicy", "TopicName", "sns"},
        {"DynamoDBCrudPolicy", "TableName", "dynamodb"},
        {"DynamoDBWritePolicy", "TableName", "dynamodb"},
        {"S3CrudPolicy", "BucketName", "s3"},
        {"S3WritePolicy", "BucketName", "s3"},
        {"S3FullAccessPolicy", "BucketName", "s3"},
        {"KinesisCrudPolicy", "StreamName", "kinesis"},
        {"EventBridgePutEventsPolicy", "EventBusName", "eventbus"},
        {"StepFunctionsExecutionPolicy", "StateMachineName", "external"},
        {"ElasticsearchHttpPostPolicy", "DomainName", "opensearch"},
        {"FirehoseWritePolicy", "DeliveryStreamName", "external"},
        {"FirehoseCrudPolicy", "DeliveryStreamName", "external"},
        {"LambdaInvokePolicy", "FunctionName", "lambda"},
    };
    const json list = policies->is_array() ? *policies : json::array({*policies});
    for (size_t i = 0; i < list.size(); ++i) {
        const json &policy = list.at(i);
        if (!policy.is_object() || policy.size() != 1)
            continue;
        for (const Template &w : writers) {
            if (policy.begin().key() != w.name)
                continue;
            const json &params = policy.begin().value();
            const QString at = path(id, {key("Policies"), QString::number(i), key(w.name), key(w.param)});
            if (!params.is_object() || !params.contains(w.param)) {
                m_b.warn(
                    at,
                    QCoreApplication::translate("TemplateImport", "the policy template names no %1: no wire is drawn")
                        .arg(key(w.param)),
                    fn);
                continue;
            }
            writeTo(fn, params.at(w.param), key(w.kind), at);
        }
    }
}

void CfnImport::samConnector(const QString &id)
{
    const QString at = path(id);
    const json *permissions = prop(id, {key("Permissions")});
    const bool write = permissions && permissions->dump().find("Write") != std::string::npos;
    const json *source = prop(id, {key("Source")});
    const json *destination = prop(id, {key("Destination")});
    if (!write || !source || !destination) {
        m_b.ignored(at, type(id), QCoreApplication::translate("TemplateImport", "a read permission"));
        return;
    }
    QString from;
    for (const QString &ref : m_r.refs(*source))
        from = from.isEmpty() ? nodeOf(ref) : from;
    if (source->is_object() && source->contains("Id") && source->at("Id").is_string())
        from = nodeOf(qs(source->at("Id").get<std::string>()));
    const json destinations = destination->is_array() ? *destination : json::array({*destination});
    for (size_t i = 0; i < destinations.size(); ++i) {
        const json &d = destinations.at(i);
        QString to;
        if (d.is_object() && d.contains("Id") && d.at("Id").is_string())
            to = nodeOf(qs(d.at("Id").get<std::string>()));
        else
            to = target(d, at + QStringLiteral(".Properties.Destination"), QString());
        if (!from.isEmpty() && !to.isEmpty())
            m_b.wire(from, to, EdgeKind::Write, {}, at);
    }
    m_b.folded(at, type(id), from, QCoreApplication::translate("TemplateImport", "a write wire"));
}

} // namespace archscope
