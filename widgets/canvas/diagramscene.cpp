#include "diagramscene.h"

#include "catalog/catalog.h"
#include "commands/editing.h"
#include "commands/movenodes.h"
#include "edgeitem.h"
#include "itemtypes.h"
#include "model/document.h"
#include "model/trafficsources.h"
#include "nodeitem.h"
#include "sim/simulationresults.h"
#include "text/numbers.h"
#include "wirelabelitem.h"

#include <QBrush>
#include <QGraphicsPathItem>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSimpleTextItem>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QPen>
#include <QSet>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace archscope {

namespace {
// A waiting event older than this makes a queue's or stream's backlog a warning (IteratorAge
// alarms commonly start at a minute).
constexpr double slowAgeS = 60;
} // namespace

DiagramScene::DiagramScene(Document *doc, const Catalog &catalog, QObject *parent)
    : QGraphicsScene(parent)
    , m_doc(doc)
    , m_catalog(catalog)
{
    // Large, fixed-origin scene rect so adding nodes never makes the view jump.
    setSceneRect(-5000, -5000, 10000, 10000);
    // No BSP index: with long wires spanning the scene, building one costs more than the
    // linear lookups it saves (measured with tests/bench/bench_diagram).
    setItemIndexMethod(QGraphicsScene::NoIndex);
    connect(doc, &Document::documentReset, this, &DiagramScene::rebuild);
    connect(doc, &Document::nodeAdded, this, &DiagramScene::addNodeItem);
    connect(doc, &Document::nodeAboutToBeRemoved, this, &DiagramScene::removeNodeItem);
    connect(doc, &Document::nodeChanged, this, &DiagramScene::syncNode);
    connect(doc, &Document::edgeAdded, this, &DiagramScene::addEdgeItem);
    connect(doc, &Document::edgeAboutToBeRemoved, this, &DiagramScene::removeEdgeItem);
    connect(doc, &Document::edgeChanged, this, &DiagramScene::syncEdge);
    // "No traffic" on a source changes with wires and settings, not only with results.
    for (auto signal : {&Document::nodeAdded, &Document::nodeChanged, &Document::nodeRemoved, &Document::edgeAdded,
                        &Document::edgeRemoved})
        connect(doc, signal, this, &DiagramScene::scheduleOverlayUpdate);
    connect(doc, &Document::documentReset, this, &DiagramScene::scheduleOverlayUpdate);
    rebuild();
}

DiagramScene::~DiagramScene() = default;

void DiagramScene::setDiagramStyle(const DiagramStyle &style)
{
    m_painter = DiagramPainter(style);
    setBackgroundBrush(style.background);
    // Node sizes follow the style's fonts, and the wires follow the nodes.
    for (NodeItem *item : std::as_const(m_nodes))
        item->sync();
    for (EdgeItem *item : std::as_const(m_edges))
        item->updateGeometry();
    update();
}

QPointF DiagramScene::snapped(QPointF p) const
{
    return QPointF(std::round(p.x() / gridSize) * gridSize, std::round(p.y() / gridSize) * gridSize);
}

void DiagramScene::rebuild()
{
    cancelWire();
    cancelKeyboardWire();
    for (NodeItem *item : std::as_const(m_nodes))
        delete item;
    for (EdgeItem *item : std::as_const(m_edges)) {
        delete item->labelItem();
        delete item;
    }
    m_nodes.clear();
    m_edges.clear();
    m_edgesOfNode.clear();
    for (const Node &n : m_doc->data().nodes)
        addNodeItem(n.id);
    for (const Edge &e : m_doc->data().edges)
        addEdgeItem(e.id);
    const QRectF bounds = m_painter.diagramBounds(m_doc->data());
    setSceneRect(bounds.united(QRectF(-5000, -5000, 10000, 10000)));
}

void DiagramScene::addNodeItem(const QString &id)
{
    auto *item = new NodeItem(this, id);
    m_nodes.insert(id, item);
    addItem(item);
    item->sync();
}

void DiagramScene::addEdgeItem(const QString &id)
{
    const Edge *e = m_doc->edge(id);
    if (!e)
        return;
    auto *item = new EdgeItem(this, id);
    auto *label = new WireLabelItem(this, item);
    item->setLabelItem(label);
    addItem(label);
    m_edges.insert(id, item);
    m_edgesOfNode[e->from].append(id);
    if (e->to != e->from)
        m_edgesOfNode[e->to].append(id);
    addItem(item);
    item->sync();
}

