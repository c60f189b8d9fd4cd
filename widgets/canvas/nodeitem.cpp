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

#include <algorithm>

namespace archscope {

namespace {
constexpr double portHitRadius = DiagramPainter::portHitRadius;

QString htmlLines(const QStringList &lines)
{
    QStringList escaped;
    for (const QString &line : lines)
        escaped.append(line.toHtmlEscaped());
    return escaped.join(QStringLiteral("<br/>"));
}

// Each problem as its severity and its text, one paragraph each.
QString problemsHtml(const QList<Problem> &problems)
{
    QStringList items;
    for (const Problem &p : problems)
        items.append(QStringLiteral("<p><b>%1</b> %2</p>")
                         .arg(p.isError() ? QCoreApplication::translate("Canvas", "Error:")
                                          : QCoreApplication::translate("Canvas", "Warning:"),
                              p.message.toHtmlEscaped()));
    return items.join(QString());
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
        m_scene->wireLabelsChanged(sceneBoundingRect());
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
    updateToolTip();
    update();
}

void NodeItem::updateToolTip()
{
    const Node *n = m_scene->document()->node(m_id);
    if (!n)
        return;
    const KindSpec *kind = m_scene->catalog().kind(n->kind);
    setToolTip(QStringLiteral("<b>%1</b> — %2<br/>%3%4")
                   .arg(n->label.toHtmlEscaped(), m_visual.kindName.toHtmlEscaped(),
                        kind ? kind->summary.toHtmlEscaped() : QString(), problemsHtml(m_problems)));
}

void NodeItem::setProblems(const QList<Problem> &problems)
{
    QList<Problem> sorted = problems;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Problem &a, const Problem &b) { return a.isError() && !b.isError(); });
    if (sorted.size() == m_problems.size()
        && std::equal(sorted.cbegin(), sorted.cend(), m_problems.cbegin(),
                      [](const Problem &a, const Problem &b) { return a.message == b.message && a.severity == b.severity; }))
        return;
    m_problems = sorted;
    m_hoverPort = 0;
    updateToolTip();
}

bool NodeItem::isOnBadge(QPointF scenePos) const
{
    return !m_problems.isEmpty() && DiagramPainter::badgeRect(nodeRect()).adjusted(-2, -2, 2, 2).contains(scenePos);
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

void NodeItem::setOverlay(const QString &text, int level, bool keepRoom)
{
    if (text == m_visual.overlay && level == m_visual.overlayLevel && keepRoom == m_overlayRoom)
        return;
    const DiagramPainter &painter = m_scene->painter();
    const QRectF local(QPointF(), m_size);
    const bool resized = painter.nodeExtent(local, text, keepRoom) != boundingRect();
    if (resized)
        prepareGeometryChange();
    m_visual.overlay = text;
    m_visual.overlayLevel = level;
    m_overlayRoom = keepRoom;
    if (resized)
        m_scene->wireLabelsChanged(sceneBoundingRect());  // labels keep clear of the overlay
    update();
}

QRectF NodeItem::boundingRect() const
{
    return m_scene->painter().nodeExtent(QRectF(QPointF(), m_size), m_visual.overlay, m_overlayRoom);
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    m_visual.selected = isSelected();
    m_scene->painter().paintNode(painter, QRectF(QPointF(), m_size), m_visual,
                                 option->levelOfDetailFromTransform(painter->worldTransform()));
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange) {
        // Labels kept off the node where it was may take their place again.
        m_scene->wireLabelsChanged(sceneBoundingRect());
        if (m_scene->snapToGrid())
            return m_scene->snapped(value.toPointF());
    }
    if (change == ItemPositionHasChanged)
        m_scene->nodeItemMoved(m_id);
    return QGraphicsItem::itemChange(change, value);
}

void NodeItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    const int port = isOnBadge(event->scenePos()) ? 2 : isOnOutPort(event->scenePos()) ? 1 : isOnInPort(event->scenePos()) ? -1 : 0;
    if (port == m_hoverPort)
        return;
    m_hoverPort = port;
    const Node *n = m_scene->document()->node(m_id);
    if (!n)
        return;
    const WiringRules rules(m_scene->catalog());
    if (port == 2) {
        // The badge says what is wrong, nothing else.
        unsetCursor();
        setToolTip(problemsHtml(m_problems));
    } else if (port == 1) {
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
        updateToolTip();
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
