#include "wiringrules.h"

#include "catalog/catalog.h"
#include "node.h"

#include <QCoreApplication>

namespace archscope {

namespace {


WireCheck allow(EdgeKind kind, InvocationModel model, const QString &explanation)
{
    WireCheck c;
    c.allowed = true;
    c.kind = kind;
    c.model = model;
    c.kinds = {kind};
    c.explanation = explanation;
    return c;
}

WireCheck refuse(const QString &hint)
{
    WireCheck c;
    c.explanation = hint;
    return c;
}

bool isOneOf(const QString &kind, std::initializer_list<const char *> kinds)
{
    for (const char *k : kinds)
        if (kind == QLatin1String(k))
            return true;
    return false;
}

} // namespace

WiringRules::WiringRules(const Catalog &catalog)
    : m_catalog(catalog)
{
}

bool WiringRules::isCompute(const QString &kindId) const
{
    const KindSpec *k = m_catalog.kind(kindId);
    return k && k->is(KindSpec::Compute);
}

bool WiringRules::streamEnabled(const Node &node) const
{
    return m_catalog.nodeValue(node.kind, node.props, QStringLiteral("streamEnabled")).toBool();
}

QString WiringRules::name(const QString &kindId) const
{
    const KindSpec *k = m_catalog.kind(kindId);
    return k ? k->shortName : kindId;
}

WireCheck WiringRules::check(const Node &from, const Node &to, std::optional<EdgeKind> requested) const
{
    if (!m_catalog.kind(from.kind) || !m_catalog.kind(to.kind))
        return refuse(QCoreApplication::translate("WiringRules", "Unknown service kind."));
    if (from.id == to.id)
        return refuse(QCoreApplication::translate("WiringRules", "A service cannot be wired to itself."));

    WireCheck result;
    if (isCompute(from.kind))
        return checkFromCompute(from, to, requested);
    if (m_catalog.kind(from.kind)->anyWire || m_catalog.kind(to.kind)->anyWire)
        return checkAnyWire(from, to, requested);
    result = isCompute(to.kind) ? checkTrigger(from, to) : checkRoute(from, to);
    if (result.allowed && requested && *requested != result.kind)
        return refuse(QCoreApplication::translate("WiringRules", "A wire from %1 to %2 can only be a %3 wire.")
                          .arg(name(from.kind), name(to.kind), edgeKindId(result.kind)));
    return result;
}

WireCheck WiringRules::checkTrigger(const Node &from, const Node &to) const
{
    const QString &s = from.kind;
    const bool toLambda = to.kind == QLatin1String("lambda");
    const QString target = name(to.kind);

    if (isOneOf(s, {"apigw", "alb"}))
        return allow(EdgeKind::Trigger, InvocationModel::SyncPush,
                     toLambda ? QCoreApplication::translate("WiringRules", "Invokes the function synchronously and waits for its response.")
                              : QCoreApplication::translate("WiringRules", "Forwards HTTP requests to the service (an HTTP integration; API "
                                   "Gateway reaches private services through a VPC link)."));
    if (s == QLatin1String("alexa"))
        return toLambda ? allow(EdgeKind::Trigger, InvocationModel::SyncPush,
                                QCoreApplication::translate("WiringRules", "The skill invokes the function synchronously for each request."))
                        : refuse(QCoreApplication::translate("WiringRules", "Alexa skills call a Lambda function: wire the skill to Lambda "
                                    "and call %1 from there.").arg(target));
    if (s == QLatin1String("s3"))
        return toLambda ? allow(EdgeKind::Trigger, InvocationModel::AsyncPush,
                                QCoreApplication::translate("WiringRules", "Object events invoke the function asynchronously."))
                        : refuse(QCoreApplication::translate("WiringRules", "S3 event notifications reach only Lambda, SNS, SQS and "
                                    "EventBridge: route through SNS, SQS or EventBridge to reach %1.")
                                     .arg(target));
    if (s == QLatin1String("sns"))
        return allow(EdgeKind::Trigger, InvocationModel::AsyncPush,
                     toLambda ? QCoreApplication::translate("WiringRules", "Each message is pushed asynchronously to the function; every "
                                   "subscriber gets its own copy (fan-out).")
                              : QCoreApplication::translate("WiringRules", "Messages are pushed to the service through an HTTP/S "
                                   "subscription; every subscriber gets its own copy."));
    if (s == QLatin1String("eventbridge")) {
        if (toLambda)
            return allow(EdgeKind::Trigger, InvocationModel::AsyncPush,
                         QCoreApplication::translate("WiringRules", "Matching events (or the schedule) invoke the function asynchronously."));
        if (to.kind == QLatin1String("ec2"))
            return refuse(QCoreApplication::translate("WiringRules", "EventBridge cannot target an EC2 Auto Scaling group: send the events "
                             "to an SQS queue the instances poll, or to Lambda."));
        return allow(EdgeKind::Trigger, InvocationModel::AsyncPush,
                     QCoreApplication::translate("WiringRules", "Matching events start a task (ECS RunTask) or call the service's HTTP "
                        "endpoint (an API destination)."));
    }
    if (s == QLatin1String("config"))
        return toLambda ? allow(EdgeKind::Trigger, InvocationModel::AsyncPush,
                                QCoreApplication::translate("WiringRules", "The Config rule invokes the function asynchronously to "
                                   "evaluate a resource."))
                        : refuse(QCoreApplication::translate("WiringRules", "Config rules invoke only Lambda: route Config's change events "
                                    "through EventBridge or SNS into an SQS queue, or use Lambda."));
    if (s == QLatin1String("iot"))
        return toLambda ? allow(EdgeKind::Trigger, InvocationModel::AsyncPush,
                                QCoreApplication::translate("WiringRules", "The IoT rule invokes the function asynchronously. (Older notes "
                                   "list IoT as a synchronous source; the Lambda documentation lists "
                                   "it as asynchronous.)"))
                        : refuse(QCoreApplication::translate("WiringRules", "IoT rules cannot call %1 directly: route the rule to an SQS "
                                    "queue or a Kinesis stream and consume that.").arg(target));
    if (s == QLatin1String("kinesis"))
        return allow(EdgeKind::Trigger, InvocationModel::StreamPoll,
                     toLambda ? QCoreApplication::translate("WiringRules", "Lambda polls each shard and invokes the function with batches "
                                   "of records, in order per shard.")
                              : QCoreApplication::translate("WiringRules", "The consumer application polls the shards (KCL or enhanced "
                                   "fan-out); one worker per shard keeps order."));
    if (s == QLatin1String("dynamodb")) {
        if (!toLambda)
            return refuse(QCoreApplication::translate("WiringRules", "DynamoDB Streams triggers only Lambda: use a Lambda function, or "
                             "stream the table into Kinesis and consume that from %1.").arg(target));
        if (!streamEnabled(from))
            return refuse(QCoreApplication::translate("WiringRules", "The table's stream is off: enable the table's stream (Stream "
                             "enabled, in the inspector) to trigger the function."));
        return allow(EdgeKind::Trigger, InvocationModel::StreamPoll,
                     QCoreApplication::translate("WiringRules", "Lambda polls the table's stream shards and invokes the function with "
                        "batches of item changes."));
    }
    if (s == QLatin1String("sqs"))
        return allow(EdgeKind::Trigger, InvocationModel::QueuePoll,
                     toLambda ? QCoreApplication::translate("WiringRules", "Lambda's pollers receive batches of messages and invoke the "
                                   "function; failed messages return to the queue.")
                              : QCoreApplication::translate("WiringRules", "Workers poll the queue and scale on its depth."));
    if (s == QLatin1String("opensearch"))
        return refuse(QCoreApplication::translate("WiringRules", "OpenSearch is a destination, not an event source: wire compute to it "
                         "to write data."));
    return refuse(QCoreApplication::translate("WiringRules", "%1 cannot deliver events to %2.").arg(name(s), target));
}

WireCheck WiringRules::checkRoute(const Node &from, const Node &to) const
{
    const QString &s = from.kind;
    const QString &t = to.kind;
    if (s == QLatin1String("s3") && isOneOf(t, {"sns", "sqs", "eventbridge"}))
        return allow(EdgeKind::Trigger, InvocationModel::AsyncPush,
                     QCoreApplication::translate("WiringRules", "S3 sends object event notifications here asynchronously."));
    if (s == QLatin1String("sns") && t == QLatin1String("sqs"))
        return allow(EdgeKind::Trigger, InvocationModel::AsyncPush,
                     QCoreApplication::translate("WiringRules", "The queue subscribes to the topic: each message is copied into it "
                        "(fan-out with buffering)."));
    if (s == QLatin1String("eventbridge") && isOneOf(t, {"sqs", "sns", "kinesis"}))
        return allow(EdgeKind::Trigger, InvocationModel::AsyncPush,
                     QCoreApplication::translate("WiringRules", "Matching events are delivered to this target asynchronously."));
    if (s == QLatin1String("config") && isOneOf(t, {"sns", "eventbridge"}))
        return allow(EdgeKind::Trigger, InvocationModel::AsyncPush,
                     QCoreApplication::translate("WiringRules", "AWS Config publishes configuration and compliance changes here."));
    if (s == QLatin1String("iot") && isOneOf(t, {"sqs", "sns", "kinesis", "dynamodb", "s3", "opensearch"}))
        return allow(EdgeKind::Trigger, InvocationModel::AsyncPush,
                     QCoreApplication::translate("WiringRules", "An IoT rule action delivers matching messages here."));
    if (s == QLatin1String("dynamodb") && t == QLatin1String("kinesis"))
        return allow(EdgeKind::Trigger, InvocationModel::AsyncPush,
                     QCoreApplication::translate("WiringRules", "Kinesis Data Streams for DynamoDB copies every item change into the stream."));
    if (s == QLatin1String("apigw") && isOneOf(t, {"sqs", "sns", "kinesis", "eventbridge", "dynamodb", "s3"}))
        return allow(EdgeKind::Trigger, InvocationModel::SyncPush,
                     QCoreApplication::translate("WiringRules", "A direct AWS service integration: the API calls the service itself, "
                        "with no function in between."));
    if (s == QLatin1String("opensearch"))
        return refuse(QCoreApplication::translate("WiringRules", "OpenSearch is a destination, not an event source."));
    if (s == QLatin1String("alb"))
        return refuse(QCoreApplication::translate("WiringRules", "A load balancer forwards only to targets: Lambda functions, or the "
                         "instances and tasks of EC2, ECS and EKS."));
    if (s == QLatin1String("sqs"))
        return refuse(QCoreApplication::translate("WiringRules", "A queue is polled by its consumers: wire it to Lambda or to a worker "
                         "service (ECS, EKS, EC2)."));
    if (s == QLatin1String("kinesis"))
        return refuse(QCoreApplication::translate("WiringRules", "A stream is read by consumers: wire it to Lambda or to a consumer "
                         "service, and write to %1 from there.").arg(name(t)));
    if (s == QLatin1String("alexa"))
        return refuse(QCoreApplication::translate("WiringRules", "Alexa skills call a Lambda function: wire the skill to Lambda."));
    return refuse(QCoreApplication::translate("WiringRules", "%1 cannot deliver events to %2: put compute in between, or route through "
                     "SNS, SQS or EventBridge where they allow it.").arg(name(s), name(t)));
}

WireCheck WiringRules::checkFromCompute(const Node &from, const Node &to,
                                        std::optional<EdgeKind> requested) const
{
    const QString &t = to.kind;
    // A resource of no known kind takes whatever its source drew: a write, or a failure route.
    const bool anyWire = m_catalog.kind(t)->anyWire;
    if (!anyWire && isCompute(t))
        return refuse(QCoreApplication::translate("WiringRules", "Compute does not call compute directly on this canvas: put a queue, a "
                         "topic, EventBridge or an API between them so the call has a model."));
    if (!anyWire && !isOneOf(t, {"s3", "dynamodb", "opensearch", "kinesis", "sns", "sqs", "eventbridge"}))
        return refuse(QCoreApplication::translate("WiringRules", "%1 is an event source, not a destination compute can write to.").arg(name(t)));

    WireCheck write = allow(EdgeKind::Write, InvocationModel::Write,
                            anyWire ? QCoreApplication::translate("WiringRules", "The compute writes to this resource. Archscope does not "
                                         "check wires to or from resources it has no kind for.")
                                    : QCoreApplication::translate("WiringRules", "The compute writes data here, which may trigger more compute."));
    const bool failureTarget = from.kind == QLatin1String("lambda") && (anyWire || isOneOf(t, {"sqs", "sns"}));
    if (failureTarget)
        write.kinds.append(EdgeKind::Failure);
    if (!requested || *requested == EdgeKind::Write)
        return write;
    if (*requested == EdgeKind::Failure) {
        if (!failureTarget)
            return refuse(QCoreApplication::translate("WiringRules", "Only a Lambda function can send failed asynchronous events to a "
                             "failure destination, and only to an SQS queue or SNS topic."));
        WireCheck failure = allow(EdgeKind::Failure, InvocationModel::OnFailure,
                                  QCoreApplication::translate("WiringRules", "Asynchronous events that still fail after their retries "
                                     "are sent here instead of being dropped."));
        failure.kinds = write.kinds;
        return failure;
    }
    return refuse(QCoreApplication::translate("WiringRules", "A wire from compute is a write or a failure route, not a trigger."));
}

InvocationModel WiringRules::deliveryModel(const Node &from) const
{
    const KindSpec *kind = m_catalog.kind(from.kind);
    if (kind && kind->anyWire) {
        const QString id = m_catalog.nodeValue(from.kind, from.props, QStringLiteral("invokes")).toString();
        for (InvocationModel m : {InvocationModel::SyncPush, InvocationModel::StreamPoll, InvocationModel::QueuePoll})
            if (invocationModelId(m) == id)
                return m;
        return InvocationModel::AsyncPush;
    }
    // A known source delivers to a resource of unknown kind the way it delivers to a function:
    // the trigger table says how, so it is asked rather than restated.
    const Node source{from.id, from.kind, {}, {}, {{QStringLiteral("streamEnabled"), true}}, {}};
    const Node function{QStringLiteral("\n"), QStringLiteral("lambda"), {}, {}, {}, {}};
    const WireCheck c = checkTrigger(source, function);
    return c.allowed ? c.model : InvocationModel::AsyncPush;
}

WireCheck WiringRules::checkAnyWire(const Node &from, const Node &to, std::optional<EdgeKind> requested) const
{
    if (requested && *requested != EdgeKind::Trigger)
        return refuse(QCoreApplication::translate("WiringRules", "A wire from %1 to %2 can only be a %3 wire.")
                          .arg(name(from.kind), name(to.kind), edgeKindId(EdgeKind::Trigger)));
    const InvocationModel model = deliveryModel(from);
    const QString how = invocationModelLabel(model);
    return allow(EdgeKind::Trigger, model,
                 m_catalog.kind(from.kind)->anyWire
                     ? QCoreApplication::translate("WiringRules", "The external resource delivers events here (%1, its "
                          "“Invokes targets” setting). Archscope does not check wires to or from resources it has "
                          "no kind for.").arg(how)
                     : QCoreApplication::translate("WiringRules", "%1 delivers events to this resource as it would to a "
                          "function (%2). Archscope does not check wires to or from resources it has no kind for.")
                           .arg(name(from.kind), how));
}

QString WiringRules::describe(const WireCheck &c, const QString &otherName, bool outgoing) const
{
    const QString arrow = outgoing ? QStringLiteral("→ %1").arg(otherName)
                                   : QStringLiteral("%1 →").arg(otherName);
    if (!c.allowed)
        return QCoreApplication::translate("WiringRules", "%1: ✗ %2").arg(arrow, c.explanation);
    QStringList models;
    for (EdgeKind k : c.kinds)
        models.append(k == EdgeKind::Failure ? invocationModelLabel(InvocationModel::OnFailure)
                                             : invocationModelLabel(c.model));
    return QCoreApplication::translate("WiringRules", "%1: ✓ %2").arg(arrow, models.join(QStringLiteral(" / ")));
}

QStringList WiringRules::outgoingSummary(const QString &kindId) const
{
    QStringList lines;
    Node self{QStringLiteral("a"), kindId, {}, {}, {{QStringLiteral("streamEnabled"), true}}, {}};
    for (const KindSpec &other : m_catalog.kinds()) {
        if (other.id == kindId && !isCompute(kindId))
            continue;
        const Node target{QStringLiteral("b"), other.id, {}, {}, {}, {}};
        lines.append(describe(check(self, target), other.shortName, true));
    }
    return lines;
}

QStringList WiringRules::incomingSummary(const QString &kindId) const
{
    QStringList lines;
    const Node self{QStringLiteral("b"), kindId, {}, {}, {}, {}};
    for (const KindSpec &other : m_catalog.kinds()) {
        if (other.id == kindId && !isCompute(kindId))
            continue;
        Node source{QStringLiteral("a"), other.id, {}, {}, {{QStringLiteral("streamEnabled"), true}}, {}};
        lines.append(describe(check(source, self), other.shortName, false));
    }
    return lines;
}

} // namespace archscope