void DiagramScene::removeNodeItem(const QString &id)
{
    if (NodeItem *item = m_nodes.take(id)) {
        if (item == m_wireHover)
            m_wireHover = nullptr;
        if (id == m_wireFrom)
            cancelWire();
        if (id == m_keyboardWireFrom)
            cancelKeyboardWire();
        delete item;
    }
    m_edgesOfNode.remove(id);
}

void DiagramScene::removeEdgeItem(const QString &id)
{
    EdgeItem *item = m_edges.take(id);
    if (!item)
        return;
    m_edgesOfNode[item->from()].removeAll(id);
    m_edgesOfNode[item->to()].removeAll(id);
    delete item->labelItem();
    delete item;
}

void DiagramScene::syncNode(const QString &id)
{
    if (NodeItem *item = m_nodes.value(id))
        item->sync();
}

void DiagramScene::syncEdge(const QString &id)
{
    if (EdgeItem *item = m_edges.value(id))
        item->sync();
}

void DiagramScene::nodeItemMoved(const QString &id)
{
    for (const QString &edgeId : m_edgesOfNode.value(id))
        if (EdgeItem *item = m_edges.value(edgeId))
            item->updateGeometry();
    if (NodeItem *item = m_nodes.value(id))
        wireLabelsChanged(item->sceneBoundingRect());  // labels keep clear of the node
}

void DiagramScene::wireLabelsChanged(const QString &edgeId)
{
    m_changedWires.insert(edgeId);
    scheduleWireLabels();
}

void DiagramScene::wireLabelsChanged(const QRectF &area)
{
    // Kept apart, not united: a selection dragged at both ends of a diagram touches two spots.
    if (m_changedAreas.isEmpty() || !m_changedAreas.last().contains(area))
        m_changedAreas.append(area);
    scheduleWireLabels();
}

void DiagramScene::scheduleWireLabels()
{
    if (m_wireLabelsPending)
        return;
    m_wireLabelsPending = true;
    // One layout for a burst of changes (a rebuild, a drag step moving many wires).
    QTimer::singleShot(0, this, [this] {
        if (m_wireLabelsPending)
            layoutWireLabels();
    });
}

void DiagramScene::layoutWireLabels()
{
    m_wireLabelsPending = false;
    const QSet<QString> changed = std::exchange(m_changedWires, {});
    QList<QRectF> areas = std::exchange(m_changedAreas, {});
    for (QRectF &area : areas)
        area.adjust(-24, -24, 24, 24);  // the arrowheads beside the nodes
    // Changes all over a large diagram (a new run's overlays): placing every label is quicker.
    const bool everything = areas.size() > 64;
    auto touches = [&](const EdgeItem *item, const QRectF &label) {
        return everything || std::any_of(areas.cbegin(), areas.cend(), [&](const QRectF &area) {
            return label.intersects(area) || WireLabelLayout::runsThrough(item->path(), area);
        });
    };
    // Only the labels the changes concern move: of wires that changed or run where a node was
    // or is, and labels a node now covers. The others stay put (in a large diagram, a drag
    // places a few labels, not thousands) and the moved ones keep clear of them.
    QList<EdgeItem *> moving;
    QList<WireLabelRequest> requests;
    QList<QRectF> keepClear;
    for (const Edge &e : m_doc->data().edges) {  // document order: the same diagram, the same labels
        EdgeItem *item = m_edges.value(e.id);
        if (!item || item->path().isEmpty())
            continue;
        const WireLabelItem *label = item->labelItem();
        const bool placed = label->isVisible();
        const QRectF labelRect = label->sceneBoundingRect();
        const WireLabelRequest request = m_painter.labelRequest(item->path(), item->visual());
        if (!placed || changed.contains(e.id) || touches(item, labelRect)) {
            moving.append(item);
            requests.append(request);
        } else {
            keepClear.append(labelRect);
            keepClear.append(DiagramPainter::arrowHead(request.path, request.wireWidth).boundingRect());
        }
    }
    if (moving.isEmpty())
        return;
    QList<QRectF> nodes;
    nodes.reserve(m_nodes.size());
    for (NodeItem *item : std::as_const(m_nodes))
        nodes.append(item->sceneBoundingRect());
    const QList<WireLabelPlacement> placed = WireLabelLayout(m_painter).place(nodes, requests, keepClear);
    for (qsizetype i = 0; i < moving.size(); ++i)
        moving[i]->labelItem()->setPlacement(placed[i].rect, placed[i].lines);
}

