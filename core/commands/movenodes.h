#pragma once

#include <QHash>
#include <QPointF>
#include <QUndoCommand>

namespace archscope {

class Document;

// Moves nodes to new positions. Moves that share a gesture number (one drag, one held arrow
// key) merge into one undo step; gesture 0 never merges (auto-layout).
class MoveNodesCommand : public QUndoCommand
{
public:
    MoveNodesCommand(Document *doc, const QHash<QString, QPointF> &newPositions,
                     const QString &text, int gesture, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_doc;
    QHash<QString, QPointF> m_old;
    QHash<QString, QPointF> m_new;
    int m_gesture;  // moves of one gesture merge; 0 never merges
};

} // namespace archscope
