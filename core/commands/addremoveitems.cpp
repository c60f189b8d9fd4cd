#include "addremoveitems.h"

#include "model/document.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace archscope {

AddRemoveItemsCommand::AddRemoveItemsCommand(Document *doc, Mode mode, const QString &text,
                                             QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_doc(doc)
    , m_mode(mode)
{
}

AddRemoveItemsCommand *AddRemoveItemsCommand::add(Document *doc, const QList<Node> &nodes,
                                                  const QList<Edge> &edges, const QString &text,
                                                  QUndoCommand *parent)
{
    auto *cmd = new AddRemoveItemsCommand(doc, Mode::Add, text, parent);
    int nodeIndex = int(doc->data().nodes.size());
    for (const Node &n : nodes)
        cmd->m_nodes.append({nodeIndex++, n});
    int edgeIndex = int(doc->data().edges.size());
    for (const Edge &e : edges)
        cmd->m_edges.append({edgeIndex++, e});
    return cmd;
}

AddRemoveItemsCommand *AddRemoveItemsCommand::remove(Document *doc, const QStringList &nodeIds,
                                                     const QStringList &edgeIds, const QString &text,
                                                     QUndoCommand *parent)
{
    auto *cmd = new AddRemoveItemsCommand(doc, Mode::Remove, text, parent);
    const QSet<QString> nodes(nodeIds.begin(), nodeIds.end());
    const QSet<QString> edges(edgeIds.begin(), edgeIds.end());
    const DocumentData &data = doc->data();
    for (int i = 0; i < data.nodes.size(); ++i)
        if (nodes.contains(data.nodes[i].id))
            cmd->m_nodes.append({i, data.nodes[i]});
    for (int i = 0; i < data.edges.size(); ++i) {
        const Edge &e = data.edges[i];
        if (edges.contains(e.id) || nodes.contains(e.from) || nodes.contains(e.to))
            cmd->m_edges.append({i, e});
    }
    return cmd;
}

void AddRemoveItemsCommand::insertAll()
{
    // Nodes first: wires need their ends.
    for (const auto &[index, node] : m_nodes)
        m_doc->insertNode(index, node);
    for (const auto &[index, edge] : m_edges)
        m_doc->insertEdge(index, edge);
}

void AddRemoveItemsCommand::removeAll()
{
    // Wires first, from the back, so no wire ever dangles and indices stay valid.
    for (auto it = m_edges.crbegin(); it != m_edges.crend(); ++it)
        m_doc->removeEdge(it->second.id);
    for (auto it = m_nodes.crbegin(); it != m_nodes.crend(); ++it)
        m_doc->removeNode(it->second.id);
}

void AddRemoveItemsCommand::redo()
{
    if (m_mode == Mode::Add)
        insertAll();
    else
        removeAll();
}

void AddRemoveItemsCommand::undo()
{
    if (m_mode == Mode::Add)
        removeAll();
    else
        insertAll();
}

void AddRemoveItemsCommand::prepareInsertion(const Document &doc, QList<Node> *nodes,
                                             QList<Edge> *edges, QPointF offset)
{
    QSet<QString> taken;
    QHash<QString, QString> renamed;
    for (Node &n : *nodes) {
        const QString fresh = doc.newId(n.id, taken);
        taken.insert(fresh);
        renamed.insert(n.id, fresh);
        n.id = fresh;
        n.pos += offset;
    }
    QList<Edge> kept;
    for (Edge e : *edges) {
        if (!renamed.contains(e.from) || !renamed.contains(e.to))
            continue;
        e.from = renamed.value(e.from);
        e.to = renamed.value(e.to);
        e.id = doc.newEdgeId(taken);
        taken.insert(e.id);
        kept.append(e);
    }
    *edges = kept;
}

} // namespace archscope
