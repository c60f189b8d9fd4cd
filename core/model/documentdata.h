#pragma once

#include "decision.h"
#include "edge.h"
#include "node.h"
#include "settings.h"

#include <QList>

namespace archscope {

// The plain content of a diagram: what a file holds and what a Document wraps.
struct DocumentData
{
    QString title;
    Settings settings;
    QList<Node> nodes;
    QList<Edge> edges;
    Decision decision;  // the questionnaire's answers and choice (optional in the file)
    QJsonObject extra;  // unknown top-level keys

    const Node *node(const QString &id) const;
    const Edge *edge(const QString &id) const;
    int nodeIndex(const QString &id) const;
    int edgeIndex(const QString &id) const;

    bool operator==(const DocumentData &) const = default;
};

} // namespace archscope
