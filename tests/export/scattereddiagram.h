#pragma once

// The hostile picture of issue 17: 5,004 nodes scattered over ±9 million pixels, within the
// loader's coordinate limit, so every picture export sees bounds of about 18 million pixels.

#include "model/documentdata.h"

#include <QRandomGenerator>

inline archscope::DocumentData scatteredDiagram(int nodes = 5004, double spread = 9e6)
{
    static const char *const kinds[] = {"lambda", "sqs", "s3", "dynamodb"};
    QRandomGenerator random(17);  // the same diagram on every run
    archscope::DocumentData d;
    d.title = QStringLiteral("Scattered");
    for (int i = 0; i < nodes; ++i) {
        archscope::Node n;
        n.id = QStringLiteral("n%1").arg(i);
        n.kind = QLatin1String(kinds[i % 4]);
        n.label = QStringLiteral("Node %1").arg(i);
        n.pos = QPointF(random.bounded(2 * spread) - spread, random.bounded(2 * spread) - spread);
        d.nodes.append(n);
    }
    return d;
}
