#pragma once

#include "itemtypes.h"

#include <QGraphicsItem>
#include <QStringList>

namespace archscope {

class DiagramScene;
class EdgeItem;

// A wire's label, an item of its own above the wires and below the nodes, where the scene's
// WireLabelLayout put it; a press on it selects its wire.
class WireLabelItem : public QGraphicsItem
{
public:
    WireLabelItem(DiagramScene *scene, EdgeItem *edge);

    enum { Type = WireLabelItemType };
    int type() const override { return Type; }

    EdgeItem *edge() const { return m_edge; }
    // `rect` in scene coordinates.
    void setPlacement(const QRectF &rect, const QStringList &lines);
    const QStringList &lines() const { return m_lines; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;

private:
    DiagramScene *m_scene;
    EdgeItem *m_edge;
    QSizeF m_size;
    QStringList m_lines;
};

} // namespace archscope
