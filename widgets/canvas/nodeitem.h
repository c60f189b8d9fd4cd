#pragma once

#include "itemtypes.h"
#include "model/problem.h"
#include "render/diagrampainter.h"

#include <QGraphicsItem>

namespace archscope {

class DiagramScene;

// A thin view of one node: holds its id, copies what it draws in sync(), and paints through
// DiagramPainter. Moving it changes only the item; the scene turns a finished drag into a command.
class NodeItem : public QGraphicsItem
{
public:
    NodeItem(DiagramScene *scene, const QString &id);

    enum { Type = NodeItemType };
    int type() const override { return Type; }

    const QString &id() const { return m_id; }
    void sync();
    NodeVisual &visual() { return m_visual; }
    // The simulation overlay under the node; its pill, or the room kept for one, is part of the
    // node's bounds.
    void setOverlay(const QString &text, int level, bool keepRoom);
    QRectF nodeRect() const { return QRectF(pos(), m_size); }
    // True when even the widest node shows the label cut (the tooltip then holds it whole).
    bool isLabelElided() const { return m_labelElided; }
    // True when `scenePos` is on the outgoing port, where wires start.
    bool isOnOutPort(QPointF scenePos) const;
    bool isOnInPort(QPointF scenePos) const;
    QRectF labelRect() const;
    // The node's problems, errors first: the badge's tooltip, and the node's after its summary.
    void setProblems(const QList<Problem> &problems);
    bool isOnBadge(QPointF scenePos) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void updateToolTip();

    DiagramScene *m_scene;
    QString m_id;
    NodeVisual m_visual;
    int m_hoverPort = 0;  // -1 in, 1 out, 2 badge, 0 none
    QList<Problem> m_problems;
    QSizeF m_size = DiagramPainter::nodeSize();
    bool m_labelElided = false;
    bool m_overlayRoom = false;
};

} // namespace archscope
