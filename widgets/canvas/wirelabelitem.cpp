#include "wirelabelitem.h"

#include "diagramscene.h"
#include "edgeitem.h"

#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace archscope {

WireLabelItem::WireLabelItem(DiagramScene *scene, EdgeItem *edge)
    : m_scene(scene)
    , m_edge(edge)
{
    setZValue(0.5);
    setVisible(false);  // until the scene has placed it
}

void WireLabelItem::setPlacement(const QRectF &rect, const QStringList &lines)
{
    if (rect.size() != m_size) {
        prepareGeometryChange();
        m_size = rect.size();
    }
    setPos(rect.topLeft());
    if (lines != m_lines) {
        m_lines = lines;
        update();
    }
    setVisible(!m_lines.isEmpty());
}

QRectF WireLabelItem::boundingRect() const
{
    return QRectF(QPointF(), m_size);
}

void WireLabelItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    WireVisual visual = m_edge->visual();
    visual.selected = m_edge->isSelected();
    m_scene->painter().paintWireLabel(painter, boundingRect(), m_lines, visual,
                                      option->levelOfDetailFromTransform(painter->worldTransform()));
}

void WireLabelItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    // The label stands for its wire: a click selects the wire (Ctrl adds or removes it).
    if (event->modifiers() & Qt::ControlModifier) {
        m_edge->setSelected(!m_edge->isSelected());
    } else if (!m_edge->isSelected()) {
        m_scene->selectItems({}, {m_edge->id()});
    }
    event->accept();
}

} // namespace archscope
