#pragma once

#include "itemtypes.h"
#include "render/diagrampainter.h"

#include <QGraphicsItem>

namespace archscope {

class DiagramScene;
class WireLabelItem;

// A thin view of one wire: follows its two nodes' items and paints through DiagramPainter.
class EdgeItem : public QGraphicsItem
{
public:
    EdgeItem(DiagramScene *scene, const QString &id);

    enum { Type = EdgeItemType };
    int type() const override { return Type; }

    const QString &id() const { return m_id; }
    // Re-reads the wire from the model and the end positions from the node items.
    void sync();
    // Follows the end items while they are dragged (before the model knows).
    void updateGeometry();
    const QString &from() const { return m_from; }
    // Simulated event rate shown after the model on the label; negative hides it.
    void setRate(double eventsPerSecond);
    const QString &to() const { return m_to; }
    const QPainterPath &path() const { return m_path; }
    const WireVisual &visual() const { return m_visual; }
    // The label, a separate item so it can sit above every wire; the scene owns and places it.
    WireLabelItem *labelItem() const { return m_label; }
    void setLabelItem(WireLabelItem *label) { m_label = label; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    DiagramScene *m_scene;
    QString m_id;
    QString m_from;
    QString m_to;
    WireVisual m_visual;
    QString m_modelLabel;
    double m_rate = -1;
    QPainterPath m_path;
    QRectF m_bounds;
    WireLabelItem *m_label = nullptr;
};

} // namespace archscope
