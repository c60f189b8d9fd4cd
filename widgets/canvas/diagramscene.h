#pragma once

#include "model/problem.h"
#include "render/diagrampainter.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>

#include <memory>

class QGraphicsPathItem;
class QGraphicsSimpleTextItem;
class QGraphicsRectItem;

namespace archscope {

class Catalog;
class Document;
class EdgeItem;
class SimulationResults;
class NodeItem;

// The canvas scene: builds one item per node and wire from the Document, keeps them in sync
// with its signals, and turns gestures (drag, wire, drop, nudge) into commands.
class DiagramScene : public QGraphicsScene
{
    Q_OBJECT

public:
    DiagramScene(Document *doc, const Catalog &catalog, QObject *parent = nullptr);
    ~DiagramScene() override;

    static constexpr double gridSize = 24;

    Document *document() const { return m_doc; }
    const Catalog &catalog() const { return m_catalog; }
    const DiagramPainter &painter() const { return m_painter; }
    void setDiagramStyle(const DiagramStyle &style);

    bool snapToGrid() const { return m_snap; }
    void setSnapToGrid(bool snap) { m_snap = snap; }
    QPointF snapped(QPointF p) const;

    NodeItem *nodeItem(const QString &id) const { return m_nodes.value(id); }
    EdgeItem *edgeItem(const QString &id) const { return m_edges.value(id); }
    QStringList selectedNodeIds() const;
    QStringList selectedEdgeIds() const;
    void selectItems(const QStringList &nodeIds, const QStringList &edgeIds);

    // Shows simulated peaks on nodes (amber near saturation, red when throttling) and event
    // rates on wires; nullptr clears them.
    void setSimulationResults(std::shared_ptr<const SimulationResults> results);
    // Play mode: with tS >= 0 the overlays show each node's value at simulated time tS (the
    // bucket mean) instead of its peak; -1 goes back to the peaks. Wires keep their mean rate.
    void setTimeCursor(double tS);
    double timeCursor() const { return m_timeCursorS; }

    // Marks nodes and wires that have problems (badges and red wires).
    void setProblems(const QList<Problem> &problems);

    // Adds a node of `kind` centred at `scenePos` and selects it; returns its id.
    QString addNodeAt(const QString &kind, QPointF scenePos);
    // Moves the selected nodes by `delta` as one undo step per key press (auto-repeat merges).
    void nudgeSelection(QPointF delta, bool autoRepeat);

    // Wiring gesture, started from a node's out port.
    void beginWire(NodeItem *from, QPointF scenePos);
    bool isWiring() const { return !m_wireFrom.isEmpty(); }

    // Wiring from the keyboard: starts from the one selected service; the user then selects
    // the target (Tab or click) and finishes with Enter, or cancels with Escape.
    bool beginKeyboardWire();
    bool isKeyboardWiring() const { return !m_keyboardWireFrom.isEmpty(); }
    void finishKeyboardWire();
    void cancelKeyboardWire();

    // Called by a node item while it moves, so its wires follow.
    void nodeItemMoved(const QString &id);

    // Wire labels are placed (WireLabelLayout) once the current event is handled: again for a
    // wire whose path or text changed, and for wires and labels near where a node was or is.
    void wireLabelsChanged(const QString &edgeId);
    void wireLabelsChanged(const QRectF &area);
    // Places the labels those changes concern now.
    void layoutWireLabels();
    bool wireLabelsPending() const { return m_wireLabelsPending; }

signals:
    // A refused wire or a failed edit, with the reason to show the user.
    void message(const QString &text);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    void rebuild();
    void updateSimulationOverlays();
    // After edits: the overlays once the current batch of changes is done (an import adds
    // thousands of items; they are looked at once, not once per item).
    void scheduleOverlayUpdate();
    void addNodeItem(const QString &id);
    void addEdgeItem(const QString &id);
    void removeNodeItem(const QString &id);
    void removeEdgeItem(const QString &id);
    void syncNode(const QString &id);
    void syncEdge(const QString &id);
    void updateWirePreview(QPointF scenePos);
    void finishWire(QPointF scenePos);
    void cancelWire();
    void commitMoves();
    void scheduleWireLabels();
    NodeItem *nodeAt(QPointF scenePos) const;
    void highlightTargetsFor(const QString &sourceId);
    void clearTargetHighlights();

    Document *m_doc;
    const Catalog &m_catalog;
    // Kept so the play cursor can move through them without a new run.
    std::shared_ptr<const SimulationResults> m_results;
    double m_timeCursorS = -1;
    bool m_overlayUpdatePending = false;
    DiagramPainter m_painter;
    QHash<QString, NodeItem *> m_nodes;
    QHash<QString, EdgeItem *> m_edges;
    QHash<QString, QStringList> m_edgesOfNode;
    bool m_snap = true;
    int m_gesture = 0;
    bool m_nudging = false;

    QString m_wireFrom;
    QGraphicsPathItem *m_wirePreview = nullptr;
    QGraphicsSimpleTextItem *m_wireHint = nullptr;
    QGraphicsRectItem *m_wireHintBox = nullptr;
    NodeItem *m_wireHover = nullptr;
    QString m_keyboardWireFrom;
    bool m_wireLabelsPending = false;
    QSet<QString> m_changedWires;
    QList<QRectF> m_changedAreas;
};

} // namespace archscope
