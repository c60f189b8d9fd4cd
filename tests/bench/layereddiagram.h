#pragma once

// The benchmarks' generated diagram: layered like a real one, sources feeding compute and
// compute writing to stores, the same on every run.

#include "testsupport.h"

#include <QRandomGenerator>

// `nodeCount` nodes in three layers of seven columns `columnSpacing` apart, and `edgeCount`
// random wires (triggers into compute, writes out of it; a random pair may repeat).
inline archscope::DocumentData layeredDiagram(int nodeCount, int edgeCount, double columnSpacing)
{
    using namespace testsupport;
    const QStringList sources = {"apigw", "sqs", "sns", "kinesis", "s3", "eventbridge"};
    const QStringList compute = {"lambda", "fargate", "ecs_ec2", "eks", "ec2"};
    const QStringList stores = {"dynamodb", "s3", "opensearch", "sqs"};
    QRandomGenerator rng(42);
    DocumentData d;
    const int perLayer = nodeCount / 3;
    for (int i = 0; i < nodeCount; ++i) {
        const int layer = std::min(2, i / perLayer);
        const QStringList &kinds = layer == 0 ? sources : layer == 1 ? compute : stores;
        Node n = node(QStringLiteral("n%1").arg(i), kinds.at(i % kinds.size()), {}, QStringLiteral("Service %1").arg(i));
        n.pos = QPointF(layer * 300 + (i % 7) * columnSpacing, (i % perLayer) / 7 * 80.0);
        d.nodes.append(n);
    }
    for (int i = 0; i < edgeCount; ++i) {
        const bool trigger = i % 2 == 0;
        const int from = trigger ? rng.bounded(perLayer) : perLayer + rng.bounded(perLayer);
        const int to = trigger ? perLayer + rng.bounded(perLayer) : 2 * perLayer + rng.bounded(nodeCount - 2 * perLayer);
        Edge e = edge(d.nodes[from].id, d.nodes[to].id, trigger ? EdgeKind::Trigger : EdgeKind::Write);
        e.id = QStringLiteral("e%1").arg(i);
        d.edges.append(e);
    }
    return d;
}
