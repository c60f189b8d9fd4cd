// Pass 2 of a CloudFormation import: the resources and properties that say who triggers whom.
#include "cloudformationimport_p.h"
#include "sourcetree.h"

#include "importmapping.h"

#include "catalog/catalog.h"

#include <QCoreApplication>

namespace archscope {

using json = nlohmann::ordered_json;
using sourcetree::key;
using sourcetree::qs;

void CfnImport::failureRoute(const QString &fn, const json &destination, const QString &at, const QString &expectedKind)
{
    if (fn.isEmpty())
        return;
    const QString dest = target(destination, at, expectedKind);
    if (!dest.isEmpty())
        m_b.wire(fn, dest, EdgeKind::Failure, {}, at);
}

void CfnImport::eventInvokeConfig(const QString &fn, const json &config, const QString &at)
{
    if (!config.is_object() || fn.isEmpty())
        return;
    if (config.contains("MaximumRetryAttempts")) {
        const CfnResolver::Result r = m_r.resolve(config.at("MaximumRetryAttempts"));
        if (const std::optional<double> n = r.value ? CfnResolver::number(*r.value) : std::nullopt)
            m_b.setProp(fn, QStringLiteral("retries"), *n, at + QStringLiteral(".MaximumRetryAttempts"));
    }
    const auto destinations = config.find("DestinationConfig");
    if (destinations == config.end() || !destinations->is_object())
        return;
    const QString dAt = at + QStringLiteral(".DestinationConfig");
    if (const auto onFailure = destinations->find("OnFailure");
        onFailure != destinations->end() && onFailure->contains("Destination"))
        failureRoute(fn, onFailure->at("Destination"), dAt + QStringLiteral(".OnFailure.Destination"),
                     QStringLiteral("sqs"));
    if (const auto onSuccess = destinations->find("OnSuccess");
        onSuccess != destinations->end() && onSuccess->contains("Destination"))
        writeTo(fn, onSuccess->at("Destination"), QStringLiteral("sqs"),
                dAt + QStringLiteral(".OnSuccess.Destination"));
}

void CfnImport::eventSourceMapping(const QString &id)
{
    const QString at = path(id);
    const json *fnRef = prop(id, {key("FunctionName")});
    const QString fn = fnRef ? target(*fnRef, path(id, {key("FunctionName")}), QStringLiteral("lambda")) : QString();
    if (fn.isEmpty()) {
        m_b.ignored(at, type(id),
                    QCoreApplication::translate("TemplateImport", "its function is not a node of this import"));
        return;
    }
    QString source, invokes;
    if (const json *arn = prop(id, {key("EventSourceArn")})) {
        source = target(*arn, path(id, {key("EventSourceArn")}), QStringLiteral("sqs"));
    } else if (prop(id, {key("SelfManagedEventSource")})) {
        source =
            m_b.impliedNode(QStringLiteral("kafka:") + id, id + QStringLiteral("Kafka"), QStringLiteral("external"),
                            QCoreApplication::translate("TemplateImport", "Self-managed Kafka"), at, {});
        m_b.setProp(source, QStringLiteral("resourceType"), QStringLiteral("Self-managed Apache Kafka"), at);
        invokes = QStringLiteral("stream");
    }
    if (source.isEmpty()) {
        m_b.folded(
            at, type(id), fn,
            QCoreApplication::translate("TemplateImport", "its event source is not in this import; no wire is drawn"));
        return;
    }
    if (m_b.node(source)->kind == QLatin1String("external") && invokes.isEmpty()) {
        // Kafka and document streams are polled in order; MQ brokers in batches like a queue.
        const QString t = m_b.node(source)->props.value(QStringLiteral("resourceType")).toString();
        invokes = t.contains(QLatin1String("MQ")) ? QStringLiteral("queue") : QStringLiteral("stream");
    }
    QJsonObject props;
    if (const std::optional<double> b = number(id, {key("BatchSize")}, fn))
        props.insert(QStringLiteral("batchSize"), *b);
    if (const std::optional<double> p = number(id, {key("ParallelizationFactor")}, fn))
        props.insert(QStringLiteral("parallelizationFactor"), *p);
    if (const std::optional<double> m = number(id, {key("ScalingConfig"), key("MaximumConcurrency")}, fn))
        props.insert(QStringLiteral("maxConcurrency"), *m);
    if (flag(id, {key("Enabled")}, fn) == false)
        m_b.warn(
            path(id, {key("Enabled")}),
            QCoreApplication::translate("TemplateImport", "the mapping is disabled; the wire is drawn all the same"),
            fn);
    m_b.sourceWire(source, fn, props, at, invokes);
    if (const json *dest = prop(id, {key("DestinationConfig"), key("OnFailure"), key("Destination")}))
        failureRoute(fn, *dest, path(id, {key("DestinationConfig"), key("OnFailure"), key("Destination")}),
                     QStringLiteral("sqs"));
    m_b.folded(at, type(id), fn, QCoreApplication::translate("TemplateImport", "the trigger wire into this function"));
}

void CfnImport::s3Notifications(const QString &id)
{
    const QString bucket = nodeOf(id);
    const json *config = prop(id, {key("NotificationConfiguration")});
    if (!config || !config->is_object() || bucket.isEmpty())
        return;
    struct Kind
    {
        const char *list;
        const char *field;
        const char *kind;
    };
    static const Kind lists[] = {{"LambdaConfigurations", "Function", "lambda"},
                                 {"QueueConfigurations", "Queue", "sqs"},
                                 {"TopicConfigurations", "Topic", "sns"}};
    for (const Kind &k : lists) {
        const json *entries = prop(id, {key("NotificationConfiguration"), key(k.list)});
        if (!entries || !entries->is_array())
            continue;
        for (size_t i = 0; i < entries->size(); ++i) {
            const QStringList keys = {key("NotificationConfiguration"), key(k.list), QString::number(i), key(k.field)};
            const json *ref = prop(id, keys);
            if (!ref)
                continue;
            const QString to = target(*ref, path(id, keys), key(k.kind));
            if (!to.isEmpty())
                m_b.wire(bucket, to, EdgeKind::Trigger, {}, path(id, keys));
        }
    }
    if (flag(id, {key("NotificationConfiguration"), key("EventBridgeConfiguration"), key("EventBridgeEnabled")}, bucket)
        == true) {
        bool any = false;
        for (const QString &rule : std::as_const(m_order)) {
            if (type(rule) != QLatin1String("AWS::Events::Rule") || nodeOf(rule).isEmpty())
                continue;
            const json *pattern = prop(rule, {key("EventPattern"), key("source")});
            if (pattern && pattern->dump().find("aws.s3") != std::string::npos)
                any =
                    m_b.wire(bucket, nodeOf(rule), EdgeKind::Trigger, {}, path(id, {key("NotificationConfiguration")}))
                    || any;
        }
        if (!any)
            m_b.warn(path(id, {key("NotificationConfiguration"), key("EventBridgeConfiguration")}),
                     QCoreApplication::translate("TemplateImport", "the bucket sends its events to EventBridge, but "
                                                                   "no rule of this template matches them"),
                     bucket);
    }
}

void CfnImport::snsSubscription(const QString &topicNode, const json &protocol, const json &endpoint, const QString &at)
{
    if (topicNode.isEmpty())
        return;
    const CfnResolver::Result p = m_r.resolve(protocol);
    const QString proto = p.value ? CfnResolver::text(*p.value).value_or(QString()).toLower() : QString();
    QString expected;
    if (proto == QLatin1String("lambda"))
        expected = QStringLiteral("lambda");
    else if (proto == QLatin1String("sqs"))
        expected = QStringLiteral("sqs");
    else if (proto == QLatin1String("http") || proto == QLatin1String("https") || proto == QLatin1String("firehose"))
        expected = QStringLiteral("external");
    if (expected.isEmpty()) {
        m_b.warn(at,
                 proto.isEmpty() ? QCoreApplication::translate(
                     "TemplateImport", "the subscription's protocol is not resolved: no wire is drawn")
                                 : QCoreApplication::translate("TemplateImport",
                                                               "a %1 subscription reaches people or devices, not a "
                                                               "resource: no wire is drawn")
                                       .arg(proto),
                 topicNode);
        return;
    }
    const QString to = target(endpoint, at + QStringLiteral(".Endpoint"), expected);
    if (!to.isEmpty())
        m_b.wire(topicNode, to, EdgeKind::Trigger, {}, at);
}

void CfnImport::ruleTargets(const QString &id)
{
    const QString rule = nodeOf(id);
    if (rule.isEmpty())
        return;
    const bool scheduler = type(id) == QLatin1String("AWS::Scheduler::Schedule");
    const json *targets = prop(id, {scheduler ? key("Target") : key("Targets")});
    if (!targets)
        return;
    const json list = scheduler ? json::array({*targets}) : (targets->is_array() ? *targets : json::array());
    for (size_t i = 0; i < list.size(); ++i) {
        const json &t = list.at(i);
        const QString at = scheduler ? path(id, {key("Target")}) : path(id, {key("Targets"), QString::number(i)});
        if (!t.is_object() || !t.contains("Arn"))
            continue;
        QString to;
        if (t.contains("EcsParameters")) {
            // ECS RunTask: the services running that task definition, if any.
            const QStringList defs = m_r.refs(t.at("EcsParameters"));
            for (const QString &service : std::as_const(m_order))
                if (type(service) == QLatin1String("AWS::ECS::Service") && !nodeOf(service).isEmpty()) {
                    const json *def = prop(service, {key("TaskDefinition")});
                    for (const QString &d : def ? m_r.refs(*def) : QStringList())
                        if (defs.contains(d))
                            to = nodeOf(service);
                }
            if (to.isEmpty()) {
                to = m_b.impliedNode(QStringLiteral("runtask:") + at, id + QStringLiteral("Task"),
                                     QStringLiteral("external"),
                                     QCoreApplication::translate("TemplateImport", "%1 task").arg(id), at, {});
                m_b.setProp(to, QStringLiteral("resourceType"), QStringLiteral("ECS RunTask"), at);
            }
            for (const QString &folded : defs + m_r.refs(t.at("Arn")))
                m_b.folded(path(folded), type(folded), to,
                           QCoreApplication::translate("TemplateImport", "the task this rule runs"));
        } else {
            to = target(t.at("Arn"), at + QStringLiteral(".Arn"), QString());
        }
        if (!to.isEmpty())
            m_b.wire(rule, to, EdgeKind::Trigger, {}, at);
    }
    if (const json *bus = prop(id, {key("EventBusName")});
        bus && text(id, {key("EventBusName")}) != QLatin1String("default")) {
        const QString busNode = target(*bus, path(id, {key("EventBusName")}), QStringLiteral("external"));
        if (!busNode.isEmpty() && m_b.node(busNode)->kind == QLatin1String("external"))
            m_b.wire(busNode, rule, EdgeKind::Trigger, {}, path(id, {key("EventBusName")}));
    }
}

void CfnImport::apiIntegration(const QString &apiNode, const json &integration, const QString &at)
{
    if (apiNode.isEmpty())
        return;
    QStringList targets;
    for (const QString &ref : m_r.refs(integration)) {
        const QString t = type(ref);
        if (t.startsWith(QLatin1String("AWS::IAM::")) || t == QLatin1String("AWS::ApiGateway::RestApi")
            || t == QLatin1String("AWS::ApiGatewayV2::Api") || t == QLatin1String("AWS::ApiGateway::Resource"))
            continue;
        if (m_behind.contains(ref)) {
            // A load balancer, a listener, a target group or a VPC link: the compute behind it
            // (API Gateway reaches it through a VPC link; a wire to the balancer itself would be
            // refused).
            targets += m_behind.value(ref);
        } else if (!nodeOf(ref).isEmpty()) {
            targets.append(nodeOf(ref));
        }
    }
    if (targets.isEmpty()) {
        // No resource of this template: a function or endpoint named outright.
        const auto uri = integration.is_object()
                             ? integration.find(integration.contains("IntegrationUri") ? "IntegrationUri" : "Uri")
                             : integration.end();
        if (uri != integration.end()) {
            const CfnResolver::Result r = m_r.resolve(*uri);
            const QString text = r.value ? CfnResolver::text(*r.value).value_or(QString()) : QString();
            const qsizetype fn = text.indexOf(QLatin1String("arn:aws:lambda:"));
            if (fn >= 0)
                targets.append(
                    m_b.outsideNode(text.mid(fn).section(QLatin1Char('/'), 0, 0), QStringLiteral("lambda"), at));
            else if (text.startsWith(QLatin1String("http")))
                targets.append(m_b.outsideNode(text, QStringLiteral("external"), at));
        }
    }
    for (const QString &to : std::as_const(targets))
        m_b.wire(apiNode, to, EdgeKind::Trigger, {}, at);
}

void CfnImport::apiDefinition(const QString &id, const QString &apiNode)
{
    // OpenAPI bodies carry their integrations as x-amazon-apigateway-integration objects.
    for (const char *body : {"DefinitionBody", "Body"}) {
        const json *definition = prop(id, {key(body)});
        if (!definition)
            continue;
        std::vector<std::pair<const json *, QString>> stack = {{definition, path(id, {key(body)})}};
        while (!stack.empty()) {
            const auto [node, at] = stack.back();
            stack.pop_back();
            if (node->is_object()) {
                for (auto it = node->begin(); it != node->end(); ++it) {
                    const QString childAt = at + QLatin1Char('.') + qs(it.key());
                    if (it.key() == "x-amazon-apigateway-integration")
                        apiIntegration(apiNode, it.value(), childAt);
                    else
                        stack.push_back({&it.value(), childAt});
                }
            } else if (node->is_array()) {
                for (size_t i = 0; i < node->size(); ++i)
                    stack.push_back({&node->at(i), at + QLatin1Char('.') + QString::number(i)});
            }
        }
    }
}

void CfnImport::queueRedrive(const QString &id)
{
    const QString queue = nodeOf(id);
    const json *dlq = prop(id, {key("RedrivePolicy"), key("deadLetterTargetArn")});
    if (queue.isEmpty() || !dlq)
        return;
    const QString at = path(id, {key("RedrivePolicy")});
    const QString dead = target(*dlq, at + QStringLiteral(".deadLetterTargetArn"), QStringLiteral("sqs"));
    if (dead.isEmpty())
        return;
    m_b.redrive(queue, dead, at);
}

void CfnImport::iotActions(const QString &id)
{
    const QString rule = nodeOf(id);
    const json *actions = prop(id, {key("TopicRulePayload"), key("Actions")});
    if (rule.isEmpty())
        return;
    if (flag(id, {key("TopicRulePayload"), key("RuleDisabled")}, rule) == true)
        m_b.warn(path(id, {key("TopicRulePayload"), key("RuleDisabled")}),
                 QCoreApplication::translate("TemplateImport", "the rule is disabled"), rule);
    if (!actions || !actions->is_array())
        return;
    struct Action
    {
        const char *name;
        const char *field;
        const char *kind;
    };
    static const Action known[] = {{"Lambda", "FunctionArn", "lambda"},
                                   {"Sqs", "QueueUrl", "sqs"},
                                   {"Sns", "TargetArn", "sns"},
                                   {"Kinesis", "StreamName", "kinesis"},
                                   {"DynamoDB", "TableName", "dynamodb"},
                                   {"DynamoDBv2", "PutItem", "dynamodb"},
                                   {"S3", "BucketName", "s3"},
                                   {"OpenSearch", "Endpoint", "opensearch"},
                                   {"Elasticsearch", "Endpoint", "opensearch"},
                                   {"Firehose", "DeliveryStreamName", "external"},
                                   {"StepFunctions", "StateMachineName", "external"}};
    for (size_t i = 0; i < actions->size(); ++i) {
        const json &action = actions->at(i);
        if (!action.is_object())
            continue;
        for (auto it = action.begin(); it != action.end(); ++it) {
            const QString at = path(id, {key("TopicRulePayload"), key("Actions"), QString::number(i), qs(it.key())});
            QString expected = QStringLiteral("external");
            const json *field = &it.value();
            for (const Action &a : known)
                if (it.key() == a.name) {
                    expected = key(a.kind);
                    if (it.value().is_object() && it.value().contains(a.field))
                        field = &it.value().at(a.field);
                }
            if (it.key() == "DynamoDBv2" && field->is_object() && field->contains("TableName"))
                field = &field->at("TableName");
            const QString to = target(*field, at, expected);
            if (!to.isEmpty())
                m_b.wire(rule, to, EdgeKind::Trigger, {}, at);
        }
    }
}

void CfnImport::wires(const QString &id)
{
    const QString t = type(id);
    const QString node = nodeOf(id);
    const QString at = path(id);
    if (t == QLatin1String("AWS::Serverless::Function")) {
        samEvents(id, node);
        if (const json *dlq = prop(id, {key("DeadLetterQueue"), key("TargetArn")})) {
            const QString kind = text(id, {key("DeadLetterQueue"), key("Type")}, node) == QLatin1String("SNS")
                                     ? QStringLiteral("sns")
                                     : QStringLiteral("sqs");
            failureRoute(node, *dlq, path(id, {key("DeadLetterQueue"), key("TargetArn")}), kind);
        }
        if (const json *config = prop(id, {key("EventInvokeConfig")}))
            eventInvokeConfig(node, *config, path(id, {key("EventInvokeConfig")}));
        samPolicies(id, node);
        if (prop(id, {key("FunctionUrlConfig")})) {
            const QString url =
                m_b.impliedNode(QStringLiteral("url:") + id, id + QStringLiteral("Url"), QStringLiteral("external"),
                                QCoreApplication::translate("TemplateImport", "%1 URL").arg(label(id)),
                                path(id, {key("FunctionUrlConfig")}), {});
            m_b.setProp(url, QStringLiteral("resourceType"), QStringLiteral("AWS::Lambda::Url"), at);
            m_b.setProp(url, QStringLiteral("invokes"), QStringLiteral("sync"), at);
            m_b.wire(url, node, EdgeKind::Trigger, {}, path(id, {key("FunctionUrlConfig")}));
        }
    } else if (t == QLatin1String("AWS::Lambda::Function")) {
        if (const json *dlq = prop(id, {key("DeadLetterConfig"), key("TargetArn")}))
            failureRoute(node, *dlq, path(id, {key("DeadLetterConfig"), key("TargetArn")}), QStringLiteral("sqs"));
    } else if (t == QLatin1String("AWS::Serverless::StateMachine")) {
        samEvents(id, node);
    } else if (t == QLatin1String("AWS::Lambda::EventSourceMapping")) {
        eventSourceMapping(id);
    } else if (t == QLatin1String("AWS::Lambda::EventInvokeConfig")) {
        const json *fnRef = prop(id, {key("FunctionName")});
        const QString fn =
            fnRef ? target(*fnRef, path(id, {key("FunctionName")}), QStringLiteral("lambda")) : QString();
        if (!fn.isEmpty()) {
            eventInvokeConfig(fn, m_props.value(id), at + QStringLiteral(".Properties"));
            m_b.folded(at, t, fn,
                       QCoreApplication::translate("TemplateImport", "retries and destinations of this function"));
        }
    } else if (t == QLatin1String("AWS::Lambda::Url")) {
        if (const json *fnRef = prop(id, {key("TargetFunctionArn")})) {
            const QString fn = target(*fnRef, path(id, {key("TargetFunctionArn")}), QStringLiteral("lambda"));
            if (!fn.isEmpty())
                m_b.wire(node, fn, EdgeKind::Trigger, {}, path(id, {key("TargetFunctionArn")}));
        }
    } else if (t == QLatin1String("AWS::Lambda::Permission")) {
        const QString principal = text(id, {key("Principal")}).value_or(QString());
        const json *fnRef = prop(id, {key("FunctionName")});
        if (principal.startsWith(QLatin1String("alexa-")) && fnRef) {
            const QString fn = target(*fnRef, path(id, {key("FunctionName")}), QStringLiteral("lambda"));
            QString skill;
            for (const QString &s : std::as_const(m_order))
                if (type(s) == QLatin1String("Alexa::ASK::Skill") && !nodeOf(s).isEmpty())
                    skill = nodeOf(s);
            if (skill.isEmpty())
                skill = m_b.impliedNode(QStringLiteral("alexa:") + id, id + QStringLiteral("Skill"),
                                        QStringLiteral("alexa"),
                                        QCoreApplication::translate("TemplateImport", "Alexa skill"), at, {});
            if (!fn.isEmpty() && m_b.wire(skill, fn, EdgeKind::Trigger, {}, at))
                m_b.folded(at, t, fn, QCoreApplication::translate("TemplateImport", "the Alexa skill's trigger wire"));
        }
    } else if (t == QLatin1String("AWS::S3::Bucket")) {
        s3Notifications(id);
    } else if (t == QLatin1String("AWS::SNS::Topic")) {
        if (const json *subs = prop(id, {key("Subscription")}); subs && subs->is_array())
            for (size_t i = 0; i < subs->size(); ++i)
                if (subs->at(i).is_object())
                    snsSubscription(node, subs->at(i).value("Protocol", json()), subs->at(i).value("Endpoint", json()),
                                    path(id, {key("Subscription"), QString::number(i)}));
    } else if (t == QLatin1String("AWS::SNS::Subscription")) {
        const json *topicRef = prop(id, {key("TopicArn")});
        const QString topic =
            topicRef ? target(*topicRef, path(id, {key("TopicArn")}), QStringLiteral("sns")) : QString();
        if (!topic.isEmpty()) {
            snsSubscription(topic, m_props.value(id).value("Protocol", json()),
                            m_props.value(id).value("Endpoint", json()), at + QStringLiteral(".Properties"));
            m_b.folded(at, t, topic, QCoreApplication::translate("TemplateImport", "a wire from this topic"));
        }
    } else if (t == QLatin1String("AWS::Events::Rule") || t == QLatin1String("AWS::Scheduler::Schedule")) {
        ruleTargets(id);
    } else if (t == QLatin1String("AWS::ApiGateway::Method")) {
        const json *api = prop(id, {key("RestApiId")});
        const QString apiNode = api ? target(*api, path(id, {key("RestApiId")}), QStringLiteral("apigw")) : QString();
        if (const json *integration = prop(id, {key("Integration")}); integration && !apiNode.isEmpty()) {
            apiIntegration(apiNode, *integration, path(id, {key("Integration")}));
            m_b.folded(at, t, apiNode, QCoreApplication::translate("TemplateImport", "a wire from this API"));
        }
    } else if (t == QLatin1String("AWS::ApiGatewayV2::Integration")) {
        const json *api = prop(id, {key("ApiId")});
        const QString apiNode = api ? target(*api, path(id, {key("ApiId")}), QStringLiteral("apigw")) : QString();
        if (!apiNode.isEmpty()) {
            apiIntegration(apiNode, m_props.value(id), at + QStringLiteral(".Properties"));
            m_b.folded(at, t, apiNode, QCoreApplication::translate("TemplateImport", "a wire from this API"));
        }
    } else if (t == QLatin1String("AWS::ApiGatewayV2::Api") || t == QLatin1String("AWS::ApiGateway::RestApi")
               || t == QLatin1String("AWS::Serverless::Api") || t == QLatin1String("AWS::Serverless::HttpApi")) {
        if (const json *quick = prop(id, {key("Target")}); quick && !node.isEmpty()) {
            const QString fn = target(*quick, path(id, {key("Target")}), QStringLiteral("lambda"));
            if (!fn.isEmpty())
                m_b.wire(node, fn, EdgeKind::Trigger, {}, path(id, {key("Target")}));
        }
        if (!node.isEmpty())
            apiDefinition(id, node);
    } else if (t == QLatin1String("AWS::DynamoDB::Table")) {
        if (const json *stream = prop(id, {key("KinesisStreamSpecification"), key("StreamArn")})) {
            const QString to =
                target(*stream, path(id, {key("KinesisStreamSpecification")}), QStringLiteral("kinesis"));
            if (!to.isEmpty())
                m_b.wire(node, to, EdgeKind::Trigger, {}, path(id, {key("KinesisStreamSpecification")}));
        }
    } else if (t == QLatin1String("AWS::IoT::TopicRule")) {
        iotActions(id);
    } else if (t == QLatin1String("AWS::Config::ConfigRule")) {
        if (text(id, {key("Source"), key("Owner")}) == QLatin1String("CUSTOM_LAMBDA")) {
            if (const json *fnRef = prop(id, {key("Source"), key("SourceIdentifier")})) {
                const QString fn =
                    target(*fnRef, path(id, {key("Source"), key("SourceIdentifier")}), QStringLiteral("lambda"));
                if (!fn.isEmpty())
                    m_b.wire(node, fn, EdgeKind::Trigger, {}, path(id, {key("Source")}));
            }
        }
    } else if (t == QLatin1String("AWS::Logs::SubscriptionFilter")) {
        const json *group = prop(id, {key("LogGroupName")});
        const json *dest = prop(id, {key("DestinationArn")});
        if (!group || !dest)
            return;
        QString source;
        const QStringList groups = refsOfType(*group, {QStringLiteral("AWS::Logs::LogGroup")});
        if (!groups.isEmpty()) {
            source = m_b.promoteToExternal(path(groups.first()), groups.first(), label(groups.first()),
                                           type(groups.first()));
            m_nodeOf.insert(groups.first(), source);
        } else if (const std::optional<QString> name = text(id, {key("LogGroupName")})) {
            source = m_b.impliedNode(QStringLiteral("logs:") + *name, *name, QStringLiteral("external"), *name, at, {});
            m_b.setProp(source, QStringLiteral("resourceType"), QStringLiteral("AWS::Logs::LogGroup"), at);
        }
        const QString to = target(*dest, path(id, {key("DestinationArn")}), QStringLiteral("lambda"));
        if (source.isEmpty() || to.isEmpty())
            return;
        m_b.setProp(source, QStringLiteral("invokes"), QStringLiteral("async"), at);
        if (m_b.wire(source, to, EdgeKind::Trigger, {}, at))
            m_b.folded(at, t, to, QCoreApplication::translate("TemplateImport", "the log group's trigger wire"));
    } else if (t == QLatin1String("AWS::Serverless::Connector")) {
        samConnector(id);
    } else if (t == QLatin1String("Alexa::ASK::Skill")) {
        for (const QString &fn : refsOfType(m_props.value(id), {QStringLiteral("AWS::Lambda::Function"),
                                                                QStringLiteral("AWS::Serverless::Function")}))
            m_b.wire(node, nodeOf(fn), EdgeKind::Trigger, {}, path(id, {key("SkillPackage")}));
    }
}

} // namespace archscope
