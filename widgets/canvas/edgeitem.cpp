#include "edgeitem.h"

#include "catalog/catalog.h"
#include "diagramscene.h"
#include "model/document.h"
#include "model/wiringrules.h"
#include "nodeitem.h"
#include "text/numbers.h"
#include "wirelabelitem.h"

#include <QCoreApplication>
#include <QPainterPathStroker>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace archscope {

EdgeItem::EdgeItem(DiagramScene *scene, const QString &id)
    : m_scene(scene)
    , m_id(id)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setZValue(0);
}

void EdgeItem::sync()
{
    const Document *doc = m_scene->document();
    const Edge *e = doc->edge(m_id);
    if (!e)
        return;
    m_from = e->from;
    m_to = e->to;
    const Node *from = doc->node(e->from);
    const Node *to = doc->node(e->to);
    if (from && to) {
        const WireCheck c = WiringRules(m_scene->catalog()).check(*from, *to, e->kind);
        m_visual.allowed = c.allowed;
        m_visual.model = c.allowed ? c.model
                                   : (e->kind == EdgeKind::Failure ? InvocationModel::OnFailure
                                                                   : InvocationModel::SyncPush);
        m_modelLabel = c.allowed ? invocationModelLabel(m_visual.model) : QStringLiteral("✗");
        setRate(m_rate);
        const QString head = c.allowed
                                 ? QCoreApplication::translate("Canvas", "<b>%1 → %2</b>: %3 wire").arg(from->label.toHtmlEscaped(), to->label.toHtmlEscaped(), invocationModelLabel(m_visual.model))
                                 : QCoreApplication::translate("Canvas", "<b>%1 → %2</b>: refused").arg(from->label.toHtmlEscaped(), to->label.toHtmlEscaped());
        setToolTip(head + QStringLiteral("<br/>") + c.explanation.toHtmlEscaped()
                   + (c.allowed ? QStringLiteral("<br/><i>") + invocationModelHelp(m_visual.model).toHtmlEscaped() + QStringLiteral("</i>") : QString()));
        if (m_label)
            m_label->setToolTip(toolTip());
    }
    updateGeometry();
}

void EdgeItem::setRate(double eventsPerSecond)
{
    m_rate = eventsPerSecond;
    QStringList parts{m_modelLabel};
    if (eventsPerSecond >= 0 && m_visual.allowed) {
        const QString rate = numbers::compact(eventsPerSecond, eventsPerSecond >= 100 ? 3 : 2);
        parts.append(QCoreApplication::translate("Canvas", "%1/s", "events per second on a wire").arg(rate));
    }
    if (parts != m_visual.labelParts) {
        m_visual.labelParts = parts;
        m_scene->wireLabelsChanged(m_id);
    }
}

void EdgeItem::updateGeometry()
{
    NodeItem *from = m_scene->nodeItem(m_from);
    NodeItem *to = m_scene->nodeItem(m_to);
    if (!from || !to)
        return;
    prepareGeometryChange();
    m_path = DiagramPainter::wirePath(DiagramPainter::outPort(from->nodeRect()),
                                      DiagramPainter::inPort(to->nodeRect()));
    m_bounds = DiagramPainter::wireBounds(m_path);
    update();
    m_scene->wireLabelsChanged(m_id);
}

QRectF EdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath EdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    return stroker.createStroke(m_path);
}

QVariant EdgeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged && m_label)
        m_label->update();  // in the selection's colour
    return QGraphicsItem::itemChange(change, value);
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    m_visual.selected = isSelected();
    m_scene->painter().paintWire(painter, m_path, m_visual, option->levelOfDetailFromTransform(painter->worldTransform()));
}

} // namespace archscope
