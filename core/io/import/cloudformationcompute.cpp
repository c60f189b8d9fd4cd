// Containers and instances in a CloudFormation import: ECS services (Fargate or EC2 from their
// launch type or capacity providers), Auto Scaling groups, EKS clusters and their node groups,
// load balancers and what is registered behind them, and the scaling settings that fold in.
#include "cloudformationimport_p.h"
#include "sourcetree.h"

#include "importmapping.h"

#include <QCoreApplication>

namespace archscope {

using json = nlohmann::ordered_json;
using sourcetree::key;

namespace {

const QString taskDefinitionType = QStringLiteral("AWS::ECS::TaskDefinition");
const QString targetGroupType = QStringLiteral("AWS::ElasticLoadBalancingV2::TargetGroup");
const QString listenerType = QStringLiteral("AWS::ElasticLoadBalancingV2::Listener");
const QString loadBalancerType = QStringLiteral("AWS::ElasticLoadBalancingV2::LoadBalancer");
const QString groupType = QStringLiteral("AWS::AutoScaling::AutoScalingGroup");

} // namespace

QString CfnImport::ecsLaunchKind(const json &strategy)
{
    if (!strategy.is_array() || strategy.empty())
        return {};
    for (const json &entry : strategy) {
        const CfnResolver::Result provider =
            m_r.resolve(entry.is_object() ? entry.value("CapacityProvider", json()) : json());
        const QString name = provider.value ? CfnResolver::text(*provider.value).value_or(QString()) : QString();
        if (name.startsWith(QLatin1String("FARGATE")))
            return QStringLiteral("fargate");
    }
    return QStringLiteral("ecs_ec2");
}

void CfnImport::ecsService(const QString &id)
{
    const QString at = path(id);
    QString kind;
    json strategy;
    const std::optional<QString> launchType = text(id, {key("LaunchType")});
    if (launchType) {
        kind = *launchType == QLatin1String("FARGATE") ? QStringLiteral("fargate") : QStringLiteral("ecs_ec2");
    } else if (const json *s = prop(id, {key("CapacityProviderStrategy")})) {
        strategy = *s;
        kind = ecsLaunchKind(strategy);
    }
    // Neither: the cluster's default capacity providers, else ECS's default launch type (EC2).
    const json *clusterRef = prop(id, {key("Cluster")});
    const QStringList clusters =
        clusterRef ? refsOfType(*clusterRef, {QStringLiteral("AWS::ECS::Cluster")}) : QStringList();
    if (kind.isEmpty() && !clusters.isEmpty()) {
        if (const json *s = prop(clusters.first(), {key("DefaultCapacityProviderStrategy")}))
            strategy = *s;
        for (const QString &assoc : std::as_const(m_order)) {
            const json *c = type(assoc) == QLatin1String("AWS::ECS::ClusterCapacityProviderAssociations")
                                ? prop(assoc, {key("Cluster")})
                                : nullptr;
            if (c && m_r.refs(*c).contains(clusters.first())) {
                if (const json *s = prop(assoc, {key("DefaultCapacityProviderStrategy")}))
                    strategy = *s;
                m_b.folded(path(assoc), type(assoc), {},
                           QCoreApplication::translate("TemplateImport", "the capacity providers of a cluster"));
            }
        }
        kind = ecsLaunchKind(strategy);
    }
    const json *defRef = prop(id, {key("TaskDefinition")});
    const QStringList defs = defRef ? refsOfType(*defRef, {taskDefinitionType}) : QStringList();
    if (kind.isEmpty() && !defs.isEmpty()) {
        const json *compat = prop(defs.first(), {key("RequiresCompatibilities")});
        if (compat && compat->is_array() && compat->size() == 1 && compat->at(0) == "FARGATE")
            kind = QStringLiteral("fargate");
    }
    if (kind.isEmpty())
        kind = QStringLiteral("ecs_ec2");

    const QString node = m_b.addResourceNode(id, kind, label(id), at, type(id));
    m_nodeOf.insert(id, node);
    for (const QString &cluster : clusters)
        m_b.folded(path(cluster), type(cluster), node,
                   QCoreApplication::translate("TemplateImport", "the cluster of its services"));

    if (kind == QLatin1String("fargate")) {
        if (!defs.isEmpty()) {
            const QString def = defs.first();
            if (const std::optional<QString> cpu = text(def, {key("Cpu")}, node)) {
                if (const std::optional<double> v = importmapping::ecsVcpu(*cpu))
                    m_b.setProp(node, QStringLiteral("vcpu"), *v, path(def, {key("Cpu")}));
                else
                    m_b.warn(path(def, {key("Cpu")}),
                             QCoreApplication::translate("TemplateImport", "%1 is not a task CPU size").arg(*cpu),
                             node);
            }
            if (const std::optional<QString> memory = text(def, {key("Memory")}, node)) {
                if (const std::optional<double> v = importmapping::ecsMemoryGb(*memory))
                    m_b.setProp(node, QStringLiteral("memoryGb"), *v, path(def, {key("Memory")}));
                else
                    m_b.warn(path(def, {key("Memory")}),
                             QCoreApplication::translate("TemplateImport", "%1 is not a task memory size").arg(*memory),
                             node);
            }
            if (text(def, {key("RuntimePlatform"), key("CpuArchitecture")}, node) == QLatin1String("ARM64"))
                m_b.setProp(node, QStringLiteral("arch"), QStringLiteral("arm64"), path(def, {key("RuntimePlatform")}));
        } else if (defRef) {
            m_b.warn(path(id, {key("TaskDefinition")}),
                     QCoreApplication::translate("TemplateImport",
                                                 "the task definition is not in this template: the task size "
                                                 "keeps its defaults"),
                     node);
        }
        if (const std::optional<double> desired = number(id, {key("DesiredCount")}, node)) {
            m_b.setProp(node, QStringLiteral("minTasks"), *desired, path(id, {key("DesiredCount")}));
            m_b.setProp(node, QStringLiteral("maxTasks"), std::max(1.0, *desired), path(id, {key("DesiredCount")}));
        }
    } else {
        // ECS on EC2: the instances come from the capacity provider's Auto Scaling group.
        QString group;
        for (const QString &provider : refsOfType(strategy, {QStringLiteral("AWS::ECS::CapacityProvider")})) {
            const json *arn = prop(provider, {key("AutoScalingGroupProvider"), key("AutoScalingGroupArn")});
            const QStringList groups = arn ? refsOfType(*arn, {groupType}) : QStringList();
            if (!groups.isEmpty() && group.isEmpty())
                group = groups.first();
            m_b.folded(path(provider), type(provider), node,
                       QCoreApplication::translate("TemplateImport", "the instances of its services"));
        }
        if (!group.isEmpty()) {
            instancesFrom(group, node);
            m_b.folded(path(group), groupType, node,
                       QCoreApplication::translate("TemplateImport", "the instances of its services"));
        } else {
            m_b.warn(at,
                     QCoreApplication::translate("TemplateImport", "the instances the service runs on are not in "
                                                                   "this template: the instance type and counts "
                                                                   "keep their defaults"),
                     node);
        }
    }
    for (const QString &def : defs)
        m_b.folded(path(def), type(def), node,
                   QCoreApplication::translate("TemplateImport", "the task of this service"));
    if (const json *lbs = prop(id, {key("LoadBalancers")}))
        for (const QString &tg : refsOfType(*lbs, {targetGroupType}))
            m_targetGroupCompute[tg].append(node);
}

void CfnImport::instancesFrom(const QString &group, const QString &node)
{
    copyNumber(group, {key("MinSize")}, node, QStringLiteral("minInstances"));
    copyNumber(group, {key("MaxSize")}, node, QStringLiteral("maxInstances"));
    QStringList templates;
    for (const QStringList &keys :
         {QStringList{key("LaunchTemplate")},
          QStringList{key("MixedInstancesPolicy"), key("LaunchTemplate"), key("LaunchTemplateSpecification")}})
        if (const json *lt = prop(group, keys))
            templates += refsOfType(*lt, {QStringLiteral("AWS::EC2::LaunchTemplate")});
    std::optional<QString> instance;
    QString at;
    if (prop(group,
             {key("MixedInstancesPolicy"), key("LaunchTemplate"), key("Overrides"), key("0"), key("InstanceType")})) {
        at = path(group, {key("MixedInstancesPolicy"), key("LaunchTemplate"), key("Overrides"), key("0"),
                          key("InstanceType")});
        instance =
            text(group,
                 {key("MixedInstancesPolicy"), key("LaunchTemplate"), key("Overrides"), key("0"), key("InstanceType")},
                 node);
    }
    for (const QString &lt : std::as_const(templates)) {
        if (!instance && prop(lt, {key("LaunchTemplateData"), key("InstanceType")})) {
            at = path(lt, {key("LaunchTemplateData"), key("InstanceType")});
            instance = text(lt, {key("LaunchTemplateData"), key("InstanceType")}, node);
        }
        m_b.folded(path(lt), type(lt), node, QCoreApplication::translate("TemplateImport", "the instance type"));
    }
    if (const json *lc = prop(group, {key("LaunchConfigurationName")})) {
        for (const QString &config : refsOfType(*lc, {QStringLiteral("AWS::AutoScaling::LaunchConfiguration")})) {
            if (!instance) {
                at = path(config, {key("InstanceType")});
                instance = text(config, {key("InstanceType")}, node);
            }
            m_b.folded(path(config), type(config), node,
                       QCoreApplication::translate("TemplateImport", "the instance type"));
        }
    }
    if (instance)
        m_b.setProp(node, QStringLiteral("instanceType"), *instance, at);
}

void CfnImport::autoScalingGroup(const QString &id)
{
    if (m_capacityGroups.contains(id))
        return; // an ECS capacity provider's instances: folded into its services
    const QString node = m_b.addResourceNode(id, QStringLiteral("ec2"), label(id), path(id), type(id));
    m_nodeOf.insert(id, node);
    instancesFrom(id, node);
    if (const json *tgs = prop(id, {key("TargetGroupARNs")}))
        for (const QString &tg : refsOfType(*tgs, {targetGroupType}))
            m_targetGroupCompute[tg].append(node);
}

void CfnImport::loadBalancers()
{
    // Targets registered by the target group itself: functions and single instances.
    for (const QString &tg : std::as_const(m_order)) {
        if (type(tg) != targetGroupType)
            continue;
        if (const json *targets = prop(tg, {key("Targets")}))
            for (const QString &ref : m_r.refs(*targets))
                if (!nodeOf(ref).isEmpty())
                    m_targetGroupCompute[tg].append(nodeOf(ref));
    }
    // Listener → load balancer and the target groups it forwards to (its rules included).
    QHash<QString, QString> balancerOf;
    QHash<QString, QStringList> groupsOf;
    for (const QString &id : std::as_const(m_order)) {
        const QString t = type(id);
        if (t == listenerType) {
            const json *lb = prop(id, {key("LoadBalancerArn")});
            const QStringList lbs = lb ? refsOfType(*lb, {loadBalancerType}) : QStringList();
            if (!lbs.isEmpty())
                balancerOf.insert(id, lbs.first());
            if (const json *actions = prop(id, {key("DefaultActions")}))
                groupsOf[id] += refsOfType(*actions, {targetGroupType});
        } else if (t == QLatin1String("AWS::ElasticLoadBalancingV2::ListenerRule")) {
            const json *listener = prop(id, {key("ListenerArn")});
            const QStringList listeners = listener ? refsOfType(*listener, {listenerType}) : QStringList();
            const json *actions = prop(id, {key("Actions")});
            if (!listeners.isEmpty() && actions) {
                groupsOf[listeners.first()] += refsOfType(*actions, {targetGroupType});
                m_b.folded(path(id), t, nodeOf(balancerOf.value(listeners.first())),
                           QCoreApplication::translate("TemplateImport", "a routing rule of a load balancer"));
            }
        }
    }
    QStringList balancers;
    for (const QString &id : std::as_const(m_order))
        if (type(id) == loadBalancerType && !nodeOf(id).isEmpty())
            balancers.append(id);
    QSet<QString> attached;
    for (auto it = groupsOf.constBegin(); it != groupsOf.constEnd(); ++it) {
        const QString lb = balancerOf.value(it.key());
        for (const QString &tg : it.value()) {
            attached.insert(tg);
            m_behind[it.key()] += m_targetGroupCompute.value(tg);
            if (!lb.isEmpty())
                m_behind[lb] += m_targetGroupCompute.value(tg);
        }
        if (!lb.isEmpty())
            m_b.folded(path(it.key()), listenerType, nodeOf(lb),
                       QCoreApplication::translate("TemplateImport", "a listener: the wires from its load balancer"));
    }
    for (const QString &tg : std::as_const(m_order)) {
        if (type(tg) != targetGroupType)
            continue;
        m_behind[tg] = m_targetGroupCompute.value(tg);
        if (!attached.contains(tg)) {
            if (balancers.size() == 1) {
                m_behind[balancers.first()] += m_targetGroupCompute.value(tg);
                m_b.warn(path(tg),
                         QCoreApplication::translate("TemplateImport", "no listener forwards to this target group; "
                                                                       "it is drawn behind the template's only "
                                                                       "load balancer"));
            } else {
                m_b.warn(path(tg),
                         QCoreApplication::translate("TemplateImport", "no listener forwards to this target group: its "
                                                                       "targets get no wire from a load balancer"));
            }
        }
        const QStringList compute = m_targetGroupCompute.value(tg);
        m_b.folded(
            path(tg), targetGroupType, compute.isEmpty() ? QString() : compute.first(),
            QCoreApplication::translate("TemplateImport", "a target group: the wires to what is registered in it"));
    }
    for (const QString &lb : std::as_const(balancers)) {
        m_behind[lb].removeDuplicates();
        for (const QString &to : m_behind.value(lb))
            m_b.wire(nodeOf(lb), to, EdgeKind::Trigger, {}, path(lb));
    }
    // REST API VPC links point at balancers: API Gateway reaches what they reach.
    for (const QString &link : std::as_const(m_order)) {
        if (type(link) != QLatin1String("AWS::ApiGateway::VpcLink"))
            continue;
        const json *targets = prop(link, {key("TargetArns")});
        for (const QString &lb : targets ? refsOfType(*targets, {loadBalancerType}) : QStringList()) {
            const Node *n = m_b.node(nodeOf(lb));
            if (n && n->kind == QLatin1String("alb"))
                m_behind[link] += m_behind.value(lb);
            else if (n)
                m_behind[link].append(n->id);
            m_b.folded(path(link), type(link), n ? n->id : QString(),
                       QCoreApplication::translate("TemplateImport",
                                                   "a VPC link: API Gateway reaches the balancer through it"));
        }
    }
}

void CfnImport::foldSettings(const QString &id)
{
    const QString t = type(id);
    if (t == QLatin1String("AWS::Lambda::Alias")) {
        const json *fnRef = prop(id, {key("FunctionName")});
        const QStringList fns = fnRef ? m_r.refs(*fnRef) : QStringList();
        const QString fn = fns.isEmpty() ? QString() : nodeOf(fns.first());
        if (!fn.isEmpty() && prop(id, {key("ProvisionedConcurrencyConfig")})) {
            copyNumber(id, {key("ProvisionedConcurrencyConfig"), key("ProvisionedConcurrentExecutions")}, fn,
                       QStringLiteral("provisionedConcurrency"));
            m_b.folded(path(id), t, fn,
                       QCoreApplication::translate("TemplateImport", "the provisioned concurrency of this function"));
        } else {
            m_b.ignored(path(id), t, QCoreApplication::translate("TemplateImport", "deployment plumbing"));
        }
    } else if (t == QLatin1String("AWS::ApplicationAutoScaling::ScalableTarget")) {
        const json *resourceId = prop(id, {key("ResourceId")});
        const QStringList services =
            resourceId ? refsOfType(*resourceId, {QStringLiteral("AWS::ECS::Service")}) : QStringList();
        const QString node = services.isEmpty() ? QString() : nodeOf(services.first());
        if (!node.isEmpty() && m_b.node(node)->kind == QLatin1String("fargate")) {
            copyNumber(id, {key("MinCapacity")}, node, QStringLiteral("minTasks"));
            copyNumber(id, {key("MaxCapacity")}, node, QStringLiteral("maxTasks"));
            m_b.folded(path(id), t, node,
                       QCoreApplication::translate("TemplateImport", "the task counts of this service"));
        }
    } else if (t == QLatin1String("AWS::ApplicationAutoScaling::ScalingPolicy")
               || t == QLatin1String("AWS::AutoScaling::ScalingPolicy")) {
        const bool ecs = t == QLatin1String("AWS::ApplicationAutoScaling::ScalingPolicy");
        const QString configKey =
            ecs ? key("TargetTrackingScalingPolicyConfiguration") : key("TargetTrackingConfiguration");
        QString node;
        if (ecs) {
            const json *target = prop(id, {key("ScalingTargetId")});
            for (const QString &st : target ? m_r.refs(*target) : QStringList())
                if (const json *resourceId = prop(st, {key("ResourceId")}))
                    for (const QString &service : refsOfType(*resourceId, {QStringLiteral("AWS::ECS::Service")}))
                        node = nodeOf(service);
        } else if (const json *group = prop(id, {key("AutoScalingGroupName")})) {
            for (const QString &g : refsOfType(*group, {groupType}))
                node = nodeOf(g);
        }
        if (!node.isEmpty() && prop(id, {configKey, key("TargetValue")})) {
            if (const std::optional<double> v = number(id, {configKey, key("TargetValue")}, node))
                m_b.setProp(node, QStringLiteral("targetUtilization"), *v / 100,
                            path(id, {configKey, key("TargetValue")}));
            m_b.folded(path(id), t, node,
                       QCoreApplication::translate("TemplateImport", "the target utilization of this service"));
        }
    } else if (t == QLatin1String("AWS::EKS::Nodegroup") || t == QLatin1String("AWS::EKS::FargateProfile")) {
        const json *cluster = prop(id, {key("ClusterName")});
        const QStringList clusters =
            cluster ? refsOfType(*cluster, {QStringLiteral("AWS::EKS::Cluster")}) : QStringList();
        const QString node = clusters.isEmpty() ? QString() : nodeOf(clusters.first());
        if (node.isEmpty())
            return;
        if (t == QLatin1String("AWS::EKS::FargateProfile")) {
            bool nodeGroups = false;
            for (const QString &other : std::as_const(m_order))
                if (type(other) == QLatin1String("AWS::EKS::Nodegroup"))
                    if (const json *c = prop(other, {key("ClusterName")}); c && m_r.refs(*c).contains(clusters.first()))
                        nodeGroups = true;
            if (!nodeGroups)
                m_b.setProp(node, QStringLiteral("nodeType"), QStringLiteral("fargate"), path(id));
            m_b.folded(path(id), t, node,
                       QCoreApplication::translate("TemplateImport", "where this cluster's pods run"));
            return;
        }
        // Node groups add up: their minimum and maximum sizes are the cluster's.
        Node *n = m_b.node(node);
        const bool first = !n->props.contains(QStringLiteral("minInstances"));
        if (const std::optional<QString> instance = text(id, {key("InstanceTypes"), key("0")}, node))
            if (first)
                m_b.setProp(node, QStringLiteral("instanceType"), *instance, path(id, {key("InstanceTypes")}));
        for (const auto &[field, prop] : {std::pair{"MinSize", "minInstances"}, std::pair{"MaxSize", "maxInstances"}}) {
            const std::optional<double> v = number(id, {key("ScalingConfig"), key(field)}, node);
            if (!v)
                continue;
            const double before = first ? 0 : n->props.value(QLatin1String(prop)).toDouble();
            m_b.setProp(node, QLatin1String(prop), before + *v, path(id, {key("ScalingConfig"), key(field)}));
        }
        if (!first)
            m_b.warn(path(id),
                     QCoreApplication::translate("TemplateImport", "a second node group: the sizes are added up and "
                                                                   "the first group's instance type is kept"),
                     node);
        m_b.folded(path(id), t, node, QCoreApplication::translate("TemplateImport", "the instances of this cluster"));
    }
}

} // namespace archscope
