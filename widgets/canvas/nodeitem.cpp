#include "nodeitem.h"

#include "catalog/catalog.h"
#include "diagramscene.h"
#include "model/document.h"
#include "model/wiringrules.h"

#include <QCoreApplication>
#include <QCursor>
#include <QGraphicsSceneHoverEvent>
#include <QGraphicsSceneMouseEvent>
#include <QLineF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace archscope {

namespace {
constexpr double portHitRadius = 10;

QString htmlLines(const QStringList &lines)
{
    QStringList escaped;
    for (const QString &line : lines)
        escaped.append(line.toHtmlEscaped());
    return escaped.join(QStringLiteral("<br/>"));
}
} // namespace

NodeItem::NodeItem(DiagramScene *scene, const QString &id)
    : m_scene(scene)
    , m_id(id)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges | ItemIsFocusable);
    setAcceptHoverEvents(true);
    setZValue(1);
}

void NodeItem::sync()
{
    const Node *n = m_scene->document()->node(m_id);
    if (!n)
        return;
    const KindSpec *kind = m_scene->catalog().kind(n->kind);
    m_visual.label = n->label;
    m_visual.kindName = kind ? kind->subtitle(n->props) : n->kind;
    m_visual.iconPath = kind ? kind->iconPath() : QString();
    m_visual.categoryColor = m_scene->catalog().categoryColor(n->kind);
    // The node grows to show its label on two lines, in the scene's current fonts.
    const NodeLabel label = m_scene->painter().nodeLabel(n->label.isEmpty() ? m_visual.kindName : n->label);
    const bool resized = label.nodeSize != m_size;
    if (resized) {
        prepareGeometryChange();
        m_size = label.nodeSize;
    }
    m_labelElided = label.elided;
    // Snapping applies to gestures, not to positions read from a file.
    const bool snap = m_scene->snapToGrid();
    m_scene->setSnapToGrid(false);
    setPos(n->pos);
    m_scene->setSnapToGrid(snap);
    if (resized)
        m_scene->nodeItemMoved(m_id);  // the wires follow the ports
    setToolTip(QStringLiteral("<b>%1</b> — %2<br/>%3")
                   .arg(n->label.toHtmlEscaped(), m_visual.kindName.toHtmlEscaped(),
                        kind ? kind->summary.toHtmlEscaped() : QString()));
    update();
}

bool NodeItem::isOnOutPort(QPointF scenePos) const
{
    return QLineF(scenePos, DiagramPainter::outPort(nodeRect())).length() <= portHitRadius;
}

bool NodeItem::isOnInPort(QPointF scenePos) const
{
    return QLineF(scenePos, DiagramPainter::inPort(nodeRect())).length() <= portHitRadius;
}

QRectF NodeItem::labelRect() const
{
    const QRectF r = nodeRect();
    return QRectF(r.left() + 52, r.top() + 6, r.width() - 58, r.height() - 12);
}

QRectF NodeItem::boundingRect() const
{
    // Room below for the simulation overlay.
    return QRectF(QPointF(), m_size).adjusted(-portHitRadius, -10, portHitRadius, 26);
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    m_visual.selected = isSelected();
    m_scene->painter().paintNode(painter, QRectF(QPointF(), m_size), m_visual,
                                 option->levelOfDetailFromTransform(painter->worldTransform()));
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange && m_scene->snapToGrid())
        return m_scene->snapped(value.toPointF());
    if (change == ItemPositionHasChanged)
        m_scene->nodeItemMoved(m_id);
    return QGraphicsItem::itemChange(change, value);
}

void NodeItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    const int port = isOnOutPort(event->scenePos()) ? 1 : isOnInPort(event->scenePos()) ? -1 : 0;
    if (port == m_hoverPort)
        return;
    m_hoverPort = port;
    const Node *n = m_scene->document()->node(m_id);
    if (!n)
        return;
    const WiringRules rules(m_scene->catalog());
    if (port == 1) {
        setCursor(Qt::CrossCursor);
        setToolTip(QCoreApplication::translate("Canvas", "<b>Drag to wire %1 to…</b><br/>%2")
                       .arg(m_visual.kindName.toHtmlEscaped(),
                            htmlLines(rules.outgoingSummary(n->kind))));
    } else if (port == -1) {
        unsetCursor();
        setToolTip(QCoreApplication::translate("Canvas", "<b>What can trigger %1</b><br/>%2")
                       .arg(m_visual.kindName.toHtmlEscaped(),
                            htmlLines(rules.incomingSummary(n->kind))));
    } else {
        unsetCursor();
        sync();
    }
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hoverPort = 0;
    unsetCursor();
    QGraphicsItem::hoverLeaveEvent(event);
}

void NodeItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && isOnOutPort(event->scenePos())) {
        m_scene->beginWire(this, event->scenePos());
        event->accept();
        return;
    }
    QGraphicsItem::mousePressEvent(event);
}

} // namespace archscope
