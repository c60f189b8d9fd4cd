#pragma once

#include <QGraphicsView>

class QLineEdit;

namespace archscope {

class DiagramScene;

// The canvas view: zoom (Ctrl+wheel, keys, fit, 100 %), pan (space-drag, middle-drag),
// rubber-band selection and in-place renaming.
class DiagramView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit DiagramView(DiagramScene *scene, QWidget *parent = nullptr);

    double zoom() const;

public slots:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void fitAll();
    // Opens a line edit over the selected node's label; Enter renames, Escape cancels.
    void renameSelected();
    // Selects the next (or previous) service in document order and scrolls to it.
    void selectNextNode(bool forward);
    // Workshop mode: a soft spotlight follows the pointer so the room can see it.
    void setPointerHighlight(bool on);

signals:
    void zoomChanged(double factor);
    // Enter on a selected service: the window shows its inspector.
    void inspectRequested();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void leaveEvent(QEvent *event) override;

private:
    void setZoom(double factor, QPointF anchorScenePos);
    void finishRename(bool commit);

    DiagramScene *m_scene;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panStart;
    QLineEdit *m_renameEditor = nullptr;
    QString m_renameId;
    bool m_pointerHighlight = false;
    QPointF m_pointerScenePos;
    bool m_pointerInside = false;
};

} // namespace archscope
