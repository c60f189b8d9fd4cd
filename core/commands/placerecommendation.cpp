#include "placerecommendation.h"

#include "addremoveitems.h"
#include "changedecision.h"
#include "catalog/catalog.h"
#include "decision/questionbank.h"
#include "decision/recommendednode.h"
#include "model/document.h"

#include <QCoreApplication>

namespace archscope {

PlaceRecommendationCommand::PlaceRecommendationCommand(Document *doc, const QuestionBank &bank,
                                                       const Catalog &catalog, const QString &option,
                                                       QPointF pos, QUndoCommand *parent)
    : QUndoCommand(parent)
{
    Node node = RecommendedNode::make(bank, catalog, option, doc->data().decision.answers);
    if (node.kind.isEmpty())
        return;
    node.id = doc->newId(node.kind);
    node.pos = pos;
    m_nodeId = node.id;
    setText(QCoreApplication::translate("Commands", "Add recommended %1").arg(node.label));
    AddRemoveItemsCommand::add(doc, {node}, {}, text(), this);
    Decision decision = doc->data().decision;
    decision.chosen = option;
    new ChangeDecisionCommand(doc, decision, text(), this);
}

QPointF PlaceRecommendationCommand::freeSpot(const Document &doc)
{
    const QList<Node> &nodes = doc.data().nodes;
    if (nodes.isEmpty())
        return {0, 0};
    qreal right = nodes.first().pos.x();
    qreal top = nodes.first().pos.y();
    for (const Node &n : nodes) {
        right = std::max(right, n.pos.x());
        top = std::min(top, n.pos.y());
    }
    return {right + 240, top};
}

} // namespace archscope
