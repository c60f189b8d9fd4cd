#include "diagramview.h"

#include "commands/editing.h"
#include "diagramscene.h"
#include "model/document.h"
#include "nodeitem.h"

#include <QAction>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QRadialGradient>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace archscope {

namespace {
constexpr double minZoom = 0.1;
constexpr double maxZoom = 4.0;
constexpr double zoomStep = 1.2;
} // namespace

DiagramView::DiagramView(DiagramScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::RubberBandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Architecture canvas"));
    setAccessibleDescription(tr("Services and the wires between them. Drag from a service's right-hand port to wire it."));
}

double DiagramView::zoom() const
{
    return transform().m11();
}

void DiagramView::setZoom(double factor, QPointF anchorScenePos)
{
    factor = std::clamp(factor, minZoom, maxZoom);
    const QPointF anchorInView = mapFromScene(anchorScenePos);
    setTransform(QTransform::fromScale(factor, factor));
    // Keep the anchor point under the same spot of the viewport.
    const QPointF moved = mapFromScene(anchorScenePos) - anchorInView;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(std::round(moved.x())));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + int(std::round(moved.y())));
    emit zoomChanged(factor);
}

void DiagramView::zoomIn()
{
    setZoom(zoom() * zoomStep, mapToScene(viewport()->rect().center()));
}

void DiagramView::zoomOut()
{
    setZoom(zoom() / zoomStep, mapToScene(viewport()->rect().center()));
}

void DiagramView::resetZoom()
{
    setZoom(1.0, mapToScene(viewport()->rect().center()));
}

void DiagramView::fitAll()
{
    QRectF bounds = m_scene->itemsBoundingRect();
    if (bounds.isEmpty()) {
        resetZoom();
        centerOn(0, 0);
        return;
    }
    bounds.adjust(-40, -40, 40, 40);
    fitInView(bounds, Qt::KeepAspectRatio);
    if (zoom() > 1.5)
        setTransform(QTransform::fromScale(1.5, 1.5));
    else if (zoom() < minZoom)
        setTransform(QTransform::fromScale(minZoom, minZoom));
    centerOn(bounds.center());
    emit zoomChanged(zoom());
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        setZoom(zoom() * std::pow(zoomStep, steps), mapToScene(event->position().toPoint()));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void DiagramView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && !m_renameEditor
        && !m_scene->selectedItems().isEmpty() && !m_scene->isWiring() && !m_scene->isKeyboardWiring()) {
        emit inspectRequested();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && !m_renameEditor) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void DiagramView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (!m_panning)
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void DiagramView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panStart = event->pos();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DiagramView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pointerHighlight) {
        const QRectF old(m_pointerScenePos - QPointF(60, 60), QSizeF(120, 120));
        m_pointerScenePos = mapToScene(event->pos());
        m_pointerInside = true;
        scene()->update(old.united(QRectF(m_pointerScenePos - QPointF(60, 60), QSizeF(120, 120))));
    }
    if (m_panning) {
        const QPoint delta = event->pos() - m_panStart;
        m_panStart = event->pos();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DiagramView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        if (m_spaceHeld)
            viewport()->setCursor(Qt::OpenHandCursor);
        else
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

bool DiagramView::focusNextPrevChild(bool next)
{
    // Tab walks through the services instead of leaving the canvas; with none, it moves on.
    if (m_scene->document()->data().nodes.isEmpty() || m_renameEditor)
        return QGraphicsView::focusNextPrevChild(next);
    selectNextNode(next);
    return true;
}

void DiagramView::selectNextNode(bool forward)
{
    const QList<Node> &nodes = m_scene->document()->data().nodes;
    if (nodes.isEmpty())
        return;
    const QStringList selected = m_scene->selectedNodeIds();
    int index = selected.isEmpty() ? -1 : m_scene->document()->nodeIndex(selected.last());
    const int count = int(nodes.size());
    index = index < 0 ? (forward ? 0 : count - 1) : (index + (forward ? 1 : -1) + count) % count;
    m_scene->selectItems({nodes.at(index).id}, {});
    if (NodeItem *item = m_scene->nodeItem(nodes.at(index).id))
        ensureVisible(item, 60, 60);
}

void DiagramView::setPointerHighlight(bool on)
{
    m_pointerHighlight = on;
    setMouseTracking(on);
    viewport()->setMouseTracking(on);
    viewport()->update();
}

void DiagramView::leaveEvent(QEvent *event)
{
    m_pointerInside = false;
    if (m_pointerHighlight)
        viewport()->update();
    QGraphicsView::leaveEvent(event);
}

void DiagramView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (!m_pointerHighlight || !m_pointerInside)
        return;
    const double radius = 56 / std::max(0.1, zoom());
    QRadialGradient glow(m_pointerScenePos, radius);
    glow.setColorAt(0, QColor(255, 200, 0, 110));
    glow.setColorAt(1, QColor(255, 200, 0, 0));
    painter->setPen(Qt::NoPen);
    painter->setBrush(glow);
    painter->drawEllipse(m_pointerScenePos, radius, radius);
}

void DiagramView::renameSelected()
{
    const QStringList ids = m_scene->selectedNodeIds();
    if (ids.size() != 1)
        return;
    NodeItem *item = m_scene->nodeItem(ids.first());
    const Node *node = m_scene->document()->node(ids.first());
    if (!item || !node)
        return;
    finishRename(false);
    m_renameId = node->id;
    m_renameEditor = new QLineEdit(viewport());
    m_renameEditor->setAccessibleName(tr("New name"));
    m_renameEditor->setText(node->label);
    m_renameEditor->selectAll();
    const QRect r = mapFromScene(item->labelRect()).boundingRect();
    m_renameEditor->setGeometry(r.left(), r.top(), std::max(r.width(), 140), std::max(r.height(), m_renameEditor->sizeHint().height()));
    connect(m_renameEditor, &QLineEdit::returnPressed, this, [this] { finishRename(true); });
    connect(m_renameEditor, &QLineEdit::editingFinished, this, [this] { finishRename(true); });
    m_renameEditor->show();
    m_renameEditor->setFocus();
    // Escape cancels without renaming.
    auto *escape = new QAction(m_renameEditor);
    escape->setShortcut(Qt::Key_Escape);
    escape->setShortcutContext(Qt::WidgetShortcut);
    m_renameEditor->addAction(escape);
    connect(escape, &QAction::triggered, this, [this] { finishRename(false); });
}

void DiagramView::finishRename(bool commit)
{
    if (!m_renameEditor)
        return;
    QLineEdit *editor = m_renameEditor;
    m_renameEditor = nullptr;
    const QString text = editor->text().trimmed();
    if (commit && !text.isEmpty())
        editing::renameNode(m_scene->document(), m_renameId, text);
    editor->hide();
    editor->deleteLater();
    setFocus();
}

} // namespace archscope