QStringList DiagramScene::selectedNodeIds() const
{
    QStringList ids;
    // Document order, so copy, delete and tests see a stable order.
    for (const Node &n : m_doc->data().nodes)
        if (NodeItem *item = m_nodes.value(n.id); item && item->isSelected())
            ids.append(n.id);
    return ids;
}

QStringList DiagramScene::selectedEdgeIds() const
{
    QStringList ids;
    for (const Edge &e : m_doc->data().edges)
        if (EdgeItem *item = m_edges.value(e.id); item && item->isSelected())
            ids.append(e.id);
    return ids;
}

void DiagramScene::selectItems(const QStringList &nodeIds, const QStringList &edgeIds)
{
    // One selectionChanged for the whole change, not one per item.
    QSignalBlocker blocker(this);
    clearSelection();
    for (const QString &id : nodeIds)
        if (NodeItem *item = m_nodes.value(id))
            item->setSelected(true);
    for (const QString &id : edgeIds)
        if (EdgeItem *item = m_edges.value(id))
            item->setSelected(true);
    blocker.unblock();
    emit selectionChanged();
}

void DiagramScene::setProblems(const QList<Problem> &problems)
{
    QSet<QString> errors, warnings;
    QHash<QString, QList<Problem>> byNode;
    for (const Problem &p : problems) {
        if (p.subject != Problem::Subject::Node)
            continue;
        (p.isError() ? errors : warnings).insert(p.id);
        byNode[p.id].append(p);
    }
    for (auto it = m_nodes.begin(); it != m_nodes.end(); ++it) {
        NodeVisual &v = it.value()->visual();
        const bool hasError = errors.contains(it.key());
        const bool hasWarning = !hasError && warnings.contains(it.key());
        it.value()->setProblems(byNode.value(it.key()));
        if (v.hasError != hasError || v.hasWarning != hasWarning) {
            v.hasError = hasError;
            v.hasWarning = hasWarning;
            it.value()->update();
        }
    }
}

void DiagramScene::setSimulationResults(std::shared_ptr<const SimulationResults> results)
{
    m_results = std::move(results);
    updateSimulationOverlays();
}

void DiagramScene::setTimeCursor(double tS)
{
    const double cursor = tS >= 0 ? tS : -1;
    if (cursor == m_timeCursorS)
        return;
    m_timeCursorS = cursor;
    updateSimulationOverlays();
}

void DiagramScene::scheduleOverlayUpdate()
{
    if (m_overlayUpdatePending)
        return;
    m_overlayUpdatePending = true;
    QTimer::singleShot(0, this, [this] {
        m_overlayUpdatePending = false;
        updateSimulationOverlays();
    });
}

