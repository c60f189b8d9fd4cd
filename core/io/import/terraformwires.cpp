#include "terraformimport_p.h"

#include <QCoreApplication>

namespace archscope::tfimport {

void TfImport::instancesFrom(Resource &group, const QString &node)
{
    copyNumber(group, {"min_size"}, node, QStringLiteral("minInstances"));
    copyNumber(group, {"max_size"}, node, QStringLiteral("maxInstances"));
    std::optional<QString> instance =
        text(group, {"mixed_instances_policy", "0", "launch_template", "0", "override", "0", "instance_type"});
    QList<Resource *> templates = resourcesOf(group, {"launch_template", "0", "id"}, {"aws_launch_template"});
    templates += resourcesOf(group, {"launch_template", "0", "name"}, {"aws_launch_template"});
    templates += resourcesOf(group, {"launch_configuration"}, {"aws_launch_configuration"});
    for (Resource *t : templates) {
        if (!instance)
            instance = text(*t, {"instance_type"});
        m_b.folded(t->address, t->type, node, QCoreApplication::translate("TemplateImport", "the instance type"));
    }
    if (instance)
        m_b.setProp(node, QStringLiteral("instanceType"), *instance, where(group, {"instance_type"}));
}

void TfImport::loadBalancers()
{
    for (Resource &a : m_resources) {
        if (a.type != QLatin1String("aws_lb_target_group_attachment"))
            continue;
        const QList<Resource *> tgs =
            resourcesOf(a, {"target_group_arn"}, {"aws_lb_target_group", "aws_alb_target_group"});
        const QStringList to = targets(a, {"target_id"}, QStringLiteral("lambda"));
        for (Resource *tg : tgs)
            m_targetGroupCompute[tg->base] += to;
        m_b.folded(a.address, a.type, to.value(0),
                   QCoreApplication::translate("TemplateImport", "a target registered behind a load balancer"));
    }
    QHash<QString, QStringList> groupsOfBalancer;
    for (Resource &l : m_resources) {
        const bool listener = l.type == QLatin1String("aws_lb_listener") || l.type == QLatin1String("aws_alb_listener");
        const bool rule = l.type == QLatin1String("aws_lb_listener_rule");
        if (!listener && !rule)
            continue;
        QList<Resource *> balancers;
        if (listener) {
            balancers = resourcesOf(l, {"load_balancer_arn"}, {"aws_lb", "aws_alb"});
        } else {
            for (Resource *parent : resourcesOf(l, {"listener_arn"}, {"aws_lb_listener", "aws_alb_listener"}))
                balancers += resourcesOf(*parent, {"load_balancer_arn"}, {"aws_lb", "aws_alb"});
        }
        const char *block = listener ? "default_action" : "action";
        const json *actions = value(l, {QLatin1String(block)});
        QStringList groups;
        for (size_t i = 0; actions && actions->is_array() && i < actions->size(); ++i) {
            for (Resource *tg : resourcesOf(l, {QLatin1String(block), QString::number(i), "target_group_arn"},
                                            {"aws_lb_target_group", "aws_alb_target_group"}))
                groups.append(tg->base);
            const json *forward = at(actions->at(i), {"forward", "0", "target_group"});
            for (size_t j = 0; forward && forward->is_array() && j < forward->size(); ++j)
                for (Resource *tg : resourcesOf(l,
                                                {QLatin1String(block), QString::number(i), "forward", "0",
                                                 "target_group", QString::number(j), "arn"},
                                                {"aws_lb_target_group", "aws_alb_target_group"}))
                    groups.append(tg->base);
        }
        for (Resource *b : balancers) {
            groupsOfBalancer[b->base] += groups;
            m_b.folded(l.address, l.type, b->node,
                       QCoreApplication::translate("TemplateImport", "a listener: the wires from its load balancer"));
        }
        for (const QString &g : std::as_const(groups))
            m_behind[l.base] += m_targetGroupCompute.value(g);
    }
    for (Resource &tg : m_resources) {
        if (tg.type != QLatin1String("aws_lb_target_group") && tg.type != QLatin1String("aws_alb_target_group"))
            continue;
        m_behind[tg.base] = m_targetGroupCompute.value(tg.base);
        m_b.folded(
            tg.address, tg.type, m_targetGroupCompute.value(tg.base).value(0),
            QCoreApplication::translate("TemplateImport", "a target group: the wires to what is registered in it"));
    }
    for (Resource &b : m_resources) {
        if (b.node.isEmpty() || !groupsOfBalancer.contains(b.base))
            continue;
        QStringList compute;
        for (const QString &g : groupsOfBalancer.value(b.base))
            compute += m_targetGroupCompute.value(g);
        compute.removeDuplicates();
        m_behind[b.base] = compute;
        for (const QString &to : std::as_const(compute))
            m_b.wire(b.node, to, EdgeKind::Trigger, {}, b.address);
    }
}

void TfImport::wires(Resource &r)
{
    const QString &t = r.type;
    if (t == QLatin1String("aws_lambda_event_source_mapping")) {
        const QString fn = target(r, {"function_name"}, QStringLiteral("lambda"));
        if (fn.isEmpty()) {
            m_b.ignored(r.address, t,
                        QCoreApplication::translate("TemplateImport", "its function is not a node of this import"));
            return;
        }
        QString source, invokes;
        if (value(r, {"event_source_arn"}) || m_config.contains(r.base)) {
            source = target(r, {"event_source_arn"}, QStringLiteral("sqs"));
        }
        if (source.isEmpty() && value(r, {"self_managed_event_source"})
            && !value(r, {"self_managed_event_source"})->empty()) {
            source = m_b.impliedNode(
                QStringLiteral("kafka:") + r.address, r.name + QStringLiteral("-kafka"), QStringLiteral("external"),
                QCoreApplication::translate("TemplateImport", "Self-managed Kafka"), r.address, {});
            m_b.setProp(source, QStringLiteral("resourceType"), QStringLiteral("Self-managed Apache Kafka"), r.address);
            invokes = QStringLiteral("stream");
        }
        if (source.isEmpty()) {
            m_b.folded(r.address, t, fn,
                       QCoreApplication::translate("TemplateImport",
                                                   "its event source is not in this import; no wire is drawn"));
            return;
        }
        if (m_b.node(source)->kind == QLatin1String("external") && invokes.isEmpty())
            invokes =
                m_b.node(source)->props.value(QStringLiteral("resourceType")).toString().contains(QLatin1String("MQ"))
                    ? QStringLiteral("queue")
                    : QStringLiteral("stream");
        QJsonObject props;
        if (const std::optional<double> b = number(r, {"batch_size"}))
            props.insert(QStringLiteral("batchSize"), *b);
        if (const std::optional<double> p = number(r, {"parallelization_factor"}))
            props.insert(QStringLiteral("parallelizationFactor"), *p);
        if (const std::optional<double> m = number(r, {"scaling_config", "0", "maximum_concurrency"}))
            props.insert(QStringLiteral("maxConcurrency"), *m);
        if (value(r, {"enabled"}) && *value(r, {"enabled"}) == false)
            m_b.warn(where(r, {"enabled"}),
                     QCoreApplication::translate("TemplateImport",
                                                 "the mapping is disabled; the wire is drawn all the same"),
                     fn);
        m_b.sourceWire(source, fn, props, r.address, invokes);
        for (const QString &dest :
             targets(r, {"destination_config", "0", "on_failure", "0", "destination_arn"}, QStringLiteral("sqs")))
            m_b.wire(fn, dest, EdgeKind::Failure, {}, where(r, {"destination_config"}));
        m_b.folded(r.address, t, fn,
                   QCoreApplication::translate("TemplateImport", "the trigger wire into this function"));
    } else if (t == QLatin1String("aws_lambda_function_event_invoke_config")) {
        const QString fn = target(r, {"function_name"}, QStringLiteral("lambda"));
        if (fn.isEmpty())
            return;
        copyNumber(r, {"maximum_retry_attempts"}, fn, QStringLiteral("retries"));
        for (const QString &dest :
             targets(r, {"destination_config", "0", "on_failure", "0", "destination"}, QStringLiteral("sqs")))
            m_b.wire(fn, dest, EdgeKind::Failure, {}, where(r, {"destination_config", "0", "on_failure"}));
        for (const QString &dest :
             targets(r, {"destination_config", "0", "on_success", "0", "destination"}, QStringLiteral("sqs")))
            if (m_b.node(dest)->kind != QLatin1String("lambda"))
                m_b.wire(fn, dest, EdgeKind::Write, {}, where(r, {"destination_config", "0", "on_success"}));
        m_b.folded(r.address, t, fn,
                   QCoreApplication::translate("TemplateImport", "retries and destinations of this function"));
    } else if (t == QLatin1String("aws_lambda_function") && r.node.size()) {
        for (const QString &dest : targets(r, {"dead_letter_config", "0", "target_arn"}, QStringLiteral("sqs")))
            m_b.wire(r.node, dest, EdgeKind::Failure, {}, where(r, {"dead_letter_config"}));
    } else if (t == QLatin1String("aws_lambda_function_url") && r.node.size()) {
        for (const QString &fn : targets(r, {"function_name"}, QStringLiteral("lambda")))
            m_b.wire(r.node, fn, EdgeKind::Trigger, {}, r.address);
    } else if (t == QLatin1String("aws_lambda_permission")) {
        if (!text(r, {"principal"}).value_or(QString()).startsWith(QLatin1String("alexa-")))
            return;
        const QString fn = target(r, {"function_name"}, QStringLiteral("lambda"));
        const QString skill = m_b.impliedNode(
            QStringLiteral("alexa:") + r.address, r.name + QStringLiteral("-skill"), QStringLiteral("alexa"),
            QCoreApplication::translate("TemplateImport", "Alexa skill"), r.address, {});
        if (!fn.isEmpty() && m_b.wire(skill, fn, EdgeKind::Trigger, {}, r.address))
            m_b.folded(r.address, t, fn,
                       QCoreApplication::translate("TemplateImport", "the Alexa skill's trigger wire"));
    } else if (t == QLatin1String("aws_s3_bucket_notification")) {
        const QString bucket = target(r, {"bucket"}, QStringLiteral("s3"));
        if (bucket.isEmpty())
            return;
        for (const auto &[block, field, kind] :
             {std::tuple{"lambda_function", "lambda_function_arn", "lambda"}, std::tuple{"queue", "queue_arn", "sqs"},
              std::tuple{"topic", "topic_arn", "sns"}}) {
            const json *list = value(r, {QLatin1String(block)});
            const json *config = m_config.value(r.base, nullptr);
            const json *configList = config ? at(*config, {QLatin1String(block)}) : nullptr;
            const size_t count = std::max(list && list->is_array() ? list->size() : 0,
                                          configList && configList->is_array() ? configList->size() : 0);
            for (size_t i = 0; i < count; ++i)
                for (const QString &to :
                     targets(r, {QLatin1String(block), QString::number(i), QLatin1String(field)}, QLatin1String(kind)))
                    m_b.wire(bucket, to, EdgeKind::Trigger, {}, where(r, {QLatin1String(block), QString::number(i)}));
        }
        if (value(r, {"eventbridge"}) && *value(r, {"eventbridge"}) == true) {
            bool any = false;
            for (const Resource &rule : m_resources)
                if (rule.type == QLatin1String("aws_cloudwatch_event_rule") && !rule.node.isEmpty()
                    && text(rule, {"event_pattern"}).value_or(QString()).contains(QLatin1String("aws.s3")))
                    any = m_b.wire(bucket, rule.node, EdgeKind::Trigger, {}, where(r, {"eventbridge"})) || any;
            if (!any)
                m_b.warn(where(r, {"eventbridge"}),
                         QCoreApplication::translate("TemplateImport", "the bucket sends its events to EventBridge, "
                                                                       "but no rule of this source matches them"),
                         bucket);
        }
        m_b.folded(r.address, t, bucket,
                   QCoreApplication::translate("TemplateImport", "the bucket's notification wires"));
    } else if (t == QLatin1String("aws_sns_topic_subscription")) {
        const QString topic = target(r, {"topic_arn"}, QStringLiteral("sns"));
        const QString protocol = text(r, {"protocol"}).value_or(QString()).toLower();
        if (topic.isEmpty())
            return;
        const QString expected = protocol == QLatin1String("lambda") ? QStringLiteral("lambda")
                                 : protocol == QLatin1String("sqs")  ? QStringLiteral("sqs")
                                 : protocol.startsWith(QLatin1String("http")) || protocol == QLatin1String("firehose")
                                     ? QStringLiteral("external")
                                     : QString();
        if (expected.isEmpty()) {
            m_b.warn(
                r.address,
                QCoreApplication::translate(
                    "TemplateImport", "a %1 subscription reaches people or devices, not a resource: no wire is drawn")
                    .arg(protocol),
                topic);
        } else {
            for (const QString &to : targets(r, {"endpoint"}, expected))
                m_b.wire(topic, to, EdgeKind::Trigger, {}, r.address);
        }
        m_b.folded(r.address, t, topic, QCoreApplication::translate("TemplateImport", "a wire from this topic"));
    } else if (t == QLatin1String("aws_cloudwatch_event_target")) {
        const QString rule = target(r, {"rule"}, QStringLiteral("eventbridge"));
        if (rule.isEmpty())
            return;
        QStringList to;
        if (value(r, {"ecs_target"}) && !value(r, {"ecs_target"})->empty()) {
            const QList<Resource *> defs =
                resourcesOf(r, {"ecs_target", "0", "task_definition_arn"}, {"aws_ecs_task_definition"});
            for (const Resource &s : m_resources)
                if (s.type == QLatin1String("aws_ecs_service") && !s.node.isEmpty())
                    for (Resource *d : resourcesOf(s, {"task_definition"}, {"aws_ecs_task_definition"}))
                        if (defs.contains(d))
                            to.append(s.node);
            if (to.isEmpty()) {
                const QString task = m_b.impliedNode(
                    QStringLiteral("runtask:") + r.address, r.name + QStringLiteral("-task"),
                    QStringLiteral("external"), QCoreApplication::translate("TemplateImport", "%1 task").arg(r.name),
                    r.address, {});
                m_b.setProp(task, QStringLiteral("resourceType"), QStringLiteral("ECS RunTask"), r.address);
                to.append(task);
            }
        } else {
            to = targets(r, {"arn"}, QString());
        }
        for (const QString &n : std::as_const(to))
            m_b.wire(rule, n, EdgeKind::Trigger, {}, r.address);
        m_b.folded(r.address, t, rule, QCoreApplication::translate("TemplateImport", "a wire from this rule"));
    } else if (t == QLatin1String("aws_cloudwatch_event_rule") && r.node.size()) {
        // A rule on a bus of its own: the bus (an external node) delivers to it; the default
        // bus is everywhere and drawn nowhere.
        if (text(r, {"event_bus_name"}) == QLatin1String("default"))
            return;
        for (const QString &bus : targets(r, {"event_bus_name"}, QStringLiteral("external")))
            if (m_b.node(bus)->kind == QLatin1String("external"))
                m_b.wire(bus, r.node, EdgeKind::Trigger, {}, where(r, {"event_bus_name"}));
    } else if (t == QLatin1String("aws_scheduler_schedule") && r.node.size()) {
        for (const QString &to : targets(r, {"target", "0", "arn"}, QString()))
            m_b.wire(r.node, to, EdgeKind::Trigger, {}, where(r, {"target"}));
    } else if (t == QLatin1String("aws_api_gateway_integration")
               || t == QLatin1String("aws_apigatewayv2_integration")) {
        const bool v2 = t == QLatin1String("aws_apigatewayv2_integration");
        const QString api = target(r, {v2 ? "api_id" : "rest_api_id"}, QStringLiteral("apigw"));
        if (api.isEmpty())
            return;
        QStringList to =
            targets(r, {v2 ? "integration_uri" : "uri"}, v2 ? QStringLiteral("external") : QStringLiteral("lambda"));
        if (!v2)
            to += targets(r, {"connection_id"}, QStringLiteral("external"));
        for (const QString &n : std::as_const(to))
            m_b.wire(api, n, EdgeKind::Trigger, {}, r.address);
        m_b.folded(r.address, t, api, QCoreApplication::translate("TemplateImport", "a wire from this API"));
    } else if (t == QLatin1String("aws_apigatewayv2_api") && r.node.size()) {
        for (const QString &fn : targets(r, {"target"}, QStringLiteral("lambda")))
            m_b.wire(r.node, fn, EdgeKind::Trigger, {}, where(r, {"target"}));
    } else if (t == QLatin1String("aws_sqs_queue_redrive_policy")) {
        // Handled with the queue's own redrive policy, after every trigger wire exists.
    } else if (t == QLatin1String("aws_dynamodb_kinesis_streaming_destination")) {
        const QString table = target(r, {"table_name"}, QStringLiteral("dynamodb"));
        const QString stream = target(r, {"stream_arn"}, QStringLiteral("kinesis"));
        if (!table.isEmpty() && !stream.isEmpty() && m_b.wire(table, stream, EdgeKind::Trigger, {}, r.address))
            m_b.folded(r.address, t, table, QCoreApplication::translate("TemplateImport", "a wire from this table"));
    } else if (t == QLatin1String("aws_iot_topic_rule") && r.node.size()) {
        static const std::tuple<const char *, const char *, const char *> actions[] = {
            {"lambda", "function_arn", "lambda"},
            {"sqs", "queue_url", "sqs"},
            {"sns", "target_arn", "sns"},
            {"kinesis", "stream_name", "kinesis"},
            {"dynamodb", "table_name", "dynamodb"},
            {"dynamodbv2", "put_item", "dynamodb"},
            {"s3", "bucket_name", "s3"},
            {"firehose", "delivery_stream_name", "external"},
            {"step_functions", "state_machine_name", "external"}};
        for (const auto &[block, field, kind] : actions) {
            const json *list = value(r, {QLatin1String(block)});
            for (size_t i = 0; list && list->is_array() && i < list->size(); ++i) {
                QStringList p = {QLatin1String(block), QString::number(i), QLatin1String(field)};
                if (QLatin1String(block) == QLatin1String("dynamodbv2"))
                    p << QStringLiteral("0") << QStringLiteral("table_name");
                for (const QString &to : targets(r, p, QLatin1String(kind)))
                    m_b.wire(r.node, to, EdgeKind::Trigger, {}, where(r, p));
            }
        }
        if (value(r, {"enabled"}) && *value(r, {"enabled"}) == false)
            m_b.warn(where(r, {"enabled"}), QCoreApplication::translate("TemplateImport", "the rule is disabled"),
                     r.node);
    } else if (t == QLatin1String("aws_config_config_rule") && r.node.size()) {
        if (text(r, {"source", "0", "owner"}) == QLatin1String("CUSTOM_LAMBDA"))
            for (const QString &fn : targets(r, {"source", "0", "source_identifier"}, QStringLiteral("lambda")))
                m_b.wire(r.node, fn, EdgeKind::Trigger, {}, where(r, {"source"}));
    } else if (t == QLatin1String("aws_cloudwatch_log_subscription_filter")) {
        const QString logGroup = text(r, {"log_group_name"}).value_or(r.name);
        QString source;
        for (Resource &g : m_resources)
            if (g.type == QLatin1String("aws_cloudwatch_log_group")
                && (text(g, {"name"}) == logGroup || resourcesOf(r, {"log_group_name"}, {g.type}).contains(&g))) {
                g.node = m_b.promoteToExternal(g.address, g.address, text(g, {"name"}).value_or(g.name), g.type);
                source = g.node;
            }
        if (source.isEmpty()) {
            source = m_b.impliedNode(QStringLiteral("logs:") + logGroup, logGroup, QStringLiteral("external"), logGroup,
                                     r.address, {});
            m_b.setProp(source, QStringLiteral("resourceType"), QStringLiteral("aws_cloudwatch_log_group"), r.address);
        }
        m_b.setProp(source, QStringLiteral("invokes"), QStringLiteral("async"), r.address);
        for (const QString &to : targets(r, {"destination_arn"}, QStringLiteral("lambda")))
            if (m_b.wire(source, to, EdgeKind::Trigger, {}, r.address))
                m_b.folded(r.address, t, to,
                           QCoreApplication::translate("TemplateImport", "the log group's trigger wire"));
    }
}

} // namespace archscope::tfimport
