#pragma once

#include "cfnresolver.h"
#include "importbuilder.h"
#include "templateimport.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>

namespace archscope {

// One CloudFormation/SAM import, in three passes over Resources (in template order):
//  1. nodes (cloudformationimporter.cpp): every resource of a known kind becomes a node with
//     its properties; IAM, permissions, networking and plumbing are listed as ignored; what
//     folds into wires or settings waits for pass 2; anything else becomes an external node.
//  2. wires (cloudformationwires.cpp, samevents.cpp): SAM events, event source mappings,
//     notifications, subscriptions, rule targets, API integrations, load balancers, failure
//     destinations, redrive, write permissions; and settings from aliases, task definitions,
//     scaling targets, node groups.
//  3. the report: whatever pass 2 could not fold is still listed, with why.
// SAM's Globals are merged into each serverless resource's properties first.
class CfnImport
{
public:
    using json = nlohmann::ordered_json;

    CfnImport(const json &root, const Catalog &catalog);
    void run(ImportResult *out);

private:
    // --- reading values (cloudformationimporter.cpp)
    QString path(const QString &id, const QStringList &keys = {}) const;
    const json *prop(const QString &id, const QStringList &keys) const;
    // The resolved value at Properties.keys, or empty (unresolved: a warning names the path).
    std::optional<json> value(const QString &id, const QStringList &keys, const QString &nodeId = {});
    std::optional<double> number(const QString &id, const QStringList &keys, const QString &nodeId = {});
    std::optional<QString> text(const QString &id, const QStringList &keys, const QString &nodeId = {});
    std::optional<bool> flag(const QString &id, const QStringList &keys, const QString &nodeId = {});
    // Sets `key` of `nodeId` from Properties.keys when present and resolved.
    void copyNumber(const QString &id, const QStringList &keys, const QString &nodeId, const QString &key);
    QString type(const QString &id) const { return m_r.resourceType(id); }
    QString nodeOf(const QString &id) const { return m_nodeOf.value(id); }
    // Where a link points: the node of a resource it refers to, a resource found by its
    // physical name, or a node for something outside the template (of `expectedKind`).
    // Empty when it refers to a resource that is no node (the caller decides).
    QString target(const json &value, const QString &at, const QString &expectedKind, QString *logicalId = nullptr);
    // The logical ids `value` refers to, of the given types.
    QStringList refsOfType(const json &value, const QStringList &types) const;
    QString label(const QString &id) const;

    // --- pass 1 (cloudformationimporter.cpp)
    void applyGlobals();
    void readMetadata();
    void makeNode(const QString &id);
    void lambdaProps(const QString &id, const QString &node);
    void ecsService(const QString &id);
    void autoScalingGroup(const QString &id);
    // Instance type and group size from an Auto Scaling group onto `node` (ec2 or ecs_ec2).
    void instancesFrom(const QString &group, const QString &node);
    QString ecsLaunchKind(const json &strategy);
    QString ignoreReason(const QString &type) const;
    bool foldsLater(const QString &type) const;
    void conditional(const QString &id);

    // --- pass 2 (cloudformationwires.cpp)
    void wires(const QString &id);
    void eventSourceMapping(const QString &id);
    void eventInvokeConfig(const QString &fn, const json &config, const QString &at);
    void failureRoute(const QString &fn, const json &destination, const QString &at, const QString &expectedKind);
    void s3Notifications(const QString &id);
    void snsSubscription(const QString &topicNode, const json &protocol, const json &endpoint, const QString &at);
    void ruleTargets(const QString &id);
    void apiIntegration(const QString &apiNode, const json &integration, const QString &at);
    void apiDefinition(const QString &id, const QString &apiNode);
    void loadBalancers();
    void queueRedrive(const QString &id);
    void iotActions(const QString &id);
    void foldSettings(const QString &id);

    // --- SAM (samevents.cpp)
    void samEvents(const QString &id, const QString &targetNode);
    void samEvent(const QString &id, const QString &targetNode, const QString &name);
    void samPolicies(const QString &id, const QString &fn);
    void samConnector(const QString &id);
    void writeTo(const QString &fn, const json &reference, const QString &expectedKind, const QString &at);
    QString eventNode(const QString &id, const QString &name, const QString &kind, const QString &at);

    const json &m_root;
    const Catalog &m_catalog;
    CfnResolver m_r;
    ImportBuilder m_b;
    QStringList m_order;
    QHash<QString, json> m_props;                     // effective Properties (SAM Globals merged)
    QHash<QString, QString> m_nodeOf;                 // logical id → node id
    QHash<QString, QString> m_byName;                 // physical name (QueueName, FunctionName, …) → logical id
    QHash<QString, QString> m_archscopeNodes;         // "Resources/Fn/Properties/Events/E" → node id (SAM export)
    QHash<QString, QStringList> m_targetGroupCompute; // target group → compute nodes registered in it
    // A load balancer, listener, target group or VPC link → the compute nodes behind it.
    QHash<QString, QStringList> m_behind;
    QSet<QString> m_capacityGroups; // Auto Scaling groups an ECS capacity provider uses
    bool m_sam = false;
};

} // namespace archscope
