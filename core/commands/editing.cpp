#include "editing.h"

#include "addremoveitems.h"
#include "changeproperty.h"
#include "catalog/catalog.h"
#include "io/archscopeformat.h"
#include "model/document.h"
#include "simplecommands.h"

#include <QCoreApplication>
#include <QSet>
#include <QUndoStack>

#include <memory>

namespace archscope::editing {

QString addNode(Document *doc, const Catalog &catalog, const QString &kind, QPointF pos)
{
    const KindSpec *spec = catalog.kind(kind);
    if (!spec)
        return {};
    Node node;
    node.id = doc->newId(kind);
    node.kind = kind;
    // "Bucket", then "Bucket 2": the short name is shown under the label already.
    node.label = spec->newLabel;
    QSet<QString> taken;
    for (const Node &n : doc->data().nodes)
        taken.insert(n.label);
    for (int i = 2; taken.contains(node.label); ++i)
        node.label = QStringLiteral("%1 %2").arg(spec->newLabel).arg(i);
    node.pos = pos;
    doc->undoStack()->push(AddRemoveItemsCommand::add(doc, {node}, {}, QCoreApplication::translate("Commands", "Add %1").arg(spec->shortName)));
    return node.id;
}

WireCheck addWire(Document *doc, const Catalog &catalog, const QString &from, const QString &to,
                  std::optional<EdgeKind> kind, QString *newId)
{
    const Node *a = doc->node(from);
    const Node *b = doc->node(to);
    if (!a || !b) {
        WireCheck refused;
        refused.explanation = QCoreApplication::translate("Commands", "Both ends of a wire must be services on the canvas.");
        return refused;
    }
    const WireCheck check = WiringRules(catalog).check(*a, *b, kind);
    if (!check.allowed)
        return check;
    Edge edge;
    edge.id = doc->newEdgeId();
    edge.from = from;
    edge.to = to;
    edge.kind = check.kind;
    doc->undoStack()->push(AddRemoveItemsCommand::add(doc, {}, {edge}, QCoreApplication::translate("Commands", "Add wire")));
    if (newId)
        *newId = edge.id;
    return check;
}

bool removeItems(Document *doc, const QStringList &nodeIds, const QStringList &edgeIds)
{
    QStringList nodes, edges;
    for (const QString &id : nodeIds)
        if (doc->node(id))
            nodes.append(id);
    for (const QString &id : edgeIds)
        if (doc->edge(id))
            edges.append(id);
    if (nodes.isEmpty() && edges.isEmpty())
        return false;
    const QString text = nodes.size() + edges.size() == 1
                             ? (nodes.isEmpty() ? QCoreApplication::translate("Commands", "Delete wire") : QCoreApplication::translate("Commands", "Delete %1").arg(doc->node(nodes.first())->label))
                             : QCoreApplication::translate("Commands", "Delete %n items", nullptr, int(nodes.size() + edges.size()));
    doc->undoStack()->push(AddRemoveItemsCommand::remove(doc, nodes, edges, text));
    return true;
}

bool renameNode(Document *doc, const QString &id, const QString &label)
{
    const Node *n = doc->node(id);
    if (!n || n->label == label)
        return false;
    doc->undoStack()->push(new RenameNodeCommand(doc, id, label));
    return true;
}

QByteArray copyFragment(const Document &doc, const QStringList &nodeIds)
{
    const QSet<QString> selected(nodeIds.begin(), nodeIds.end());
    QList<Node> nodes;
    for (const Node &n : doc.data().nodes)
        if (selected.contains(n.id))
            nodes.append(n);
    QList<Edge> edges;
    for (const Edge &e : doc.data().edges)
        if (selected.contains(e.from) && selected.contains(e.to))
            edges.append(e);
    return ArchscopeFormat::writeFragment(nodes, edges);
}

namespace {
QStringList insertFragment(Document *doc, const Catalog &catalog, const QByteArray &fragment,
                           QPointF offset, const QString &text, QString *error)
{
    QList<Node> nodes;
    QList<Edge> edges;
    if (!ArchscopeFormat::readFragment(fragment, catalog, &nodes, &edges, error))
        return {};
    if (nodes.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Commands", "The clipboard holds no services.");
        return {};
    }
    AddRemoveItemsCommand::prepareInsertion(*doc, &nodes, &edges, offset);
    doc->undoStack()->push(AddRemoveItemsCommand::add(doc, nodes, edges, text));
    QStringList ids;
    for (const Node &n : nodes)
        ids.append(n.id);
    return ids;
}
} // namespace

QStringList pasteFragment(Document *doc, const Catalog &catalog, const QByteArray &fragment,
                          QPointF offset, QString *error)
{
    return insertFragment(doc, catalog, fragment, offset, QCoreApplication::translate("Commands", "Paste"), error);
}

QStringList duplicate(Document *doc, const Catalog &catalog, const QStringList &nodeIds)
{
    QString error;
    return insertFragment(doc, catalog, copyFragment(*doc, nodeIds), QPointF(24, 24), QCoreApplication::translate("Commands", "Duplicate"), &error);
}

bool importInto(Document *doc, const DocumentData &imported, const QString &sourceName)
{
    if (!doc->data().nodes.isEmpty() || imported.nodes.isEmpty())
        return false;
    auto *step = new QUndoCommand(QCoreApplication::translate("Commands", "Import %1").arg(sourceName));
    AddRemoveItemsCommand::add(doc, imported.nodes, imported.edges, step->text(), step);
    if (doc->data().title.isEmpty() && !imported.title.isEmpty())
        new ChangeTitleCommand(doc, imported.title, step);
    doc->undoStack()->push(step);
    return true;
}

int setTrafficRates(Document *doc, const Catalog &catalog, const QStringList &ids, double eventsPerSecond)
{
    auto step = std::make_unique<QUndoCommand>(QCoreApplication::translate("Commands", "Set traffic"));
    int count = 0;
    for (const QString &id : ids) {
        const Node *n = doc->node(id);
        const KindSpec *kind = n ? catalog.kind(n->kind) : nullptr;
        if (!kind || !kind->property(QStringLiteral("traffic")))
            continue;
        new ChangePropertyCommand(doc, ChangePropertyCommand::Target::Node, id,
                                  {QStringLiteral("traffic"), QStringLiteral("rate")}, eventsPerSecond, step.get());
        ++count;
    }
    if (count > 0)
        doc->undoStack()->push(step.release());
    return count;
}

} // namespace archscope::editing
