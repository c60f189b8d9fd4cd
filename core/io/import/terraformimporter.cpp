#include "terraformimporter.h"
#include "terraformimport_p.h"

#include "importlimits.h"
#include "importmapping.h"

#include "catalog/catalog.h"

#include <QCoreApplication>
#include <QHash>

namespace archscope {

using tfimport::json;
using sourcetree::qs;

namespace {

// Resource types with a kind of their own.
const QHash<QString, QString> &kinds()
{
    static const QHash<QString, QString> map = {
        {"aws_lambda_function", "lambda"},
        {"aws_sqs_queue", "sqs"},
        {"aws_sns_topic", "sns"},
        {"aws_kinesis_stream", "kinesis"},
        {"aws_dynamodb_table", "dynamodb"},
        {"aws_s3_bucket", "s3"},
        {"aws_opensearch_domain", "opensearch"},
        {"aws_elasticsearch_domain", "opensearch"},
        {"aws_api_gateway_rest_api", "apigw"},
        {"aws_apigatewayv2_api", "apigw"},
        {"aws_cloudwatch_event_rule", "eventbridge"},
        {"aws_scheduler_schedule", "eventbridge"},
        {"aws_iot_topic_rule", "iot"},
        {"aws_config_config_rule", "config"},
        {"aws_lb", "alb"},
        {"aws_alb", "alb"},
        {"aws_ecs_service", "fargate"},
        {"aws_autoscaling_group", "ec2"},
        {"aws_instance", "ec2"},
        {"aws_eks_cluster", "eks"},
    };
    return map;
}

const QHash<QString, QString> &externalInvokes()
{
    static const QHash<QString, QString> map = {
        {"aws_sfn_state_machine", "async"},       {"aws_msk_cluster", "stream"},
        {"aws_msk_serverless_cluster", "stream"}, {"aws_mq_broker", "queue"},
        {"aws_docdb_cluster", "stream"},          {"aws_lambda_function_url", "sync"},
        {"aws_cognito_user_pool", "sync"},        {"aws_cloudwatch_event_bus", "async"},
        {"aws_appsync_graphql_api", "sync"},
    };
    return map;
}

// Resource types that become wires or settings of other nodes.
const QStringList &foldingTypes()
{
    static const QStringList types = {"aws_lambda_event_source_mapping",
                                      "aws_lambda_function_event_invoke_config",
                                      "aws_lambda_provisioned_concurrency_config",
                                      "aws_lambda_permission",
                                      "aws_s3_bucket_notification",
                                      "aws_sns_topic_subscription",
                                      "aws_cloudwatch_event_target",
                                      "aws_api_gateway_integration",
                                      "aws_apigatewayv2_integration",
                                      "aws_lb_listener",
                                      "aws_alb_listener",
                                      "aws_lb_listener_rule",
                                      "aws_lb_target_group",
                                      "aws_alb_target_group",
                                      "aws_lb_target_group_attachment",
                                      "aws_ecs_task_definition",
                                      "aws_ecs_cluster",
                                      "aws_ecs_capacity_provider",
                                      "aws_ecs_cluster_capacity_providers",
                                      "aws_appautoscaling_target",
                                      "aws_appautoscaling_policy",
                                      "aws_autoscaling_policy",
                                      "aws_launch_template",
                                      "aws_launch_configuration",
                                      "aws_eks_node_group",
                                      "aws_eks_fargate_profile",
                                      "aws_cloudwatch_log_subscription_filter",
                                      "aws_sqs_queue_redrive_policy",
                                      "aws_dynamodb_kinesis_streaming_destination",
                                      "aws_lambda_alias"};
    return types;
}

QString ignoreReason(const QString &type)
{
    struct Rule
    {
        const char *prefix;
        const char *reason;
    };
    static const Rule rules[] = {
        {"aws_iam_", QT_TRANSLATE_NOOP("TemplateImport", "IAM: who may do what, not a part of the flow")},
        {"aws_lambda_permission", QT_TRANSLATE_NOOP("TemplateImport", "a permission")},
        {"aws_sqs_queue_policy", QT_TRANSLATE_NOOP("TemplateImport", "a resource policy")},
        {"aws_sns_topic_policy", QT_TRANSLATE_NOOP("TemplateImport", "a resource policy")},
        {"aws_s3_bucket_policy", QT_TRANSLATE_NOOP("TemplateImport", "a resource policy")},
        {"aws_s3_bucket_", QT_TRANSLATE_NOOP("TemplateImport", "a setting of a bucket")},
        {"aws_vpc", QT_TRANSLATE_NOOP("TemplateImport", "networking")},
        {"aws_subnet", QT_TRANSLATE_NOOP("TemplateImport", "networking")},
        {"aws_security_group", QT_TRANSLATE_NOOP("TemplateImport", "networking")},
        {"aws_route", QT_TRANSLATE_NOOP("TemplateImport", "networking")},
        {"aws_internet_gateway", QT_TRANSLATE_NOOP("TemplateImport", "networking")},
        {"aws_nat_gateway", QT_TRANSLATE_NOOP("TemplateImport", "networking")},
        {"aws_eip", QT_TRANSLATE_NOOP("TemplateImport", "networking")},
        {"aws_network_", QT_TRANSLATE_NOOP("TemplateImport", "networking")},
        {"aws_service_discovery_", QT_TRANSLATE_NOOP("TemplateImport", "networking")},
        {"aws_acm_", QT_TRANSLATE_NOOP("TemplateImport", "certificates")},
        {"aws_cloudwatch_log_", QT_TRANSLATE_NOOP("TemplateImport", "logging")},
        {"aws_cloudwatch_metric_alarm", QT_TRANSLATE_NOOP("TemplateImport", "monitoring")},
        {"aws_cloudwatch_dashboard", QT_TRANSLATE_NOOP("TemplateImport", "monitoring")},
        {"aws_kms_", QT_TRANSLATE_NOOP("TemplateImport", "encryption keys")},
        {"aws_ssm_", QT_TRANSLATE_NOOP("TemplateImport", "configuration and secrets")},
        {"aws_secretsmanager_", QT_TRANSLATE_NOOP("TemplateImport", "configuration and secrets")},
        {"aws_ecr_", QT_TRANSLATE_NOOP("TemplateImport", "container images")},
        {"aws_lambda_layer_version", QT_TRANSLATE_NOOP("TemplateImport", "deployment plumbing")},
        {"aws_api_gateway_", QT_TRANSLATE_NOOP("TemplateImport", "API settings")},
        {"aws_apigatewayv2_", QT_TRANSLATE_NOOP("TemplateImport", "API settings")},
    };
    for (const Rule &r : rules)
        if (type.startsWith(QLatin1String(r.prefix)))
            return QCoreApplication::translate("TemplateImport", r.reason);
    if (!type.startsWith(QLatin1String("aws_")))
        return QCoreApplication::translate("TemplateImport", "not an AWS resource");
    return {};
}

} // namespace

namespace tfimport {

void TfImport::collect(const json &module, int depth)
{
    if (depth > importlimits::maxDepth || !module.is_object())
        return;
    if (const auto resources = module.find("resources"); resources != module.end() && resources->is_array()) {
        for (const json &r : *resources) {
            if (!r.is_object() || !r.contains("address") || !r.at("address").is_string())
                continue;
            if (m_resources.size() >= size_t(importlimits::maxResources))
                throw ImportFailure{QString(), QCoreApplication::translate("TemplateImport", "more than %1 resources")
                                                   .arg(importlimits::maxResources)};
            Resource res;
            res.address = qs(r.at("address").get<std::string>());
            res.type = r.contains("type") && r.at("type").is_string() ? qs(r.at("type").get<std::string>()) : QString();
            res.name = r.contains("name") && r.at("name").is_string() ? qs(r.at("name").get<std::string>()) : QString();
            if (r.contains("index"))
                res.index = r.at("index").is_string() ? qs(r.at("index").get<std::string>()) : qs(r.at("index").dump());
            const qsizetype bracket = res.address.indexOf(QLatin1Char('['), res.address.lastIndexOf(QLatin1Char('.')));
            res.base = bracket < 0 ? res.address : res.address.left(bracket);
            // base = module prefix + type + "." + name
            const QString own = res.type + QLatin1Char('.') + res.name;
            res.module = res.base.endsWith(own) ? res.base.chopped(own.size()) : QString();
            if (r.contains("mode") && r.at("mode") == "data") {
                m_b.ignored(res.address, res.type,
                            QCoreApplication::translate("TemplateImport", "a data source: read, not managed here"));
                continue;
            }
            res.values = r.contains("values") && r.at("values").is_object() ? &r.at("values") : nullptr;
            m_byBase[res.base].append(int(m_resources.size()));
            m_resources.push_back(res);
        }
    }
    if (const auto children = module.find("child_modules"); children != module.end() && children->is_array())
        for (const json &child : *children)
            collect(child, depth + 1);
}

void TfImport::indexConfiguration(const json &module, const QString &prefix, int depth)
{
    if (depth > importlimits::maxDepth || !module.is_object())
        return;
    if (const auto resources = module.find("resources"); resources != module.end() && resources->is_array())
        for (const json &r : *resources)
            if (r.is_object() && r.contains("address") && r.at("address").is_string() && r.contains("expressions"))
                m_config.insert(prefix + qs(r.at("address").get<std::string>()), &r.at("expressions"));
    const auto calls = module.find("module_calls");
    if (calls == module.end() || !calls->is_object())
        return;
    for (auto it = calls->begin(); it != calls->end(); ++it) {
        const QString childPrefix = prefix + QStringLiteral("module.") + qs(it.key()) + QLatin1Char('.');
        const json &call = it.value();
        if (!call.is_object())
            continue;
        if (const auto inputs = call.find("expressions"); inputs != call.end() && inputs->is_object())
            for (auto in = inputs->begin(); in != inputs->end(); ++in)
                m_variables.insert(childPrefix + QStringLiteral("var.") + qs(in.key()), {&in.value(), prefix});
        const auto child = call.find("module");
        if (child == call.end() || !child->is_object())
            continue;
        if (const auto outputs = child->find("outputs"); outputs != child->end() && outputs->is_object())
            for (auto out = outputs->begin(); out != outputs->end(); ++out)
                if (out.value().is_object() && out.value().contains("expression"))
                    m_outputs.insert(childPrefix + qs(out.key()), {&out.value().at("expression"), childPrefix});
        indexConfiguration(*child, childPrefix, depth + 1);
    }
}

QStringList TfImport::resolveReferences(const json &expression, const QString &prefix, int depth) const
{
    QStringList out;
    if (depth > 16)
        return out;
    // An expression is {"references": [...]} or {"constant_value": …}; blocks nest them.
    std::vector<const json *> stack = {&expression};
    while (!stack.empty()) {
        const json *e = stack.back();
        stack.pop_back();
        if (e->is_array()) {
            for (const json &item : *e)
                stack.push_back(&item);
            continue;
        }
        if (!e->is_object())
            continue;
        const auto refs = e->find("references");
        if (refs == e->end() || !refs->is_array()) {
            for (auto it = e->begin(); it != e->end(); ++it)
                if (it.key() != "constant_value")
                    stack.push_back(&it.value());
            continue;
        }
        for (const json &ref : *refs) {
            if (!ref.is_string())
                continue;
            const QString r = qs(ref.get<std::string>());
            const QStringList parts = r.split(QLatin1Char('.'));
            if (parts.value(0) == QLatin1String("var")) {
                const auto v = m_variables.constFind(prefix + QStringLiteral("var.") + parts.value(1));
                if (v != m_variables.constEnd())
                    out += resolveReferences(*v->first, v->second, depth + 1);
            } else if (parts.value(0) == QLatin1String("module") && parts.size() >= 3) {
                const auto o = m_outputs.constFind(prefix + QStringLiteral("module.") + parts.at(1) + QLatin1Char('.')
                                                   + parts.at(2));
                if (o != m_outputs.constEnd())
                    out += resolveReferences(*o->first, o->second, depth + 1);
            } else if (parts.size() >= 2 && parts.at(0).startsWith(QLatin1String("aws_"))) {
                QString name = parts.at(1);
                name = name.left(name.indexOf(QLatin1Char('[')) < 0 ? name.size() : name.indexOf(QLatin1Char('[')));
                const QString base = prefix + parts.at(0) + QLatin1Char('.') + name;
                if (m_byBase.contains(base) && !out.contains(base))
                    out.append(base);
            }
        }
    }
    out.removeDuplicates();
    return out;
}

int TfImport::identified(const QString &identifier, const QString &expectedKind, int self) const
{
    // Several resources may carry the same string (a rule's target holds its function's ARN):
    // prefer one that became a node of the expected kind, then any node, then what folds into
    // nodes (a target group), then whatever it names (so an ignored resource is no outside node).
    const QList<int> candidates = m_byIdentifier.value(identifier);
    int anyNode = -1, folded = -1, other = -1;
    for (int i : candidates) {
        if (i == self)
            continue;
        const Resource &res = m_resources[size_t(i)];
        const Node *n = m_b.constNode(res.node);
        if (n && (expectedKind.isEmpty() || n->kind == expectedKind))
            return i;
        if (n && anyNode < 0)
            anyNode = i;
        if (!n && m_behind.contains(res.base) && folded < 0)
            folded = i;
        if (other < 0)
            other = i;
    }
    return anyNode >= 0 ? anyNode : folded >= 0 ? folded : other;
}

QStringList TfImport::targets(const Resource &r, const QStringList &path, const QString &expectedKind)
{
    QStringList nodes;
    auto add = [&](const QString &n) {
        if (!n.isEmpty() && !nodes.contains(n))
            nodes.append(n);
    };
    auto addResource = [&](int i) {
        const Resource &t = m_resources[size_t(i)];
        if (!t.node.isEmpty())
            add(t.node);
        else
            for (const QString &n : m_behind.value(t.base))
                add(n);
    };
    // By value: what state records (and a plan knows when it is not computed).
    QStringList literal;
    if (const json *v = value(r, path)) {
        const json list = v->is_array() ? *v : json::array({*v});
        for (const json &item : list) {
            const std::optional<QString> s = textOf(&item);
            if (!s || s->isEmpty())
                continue;
            int found = identified(*s, expectedKind, int(&r - m_resources.data()));
            // An API Gateway integration URI holds a function's ARN inside it.
            if (found < 0 && s->startsWith(QLatin1String("arn:aws:apigateway:"))) {
                const qsizetype fn = s->indexOf(QLatin1String("arn:aws:lambda:"));
                if (fn >= 0)
                    found = identified(s->mid(fn).section(QLatin1Char('/'), 0, 0), QStringLiteral("lambda"));
            }
            if (found >= 0)
                addResource(found);
            else
                literal.append(*s);
        }
    }
    // By reference: the configuration's expression for the same attribute (instances of a
    // counted resource share their base address's configuration).
    if (const json *expressions = m_config.value(r.base, nullptr)) {
        if (const json *e = at(*expressions, path)) {
            for (const QString &base : resolveReferences(*e, r.module, 0)) {
                const QList<int> instances = m_byBase.value(base);
                QList<int> sameIndex;
                for (int i : instances)
                    if (m_resources[size_t(i)].index == r.index)
                        sameIndex.append(i);
                for (int i : sameIndex.isEmpty() ? instances : sameIndex)
                    addResource(i);
            }
        }
    }
    // A list expression (a module's endpoints) may name several kinds: keep those expected.
    if (!expectedKind.isEmpty() && nodes.size() > 1) {
        QStringList ofKind;
        for (const QString &n : std::as_const(nodes))
            if (m_b.constNode(n) && m_b.constNode(n)->kind == expectedKind)
                ofKind.append(n);
        if (!ofKind.isEmpty())
            nodes = ofKind;
    }
    if (nodes.isEmpty())
        for (const QString &s : std::as_const(literal)) {
            if (s.startsWith(QLatin1String("arn:aws:apigateway:")) && s.contains(QLatin1String("arn:aws:lambda:")))
                add(m_b.outsideNode(s.mid(s.indexOf(QLatin1String("arn:aws:lambda:"))).section(QLatin1Char('/'), 0, 0),
                                    QStringLiteral("lambda"), where(r, path)));
            else
                add(m_b.outsideNode(s, expectedKind, where(r, path)));
        }
    return nodes;
}

QList<Resource *> TfImport::resourcesOf(const Resource &r, const QStringList &path, const QStringList &types)
{
    QList<Resource *> out;
    auto add = [&](int i) {
        Resource *res = &m_resources[size_t(i)];
        if (types.contains(res->type) && !out.contains(res))
            out.append(res);
    };
    if (const json *v = value(r, path)) {
        const json list = v->is_array() ? *v : json::array({*v});
        for (const json &item : list)
            if (const std::optional<QString> s = textOf(&item))
                for (int i : m_byIdentifier.value(*s))
                    add(i);
    }
    if (const json *expressions = m_config.value(r.base, nullptr))
        if (const json *e = at(*expressions, path))
            for (const QString &base : resolveReferences(*e, r.module, 0))
                for (int i : m_byBase.value(base))
                    add(i);
    return out;
}

void TfImport::makeNode(Resource &r)
{
    QString kind = kinds().value(r.type);
    const QString label = [&] {
        for (const char *k : {"function_name", "name"})
            if (const std::optional<QString> s = text(r, {QLatin1String(k)}); s && !s->isEmpty())
                return *s;
        return r.index.isEmpty() ? r.name : r.name + QLatin1Char('[') + r.index + QLatin1Char(']');
    }();
    const bool webSocket =
        r.type == QLatin1String("aws_apigatewayv2_api") && text(r, {"protocol_type"}) == QLatin1String("WEBSOCKET");
    const bool otherBalancer =
        (r.type == QLatin1String("aws_lb") || r.type == QLatin1String("aws_alb"))
        && text(r, {"load_balancer_type"}).value_or(QStringLiteral("application")) != QLatin1String("application");
    if (webSocket || otherBalancer)
        kind.clear();
    if (r.type == QLatin1String("aws_autoscaling_group")) {
        // An ECS capacity provider's instances fold into its services.
        for (const Resource &other : m_resources)
            if (other.type == QLatin1String("aws_ecs_capacity_provider"))
                for (Resource *g : resourcesOf(other, {"auto_scaling_group_provider", "0", "auto_scaling_group_arn"},
                                               {"aws_autoscaling_group"}))
                    if (g == &r)
                        return;
    }
    if (r.type == QLatin1String("aws_ecs_service")) {
        QString launch = text(r, {"launch_type"}).value_or(QString());
        if (launch.isEmpty()) {
            const json *strategy = value(r, {"capacity_provider_strategy"});
            launch = strategy && strategy->is_array() && !strategy->empty()
                         ? (strategy->dump().find("\"FARGATE") != std::string::npos ? QStringLiteral("FARGATE")
                                                                                    : QStringLiteral("EC2"))
                         : QStringLiteral("EC2");
        }
        kind = launch == QLatin1String("FARGATE") ? QStringLiteral("fargate") : QStringLiteral("ecs_ec2");
    }
    if (kind.isEmpty()) {
        if (foldingTypes().contains(r.type))
            return;
        const QString reason = ignoreReason(r.type);
        if (!reason.isEmpty()) {
            m_b.ignored(r.address, r.type, reason);
            return;
        }
        r.node = m_b.addExternalNode(r.address, label, r.address, r.type);
        const QString invokes = webSocket || otherBalancer ? QStringLiteral("sync") : externalInvokes().value(r.type);
        if (!invokes.isEmpty())
            m_b.setProp(r.node, QStringLiteral("invokes"), invokes, r.address);
        return;
    }
    r.node = m_b.addResourceNode(r.address, kind, label, r.address, r.type);
    props(r);
}

void TfImport::props(Resource &r)
{
    const QString &n = r.node;
    const QString kind = m_b.node(n)->kind;
    if (kind == QLatin1String("lambda")) {
        copyNumber(r, {"memory_size"}, n, QStringLiteral("memoryMb"));
        copyNumber(r, {"timeout"}, n, QStringLiteral("timeoutS"));
        if (const std::optional<double> reserved = number(r, {"reserved_concurrent_executions"});
            reserved && *reserved >= 0)
            m_b.setProp(n, QStringLiteral("reservedConcurrency"), *reserved,
                        where(r, {"reserved_concurrent_executions"}));
        if (const std::optional<QString> arch = text(r, {"architectures", "0"}))
            m_b.setProp(n, QStringLiteral("arch"), *arch, where(r, {"architectures"}));
        const bool image = text(r, {"package_type"}) == QLatin1String("Image");
        const std::optional<QString> runtime = text(r, {"runtime"});
        if (image || (runtime && !runtime->isEmpty())) {
            bool exact = true;
            const QString choice = importmapping::runtimeChoice(runtime.value_or(QString()), image, &exact);
            if (choice.isEmpty())
                m_b.warn(where(r, {"runtime"}),
                         QCoreApplication::translate("TemplateImport",
                                                     "the runtime %1 is not in the catalog; the default is kept")
                             .arg(*runtime),
                         n);
            else if (m_b.setProp(n, QStringLiteral("runtime"), choice, where(r, {"runtime"})) && !exact)
                m_b.warn(where(r, {"runtime"}),
                         QCoreApplication::translate(
                             "TemplateImport", "the runtime %1 is shown as %2, whose cold start the catalog knows")
                             .arg(*runtime, choice),
                         n);
        }
    } else if (kind == QLatin1String("sqs")) {
        if (const json *fifo = value(r, {"fifo_queue"}); fifo && fifo->is_boolean())
            m_b.setProp(n, QStringLiteral("fifo"), fifo->get<bool>(), where(r, {"fifo_queue"}));
    } else if (kind == QLatin1String("kinesis")) {
        if (text(r, {"stream_mode_details", "0", "stream_mode"}) == QLatin1String("ON_DEMAND"))
            m_b.warn(where(r, {"stream_mode_details"}),
                     QCoreApplication::translate("TemplateImport", "an on-demand stream: Kinesis chooses its shards; "
                                                                   "set Shards to what you expect"),
                     n);
        else
            copyNumber(r, {"shard_count"}, n, QStringLiteral("shards"));
    } else if (kind == QLatin1String("dynamodb")) {
        if (const json *s = value(r, {"stream_enabled"}); s && s->is_boolean())
            m_b.setProp(n, QStringLiteral("streamEnabled"), s->get<bool>(), where(r, {"stream_enabled"}));
    } else if (kind == QLatin1String("opensearch")) {
        if (std::optional<QString> instance = text(r, {"cluster_config", "0", "instance_type"})) {
            instance->replace(QLatin1String(".elasticsearch"), QLatin1String(".search"));
            m_b.setProp(n, QStringLiteral("instanceType"), *instance,
                        where(r, {"cluster_config", "0", "instance_type"}));
        }
        copyNumber(r, {"cluster_config", "0", "instance_count"}, n, QStringLiteral("instanceCount"));
    } else if (kind == QLatin1String("apigw")) {
        m_b.setProp(n, QStringLiteral("apiType"),
                    r.type == QLatin1String("aws_apigatewayv2_api") ? QStringLiteral("http") : QStringLiteral("rest"),
                    r.address);
    } else if (kind == QLatin1String("eventbridge")) {
        const std::optional<QString> expression = text(r, {"schedule_expression"});
        const bool disabled = text(r, {"state"}).value_or(QString()).startsWith(QLatin1String("DISABLED"))
                              || (value(r, {"is_enabled"}) && *value(r, {"is_enabled"}) == false);
        if (expression && !expression->isEmpty()) {
            if (disabled)
                m_b.warn(where(r, {"state"}),
                         QCoreApplication::translate("TemplateImport", "the schedule is disabled: no traffic is set"),
                         n);
            else if (const std::optional<double> rate = importmapping::scheduleRate(*expression))
                m_b.setScheduleRate(n, *rate, where(r, {"schedule_expression"}));
            else
                m_b.warn(
                    where(r, {"schedule_expression"}),
                    QCoreApplication::translate("TemplateImport", "the schedule %1 cannot be read: no traffic is set")
                        .arg(*expression),
                    n);
        }
    } else if (kind == QLatin1String("ec2")) {
        if (r.type == QLatin1String("aws_instance")) {
            if (const std::optional<QString> instance = text(r, {"instance_type"}))
                m_b.setProp(n, QStringLiteral("instanceType"), *instance, where(r, {"instance_type"}));
            m_b.setProp(n, QStringLiteral("minInstances"), 1, r.address);
            m_b.setProp(n, QStringLiteral("maxInstances"), 1, r.address);
        } else {
            instancesFrom(r, n);
            for (Resource *tg : resourcesOf(r, {"target_group_arns"}, {"aws_lb_target_group", "aws_alb_target_group"}))
                m_targetGroupCompute[tg->base].append(n);
        }
    } else if (kind == QLatin1String("fargate") || kind == QLatin1String("ecs_ec2")) {
        const QList<Resource *> defs = resourcesOf(r, {"task_definition"}, {"aws_ecs_task_definition"});
        if (kind == QLatin1String("fargate")) {
            if (!defs.isEmpty()) {
                const Resource &d = *defs.first();
                if (const std::optional<QString> cpu = text(d, {"cpu"}))
                    if (const std::optional<double> v = importmapping::ecsVcpu(*cpu))
                        m_b.setProp(n, QStringLiteral("vcpu"), *v, where(d, {"cpu"}));
                if (const std::optional<QString> memory = text(d, {"memory"}))
                    if (const std::optional<double> v = importmapping::ecsMemoryGb(*memory))
                        m_b.setProp(n, QStringLiteral("memoryGb"), *v, where(d, {"memory"}));
                if (text(d, {"runtime_platform", "0", "cpu_architecture"}) == QLatin1String("ARM64"))
                    m_b.setProp(n, QStringLiteral("arch"), QStringLiteral("arm64"), where(d, {"runtime_platform"}));
            } else {
                m_b.warn(where(r, {"task_definition"}),
                         QCoreApplication::translate("TemplateImport", "the task definition is not in this source: "
                                                                       "the task size keeps its defaults"),
                         n);
            }
            if (const std::optional<double> desired = number(r, {"desired_count"})) {
                m_b.setProp(n, QStringLiteral("minTasks"), *desired, where(r, {"desired_count"}));
                m_b.setProp(n, QStringLiteral("maxTasks"), std::max(1.0, *desired), where(r, {"desired_count"}));
            }
        } else {
            // The capacity providers the service names, else any of the source's.
            QList<Resource *> providers;
            const json *strategy = value(r, {"capacity_provider_strategy"});
            const json *config = m_config.value(r.base, nullptr);
            const json *configStrategy = config ? at(*config, {"capacity_provider_strategy"}) : nullptr;
            const size_t entries = std::max(strategy && strategy->is_array() ? strategy->size() : 0,
                                            configStrategy && configStrategy->is_array() ? configStrategy->size() : 0);
            for (size_t i = 0; i < entries; ++i)
                providers += resourcesOf(r, {"capacity_provider_strategy", QString::number(i), "capacity_provider"},
                                         {"aws_ecs_capacity_provider"});
            if (providers.isEmpty())
                for (Resource &cp : m_resources)
                    if (cp.type == QLatin1String("aws_ecs_capacity_provider"))
                        providers.append(&cp);
            bool found = false;
            for (const Resource *cpp : std::as_const(providers))
                for (const Resource &cp = *cpp;
                     Resource * g : resourcesOf(cp, {"auto_scaling_group_provider", "0", "auto_scaling_group_arn"},
                                                {"aws_autoscaling_group"})) {
                    if (found)
                        continue;
                    instancesFrom(*g, n);
                    m_b.folded(g->address, g->type, n,
                               QCoreApplication::translate("TemplateImport", "the instances of its services"));
                    m_b.folded(cp.address, cp.type, n,
                               QCoreApplication::translate("TemplateImport", "the instances of its services"));
                    found = true;
                }
            if (!found)
                m_b.warn(r.address,
                         QCoreApplication::translate("TemplateImport",
                                                     "the instances the service runs on are not in this source: the "
                                                     "instance type and counts keep their defaults"),
                         n);
        }
        for (Resource *d : defs)
            m_b.folded(d->address, d->type, n,
                       QCoreApplication::translate("TemplateImport", "the task of this service"));
        for (Resource *c : resourcesOf(r, {"cluster"}, {"aws_ecs_cluster"}))
            m_b.folded(c->address, c->type, n,
                       QCoreApplication::translate("TemplateImport", "the cluster of its services"));
        const json *lbs = value(r, {"load_balancer"});
        for (size_t i = 0; lbs && lbs->is_array() && i < lbs->size(); ++i)
            for (Resource *tg : resourcesOf(r, {"load_balancer", QString::number(i), "target_group_arn"},
                                            {"aws_lb_target_group", "aws_alb_target_group"}))
                m_targetGroupCompute[tg->base].append(n);
    }
}

void TfImport::settings(Resource &r)
{
    const QString &t = r.type;
    if (t == QLatin1String("aws_lambda_provisioned_concurrency_config")) {
        const QString fn = target(r, {"function_name"}, QStringLiteral("lambda"));
        if (!fn.isEmpty()) {
            copyNumber(r, {"provisioned_concurrent_executions"}, fn, QStringLiteral("provisionedConcurrency"));
            m_b.folded(r.address, t, fn,
                       QCoreApplication::translate("TemplateImport", "the provisioned concurrency of this function"));
        }
    } else if (t == QLatin1String("aws_lambda_alias")) {
        m_b.ignored(r.address, t, QCoreApplication::translate("TemplateImport", "deployment plumbing"));
    } else if (t == QLatin1String("aws_appautoscaling_target") || t == QLatin1String("aws_appautoscaling_policy")) {
        // resource_id "service/<cluster>/<service>": the service by name, or by reference.
        const QString resourceId = text(r, {"resource_id"}).value_or(QString());
        QString node;
        for (const Resource &s : m_resources)
            if (s.type == QLatin1String("aws_ecs_service") && !s.node.isEmpty()
                && ((!resourceId.isEmpty()
                     && resourceId.endsWith(QLatin1Char('/') + text(s, {"name"}).value_or(QStringLiteral("\x01"))))
                    || resourcesOf(r, {"resource_id"}, {s.type}).contains(const_cast<Resource *>(&s))))
                node = s.node;
        if (node.isEmpty() || m_b.node(node)->kind != QLatin1String("fargate"))
            return;
        if (t == QLatin1String("aws_appautoscaling_target")) {
            copyNumber(r, {"min_capacity"}, node, QStringLiteral("minTasks"));
            copyNumber(r, {"max_capacity"}, node, QStringLiteral("maxTasks"));
            m_b.folded(r.address, t, node,
                       QCoreApplication::translate("TemplateImport", "the task counts of this service"));
        } else if (const std::optional<double> v =
                       number(r, {"target_tracking_scaling_policy_configuration", "0", "target_value"})) {
            m_b.setProp(node, QStringLiteral("targetUtilization"), *v / 100,
                        where(r, {"target_tracking_scaling_policy_configuration"}));
            m_b.folded(r.address, t, node,
                       QCoreApplication::translate("TemplateImport", "the target utilization of this service"));
        }
    } else if (t == QLatin1String("aws_autoscaling_policy")) {
        for (Resource *g : resourcesOf(r, {"autoscaling_group_name"}, {"aws_autoscaling_group"}))
            if (!g->node.isEmpty())
                if (const std::optional<double> v = number(r, {"target_tracking_configuration", "0", "target_value"})) {
                    m_b.setProp(g->node, QStringLiteral("targetUtilization"), *v / 100,
                                where(r, {"target_tracking_configuration"}));
                    m_b.folded(r.address, t, g->node,
                               QCoreApplication::translate("TemplateImport", "the target utilization of this service"));
                }
    } else if (t == QLatin1String("aws_eks_node_group") || t == QLatin1String("aws_eks_fargate_profile")) {
        const QString cluster = target(r, {"cluster_name"}, QStringLiteral("eks"));
        Node *n = m_b.node(cluster);
        if (!n || n->kind != QLatin1String("eks"))
            return;
        if (t == QLatin1String("aws_eks_fargate_profile")) {
            bool groups = false;
            for (const Resource &o : m_resources)
                if (o.type == QLatin1String("aws_eks_node_group")
                    && target(o, {"cluster_name"}, QStringLiteral("eks")) == cluster)
                    groups = true;
            if (!groups)
                m_b.setProp(cluster, QStringLiteral("nodeType"), QStringLiteral("fargate"), r.address);
            m_b.folded(r.address, t, cluster,
                       QCoreApplication::translate("TemplateImport", "where this cluster's pods run"));
            return;
        }
        const bool first = !n->props.contains(QStringLiteral("minInstances"));
        if (first)
            if (const std::optional<QString> instance = text(r, {"instance_types", "0"}))
                m_b.setProp(cluster, QStringLiteral("instanceType"), *instance, where(r, {"instance_types"}));
        for (const auto &[field, key] :
             {std::pair{"min_size", "minInstances"}, std::pair{"max_size", "maxInstances"}}) {
            const std::optional<double> v = number(r, {"scaling_config", "0", QLatin1String(field)});
            if (v)
                m_b.setProp(cluster, QLatin1String(key),
                            (first ? 0 : n->props.value(QLatin1String(key)).toDouble()) + *v,
                            where(r, {"scaling_config"}));
        }
        if (!first)
            m_b.warn(r.address,
                     QCoreApplication::translate("TemplateImport", "a second node group: the sizes are added up and "
                                                                   "the first group's instance type is kept"),
                     cluster);
        m_b.folded(r.address, t, cluster,
                   QCoreApplication::translate("TemplateImport", "the instances of this cluster"));
    }
}

void TfImport::run(ImportResult *out)
{
    const json &values = m_root.at(m_plan ? "planned_values" : "values");
    if (!values.is_object() || !values.contains("root_module") || !values.at("root_module").is_object())
        throw ImportFailure{m_plan ? QStringLiteral("planned_values") : QStringLiteral("values"),
                            QCoreApplication::translate("TemplateImport", "expected an object with a root_module")};
    collect(values.at("root_module"), 0);
    if (const auto config = m_root.find("configuration");
        config != m_root.end() && config->is_object() && config->contains("root_module"))
        indexConfiguration(config->at("root_module"), QString(), 0);
    // What a link may name: ARNs, ids, names and URLs, as state records them.
    static const char *const identifiers[] = {
        "arn", "id",         "name",   "function_name", "invoke_arn", "qualified_arn", "qualified_invoke_arn",
        "url", "stream_arn", "bucket", "api_endpoint"};
    for (size_t i = 0; i < m_resources.size(); ++i)
        for (const char *k : identifiers)
            if (const std::optional<QString> s = text(m_resources[i], {QLatin1String(k)});
                s && !s->isEmpty() && !m_byIdentifier.value(*s).contains(int(i)))
                m_byIdentifier[*s].append(int(i));

    for (Resource &r : m_resources)
        makeNode(r);
    loadBalancers();
    for (Resource &r : m_resources)
        wires(r);
    // Dead-letter queues, once every trigger wire exists: a failure route from each function
    // that polls the queue.
    for (Resource &r : m_resources) {
        const bool own = r.type == QLatin1String("aws_sqs_queue");
        if (!own && r.type != QLatin1String("aws_sqs_queue_redrive_policy"))
            continue;
        const QString queue = own ? r.node : target(r, {"queue_url"}, QStringLiteral("sqs"));
        if (queue.isEmpty())
            continue;
        // The policy is JSON text: its dead-letter ARN in state, or (in a plan, where the ARN is
        // not known yet) the queue the configuration's expression refers to.
        QString dead;
        const std::optional<QString> policy = text(r, {"redrive_policy"});
        const json parsed = policy ? json::parse(policy->toStdString(), nullptr, false) : json();
        if (const std::optional<QString> dlq =
                parsed.is_object() ? textOf(at(parsed, {"deadLetterTargetArn"})) : std::nullopt) {
            const int known = identified(*dlq, QStringLiteral("sqs"));
            dead = known >= 0 ? m_resources[size_t(known)].node
                              : m_b.outsideNode(*dlq, QStringLiteral("sqs"), where(r, {"redrive_policy"}));
        }
        for (Resource *q : resourcesOf(r, {"redrive_policy"}, {"aws_sqs_queue"}))
            if (dead.isEmpty() && q->node != queue)
                dead = q->node;
        if (dead.isEmpty())
            continue;
        m_b.redrive(queue, dead, where(r, {"redrive_policy"}));
        if (!own)
            m_b.folded(r.address, r.type, queue,
                       QCoreApplication::translate("TemplateImport", "the dead-letter queue of this queue"));
    }
    for (Resource &r : m_resources)
        settings(r);
    for (const Resource &r : m_resources)
        if (!m_b.isListed(r.address))
            m_b.ignored(
                r.address, r.type,
                QCoreApplication::translate("TemplateImport", "it connects or configures nothing that became a node"));
    m_b.finish(m_plan ? QStringLiteral("terraform-plan") : QStringLiteral("terraform-state"), &out->data, &out->report);
}

} // namespace tfimport

bool TerraformImporter::accepts(const json &root) const
{
    return root.is_object() && root.contains("format_version")
           && (root.contains("planned_values") || root.contains("values"));
}

bool TerraformImporter::import(const json &root, const Catalog &catalog, ImportResult *out, QString *) const
{
    tfimport::TfImport(root, catalog, root.contains("planned_values")).run(out);
    return true;
}

} // namespace archscope
