#include "movenodes.h"

#include "commandids.h"
#include "model/document.h"

namespace archscope {

MoveNodesCommand::MoveNodesCommand(Document *doc, const QHash<QString, QPointF> &newPositions,
                                   const QString &text, int gesture, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_doc(doc)
    , m_gesture(gesture)
{
    for (auto it = newPositions.begin(); it != newPositions.end(); ++it) {
        if (const Node *n = doc->node(it.key())) {
            m_old.insert(it.key(), n->pos);
            m_new.insert(it.key(), it.value());
        }
    }
}

void MoveNodesCommand::redo()
{
    for (auto it = m_new.begin(); it != m_new.end(); ++it)
        m_doc->setNodePos(it.key(), it.value());
}

void MoveNodesCommand::undo()
{
    for (auto it = m_old.begin(); it != m_old.end(); ++it)
        m_doc->setNodePos(it.key(), it.value());
}

int MoveNodesCommand::id() const
{
    return m_gesture != 0 ? MoveNodesId : -1;
}

bool MoveNodesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *move = static_cast<const MoveNodesCommand *>(other);
    if (move->m_gesture != m_gesture || move->m_doc != m_doc
        || QSet<QString>(m_new.keyBegin(), m_new.keyEnd()) != QSet<QString>(move->m_new.keyBegin(), move->m_new.keyEnd()))
        return false;
    m_new = move->m_new;
    return true;
}

} // namespace archscope
