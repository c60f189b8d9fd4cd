#pragma once

#include "model/edge.h"
#include "model/node.h"

#include <QList>
#include <QUndoCommand>

namespace archscope {

class Document;

// Adds or removes a set of nodes and wires as one undo step. Removing a node removes every
// wire attached to it in the same step; positions in the document are restored on undo.
class AddRemoveItemsCommand : public QUndoCommand
{
public:
    enum class Mode { Add, Remove };

    // Add: appends `nodes` then `edges` (ids must be fresh; see prepareInsertion).
    static AddRemoveItemsCommand *add(Document *doc, const QList<Node> &nodes,
                                      const QList<Edge> &edges, const QString &text,
                                      QUndoCommand *parent = nullptr);
    // Remove: the given nodes with their wires, and the given wires.
    static AddRemoveItemsCommand *remove(Document *doc, const QStringList &nodeIds,
                                         const QStringList &edgeIds, const QString &text,
                                         QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

    // Gives pasted or duplicated items fresh ids (wires follow their nodes), moves them by
    // `offset`, and drops wires whose ends are not among `nodes`.
    static void prepareInsertion(const Document &doc, QList<Node> *nodes, QList<Edge> *edges,
                                 QPointF offset);

private:
    AddRemoveItemsCommand(Document *doc, Mode mode, const QString &text, QUndoCommand *parent);
    void insertAll();
    void removeAll();

    Document *m_doc;
    Mode m_mode;
    // Sorted by index so inserting in order restores the original positions.
    QList<std::pair<int, Node>> m_nodes;
    QList<std::pair<int, Edge>> m_edges;
};

} // namespace archscope