void DiagramScene::updateSimulationOverlays()
{
    // Sources nothing feeds and no rate is set on say so (an import leaves every source so).
    const QStringList idle = sourcesWithoutTraffic(m_doc->data(), m_catalog);
    const QSet<QString> withoutTraffic(idle.cbegin(), idle.cend());
    const SimulationResults *results = m_results && m_results->ok() ? m_results.get() : nullptr;
    // The last bucket holds the end of the horizon (valueAt is 0 past it).
    const double cursor = results && m_timeCursorS >= 0
                              ? std::min(m_timeCursorS, std::max(0.0, results->horizonS - results->bucketS / 2))
                              : -1;
    for (auto it = m_nodes.begin(); it != m_nodes.end(); ++it) {
        QString overlay;
        int level = 0;
        const SimulationResults::NodeSummary *n = results ? results->node(it.key()) : nullptr;
        const KindSpec *kind = m_catalog.kind(m_doc->node(it.key()) ? m_doc->node(it.key())->kind : QString());
        if (n && cursor >= 0) {
            using Series = SimulationResults::Series;
            const int i = results->nodeIndex(it.key());
            const double backlog = results->valueAt(i, Series::Backlog, cursor);
            if (kind && kind->is(KindSpec::Compute)) {
                const double busy = results->valueAt(i, Series::Concurrency, cursor);
                const double utilization = results->valueAt(i, Series::Utilization, cursor);
                const QString now = QString::number(std::ceil(busy));
                // A function's concurrency needs no unit; a fleet names its own (tasks, instances).
                if (kind->simulation.model == SimulationSpec::Model::Function)
                    overlay = tr("now %1 · %2 %").arg(now).arg(qRound(utilization * 100));
                else
                    overlay = tr("now %1 %2 · %3 %").arg(now, kind->simulation.unitName).arg(qRound(utilization * 100));
                level = results->valueAt(i, Series::Throttled, cursor) > 0 ? 2 : utilization >= 0.9 ? 1 : 0;
            } else if (backlog >= 1) {
                overlay = tr("backlog %1").arg(qRound(backlog));
                level = 1;
            }
        } else if (n && kind && kind->is(KindSpec::Compute)) {
            // The peak (ConcurrentExecutions, Maximum per minute), and the p99 latency of sync
            // callers where there are any, else how close to the limit the peak came.
            const QString peak = QString::number(std::ceil(n->peakConcurrency));
            const QString second = n->latency.count > 0 ? tr("p99 %1", "latency percentile").arg(numbers::duration(n->latency.p99S))
                                                        : tr("%1 %").arg(qRound(n->peakUtilization * 100));
            if (kind->simulation.model == SimulationSpec::Model::Function)
                overlay = tr("peak %1 · %2").arg(peak, second);
            else
                overlay = tr("%1 %2 · %3").arg(peak, kind->simulation.unitName, second);
            level = n->throttled > 0 || n->dropped > 0 ? 2 : n->peakUtilization >= 0.9 ? 1 : 0;
        } else if (n && n->peakBacklog >= 1) {
            overlay = tr("backlog %1").arg(qRound(n->peakBacklog));
            // Events that wait moments behind a consumer's batches are how a queue or stream
            // works; a warning once the oldest age CloudWatch shows passes a minute.
            double oldestS = -1;
            for (const SimulationResults::NodeSummary::Age &age : n->ages())
                oldestS = std::max(oldestS, age.seconds);
            level = oldestS < 0 || oldestS >= slowAgeS ? 1 : 0;
        }
        if (overlay.isEmpty() && withoutTraffic.contains(it.key())) {
            overlay = tr("no traffic: set a rate");
            level = 1;
        }
        // Every node that can show an overlay keeps room for it, so wire labels stay put in play mode.
        const bool keepRoom = (n && ((kind && kind->is(KindSpec::Compute)) || n->peakBacklog >= 1))
                              || withoutTraffic.contains(it.key());
        it.value()->setOverlay(overlay, level, keepRoom);
    }
    QHash<QString, double> rates;
    if (results)
        for (const SimulationResults::WireSummary &w : results->wires)
            rates.insert(w.id, w.meanRatePerS);
    for (auto it = m_edges.begin(); it != m_edges.end(); ++it)
        it.value()->setRate(rates.value(it.key(), -1));
}

QString DiagramScene::addNodeAt(const QString &kind, QPointF scenePos)
{
    QPointF topLeft = scenePos - QPointF(DiagramPainter::nodeSize().width() / 2, DiagramPainter::nodeSize().height() / 2);
    if (m_snap)
        topLeft = snapped(topLeft);
    const QString id = editing::addNode(m_doc, m_catalog, kind, topLeft);
    if (!id.isEmpty())
        selectItems({id}, {});
    return id;
}

void DiagramScene::nudgeSelection(QPointF delta, bool autoRepeat)
{
    QHash<QString, QPointF> moved;
    for (const QString &id : selectedNodeIds())
        moved.insert(id, m_doc->node(id)->pos + delta);
    if (moved.isEmpty())
        return;
    if (!autoRepeat || !m_nudging)
        ++m_gesture;
    m_nudging = true;
    m_doc->undoStack()->push(new MoveNodesCommand(m_doc, moved, tr("Move"), m_gesture));
}

NodeItem *DiagramScene::nodeAt(QPointF scenePos) const
{
    for (QGraphicsItem *item : items(scenePos))
        if (item->type() == NodeItemType)
            return static_cast<NodeItem *>(item);
    return nullptr;
}

