#include "trafficsources.h"

#include "catalog/catalog.h"
#include "documentdata.h"

#include <QSet>

namespace archscope {

QStringList sourcesWithoutTraffic(const DocumentData &data, const Catalog &catalog)
{
    QSet<QString> fed, triggers;
    for (const Edge &e : data.edges) {
        fed.insert(e.to);
        if (e.kind == EdgeKind::Trigger)
            triggers.insert(e.from);
    }
    QStringList out;
    for (const Node &n : data.nodes) {
        const KindSpec *kind = catalog.kind(n.kind);
        if (!kind || !kind->property(QStringLiteral("traffic")) || fed.contains(n.id))
            continue;
        if (kind->anyWire && !triggers.contains(n.id))
            continue;
        if (catalog.nodeValue(n.kind, n.props, QStringLiteral("traffic"))
                .toObject()
                .value(QStringLiteral("rate"))
                .toDouble()
            > 0)
            continue;
        out.append(n.id);
    }
    return out;
}

bool isWriteOnlyStore(const DocumentData &data, const Catalog &catalog, const QString &nodeId)
{
    const Node *node = data.node(nodeId);
    const KindSpec *kind = node ? catalog.kind(node->kind) : nullptr;
    if (!kind || !kind->is(KindSpec::Storage))
        return false;
    bool written = false;
    for (const Edge &e : data.edges) {
        if (e.from == nodeId && e.kind == EdgeKind::Trigger)
            return false;
        written = written || (e.to == nodeId && e.kind == EdgeKind::Write);
    }
    return written;
}

} // namespace archscope
