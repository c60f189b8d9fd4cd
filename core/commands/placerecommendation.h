#pragma once

#include <QPointF>
#include <QUndoCommand>

namespace archscope {

class Catalog;
class Document;
class QuestionBank;

// Puts a recommended compute option on the canvas as one undo step: the node (with properties
// derived from the answers) and the decision section's `chosen`, as two child commands.
class PlaceRecommendationCommand : public QUndoCommand
{
public:
    // `option` must be an option of `bank` whose kind is in `catalog`; check with isValid().
    PlaceRecommendationCommand(Document *doc, const QuestionBank &bank, const Catalog &catalog,
                               const QString &option, QPointF pos, QUndoCommand *parent = nullptr);

    bool isValid() const { return !m_nodeId.isEmpty(); }
    QString nodeId() const { return m_nodeId; }

    // A free spot right of everything on the canvas (the origin on an empty one).
    static QPointF freeSpot(const Document &doc);

private:
    QString m_nodeId;
};

} // namespace archscope