void DiagramScene::beginWire(NodeItem *from, QPointF scenePos)
{
    cancelWire();
    m_wireFrom = from->id();
    m_wirePreview = new QGraphicsPathItem;
    m_wirePreview->setPen(QPen(m_painter.style().selection, 2, Qt::DashLine));
    m_wirePreview->setZValue(10);
    addItem(m_wirePreview);
    m_wireHintBox = new QGraphicsRectItem;
    m_wireHintBox->setZValue(11);
    m_wireHintBox->setBrush(m_painter.style().nodeFill);
    addItem(m_wireHintBox);
    m_wireHint = new QGraphicsSimpleTextItem(m_wireHintBox);
    m_wireHint->setFont(m_painter.style().smallFont);
    highlightTargetsFor(m_wireFrom);
    updateWirePreview(scenePos);
}

void DiagramScene::updateWirePreview(QPointF scenePos)
{
    NodeItem *source = m_nodes.value(m_wireFrom);
    if (!source || !m_wirePreview)
        return;
    NodeItem *target = nodeAt(scenePos);
    if (target == source)
        target = nullptr;
    if (m_wireHover && m_wireHover != target) {
        m_wireHover->visual().refusedTarget = false;
        m_wireHover->update();
    }
    m_wireHover = target;
    QString hint;
    QColor hintColor = m_painter.style().text;
    QPointF end = scenePos;
    if (target) {
        const WireCheck c = WiringRules(m_catalog).check(*m_doc->node(m_wireFrom), *m_doc->node(target->id()));
        target->visual().refusedTarget = !c.allowed;
        target->update();
        if (c.allowed) {
            end = DiagramPainter::inPort(target->nodeRect());
            hint = tr("✓ %1: %2").arg(invocationModelLabel(c.model), c.explanation);
            hintColor = m_painter.style().legalTarget;
        } else {
            hint = tr("✗ %1").arg(c.explanation);
            hintColor = m_painter.style().refusedTarget;
        }
    }
    m_wirePreview->setPath(DiagramPainter::wirePath(DiagramPainter::outPort(source->nodeRect()), end));
    m_wireHintBox->setVisible(!hint.isEmpty());
    if (!hint.isEmpty()) {
        // Wrap long hints so they stay readable next to the cursor.
        QStringList lines;
        QString line;
        for (const QString &word : hint.split(QLatin1Char(' '))) {
            if (line.size() + word.size() > 56 && !line.isEmpty()) {
                lines.append(line);
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        lines.append(line);
        m_wireHint->setText(lines.join(QLatin1Char('\n')));
        m_wireHint->setBrush(hintColor);
        const QRectF textRect = m_wireHint->boundingRect();
        m_wireHint->setPos(6, 4);
        m_wireHintBox->setRect(0, 0, textRect.width() + 12, textRect.height() + 8);
        m_wireHintBox->setPen(QPen(hintColor, 1));
        m_wireHintBox->setPos(scenePos + QPointF(16, 18));
    }
}

void DiagramScene::finishWire(QPointF scenePos)
{
    const QString from = m_wireFrom;
    NodeItem *target = nodeAt(scenePos);
    cancelWire();
    if (!target || target->id() == from)
        return;
    const WireCheck c = editing::addWire(m_doc, m_catalog, from, target->id());
    if (!c.allowed)
        emit message(tr("Wire refused: %1").arg(c.explanation));
}

void DiagramScene::cancelWire()
{
    m_wireFrom.clear();
    delete m_wirePreview;
    m_wirePreview = nullptr;
    delete m_wireHintBox;  // owns m_wireHint
    m_wireHintBox = nullptr;
    m_wireHint = nullptr;
    m_wireHover = nullptr;
    if (m_keyboardWireFrom.isEmpty())
        clearTargetHighlights();
}

void DiagramScene::highlightTargetsFor(const QString &sourceId)
{
    // Every other node shows at once whether it would accept the wire.
    const Node *source = m_doc->node(sourceId);
    const WiringRules rules(m_catalog);
    for (auto it = m_nodes.begin(); it != m_nodes.end(); ++it) {
        NodeVisual &v = it.value()->visual();
        const Node *target = m_doc->node(it.key());
        v.legalTarget = source && target && it.key() != sourceId && rules.check(*source, *target).allowed;
        it.value()->update();
    }
}

void DiagramScene::clearTargetHighlights()
{
    for (NodeItem *item : std::as_const(m_nodes)) {
        NodeVisual &v = item->visual();
        if (v.legalTarget || v.refusedTarget) {
            v.legalTarget = v.refusedTarget = false;
            item->update();
        }
    }
}

bool DiagramScene::beginKeyboardWire()
{
    const QStringList selected = selectedNodeIds();
    if (selected.size() != 1)
        return false;
    cancelWire();
    m_keyboardWireFrom = selected.first();
    highlightTargetsFor(m_keyboardWireFrom);
    const Node *n = m_doc->node(m_keyboardWireFrom);
    emit message(tr("Wiring from %1: select the target (Tab or click), then press Enter; Escape cancels.")
                     .arg(n->label.isEmpty() ? n->id : n->label));
    return true;
}

void DiagramScene::finishKeyboardWire()
{
    const QString from = m_keyboardWireFrom;
    const QStringList selected = selectedNodeIds();
    cancelKeyboardWire();
    if (selected.size() != 1 || selected.first() == from) {
        emit message(tr("Wiring cancelled: select exactly one other service as the target."));
        return;
    }
    const WireCheck c = editing::addWire(m_doc, m_catalog, from, selected.first());
    emit message(c.allowed ? tr("Wired: %1").arg(c.explanation) : tr("Wire refused: %1").arg(c.explanation));
}

void DiagramScene::cancelKeyboardWire()
{
    m_keyboardWireFrom.clear();
    clearTargetHighlights();
}

void DiagramScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_nudging = false;
    QGraphicsScene::mousePressEvent(event);
}

void DiagramScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (isWiring()) {
        updateWirePreview(event->scenePos());
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void DiagramScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (isWiring()) {
        // The node that started the wire grabbed the mouse on press; release it, or it would
        // keep receiving every later press.
        if (QGraphicsItem *grabber = mouseGrabberItem())
            grabber->ungrabMouse();
        finishWire(event->scenePos());
        event->accept();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    commitMoves();
}

void DiagramScene::commitMoves()
{
    // A finished drag becomes one command; items already show the new positions.
    QHash<QString, QPointF> moved;
    for (auto it = m_nodes.begin(); it != m_nodes.end(); ++it) {
        const Node *n = m_doc->node(it.key());
        if (n && n->pos != it.value()->pos())
            moved.insert(it.key(), it.value()->pos());
    }
    if (moved.isEmpty())
        return;
    m_doc->undoStack()->push(new MoveNodesCommand(m_doc, moved, tr("Move"), ++m_gesture));
}

void DiagramScene::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && (isWiring() || isKeyboardWiring())) {
        cancelWire();
        cancelKeyboardWire();
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && isKeyboardWiring()) {
        finishKeyboardWire();
        event->accept();
        return;
    }
    const double step = (event->modifiers() & Qt::ShiftModifier) ? gridSize : (m_snap ? gridSize : 1);
    QPointF delta;
    switch (event->key()) {
    case Qt::Key_Left: delta = QPointF(-step, 0); break;
    case Qt::Key_Right: delta = QPointF(step, 0); break;
    case Qt::Key_Up: delta = QPointF(0, -step); break;
    case Qt::Key_Down: delta = QPointF(0, step); break;
    default: QGraphicsScene::keyPressEvent(event); return;
    }
    if (selectedNodeIds().isEmpty()) {
        QGraphicsScene::keyPressEvent(event);
        return;
    }
    nudgeSelection(delta, event->isAutoRepeat());
    event->accept();
}

void DiagramScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(event->mimeData()->hasFormat(QString::fromLatin1(kindMimeType)));
}

void DiagramScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(event->mimeData()->hasFormat(QString::fromLatin1(kindMimeType)));
}

void DiagramScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    const QString kind = QString::fromUtf8(event->mimeData()->data(QString::fromLatin1(kindMimeType)));
    if (addNodeAt(kind, event->scenePos()).isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
}

void DiagramScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, m_painter.style().background);
    // A dot grid; skipped when zoomed far out, where it would be noise.
    const double scale = painter->worldTransform().m11();
    if (scale < 0.35)
        return;
    QColor dot = m_painter.style().nodeBorder;
    dot.setAlpha(140);
    painter->setPen(QPen(dot, 1.5 / scale));
    const double left = std::floor(rect.left() / gridSize) * gridSize;
    const double top = std::floor(rect.top() / gridSize) * gridSize;
    QList<QPointF> points;
    for (double x = left; x < rect.right(); x += gridSize)
        for (double y = top; y < rect.bottom(); y += gridSize)
            points.append(QPointF(x, y));
    painter->drawPoints(points.constData(), int(points.size()));
}

} // namespace archscope
